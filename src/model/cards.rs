//! The figures as the cards show them: which come first, how they group,
//! and the context (shares, funnels, restatements) each card carries.

use super::derived::{compute, Computed};
use super::filter::Filter;
use super::types::{Funnel, Item, Metric, Review, Section};

/// The figures the article leads with, in the order they are listed.
pub fn headline(review: &Review) -> Vec<&Metric> {
    review.metrics.iter().filter(|m| m.headline).collect()
}

/// Whether a review has a row in the year-at-a-glance band: only one with
/// headline figures (a row of none would be a heading over nothing).
pub fn in_glance(review: &Review) -> bool {
    review.metrics.iter().any(|m| m.headline)
}

/// One theme's figures: a section of the article with its cards and funnels.
#[derive(Debug)]
pub struct Group<'a> {
    pub section: &'a Section,
    pub metrics: Vec<&'a Metric>,
    pub funnels: Vec<&'a Funnel>,
}

/// The themes of a review in reading order, each with the figures the filter
/// lets through. In the opening view the headline figures stand in their own
/// row and are not repeated here; once the reader filters or searches, every
/// matching figure is shown in its theme.
pub fn groups<'a>(review: &'a Review, filter: &Filter) -> Vec<Group<'a>> {
    let unfiltered = filter.is_unfiltered();
    review
        .sections
        .iter()
        .map(|section| {
            let metrics: Vec<&Metric> = review
                .metrics
                .iter()
                .filter(|m| m.section == section.id && filter.fits_metric(review, m))
                .filter(|m| !(unfiltered && m.headline))
                .collect();
            let funnels = review
                .funnels
                .iter()
                .filter(|f| funnel_section(review, f) == Some(section.id.as_str()))
                .filter(|f| {
                    unfiltered || f.steps.iter().any(|s| metrics.iter().any(|m| m.id == *s))
                })
                .collect();
            Group {
                section,
                metrics,
                funnels,
            }
        })
        .filter(|g| !g.metrics.is_empty() || !g.funnels.is_empty())
        .collect()
}

/// A funnel belongs to the theme of its first step.
fn funnel_section<'a>(review: &'a Review, funnel: &Funnel) -> Option<&'a str> {
    let first = funnel.steps.first()?;
    review
        .metrics
        .iter()
        .find(|m| m.id == *first)
        .map(|m| m.section.as_str())
}

/// How many parts the opening view draws whole, in the order it draws them:
/// a row of the year-at-a-glance band for each institution that has one
/// (while nothing is filtered), then each review's theme groups. The view
/// that takes the prerendered page over is built one part per task.
pub fn overview_parts(reviews: &[Review], filter: &Filter) -> usize {
    let shown = || reviews.iter().filter(|r| filter.shows_review(r));
    let rows = if filter.is_unfiltered() {
        shown().filter(|r| in_glance(r)).count()
    } else {
        0
    };
    rows + shown().map(|r| groups(r, filter).len()).sum::<usize>()
}

/// How many figures the filter lets through, across reviews.
pub fn count(reviews: &[Review], filter: &Filter) -> usize {
    reviews
        .iter()
        .map(|r| {
            r.metrics
                .iter()
                .filter(|m| filter.fits_metric(r, m))
                .count()
        })
        .sum()
}

/// The derived figure a card shows under its number: one whose part this
/// figure is.
pub fn computed_for<'a>(review: &'a Review, metric: &Metric) -> Option<Computed<'a>> {
    review
        .derived
        .iter()
        .filter(|d| d.part == metric.id)
        .find_map(|d| compute(review, d))
}

/// The steps of a funnel, resolved, largest first.
pub fn funnel_steps<'a>(review: &'a Review, funnel: &Funnel) -> Vec<&'a Metric> {
    funnel
        .steps
        .iter()
        .filter_map(|id| review.metrics.iter().find(|m| m.id == *id))
        .collect()
}

/// A step's width in a funnel drawing, in tenths of a percent of the first step.
pub fn step_permille(step: u64, first: u64) -> u64 {
    super::derived::share_permille(step.min(first), first).unwrap_or(0)
}

/// Whether a timeline item and a figure go together: either may name the
/// other, and one naming is enough.
pub fn related(item: &Item, metric: &Metric) -> bool {
    metric.items.contains(&item.id) || item.metrics.contains(&metric.id)
}

/// The timeline items a figure is about, in the review's order.
pub fn related_items<'a>(review: &'a Review, metric: &Metric) -> Vec<&'a Item> {
    review.items.iter().filter(|i| related(i, metric)).collect()
}

/// The figures about a timeline item, in the review's order.
pub fn related_figures<'a>(review: &'a Review, item: &Item) -> Vec<&'a Metric> {
    review.metrics.iter().filter(|m| related(item, m)).collect()
}
