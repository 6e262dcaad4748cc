//! The timeline items: a list, and the open item's form.

use yew::prelude::*;

use super::article::date_label;
use super::draft::Place;
use super::edit::{Edit, Field, ItemEdit, ItemField};
use super::field::{select_input, text_input, text_pair, Dispatch};
use super::figures::{entry, section_select};
use super::state::{Action, Studio};
use crate::model::{Item, ItemKind, When};
use crate::words::studio::{w, Word};
use crate::words::widget::kind;

/// The kinds an item may have, named as the widget names them to readers.
const KINDS: [ItemKind; 8] = [
    ItemKind::Consultation,
    ItemKind::Research,
    ItemKind::Inspection,
    ItemKind::Decision,
    ItemKind::Document,
    ItemKind::Meeting,
    ItemKind::Event,
    ItemKind::Plan,
];

pub fn items(studio: &Studio, dispatch: &Dispatch) -> Html {
    let ui = studio.ui;
    let items = &studio.draft.review.items;
    html! {
        <section class="studio-items" aria-labelledby="studio-items-heading">
            <h2 id="studio-items-heading">{ w(ui, Word::Items) }{ format!(" ({})", items.len()) }</h2>
            <ul class="studio-list">
                { for items.iter().enumerate().map(|(i, it)| {
                    let open = studio.open == Some(Place::Item(i));
                    let title = if it.title.zh.is_empty() { it.id.clone() } else { it.title.zh.clone() };
                    html! {
                        <li>
                            { entry(dispatch, Place::Item(i), open, &format!("{title} · {}", date_label(ui, &it.when))) }
                            if open { { form(studio, dispatch, i, it) } }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

fn form(studio: &Studio, dispatch: &Dispatch, i: usize, it: &Item) -> Html {
    let ui = studio.ui;
    let edit = move |e: ItemEdit| Edit::Item(i, e);
    let text = move |f: ItemField| Field::Item(i, f);
    let mut dates = studio.draft.dates_for(&it.quote.zh);
    if !dates.contains(&it.when) {
        dates.insert(0, it.when);
    }
    let dates: Vec<(When, String)> = dates.into_iter().map(|d| (d, date_label(ui, &d))).collect();
    let when = select_input(w(ui, Word::When), dates, &it.when, dispatch, move |when| {
        edit(ItemEdit::SetWhen(when))
    });
    let kinds = KINDS
        .iter()
        .map(|k| (*k, kind(ui, *k).to_string()))
        .collect();
    let kind = select_input(w(ui, Word::Kind), kinds, &it.kind, dispatch, move |kind| {
        edit(ItemEdit::SetKind(kind))
    });
    let section = section_select(studio, dispatch, &it.section, move |s| {
        edit(ItemEdit::SetSection(s))
    });
    let remove = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::RemoveItem(i)))
    };
    html! {
        <div class="studio-form" id={format!("studio-item-{i}")}>
            <p class="studio-quote" lang="zh-CN">{ it.quote.zh.clone() }</p>
            { text_input(w(ui, Word::Id), text(ItemField::Id), &it.id, None, dispatch) }
            { when }
            { kind }
            { text_pair(ui, Word::ItemTitle, move |l| text(ItemField::Title(l)), &it.title.zh, &it.title.en, dispatch) }
            { text_pair(ui, Word::Quote, move |l| text(ItemField::Quote(l)), &it.quote.zh, &it.quote.en, dispatch) }
            { section }
            <button type="button" class="studio-link" onclick={remove}>{ w(ui, Word::Remove) }</button>
        </div>
    }
}
