use yew::prelude::*;

use crate::model::Lang;
use crate::words::widget::{t, Ui};

/// What is wrong, as text (never as HTML: problems may quote hostile data).
pub fn error_view(problems: &[String], lang: Lang) -> Html {
    html! {
        <div class="huimou-error" role="alert">
            <p><strong>{ t(lang, Ui::ErrorHeading) }</strong></p>
            <ul>
                { for problems.iter().take(20).map(|p| html! { <li>{ p }</li> }) }
            </ul>
        </div>
    }
}
