//! The end-to-end tests follow the timeline's time order (ArrowRight, the
//! list's rows) without computing it again: the model's order of each edition
//! is written into its fixture (`time_order`), and this test holds the two
//! equal. `UPDATE_EDITIONS=1` writes it after a deliberate change.
#![cfg(not(target_arch = "wasm32"))]

use huimou::model::filter::Filter;
use huimou::model::timeline::LaidOut;
use huimou::model::{load_review, Review};

/// The review files an edition fixture names (directly, or through the
/// edition file it points to).
fn files(fixture: &serde_json::Value) -> Vec<String> {
    if let Some(edition) = fixture["edition"].as_str() {
        let listed: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(edition).unwrap()).unwrap();
        let dir = std::path::Path::new(edition).parent().unwrap();
        return listed["reviews"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| dir.join(f.as_str().unwrap()).display().to_string())
            .collect();
    }
    fixture["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap().to_string())
        .collect()
}

/// Item ids in the order the arrow keys step through them (lanes by theme,
/// nothing filtered: the page's opening timeline).
fn time_order(reviews: &[Review]) -> Vec<String> {
    let laid_out = LaidOut::new(reviews, &Filter::default(), false);
    laid_out
        .layout
        .time_order
        .iter()
        .map(|p| laid_out.item(reviews, *p).id.clone())
        .collect()
}

#[test]
fn each_edition_fixture_holds_the_models_time_order() {
    for name in ["2023", "small"] {
        let path = format!("tests/fixtures/editions/{name}.json");
        let text = std::fs::read_to_string(&path).unwrap();
        let mut fixture: serde_json::Value = serde_json::from_str(&text).unwrap();
        let reviews: Vec<Review> = files(&fixture)
            .iter()
            .map(|f| load_review(&std::fs::read_to_string(f).unwrap(), None).unwrap())
            .collect();
        let order = time_order(&reviews);
        let items: usize = reviews.iter().map(|r| r.items.len()).sum();
        assert_eq!(order.len(), items, "{name}: every item, once");
        if std::env::var_os("UPDATE_EDITIONS").is_some() {
            fixture["time_order"] = serde_json::json!(order);
            let json = serde_json::to_string_pretty(&fixture).unwrap() + "\n";
            std::fs::write(&path, json).unwrap();
        }
        assert_eq!(
            fixture["time_order"],
            serde_json::json!(order),
            "{path}: run UPDATE_EDITIONS=1 cargo test --test time_order after a deliberate change"
        );
    }
}
