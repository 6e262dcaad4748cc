//! The reviews the widget shows: the bundled edition, compiled into the wasm
//! so the default view costs no extra request, or one file loaded at run time.

use super::load::load_review;
use super::types::Review;
use super::validate::Problem;

/// The bundled edition's files (minified by build.rs), in the order the
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
    /// The bundled edition. Its quotes were proven against the source by the
    /// test suite; at run time the structural rules are checked again, cheaply.
    pub fn bundled() -> Result<Edition, Vec<Problem>> {
        let mut reviews = Vec::new();
        for (file, json) in BUNDLED {
            let review = load_review(json, None).map_err(|problems| in_file(file, problems))?;
            reviews.push(review);
        }
        Ok(Edition { reviews })
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
