//! One failing fixture per validation rule, each asserting the exact problem
//! an editor is shown (path and message), and nothing else.
#![cfg(not(target_arch = "wasm32"))]

use huimou::model::{load_review, Source};

fn source() -> Source {
    Source::new(&std::fs::read_to_string("data/source/rongchang-2023.txt").unwrap())
}

fn problems(fixture: &str) -> Vec<String> {
    let path = format!("tests/fixtures/invalid/{fixture}.json");
    let json = std::fs::read_to_string(&path).unwrap();
    match load_review(&json, Some(&source())) {
        Ok(_) => vec![],
        Err(ps) => ps.iter().map(ToString::to_string).collect(),
    }
}

fn assert_only(fixture: &str, expected: &str) {
    assert_eq!(
        problems(fixture),
        vec![expected.to_string()],
        "fixture {fixture}"
    );
}

#[test]
fn the_valid_fixture_has_no_problem() {
    let json = std::fs::read_to_string("tests/fixtures/valid.json").unwrap();
    assert_eq!(load_review(&json, Some(&source())).err(), None);
}

#[test]
fn duplicate_ids_are_reported_with_the_first_use() {
    assert_only(
        "duplicate-id",
        "items[1].id: duplicate id \"proposals-accepted\" (first used at metrics[1].id)",
    );
}

#[test]
fn ids_must_be_lowercase_words() {
    assert_only(
        "bad-id",
        "metrics[2].id: id \"Lights Donated\" must be lowercase ascii letters, digits and single '-' (at most 64 characters)",
    );
}

#[test]
fn references_must_resolve() {
    assert_only(
        "dangling-item",
        "metrics[0].items[0]: no item has the id \"no-such-item\"",
    );
    assert_only(
        "unknown-section",
        "items[0].section: no section has the id \"nowhere\"",
    );
}

#[test]
fn quotes_must_be_in_the_source() {
    // 312 is not in the article (it says 311), so the quote is not either,
    // and neither is the value 311 in the altered quote.
    assert_eq!(
        problems("quote-not-in-source"),
        vec![
            "metrics[1].quote.zh: \"立案312件\" is not in the source text".to_string(),
            "metrics[1].quote.zh: the value 311 does not appear in the quote".to_string(),
        ]
    );
}

#[test]
fn the_value_must_appear_in_its_quote() {
    assert_only(
        "value-not-in-quote",
        "metrics[3].quote.zh: the value 5 does not appear in the quote",
    );
}

#[test]
fn parts_never_exceed_wholes() {
    // The value no longer matches its quote either: both are reported.
    assert_eq!(
        problems("part-exceeds-whole"),
        vec![
            "metrics[1].quote.zh: the value 388 does not appear in the quote".to_string(),
            "metrics[1].value: 388 is part of \"proposals-submitted\" (387) but exceeds it"
                .to_string(),
        ]
    );
    assert_eq!(
        problems("derived-part-exceeds-whole"),
        vec![
            "derived[0].part: \"proposals-submitted\" is not declared part of \"proposals-accepted\": a share must be a real part of its whole (set its part_of)".to_string(),
            "derived[0].part: the part (387) exceeds the whole (311)".to_string(),
        ]
    );
}

/// A quote is one place of the article: the lead repeats some of the body's
/// sentences word for word, and "100余盏" is printed twice.
#[test]
fn a_quote_is_printed_once_in_the_source() {
    assert_only(
        "quote-printed-twice",
        "metrics[2].quote.zh: \"100余盏\" is printed 2 times in the source: quote enough of its sentence to say which place is meant",
    );
}

/// A share or a funnel step draws one figure as a part of another: only a
/// declared part may be drawn so (the 248 proposals assigned "after merging"
/// are not a part of the 311 accepted; nothing was dropped).
#[test]
fn shares_and_funnel_steps_are_declared_parts() {
    assert_eq!(
        problems("step-not-a-part"),
        vec![
            "derived[0].part: \"proposals-accepted\" is not declared part of \"proposals-submitted\": a share must be a real part of its whole (set its part_of)".to_string(),
            "funnels[0].steps[1]: \"proposals-accepted\" is not declared part of the step before it (\"proposals-submitted\"): a funnel draws each step as a part of the one before (set its part_of)".to_string(),
        ]
    );
}

#[test]
fn dates_must_be_valid_and_not_after_the_review() {
    assert_only(
        "month-out-of-range",
        "items[1].when: month 13 is not 1 to 12",
    );
    assert_only(
        "dated-after-review",
        "items[0].when: 2024 is after the review's year 2023; plans are \"outlook\"",
    );
    assert_only(
        "outlook-not-ahead",
        "items[0].when: an outlook looks ahead: 2023 is not after 2023",
    );
}

#[test]
fn texts_need_both_languages() {
    assert_only("empty-text", "metrics[0].label.en: must not be empty");
}

#[test]
fn restatements_must_agree() {
    assert_eq!(
        problems("restated-disagrees"),
        vec![
            "metrics[0].restated[0].quote.zh: the value 388 does not appear in the quote"
                .to_string(),
            "metrics[0].restated[0].value: restates 387 as 388, which disagrees".to_string(),
        ]
    );
}

#[test]
fn type_errors_carry_their_path() {
    let wrong = problems("wrong-type");
    assert_eq!(wrong.len(), 1);
    assert!(
        wrong[0].starts_with("metrics[0].value: invalid type: string \"387\", expected u64"),
        "{wrong:?}"
    );
    let missing = problems("missing-field");
    assert!(
        missing[0].starts_with("metrics[0]: missing field `quote`"),
        "{missing:?}"
    );
    let unknown = problems("unknown-field");
    assert!(
        unknown[0].starts_with("metrics[0].qualifer: unknown field `qualifer`"),
        "{unknown:?}"
    );
    let precision = problems("bad-precision");
    assert!(
        precision[0].starts_with("items[0].when.precision: unknown variant `week`"),
        "{precision:?}"
    );
}

#[test]
fn malformed_json_is_reported_not_panicked() {
    let p = problems("malformed");
    assert_eq!(p.len(), 1);
    assert!(p[0].contains("EOF while parsing"), "{p:?}");
}

#[test]
fn the_validate_command_prints_every_problem_and_fails() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_validate"))
        .args([
            "tests/fixtures/valid.json",
            "tests/fixtures/invalid/part-exceeds-whole.json",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("tests/fixtures/valid.json: ok"), "{stdout}");
    assert!(
        stdout.contains("part-exceeds-whole.json: metrics[1].value: 388 is part of \"proposals-submitted\" (387) but exceeds it"),
        "{stdout}"
    );
    assert!(
        stdout.contains("part-exceeds-whole.json: 2 problem(s)"),
        "{stdout}"
    );
}

#[test]
fn a_date_cannot_claim_more_precision_than_it_declares() {
    // A "year" item with a month would be drawn as a point it is not.
    let p = problems("precision-claims-more");
    assert_eq!(p.len(), 1);
    assert!(
        p[0].starts_with("items[0].when: precision \"year\" takes year only"),
        "{p:?}"
    );
}

#[test]
fn oversized_text_and_values_are_refused() {
    assert_only(
        "text-too-long",
        "metrics[0].label.zh: longer than 10000 characters",
    );
    // The largest u64 parses, but no district counts that high; nor is it in
    // the quote, nor does the lead's restatement agree.
    assert_eq!(
        problems("value-too-large"),
        vec![
            "metrics[0].value: 18446744073709551615 is larger than 1000000000000".to_string(),
            "metrics[0].quote.zh: the value 18446744073709551615 does not appear in the quote"
                .to_string(),
            "metrics[0].restated[0].value: restates 18446744073709551615 as 387, which disagrees"
                .to_string(),
        ]
    );
}

#[test]
fn a_review_needs_sections_and_a_reporter() {
    // Without sections, every reference to one dangles too.
    let p = problems("no-sections");
    assert_eq!(p[0], "sections: a review has at least one section");
    assert!(
        p[1..]
            .iter()
            .all(|x| x.ends_with("no section has the id \"capacity\"")),
        "{p:?}"
    );
    assert_only(
        "no-reporter",
        "byline.reporters: a byline names at least one reporter",
    );
}

#[test]
fn a_figure_cannot_be_part_of_itself() {
    assert_only(
        "part-of-itself",
        "metrics[0].part_of: a figure cannot be part of itself",
    );
}

#[test]
fn the_year_must_be_plausible() {
    assert_only("implausible-year", "year: 1066 is not a plausible year");
}

#[test]
fn funnels_narrow_and_resolve() {
    assert_eq!(
        problems("funnel-widens"),
        vec![
            "funnels[0].steps[1]: \"proposals-submitted\" is not declared part of the step before it (\"proposals-accepted\"): a funnel draws each step as a part of the one before (set its part_of)".to_string(),
            "funnels[0].steps[1]: 387 is larger than the step before it (steps[0], 311)"
                .to_string(),
            "funnels[0].steps[2]: no metric has the id \"no-such-metric\"".to_string(),
        ]
    );
}

/// English text is English: a Chinese name gets an English rendering, its
/// original may follow once in brackets where the text translates the article,
/// and quotation marks are curly.
#[test]
fn english_text_is_english() {
    assert_eq!(
        problems("english-is-english"),
        vec![
            "metrics[0].label.en: Chinese in an English label, title or unit: give the English only (the original may follow a name once in a quote's translation or a note)".to_string(),
            "metrics[0].quote.en: Chinese in English text: give the English; the Chinese original may follow it once, in round brackets".to_string(),
            "metrics[0].restated[0].quote.en: a Chinese original follows its English rendering, once: “the Chishui River (池水河)”".to_string(),
            "items[0].quote.en: straight quotation mark in English: use curly quotes “ ” (‘ ’ inside them)".to_string(),
        ]
    );
}
