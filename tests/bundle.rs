//! What each language's page carries of an edition, and what travels as
//! packed files: each page's data, the loader worker's replies.
#![cfg(not(target_arch = "wasm32"))]

use huimou::bundle::{cut, edition_file};
use huimou::model::edition::take_item_quotes;
use huimou::model::load::{load_packed, Loaded, Reply};
use huimou::model::pack::{pack, pack_file, unpack, unpack_file, Corrupt, Packed, Refused};
use huimou::model::{load_review, Edition, Lang, Problem, Review};
use proptest::prelude::*;

const FILES: [&str; 2] = ["data/cppcc-2023.json", "data/npc-2023.json"];

fn read(file: &str) -> String {
    std::fs::read_to_string(file).unwrap()
}

/// A complete data file, read by serde (independently of the widget's reader).
fn complete(file: &str) -> Review {
    serde_json::from_str(&read(file)).unwrap()
}

fn cut_of(file: &str, lang: Lang) -> Review {
    serde_json::from_str(&cut(&read(file), lang)).unwrap()
}

/// Every `{zh, en}` text of a value, with its JSON path (as serde writes it);
/// a unit's English singular (`en_one`) goes with its English, after a `|`.
fn texts(value: &serde_json::Value, path: String, out: &mut Vec<(String, String, String)>) {
    match value {
        serde_json::Value::Object(m)
            if m.contains_key("zh")
                && m.contains_key("en")
                && m.values().all(|v| v.is_string()) =>
        {
            let s = |k: &str| {
                m.get(k)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string()
            };
            let en = match m.get("en_one") {
                Some(_) => format!("{}|{}", s("en"), s("en_one")),
                None => s("en"),
            };
            out.push((path, s("zh"), en));
        }
        serde_json::Value::Object(m) => m
            .iter()
            .for_each(|(k, v)| texts(v, format!("{path}.{k}"), out)),
        serde_json::Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, v)| texts(v, format!("{path}[{i}]"), out)),
        _ => {}
    }
}

#[test]
fn each_page_carries_its_own_language_and_the_quotes_chinese() {
    for file in FILES {
        for lang in [Lang::Zh, Lang::En] {
            let got = serde_json::to_value(cut_of(file, lang)).unwrap();
            let mut want = complete(file);
            want.programmes.clear();
            want.sections.iter_mut().for_each(|s| s.paragraphs.clear());
            let want = serde_json::to_value(want).unwrap();
            let (mut got_texts, mut want_texts) = (Vec::new(), Vec::new());
            texts(&got, String::new(), &mut got_texts);
            texts(&want, String::new(), &mut want_texts);
            assert_eq!(got_texts.len(), want_texts.len(), "{file}");
            for ((path, zh, en), (_, full_zh, full_en)) in got_texts.iter().zip(&want_texts) {
                let quote = path.ends_with(".quote");
                match lang {
                    // Chinese readers get no English at all.
                    Lang::Zh => assert_eq!((zh, en.as_str()), (full_zh, ""), "{file} {path}"),
                    // English readers get the English, and the Chinese of quotes only
                    // (their view shows the article's sentence beside its translation).
                    Lang::En if quote => assert_eq!((zh, en), (full_zh, full_en), "{file} {path}"),
                    Lang::En => assert_eq!((zh.as_str(), en), ("", full_en), "{file} {path}"),
                }
            }
        }
    }
}

#[test]
fn a_packed_file_names_its_version_and_layout() {
    let reviews = Edition::bundled().unwrap().reviews;
    let file = pack_file(&reviews);
    assert_eq!(unpack_file::<Vec<Review>>(&file), Ok(reviews.clone()));
    // Another version of the format, or of the types, is refused before its
    // body is read; so is a file that is not packed at all.
    let mut other_version = file.clone();
    other_version[4] ^= 1;
    assert_eq!(
        unpack_file::<Vec<Review>>(&other_version),
        Err(Refused::OtherVersion)
    );
    let mut other_layout = file.clone();
    other_layout[5] ^= 1;
    assert_eq!(
        unpack_file::<Vec<Review>>(&other_layout),
        Err(Refused::OtherVersion)
    );
    assert_eq!(
        unpack_file::<Vec<Review>>(b"<!doctype html>"),
        Err(Refused::Foreign)
    );
    assert_eq!(
        unpack_file::<Vec<Review>>(&file[..3]),
        Err(Refused::Foreign)
    );
    // The same bytes read as another type are another layout.
    assert_eq!(
        unpack_file::<Result<Vec<Review>, Vec<Problem>>>(&file),
        Err(Refused::OtherVersion)
    );
    let mut damaged = file.clone();
    damaged.truncate(file.len() - 1);
    assert_eq!(unpack_file::<Vec<Review>>(&damaged), Err(Refused::Damaged));
}

#[test]
fn the_layout_hash_follows_the_types() {
    // Every packed type has a layout of its own, and holding one in a list
    // or an option is a layout of its own too.
    let layouts = [
        Review::LAYOUT,
        huimou::model::Metric::LAYOUT,
        huimou::model::Item::LAYOUT,
        huimou::model::Text::LAYOUT,
        huimou::model::Verbatim::LAYOUT,
        huimou::model::When::LAYOUT,
        Vec::<Review>::LAYOUT,
        Option::<Review>::LAYOUT,
        Problem::LAYOUT,
    ];
    for (i, a) in layouts.iter().enumerate() {
        for b in &layouts[i + 1..] {
            assert_ne!(a, b);
        }
    }
}

#[test]
fn the_edition_file_is_checked() {
    let good = read("data/edition.json");
    assert!(edition_file(&good).is_ok());
    let with = |key: &str, value: serde_json::Value| {
        let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
        v[key] = value;
        v.to_string()
    };
    use serde_json::json;
    for bad in [
        with("slug", json!("")),
        with("slug", json!("Rongchang 2023")),
        with("slug", json!("../up")),
        with("slug", json!("-x")),
        with("slug", json!("a".repeat(65))),
        with("reviews", json!([])),
        with("reviews", json!("cppcc-2023.json")),
        with("reviews", json!(["../secret.json"])),
        with("reviews", json!(["source/rongchang-2023.txt"])),
        with("reviews", json!(["edition.json"])),
        with("reviews", json!([7])),
        with("title", json!({"zh": "回眸", "en": " "})),
        with("unknown", json!(1)),
        "not json".to_string(),
    ] {
        assert!(edition_file(&bad).is_err(), "{bad}");
    }
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
    let reply: Reply = unpack_file(&load_packed(&good)).unwrap();
    let review = load_review(&good, None).unwrap();
    let colours = huimou::model::colour::edition_css(std::slice::from_ref(&review));
    assert_eq!(
        reply,
        Ok(Loaded {
            reviews: vec![review],
            colours
        })
    );
    // Only the article can show these wrong, and the loader has no article
    // (tests/validation.rs checks them against it).
    const NEEDS_THE_SOURCE: [&str; 1] = ["quote-printed-twice.json"];
    for entry in std::fs::read_dir("tests/fixtures/invalid").unwrap() {
        let path = entry.unwrap().path();
        if NEEDS_THE_SOURCE.iter().any(|f| path.ends_with(f)) {
            continue;
        }
        let bad = std::fs::read_to_string(path).unwrap();
        let reply: Reply = unpack_file(&load_packed(&bad)).unwrap();
        let expected =
            load_review(&bad, None).and_then(|r| Edition::new(vec![r]).map(|e| e.reviews));
        assert!(reply.is_err());
        assert_eq!(reply.map(|l| l.reviews), expected);
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
        let _ = unpack::<Reply>(&bytes);
        let _ = unpack_file::<Vec<Review>>(&bytes);
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
            std::path::Path::new("data").join(r.file_name()).exists(),
            "{}",
            r.id
        );
    }
}

#[test]
fn the_items_quotes_travel_apart_and_come_back_to_their_items() {
    let whole = Edition::bundled().unwrap();
    let mut reviews = whole.reviews.clone();
    let quotes = take_item_quotes(&mut reviews);
    assert!(reviews
        .iter()
        .flat_map(|r| &r.items)
        .all(|i| i.quote.zh.is_empty() && i.quote.en.is_empty()));
    // The figures keep their quotes: only the items' travel apart.
    assert_eq!(
        reviews.iter().map(|r| &r.metrics).collect::<Vec<_>>(),
        whole.reviews.iter().map(|r| &r.metrics).collect::<Vec<_>>()
    );
    let file = pack_file(&quotes);
    let mut edition = Edition::new(reviews).unwrap();
    edition.quotes_to_come = Some("zh-quotes.bin".into());
    // Quotes of another edition (here: the reviews swapped) are refused.
    let mut swapped = quotes.clone();
    swapped.reverse();
    assert!(edition.clone().pour_item_quotes(swapped).is_err());
    let mut short = quotes.clone();
    short[0].quotes.pop();
    assert!(edition.clone().pour_item_quotes(short).is_err());
    edition
        .pour_item_quotes(unpack_file(&file).unwrap())
        .unwrap();
    assert_eq!(edition.quotes_to_come, None);
    assert_eq!(edition.reviews, whole.reviews);
}
