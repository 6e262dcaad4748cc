//! The figures: a list, and the open figure's form.

use yew::prelude::*;

use super::article::TEXT_ID;
use super::draft::Place;
use super::edit::{Edit, Field, FigureEdit, FigureField};
use super::field::{checkbox, select_input, text_input, text_pair, Dispatch};
use super::page;
use super::state::{Action, Studio};
use crate::model::studio::numbers::wholes_for;
use crate::model::{Lang, Metric, Qualifier, Restatement};
use crate::words::studio::{w, Word};
use crate::words::widget::figure;

pub fn figures(studio: &Studio, dispatch: &Dispatch) -> Html {
    let ui = studio.ui;
    let metrics = &studio.draft.review.metrics;
    html! {
        <section class="studio-figures" aria-labelledby="studio-figures-heading">
            <h2 id="studio-figures-heading">{ w(ui, Word::Figures) }{ format!(" ({})", metrics.len()) }</h2>
            <ul class="studio-list">
                { for metrics.iter().enumerate().map(|(i, m)| {
                    let open = studio.open == Some(Place::Figure(i));
                    html! {
                        <li>
                            { entry(dispatch, Place::Figure(i), open, &summary(m)) }
                            if open { { form(studio, dispatch, i, m) } }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

fn summary(m: &Metric) -> String {
    let label = if m.label.zh.is_empty() {
        &m.id
    } else {
        &m.label.zh
    };
    format!(
        "{label} · {}{}",
        figure(m.value, m.qualifier, Lang::Zh),
        m.unit.zh
    )
}

/// A list entry that opens (or closes) its form.
pub fn entry(dispatch: &Dispatch, place: Place, open: bool, text: &str) -> Html {
    let dispatch = dispatch.clone();
    let onclick =
        Callback::from(move |_| dispatch.dispatch(Action::Show((!open).then_some(place))));
    html! {
        <button type="button" class="studio-entry" aria-expanded={open.to_string()} {onclick} lang="zh-CN">{ text.to_string() }</button>
    }
}

fn form(studio: &Studio, dispatch: &Dispatch, i: usize, m: &Metric) -> Html {
    let ui = studio.ui;
    let edit = move |e: FigureEdit| Edit::Figure(i, e);
    let text = move |f: FigureField| Field::Figure(i, f);
    let value = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            if let Ok(v) = v.trim().parse::<u64>() {
                dispatch.dispatch(Action::Edit(edit(FigureEdit::SetValue(v))));
            }
        })
    };
    let more_than = m.qualifier.is_none().then_some(Qualifier::MoreThan);
    let section = section_select(studio, dispatch, &m.section, move |s| {
        edit(FigureEdit::SetSection(s))
    });
    let remove = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::RemoveFigure(i)))
    };
    let restate = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::Restate(i, page::selection_in(TEXT_ID))))
    };
    html! {
        <div class="studio-form" id={format!("studio-figure-{i}")}>
            <p class="studio-quote" lang="zh-CN">{ m.quote.zh.clone() }</p>
            <div class="studio-pair">
                { text_input(w(ui, Word::Id), text(FigureField::Id), &m.id, None, dispatch) }
                <label class="studio-field"><span>{ w(ui, Word::Value) }</span>
                    <input type="number" min="0" data-path={edit(FigureEdit::SetValue(m.value)).path()} value={m.value.to_string()} oninput={value} /></label>
            </div>
            { checkbox(w(ui, Word::MoreThan), m.qualifier.is_some(), edit(FigureEdit::SetQualifier(more_than)), dispatch) }
            { text_pair(ui, Word::Label, move |l| text(FigureField::Label(l)), &m.label.zh, &m.label.en, dispatch) }
            { text_pair(ui, Word::Unit, move |l| text(FigureField::Unit(l)), &m.unit.zh, &m.unit.en, dispatch) }
            // English agrees with the number: a figure of 1 takes the singular.
            if m.value == 1 || m.unit.en_one.is_some() {
                { text_input(w(ui, Word::UnitOne), text(FigureField::UnitOne), m.unit.en_one.as_deref().unwrap_or_default(), Some("en"), dispatch) }
            }
            { text_pair(ui, Word::Quote, move |l| text(FigureField::Quote(l)), &m.quote.zh, &m.quote.en, dispatch) }
            { checkbox(w(ui, Word::Headline), m.headline, edit(FigureEdit::SetHeadline(!m.headline)), dispatch) }
            { section }
            { part_of(studio, dispatch, i, m) }
            <h4>{ w(ui, Word::Restated) }</h4>
            { for m.restated.iter().enumerate().map(|(j, r)| restated(studio, dispatch, i, m, j, r)) }
            <button type="button" class="studio-link studio-restate" onclick={restate}>{ w(ui, Word::Restate) }</button>
            <button type="button" class="studio-link" onclick={remove}>{ w(ui, Word::Remove) }</button>
        </div>
    }
}

/// The whole a figure is part of: none, or one of the figures it may be.
fn part_of(studio: &Studio, dispatch: &Dispatch, i: usize, m: &Metric) -> Html {
    let ui = studio.ui;
    let r = &studio.draft.review;
    let wholes: Vec<(Option<String>, String)> =
        std::iter::once((None, w(ui, Word::NotPart).to_string()))
            .chain(
                wholes_for(r, i)
                    .into_iter()
                    .filter_map(|j| r.metrics.get(j))
                    .map(|whole| (Some(whole.id.clone()), summary(whole))),
            )
            .collect();
    select_input(
        w(ui, Word::PartOf),
        wholes,
        &m.part_of,
        dispatch,
        move |whole| Edit::Figure(i, FigureEdit::SetPartOf(whole)),
    )
}

/// Restatement j of figure i: its number, its quote, and its removal.
fn restated(
    studio: &Studio,
    dispatch: &Dispatch,
    i: usize,
    m: &Metric,
    j: usize,
    r: &Restatement,
) -> Html {
    let ui = studio.ui;
    let drop = {
        let dispatch = dispatch.clone();
        let edit = Edit::Figure(i, FigureEdit::RemoveRestatement(j));
        Callback::from(move |_| dispatch.dispatch(Action::Edit(edit.clone())))
    };
    let quote = move |l| Field::Figure(i, FigureField::Restated(j, l));
    html! {
        <div class="studio-restated">
            <p class="studio-hint">{ format!("{}{}", figure(r.value, r.qualifier, Lang::Zh), m.unit.zh) }</p>
            { text_pair(ui, Word::Quote, quote, &r.quote.zh, &r.quote.en, dispatch) }
            <button type="button" class="studio-link" onclick={drop}>{ w(ui, Word::Remove) }</button>
        </div>
    }
}

/// The section a figure or item belongs to (its theme).
pub fn section_select(
    studio: &Studio,
    dispatch: &Dispatch,
    current: &str,
    set: impl Fn(String) -> Edit + 'static,
) -> Html {
    let sections = studio
        .draft
        .review
        .sections
        .iter()
        .map(|s| (s.id.clone(), format!("{} · {}", s.label.zh, s.id)))
        .collect();
    select_input(
        w(studio.ui, Word::Section),
        sections,
        &current.to_string(),
        dispatch,
        set,
    )
}
