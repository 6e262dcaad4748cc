use yew::prelude::*;

use super::shared::EditionRef;
use crate::model::filter::Filter;
use crate::model::timeline::LaidOut;
use crate::model::{Bilingual, Lang};
use crate::words::widget::{items_count, kind, t, when, Ui};

#[derive(Properties, PartialEq)]
pub struct TimelineTextProps {
    pub edition: EditionRef,
    pub lang: Lang,
}

/// The whole timeline as a plain list, in time order with honest dates, for
/// pages without JavaScript (`publish` writes it into `<noscript>`).
/// The same order, dates and names as the list view, from the same model.
#[component]
pub fn TimelineText(props: &TimelineTextProps) -> Html {
    let (reviews, lang) = (&props.edition.0.reviews, props.lang);
    let laid_out = LaidOut::new(reviews, &Filter::default(), false);
    let order = &laid_out.layout.time_order;
    html! {
        <section class="hm-list-section hm-timeline-text" aria-labelledby="hm-timeline-text">
            <h2 class="hm-list-heading" id="hm-timeline-text">
                { t(lang, Ui::Timeline) }<span class="hm-count">{ format!(" · {}", items_count(lang, order.len())) }</span>
            </h2>
            <ol class="hm-list">
                { for order.iter().map(|&n| {
                    let item = laid_out.item(reviews, n);
                    let review = &reviews[laid_out.refs[laid_out.layout.placed[n].index].0];
                    html! {
                        <li class={format!("hm-list-item hm-inst review-{}", review.id)}>
                            <span class="hm-list-date">{ when(&item.when, lang) }</span>
                            <span class="hm-list-title">{ item.title.in_lang(lang) }</span>
                            <span class="hm-list-meta">{ format!("{} · {}", review.short_name.in_lang(lang), kind(lang, item.kind)) }</span>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
