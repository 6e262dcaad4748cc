//! Writes the English of the bundled edition (see `src/bundle.rs` and
//! `model::english`) for readers who open the widget in English: for each
//! data file, every text of its English cut in the order `English::of` takes
//! them, packed together into `edition.bin`.
//!
//!     bundle [--out DIR] [data/cppcc-2023.json data/npc-2023.json]
//!
//! Without files, the reviews `data/edition.json` lists (as build.rs bundles them).
//!
//! DIR defaults to `$TRUNK_STAGING_DIR/data/en`: trunk's post_build hook runs
//! this, and the file ships as `dist/data/en/edition.bin`. Beside the data
//! files it also writes `figures.csv` (every figure; `model::export`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

// A build tool: nothing of it runs in a browser.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use huimou::model::english::English;
    use huimou::model::export::figures_csv;
    use huimou::model::pack::pack;
    use huimou::model::Review;

    pub fn main() -> ExitCode {
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
        // Without files: the edition's (data/edition.json), which build.rs
        // bundles in the same order.
        if args.is_empty() {
            match huimou::bundle::bundled() {
                Ok(files) => args = files,
                Err(e) => return fail(&format!("{e}\nusage: bundle [--out DIR] [FILE...]")),
            }
        }
        let mut english = Vec::new();
        for file in &args {
            match english_of(Path::new(file)) {
                Ok(e) => english.push(e),
                Err(e) => return fail(&format!("{file}: {e}")),
            }
        }
        let target = out.join("edition.bin");
        let written =
            std::fs::create_dir_all(&out).and_then(|_| std::fs::write(&target, pack(&english)));
        if let Err(e) = written {
            return fail(&format!("{}: {e}", target.display()));
        }
        // Every figure as CSV, beside the JSON, for readers who take the data away.
        let complete: Result<Vec<Review>, String> = args
            .iter()
            .map(|f| {
                std::fs::read_to_string(f)
                    .map_err(|e| e.to_string())
                    .and_then(|t| serde_json::from_str(&t).map_err(|e| format!("{f}: {e}")))
            })
            .collect();
        let csv = match complete {
            Ok(reviews) => figures_csv(&reviews),
            Err(e) => return fail(&e),
        };
        let target = out.parent().unwrap_or(&out).join("figures.csv");
        match std::fs::write(&target, csv) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&format!("{}: {e}", target.display())),
        }
    }

    fn english_of(path: &Path) -> Result<English, String> {
        huimou::bundle::english_of(&std::fs::read_to_string(path).map_err(|e| e.to_string())?)
    }

    fn fail(message: &str) -> ExitCode {
        eprintln!("bundle: {message}");
        ExitCode::FAILURE
    }
}
