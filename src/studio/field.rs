//! Form fields bound to the review: each names its JSON path (`data-path`,
//! from the edit it makes), the path the live checks report, so a problem
//! leads to its field.

use yew::prelude::*;

use super::edit::{Edit, Field};
use super::state::{Action, Studio};
use crate::model::Lang;
use crate::words::studio::{w, Word};

pub type Dispatch = UseReducerDispatcher<Studio>;

/// A text input that writes its value into the review's `field`.
pub fn text_input(
    label: &str,
    field: Field,
    value: &str,
    lang: Option<&'static str>,
    dispatch: &Dispatch,
) -> Html {
    let dispatch = dispatch.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value();
        dispatch.dispatch(Action::Edit(Edit::SetText { field, value }));
    });
    html! {
        <label class="studio-field">
            <span>{ label.to_string() }</span>
            <input type="text" value={value.to_string()} data-path={field.path()} lang={lang} {oninput} />
        </label>
    }
}

/// A field in both languages: the Chinese and the English input side by side.
pub fn text_pair(
    ui: Lang,
    label: Word,
    field: impl Fn(Lang) -> Field,
    zh: &str,
    en: &str,
    dispatch: &Dispatch,
) -> Html {
    let name = w(ui, label);
    let input = |lang: Lang, words: Word, value: &str| {
        let label = format!("{name} · {}", w(ui, words));
        text_input(&label, field(lang), value, Some(lang.html_tag()), dispatch)
    };
    html! {
        <div class="studio-pair">
            { input(Lang::Zh, Word::Chinese, zh) }
            { input(Lang::En, Word::English, en) }
        </div>
    }
}

/// A `<select>` of `choices` (each a value and its words) whose choice
/// makes the edit `set` gives for it.
pub fn select_input<T: Clone + PartialEq + 'static>(
    label: &str,
    choices: Vec<(T, String)>,
    current: &T,
    dispatch: &Dispatch,
    set: impl Fn(T) -> Edit + 'static,
) -> Html {
    let path = set(current.clone()).path();
    let options: Html = choices
        .iter()
        .enumerate()
        .map(|(k, (value, words))| {
            html! { <option value={k.to_string()} selected={value == current}>{ words.clone() }</option> }
        })
        .collect();
    let dispatch = dispatch.clone();
    let onchange = Callback::from(move |e: Event| {
        let k = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        if let Some((value, _)) = k.parse::<usize>().ok().and_then(|k| choices.get(k)) {
            dispatch.dispatch(Action::Edit(set(value.clone())));
        }
    });
    html! {
        <label class="studio-field">
            <span>{ label.to_string() }</span>
            <select {onchange} data-path={path}>{ options }</select>
        </label>
    }
}

/// A checkbox whose change makes `toggle` (the edit to the other state).
pub fn checkbox(label: &str, checked: bool, toggle: Edit, dispatch: &Dispatch) -> Html {
    let path = toggle.path();
    let dispatch = dispatch.clone();
    let onchange = Callback::from(move |_| dispatch.dispatch(Action::Edit(toggle.clone())));
    html! {
        <label class="studio-check"><input type="checkbox" {checked} {onchange} data-path={path} />{ label.to_string() }</label>
    }
}
