//! Every word a reader or an editor sees, in both languages: one table per
//! program, so that each program carries its own words and no other's.
//!
//! - `widget`: the reader's widget and its prerendered pages, with the
//!   words of dates and figures ("近日（发稿前后）", "more than 3,700").
//! - `studio`: the editors' studio. Nothing of the widget names it, so the
//!   reader's wasm links none of it (the size test looks).
//! - `extras`: the extras' dialogs (`static/extras.js`).
//! - `boot`: what shows before any wasm runs, or when none can: the boot
//!   scripts' notices, the studio page's shell, the embed loader's frame.
//!
//! The last two are JavaScript's and HTML's: the boot hook writes them into
//! the scripts and the studio's page when it builds them (`script_words`),
//! as it writes the URL parameters' names, so no script holds a word.
//! `tests/words.rs` refuses a word written anywhere else.
//!
//! Not words: the content (titles, labels, quotes: the data's own
//! translations), and the problems found in data (`validate`'s, the
//! loader's), which are the messages of their checks.

pub mod boot;
pub mod extras;
pub mod studio;
pub mod widget;

/// The words the page scripts and the studio's page take from here, by
/// the placeholder the boot hook writes each in place of: the extras' table
/// as `__WORDS_EXTRAS__`, each of `boot`'s as `__WORD_<NAME>__` (a string).
/// `src/bin/script_names.rs` prints them with the parameters' names.
pub fn script_words() -> Vec<(String, serde_json::Value)> {
    let mut words = vec![("__WORDS_EXTRAS__".to_string(), extras::json())];
    words.extend(
        boot::notices()
            .into_iter()
            .map(|n| (format!("__WORD_{}__", n.name), n.text().into())),
    );
    words
}
