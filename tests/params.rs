//! The URL parameters have one table (`model::params::key`): the README
//! documents exactly it, the page scripts take every name from it (the boot
//! hook writes them in, `script_names`) and write none of their own, links
//! are built from it, and the extras read the widget's DOM only through the
//! attributes the widget renders for them.
#![cfg(not(target_arch = "wasm32"))]

use huimou::model::params::{encode, key, link, script_names};

/// The names in the first column of the README's parameter table.
fn readme_parameters() -> Vec<String> {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let table = &readme[readme
        .find("| parameter | values | effect |")
        .expect("the table")..];
    table
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .flat_map(|row| {
            let first = row.split('|').nth(1).unwrap().to_string();
            first
                .split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Every script the build ships or builds in (the page scripts, the
/// extras, the embed loader), by path, with its source.
fn scripts() -> Vec<(String, String)> {
    let mut found = Vec::new();
    for dir in ["scripts/page", "static"] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "js" || e == "mjs") {
                let source = std::fs::read_to_string(&path).unwrap();
                found.push((path.display().to_string(), source));
            }
        }
    }
    assert!(found.len() >= 4, "the scripts: {found:?}");
    found
}

/// The `__KEY_…__` and `__KEYS_…__` placeholders in `source`.
fn placeholders(source: &str) -> Vec<String> {
    source
        .match_indices("__KEY")
        .filter_map(|(at, _)| {
            let rest = &source[at + 2..];
            let end = rest.find("__")?;
            let name = &rest[..end];
            name.chars()
                .all(|c| c.is_ascii_uppercase() || c == '_')
                .then(|| format!("__{name}__"))
        })
        .collect()
}

#[test]
fn the_readme_documents_exactly_the_table() {
    let mut documented = readme_parameters();
    documented.sort();
    let mut table: Vec<String> = key::ALL
        .iter()
        .chain(&key::PYM)
        .map(|k| k.to_string())
        .collect();
    table.sort();
    assert_eq!(documented, table);
}

#[test]
fn the_scripts_name_parameters_only_by_the_table() {
    let filled: Vec<String> = script_names().into_iter().map(|(p, _)| p).collect();
    let names: Vec<&str> = key::ALL.iter().chain(&key::PYM).copied().collect();
    let mut used = Vec::new();
    for (path, source) in scripts() {
        for placeholder in placeholders(&source) {
            assert!(
                filled.contains(&placeholder),
                "{path}: {placeholder} is not in the table (model::params::script_names)"
            );
            used.push(placeholder);
        }
        // A name of the table written out is a copy of it.
        for name in &names {
            for quote in ['\'', '"', '`'] {
                assert!(
                    !source.contains(&format!("{quote}{name}{quote}")),
                    "{path} writes the parameter {quote}{name}{quote}: use its placeholder"
                );
            }
        }
        // And a name of its own, read or written on an address, is not in the table.
        for method in [
            ".get(", ".getAll(", ".has(", ".set(", ".append(", ".delete(",
        ] {
            for (at, _) in source.match_indices(method) {
                let argument = &source[at + method.len()..];
                assert!(
                    !argument.starts_with(['\'', '"', '`']),
                    "{path} names a parameter of its own: {}",
                    argument.lines().next().unwrap()
                );
            }
        }
    }
    // Every list the table gives the scripts is what one of them uses.
    for list in filled.iter().filter(|p| p.starts_with("__KEYS_")) {
        assert!(used.contains(list), "no script uses {list}");
    }
}

#[test]
fn each_parameter_says_whether_it_waits_for_the_app() {
    // Each is applied before the first paint, or asks for a view the
    // prerendered page does not hold (the loading line), or is the language,
    // which does so when it names the page's other one.
    for name in key::ALL {
        let kinds = [
            key::PAINTED.contains(&name),
            key::OTHER_VIEW.contains(&name),
            name == key::LANG,
        ];
        assert_eq!(
            kinds.iter().filter(|k| **k).count(),
            1,
            "`{name}`: painted, another view or the language"
        );
    }
    for list in [&key::PAINTED[..], &key::OTHER_VIEW, &key::KEPT] {
        for name in list {
            assert!(key::ALL.contains(name), "`{name}` is not in key::ALL");
        }
    }
    for name in key::PYM {
        assert!(!key::ALL.contains(&name), "`{name}` is pym.js's");
    }
}

#[test]
fn links_are_built_from_the_table_and_encoded_as_browsers_do() {
    assert_eq!(link(&[(key::ITEM, "lamps")]), "?item=lamps");
    assert_eq!(
        link(&[(key::ITEM, "lamps"), (key::LANG, "en")]),
        "?item=lamps&lang=en"
    );
    assert_eq!(link(&[]), "");
    // encodeURIComponent("a b/é&=?#~") in a browser.
    assert_eq!(encode("a b/é&=?#~"), "a%20b%2F%C3%A9%26%3D%3F%23~");
}

#[test]
fn the_extras_read_only_what_the_widget_renders_for_them() {
    let extras = std::fs::read_to_string("static/extras.js").unwrap();
    // Not the app's state from class names, pressed buttons, the selection
    // or headings: those belong to the widget and change with it.
    for scraping in [
        "aria-pressed",
        "aria-current",
        ".hm-card",
        ".hm-label",
        ".hm-sr",
        ".hm-number",
        ".hm-institution",
        "title-",
        "review-",
        ".closest(",
        "className.match",
    ] {
        assert!(
            !extras.contains(scraping),
            "static/extras.js reads `{scraping}` from the widget"
        );
    }
    for given in [
        "dataset.link",
        "dataset.figure",
        "dataset.label",
        "institution",
        "title",
    ] {
        assert!(extras.contains(given), "static/extras.js uses `{given}`");
    }
}
