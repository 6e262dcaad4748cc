use yew::prelude::*;

use crate::i18n::{t, Ui};
use crate::model::Lang;

#[derive(Properties, PartialEq)]
pub struct ErrorProps {
    pub lang: Lang,
    pub problems: Vec<String>,
}

/// What is wrong, as text (never as HTML: problems may quote hostile data).
#[component]
pub fn ErrorView(props: &ErrorProps) -> Html {
    html! {
        <div class="huimou-error" role="alert">
            <p><strong>{ t(props.lang, Ui::ErrorHeading) }</strong></p>
            <ul>
                { for props.problems.iter().take(20).map(|p| html! { <li>{ p }</li> }) }
            </ul>
        </div>
    }
}
