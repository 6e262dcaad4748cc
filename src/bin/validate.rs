//! `cargo run --bin validate -- [DATA.json | edition.json …]`
//!
//! Without a file, checks the default edition: `data/edition.json` and the
//! reviews it lists. An edition file (named `edition.json`) is checked with
//! its reviews.
//! Prints every problem of each data file with its JSON path; exits 1 if any.
//! A file without problems may still list places for the desk to compare (a
//! quote inside a longer one, translated another way): those never fail.
//! Quotes are checked against the file's `source` (relative to the data file).
//!
//! `--as-loader` checks as the widget's loader worker does for `?data=`: no
//! source text (a browser does not have it), and the edition's id rule. The
//! end-to-end tests use it to know what the widget must report.

use std::path::Path;
use std::process::ExitCode;

use huimou::model::Problem;

/// The review files of an edition file, which is checked on the way, with
/// the problems only an edition's files can have (their names). A build
/// tool's: natively.
fn edition_files(path: &str) -> Result<(Vec<String>, Vec<String>), String> {
    #[cfg(not(target_arch = "wasm32"))]
    return huimou::bundle::EditionSource::read(path).map(|e| {
        let files = e
            .review_paths()
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        let named = e
            .misnamed()
            .into_iter()
            .map(|(f, p)| format!("{}: {p}", f.display()))
            .collect();
        (files, named)
    });
    #[cfg(target_arch = "wasm32")]
    Err(format!("{path}: validate runs natively"))
}

fn main() -> ExitCode {
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    let as_loader = files.iter().any(|f| f == "--as-loader");
    files.retain(|f| f != "--as-loader");
    if files.is_empty() {
        files.push("data/edition.json".into());
    }
    let mut reviews = Vec::new();
    for file in files {
        if !file.ends_with("edition.json") {
            reviews.push(file);
            continue;
        }
        match edition_files(&file) {
            Ok((listed, misnamed)) if misnamed.is_empty() => {
                println!("{file}: ok");
                reviews.extend(listed);
            }
            Ok((_, misnamed)) => {
                misnamed.iter().for_each(|p| println!("{p}"));
                return ExitCode::FAILURE;
            }
            Err(e) => {
                eprintln!("{e}\nusage: validate [DATA.json | edition.json …] (without a file: data/edition.json)");
                return ExitCode::from(2);
            }
        }
    }
    let files = reviews;
    let mut failed = false;
    for file in &files {
        let problems = if as_loader {
            check_as_loader(Path::new(file))
        } else {
            check(Path::new(file))
        };
        if problems.is_empty() {
            println!("{file}: ok");
            for note in for_the_desk(Path::new(file)) {
                println!("{file}: for the desk (not a problem): {note}");
            }
        } else {
            failed = true;
            for p in &problems {
                println!("{file}: {p}");
            }
            println!("{file}: {} problem(s)", problems.len());
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn check(path: &Path) -> Vec<Problem> {
    #[cfg(not(target_arch = "wasm32"))]
    return huimou::bundle::check_review_file(path);
    #[cfg(target_arch = "wasm32")]
    vec![Problem::new(
        "",
        format!("{}: validate runs natively", path.display()),
    )]
}

/// Quotes inside longer quotes whose English reads differently
/// (`validate::for_the_desk`): listed, never refused.
fn for_the_desk(path: &Path) -> Vec<huimou::model::validate::ForTheDesk> {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|json| huimou::model::parse_review(&json).ok())
        .map(|review| huimou::model::validate::for_the_desk(&review))
        .unwrap_or_default()
}

/// What the loader worker replies for this file (`model::load::load_packed`).
fn check_as_loader(path: &Path) -> Vec<Problem> {
    let json = match std::fs::read_to_string(path) {
        Ok(j) => j,
        Err(e) => return vec![Problem::new("", format!("cannot read the file: {e}"))],
    };
    let reply = huimou::model::pack::unpack_file::<huimou::model::load::Reply>(
        &huimou::model::load::load_packed(&json),
    );
    match reply {
        Ok(Ok(_)) => Vec::new(),
        Ok(Err(problems)) => problems,
        Err(_) => vec![Problem::new("", "the loader's reply is damaged")],
    }
}
