//! The live preview: the widget's own components render the draft (cards,
//! timeline, list; either language; the page's light or dark theme).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{
    compare, overview, toolbar, CardStyle, EditionRef, ItemsProps, LaidOutRef, ListView, ReviewRef,
    TimelineView,
};
use crate::model::timeline::LaidOut;
use crate::model::{cards, Lang};
use crate::state::{Action, Lanes, State, Status, View};

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub edition: EditionRef,
    pub lang: Lang,
}

#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let state = use_reducer(|| State::opening(props.edition.0.clone(), props.lang, false));
    {
        let dispatch = state.dispatcher();
        use_effect_with(props.edition.clone(), move |edition| {
            dispatch.dispatch(Action::Translated((*edition.0).clone()))
        });
    }
    {
        let dispatch = state.dispatcher();
        use_effect_with(props.lang, move |lang| {
            dispatch.dispatch(Action::SetLang(*lang))
        });
    }
    // The timeline's layout, recomputed only when what it shows changes (as
    // the widget's App does), from the edition the state shows.
    let shown = match &state.status {
        Status::Ready(e) => Some(EditionRef(e.clone())),
        _ => None,
    };
    let laid_out = use_memo(
        (shown, state.filter.clone(), state.lanes),
        |(edition, filter, lanes)| {
            let edition = edition.as_ref()?;
            let by_institution = *lanes == Lanes::ByInstitution;
            Some(LaidOutRef(Rc::new(LaidOut::new(
                &edition.0.reviews,
                filter,
                by_institution,
            ))))
        },
    );
    let (Status::Ready(edition), Some(laid_out)) = (&state.status, (*laid_out).clone()) else {
        return html! {};
    };
    let edition = EditionRef(edition.clone());
    let lang = state.lang;
    let reviews = ReviewRef::all(&edition.0);
    let count = cards::count(&edition.0.reviews, &state.filter);
    let style = CardStyle {
        lang,
        animate: false,
        highlight: None,
    };
    let dispatch = state.dispatcher();
    let body = match state.view {
        View::SideBySide => compare(&reviews, style),
        View::Timeline | View::List => {
            let items = ItemsProps {
                edition,
                laid_out,
                lang,
                selected: state.selected.clone(),
                detail: state.detail,
                dispatch: dispatch.clone(),
            };
            if state.view == View::Timeline {
                html! { <TimelineView {items} lanes={state.lanes} zoom={state.zoom} /> }
            } else {
                html! { <ListView ..items /> }
            }
        }
        View::ByInstitution => overview(&reviews, &state.filter, style, None),
    };
    html! {
        <div class="huimou hm-preview" lang={lang.html_tag()} data-state="ready">
            <div class="hm-widget">
                { toolbar(&reviews, &state.filter, state.view, lang, count, state.filters_open, &dispatch) }
                { body }
            </div>
        </div>
    }
}
