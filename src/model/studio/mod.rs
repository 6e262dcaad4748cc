//! The studio's model: what the editors' page (`studio.html`) computes from
//! an article's plain text while an editor builds a review from it. Pure
//! Rust like the rest of the model, tested natively, and total: the page
//! hands these functions whatever a textarea holds, so nothing here panics.

use super::types::Review;

pub mod anchor;
pub mod dates;
pub mod numbers;
pub mod structure;

/// A review as the data files are written: serde_json's pretty form and a
/// final newline, so a file saved from the studio differs from the one it
/// was opened from only where the editor changed something.
pub fn to_json(review: &Review) -> String {
    // A review has no maps with non-string keys, so this cannot fail; an
    // empty answer is still better than a panic in the editor's page.
    serde_json::to_string_pretty(review)
        .map(|json| json + "\n")
        .unwrap_or_default()
}

/// `at` moved into the text and back to a char boundary: the page's
/// offsets may be stale (the text changed) or fall inside a character.
fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}
