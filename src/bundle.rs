//! An edition as its files say it (native only: `validate`, `publish`, the
//! tests): the edition file (`edition.json`: its slug, its reviews, its
//! words), and what each language's page carries of the reviews.
//!
//! Each language's page fetches its own cut (`zh-<hash>.bin`,
//! `en-<hash>.bin`, written by `publish`): every `{zh, en}` text keeps its
//! own language only, but for the quotes, whose Chinese the English view
//! shows beside the translation. So no reader pays for the other language.
//! The sections' paragraphs (the whole article) and the programme notes are
//! left out of both: no view shows them yet, and the published edition has
//! the complete files beside its pages.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;

use crate::model::types::{Review, Text};
use crate::model::{Edition, Lang, Problem};

/// The default edition's file: `trunk build` publishes it, `validate` checks it.
pub const EDITION: &str = "data/edition.json";

/// The edition file: which reviews it holds and the words that name it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditionFile {
    /// A note for people; ignored.
    #[serde(default)]
    pub about: Option<String>,
    /// The edition's folder in a site: `<site>/<slug>/index.html`.
    pub slug: String,
    /// The review files, beside the edition file, in the order the page printed them.
    pub reviews: Vec<String>,
    /// The pages' `<title>`, link previews and the embed snippet's title.
    pub title: Text,
    /// The pages' description and link previews.
    pub description: Text,
}

/// An edition file read and checked, with where its files are.
#[derive(Clone, Debug)]
pub struct EditionSource {
    pub file: EditionFile,
    /// The folder of the edition file: review files are named relative to it.
    pub folder: PathBuf,
}

impl EditionSource {
    /// Reads an edition file and checks its own rules (not yet its reviews:
    /// `validate` does that).
    pub fn read(path: impl AsRef<Path>) -> Result<EditionSource, String> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let file = edition_file(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let folder = path.parent().unwrap_or(Path::new("")).to_path_buf();
        Ok(EditionSource { file, folder })
    }

    /// The review files' paths.
    pub fn review_paths(&self) -> Vec<PathBuf> {
        self.file
            .reviews
            .iter()
            .map(|r| self.folder.join(r))
            .collect()
    }

    /// Every problem of the edition's review files: `validate`'s checks, and
    /// the names (`misnamed`).
    pub fn problems(&self) -> Vec<(PathBuf, Problem)> {
        let mut out: Vec<(PathBuf, Problem)> = self
            .review_paths()
            .into_iter()
            .flat_map(|path| {
                check_review_file(&path)
                    .into_iter()
                    .map(move |p| (path.clone(), p))
            })
            .collect();
        out.extend(self.misnamed());
        out
    }

    /// The published pages' rule: a review's file is named after its id and
    /// year (`Review::file_name`: the download links name it so). A file that
    /// cannot be read has its problem from `check_review_file`.
    pub fn misnamed(&self) -> Vec<(PathBuf, Problem)> {
        self.review_paths()
            .into_iter()
            .filter_map(|path| {
                let review: Review =
                    serde_json::from_str(&std::fs::read_to_string(&path).ok()?).ok()?;
                let name = review.file_name();
                let named = path.file_name().and_then(|f| f.to_str()) == Some(name.as_str());
                let problem = Problem::new(
                    "",
                    format!("an edition's review file is named after its id and year: {name}"),
                );
                (!named).then_some((path, problem))
            })
            .collect()
    }

    /// The complete reviews, as their files hold them.
    pub fn reviews(&self) -> Result<Vec<Review>, String> {
        self.review_paths()
            .iter()
            .map(|path| {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
            })
            .collect()
    }

    /// The reviews as the page in `lang` carries them (see the module's note).
    pub fn cut(&self, lang: Lang) -> Result<Vec<Review>, String> {
        self.review_paths()
            .iter()
            .map(|path| {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                serde_json::from_str(&cut(&text, lang)).map_err(|e| {
                    format!("{}: {e} (run `cargo run --bin validate`)", path.display())
                })
            })
            .collect()
    }
}

/// Every problem of one review file, its quotes checked against its article
/// (`source`, relative to the file): `validate`'s check, and `publish`'s.
pub fn check_review_file(path: &Path) -> Vec<Problem> {
    use crate::model::{load_review, parse_review, Source};
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

/// The default edition's review files (`data/edition.json`).
pub fn bundled() -> Result<Vec<String>, String> {
    let edition = EditionSource::read(EDITION)?;
    Ok(edition
        .review_paths()
        .iter()
        .map(|p| p.display().to_string())
        .collect())
}

/// The default edition as the page in `lang` shows it (the tests' edition).
pub fn edition(lang: Lang) -> Result<Edition, Vec<Problem>> {
    EditionSource::read(EDITION)
        .and_then(|e| e.cut(lang))
        .map_err(|e| vec![Problem::new(EDITION, e)])
        .and_then(Edition::new)
}

/// Reads and checks an edition file's text.
pub fn edition_file(text: &str) -> Result<EditionFile, String> {
    let file: EditionFile = serde_json::from_str(text).map_err(|e| e.to_string())?;
    if !is_slug(&file.slug) {
        return Err(format!(
            "\"slug\" {:?} must be lower-case letters, digits and hyphens (at most 64, starting with a letter or digit): it names the edition's folder and its address",
            file.slug
        ));
    }
    if file.reviews.is_empty() {
        return Err("\"reviews\" must list the edition's data files".into());
    }
    for name in &file.reviews {
        let plain = name.ends_with(".json")
            && !name.contains(['/', '\\'])
            && !name.starts_with('.')
            && name != "edition.json";
        if !plain {
            return Err(format!(
                "{name:?} is not a data file's name beside the edition file"
            ));
        }
    }
    for (key, text) in [("title", &file.title), ("description", &file.description)] {
        if text.zh.trim().is_empty() || text.en.trim().is_empty() {
            return Err(format!("\"{key}\" needs both zh and en"));
        }
    }
    Ok(file)
}

/// A slug is a folder name and a path segment of an address, as is.
fn is_slug(slug: &str) -> bool {
    (1..=64).contains(&slug.len())
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
}

/// The cut of one data file, minified. A file that is not JSON is passed on
/// unchanged, so the reader reports the problem with its path.
pub fn cut(text: &str, keep: Lang) -> String {
    let Ok(mut value) = serde_json::from_str::<Value>(text) else {
        return text.to_string();
    };
    if let Some(programmes) = value.get_mut("programmes") {
        *programmes = Value::Array(Vec::new());
    }
    if let Some(sections) = value.get_mut("sections").and_then(|s| s.as_array_mut()) {
        for section in sections {
            if let Some(paragraphs) = section.get_mut("paragraphs") {
                *paragraphs = Value::Array(Vec::new());
            }
        }
    }
    blank_other_language(&mut value, keep, false);
    value.to_string()
}

/// Empties the other language of every `{zh, en}` pair of strings (and a
/// unit's English singular, `en_one`, on the Chinese page); under a `quote`,
/// the English page keeps the Chinese (its view shows both).
fn blank_other_language(value: &mut Value, keep: Lang, quote: bool) {
    match value {
        Value::Object(members) => {
            let pair = members.get("zh").is_some_and(Value::is_string)
                && members.get("en").is_some_and(Value::is_string)
                && members.values().all(Value::is_string);
            if pair {
                let other = match keep {
                    Lang::Zh => {
                        members.remove("en_one");
                        Some("en")
                    }
                    Lang::En if quote => None,
                    Lang::En => Some("zh"),
                };
                if let Some(other) = other {
                    members.insert(other.to_string(), Value::String(String::new()));
                }
            } else {
                for (key, v) in members.iter_mut() {
                    blank_other_language(v, keep, key == "quote");
                }
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|v| blank_other_language(v, keep, quote)),
        _ => {}
    }
}
