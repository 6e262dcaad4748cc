//! One failing fixture per validation rule. `tests/fixtures/invalid/expected.txt`
//! lists, by hand, every problem an editor is shown for each (path and message,
//! in order, and nothing else; a line ending in " …" gives the message's
//! beginning); the end-to-end test reads the same list.
#![cfg(not(target_arch = "wasm32"))]

use huimou::model::{load_review, Source};
use std::collections::BTreeMap;

const INVALID: &str = "tests/fixtures/invalid";

fn source() -> Source {
    Source::new(&std::fs::read_to_string("data/source/rongchang-2023.txt").unwrap())
}

fn problems(fixture: &str) -> Vec<String> {
    let json = std::fs::read_to_string(format!("{INVALID}/{fixture}.json")).unwrap();
    match load_review(&json, Some(&source())) {
        Ok(_) => vec![],
        Err(ps) => ps.iter().map(ToString::to_string).collect(),
    }
}

/// `expected.txt`: `[fixture]` headers, each followed by its problems, one
/// per line; `#` lines are comments.
fn expected() -> BTreeMap<String, Vec<String>> {
    let text = std::fs::read_to_string(format!("{INVALID}/expected.txt")).unwrap();
    let mut all = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            assert!(
                all.insert(name.to_string(), Vec::new()).is_none(),
                "{name} twice"
            );
            current = Some(name.to_string());
        } else {
            let name = current.as_ref().expect("a problem before any [fixture]");
            all.get_mut(name).unwrap().push(line.to_string());
        }
    }
    all
}

#[test]
fn the_valid_fixture_has_no_problem() {
    let json = std::fs::read_to_string("tests/fixtures/valid.json").unwrap();
    assert_eq!(load_review(&json, Some(&source())).err(), None);
}

#[test]
fn each_invalid_fixture_shows_exactly_its_problems() {
    let expected = expected();
    let mut fixtures: Vec<String> = std::fs::read_dir(INVALID)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".json").map(str::to_string)
        })
        .collect();
    fixtures.sort();
    assert_eq!(
        fixtures,
        expected.keys().cloned().collect::<Vec<_>>(),
        "every fixture, and only they, in expected.txt"
    );
    for (fixture, lines) in &expected {
        assert!(
            !lines.is_empty(),
            "{fixture}: an invalid fixture has a problem"
        );
        let got = problems(fixture);
        assert_eq!(got.len(), lines.len(), "fixture {fixture}: {got:?}");
        for (got, want) in got.iter().zip(lines) {
            match want.strip_suffix(" …") {
                Some(start) => assert!(got.starts_with(start), "fixture {fixture}: {got}"),
                None => assert_eq!(got, want, "fixture {fixture}"),
            }
        }
    }
}

#[test]
fn the_validate_command_prints_every_problem_and_fails() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_validate"))
        .args([
            "tests/fixtures/valid.json",
            "tests/fixtures/invalid/part-exceeds-whole.json",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("tests/fixtures/valid.json: ok"), "{stdout}");
    assert!(
        stdout.contains("part-exceeds-whole.json: metrics[1].value: 388 is part of \"proposals-submitted\" (387) but exceeds it"),
        "{stdout}"
    );
    assert!(
        stdout.contains("part-exceeds-whole.json: 2 problem(s)"),
        "{stdout}"
    );
}

#[test]
fn a_quote_inside_a_longer_one_translated_otherwise_is_listed_for_the_desk_not_refused() {
    use huimou::model::validate::for_the_desk;
    use huimou::model::{parse_review, Verbatim};
    let json = std::fs::read_to_string("tests/fixtures/valid.json").unwrap();
    let mut review = parse_review(&json).unwrap();
    // The item quotes the sentence the first figure's quote is cut from.
    review.items[0].quote = Verbatim {
        zh: "去年共收到委员提案387件，立案311件".into(),
        en: "Last year members' proposals numbered 387, with 311 accepted".into(),
    };
    let listed: Vec<(String, String)> = for_the_desk(&review)
        .into_iter()
        .map(|n| (n.shorter, n.longer))
        .collect();
    assert!(
        listed.contains(&("metrics[0].quote".into(), "items[0].quote".into())),
        "{listed:?}"
    );
    // "311 accepted" reads inside the longer English: nothing to compare.
    assert!(
        !listed.iter().any(|(short, _)| short == "metrics[1].quote"),
        "{listed:?}"
    );
    // The same words, translated as the longer quote has them: not listed.
    review.metrics[0].quote.en = "Last year members' proposals numbered 387".into();
    assert!(
        for_the_desk(&review).is_empty(),
        "{:?}",
        for_the_desk(&review)
    );
    // Listing is not refusing.
    assert_eq!(huimou::model::validate(&review, Some(&source())), vec![]);
}
