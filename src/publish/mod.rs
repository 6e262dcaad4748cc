//! Publishes an edition as static files beside the engine (`publish`, and
//! `trunk build` through it for `data/edition.json`):
//!
//!     <site>/                     the engine: wasm, glue, scripts, stylesheet
//!                                 (content-hashed; `embed.js` keeps its name)
//!     <site>/<slug>/index.html    the edition's pages, prerendered (zh, en)
//!     <site>/<slug>/en.html
//!     <site>/<slug>/zh-<hash>.bin, en-<hash>.bin   each page's packed data
//!     <site>/<slug>/colours-<hash>.css             the institutions' colours
//!     <site>/<slug>/figures.csv, edition.json, <review files>, <articles>
//!
//! The engine names no edition, so every edition in a site shares it; an
//! edition's files are found relative to its pages, the engine's relative to
//! its own scripts. Publishing never deletes: an older page keeps finding
//! the hashed files it names.

mod page;

use std::path::{Component, Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::bundle::EditionSource;
use crate::model::edition::{take_item_quotes, FIGURES_CSV};
use crate::model::export::figures_csv;
use crate::model::pack::pack_file;
use crate::model::{Edition, Lang};

pub use page::{escape, integrity, Page};

/// The engine's manifest, written beside its files by the build
/// (`scripts/boot-hook.mjs`): which files it is, and which of them a page links.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Engine {
    /// The stylesheet, the head script (before the first paint) and the boot
    /// script (end of `<body>`), by their hashed names.
    pub css: String,
    pub head: String,
    pub boot: String,
    /// Every file of the engine, the three above included.
    pub files: Vec<String>,
}

/// The manifest's name in an engine folder.
pub const ENGINE_MANIFEST: &str = "engine.json";

impl Engine {
    pub fn read(folder: &Path) -> Result<Engine, String> {
        let path = folder.join(ENGINE_MANIFEST);
        let text = std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "{}: {e} (build the engine first: `trunk build --release`)",
                path.display()
            )
        })?;
        let engine: Engine =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        for name in &engine.files {
            if !is_plain_name(name) {
                return Err(format!("{}: {name:?} is not a file name", path.display()));
            }
        }
        Ok(engine)
    }
}

/// What `publish` did, for the command to print.
#[derive(Debug)]
pub struct Published {
    pub slug: String,
    pub written: Vec<PathBuf>,
}

/// Publishes the edition file `edition` into `site`, with the engine from
/// `engine` (copied into `site` unless it is the same folder). `default`:
/// the edition's pages also stand at the top of the site (`/`, and the
/// embeds already out there).
pub fn publish(
    edition: &Path,
    site: &Path,
    engine: &Path,
    default: bool,
) -> Result<Published, String> {
    let source = EditionSource::read(edition)?;
    let problems: Vec<String> = source
        .problems()
        .iter()
        .map(|(path, p)| format!("{}: {p}", path.display()))
        .collect();
    if !problems.is_empty() {
        return Err(format!(
            "the edition has problems (run `cargo run --bin validate -- {}`):\n{}",
            edition.display(),
            problems.join("\n")
        ));
    }
    let complete = source.reviews()?;
    Edition::new(complete.clone()).map_err(|p| joined(&p))?;
    let engine_files = Engine::read(engine)?;
    let slug = source.file.slug.clone();
    let folder = site.join(&slug);
    let mut out = Output::default();

    if !same_folder(engine, site) {
        for name in &engine_files.files {
            out.copy(&engine.join(name), &site.join(name))?;
        }
    }
    // Each language's page and packed data.
    let mut data = Vec::new();
    let mut cuts = Vec::new();
    for lang in [Lang::Zh, Lang::En] {
        let cut = source.cut(lang)?;
        // The items' quotes in a file of their own, fetched once the widget
        // answers (`ItemQuotes`); the prerender shows the whole cut.
        let mut reviews = cut.clone();
        let quotes = take_item_quotes(&mut reviews);
        let mut named = Vec::new();
        for (stem, bytes) in [
            (lang.param().to_string(), pack_file(&reviews)),
            (format!("{}-quotes", lang.param()), pack_file(&quotes)),
        ] {
            let name = format!("{stem}-{}.bin", content_hash(&bytes));
            out.write(&folder.join(&name), &bytes)?;
            named.push(name);
        }
        data.push(named);
        cuts.push((lang, cut));
    }
    let colours = crate::model::colour::edition_css(&complete);
    let colours_name = format!("colours-{}.css", content_hash(colours.as_bytes()));
    out.write(&folder.join(&colours_name), colours.as_bytes())?;
    let [zh, en] = <[Vec<String>; 2]>::try_from(data).map_err(|_| "two languages")?;
    let files = page::EditionFiles {
        zh: zh[0].clone(),
        zh_quotes: zh[1].clone(),
        en: en[0].clone(),
        en_quotes: en[1].clone(),
        colours: colours_name,
        colours_integrity: page::integrity(colours.as_bytes()),
    };
    let shell = page::Shell::new(engine, &engine_files, &source.file)?;
    let mut places = vec![(folder.clone(), "../".to_string(), String::new())];
    if default {
        places.push((site.to_path_buf(), String::new(), format!("{slug}/")));
    }
    for (at, to_engine, to_edition) in &places {
        for (lang, cut) in &cuts {
            let page = Page {
                lang: *lang,
                to_engine,
                to_edition,
                files: &files,
            };
            let html = shell.page(&page, cut)?;
            out.write(&at.join(page::file_name(*lang)), html.as_bytes())?;
        }
    }
    // The data to take away, and the sources an editor reopens.
    out.write(&folder.join(FIGURES_CSV), figures_csv(&complete).as_bytes())?;
    out.copy(edition, &folder.join("edition.json"))?;
    for (path, review) in source.review_paths().iter().zip(&complete) {
        out.copy(path, &folder.join(review.file_name()))?;
        let article = relative(&review.source)?;
        let from = path.parent().unwrap_or(Path::new("")).join(article);
        out.copy(&from, &folder.join(article))?;
    }
    Ok(Published {
        slug,
        written: out.written,
    })
}

/// A content hash for file names: 16 hex digits of SHA-256.
pub fn content_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A path inside the edition's folder: relative, with no `..`.
fn relative(path: &str) -> Result<&Path, String> {
    let p = Path::new(path);
    if p.components().all(|c| matches!(c, Component::Normal(_))) {
        Ok(p)
    } else {
        Err(format!(
            "{path:?}: a review's article must be inside its folder"
        ))
    }
}

fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && Path::new(name)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
        && !name.contains(['/', '\\'])
}

fn same_folder(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

pub(super) fn joined(problems: &[crate::model::Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The files written, in order.
#[derive(Default)]
struct Output {
    written: Vec<PathBuf>,
}

impl Output {
    fn write(&mut self, to: &Path, bytes: &[u8]) -> Result<(), String> {
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(to, bytes).map_err(|e| format!("{}: {e}", to.display()))?;
        self.written.push(to.to_path_buf());
        Ok(())
    }

    fn copy(&mut self, from: &Path, to: &Path) -> Result<(), String> {
        let bytes = std::fs::read(from).map_err(|e| format!("{}: {e}", from.display()))?;
        self.write(to, &bytes)
    }
}
