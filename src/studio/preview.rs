//! The live preview: the widget's own components render the draft (cards,
//! timeline, list; either language; the page's light or dark theme).

use yew::prelude::*;

use crate::components::{view_body, EditionRef, LayoutKey};
use crate::model::Lang;
use crate::state::{Action, State};

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
    let laid_out = use_memo(LayoutKey::of(&state), LayoutKey::lay_out);
    let Some(edition) = EditionRef::shown(&state) else {
        return html! {};
    };
    html! {
        <div class="huimou hm-preview" lang={state.lang.html_tag()} data-state="ready">
            <div class="hm-widget">
                { view_body(&state, &state.dispatcher(), &edition, (*laid_out).clone(), None) }
            </div>
        </div>
    }
}
