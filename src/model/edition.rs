//! The reviews the widget shows: a published edition's (its page names its
//! packed data, which `publish` wrote from checked files), or one file
//! loaded at run time with `?data=`.

use std::collections::HashMap;

use super::types::{Item, Review, Section, Verbatim};
use super::validate::Problem;

crate::packed! {
    /// The timeline items' quotes of one review, in the items' order. They
    /// travel in a file of their own, fetched once the widget is ready: only
    /// an item's details show them, and a search waits for them, so readers
    /// do not wait for them before the widget answers.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ItemQuotes {
        pub review: String,
        pub quotes: Vec<Verbatim>,
    }
}

/// Takes the items' quotes out of the reviews (`publish`'s side).
pub fn take_item_quotes(reviews: &mut [Review]) -> Vec<ItemQuotes> {
    reviews
        .iter_mut()
        .map(|r| ItemQuotes {
            review: r.id.clone(),
            quotes: r
                .items
                .iter_mut()
                .map(|i| {
                    std::mem::replace(
                        &mut i.quote,
                        Verbatim {
                            zh: String::new(),
                            en: String::new(),
                        },
                    )
                })
                .collect(),
        })
        .collect()
}

/// Every figure as CSV, in a published edition's folder (`publish` writes
/// it; the widget's footer links it).
pub const FIGURES_CSV: &str = "figures.csv";

#[derive(Clone, Debug, PartialEq)]
pub struct Edition {
    pub reviews: Vec<Review>,
    /// A published edition's folder, relative to the page (`""` or
    /// `"2023/"`): its CSV and review files are there to take away. `None`
    /// for a `?data=` file, which has no such files.
    pub published: Option<String>,
    /// The items' quotes' file still to fetch (`ItemQuotes`), relative to the
    /// page; `None` once they are in, or when they came with the reviews.
    pub quotes_to_come: Option<String>,
}

impl Edition {
    /// The default edition (`data/edition.json`) as the Chinese page shows
    /// it: the native tests' edition.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn bundled() -> Result<Edition, Vec<Problem>> {
        crate::bundle::edition(super::Lang::Zh)
    }

    /// Reviews shown together share one page: the ids that become element
    /// ids and deep links (`metric-x`, `item-x`, `?review=`) must not repeat
    /// across them.
    pub fn new(reviews: Vec<Review>) -> Result<Edition, Vec<Problem>> {
        // A HashMap, not sorting: the wasm carries a hash map already, and a
        // sort would add code of its own. Synthetic editions have
        // 10,000 items, so repeats are found in O(n).
        let mut seen: HashMap<(&str, &str), &str> = HashMap::new();
        let mut problems = Vec::new();
        for review in &reviews {
            let ids = std::iter::once(("review", review.id.as_str()))
                .chain(review.metrics.iter().map(|m| ("metric", m.id.as_str())))
                .chain(review.items.iter().map(|i| ("item", i.id.as_str())));
            for (kind, id) in ids {
                if let Some(first) = seen.insert((kind, id), &review.id) {
                    problems.push(Problem::new(
                        format!("{}: id", review.id),
                        format!("the {kind} id \"{id}\" is also used in review \"{first}\""),
                    ));
                }
            }
        }
        if problems.is_empty() {
            Ok(Edition {
                reviews,
                published: None,
                quotes_to_come: None,
            })
        } else {
            Err(problems)
        }
    }

    /// Pours the items' quotes in (`take_item_quotes`' other side). Quotes
    /// of another edition, or of another version of it, are refused rather
    /// than put on the wrong items.
    pub fn pour_item_quotes(&mut self, quotes: Vec<ItemQuotes>) -> Result<(), String> {
        let fits = quotes.len() == self.reviews.len()
            && self
                .reviews
                .iter()
                .zip(&quotes)
                .all(|(r, q)| r.id == q.review && r.items.len() == q.quotes.len());
        if !fits {
            return Err("the items' quotes are not this edition's".into());
        }
        for (review, quotes) in self.reviews.iter_mut().zip(quotes) {
            for (item, quote) in review.items.iter_mut().zip(quotes.quotes) {
                item.quote = quote;
            }
        }
        self.quotes_to_come = None;
        Ok(())
    }

    pub fn review(&self, id: &str) -> Option<&Review> {
        self.reviews.iter().find(|r| r.id == id)
    }

    /// A timeline item by id, with its review (ids are unique in an edition).
    pub fn item(&self, id: &str) -> Option<(&Review, &Item)> {
        self.reviews
            .iter()
            .find_map(|r| Some((r, r.items.iter().find(|i| i.id == id)?)))
    }

    /// Whether a figure with this id is in the edition.
    pub fn has_metric(&self, id: &str) -> bool {
        self.reviews
            .iter()
            .any(|r| r.metrics.iter().any(|m| m.id == id))
    }
}

impl Review {
    /// The name of the review's data file: `validate` holds an edition's
    /// files to it, and the published page links it by this name.
    pub fn file_name(&self) -> String {
        format!("{}-{}.json", self.id, self.year)
    }

    /// A section (a theme) by id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }
}
