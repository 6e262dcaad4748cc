//! The article, to select from: a text area that refuses edits, so a
//! selection works from the keyboard (Shift + arrows) as well as the mouse,
//! and the studio knows exactly which occurrence of a sentence was selected.

use yew::prelude::*;

use super::field::Dispatch;
use super::page;
use super::state::{Action, Make, Pending, Studio};
use crate::model::{Lang, When};
use crate::words::studio::{w, Word};

/// The text area's id: the selection is read from it.
pub const TEXT_ID: &str = "studio-text";

pub fn article(studio: &Studio, dispatch: &Dispatch) -> Html {
    let ui = studio.ui;
    let Some(article) = &studio.draft.article else {
        return html! {
            <section class="studio-article" aria-labelledby="studio-article-heading">
                <h2 id="studio-article-heading">{ w(ui, Word::Article) }</h2>
                <p class="studio-hint">{ w(ui, Word::NoArticle) }</p>
            </section>
        };
    };
    // Not `readonly`: browsers then refuse Shift + arrows, and a keyboard
    // could not select. Every edit is refused instead, and any that gets
    // through (an input method's) is undone: the article is never changed.
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        let key = e.key();
        let writes =
            key.chars().count() == 1 || matches!(key.as_str(), "Backspace" | "Delete" | "Enter");
        if writes && !e.ctrl_key() && !e.meta_key() {
            e.prevent_default();
        }
    });
    let refuse = Callback::from(|e: Event| e.prevent_default());
    let oninput = {
        let text = article.text.clone();
        Callback::from(move |e: InputEvent| {
            e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                .set_value(&text)
        })
    };
    let make = |what: Make| {
        let dispatch = dispatch.clone();
        Callback::from(move |_| {
            dispatch.dispatch(Action::FromSelection(what, page::selection_in(TEXT_ID)))
        })
    };
    let use_as = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| {
            let what = page::select_value("studio-use-as")
                .and_then(|v| USES.iter().find(|(_, name)| *name == v).map(|(m, _)| *m));
            if let Some(what) = what {
                dispatch.dispatch(Action::FromSelection(what, page::selection_in(TEXT_ID)));
            }
        })
    };
    html! {
        <section class="studio-article" aria-labelledby="studio-article-heading">
            <h2 id="studio-article-heading">{ w(ui, Word::Article) }{ " · " }{ article.name.clone() }</h2>
            <p class="studio-hint" id="studio-text-hint">{ w(ui, Word::ArticleHint) }</p>
            <textarea id={TEXT_ID} aria-readonly="true" lang="zh-CN" rows="18" aria-describedby="studio-text-hint"
                aria-label={w(ui, Word::Article)} value={article.text.clone()} {onkeydown} {oninput} onpaste={refuse.clone()} oncut={refuse} ondrop={Callback::from(|e: DragEvent| e.prevent_default())} />
            <div class="studio-actions" role="group" aria-label={w(ui, Word::Selection)}>
                <button type="button" id="studio-make-figure" class="studio-button" onclick={make(Make::Figure)}>{ w(ui, Word::MakeFigure) }</button>
                <button type="button" id="studio-make-item" class="studio-button" onclick={make(Make::Item)}>{ w(ui, Word::MakeItem) }</button>
                <label class="studio-field studio-inline">
                    <span>{ w(ui, Word::UseAs) }</span>
                    <select id="studio-use-as">
                        { for USES.iter().enumerate().map(|(i, (m, name))| html! { <option value={*name} selected={i == 0}>{ w(ui, use_word(*m)) }</option> }) }
                    </select>
                </label>
                <button type="button" class="studio-button" onclick={use_as}>{ w(ui, Word::Use) }</button>
            </div>
            { pending(studio, dispatch) }
        </section>
    }
}

/// What a selection can be used as, besides a figure or an item.
const USES: [(Make, &str); 5] = [
    (Make::Title, "title"),
    (Make::Subtitle, "subtitle"),
    (Make::Organisation, "organisation"),
    (Make::Reporter, "reporter"),
    (Make::Correspondent, "correspondent"),
];

fn use_word(m: Make) -> Word {
    match m {
        Make::Subtitle => Word::UseAsSubtitle,
        Make::Organisation => Word::UseAsOrganisation,
        Make::Reporter => Word::UseAsReporter,
        Make::Correspondent => Word::UseAsCorrespondent,
        _ => Word::UseAsTitle,
    }
}

/// The choice a new figure or item waits for: its number, or its date.
fn pending(studio: &Studio, dispatch: &Dispatch) -> Html {
    let ui = studio.ui;
    let Some(pending) = &studio.pending else {
        return html! {};
    };
    let cancel = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::CancelPending))
    };
    let (question, quote, choices): (Word, &str, Vec<(String, Action)>) = match pending {
        Pending::Figure { quote, found } => (
            Word::PickNumber,
            quote,
            found
                .iter()
                .enumerate()
                .map(|(i, f)| (format!("{} {}", f.printed, f.unit), i))
                .map(|(label, i)| (label, Action::PickNumber(i)))
                .collect(),
        ),
        Pending::Item { quote, dates } => (
            Word::PickDate,
            quote,
            dates
                .iter()
                .enumerate()
                .map(|(i, when)| (date_label(ui, when), Action::PickDate(i)))
                .collect(),
        ),
    };
    html! {
        <div class="studio-pending" role="group" aria-labelledby="studio-pending-question">
            <p class="studio-quote" lang="zh-CN">{ quote.to_string() }</p>
            <p id="studio-pending-question">{ w(ui, question) }</p>
            <div class="studio-actions">
                { for choices.into_iter().map(|(label, action)| {
                    let dispatch = dispatch.clone();
                    let onclick = Callback::from(move |_| dispatch.dispatch(action.clone()));
                    html! { <button type="button" class="studio-button studio-choice" {onclick}>{ label }</button> }
                }) }
                <button type="button" class="studio-link" onclick={cancel}>{ w(ui, Word::Cancel) }</button>
            </div>
        </div>
    }
}

/// A date as the widget shows it, in the studio's language.
pub fn date_label(ui: Lang, when: &When) -> String {
    crate::words::widget::when(when, ui)
}
