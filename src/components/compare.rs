use yew::prelude::*;

use super::funnel::funnel_view;
use super::review_header::review_header;
use super::shared::ReviewRef;
use super::theme_group::{card, CardStyle};
use crate::model::cards;

/// The two institutions side by side: each one's headline figures and
/// pipelines in its own column. (A view function: no state.)
pub fn compare(reviews: &[ReviewRef], style: CardStyle<'_>) -> Html {
    let style = CardStyle {
        animate: false,
        highlight: None,
        ..style
    };
    html! {
        <div class="hm-compare">
            { for reviews.iter().map(|r| html! {
                <section class={classes!("hm-review", "hm-compare-column", "hm-inst", format!("review-{}", r.id))}
                    id={format!("compare-{}", r.id)} aria-labelledby={format!("title-{}", r.id)}>
                    { review_header(r, style.lang) }
                    <div class="hm-cards hm-compare-cards">
                        { for cards::headline(r).into_iter().map(|m| card(r, m, style, false)) }
                    </div>
                    { for r.funnels.iter().map(|f| funnel_view(r, f, style.lang)) }
                </section>
            }) }
        </div>
    }
}
