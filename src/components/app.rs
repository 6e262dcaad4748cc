use yew::prelude::*;

use super::compare::compare;
use super::error_view::error_view;
use super::overview::overview;
use super::shared::ReviewRef;
use super::theme_group::CardStyle;
use super::toolbar::toolbar;
use crate::host;
use crate::i18n::{t, Ui};
use crate::model::{cards, Edition};
use crate::state::{Action, State, Status, View};

/// The whole widget. Loads the edition once, applies the URL's parameters,
/// then renders from state.
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
            dispatch.dispatch(Action::SetAnimate(!host::prefers_reduced_motion()));
            match Edition::bundled() {
                Ok(edition) => {
                    let review = params.review.filter(|id| edition.review(id).is_some());
                    dispatch.dispatch(Action::Loaded(edition));
                    if review.is_some() {
                        dispatch.dispatch(Action::SetReview(review));
                    }
                    if let Some(metric) = params.metric {
                        dispatch.dispatch(Action::Highlight(metric));
                    }
                }
                Err(problems) => dispatch.dispatch(Action::Failed(problems)),
            }
        });
    }
    {
        let data_state = state.status.data_state();
        use_effect_with(data_state, |s| host::set_data_state(s));
    }
    use_effect_with(state.lang, |lang| host::set_html_lang(*lang));
    // A deep-linked card scrolls into view once it is rendered.
    use_effect_with(state.highlight.clone(), |id| {
        if let Some(id) = id {
            host::reveal(&format!("metric-{id}"));
        }
    });

    let lang = state.lang;
    match &state.status {
        Status::Loading => html! { <p class="hm-loading">{ t(lang, Ui::Loading) }</p> },
        Status::Failed(problems) => error_view(problems, lang),
        Status::Ready(edition) => {
            let reviews = ReviewRef::all(edition);
            let count = cards::count(&edition.reviews, &state.filter);
            let style = CardStyle {
                lang,
                animate: state.animate,
                highlight: state.highlight.as_deref(),
            };
            html! {
                <div class="hm-widget">
                    <header class="hm-masthead">
                        <h1 class="hm-widget-title">{ t(lang, Ui::WidgetTitle) }</h1>
                        <p class="hm-widget-subtitle">{ t(lang, Ui::WidgetSubtitle) }</p>
                    </header>
                    { toolbar(&reviews, &state.filter, state.view, lang, count, &state.dispatcher()) }
                    if state.view == View::SideBySide {
                        { compare(&reviews, style) }
                    } else if count == 0 {
                        <p class="hm-empty" role="status">{ t(lang, Ui::NoMatch) }</p>
                    } else {
                        { overview(&reviews, &state.filter, style) }
                    }
                </div>
            }
        }
    }
}
