//! Opening files (the file input and dropping), saving, and the notices.

use yew::prelude::*;

use super::draft::Refusal;
use super::field::Dispatch;
use super::page;
use super::state::{Action, Notice, Studio};
use crate::model::Lang;
use crate::words::studio::{w, Word};

pub fn open_bar(studio: &UseReducerHandle<Studio>, problems: usize) -> Html {
    let ui = studio.ui;
    let dispatch = &studio.dispatcher();
    let onchange = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            if let Some(files) = input.files() {
                open(&dispatch, page::files_of(&files));
            }
            // The same file can be opened again.
            input.set_value("");
        })
    };
    let ondrop = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                open(&dispatch, page::files_of(&files));
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    // Serialized when saved, not at every render.
    let onsave = {
        let studio = studio.clone();
        Callback::from(move |_| {
            page::download(&file_name(&studio), &studio.draft.json());
            studio.dispatch(Action::Saved);
        })
    };
    html! {
        <section class="studio-open" aria-labelledby="studio-open-label" {ondrop} {ondragover}>
            <label id="studio-open-label" class="studio-button" for="studio-open">{ w(ui, Word::Open) }</label>
            <input type="file" id="studio-open" multiple=true accept=".txt,.json,text/plain,application/json" {onchange} />
            <p class="studio-hint">{ w(ui, Word::OpenHint) }</p>
            <button type="button" id="studio-save" class="studio-button" onclick={onsave}
                aria-describedby={(problems > 0).then_some("studio-save-warning")}>{ w(ui, Word::Save) }</button>
            if problems > 0 {
                <p id="studio-save-warning" class="studio-hint">{ w(ui, Word::SaveBlocked) }</p>
            }
            { replacing(studio, dispatch) }
            { notices(studio, dispatch) }
        </section>
    }
}

/// The downloaded file's name: the data files' own pattern.
fn file_name(studio: &Studio) -> String {
    let r = &studio.draft.review;
    if r.id.is_empty() {
        "review.json".into()
    } else {
        r.file_name()
    }
}

fn open(dispatch: &Dispatch, files: Vec<web_sys::File>) {
    let dispatch = dispatch.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let read = page::read_files(files).await;
        dispatch.dispatch(Action::Opened(read));
    });
}

/// Alerts (refusals) and status lines, in live regions that are always in
/// the page, so screen readers announce what appears in them.
fn notices(studio: &Studio, dispatch: &Dispatch) -> Html {
    let ui = studio.ui;
    let (alerts, status): (Vec<&Notice>, Vec<&Notice>) =
        studio.notices.iter().partition(|n| n.is_alert());
    let line = |n: &&Notice| html! { <p>{ notice_text(ui, n) }</p> };
    let dismiss = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::DismissNotices))
    };
    html! {
        <div class="studio-notices">
            <div id="studio-alert" role="alert">{ for alerts.iter().map(line) }</div>
            <div id="studio-status" role="status">{ for status.iter().map(line) }</div>
            if !studio.notices.is_empty() {
                <button type="button" class="studio-link" onclick={dismiss}>{ w(ui, Word::Close) }</button>
            }
        </div>
    }
}

fn notice_text(ui: Lang, notice: &Notice) -> String {
    match notice {
        Notice::Refused(r) => {
            let (name, why) = match r {
                Refusal::TooBig(n) => (n, w(ui, Word::TooBig).to_string()),
                Refusal::NotUtf8(n) => (n, w(ui, Word::NotUtf8).to_string()),
                Refusal::UnknownFile(n) => (n, w(ui, Word::UnknownFile).to_string()),
                Refusal::NotAReview(n, p) => (n, format!("{} {p}", w(ui, Word::NotAReview))),
            };
            format!("{} {name}: {why}", w(ui, Word::Refused))
        }
        Notice::OneReview => w(ui, Word::OneReview).into(),
        Notice::Unpaired(article, wanted) => {
            format!("{article}: {} {wanted}", w(ui, Word::Unpaired))
        }
        Notice::Restored => w(ui, Word::Restored).into(),
        Notice::Saved => w(ui, Word::Saved).into(),
        Notice::NothingSelected => w(ui, Word::NothingSelected).into(),
        Notice::NoNumber => w(ui, Word::NoNumber).into(),
    }
}

/// The question before files replace a draft with unsaved changes.
fn replacing(studio: &Studio, dispatch: &Dispatch) -> Html {
    if studio.replacing.is_none() {
        return html! {};
    }
    let ui = studio.ui;
    let answer = |replace: bool| {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::Replace(replace)))
    };
    html! {
        <div id="studio-replace" class="studio-pending" role="alertdialog" aria-labelledby="studio-replace-question">
            <p id="studio-replace-question">{ w(ui, Word::ReplaceQuestion) }</p>
            <div class="studio-actions">
                <button type="button" id="studio-keep" class="studio-button" onclick={answer(false)}>{ w(ui, Word::KeepDraft) }</button>
                <button type="button" id="studio-replace-draft" class="studio-button" onclick={answer(true)}>{ w(ui, Word::ReplaceDraft) }</button>
            </div>
        </div>
    }
}
