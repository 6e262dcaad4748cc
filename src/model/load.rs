//! JSON → validated review. The only way data enters the model, for the
//! bundled edition and for files loaded with `?data=` alike.

use super::decode;
use super::json;
use super::json_path::{line_and_column, path_before};
use super::source::Source;
use super::types::Review;
use super::validate::{validate, Problem};

/// Larger files are refused before parsing: no edition is near this, and a
/// reader's phone should not try to parse a hostile multi-megabyte file.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// Parses a review, reporting a type or syntax error with its JSON path.
///
/// Never inlined: it is called for the bundled edition and for `?data=`, and
/// an inlined copy at each call would double the decoder in the wasm.
#[inline(never)]
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
    let value = json::parse(json).map_err(|e| {
        let (line, column) = line_and_column(json, e.offset);
        Problem::new(
            // The reader stopped at `offset`; the path includes the byte there.
            path_before(json, e.offset + 1),
            format!("{} at line {line} column {column}", e.message),
        )
    })?;
    decode::review(&value)
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

/// What the loader worker replies for a data file: the checked review as an
/// edition of its own, or every problem, packed for the widget to unpack.
pub fn load_packed(json: &str) -> Vec<u8> {
    let checked = load_review(json, None)
        .and_then(|review| super::Edition::new(vec![review]))
        .map(|edition| edition.reviews);
    super::pack::pack(&checked)
}
