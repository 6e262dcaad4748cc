//! Writes the English of the bundled data files (see `src/bundle.rs` and
//! `model::english`) for readers who open the widget in English: every text
//! of the English cut, in the order `English::of` takes them.
//!
//!     bundle [--out DIR] data/cppcc-2023.json data/npc-2023.json
//!
//! DIR defaults to `$TRUNK_STAGING_DIR/data/en`: trunk's post_build hook runs
//! this, and the files ship in `dist/data/en/`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use huimou::bundle::{cut, Keep};
use huimou::model::english::English;
use huimou::model::Review;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let out = match args.iter().position(|a| a == "--out") {
        Some(at) if at + 1 < args.len() => {
            let dir = args.remove(at + 1);
            args.remove(at);
            PathBuf::from(dir)
        }
        Some(_) => return fail("--out needs a folder"),
        None => match std::env::var_os("TRUNK_STAGING_DIR") {
            Some(staging) => Path::new(&staging).join("data").join("en"),
            None => {
                return fail("give --out DIR (or run from trunk, which sets TRUNK_STAGING_DIR)")
            }
        },
    };
    if args.is_empty() {
        return fail("usage: bundle [--out DIR] FILE...");
    }
    if let Err(e) = std::fs::create_dir_all(&out) {
        return fail(&format!("{}: {e}", out.display()));
    }
    for file in &args {
        let path = Path::new(file);
        let english = std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|text| {
                serde_json::from_str::<Review>(&cut(&text, Keep::En)).map_err(|e| e.to_string())
            })
            .map(|mut review| English::of(&mut review));
        let english = match english {
            Ok(english) => english,
            Err(e) => return fail(&format!("{file}: {e}")),
        };
        let json = serde_json::json!({ "review": english.review, "en": english.texts });
        let name = path.file_name().unwrap_or(path.as_os_str());
        if let Err(e) = std::fs::write(out.join(name), json.to_string()) {
            return fail(&format!("{}: {e}", out.join(name).display()));
        }
    }
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    eprintln!("bundle: {message}");
    ExitCode::FAILURE
}
