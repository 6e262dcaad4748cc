use yew::prelude::*;

use super::item_detail::item_detail;
use super::shared::{key_step, EditionRef, LaidOutRef, ReviewRef};
use crate::host;
use crate::model::{ids, Lang};
use crate::state::{Action, State};

/// What the timeline drawing and the list share: the keyboard contract,
/// focus that follows the selection, one click listener for every item, and
/// the detail panel.
pub struct Selection {
    /// The selected item's place in the layout.
    pub placed: Option<usize>,
    /// The item that takes Tab: the selected one, else the first in time.
    pub tab_stop: Option<usize>,
    pub onkeydown: Callback<KeyboardEvent>,
    pub onclick: Callback<MouseEvent>,
    /// The detail panel when it is open (Escape in it closes it and gives
    /// focus back to the item), else nothing.
    pub detail: Html,
}

/// The items' views (the drawing and the list) are drawn from these.
#[derive(Properties, Clone, PartialEq)]
pub struct ItemsProps {
    pub edition: EditionRef,
    pub laid_out: LaidOutRef,
    pub lang: Lang,
    pub selected: Option<String>,
    pub detail: bool,
    pub dispatch: UseReducerDispatcher<State>,
}

/// `item_class` is the class of the items' elements (their ids from
/// `model::ids::item_element`), whose clicks select.
#[hook]
pub fn use_selection(items: &ItemsProps, item_class: &'static str) -> Selection {
    let ItemsProps {
        edition,
        laid_out,
        lang,
        selected,
        detail,
        dispatch,
    } = items.clone();
    let focus_selected = use_mut_ref(|| false);
    // When a key last moved the selection: for a short while after, focus
    // that a re-render dropped is put back on the selected item (Yew moves
    // keyed elements, and a moved element loses focus).
    // A deep link (`?item=`) counts as such a move: the page opens with focus on it.
    let keyed_at = use_mut_ref(|| {
        if selected.is_some() {
            host::now_ms()
        } else {
            f64::NEG_INFINITY
        }
    });
    {
        let (keyed_at, selected) = (keyed_at.clone(), selected.clone());
        use_effect(move || {
            if let Some(id) = selected.filter(|_| host::now_ms() - *keyed_at.borrow() < 1500.0) {
                host::restore_focus(&ids::item_element(&id));
            }
        });
    }
    // After a key moved the selection, focus follows it; an opened panel takes it.
    {
        let focus_selected = focus_selected.clone();
        use_effect_with((selected.clone(), detail), move |(selected, detail)| {
            if std::mem::take(&mut *focus_selected.borrow_mut()) {
                if let Some(id) = selected {
                    host::focus_nearest(&ids::item_element(id));
                }
            } else if *detail {
                host::focus_nearest("hm-detail-title");
            }
        });
    }
    let (reviews, layout) = (&edition.0.reviews, &laid_out.0.layout);
    let placed = selected
        .as_deref()
        .and_then(|id| laid_out.0.find(reviews, id));
    let onkeydown = {
        let (d, laid_out, edition, focus_selected) = (
            dispatch.clone(),
            laid_out.clone(),
            edition.clone(),
            focus_selected.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                *focus_selected.borrow_mut() = true;
                d.dispatch(Action::CloseDetail);
                return;
            }
            if let Some(to) = key_step(&laid_out.0.layout, placed, &e.key()) {
                e.prevent_default();
                *keyed_at.borrow_mut() = host::now_ms();
                *focus_selected.borrow_mut() = true;
                d.dispatch(Action::Select {
                    id: laid_out.0.item(&edition.0.reviews, to).id.clone(),
                    open: false,
                });
            }
        })
    };
    // One listener for every item (see `host::clicked_item`).
    let onclick = {
        let d = dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(id) = host::clicked_item(&e, item_class) {
                d.dispatch(Action::Select { id, open: true });
            }
        })
    };
    let detail = match (detail, placed) {
        (true, Some(p)) => {
            let (r, _) = laid_out.0.refs[layout.placed[p].index];
            // Focus is in the panel after Enter or a deep link: Escape there
            // closes it and gives focus back to the item.
            let on_key = {
                let d = dispatch.clone();
                Callback::from(move |e: KeyboardEvent| {
                    if e.key() == "Escape" {
                        e.stop_propagation();
                        *focus_selected.borrow_mut() = true;
                        d.dispatch(Action::CloseDetail);
                    }
                })
            };
            // `display: contents`: the panel sticks to the bottom of the
            // screen within the whole section, not within this wrapper.
            html! {
                <div class="hm-keys" onkeydown={on_key}>
                    { item_detail(&ReviewRef::all(&edition.0)[r], laid_out.0.item(reviews, p), lang, &dispatch) }
                </div>
            }
        }
        _ => html! {},
    };
    Selection {
        placed,
        tab_stop: placed.or(layout.first()),
        onkeydown,
        onclick,
        detail,
    }
}
