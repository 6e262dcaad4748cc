//! The widget's own JSON reader and decoder against serde_json and serde's
//! derive (the source of the JSON Schema): same results on every data file
//! and fixture; no panic on any input.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use huimou::model::json::{parse, Json, MAX_DEPTH};
use huimou::model::{parse_review, Review};
use proptest::prelude::*;

fn files() -> Vec<std::path::PathBuf> {
    let mut files = vec![
        "data/cppcc-2023.json".into(),
        "data/npc-2023.json".into(),
        "tests/fixtures/valid.json".into(),
    ];
    for entry in std::fs::read_dir("tests/fixtures/invalid").unwrap() {
        files.push(entry.unwrap().path());
    }
    files
}

#[test]
fn both_decoders_agree_on_every_file() {
    let mut compared = 0;
    for file in files() {
        let text = std::fs::read_to_string(&file).unwrap();
        let ours = parse_review(&text);
        let serdes: Result<Review, _> = serde_json::from_str(&text);
        match (&ours, &serdes) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{}", file.display()),
            (Err(_), Err(_)) => {}
            _ => panic!(
                "{}: ours {:?} / serde {:?}",
                file.display(),
                ours.as_ref().err(),
                serdes.as_ref().err()
            ),
        }
        compared += 1;
    }
    assert!(compared > 25);
}

#[test]
fn problems_name_the_same_path_as_before() {
    let problem = |f: &str| {
        parse_review(&std::fs::read_to_string(Path::new("tests/fixtures/invalid").join(f)).unwrap())
            .unwrap_err()
    };
    assert_eq!(
        problem("wrong-type.json").to_string(),
        "metrics[0].value: invalid type: string \"387\", expected u64"
    );
    assert_eq!(
        problem("missing-field.json").to_string(),
        "metrics[0]: missing field `quote`"
    );
    assert!(problem("unknown-field.json")
        .to_string()
        .starts_with("metrics[0].qualifer: unknown field `qualifer`"));
    assert!(problem("malformed.json")
        .to_string()
        .contains("EOF while parsing an object at line"));
}

/// Our reader's value as serde_json's, for comparison.
fn to_serde(v: &Json) -> serde_json::Value {
    match v {
        Json::Null => serde_json::Value::Null,
        Json::Bool(b) => (*b).into(),
        Json::Integer(i) => serde_json::Value::Number(serde_json::Number::from_i128(*i).unwrap()),
        Json::Number(n) => serde_json::from_str(n.as_ref()).unwrap(),
        Json::String(s) => s.clone().into(),
        Json::Array(xs) => xs.iter().map(to_serde).collect(),
        Json::Object(m) => serde_json::Value::Object(
            m.iter()
                .map(|(k, v)| (k.to_string(), to_serde(v)))
                .collect(),
        ),
    }
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(Into::into),
        any::<i64>().prop_map(Into::into),
        any::<u64>().prop_map(Into::into),
        ".{0,12}".prop_map(serde_json::Value::String),
        "[\\u{0}-\\u{7f}\\u{4e00}-\\u{4e20}\\u{1f600}\\u{202e}]{0,8}"
            .prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map("[a-z$_]{1,6}", inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Anything serde_json writes (compact or pretty, escaped or not), we read the same.
    #[test]
    fn reads_what_serde_json_writes(value in json_value(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&value).unwrap() } else { serde_json::to_string(&value).unwrap() };
        let ours = parse(&text).unwrap();
        prop_assert_eq!(to_serde(&ours), value);
    }

    /// Arbitrary text never panics the reader or the loader, and is refused
    /// exactly when serde_json refuses it (duplicate keys aside: we refuse those).
    #[test]
    fn never_panics_and_rejects_what_serde_rejects(text in "[\\[\\]{}\",:0-9.eE+\\-a-z\\\\ \\n\\u{4e00}]{0,40}") {
        let ours = parse(&text);
        let theirs: Result<serde_json::Value, _> = serde_json::from_str(&text);
        if theirs.is_err() {
            prop_assert!(ours.is_err(), "we accepted {:?}", text);
        }
        let _ = parse_review(&text);
    }

    #[test]
    fn the_loader_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse_review(&text);
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    let e = parse(&deep).unwrap_err();
    assert_eq!(e.message, "nested too deeply");
    assert_eq!(e.offset, MAX_DEPTH + 1);
    let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
    assert!(parse(&ok).is_ok());
}

#[test]
fn duplicate_keys_and_strict_syntax() {
    assert_eq!(
        parse(r#"{"a":1,"a":2}"#).unwrap_err().message,
        "duplicate field `a`"
    );
    for bad in [
        "01",
        "1.",
        ".5",
        "-",
        "[1,]",
        "{\"a\":1,}",
        "\"\\x\"",
        "\"\\ud800\"",
        "\"a\u{1}\"",
        "nul",
        "[1 2]",
        "{} {}",
    ] {
        assert!(parse(bad).is_err(), "{bad:?} should be refused");
    }
    assert_eq!(parse("1.5e3").unwrap(), Json::Number("1.5e3".into()));
    assert_eq!(
        parse("\"\\ud83d\\ude00 \\u56de\"").unwrap(),
        Json::String("😀 回".into())
    );
    assert_eq!(
        parse("-170141183460469231731687303715884105728").unwrap(),
        Json::Integer(i128::MIN)
    );
    assert_eq!(
        parse("170141183460469231731687303715884105728").unwrap(),
        Json::Number("170141183460469231731687303715884105728".into())
    );
}
