//! Prepares the bundled data for the wasm: minified (indentation is bytes
//! every reader downloads), and without what no view shows yet: the sections'
//! paragraphs (the full article in two languages, 15 KB gzip) and the
//! programme notes (the glossary of named mechanisms, 4 KB gzip).
//! `dist/data/` has the complete files for views and readers that want them.
//! Validation is the test suite's job, on the complete files.

use std::path::Path;

const BUNDLED: [&str; 2] = ["cppcc-2023.json", "npc-2023.json"];

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    for file in BUNDLED {
        let path = Path::new("data").join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        std::fs::write(Path::new(&out).join(file), for_the_wasm(&text))
            .expect("write bundled data");
    }
}

/// A file that is not JSON is passed on unchanged, so the widget's own loader
/// reports the problem (with its path) instead of the build dying here.
fn for_the_wasm(text: &str) -> String {
    let Ok(mut value) = serde_json::from_str::<serde_json::Value>(text) else {
        return text.to_string();
    };
    if let Some(programmes) = value.get_mut("programmes") {
        *programmes = serde_json::Value::Array(Vec::new());
    }
    if let Some(sections) = value.get_mut("sections").and_then(|s| s.as_array_mut()) {
        for section in sections {
            if let Some(paragraphs) = section.get_mut("paragraphs") {
                *paragraphs = serde_json::Value::Array(Vec::new());
            }
        }
    }
    value.to_string()
}
