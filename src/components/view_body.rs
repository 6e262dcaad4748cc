use std::rc::Rc;

use yew::prelude::*;

use super::compare::compare;
use super::list_view::ListView;
use super::overview::overview;
use super::selection::ItemsProps;
use super::shared::{waiting_line, EditionRef, LaidOutRef, ReviewRef};
use super::theme_group::CardStyle;
use super::timeline_view::TimelineView;
use super::toolbar::toolbar;
use crate::model::cards;
use crate::model::filter::Filter;
use crate::model::timeline::LaidOut;
use crate::state::{Lanes, State, View};
use crate::words::widget::{t, Ui};

/// What the timeline's layout is made from, as a memo's key: the widget and
/// the studio's preview keep the layout while it stays the same
/// (`use_memo(LayoutKey::of(&state), LayoutKey::lay_out)`).
#[derive(PartialEq)]
pub struct LayoutKey {
    edition: Option<EditionRef>,
    filter: Filter,
    lanes: Lanes,
    /// Only the views of items show the layout.
    items: bool,
}

impl LayoutKey {
    pub fn of(state: &State) -> LayoutKey {
        LayoutKey {
            edition: EditionRef::shown(state),
            filter: state.filter.clone(),
            lanes: state.lanes,
            items: matches!(state.view, View::Timeline | View::List),
        }
    }

    /// The timeline's layout for the edition the state shows, for the views
    /// of items only.
    pub fn lay_out(&self) -> Option<LaidOutRef> {
        let edition = self.edition.as_ref().filter(|_| self.items)?;
        let by_institution = self.lanes == Lanes::ByInstitution;
        let laid_out = LaidOut::new(&edition.0.reviews, &self.filter, by_institution);
        Some(LaidOutRef(Rc::new(laid_out)))
    }
}

/// The toolbar, then the view the state asks for, as the widget and the
/// studio's preview show them. `laid_out` is `LayoutKey::lay_out`'s; `parts`
/// caps the overview's parts drawn (`cards::overview_parts`), for a view
/// built in steps. (A view function: no state.)
// Inlined: in the reader's wasm `App` is its one caller, and a call of its
// own costs the engine some 350 B gzip.
#[inline(always)]
pub fn view_body(
    state: &State,
    dispatch: &UseReducerDispatcher<State>,
    edition: &EditionRef,
    laid_out: Option<LaidOutRef>,
    parts: Option<usize>,
) -> Html {
    let lang = state.lang;
    let reviews = ReviewRef::all(&edition.0);
    let count = cards::count(&edition.0.reviews, &state.filter);
    let style = CardStyle {
        lang,
        animate: state.animate,
        highlight: state.highlight.as_deref(),
    };
    // A search of the items waits for their quotes.
    let searching_quotes =
        edition.0.quotes_to_come.is_some() && !state.filter.query.trim().is_empty();
    let body = match (state.view, laid_out) {
        (View::SideBySide, _) => compare(&reviews, style),
        (View::Timeline | View::List, Some(_)) if searching_quotes => waiting_line(lang),
        (View::Timeline | View::List, Some(laid_out)) => {
            let items = ItemsProps {
                edition: edition.clone(),
                laid_out,
                lang,
                selected: state.selected.clone(),
                detail: state.detail,
                dispatch: dispatch.clone(),
            };
            match state.view {
                View::Timeline => {
                    html! { <TimelineView {items} lanes={state.lanes} zoom={state.zoom} /> }
                }
                _ => html! { <ListView ..items /> },
            }
        }
        _ if count == 0 => {
            html! { <p class="hm-empty" role="status">{ t(lang, Ui::NoMatch) }</p> }
        }
        _ => overview(&reviews, &state.filter, style, parts),
    };
    html! {
        <>
            { toolbar(&reviews, &state.filter, state.view, lang, count, state.filters_open, dispatch) }
            { body }
        </>
    }
}
