//! The article as a map: its structure (proposed for a new article, to fix
//! here) with every quoted passage highlighted; choosing a highlight opens
//! its figure or item. Below, the numbers no figure claims.

use yew::prelude::*;

use super::article::TEXT_ID;
use super::draft::{marks, Place};
use super::field::Dispatch;
use super::page;
use super::state::{Action, Restructure, Studio};
use crate::model::source::strip_whitespace;
use crate::model::studio::numbers::unclaimed;
use crate::model::studio::structure::{byte_to_utf16, utf16_to_byte, Block, Role};
use crate::model::SectionKind;
use crate::words::studio::{w, Word};

pub fn map(studio: &Studio, dispatch: &Dispatch) -> Html {
    let ui = studio.ui;
    let draft = &studio.draft;
    let quotes = draft.quotes();
    let body = match (&draft.article, &draft.blocks) {
        (Some(article), Some(blocks)) => html! {
            <>
                <p class="studio-hint">{ w(ui, Word::StructureHint) }</p>
                <ol class="studio-blocks">
                    { for blocks.iter().enumerate().map(|(i, b)| block(studio, dispatch, &quotes, &article.text, i, b, i + 1 < blocks.len())) }
                </ol>
            </>
        },
        _ => html! {
            <>
                <p class="studio-hint">{ w(ui, Word::StructureFromFile) }</p>
                { for draft.review.sections.iter().map(|s| html! {
                    <div class="studio-section">
                        <h3 lang="zh-CN">{ s.heading.as_ref().map_or(s.label.zh.clone(), |h| h.zh.clone()) }</h3>
                        { for s.paragraphs.iter().map(|p| html! {
                            <p lang="zh-CN">{ marked(&strip_whitespace(&p.zh), &quotes, dispatch) }</p>
                        }) }
                    </div>
                }) }
            </>
        },
    };
    let numbers = unclaimed(&draft.review);
    html! {
        <section class="studio-map" aria-labelledby="studio-map-heading">
            <h2 id="studio-map-heading">{ w(ui, Word::Map) }</h2>
            { body }
            <h3>{ if numbers.is_empty() { w(ui, Word::NoneUnclaimed) } else { w(ui, Word::Unclaimed) } }</h3>
            if !numbers.is_empty() {
                <ul id="studio-unclaimed" class="studio-numbers">
                    { for numbers.iter().map(|n| html! { <li>{ n.to_string() }</li> }) }
                </ul>
            }
        </section>
    }
}

/// One block of a new article's structure, with its controls.
fn block(
    studio: &Studio,
    dispatch: &Dispatch,
    quotes: &[(String, Place)],
    text: &str,
    i: usize,
    b: &Block,
    has_next: bool,
) -> Html {
    let ui = studio.ui;
    let restructure = |change: Restructure| {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::Restructure(change)))
    };
    let on_role = on_choice(dispatch, &ROLES, move |role| Restructure::SetRole(i, role));
    let on_start = on_choice(dispatch, &STARTS, move |start| {
        Restructure::SetStart(i, start)
    });
    // Split where the article's caret is, if it is inside this block.
    let split = {
        let dispatch = dispatch.clone();
        let text = text.to_string();
        Callback::from(move |_| {
            if let Some((caret, _)) = page::selection_in(TEXT_ID) {
                let at = utf16_to_byte(&text, caret);
                dispatch.dispatch(Action::Restructure(Restructure::Split(at)));
            }
        })
    };
    // Shows the block in the article, where the caret goes for a split.
    let show = {
        let (start, end) = (byte_to_utf16(text, b.start), byte_to_utf16(text, b.end));
        Callback::from(move |_| page::select_in(TEXT_ID, start, end))
    };
    let shown = strip_whitespace(text.get(b.start..b.end).unwrap_or_default());
    let role_name = ROLES
        .iter()
        .find(|(r, _)| *r == b.role)
        .map_or("", |(_, n)| *n);
    let start_name = STARTS
        .iter()
        .find(|(s, _)| *s == b.starts)
        .map_or("", |(_, n)| *n);
    let class = classes!("studio-block", format!("studio-{role_name}"));
    html! {
        <li {class} data-block={i.to_string()}>
            <p lang="zh-CN">{ marked(&shown, quotes, dispatch) }</p>
            <div class="studio-actions">
                <label class="studio-field studio-inline"><span>{ w(ui, Word::Role) }</span>
                    <select onchange={on_role} data-role="">
                        { for ROLES.iter().map(|(r, name)| html! {
                            <option value={*name} selected={*name == role_name}>{ w(ui, role_word(r)) }</option>
                        }) }
                    </select>
                </label>
                <label class="studio-field studio-inline"><span>{ w(ui, Word::StartsSection) }</span>
                    <select onchange={on_start} data-starts="">
                        { for STARTS.iter().map(|(s, name)| html! {
                            <option value={*name} selected={*name == start_name}>{ w(ui, start_word(*s)) }</option>
                        }) }
                    </select>
                </label>
                <button type="button" class="studio-link" onclick={show}>{ w(ui, Word::ShowInArticle) }</button>
                <button type="button" class="studio-link" onclick={split}>{ w(ui, Word::SplitAtCursor) }</button>
                if has_next {
                    <button type="button" class="studio-link studio-join" onclick={restructure(Restructure::Join(i))}>{ w(ui, Word::Join) }</button>
                }
            </div>
        </li>
    }
}

/// A structure `<select>`'s change: the option's name, looked up in its
/// table (the names are the options' values), makes the change.
fn on_choice<T: Copy + 'static>(
    dispatch: &Dispatch,
    table: &'static [(T, &'static str)],
    change: impl Fn(T) -> Restructure + 'static,
) -> Callback<Event> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        if let Some((choice, _)) = table.iter().find(|(_, name)| *name == value) {
            dispatch.dispatch(Action::Restructure(change(*choice)));
        }
    })
}

const ROLES: [(Role, &str); 3] = [
    (Role::Paragraph, "paragraph"),
    (Role::Heading, "heading"),
    (Role::Front, "front"),
];

const STARTS: [(Option<SectionKind>, &str); 4] = [
    (None, "none"),
    (Some(SectionKind::Lead), "lead"),
    (Some(SectionKind::Body), "body"),
    (Some(SectionKind::Outlook), "outlook"),
];

fn role_word(role: &Role) -> Word {
    match role {
        Role::Front => Word::Front,
        Role::Heading => Word::Heading,
        Role::Paragraph => Word::Paragraph,
    }
}

fn start_word(start: Option<SectionKind>) -> Word {
    match start {
        None => Word::NoStart,
        Some(SectionKind::Lead) => Word::Lead,
        Some(SectionKind::Body) => Word::Body,
        Some(SectionKind::Outlook) => Word::Outlook,
    }
}

/// A text with its quoted passages as highlights that open what quotes them.
fn marked(text: &str, quotes: &[(String, Place)], dispatch: &Dispatch) -> Html {
    html! {
        { for marks(text, quotes).into_iter().map(|(piece, place)| match place {
            None => html! { { piece } },
            Some(place) => {
                let dispatch = dispatch.clone();
                let onclick = Callback::from(move |_| dispatch.dispatch(Action::Show(Some(place))));
                html! { <mark><button type="button" class="studio-mark" {onclick}>{ piece }</button></mark> }
            }
        }) }
    }
}
