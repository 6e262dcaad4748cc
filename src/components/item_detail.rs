use yew::prelude::*;

use super::shared::{extra_button, translation, waiting_line, Extra, ExtraFor, ReviewRef};
use super::theme_group::{card, CardStyle};
use crate::model::params::{key, link};
use crate::model::{cards, ids, Bilingual, Item, Lang};
use crate::state::{Action, State};
use crate::words::widget::{kind, t, when, Ui};

/// The selected item in full: when, what kind, the sentence it comes from,
/// and the figures about it. Escape (or the close button) closes it and the
/// timeline takes focus back. (A view function: no state.)
pub fn item_detail(
    review: &ReviewRef,
    item: &Item,
    lang: Lang,
    dispatch: &UseReducerDispatcher<State>,
) -> Html {
    let section = review.section(&item.section);
    let meta = crate::model::format::join(
        [
            review.short_name.in_lang(lang),
            section.map_or("", |s| s.label.in_lang(lang)),
            kind(lang, item.kind),
            &when(&item.when, lang),
        ],
        " · ",
    );
    let metrics = cards::related_figures(review, item);
    let close = {
        let d = dispatch.clone();
        Callback::from(move |_| d.dispatch(Action::CloseDetail))
    };
    let style = CardStyle {
        lang,
        animate: false,
        highlight: None,
    };
    html! {
        // Its review's class: the linked figures take their institution's colour.
        <section class={classes!("hm-detail", "hm-inst", format!("review-{}", review.id))} id="hm-detail" aria-labelledby="hm-detail-title">
            <p class="hm-detail-meta">{ meta }</p>
            <h3 class="hm-detail-title" id="hm-detail-title" tabindex="-1">{ item.title.in_lang(lang) }</h3>
            // The items' quotes come right after the widget is ready.
            if item.quote.zh.is_empty() {
                { waiting_line(lang) }
            } else {
                <blockquote lang="zh-CN">{ &item.quote.zh }</blockquote>
                if lang == Lang::En {
                    <p class="hm-translation">{ translation(&item.quote.en) }</p>
                }
            }
            if !metrics.is_empty() {
                <h4 class="hm-detail-sub">{ t(lang, Ui::LinkedFigures) }</h4>
                <div class="hm-cards">{ for metrics.into_iter().map(|m| card(review, m, style, false)) }</div>
            }
            { extra_button(Extra::Share, ExtraFor {
                id: &ids::item_element(&item.id),
                link: Some(link(&[(key::ITEM, &item.id)])),
                review: None,
            }, lang) }
            <button type="button" class="hm-segment hm-detail-close" onclick={close}>{ t(lang, Ui::Close) }</button>
        </section>
    }
}
