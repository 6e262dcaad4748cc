//! Which figures and timeline items a reader asked for: an institution, a
//! theme, a search. One predicate shared by every view.

use super::lang::Bilingual;
use super::source::strip_whitespace;
use super::types::{Item, Metric, Review, Section, Text};

/// A theme is a section of one review: section ids repeat across reviews
/// ("lead", "outlook"), so the key names both.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ThemeKey {
    pub review: String,
    pub section: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub review: Option<String>,
    pub theme: Option<ThemeKey>,
    pub query: String,
}

impl Filter {
    /// Nothing filtered: no institution, theme or search (the opening view).
    pub fn is_unfiltered(&self) -> bool {
        self.review.is_none() && self.theme.is_none() && self.query.trim().is_empty()
    }

    pub fn shows_review(&self, review: &Review) -> bool {
        self.review.as_ref().is_none_or(|id| *id == review.id)
            && self.theme.as_ref().is_none_or(|t| t.review == review.id)
    }

    pub fn fits_metric(&self, review: &Review, metric: &Metric) -> bool {
        if !self.shows_review(review) {
            return false;
        }
        if let Some(theme) = &self.theme {
            if theme.section != metric.section {
                return false;
            }
        }
        let section = review.section(&metric.section);
        let texts: [&str; 7] = [
            &metric.label.zh,
            &metric.label.en,
            &metric.unit.zh,
            &metric.unit.en,
            &metric.quote.zh,
            &metric.quote.en,
            section.map(|s| s.label.zh.as_str()).unwrap_or(""),
        ];
        let section_en = section.map(|s| s.label.en.as_str()).unwrap_or("");
        // A number searched for is the figure's own: a quote may hold the
        // other figures of its sentence (1813 is quoted with 1841, 1866 and 1602).
        Query::new(&self.query).matches(
            texts.iter().copied().chain([section_en]),
            Some(&metric.value.to_string()),
        )
    }
}

impl Filter {
    /// The same rules for a timeline item: institution, theme (its section),
    /// and the search over its title, quote, and the theme's name.
    pub fn fits_item(&self, review: &Review, item: &Item) -> bool {
        if !self.shows_review(review) {
            return false;
        }
        if self
            .theme
            .as_ref()
            .is_some_and(|t| t.section != item.section)
        {
            return false;
        }
        let section = review.section(&item.section);
        let texts = [
            item.title.zh.as_str(),
            item.title.en.as_str(),
            item.quote.zh.as_str(),
            item.quote.en.as_str(),
            section.map(|s| s.label.zh.as_str()).unwrap_or(""),
            section.map(|s| s.label.en.as_str()).unwrap_or(""),
        ];
        Query::new(&self.query).matches(texts.into_iter(), None)
    }
}

/// A search as typed: Chinese is matched as a substring (it has no spaces
/// between words); other text word by word, every word somewhere.
struct Query {
    words: Vec<String>,
}

impl Query {
    fn new(raw: &str) -> Query {
        Query {
            words: raw
                .split_whitespace()
                .map(str::to_ascii_lowercase)
                .collect(),
        }
    }

    /// Every word typed is in the texts; for a figure (`value`), a number
    /// typed must be in its own value instead.
    fn matches<'a>(&self, texts: impl Iterator<Item = &'a str>, value: Option<&str>) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let haystack = Query::haystack(texts);
        self.words.iter().all(|w| match value {
            Some(v) if w.bytes().all(|b| b.is_ascii_digit()) => v.contains(w.as_str()),
            _ => haystack.contains(w.as_str()),
        })
    }

    /// The texts as one searchable string. Quotes may break lines; the
    /// reader's search does not.
    fn haystack<'a>(texts: impl Iterator<Item = &'a str>) -> String {
        super::format::join(
            texts.map(|t| strip_whitespace(t).to_ascii_lowercase()),
            "\u{1F}",
        )
    }
}

/// The themes a reader can pick (sections with figures or items), in reading
/// order, with their labels.
pub fn themes<'a>(
    reviews: impl IntoIterator<Item = &'a Review>,
) -> Vec<(ThemeKey, &'a Text, &'a Review)> {
    reviews
        .into_iter()
        .flat_map(|r| {
            r.sections
                .iter()
                .filter(|s| {
                    r.metrics.iter().any(|m| m.section == s.id)
                        || r.items.iter().any(|i| i.section == s.id)
                })
                .map(move |s: &Section| {
                    (
                        ThemeKey {
                            review: r.id.clone(),
                            section: s.id.clone(),
                        },
                        &s.label,
                        r,
                    )
                })
        })
        .collect()
}

/// "区政协 · 服务大局": a theme's label with its institution, for a chip.
pub fn theme_name(review: &Review, label: &Text, lang: super::Lang) -> String {
    format!(
        "{} · {}",
        review.short_name.in_lang(lang),
        label.in_lang(lang)
    )
}
