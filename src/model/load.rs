//! JSON → validated review. The only way data enters the model, for the
//! bundled edition (build.rs, through `bundle`) and for files loaded with
//! `?data=` (the loader worker) alike.
//!
//! serde_json with the types' own derives reads it, as strictly as the data
//! needs: unknown fields (`deny_unknown_fields`) and duplicate fields are
//! refused, integers must fit their types, nesting stops at serde_json's
//! depth limit, and trailing text is an error. serde_path_to_error names the
//! JSON path of a problem.

use serde_json::error::Category;

use super::source::Source;
use super::types::Review;
use super::validate::{validate, Problem};

/// Larger files are refused before parsing: no edition is near this, and a
/// reader's phone should not try to parse a hostile multi-megabyte file.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// Parses a review, reporting a type or syntax error with its JSON path.
pub fn parse_review(json: &str) -> Result<Review, Problem> {
    if json.len() > MAX_FILE_BYTES {
        return Err(Problem::new(
            "",
            format!(
                "the data file is {} bytes; at most {MAX_FILE_BYTES} are accepted",
                json.len()
            ),
        ));
    }
    let mut reader = serde_json::Deserializer::from_str(json);
    let review: Review = serde_path_to_error::deserialize(&mut reader)
        .map_err(|e| problem(&e.path().to_string(), e.inner()))?;
    reader.end().map_err(|e| problem("", &e))?;
    Ok(review)
}

/// A reading problem as an editor sees it: where (the JSON path, empty at the
/// top), and what. A wrong value is named by its path alone; a syntax error
/// also by its line and column, since the path stops where the text broke.
fn problem(path: &str, e: &serde_json::Error) -> Problem {
    let path = if path == "." { "" } else { path };
    let mut message = e.to_string();
    if e.classify() == Category::Data {
        let at = format!(" at line {} column {}", e.line(), e.column());
        if let Some(stripped) = message.strip_suffix(&at) {
            message = stripped.to_string();
        }
    }
    Problem::new(path, message)
}

/// Parses and validates; every problem is returned, not just the first.
#[inline(never)]
pub fn load_review(json: &str, source: Option<&Source>) -> Result<Review, Vec<Problem>> {
    let review = parse_review(json).map_err(|p| vec![p])?;
    let problems = validate(&review, source);
    if problems.is_empty() {
        Ok(review)
    } else {
        Err(problems)
    }
}

crate::packed! {
    /// A data file the loader worker read and checked: its reviews, and
    /// their institutions' colours as the stylesheet's rules (`colour::
    /// edition_css`; the page of a `data=` file has no colours file, and the
    /// contrast arithmetic stays out of the widget's wasm).
    #[derive(Clone, Debug, PartialEq)]
    pub struct Loaded {
        pub reviews: Vec<Review>,
        pub colours: String,
    }
}

/// What the loader worker replies for a data file.
pub type Reply = Result<Loaded, Vec<Problem>>;

/// What the loader worker replies for a data file: the checked review as an
/// edition of its own, or every problem, packed for the widget to unpack.
pub fn load_packed(json: &str) -> Vec<u8> {
    let checked: Reply = load_review(json, None)
        .and_then(|review| super::Edition::new(vec![review]))
        .map(|edition| Loaded {
            colours: super::colour::edition_css(&edition.reviews),
            reviews: edition.reviews,
        });
    super::pack::pack_file(&checked)
}
