//! The committed JSON Schema must match the Rust types. Regenerate with
//! `HUIMOU_BLESS=1 cargo test --test schema`.
#![cfg(not(target_arch = "wasm32"))]

use huimou::model::Review;

const PATH: &str = "schema/review.schema.json";

#[test]
fn the_committed_schema_is_current() {
    let schema = schemars::schema_for!(Review);
    let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    if std::env::var_os("HUIMOU_BLESS").is_some() {
        std::fs::create_dir_all("schema").unwrap();
        std::fs::write(PATH, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        committed == generated,
        "{PATH} is stale: run `HUIMOU_BLESS=1 cargo test --test schema` and commit it"
    );
}

fn json(path: &str) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The committed schema, as an editor's editor reads it (a JSON Schema
/// validator, not our own reader).
fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&json(PATH)).unwrap()
}

/// Where a value breaks the schema, and how.
fn breaches(v: &jsonschema::Validator, data: &serde_json::Value) -> Vec<String> {
    v.iter_errors(data)
        .map(|e| format!("{}: {e}", e.instance_path))
        .collect()
}

#[test]
fn every_data_file_the_valid_fixture_and_the_studios_edition_conform_to_the_schema() {
    let v = validator();
    for path in [
        "data/cppcc-2023.json",
        "data/npc-2023.json",
        "tests/fixtures/valid.json",
        // Saved by the studio (tests/e2e/studio.test.mjs holds it equal to its download).
        "tests/fixtures/editions/small/cppcc-lights-2023.json",
    ] {
        assert_eq!(breaches(&v, &json(path)), Vec::<String>::new(), "{path}");
    }
}

/// The invalid fixtures that are faults of shape (an unknown field, a wrong
/// type, a missing field, an unknown kind of date) break the schema, so an
/// editor's editor flags them as they type; the others are well-formed and
/// break rules only the validator knows (references, quotes, sums).
#[test]
fn the_schema_refuses_the_invalid_fixtures_that_are_faults_of_shape() {
    let v = validator();
    let mut refused = Vec::new();
    for entry in std::fs::read_dir("tests/fixtures/invalid").unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        if path.extension().is_none_or(|e| e != "json") || name == "malformed" {
            continue;
        }
        if !breaches(&v, &json(path.to_str().unwrap())).is_empty() {
            refused.push(name);
        }
    }
    refused.sort();
    assert_eq!(
        refused,
        [
            "bad-precision",
            "missing-field",
            "unknown-field",
            "wrong-type"
        ]
    );
}
