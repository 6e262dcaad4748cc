//! The source article, as the quote check sees it: all whitespace removed,
//! because the printed page broke lines (and names) wherever its columns ended.

pub struct Source {
    stripped: String,
}

impl Source {
    pub fn new(text: &str) -> Self {
        Source {
            stripped: strip_whitespace(text),
        }
    }

    /// Is `fragment` (whitespace ignored) a non-empty part of the article?
    pub fn contains(&self, fragment: &str) -> bool {
        let fragment = strip_whitespace(fragment);
        !fragment.is_empty() && self.stripped.contains(&fragment)
    }
}

pub fn strip_whitespace(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}
