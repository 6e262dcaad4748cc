//! Form fields bound to the review: each names its JSON path (`data-path`),
//! the path the live checks report, so a problem leads to its field.

use std::rc::Rc;

use yew::prelude::*;

use super::state::{Action, Studio};
use super::words::{w, Word};
use crate::model::{Lang, Review};

pub type Dispatch = UseReducerDispatcher<Studio>;

/// A text input that writes its value into the review through `set`.
pub fn text_input(
    label: &str,
    path: String,
    value: &str,
    lang: Option<&'static str>,
    dispatch: &Dispatch,
    set: impl Fn(&mut Review, String) + 'static,
) -> Html {
    let set = Rc::new(set);
    let dispatch = dispatch.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value();
        let set = set.clone();
        dispatch.dispatch(Action::Edit(Rc::new(move |r: &mut Review| {
            set(r, value.clone())
        })));
    });
    html! {
        <label class="studio-field">
            <span>{ label.to_string() }</span>
            <input type="text" value={value.to_string()} data-path={path} lang={lang} {oninput} />
        </label>
    }
}

/// A field in both languages: the Chinese and the English input side by side.
pub fn text_pair(
    ui: Lang,
    label: Word,
    path: &str,
    zh: &str,
    en: &str,
    dispatch: &Dispatch,
    set: impl Fn(&mut Review, bool, String) + 'static,
) -> Html {
    let set = Rc::new(set);
    let (set_zh, set_en) = (set.clone(), set);
    let name = w(ui, label);
    html! {
        <div class="studio-pair">
            { text_input(&format!("{name} · {}", w(ui, Word::Chinese)), format!("{path}.zh"), zh, Some("zh-CN"), dispatch,
                move |r, v| set_zh(r, false, v)) }
            { text_input(&format!("{name} · {}", w(ui, Word::English)), format!("{path}.en"), en, Some("en"), dispatch,
                move |r, v| set_en(r, true, v)) }
        </div>
    }
}

/// Writes `value` into the Chinese or the English of a bilingual text.
pub fn set_lang_of(zh: &mut String, en: &mut String, english: bool, value: String) {
    if english {
        *en = value;
    } else {
        *zh = value;
    }
}

/// A `<select>` of `choices` (each a value and its words) that writes the
/// chosen value into the review through `set`.
pub fn select_input<T: Clone + PartialEq + 'static>(
    label: &str,
    path: String,
    choices: Vec<(T, String)>,
    current: &T,
    dispatch: &Dispatch,
    set: impl Fn(&mut Review, T) + 'static,
) -> Html {
    let options: Html = choices
        .iter()
        .enumerate()
        .map(|(k, (value, words))| {
            html! { <option value={k.to_string()} selected={value == current}>{ words.clone() }</option> }
        })
        .collect();
    let set = Rc::new(set);
    let dispatch = dispatch.clone();
    let onchange = Callback::from(move |e: Event| {
        let k = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        let Some((value, _)) = k.parse::<usize>().ok().and_then(|k| choices.get(k)) else {
            return;
        };
        let (set, value) = (set.clone(), value.clone());
        dispatch.dispatch(Action::Edit(Rc::new(move |r: &mut Review| {
            set(r, value.clone())
        })));
    });
    html! {
        <label class="studio-field">
            <span>{ label.to_string() }</span>
            <select {onchange} data-path={path}>{ options }</select>
        </label>
    }
}
