//! Publishes an edition as static files: its pages in both languages, with
//! the opening view prerendered, its packed data, its colours, its CSV and
//! its sources, in `<site>/<slug>/`, beside the engine (see `src/publish/`).
//!
//!     publish <edition.json> --out <site> [--engine DIR] [--default]
//!
//! `--engine`: the built engine's folder (default `dist/`, which `trunk build
//! --release` makes); its files are copied to the top of the site.
//! `--default`: the edition's pages also stand at the top of the site.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;
    use std::process::ExitCode;

    const USAGE: &str = "usage: publish <edition.json> --out <site> [--engine DIR] [--default]";
    let mut args = std::env::args().skip(1);
    let (mut edition, mut out, mut engine, mut default) = (None, None, None, false);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => out = args.next().map(PathBuf::from),
            "--engine" => engine = args.next().map(PathBuf::from),
            "--default" => default = true,
            _ if edition.is_none() && !arg.starts_with("--") => edition = Some(PathBuf::from(arg)),
            _ => {
                eprintln!("publish: unexpected {arg:?}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let (Some(edition), Some(out)) = (edition, out) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let engine = engine.unwrap_or_else(|| PathBuf::from("dist"));
    match huimou::publish::publish(&edition, &out, &engine, default) {
        Ok(published) => {
            println!(
                "publish: {} written into {} ({} files)",
                published.slug,
                out.display(),
                published.written.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("publish: {e}");
            ExitCode::FAILURE
        }
    }
}

// A build tool: nothing of it runs in a browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
