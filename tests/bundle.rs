//! The bundled edition and what travels as packed bytes: the Chinese cut in
//! the wasm, the English beside it, the loader worker's replies.
#![cfg(not(target_arch = "wasm32"))]

use huimou::bundle::{cut, Keep};
use huimou::model::english::{pour_all, English};
use huimou::model::load::load_packed;
use huimou::model::pack::{pack, unpack, Corrupt};
use huimou::model::{load_review, Edition, Problem, Review};
use proptest::prelude::*;

const FILES: [&str; 2] = ["data/cppcc-2023.json", "data/npc-2023.json"];

fn read(file: &str) -> String {
    std::fs::read_to_string(file).unwrap()
}

/// A complete data file, read by serde (independently of the widget's reader).
fn complete(file: &str) -> Review {
    serde_json::from_str(&read(file)).unwrap()
}

/// What the `bundle` binary writes for the English readers.
fn english() -> Vec<English> {
    FILES
        .iter()
        .map(|f| {
            let mut review: Review = serde_json::from_str(&cut(&read(f), Keep::En)).unwrap();
            English::of(&mut review)
        })
        .collect()
}

#[test]
fn the_bundle_is_chinese_and_its_english_completes_it() {
    let mut bundled = Edition::bundled().unwrap().reviews;
    // Chinese only: not one English text rides along in the wasm.
    assert!(bundled.iter().all(|r| r.title.en.is_empty()
        && r.metrics
            .iter()
            .all(|m| m.label.en.is_empty() && m.quote.en.is_empty())
        && r.items.iter().all(|i| i.title.en.is_empty())));
    pour_all(&mut bundled, english()).unwrap();
    // With its English poured in, it is the complete files, less the paragraphs
    // and programme notes that no view shows.
    for (got, file) in bundled.iter().zip(FILES) {
        let mut want = complete(file);
        want.programmes.clear();
        want.sections.iter_mut().for_each(|s| s.paragraphs.clear());
        assert_eq!(got, &want, "{file}");
    }
}

#[test]
fn english_of_another_review_is_refused() {
    let mut bundled = Edition::bundled().unwrap().reviews;
    let mut english = english();
    english.swap(0, 1);
    let npc_as_cppcc = English {
        review: bundled[0].id.clone(),
        texts: english[0].texts.clone(),
    };
    assert!(npc_as_cppcc.pour_into(&mut bundled[0]).is_err());
    assert!(pour_all(&mut bundled, english[..1].to_vec()).is_err());
}

#[test]
fn the_bundled_reviews_share_one_page_without_id_collisions() {
    let bundled = Edition::bundled().unwrap();
    assert!(Edition::new(bundled.reviews).is_ok());
}

#[test]
fn packing_keeps_every_field() {
    let reviews: Vec<Review> = FILES.iter().map(|f| complete(f)).collect();
    assert_eq!(unpack::<Vec<Review>>(&pack(&reviews)), Ok(reviews));
}

#[test]
fn the_loader_replies_with_the_checked_review_or_every_problem() {
    let good = read("tests/fixtures/valid.json");
    let reply: Result<Vec<Review>, Vec<Problem>> = unpack(&load_packed(&good)).unwrap();
    assert_eq!(reply, Ok(vec![load_review(&good, None).unwrap()]));
    // Only the article can show these wrong, and the loader has no article
    // (tests/validation.rs checks them against it).
    const NEEDS_THE_SOURCE: [&str; 1] = ["quote-printed-twice.json"];
    for entry in std::fs::read_dir("tests/fixtures/invalid").unwrap() {
        let path = entry.unwrap().path();
        if NEEDS_THE_SOURCE.iter().any(|f| path.ends_with(f)) {
            continue;
        }
        let bad = std::fs::read_to_string(path).unwrap();
        let reply: Result<Vec<Review>, Vec<Problem>> = unpack(&load_packed(&bad)).unwrap();
        let expected =
            load_review(&bad, None).and_then(|r| Edition::new(vec![r]).map(|e| e.reviews));
        assert_eq!(reply, expected);
        assert!(reply.is_err());
    }
}

#[test]
fn damaged_bytes_are_refused() {
    let bytes = pack(&Edition::bundled().unwrap().reviews);
    assert_eq!(
        unpack::<Vec<Review>>(&bytes[..bytes.len() - 1]),
        Err(Corrupt)
    );
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(unpack::<Vec<Review>>(&longer), Err(Corrupt));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Random bytes never panic the unpacker (nor ask it for a huge allocation).
    #[test]
    fn unpacking_random_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = unpack::<Vec<Review>>(&bytes);
        let _ = unpack::<Result<Vec<Review>, Vec<Problem>>>(&bytes);
        let _ = unpack::<Vec<English>>(&bytes);
    }

    /// Nor does a real pack with one byte changed.
    #[test]
    fn unpacking_a_damaged_pack_never_panics(at in any::<prop::sample::Index>(), to in any::<u8>()) {
        let mut bytes = pack(&Edition::bundled().unwrap().reviews);
        let i = at.index(bytes.len());
        bytes[i] = to;
        let _ = unpack::<Vec<Review>>(&bytes);
    }
}

/// Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF) independently of the writer.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field, mut quoted) = (Vec::new(), Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn the_csv_has_every_figure_with_its_quote_in_both_languages() {
    let reviews: Vec<Review> = FILES.iter().map(|f| complete(f)).collect();
    let csv = huimou::model::export::figures_csv(&reviews);
    assert!(
        csv.starts_with('\u{feff}'),
        "a byte-order mark for spreadsheet programs"
    );
    let rows = read_csv(csv.trim_start_matches('\u{feff}'));
    let header = &rows[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let metrics: Vec<_> = reviews
        .iter()
        .flat_map(|r| r.metrics.iter().map(move |m| (r, m)))
        .collect();
    assert_eq!(rows.len() - 1, metrics.len());
    for (row, (r, m)) in rows[1..].iter().zip(&metrics) {
        assert_eq!(row.len(), header.len());
        assert_eq!(row[col("id")], m.id);
        assert_eq!(row[col("institution")], r.institution.zh);
        assert_eq!(row[col("value")], m.value.to_string());
        assert_eq!(row[col("unit")], m.unit.zh);
        assert_eq!(row[col("label_en")], m.label.en);
        assert_eq!(row[col("quote")], m.quote.zh);
        assert_eq!(row[col("quote_en")], m.quote.en);
        assert_eq!(row[col("qualifier")].is_empty(), m.qualifier.is_none());
        let theme = r.sections.iter().find(|s| s.id == m.section).unwrap();
        assert_eq!(row[col("theme")], theme.label.zh);
    }
}

#[test]
fn every_bundled_review_has_its_json_file_where_the_widget_links_it() {
    for r in Edition::bundled().unwrap().reviews {
        assert!(
            std::path::Path::new(&format!("data/{}-{}.json", r.id, r.year)).exists(),
            "{}",
            r.id
        );
    }
}

#[test]
fn the_edition_file_lists_the_bundled_reviews_and_nothing_else() {
    use huimou::bundle::{bundled, reviews_of};
    assert_eq!(
        bundled().unwrap(),
        ["data/cppcc-2023.json", "data/npc-2023.json"]
    );
    for bad in [
        r#"{}"#,
        r#"{"reviews": []}"#,
        r#"{"reviews": "cppcc-2023.json"}"#,
        r#"{"reviews": ["../secret.json"]}"#,
        r#"{"reviews": ["source/rongchang-2023.txt"]}"#,
        r#"{"reviews": ["edition.json"]}"#,
        r#"{"reviews": [7]}"#,
        "not json",
    ] {
        assert!(reviews_of(bad).is_err(), "{bad}");
    }
}
