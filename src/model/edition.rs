//! The reviews the widget shows: the bundled edition, compiled into the wasm
//! so the default view costs no extra request, or one file loaded at run time.

use std::collections::HashMap;

use super::pack::unpack;
use super::types::{Item, Review, Section};
use super::validate::Problem;

/// The bundled edition, packed by build.rs (see `pack.rs`).
const BUNDLED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/edition.bin"));

#[derive(Clone, Debug, PartialEq)]
pub struct Edition {
    pub reviews: Vec<Review>,
    /// Compiled into the widget (its CSV and JSON are built beside it), not
    /// a `?data=` file.
    pub bundled: bool,
}

impl Edition {
    /// The bundled edition (Chinese; see `src/bundle.rs`). Every rule, quotes
    /// against the source included, was proven on the complete files by
    /// `trunk build` (its pre_build hook runs `validate`) and by the test
    /// suite, which also checks that the reviews' ids do not collide; build.rs
    /// only cut and packed them.
    pub fn bundled() -> Result<Edition, Vec<Problem>> {
        unpack(BUNDLED)
            .map(|reviews| Edition {
                reviews,
                bundled: true,
            })
            .map_err(|_| vec![Problem::new("", "the bundled data is damaged")])
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
                bundled: false,
            })
        } else {
            Err(problems)
        }
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
    /// A section (a theme) by id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }
}
