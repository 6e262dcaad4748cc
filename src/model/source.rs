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

    /// How many places of the article hold `fragment` (whitespace ignored;
    /// overlapping places count: "办结1602件" is printed in the lead and in
    /// the body).
    pub fn occurrences(&self, fragment: &str) -> usize {
        let fragment = strip_whitespace(fragment);
        if fragment.is_empty() {
            return 0;
        }
        let step = fragment.chars().next().map_or(1, char::len_utf8);
        let (mut count, mut from) = (0, 0);
        while let Some(at) = self.stripped[from..].find(&fragment) {
            count += 1;
            from += at + step;
        }
        count
    }
}

pub fn strip_whitespace(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}
