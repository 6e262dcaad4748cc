use std::rc::Rc;

use yew::prelude::*;

use super::selection::{use_selection, ItemsProps};
use crate::host;
use crate::model::timeline::{list_window, Area};
use crate::model::{ids, Bilingual};
use crate::words::widget::{items_count, kind, t, when, Ui};

/// Up to this many items the whole list is in the page (so it prints whole);
/// beyond it, only the rows on screen are.
const WINDOW_ABOVE: usize = 400;
/// Each row of a windowed list (set on the row), so the rows on screen
/// follow from the scroll position alone.
const LIST_ROW_PX: i64 = 72;
/// Rows drawn above and below the screen, so fast scrolling shows no gaps.
const LIST_OVERSCAN_PX: i64 = 10 * LIST_ROW_PX;

/// The timeline's items in time order, as a list: the accessible and
/// printable form, with the same selection and keys as the drawing.
#[component]
pub fn ListView(props: &ItemsProps) -> Html {
    let (lang, laid_out, reviews) = (props.lang, &props.laid_out.0, &props.edition.0.reviews);
    let layout = &laid_out.layout;
    let list = use_node_ref();
    let sel = use_selection(props, ".hm-list-item");
    let count = layout.time_order.len();
    let windowed = count > WINDOW_ABOVE;
    // The rows drawn (in pixels from the list's top) are a column of the
    // timeline's `Area`: guessed for the first drawing, drawn again only when
    // the screen leaves them.
    let drawn = use_state_eq(|| {
        let row = sel
            .placed
            .and_then(|p| layout.rank(p))
            .map(|rank| ((0, rank as i64 * LIST_ROW_PX), (0, LIST_ROW_PX)));
        Area::first(row, host::window_height(), 0, LIST_OVERSCAN_PX)
    });
    let drawn_now = use_mut_ref(|| *drawn);
    *drawn_now.borrow_mut() = *drawn;
    {
        let (list, drawn) = (list.clone(), drawn.clone());
        use_effect_with(windowed, move |windowed| {
            let measure = move || {
                if let Some(el) = list.cast::<web_sys::Element>() {
                    let top = -(el.get_bounding_client_rect().top() as i64);
                    let screen = Area {
                        top,
                        bottom: top + host::window_height(),
                        left: 0,
                        right: 0,
                    };
                    if !drawn_now.borrow().covers(&screen) {
                        drawn.set(screen.overscan(LIST_OVERSCAN_PX));
                    }
                }
            };
            let listening = (*windowed).then(host::window_target).flatten().map(|w| {
                let measure = Rc::new(measure);
                // After the first frame: a deep link scrolls to its row first.
                host::next_frame({
                    let measure = measure.clone();
                    move || measure()
                });
                host::listen(&w, &["scroll", "resize"], true, move |_| measure())
            });
            move || drop(listening)
        });
    }
    let mut range = if windowed {
        list_window(count, LIST_ROW_PX, drawn.top, drawn.bottom, 0)
    } else {
        0..count
    };
    // The row that takes Tab (the selected one, else the first) stays in the
    // page, so focus can always reach and follow it.
    let selected_rank = sel.tab_stop.and_then(|p| layout.rank(p));
    let row = |rank: usize| {
        let n = layout.time_order[rank];
        let item = laid_out.item(reviews, n);
        let review = &reviews[laid_out.refs[layout.placed[n].index].0];
        let section = review
            .sections
            .iter()
            .find(|s| s.id == item.section)
            .map(|s| s.label.in_lang(lang))
            .unwrap_or("");
        let selected = Some(n) == sel.placed;
        let style = windowed.then(|| {
            format!(
                "position:absolute;top:{}px;left:0;right:0;height:{LIST_ROW_PX}px",
                rank as i64 * LIST_ROW_PX
            )
        });
        html! {
            <li key={item.id.clone()} {style} class={format!("hm-inst review-{}", review.id)}>
                <button type="button" id={ids::item_element(&item.id)} class="hm-list-item"
                    tabindex={if Some(n) == sel.tab_stop { "0" } else { "-1" }} aria-current={selected.then_some("true")}>
                    <span class="hm-list-date">{ when(&item.when, lang) }</span>
                    <span class="hm-list-title">{ item.title.in_lang(lang) }</span>
                    <span class="hm-list-meta">{ format!("{} · {} · {}", review.short_name.in_lang(lang), section, kind(lang, item.kind)) }</span>
                </button>
            </li>
        }
    };
    // In rank order, so the selected row never changes places (a moved
    // element loses focus).
    let mut ranks: Vec<usize> = range.by_ref().collect();
    if let Some(r) = selected_rank.filter(|r| !ranks.contains(r)) {
        let at = ranks.partition_point(|x| *x < r);
        ranks.insert(at, r);
    }
    let rows: Vec<Html> = ranks.into_iter().map(row).collect();
    html! {
        <section class="hm-list-section" aria-labelledby="hm-list-heading">
            <h2 class="hm-list-heading" id="hm-list-heading">
                { t(lang, Ui::List) }<span class="hm-count">{ format!(" · {}", items_count(lang, count)) }</span>
            </h2>
            <p class="hm-help">{ t(lang, Ui::TimelineHelp) }</p>
            <ol class={classes!("hm-list", windowed.then_some("is-windowed"))} ref={list} onkeydown={sel.onkeydown} onclick={sel.onclick}
                style={windowed.then(|| format!("height:{}px", count as i64 * LIST_ROW_PX))}>
                { for rows }
            </ol>
            if count == 0 {
                <p class="hm-empty" role="status">{ t(lang, Ui::NoItems) }</p>
            }
            { sel.detail }
        </section>
    }
}
