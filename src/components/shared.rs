use std::ops::Deref;
use std::rc::Rc;

use crate::model::{Edition, Review};

/// A review of the loaded edition, cheap to pass as a prop: equality is
/// identity, so Yew does not compare whole reviews on every render.
#[derive(Clone, Debug)]
pub struct ReviewRef {
    edition: Rc<Edition>,
    index: usize,
}

impl ReviewRef {
    pub fn all(edition: &Rc<Edition>) -> Vec<ReviewRef> {
        (0..edition.reviews.len())
            .map(|index| ReviewRef {
                edition: edition.clone(),
                index,
            })
            .collect()
    }
}

impl Deref for ReviewRef {
    type Target = Review;

    fn deref(&self) -> &Review {
        &self.edition.reviews[self.index]
    }
}

impl PartialEq for ReviewRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.edition, &other.edition) && self.index == other.index
    }
}
