//! Every word a reader or an editor sees has one home, `src/words/`: the
//! scripts, the studio's page and the code of the widget and the studio
//! write none of their own, and every word the boot hook writes into a
//! script or a page is one that it uses.
//!
//! A word left elsewhere is found by its Chinese: every word of the UI is a
//! pair, so a copy of one almost always brings Han characters with it. Its
//! English alone is found where it can be told from code: text a script
//! shows (`textContent`, a title…), the text of the studio's page, and
//! literals of the views that read as English words.
#![cfg(not(target_arch = "wasm32"))]

use huimou::words::script_words;

/// Chinese characters (the unified ideographs and their extensions A and
/// compatibility), which only words and data have: not CJK punctuation,
/// which the code uses as separators ("；" between a card's labels).
fn han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// The files of `dir` whose names end in one of `ends`, with their text.
fn files(dir: &str, ends: &[&str]) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| ends.iter().any(|end| p.to_string_lossy().ends_with(end)))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    found.sort();
    found
}

// ---- the scripts and the studio's page ---------------------------------

/// What the boot hook fills in and ships: the page scripts, the extras,
/// the embed loader, and the studio's page.
fn shipped() -> Vec<(String, String)> {
    let mut found = files("scripts/page", &[".js", ".mjs"]);
    found.extend(files("static", &[".js", "studio.html"]));
    assert!(
        found.len() >= 6,
        "the scripts and the studio's page: {found:?}"
    );
    found
}

/// JavaScript or HTML `source` without its comments. A `//` comment starts
/// a line or follows a space, so "https://" in a string stays.
fn without_comments(source: &str) -> String {
    let mut text = source.to_string();
    for (open, close) in [("/*", "*/"), ("<!--", "-->")] {
        let mut kept = String::new();
        let mut rest = text.as_str();
        while let Some(at) = rest.find(open) {
            kept.push_str(&rest[..at]);
            let after = &rest[at + open.len()..];
            rest = after
                .find(close)
                .map_or("", |end| &after[end + close.len()..]);
        }
        kept.push_str(rest);
        text = kept;
    }
    text.lines()
        .map(|line| {
            let comment = line
                .match_indices("//")
                .find(|(at, _)| *at == 0 || line[..*at].ends_with([' ', '\t']));
            comment.map_or(line, |(at, _)| &line[..at])
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `text` is a placeholder the boot hook fills in (`__NAME__`).
fn is_placeholder(text: &str) -> bool {
    text.len() > 4
        && text.starts_with("__")
        && text.ends_with("__")
        && text[2..text.len() - 2]
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// Whether a literal's text reads as English words: two words with a space
/// between, a capitalised word ("Close"), or a word in brackets ("(file)").
fn reads_as_words(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .collect();
    let phrase = text.split_whitespace().filter(|w| {
        w.trim_matches(|c: char| ".,:;!?…()'’\"".contains(c))
            .chars()
            .all(|c| c.is_ascii_alphabetic())
            && w.chars().any(|c| c.is_ascii_alphabetic())
    });
    let capitalised = words.len() == 1
        && text.trim().starts_with(|c: char| c.is_ascii_uppercase())
        && words[0][1..].chars().all(|c| c.is_ascii_lowercase());
    let bracketed = text.trim().starts_with('(') && text.trim().ends_with(')') && !words.is_empty();
    phrase.count() >= 2 || capitalised || bracketed
}

/// The quoted literals (', " or `, without a template's `${…}`) after each
/// place a script shows text: what it writes there must be a placeholder
/// or come from one.
fn shown_literals(code: &str) -> Vec<String> {
    const SHOWN: [&str; 7] = [
        ".textContent =",
        ".innerText =",
        ".title =",
        ".alt =",
        ".placeholder =",
        "'aria-label',",
        "\"aria-label\",",
    ];
    let mut found = Vec::new();
    for sink in SHOWN {
        for (at, _) in code.match_indices(sink) {
            let statement = code[at + sink.len()..].lines().next().unwrap_or("");
            let mut chars = statement.chars();
            while let Some(c) = chars.next() {
                if !matches!(c, '\'' | '"' | '`') {
                    continue;
                }
                let mut text = String::new();
                let mut depth = 0;
                for d in chars.by_ref() {
                    match d {
                        '$' if c == '`' => depth += 1,
                        '}' if depth > 0 => depth -= 1,
                        d if d == c && depth == 0 => break,
                        d if depth == 0 && d != '{' => text.push(d),
                        _ => {}
                    }
                }
                found.push(text);
            }
        }
    }
    found
}

#[test]
fn no_script_or_page_writes_a_word_of_its_own() {
    let mut found = Vec::new();
    for (path, source) in shipped() {
        let code = without_comments(&source);
        for line in code.lines().filter(|l| l.chars().any(han)) {
            found.push(format!(
                "{path}: Chinese outside src/words/: {}",
                line.trim()
            ));
        }
        for text in shown_literals(&code) {
            if reads_as_words(&text) {
                found.push(format!("{path}: shows “{text}”: write a placeholder"));
            }
        }
        if path.ends_with(".html") {
            // The page's text, between its tags (its scripts are the hook's).
            for text in code.split('<').filter_map(|tag| tag.split_once('>')) {
                let text = text.1.trim();
                if !text.is_empty() && !is_placeholder(text) {
                    found.push(format!("{path}: shows “{text}”: write a placeholder"));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn every_word_the_hook_writes_in_is_one_a_script_uses() {
    let words: Vec<String> = script_words().into_iter().map(|(p, _)| p).collect();
    let sources: Vec<(String, String)> = shipped();
    let mut used = Vec::new();
    for (path, source) in &sources {
        let source = without_comments(source);
        for (at, _) in source.match_indices("__WORD") {
            let end = source[at + 2..].find("__").map(|e| at + e + 4);
            let placeholder = &source[at..end.unwrap_or(at)];
            assert!(
                words.iter().any(|w| w == placeholder),
                "{path}: {placeholder} is no word (words::script_words)"
            );
            used.push(placeholder.to_string());
        }
    }
    for word in &words {
        assert!(used.contains(word), "no script or page uses {word}");
    }
}

#[test]
fn the_extras_read_each_of_their_words_and_no_other() {
    let extras = std::fs::read_to_string("static/extras.js").unwrap();
    let mut read: Vec<&str> = extras
        .match_indices("words().")
        .map(|(at, m)| {
            let key = &extras[at + m.len()..];
            &key[..key
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(key.len())]
        })
        .collect();
    read.sort_unstable();
    read.dedup();
    let mut table: Vec<&str> = huimou::words::extras::WORDS.iter().map(|w| w.0).collect();
    table.sort_unstable();
    assert_eq!(read, table);
}

// ---- the code of the widget and the studio -----------------------------

/// The Rust of everything that renders the UI: the widget's views, its
/// surroundings, its pages, the studio, and the number formatting the
/// views use (whose words are the widget's).
fn ui_rust() -> Vec<(String, String)> {
    let mut found = Vec::new();
    for dir in ["src/components", "src/host", "src/studio", "src/publish"] {
        found.extend(files(dir, &[".rs"]));
    }
    for file in [
        "src/lib.rs",
        "src/main.rs",
        "src/state.rs",
        "src/bin/studio.rs",
        "src/model/format.rs",
    ] {
        found.push((file.to_string(), std::fs::read_to_string(file).unwrap()));
    }
    assert!(found.len() >= 40, "the widget's and the studio's Rust");
    found
}

/// A string literal of Rust code, and whether the code shows it: not when
/// it compares something with it (`key == "Home"`, `"End" =>`, `"Enter" |
/// …`), nor when it is a message for developers (a panic, the console) or a
/// problem found in data (`Problem::new`, a check's message, not a word).
struct Literal {
    text: String,
    shown: bool,
}

const NOT_SHOWN: [&str; 4] = ["Problem::new(", "panic!(", ".expect(", "console::error_1("];

/// The string literals of Rust `source` (plain, raw and byte strings; not
/// comments, characters or lifetimes).
fn rust_literals(source: &str) -> Vec<Literal> {
    let chars: Vec<char> = source.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    let mut push = |text: String, start: usize, end: usize| {
        let before: String = chars[..start].iter().collect();
        let after: String = chars[end.min(chars.len())..].iter().collect();
        let (before, after) = (before.trim_end(), after.trim_start());
        let compared = ["==", "!=", "|"].iter().any(|op| before.ends_with(op))
            || ["=>", "|"].iter().any(|op| after.starts_with(op));
        let line = before.rsplit('\n').next().unwrap_or("");
        let message = NOT_SHOWN.iter().any(|call| line.contains(call));
        found.push(Literal {
            text,
            shown: !compared && !message,
        });
    };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == '\'' {
            // 'x', '\n', '\u{…}' or a lifetime ('a, 'static).
            if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == 'r'
            && chars.get(i + 1 + hashes) == Some(&'"')
            && !ident(i.checked_sub(1).map(|p| chars[p]))
        {
            let start = i + 1 + hashes + 1;
            let mut end = start;
            while end < chars.len()
                && !(chars[end] == '"' && chars[end + 1..].iter().take(hashes).all(|&h| h == '#'))
            {
                end += 1;
            }
            push(chars[start..end].iter().collect(), i, end + 1 + hashes);
            i = end + 1 + hashes;
        } else if c == '"' {
            let start = i;
            let mut text = String::new();
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                text.extend(chars.get(i));
                i += 1;
            }
            i += 1;
            push(text, start, i);
        } else {
            i += 1;
        }
    }
    found
}

fn ident(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// A format string without its holes: "{} ({})" → " ()".
fn without_holes(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn the_widget_and_the_studio_write_no_word_of_their_own() {
    let mut found = Vec::new();
    for (path, source) in ui_rust() {
        // The views' literals are markup, classes and format strings; the
        // host's and the pages' may be problems for the console, which are
        // no words (see src/words/mod.rs), so only their Chinese counts.
        let views = path.starts_with("src/components") || path.starts_with("src/studio");
        for Literal { text, shown } in rust_literals(&source) {
            if text.chars().any(han) {
                found.push(format!("{path}: Chinese outside src/words/: “{text}”"));
            } else if views && shown && reads_as_words(&without_holes(&text)) {
                found.push(format!("{path}: says “{text}”: a word of src/words/"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_reader_never_names_the_studio_words() {
    // The studio's table costs the reader's engine nothing because nothing
    // the widget is built from names it (the size test looks in the wasm).
    for dir in ["src/components", "src/host"] {
        for (path, source) in files(dir, &[".rs"]) {
            assert!(
                !source.contains("words::studio"),
                "{path} names the studio's words"
            );
        }
    }
    for file in ["src/lib.rs", "src/state.rs", "src/words/widget.rs"] {
        let source = std::fs::read_to_string(file).unwrap();
        assert!(
            !source.contains("studio::"),
            "{file} names the studio's words"
        );
    }
}

#[test]
fn the_checks_find_what_they_look_for() {
    assert!(reads_as_words("Year in review"));
    assert!(reads_as_words("Close"));
    assert!(reads_as_words("(file)"));
    assert!(reads_as_words(" (not written yet)"));
    for code in [
        "hm-review-header",
        "dark",
        "left:px",
        " · ",
        "",
        "%",
        "huimou-figures-",
    ] {
        assert!(!reads_as_words(code), "{code}");
    }
    let literals = rust_literals(
        "let a: &'static str = \"x\\\"y\"; // \"no\"\nlet b = '\"'; r#\"z\"w\"#; k == \"Home\"",
    );
    let texts: Vec<(&str, bool)> = literals
        .iter()
        .map(|l| (l.text.as_str(), l.shown))
        .collect();
    assert_eq!(texts, [("x\"y", true), ("z\"w", true), ("Home", false)]);
    assert_eq!(
        without_comments("a // b\nc /* d */ e https://f <!-- g -->h"),
        "a \nc  e https://f h"
    );
    assert_eq!(
        shown_literals("p.textContent = `${n} of ${m} items`;\nq.title = x || 'Hi there';"),
        [" of  items", "Hi there"]
    );
}
