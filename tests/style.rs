//! The house style's one-term-per-thing table (`docs/style.md`, "| say | not |")
//! against every English string a reader sees: the data files' English and the
//! UI words of every program, all in `src/words/` (the widget's, the
//! studio's, the extras' and the boot notices'). The table is the one home
//! of the rule; this test only reads it.
#![cfg(not(target_arch = "wasm32"))]

const STYLE: &str = include_str!("../docs/style.md");
const DATA: [&str; 2] = ["data/cppcc-2023.json", "data/npc-2023.json"];
/// Every word of the UI is in one of its files (`tests/words.rs`).
const WORDS: &str = "src/words";

/// (say, not) rows of the table under the `| say | not |` header.
fn table() -> Vec<(String, Vec<String>)> {
    let lines: Vec<&str> = STYLE.lines().collect();
    let header = lines
        .iter()
        .position(|l| l.replace(' ', "") == "|say|not|")
        .expect("docs/style.md has a | say | not | table");
    lines[header + 2..]
        .iter()
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
            let variants = cells[1]
                .split(", ")
                .map(|v| v.trim().to_lowercase())
                .filter(|v| !v.is_empty())
                .collect();
            (cells[0].to_string(), variants)
        })
        .collect()
}

/// Whether `text` says `variant`; "…" in a variant stands for any words.
fn says(text: &str, variant: &str) -> bool {
    let mut rest = text;
    for part in variant.split('…').map(str::trim).filter(|p| !p.is_empty()) {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

fn english_of_data() -> Vec<(String, String)> {
    fn walk(v: &serde_json::Value, path: &str, out: &mut Vec<(String, String)>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    match (k.as_str(), x) {
                        ("en" | "en_one", serde_json::Value::String(s)) => {
                            out.push((format!("{path}.en"), s.clone()))
                        }
                        _ => walk(x, &format!("{path}.{k}"), out),
                    }
                }
            }
            serde_json::Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(x, &format!("{path}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for file in DATA {
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        walk(&json, file, &mut out);
    }
    out
}

/// The string literals of Rust `source` (and what its comments quote), one a
/// line: what the program says, not its names (the studio's `Unclaimed` is
/// no sponsorship).
fn literals(source: &str) -> String {
    let mut out = String::new();
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => out.extend(chars.next()),
                c => out.push(c),
            }
        }
        out.push('\n');
    }
    out
}

#[test]
fn the_table_is_read() {
    let rows = table();
    assert!(rows.len() >= 8, "{rows:?}");
    assert!(
        rows.iter()
            .all(|(say, not)| !say.is_empty() && !not.is_empty()),
        "{rows:?}"
    );
    assert!(says(
        "placing the budget in the sunlight",
        "placing … in the sunlight"
    ));
    assert!(!says(
        "in the sunlight, placing",
        "placing … in the sunlight"
    ));
    assert_eq!(
        literals("Word::Unclaimed => (\"认领\", \"a \\\"b\\\"\"), // c"),
        "认领\na \"b\"\n"
    );
}

#[test]
fn no_english_string_uses_a_variant_the_style_forbids() {
    let mut texts = english_of_data();
    let mut files = 0;
    for entry in std::fs::read_dir(WORDS).unwrap() {
        let path = entry.unwrap().path();
        let source = std::fs::read_to_string(&path).unwrap();
        texts.push((path.display().to_string(), literals(&source)));
        files += 1;
    }
    assert!(files >= 4, "the words' files: {files}");
    let mut found = Vec::new();
    for (say, variants) in table() {
        for (path, text) in &texts {
            let lower = text.to_lowercase();
            for v in variants.iter().filter(|v| says(&lower, v)) {
                found.push(format!("{path}: says “{v}”, the style says “{say}”"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
