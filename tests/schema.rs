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

#[test]
fn the_bundled_data_conforms_to_the_schema_shape() {
    // The schema names every top-level field the data uses, and requires the
    // ones the types require.
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(PATH).unwrap()).unwrap();
    let properties = schema["properties"].as_object().unwrap();
    let data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("data/cppcc-2023.json").unwrap()).unwrap();
    for key in data.as_object().unwrap().keys() {
        assert!(properties.contains_key(key), "schema lacks {key}");
    }
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    for key in ["id", "year", "title", "sections"] {
        assert!(required.contains(&key), "{key} should be required");
    }
}
