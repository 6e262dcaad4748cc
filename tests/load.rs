//! Reading a data file (`model::load`, serde_json with the types' derives):
//! as strict as the data needs, every problem named by its JSON path, and no
//! panic on any input.
#![cfg(not(target_arch = "wasm32"))]

use huimou::model::parse_review;
use proptest::prelude::*;

fn valid() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string("tests/fixtures/valid.json").unwrap()).unwrap()
}

/// The problem reading `json`, as an editor is shown it.
fn problem(json: &str) -> String {
    parse_review(json).unwrap_err().to_string()
}

#[test]
fn the_valid_fixture_reads() {
    let review = parse_review(&valid().to_string()).unwrap();
    assert_eq!(review.id, "cppcc");
    assert!(!review.metrics.is_empty());
}

#[test]
fn a_wrong_value_is_named_by_its_path() {
    let mut v = valid();
    v["metrics"][0]["value"] = "387".into();
    assert_eq!(
        problem(&v.to_string()),
        "metrics[0].value: invalid type: string \"387\", expected u64"
    );
    let mut v = valid();
    v["metrics"][1]["value"] = (-5).into();
    assert_eq!(
        problem(&v.to_string()),
        "metrics[1].value: invalid value: integer `-5`, expected u64"
    );
    let mut v = valid();
    v["year"] = 2_147_483_648u64.into();
    assert!(problem(&v.to_string()).starts_with("year: invalid value: integer `2147483648`"));
}

#[test]
fn unknown_missing_and_duplicate_fields_are_refused() {
    let mut v = valid();
    v["metrics"][0].as_object_mut().unwrap().remove("quote");
    assert_eq!(problem(&v.to_string()), "metrics[0]: missing field `quote`");
    let mut v = valid();
    v["metrics"][0]["qualifer"] = "more_than".into();
    assert!(problem(&v.to_string()).starts_with("metrics[0].qualifer: unknown field `qualifer`"));
    // A key given twice is a mistake, not "the last one wins".
    let text = valid().to_string();
    assert_eq!(
        problem(&format!("{{\"year\":1999,{}", &text[1..])),
        "duplicate field `year`"
    );
    let mut v = valid();
    v["items"][0]["when"]["year"] = 2023.into();
    let nested = v
        .to_string()
        .replacen("\"year\":2023", "\"year\":2023,\"year\":2022", 1);
    assert_eq!(problem(&nested), "items[0].when: duplicate field `year`");
}

#[test]
fn broken_text_is_named_by_where_it_broke() {
    let text = valid().to_string();
    let cut = &text[..text.len() / 2];
    let p = problem(cut);
    assert!(
        p.contains("EOF while parsing") && p.contains(" at line 1 column "),
        "{p}"
    );
    // serde_json counts columns in bytes.
    assert_eq!(
        problem(&format!("{text} x")),
        format!("trailing characters at line 1 column {}", text.len() + 2)
    );
    // Deep nesting is refused where the types stop expecting it (and
    // serde_json stops any value at 128 levels), without a stack overflow.
    let deep = format!("{{\"id\": {}{}}}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(
        problem(&deep),
        "id: invalid type: sequence, expected a string"
    );
    let deeper = format!(
        "{{\"sections\": [{}{}]}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert_eq!(
        problem(&deeper),
        "sections[0][0]: invalid type: sequence, expected a string"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(text in "[\\[\\]{}\",:0-9.eE+\\-a-z\\\\ \\n\\u{4e00}]{0,40}") {
        let _ = parse_review(&text);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = parse_review(&String::from_utf8_lossy(&bytes));
    }
}
