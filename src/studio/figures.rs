//! The figures: a list, and the open figure's form.

use std::rc::Rc;

use yew::prelude::*;

use super::article::TEXT_ID;
use super::draft::Place;
use super::field::{select_input, set_lang_of, text_input, text_pair, Dispatch};
use super::page;
use super::review_form::{text_set, verbatim_set};
use super::state::{Action, Edit, Studio};
use super::words::{w, Word};
use crate::model::format;
use crate::model::studio::numbers::wholes_for;
use crate::model::{Lang, Metric, Qualifier, Review};

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
        format::figure(m.value, m.qualifier, Lang::Zh),
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
    let r = &studio.draft.review;
    let path = format!("metrics[{i}]");
    let edit = move |f: Rc<dyn Fn(&mut Metric)>| -> Edit {
        Rc::new(move |r: &mut Review| {
            if let Some(m) = r.metrics.get_mut(i) {
                f(m)
            }
        })
    };
    let headline = {
        let dispatch = dispatch.clone();
        let on = !m.headline;
        Callback::from(move |_| {
            dispatch.dispatch(Action::Edit(edit(Rc::new(move |m: &mut Metric| {
                m.headline = on
            }))))
        })
    };
    let more_than = {
        let dispatch = dispatch.clone();
        let on = m.qualifier.is_none();
        Callback::from(move |_| {
            dispatch.dispatch(Action::Edit(edit(Rc::new(move |m: &mut Metric| {
                m.qualifier = on.then_some(Qualifier::MoreThan)
            }))))
        })
    };
    let value = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            if let Ok(v) = v.trim().parse::<u64>() {
                dispatch.dispatch(Action::Edit(edit(Rc::new(move |m: &mut Metric| {
                    m.value = v
                }))));
            }
        })
    };
    let wholes: Vec<(Option<String>, String)> =
        std::iter::once((None, w(ui, Word::NotPart).to_string()))
            .chain(
                wholes_for(r, i)
                    .into_iter()
                    .filter_map(|j| r.metrics.get(j))
                    .map(|whole| (Some(whole.id.clone()), summary(whole))),
            )
            .collect();
    let part_of = select_input(
        w(ui, Word::PartOf),
        format!("{path}.part_of"),
        wholes,
        &m.part_of,
        dispatch,
        move |r, whole| {
            if let Some(m) = r.metrics.get_mut(i) {
                m.part_of = whole
            }
        },
    );
    let section = section_select(
        studio,
        dispatch,
        &format!("{path}.section"),
        &m.section,
        move |r, v| {
            if let Some(m) = r.metrics.get_mut(i) {
                m.section = v
            }
        },
    );
    let remove = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::RemoveFigure(i)))
    };
    let restate = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::Restate(i, page::selection_in(TEXT_ID))))
    };
    let restated = m.restated.iter().enumerate().map(|(j, r)| {
        let path = format!("{path}.restated[{j}]");
        let drop = {
            let dispatch = dispatch.clone();
            Callback::from(move |_| {
                dispatch.dispatch(Action::Edit(Rc::new(move |r: &mut Review| {
                    if let Some(m) = r.metrics.get_mut(i) {
                        if j < m.restated.len() {
                            m.restated.remove(j);
                        }
                    }
                })))
            })
        };
        html! {
            <div class="studio-restated">
                <p class="studio-hint">{ format!("{}{}", format::figure(r.value, r.qualifier, Lang::Zh), m.unit.zh) }</p>
                { text_pair(ui, Word::Quote, &format!("{path}.quote"), &r.quote.zh, &r.quote.en, dispatch,
                    move |rv, en, v| if let Some(q) = rv.metrics.get_mut(i).and_then(|m| m.restated.get_mut(j)) { verbatim_set(&mut q.quote, en, v) }) }
                <button type="button" class="studio-link" onclick={drop}>{ w(ui, Word::Remove) }</button>
            </div>
        }
    });
    html! {
        <div class="studio-form" id={format!("studio-figure-{i}")}>
            <p class="studio-quote" lang="zh-CN">{ m.quote.zh.clone() }</p>
            <div class="studio-pair">
                { text_input(w(ui, Word::Id), format!("{path}.id"), &m.id, None, dispatch, move |r, v| if let Some(m) = r.metrics.get_mut(i) { m.id = v }) }
                <label class="studio-field"><span>{ w(ui, Word::Value) }</span>
                    <input type="number" min="0" data-path={format!("{path}.value")} value={m.value.to_string()} oninput={value} /></label>
            </div>
            <label class="studio-check"><input type="checkbox" checked={m.qualifier.is_some()} onchange={more_than} data-path={format!("{path}.qualifier")} />{ w(ui, Word::MoreThan) }</label>
            { text_pair(ui, Word::Label, &format!("{path}.label"), &m.label.zh, &m.label.en, dispatch,
                move |r, en, v| if let Some(m) = r.metrics.get_mut(i) { text_set(&mut m.label, en, v) }) }
            { text_pair(ui, Word::Unit, &format!("{path}.unit"), &m.unit.zh, &m.unit.en, dispatch,
                move |r, en, v| if let Some(m) = r.metrics.get_mut(i) { set_lang_of(&mut m.unit.zh, &mut m.unit.en, en, v) }) }
            // English agrees with the number: a figure of 1 takes the singular.
            if m.value == 1 || m.unit.en_one.is_some() {
                { text_input(w(ui, Word::UnitOne), format!("{path}.unit.en_one"), m.unit.en_one.as_deref().unwrap_or_default(), Some("en"), dispatch,
                    move |r, v| if let Some(m) = r.metrics.get_mut(i) { m.unit.en_one = (!v.is_empty()).then_some(v) }) }
            }
            { text_pair(ui, Word::Quote, &format!("{path}.quote"), &m.quote.zh, &m.quote.en, dispatch,
                move |r, en, v| if let Some(m) = r.metrics.get_mut(i) { verbatim_set(&mut m.quote, en, v) }) }
            <label class="studio-check"><input type="checkbox" checked={m.headline} onchange={headline} data-path={format!("{path}.headline")} />{ w(ui, Word::Headline) }</label>
            { section }
            { part_of }
            <h4>{ w(ui, Word::Restated) }</h4>
            { for restated }
            <button type="button" class="studio-link studio-restate" onclick={restate}>{ w(ui, Word::Restate) }</button>
            <button type="button" class="studio-link" onclick={remove}>{ w(ui, Word::Remove) }</button>
        </div>
    }
}

/// The section a figure or item belongs to (its theme).
pub fn section_select(
    studio: &Studio,
    dispatch: &Dispatch,
    path: &str,
    current: &str,
    set: impl Fn(&mut Review, String) + 'static,
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
        path.to_string(),
        sections,
        &current.to_string(),
        dispatch,
        set,
    )
}
