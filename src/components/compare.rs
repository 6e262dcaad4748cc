use yew::prelude::*;

use super::funnel::FunnelView;
use super::metric_card::MetricCard;
use super::review_header::ReviewHeader;
use super::shared::ReviewRef;
use crate::model::{cards, Lang};

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub reviews: Vec<ReviewRef>,
    pub lang: Lang,
}

/// The two institutions side by side: each one's headline figures and
/// pipelines in its own column (stacked on narrow screens).
#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="hm-compare">
            { for props.reviews.iter().map(|r| html! {
                <section class={classes!("hm-review", "hm-compare-column", format!("review-{}", r.id))}
                    id={format!("compare-{}", r.id)} aria-labelledby={format!("title-{}", r.id)}>
                    <ReviewHeader review={r.clone()} {lang} />
                    <div class="hm-cards hm-compare-cards">
                        { for cards::headline(r).into_iter().map(|m| html! {
                            <MetricCard key={m.id.clone()} review={r.clone()} metric={m.clone()} {lang} />
                        }) }
                    </div>
                    { for r.funnels.iter().map(|f| html! {
                        <FunnelView key={f.id.clone()} review={r.clone()} funnel={f.clone()} {lang} />
                    }) }
                </section>
            }) }
        </div>
    }
}
