//! The bundled data against the article it comes from. These tests prove the
//! widget's central promise: every figure shows the sentence it comes from.
#![cfg(not(target_arch = "wasm32"))]

use huimou::model::derived::{compute, share_permille, Computed};
use huimou::model::format::percent;
use huimou::model::source::strip_whitespace;
use huimou::model::studio::numbers::unclaimed;
use huimou::model::texts::TextRef;
use huimou::model::validate::value_in_quote;
use huimou::model::{load_review, Qualifier, Review, Source, When};

const SOURCE: &str = include_str!("../data/source/rongchang-2023.txt");

fn review(file: &str) -> Review {
    let json = std::fs::read_to_string(file).unwrap();
    load_review(&json, Some(&Source::new(SOURCE))).unwrap_or_else(|problems| {
        panic!(
            "{file}:\n{}",
            problems
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

fn cppcc() -> Review {
    review("data/cppcc-2023.json")
}

fn npc() -> Review {
    review("data/npc-2023.json")
}

fn metric_value(r: &Review, id: &str) -> (u64, Option<Qualifier>) {
    let m = r
        .metrics
        .iter()
        .find(|m| m.id == id)
        .unwrap_or_else(|| panic!("no metric {id}"));
    (m.value, m.qualifier)
}

#[test]
fn the_source_in_data_is_the_seed_text() {
    // data/source is what the quotes are checked against; it must be the article itself.
    if let Ok(seed) = std::fs::read_to_string("../shared/seed/000_d0a0fca683f31aeb.txt") {
        assert_eq!(seed, SOURCE);
    }
    assert!(SOURCE.contains("荣昌区人大常委会交出了"));
}

#[test]
fn both_reviews_validate_against_the_source() {
    // load_review panics with every problem listed if anything is wrong.
    assert_eq!(cppcc().id, "cppcc");
    assert_eq!(npc().id, "npc");
}

#[test]
fn every_quote_is_in_the_source_independently_checked() {
    // A second check that does not use the validator's rules: every text the
    // types call the article's (`Verbatim`, found by the one walk over a
    // review's texts) is in the article, read here with serde alone.
    let stripped = strip_whitespace(SOURCE);
    for file in ["data/cppcc-2023.json", "data/npc-2023.json"] {
        let parsed: Review = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        let mut checked = 0;
        for (path, text) in parsed.all_texts() {
            if let TextRef::Verbatim(v) = text {
                assert!(
                    stripped.contains(&strip_whitespace(&v.zh)),
                    "{file}: {path}: {}",
                    v.zh
                );
                checked += 1;
            }
        }
        assert!(checked > 100, "{file}: only {checked} quotes found");
    }
}

#[test]
fn figure_and_item_counts_per_review() {
    // A dropped (or duplicated) figure or item changes these.
    let (c, n) = (cppcc(), npc());
    assert_eq!(
        (
            c.metrics.len(),
            c.items.len(),
            c.derived.len(),
            c.programmes.len()
        ),
        // Four shares, no fifth of 248 in 311: the 248 assigned after
        // merging are not a part of the 311 accepted.
        (40, 36, 4, 23)
    );
    assert_eq!(
        (
            n.metrics.len(),
            n.items.len(),
            n.derived.len(),
            n.programmes.len()
        ),
        (42, 57, 3, 26)
    );
    assert_eq!((c.captions.len(), n.captions.len()), (2, 2));
}

fn article_body(r: &Review) -> String {
    r.sections
        .iter()
        .map(|s| {
            let heading = s.heading.as_ref().map(|h| h.zh.as_str()).unwrap_or("");
            let paragraphs: String = s.paragraphs.iter().map(|p| p.zh.as_str()).collect();
            strip_whitespace(&format!("{heading}{paragraphs}"))
        })
        .collect()
}

#[test]
fn the_sections_hold_the_whole_article_in_order() {
    let stripped = strip_whitespace(SOURCE);
    for r in [cppcc(), npc()] {
        let body = article_body(&r);
        assert!(
            stripped.contains(&body),
            "{}: sections are not one contiguous run of the article",
            r.id
        );
        assert!(
            body.chars().count() > 2800,
            "{}: only {} characters",
            r.id,
            body.chars().count()
        );
    }
    // The two bodies together with titles, bylines and captions are the whole page.
    let mut rest = stripped.clone();
    for r in [cppcc(), npc()] {
        rest = rest.replacen(&article_body(&r), "", 1);
        let mut pieces = vec![
            r.title.zh.clone(),
            r.subtitle.zh.clone(),
            r.byline.organisation.zh.clone(),
        ];
        pieces.extend(
            r.byline
                .reporters
                .iter()
                .chain(&r.byline.correspondents)
                .map(|p| p.zh.clone()),
        );
        pieces.extend(
            r.captions
                .iter()
                .map(|c| format!("{}{}", c.mark.clone().unwrap_or_default(), c.text.zh)),
        );
        for piece in pieces {
            rest = rest.replacen(&strip_whitespace(&piece), "", 1);
        }
    }
    // What remains is only the byline's job titles.
    assert_eq!(rest, "记者通讯员记者通讯员");
}

#[test]
fn every_number_printed_in_an_article_is_a_figure() {
    // What the sections print in digits and no figure claims (years before
    // 年 and dates are not counted): the CPPCC's mechanism names, the “885”
    // working mechanism and the “6666” overall plan, and the first year of
    // the NPC's land plan, printed “2021—2035年” with the 年 only after 2035.
    let not_figures = |id: &str| -> Vec<u64> {
        match id {
            "cppcc" => vec![885, 6666],
            _ => vec![2021],
        }
    };
    for r in [cppcc(), npc()] {
        assert_eq!(unclaimed(&r), not_figures(&r.id), "{}", r.id);
    }
}

#[test]
fn a_dropped_figure_is_an_unclaimed_number() {
    // The test above fails when a figure goes missing: every figure printed
    // in digits (四个 is not) whose value no other figure claims shows up as
    // soon as it is dropped.
    for r in [cppcc(), npc()] {
        let mut checked = 0;
        for i in 0..r.metrics.len() {
            let mut dropped = r.clone();
            let m = dropped.metrics.remove(i);
            let claimed_elsewhere = dropped
                .metrics
                .iter()
                .any(|o| o.value == m.value || o.restated.iter().any(|s| s.value == m.value));
            // An empty unit: the value as digits only.
            if !claimed_elsewhere && value_in_quote(m.value, "", &m.quote.zh) {
                assert!(unclaimed(&dropped).contains(&m.value), "{}", m.id);
                checked += 1;
            }
        }
        assert!(checked > 20, "{}: only {checked}", r.id);
    }
}

#[test]
fn the_known_traps_are_modelled_faithfully() {
    let (c, n) = (cppcc(), npc());
    // The lead rounds the courtyard figure to 110余; the body gives 112.
    let courtyard = c.metrics.iter().find(|m| m.value == 112).unwrap();
    assert_eq!(courtyard.qualifier, None);
    assert!(courtyard
        .restated
        .iter()
        .any(|s| s.value == 110 && s.qualifier == Some(Qualifier::MoreThan)));
    // 283 twice, with two meanings.
    let twice: Vec<_> = n.metrics.iter().filter(|m| m.value == 283).collect();
    assert_eq!(twice.len(), 2);
    assert_ne!(twice[0].unit.zh, twice[1].unit.zh);
    // 46 twice in the CPPCC review: problems collected and companies introduced.
    assert_eq!(c.metrics.iter().filter(|m| m.value == 46).count(), 2);
    // 余 is kept wherever the text prints it.
    for (value, unit) in [(3700, "人次"), (200, "盏"), (100, "盏")] {
        let m = c
            .metrics
            .iter()
            .find(|m| m.value == value && m.unit.zh == unit)
            .unwrap();
        assert_eq!(m.qualifier, Some(Qualifier::MoreThan), "{}", m.id);
        assert!(m.quote.zh.contains(&format!("{value}余")), "{}", m.id);
    }
    assert_eq!(
        c.metrics.iter().filter(|m| m.qualifier.is_some()).count(),
        4
    );
    assert_eq!(
        n.metrics.iter().filter(|m| m.qualifier.is_some()).count(),
        0
    );
    assert_eq!(metric_value(&c, "proposals-submitted"), (387, None));
}

#[test]
fn derived_figures_are_computed_from_their_inputs() {
    let (c, n) = (cppcc(), npc());
    let shown = |r: &Review, id: &str| {
        let d = r.derived.iter().find(|d| d.id == id).unwrap();
        let Computed::Share(s) = compute(r, d).unwrap();
        (s.part, s.whole, percent(s.permille))
    };
    assert_eq!(
        shown(&c, "proposals-accepted-share"),
        (311, 387, "80.4%".into())
    );
    assert_eq!(
        shown(&c, "reports-adopted-share"),
        (152, 610, "24.9%".into())
    );
    assert_eq!(
        shown(&n, "pledges-fulfilled-share"),
        (1813, 1841, "98.5%".into())
    );
    assert_eq!(
        shown(&n, "public-requests-settled-share"),
        (1602, 1866, "85.9%".into())
    );
    // Every declared share resolves.
    for r in [&c, &n] {
        for d in &r.derived {
            assert!(compute(r, d).is_some(), "{}", d.id);
        }
    }
    assert_eq!(share_permille(1, 3), Some(333));
}

#[test]
fn dates_are_no_more_precise_than_the_text() {
    let (c, n) = (cppcc(), npc());
    let all: Vec<_> = c.items.iter().chain(&n.items).collect();
    assert!(all
        .iter()
        .all(|i| !matches!(i.when, When::Day { .. } | When::Quarter { .. })));
    // Exactly one month is named in the page (去年10月) and one 近日.
    let months: Vec<_> = all
        .iter()
        .filter(|i| matches!(i.when, When::Month { .. }))
        .collect();
    assert_eq!(months.len(), 1);
    assert_eq!(
        months[0].when,
        When::Month {
            year: 2023,
            month: 10
        }
    );
    assert!(months[0].quote.zh.contains("去年10月"));
    let recent: Vec<_> = all.iter().filter(|i| i.when == When::Publication).collect();
    assert_eq!(recent.len(), 1);
    assert!(recent[0].quote.zh.contains("近日"));
    // Plans are the 2024 outlook, and nothing else is dated after 2023.
    for i in &all {
        match i.when {
            When::Outlook { year } => assert_eq!(year, 2024, "{}", i.id),
            When::Year { year } => assert_eq!(year, 2023, "{}", i.id),
            _ => {}
        }
    }
    assert!(all.iter().any(|i| matches!(i.when, When::Outlook { .. })));
}

#[test]
fn every_section_and_figure_is_bilingual() {
    for r in [cppcc(), npc()] {
        for m in &r.metrics {
            // The English label must not just repeat the Chinese.
            assert!(
                m.label.en.is_ascii() || m.label.en != m.label.zh,
                "{}",
                m.id
            );
            assert!(!m.quote.en.trim().is_empty(), "{}", m.id);
        }
        for s in &r.sections {
            assert_eq!(
                s.paragraphs
                    .iter()
                    .filter(|p| p.en.trim().is_empty())
                    .count(),
                0,
                "{}",
                s.id
            );
        }
    }
}

#[test]
fn shares_round_half_up_and_refuse_what_they_cannot_compute_exactly() {
    // Against the definition, in u128: round(part / whole * 1000), halves up.
    for (part, whole) in [
        (1, 8),
        (3, 8),
        (5, 8),
        (311, 387),
        (1813, 1841),
        (2, 3),
        (0, 7),
        (7, 7),
    ] {
        let exact = (u128::from(part) * 2000 + u128::from(whole)) / (2 * u128::from(whole));
        assert_eq!(
            share_permille(part, whole),
            Some(exact as u64),
            "{part}/{whole}"
        );
    }
    assert_eq!(share_permille(1, 8), Some(125));
    assert_eq!(share_permille(5, 0), None);
    assert_eq!(share_permille(9, 8), None);
    let big = 9_000_000_000_000_000;
    assert_eq!(share_permille(big / 2, big), Some(500));
    assert_eq!(share_permille(u64::MAX / 2, u64::MAX), None);
}
