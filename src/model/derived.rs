//! Figures computed from others (never typed in), in integer arithmetic so the
//! wasm carries no float formatting.

use super::types::{Derived, DerivedKind, Review};

/// A share in tenths of a percent, rounded half up: 311 of 387 → 804 (80.4%).
/// In u64 (u128 division would pull compiler builtins into the wasm):
/// exact for wholes up to 9.2 × 10^15; beyond, no share is shown.
pub fn share_permille(part: u64, whole: u64) -> Option<u64> {
    if whole == 0 || part > whole {
        return None;
    }
    let scaled = part.checked_mul(2000)?.checked_add(whole)?;
    Some(scaled / whole.checked_mul(2)?)
}

/// A derived figure, computed as its kind says: one variant per
/// `DerivedKind`, so a view that shows one names every kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Computed<'a> {
    Share(Share<'a>),
}

/// A share with its inputs resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Share<'a> {
    pub derived: &'a Derived,
    pub part: u64,
    pub whole: u64,
    pub permille: u64,
}

/// The figure `derived` computes from the review's figures; none when an
/// input is missing or the arithmetic has no answer (a part over its whole).
pub fn compute<'a>(review: &'a Review, derived: &'a Derived) -> Option<Computed<'a>> {
    let value = |id: &str| review.metrics.iter().find(|m| m.id == id).map(|m| m.value);
    match derived.kind {
        DerivedKind::Share => {
            let (part, whole) = (value(&derived.part)?, value(&derived.whole)?);
            Some(Computed::Share(Share {
                derived,
                part,
                whole,
                permille: share_permille(part, whole)?,
            }))
        }
    }
}
