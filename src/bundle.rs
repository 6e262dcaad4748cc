//! How the bundled edition is cut from the complete data files (native only:
//! used by build.rs, through `#[path]`, and by the `bundle` binary that
//! trunk's post_build hook runs).
//!
//! The wasm carries what the opening view needs, in Chinese (the default
//! language): every `{zh, en}` text keeps its `zh` and an empty `en`. English
//! readers fetch `data/en/<file>`: the same cut with `en` kept and `zh`
//! empty, which `model::english` pours into the bundled reviews. So neither
//! language pays for the other's text on its first load. The sections'
//! paragraphs (the whole article) and the programme notes are left out of
//! both: no view shows them yet, and `data/` has the complete files.

use serde_json::Value;

use crate::model::english::English;
use crate::model::types::Review;

/// The edition's own file: which reviews it bundles, and its words.
pub const EDITION: &str = "data/edition.json";

/// The bundled data files, in the order the newspaper page printed them
/// (paths from the project's top folder), as `data/edition.json` lists them.
pub fn bundled() -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(EDITION).map_err(|e| format!("{EDITION}: {e}"))?;
    reviews_of(&text)
}

/// The data files an edition file lists: names of JSON files beside it.
pub fn reviews_of(text: &str) -> Result<Vec<String>, String> {
    let edition: Value = serde_json::from_str(text).map_err(|e| format!("{EDITION}: {e}"))?;
    let reviews = edition
        .get("reviews")
        .and_then(Value::as_array)
        .filter(|r| !r.is_empty())
        .ok_or_else(|| format!("{EDITION}: \"reviews\" must list the edition's data files"))?;
    reviews
        .iter()
        .map(|r| match r.as_str() {
            Some(name)
                if name.ends_with(".json")
                    && !name.contains(['/', '\\'])
                    && name != "edition.json" =>
            {
                Ok(format!("data/{name}"))
            }
            _ => Err(format!("{EDITION}: {r} is not a data file's name")),
        })
        .collect()
}

/// Which language's text a cut keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    Zh,
    En,
}

/// The cut of one data file, minified. A file that is not JSON is passed on
/// unchanged, so the widget's own loader reports the problem (with its path)
/// instead of the build dying here.
pub fn cut(text: &str, keep: Keep) -> String {
    let Ok(mut value) = serde_json::from_str::<Value>(text) else {
        return text.to_string();
    };
    if let Some(programmes) = value.get_mut("programmes") {
        *programmes = Value::Array(Vec::new());
    }
    if let Some(sections) = value.get_mut("sections").and_then(|s| s.as_array_mut()) {
        for section in sections {
            if let Some(paragraphs) = section.get_mut("paragraphs") {
                *paragraphs = Value::Array(Vec::new());
            }
        }
    }
    blank_other_language(&mut value, keep);
    value.to_string()
}

/// The English of one complete data file, as `data/en/edition.bin` carries
/// it for `model::english` to pour into the bundled (Chinese) review.
pub fn english_of(text: &str) -> Result<English, String> {
    let mut review: Review =
        serde_json::from_str(&cut(text, Keep::En)).map_err(|e| e.to_string())?;
    Ok(English::of(&mut review))
}

/// Empties the other language of every `{zh, en}` pair of strings.
fn blank_other_language(value: &mut Value, keep: Keep) {
    match value {
        Value::Object(members) => {
            let pair = members.len() == 2
                && members.get("zh").is_some_and(Value::is_string)
                && members.get("en").is_some_and(Value::is_string);
            if pair {
                let other = if keep == Keep::Zh { "en" } else { "zh" };
                members.insert(other.to_string(), Value::String(String::new()));
            } else {
                members
                    .values_mut()
                    .for_each(|v| blank_other_language(v, keep));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| blank_other_language(v, keep)),
        _ => {}
    }
}
