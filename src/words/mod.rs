//! Every word a reader or an editor sees, in both languages: one table per
//! program, so that each program carries its own words and no other's.
//!
//! - `widget`: the reader's widget and its prerendered pages, with the
//!   words of dates and figures ("近日（发稿前后）", "more than 3,700").
//! - `studio`: the editors' studio. Nothing of the widget names it, so the
//!   reader's wasm links none of it.
//!
//! Not words: the content (titles, labels, quotes: the data's own
//! translations), and the problems found in data (`validate`'s, the
//! loader's), which are the messages of their checks.

pub mod studio;
pub mod widget;
