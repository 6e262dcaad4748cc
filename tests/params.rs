//! The URL parameters have one table (`model::params::key`): the README
//! documents exactly it, the page scripts name nothing outside it, links are
//! built from it, and the extras read the widget's DOM only through the
//! attributes the widget renders for them.
#![cfg(not(target_arch = "wasm32"))]

use huimou::model::params::{encode, key, link};

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

/// Every quoted name in `source` that is read as a parameter or listed as one.
fn script_parameters(path: &str) -> Vec<String> {
    let source = std::fs::read_to_string(path).unwrap();
    let mut names = Vec::new();
    for part in source.split("get('").skip(1) {
        names.push(part.split('\'').next().unwrap().to_string());
    }
    // Lists of names looped over as parameters: `for (const key of [...])`
    // and `[...].some((key) => query.get(key))`.
    for (n, list) in source.split('[').enumerate().skip(1) {
        let before = source.split('[').nth(n - 1).unwrap();
        let (inside, after) = list.split_once(']').unwrap_or(("", ""));
        if before.ends_with("key of ") || after.starts_with(".some((key)") {
            names.extend(inside.split(", ").map(|n| n.trim_matches('\'').to_string()));
        }
    }
    names
}

#[test]
fn the_readme_documents_exactly_the_table() {
    let mut documented = readme_parameters();
    documented.retain(|p| !["childId", "initialWidth"].contains(&p.as_str()));
    documented.sort();
    let mut table: Vec<String> = key::ALL.iter().map(|k| k.to_string()).collect();
    table.sort();
    assert_eq!(documented, table);
}

#[test]
fn the_page_scripts_name_only_parameters_of_the_table() {
    // What each script reads: the head script the view's own parameters, the
    // extras the ones a link to the view carries over.
    for (path, reads) in [
        (
            "scripts/page/head.js",
            &[
                "theme", "accent", "lang", "review", "item", "metric", "data",
            ][..],
        ),
        ("static/extras.js", &["lang", "theme", "accent", "data"][..]),
    ] {
        let names = script_parameters(path);
        for name in reads {
            assert!(
                names.iter().any(|n| n == name),
                "{path} reads {name}: {names:?}"
            );
        }
        for name in names {
            assert!(
                key::ALL.contains(&name.as_str()),
                "{path}: `{name}` is not in the table"
            );
        }
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
