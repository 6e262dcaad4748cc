//! The quote an editor's selection makes: the validator needs a quote that
//! is printed once, so a selection of a repeated sentence is widened around
//! the place selected until it names that place alone.

use super::floor_char_boundary;
use crate::model::source::{strip_whitespace, Source};

/// The quote for the selection `start..end` (byte offsets of the article
/// text, clamped to it and rounded down to char boundaries): its text
/// without whitespace, widened if needed until it occurs once in the
/// article. None when the selection holds no text.
pub fn anchored_quote(text: &str, start: usize, end: usize) -> Option<String> {
    let (start, end) = (
        floor_char_boundary(text, start.min(end)),
        floor_char_boundary(text, start.max(end)),
    );
    let selected = strip_whitespace(text.get(start..end)?);
    if selected.is_empty() {
        return None;
    }
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    let from = text
        .get(..start)?
        .chars()
        .filter(|c| !c.is_whitespace())
        .count();
    let (mut lo, mut hi) = (from, from + selected.chars().count());
    let source = Source::new(text);
    let mut right = true;
    let quote = |lo: usize, hi: usize| chars[lo..hi].iter().collect::<String>();
    while source.occurrences(&quote(lo, hi)) > 1 && (lo > 0 || hi < chars.len()) {
        // Right first, then left, in turn; a side at the text's edge yields.
        if (right && hi < chars.len()) || lo == 0 {
            hi += 1;
        } else {
            lo -= 1;
        }
        right = !right;
    }
    // A widened quote never ends inside a number ("办结16" of 办结1602件):
    // a figure's quote would misprint it.
    while hi < chars.len() && chars[hi - 1].is_ascii_digit() && continues_number(chars[hi]) {
        hi += 1;
    }
    while lo > 0 && chars[lo].is_ascii_digit() && chars[lo - 1].is_ascii_digit() {
        lo -= 1;
    }
    Some(quote(lo, hi))
}

/// Whether `c` after a digit still belongs to the number as printed.
fn continues_number(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '余' | '%' | '.')
}
