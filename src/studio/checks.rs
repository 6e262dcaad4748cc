//! The live checks: every rule of `validate`, as the editor types, each
//! problem in plain words with its JSON path; choosing one goes to its field.

use yew::prelude::*;

use super::field::Dispatch;
use super::state::{Action, Studio};
use crate::model::Problem;
use crate::words::studio::{w, Word};

pub fn checks(studio: &Studio, problems: &[Problem], dispatch: &Dispatch) -> Html {
    let ui = studio.ui;
    html! {
        <section class="studio-checks" aria-labelledby="studio-checks-heading">
            <h2 id="studio-checks-heading">{ w(ui, Word::Checks) }</h2>
            <p id="studio-problem-count" role="status">{
                if problems.is_empty() { w(ui, Word::NoProblems).to_string() }
                else { format!("{} {}", problems.len(), w(ui, Word::ProblemsCount)) }
            }</p>
            <ul id="studio-problems">
                { for problems.iter().map(|p| {
                    let dispatch = dispatch.clone();
                    let path = p.path.clone();
                    let onclick = Callback::from(move |_| dispatch.dispatch(Action::Goto(path.clone())));
                    html! {
                        <li><button type="button" class="studio-problem" data-problem-path={p.path.clone()} {onclick}>
                            <code>{ if p.path.is_empty() { w(ui, Word::WholeFile).to_string() } else { p.path.clone() } }</code>
                            { " " }{ p.message.clone() }
                        </button></li>
                    }
                }) }
            </ul>
        </section>
    }
}
