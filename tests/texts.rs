//! The one walk over a review's texts (`model::texts`) finds every text the
//! data file holds: each `{zh, en}` object of the JSON, at its own path.
#![cfg(not(target_arch = "wasm32"))]

use huimou::model::texts::{TextMut, TextRef};
use huimou::model::Review;

fn review(file: &str) -> Review {
    serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap()
}

/// The paths of every `{zh, en, …}` object of a JSON value, read with serde
/// alone: what the walk must find.
fn json_texts(value: &serde_json::Value, path: &str, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(m) if m.contains_key("zh") && m.contains_key("en") => {
            out.push(path.to_string())
        }
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                let at = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                json_texts(v, &at, out);
            }
        }
        serde_json::Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                json_texts(v, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_walk_finds_every_text_of_the_file_at_its_json_path() {
    for file in [
        "data/cppcc-2023.json",
        "data/npc-2023.json",
        "tests/fixtures/editions/small/cppcc-lights-2023.json",
    ] {
        let r = review(file);
        let mut want = Vec::new();
        json_texts(&serde_json::to_value(&r).unwrap(), "", &mut want);
        let mut got: Vec<String> = r.all_texts().into_iter().map(|(p, _)| p).collect();
        want.sort();
        got.sort();
        assert!(
            want.len() > 50 || file.contains("small"),
            "{file}: {}",
            want.len()
        );
        assert_eq!(got, want, "{file}");
    }
}

#[test]
fn each_text_has_the_kind_its_type_gives_it() {
    let r = review("data/cppcc-2023.json");
    for (path, text) in r.all_texts() {
        let kind = match text {
            TextRef::Editorial(_) => "editorial",
            TextRef::Verbatim(_) => "verbatim",
            TextRef::Unit(_) => "unit",
        };
        let expected = if path.ends_with(".unit") {
            "unit"
        } else if path.ends_with(".label")
            || path.ends_with(".note")
            || path.ends_with(".title") && path.starts_with("items[")
            || ["institution", "short_name", "switch_name"].contains(&path.as_str())
        {
            "editorial"
        } else {
            "verbatim"
        };
        assert_eq!(kind, expected, "{path}");
    }
}

#[test]
fn a_text_changed_through_the_walk_is_changed_in_the_review() {
    let mut r = review("data/npc-2023.json");
    let count = r.all_texts().len();
    for (_, mut text) in r.all_texts_mut() {
        if let TextMut::Unit(_) = text {
            let (_, en) = text.languages();
            en.push_str(" (unit)");
        }
    }
    assert!(r.metrics.iter().all(|m| m.unit.en.ends_with(" (unit)")));
    assert_eq!(r.all_texts().len(), count);
}
