//! `cargo run --bin validate -- [DATA.json …]`
//!
//! Without a file, checks the edition's: the reviews `data/edition.json` lists.
//! Prints every problem of each data file with its JSON path; exits 1 if any.
//! Quotes are checked against the file's `source` (relative to the data file).
//!
//! `--as-loader` checks as the widget's loader worker does for `?data=`: no
//! source text (a browser does not have it), and the edition's id rule. The
//! end-to-end tests use it to know what the widget must report.

use std::path::Path;
use std::process::ExitCode;

use huimou::model::{load_review, parse_review, Problem, Source};

/// The files of the edition (`data/edition.json`). A build tool's: natively.
fn edition_files() -> Result<Vec<String>, String> {
    #[cfg(not(target_arch = "wasm32"))]
    return huimou::bundle::bundled();
    #[cfg(target_arch = "wasm32")]
    Err("validate runs natively".into())
}

fn main() -> ExitCode {
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    let as_loader = files.iter().any(|f| f == "--as-loader");
    files.retain(|f| f != "--as-loader");
    if files.is_empty() {
        match edition_files() {
            Ok(edition) => files = edition,
            Err(e) => {
                eprintln!("{e}\nusage: validate [DATA.json …] (without a file: the reviews data/edition.json lists)");
                return ExitCode::from(2);
            }
        }
    }
    let mut failed = false;
    for file in &files {
        let problems = if as_loader {
            check_as_loader(Path::new(file))
        } else {
            check(Path::new(file))
        };
        if problems.is_empty() {
            println!("{file}: ok");
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
    let json = match std::fs::read_to_string(path) {
        Ok(j) => j,
        Err(e) => return vec![Problem::new("", format!("cannot read the file: {e}"))],
    };
    // Parse first to learn where the source text is.
    let review = match parse_review(&json) {
        Ok(r) => r,
        Err(p) => return vec![p],
    };
    let source_path = path.parent().unwrap_or(Path::new(".")).join(&review.source);
    let source = match std::fs::read_to_string(&source_path) {
        Ok(text) => Source::new(&text),
        Err(e) => {
            return vec![Problem::new(
                "source",
                format!("cannot read {}: {e}", source_path.display()),
            )]
        }
    };
    load_review(&json, Some(&source)).err().unwrap_or_default()
}

/// What the loader worker replies for this file (`model::load::load_packed`).
fn check_as_loader(path: &Path) -> Vec<Problem> {
    let json = match std::fs::read_to_string(path) {
        Ok(j) => j,
        Err(e) => return vec![Problem::new("", format!("cannot read the file: {e}"))],
    };
    let reply = huimou::model::pack::unpack::<Result<Vec<huimou::model::Review>, Vec<Problem>>>(
        &huimou::model::load::load_packed(&json),
    );
    match reply {
        Ok(Ok(_)) => Vec::new(),
        Ok(Err(problems)) => problems,
        Err(_) => vec![Problem::new("", "the loader's reply is damaged")],
    }
}
