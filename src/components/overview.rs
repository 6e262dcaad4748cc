use yew::prelude::*;

use super::review_header::review_header;
use super::shared::{extra_button, Extra, ExtraFor, ReviewRef};
use super::theme_group::{card, theme_group, CardStyle};
use crate::model::cards;
use crate::model::filter::Filter;
use crate::model::Bilingual;
use crate::words::widget::{t, Ui};

/// The opening view: the year at a glance first, one band holding both
/// institutions' headline figures (the page reported both years together, and
/// a reader's first screen should hold the story), then each institution's
/// review: the article's header and its themes. Once the reader filters, only
/// what matches, grouped the same way. `parts` caps how many of its parts
/// (`cards::overview_parts`) are drawn: the view built in steps before it
/// takes the page over. (A view function: no state.)
pub fn overview(
    reviews: &[ReviewRef],
    filter: &Filter,
    style: CardStyle<'_>,
    parts: Option<usize>,
) -> Html {
    let lang = style.lang;
    let shown: Vec<&ReviewRef> = reviews.iter().filter(|r| filter.shows_review(r)).collect();
    let mut room = parts.unwrap_or(usize::MAX);
    let glance: Vec<&&ReviewRef> = shown.iter().filter(|r| cards::in_glance(r)).collect();
    let band = (filter.is_unfiltered() && !glance.is_empty()).then(|| {
        let rows = glance.len().min(room);
        room -= rows;
        html! {
            <section class="hm-glance" aria-labelledby="hm-glance-heading">
                <h2 class="hm-glance-heading" id="hm-glance-heading">{ t(lang, Ui::Headline) }</h2>
                { for glance.iter().take(rows).map(|r| html! {
                    <div class={classes!("hm-glance-row", "hm-inst", format!("review-{}", r.id))} id={format!("glance-{}", r.id)}>
                        <div class="hm-glance-kicker">
                            <h3>{ r.short_name.in_lang(lang) }</h3>
                            { extra_button(Extra::Menu, ExtraFor::in_review(&format!("glance-{}", r.id), None, r, lang), lang) }
                        </div>
                        <div class="hm-cards hm-headline-row">
                            { for cards::headline(r).into_iter().map(|m| card(r, m, style, true)) }
                        </div>
                    </div>
                }) }
            </section>
        }
    });
    let reviews: Html = shown
        .iter()
        .map(|r| {
            let mut groups = cards::groups(r, filter);
            groups.truncate(room);
            room -= groups.len();
            if groups.is_empty() {
                return html! {};
            }
            html! {
                <section class={classes!("hm-review", "hm-inst", format!("review-{}", r.id))} id={format!("review-{}", r.id)}
                    aria-labelledby={format!("title-{}", r.id)}>
                    { review_header(r, lang) }
                    { for groups.iter().map(|g| theme_group(r, g, style)) }
                </section>
            }
        })
        .collect();
    html! {
        <div class="hm-overview">
            { band.unwrap_or_default() }
            { reviews }
        </div>
    }
}
