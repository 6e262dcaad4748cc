use yew::prelude::*;

use super::review_header::review_header;
use super::shared::{extra_button, Extra, ReviewRef};
use super::theme_group::{card, theme_group, CardStyle};
use crate::i18n::{t, Ui};
use crate::model::cards;
use crate::model::filter::Filter;

/// How many parts `overview` draws whole: a headline row per institution
/// (while no filter is set), and its theme groups.
pub fn overview_parts(reviews: &[ReviewRef], filter: &Filter) -> usize {
    let shown = reviews.iter().filter(|r| filter.shows_review(r));
    let rows = if filter.is_open() {
        shown.clone().count()
    } else {
        0
    };
    rows + shown.map(|r| cards::groups(r, filter).len()).sum::<usize>()
}

/// The opening view: both institutions' headline figures first (the page
/// reported both years together), then each institution's themes. Once the
/// reader filters, only what matches, grouped the same way. `parts` caps
/// how many of its parts (headline rows, then theme groups) are drawn: the
/// view built in steps before it takes the page over. (A view function: no
/// state.)
pub fn overview(
    reviews: &[ReviewRef],
    filter: &Filter,
    style: CardStyle<'_>,
    parts: Option<usize>,
) -> Html {
    let lang = style.lang;
    let shown: Vec<&ReviewRef> = reviews.iter().filter(|r| filter.shows_review(r)).collect();
    let mut room = parts.unwrap_or(usize::MAX);
    let headline_rows = filter.is_open().then(|| {
        let rows = shown.len().min(room);
        room -= rows;
        html! {
            <div class="hm-headlines">
                { for shown.iter().take(rows).map(|r| html! {
                    <section class={classes!("hm-review", format!("review-{}", r.id))} id={format!("review-{}", r.id)}
                        aria-labelledby={format!("title-{}", r.id)}>
                        { review_header(r, lang) }
                        <h3 class="hm-headline-heading">{ t(lang, Ui::Headline) }</h3>
                        { extra_button(Extra::Image, &format!("review-{}", r.id), lang) }
                        <div class="hm-cards hm-headline-row">
                            { for cards::headline(r).into_iter().map(|m| card(r, m, style, true)) }
                        </div>
                    </section>
                }) }
            </div>
        }
    });
    let themes: Html = shown
        .iter()
        .map(|r| {
            let mut groups = cards::groups(r, filter);
            groups.truncate(room);
            room -= groups.len();
            if groups.is_empty() {
                return html! {};
            }
            html! {
                <div class={classes!("hm-review-themes", format!("review-{}", r.id))} id={format!("themes-{}", r.id)}>
                    if !filter.is_open() {
                        { review_header(r, lang) }
                    }
                    { for groups.iter().map(|g| theme_group(r, g, style)) }
                </div>
            }
        })
        .collect();
    html! {
        <div class="hm-overview">
            { headline_rows.unwrap_or_default() }
            { themes }
        </div>
    }
}
