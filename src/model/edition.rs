//! The reviews the widget shows: the bundled edition, compiled into the wasm
//! so the default view costs no extra request, or one file loaded at run time.

use std::collections::HashMap;

use super::load::parse_review;
use super::types::Review;
use super::validate::Problem;

/// The bundled edition's files (prepared by build.rs), in the order the
/// newspaper page printed them.
pub const BUNDLED: [(&str, &str); 2] = [
    (
        "data/cppcc-2023.json",
        include_str!(concat!(env!("OUT_DIR"), "/cppcc-2023.json")),
    ),
    (
        "data/npc-2023.json",
        include_str!(concat!(env!("OUT_DIR"), "/npc-2023.json")),
    ),
];

#[derive(Clone, Debug, PartialEq)]
pub struct Edition {
    pub reviews: Vec<Review>,
}

impl Edition {
    /// The bundled edition. Every rule (quotes against the source included)
    /// was proven on the complete files by `trunk build` (its pre_build hook
    /// runs `validate`) and by the test suite; build.rs only removes fields
    /// nothing refers to. So the widget only parses it: running the validator
    /// again in every reader's browser cost 5.4 KB gzip and could find nothing.
    pub fn bundled() -> Result<Edition, Vec<Problem>> {
        let mut reviews = Vec::new();
        for (file, json) in BUNDLED {
            let review = parse_review(json).map_err(|p| in_file(file, vec![p]))?;
            reviews.push(review);
        }
        Edition::new(reviews)
    }

    /// Reviews shown together share one page: the ids that become element
    /// ids and deep links (`metric-x`, `item-x`, `?review=`) must not repeat
    /// across them.
    pub fn new(reviews: Vec<Review>) -> Result<Edition, Vec<Problem>> {
        // A HashMap, not sorting: hashbrown is in the wasm already (Yew uses
        // it), and a sort's code would be new bytes. Synthetic editions have
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
            Ok(Edition { reviews })
        } else {
            Err(problems)
        }
    }

    pub fn review(&self, id: &str) -> Option<&Review> {
        self.reviews.iter().find(|r| r.id == id)
    }
}

fn in_file(file: &str, problems: Vec<Problem>) -> Vec<Problem> {
    problems
        .into_iter()
        .map(|p| Problem::new(format!("{file}: {}", p.path), p.message))
        .collect()
}
