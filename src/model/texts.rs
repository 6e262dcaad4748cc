//! Every text of a review, each with its JSON path and its kind: the one
//! home of "which fields are texts". `packed! { @texts … }` writes the walk
//! for each type of a review from its definition, so a text field added to a
//! type is visited (checked by `validate`, filled by the studio's preview,
//! read by the tests) with nothing else written by hand.

use super::types::*;

/// A text as its type says what it is.
#[derive(Clone, Copy, Debug)]
pub enum TextRef<'a> {
    /// Written for the widget (labels, titles, notes).
    Editorial(&'a Text),
    /// Copied from the article (`zh`) with its translation.
    Verbatim(&'a Verbatim),
    /// What a figure counts, with the English singular for a figure of 1.
    Unit(&'a Unit),
}

impl<'a> TextRef<'a> {
    pub fn zh(self) -> &'a str {
        match self {
            TextRef::Editorial(t) => &t.zh,
            TextRef::Verbatim(t) => &t.zh,
            TextRef::Unit(t) => &t.zh,
        }
    }

    pub fn en(self) -> &'a str {
        match self {
            TextRef::Editorial(t) => &t.en,
            TextRef::Verbatim(t) => &t.en,
            TextRef::Unit(t) => &t.en,
        }
    }
}

/// A text to change in place: its two languages.
#[derive(Debug)]
pub enum TextMut<'a> {
    Editorial(&'a mut Text),
    Verbatim(&'a mut Verbatim),
    Unit(&'a mut Unit),
}

impl TextMut<'_> {
    /// The Chinese and the English, to write.
    pub fn languages(&mut self) -> (&mut String, &mut String) {
        match self {
            TextMut::Editorial(t) => (&mut t.zh, &mut t.en),
            TextMut::Verbatim(t) => (&mut t.zh, &mut t.en),
            TextMut::Unit(t) => (&mut t.zh, &mut t.en),
        }
    }
}

/// Paths as the JSON file writes them, and as problems name them:
/// `metrics[3].quote`.
pub type Found<'a> = Vec<(String, TextRef<'a>)>;
pub type FoundMut<'a> = Vec<(String, TextMut<'a>)>;

/// A value that holds texts, or none (numbers, ids, dates).
pub trait Texts {
    fn texts<'a>(&'a self, _path: &str, _out: &mut Found<'a>) {}
    fn texts_mut<'a>(&'a mut self, _path: &str, _out: &mut FoundMut<'a>) {}
}

/// A field's path under its owner's.
pub fn field(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

impl Texts for String {}
impl Texts for i32 {}
impl Texts for u64 {}
impl Texts for bool {}
impl Texts for When {}
impl Texts for SectionKind {}
impl Texts for Qualifier {}
impl Texts for DerivedKind {}
impl Texts for ItemKind {}

impl<T: Texts> Texts for Option<T> {
    fn texts<'a>(&'a self, path: &str, out: &mut Found<'a>) {
        if let Some(x) = self {
            x.texts(path, out);
        }
    }
    fn texts_mut<'a>(&'a mut self, path: &str, out: &mut FoundMut<'a>) {
        if let Some(x) = self {
            x.texts_mut(path, out);
        }
    }
}

impl<T: Texts> Texts for Vec<T> {
    fn texts<'a>(&'a self, path: &str, out: &mut Found<'a>) {
        for (i, x) in self.iter().enumerate() {
            x.texts(&format!("{path}[{i}]"), out);
        }
    }
    fn texts_mut<'a>(&'a mut self, path: &str, out: &mut FoundMut<'a>) {
        for (i, x) in self.iter_mut().enumerate() {
            x.texts_mut(&format!("{path}[{i}]"), out);
        }
    }
}

macro_rules! leaf {
    ($t:ident) => {
        impl Texts for $t {
            fn texts<'a>(&'a self, path: &str, out: &mut Found<'a>) {
                out.push((path.to_string(), TextRef::$t(self)));
            }
            fn texts_mut<'a>(&'a mut self, path: &str, out: &mut FoundMut<'a>) {
                out.push((path.to_string(), TextMut::$t(self)));
            }
        }
    };
}
leaf!(Verbatim);
leaf!(Unit);

impl Texts for Text {
    fn texts<'a>(&'a self, path: &str, out: &mut Found<'a>) {
        out.push((path.to_string(), TextRef::Editorial(self)));
    }
    fn texts_mut<'a>(&'a mut self, path: &str, out: &mut FoundMut<'a>) {
        out.push((path.to_string(), TextMut::Editorial(self)));
    }
}

impl Review {
    /// Every text of the review in the file's order, with its JSON path.
    pub fn all_texts(&self) -> Found<'_> {
        let mut out = Vec::new();
        self.texts("", &mut out);
        out
    }

    /// The same, to change in place.
    pub fn all_texts_mut(&mut self) -> FoundMut<'_> {
        let mut out = Vec::new();
        self.texts_mut("", &mut out);
        out
    }
}
