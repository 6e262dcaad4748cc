use yew::prelude::*;

use super::error_view::ErrorView;
use super::review_view::ReviewView;
use crate::host;
use crate::i18n::{t, Ui};
use crate::model::Edition;
use crate::state::{Action, State, Status};

/// The whole widget. Loads the edition once, then renders from state.
#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);

    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let params = host::params();
            if let Some(lang) = params.lang {
                dispatch.dispatch(Action::SetLang(lang));
            }
            match Edition::bundled() {
                Ok(edition) => dispatch.dispatch(Action::Loaded(edition)),
                Err(problems) => dispatch.dispatch(Action::Failed(problems)),
            }
        });
    }
    {
        let data_state = state.status.data_state();
        use_effect_with(data_state, |s| host::set_data_state(s));
    }
    use_effect_with(state.lang, |lang| host::set_html_lang(*lang));

    let lang = state.lang;
    match &state.status {
        Status::Loading => html! { <p class="huimou-loading">{ t(lang, Ui::Loading) }</p> },
        Status::Failed(problems) => html! { <ErrorView {lang} problems={problems.clone()} /> },
        Status::Ready(edition) => html! {
            <div class="huimou-edition">
                { for edition.reviews.iter().map(|review| html! {
                    <ReviewView key={review.id.clone()} review={review.clone()} {lang} />
                }) }
            </div>
        },
    }
}
