use yew::prelude::*;

use super::item_detail::item_detail;
use super::shared::{key_step, BuiltRef, EditionRef, ReviewRef};
use crate::host;
use crate::i18n::{items_count, kind, t, Ui};
use crate::model::format::when;
use crate::model::timeline::list_window;
use crate::model::{Bilingual, Lang};
use crate::state::{Action, State};

/// Up to this many items the whole list is in the page (so it prints whole);
/// beyond it, only the rows on screen are.
const WINDOW_ABOVE: usize = 400;
const ROW_PX: i64 = 72;

#[derive(Properties, PartialEq)]
pub struct ListProps {
    pub edition: EditionRef,
    pub built: BuiltRef,
    pub lang: Lang,
    pub selected: Option<String>,
    pub detail: bool,
    pub dispatch: UseReducerDispatcher<State>,
}

/// The timeline's items in time order, as a list: the accessible and
/// printable form, with the same selection and keys as the drawing.
#[component]
pub fn ListView(props: &ListProps) -> Html {
    let (lang, built, reviews) = (props.lang, &props.built.0, &props.edition.0.reviews);
    let layout = &built.layout;
    let list = use_node_ref();
    let window = use_state_eq(|| (0i64, 2000i64));
    let focus_selected = use_mut_ref(|| false);
    // When a key last moved the selection: for a short while after, focus
    // that a re-render dropped is put back on the selected item.
    // A deep link (`?item=`) counts as such a move: the page opens with focus on it.
    let keyed_at = use_mut_ref(|| {
        if props.selected.is_some() {
            host::now_ms()
        } else {
            f64::NEG_INFINITY
        }
    });
    {
        let (keyed_at, selected) = (keyed_at.clone(), props.selected.clone());
        use_effect(move || {
            if let Some(id) = selected.filter(|_| host::now_ms() - *keyed_at.borrow() < 1500.0) {
                host::restore_focus(&format!("item-{id}"));
            }
        });
    }
    let count = layout.time_order.len();
    let windowed = count > WINDOW_ABOVE;
    {
        let (list, window) = (list.clone(), window.clone());
        use_effect_with(windowed, move |windowed| {
            let measure = move || {
                if let Some(el) = list.cast::<web_sys::Element>() {
                    let top = -(el.get_bounding_client_rect().top() as i64);
                    window.set((top, top + host::window_height()));
                }
            };
            measure();
            let listening = (*windowed)
                .then(host::window_target)
                .flatten()
                .map(|w| host::listen(&w, &["scroll", "resize"], true, move |_| measure()));
            move || drop(listening)
        });
    }
    {
        let focus_selected = focus_selected.clone();
        use_effect_with(
            (props.selected.clone(), props.detail),
            move |(selected, detail)| {
                if std::mem::take(&mut *focus_selected.borrow_mut()) {
                    if let Some(id) = selected {
                        host::focus_nearest(&format!("item-{id}"));
                    }
                } else if *detail {
                    host::focus_nearest("hm-detail-title");
                }
            },
        );
    }
    let selected_placed = props
        .selected
        .as_deref()
        .and_then(|id| built.find(reviews, id));
    let tab_stop = selected_placed.or(layout.first());
    let onkeydown = {
        let (d, built, edition, focus_selected) = (
            props.dispatch.clone(),
            built.clone(),
            props.edition.0.clone(),
            focus_selected.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                *focus_selected.borrow_mut() = true;
                d.dispatch(Action::CloseDetail);
                return;
            }
            if let Some(to) = key_step(&built.layout, selected_placed, &e.key()) {
                e.prevent_default();
                *keyed_at.borrow_mut() = host::now_ms();
                *focus_selected.borrow_mut() = true;
                d.dispatch(Action::Select {
                    id: built.item(&edition.reviews, to).id.clone(),
                    open: false,
                });
            }
        })
    };
    let mut range = if windowed {
        list_window(count, ROW_PX, window.0, window.1, 10)
    } else {
        0..count
    };
    // The selected row stays in the page, so focus can always follow it.
    let selected_rank = selected_placed.and_then(|p| layout.rank(p));
    let row = |rank: usize| {
        let n = layout.time_order[rank];
        let item = built.item(reviews, n);
        let review = &reviews[built.refs[layout.placed[n].index].0];
        let section = review
            .sections
            .iter()
            .find(|s| s.id == item.section)
            .map(|s| s.label.in_lang(lang))
            .unwrap_or("");
        let selected = Some(n) == selected_placed;
        let style = windowed.then(|| {
            format!(
                "position:absolute;top:{}px;left:0;right:0;height:{ROW_PX}px",
                rank as i64 * ROW_PX
            )
        });
        html! {
            <li key={item.id.clone()} {style} class={format!("review-{}", review.id)}>
                <button type="button" id={format!("item-{}", item.id)} class="hm-list-item"
                    tabindex={if Some(n) == tab_stop { "0" } else { "-1" }} aria-current={selected.then_some("true")}>
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
    let detail = match (props.detail, selected_placed) {
        (true, Some(p)) => {
            let (r, _) = built.refs[layout.placed[p].index];
            item_detail(
                &ReviewRef::all(&props.edition.0)[r],
                built.item(reviews, p),
                lang,
                &props.dispatch,
            )
        }
        _ => html! {},
    };
    // Focus is in the panel after Enter or a deep link: Escape there closes it
    // and gives focus back to the item.
    let on_detail_key = {
        let (d, focus_selected) = (props.dispatch.clone(), focus_selected.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                *focus_selected.borrow_mut() = true;
                d.dispatch(Action::CloseDetail);
            }
        })
    };
    // One listener for every row (see `host::clicked_item`).
    let onclick = {
        let d = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(id) = host::clicked_item(&e, ".hm-list-item") {
                d.dispatch(Action::Select { id, open: true });
            }
        })
    };
    html! {
        <section class="hm-list-section" aria-labelledby="hm-list-heading">
            <h2 class="hm-list-heading" id="hm-list-heading">
                { t(lang, Ui::List) }<span class="hm-count">{ format!(" · {}", items_count(lang, count)) }</span>
            </h2>
            <p class="hm-help">{ t(lang, Ui::TimelineHelp) }</p>
            <ol class={classes!("hm-list", windowed.then_some("is-windowed"))} ref={list} {onkeydown} {onclick}
                style={windowed.then(|| format!("height:{}px", count as i64 * ROW_PX))}>
                { for rows }
            </ol>
            if count == 0 {
                <p class="hm-empty" role="status">{ t(lang, Ui::NoItems) }</p>
            }
            <div onkeydown={on_detail_key}>{ detail }</div>
        </section>
    }
}
