//! The review's own fields: who and what it is, its byline and sections.

use std::rc::Rc;

use yew::prelude::*;

use super::field::{set_lang_of, text_input, text_pair, Dispatch};
use super::state::{Action, Studio};
use super::words::{w, Word};
use crate::model::{Review, Text, Verbatim};

pub fn review_form(studio: &Studio, dispatch: &Dispatch) -> Html {
    let ui = studio.ui;
    let r = &studio.draft.review;
    let year = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            // A year being typed is kept as far as it is a number.
            let year = value.trim().parse().unwrap_or(0);
            dispatch.dispatch(Action::Edit(Rc::new(move |r: &mut Review| r.year = year)));
        })
    };
    html! {
        <section class="studio-review" aria-labelledby="studio-review-heading">
            <h2 id="studio-review-heading">{ w(ui, Word::Review) }</h2>
            <div class="studio-pair">
                { text_input(w(ui, Word::Id), "id".into(), &r.id, None, dispatch, |r, v| r.id = v) }
                <label class="studio-field">
                    <span>{ w(ui, Word::Year) }</span>
                    <input type="number" inputmode="numeric" data-path="year"
                        value={if r.year != 0 { r.year.to_string() } else { String::new() }} oninput={year} />
                </label>
            </div>
            { text_pair(ui, Word::Institution, "institution", &r.institution.zh, &r.institution.en, dispatch,
                |r, en, v| text_set(&mut r.institution, en, v)) }
            { text_pair(ui, Word::ShortName, "short_name", &r.short_name.zh, &r.short_name.en, dispatch,
                |r, en, v| text_set(&mut r.short_name, en, v)) }
            { text_pair(ui, Word::ReviewTitle, "title", &r.title.zh, &r.title.en, dispatch,
                |r, en, v| verbatim_set(&mut r.title, en, v)) }
            { text_pair(ui, Word::Subtitle, "subtitle", &r.subtitle.zh, &r.subtitle.en, dispatch,
                |r, en, v| verbatim_set(&mut r.subtitle, en, v)) }
            { text_pair(ui, Word::Organisation, "byline.organisation", &r.byline.organisation.zh, &r.byline.organisation.en, dispatch,
                |r, en, v| verbatim_set(&mut r.byline.organisation, en, v)) }
            <h3 data-path="byline.reporters" tabindex="-1">{ w(ui, Word::Reporters) }</h3>
            { for r.byline.reporters.iter().enumerate().map(|(i, p)| text_pair(ui, Word::Reporters, &format!("byline.reporters[{i}]"), &p.zh, &p.en, dispatch,
                move |r, en, v| if let Some(p) = r.byline.reporters.get_mut(i) { verbatim_set(p, en, v) })) }
            if !r.byline.correspondents.is_empty() {
                <h3>{ w(ui, Word::Correspondents) }</h3>
            }
            { for r.byline.correspondents.iter().enumerate().map(|(i, p)| text_pair(ui, Word::Correspondents, &format!("byline.correspondents[{i}]"), &p.zh, &p.en, dispatch,
                move |r, en, v| if let Some(p) = r.byline.correspondents.get_mut(i) { verbatim_set(p, en, v) })) }
            <h3 data-path="sections" tabindex="-1">{ w(ui, Word::Sections) }</h3>
            { for r.sections.iter().enumerate().map(|(i, s)| html! {
                <details class="studio-section-form" open={i == 0}>
                    <summary lang="zh-CN">{ s.label.zh.clone() }{ " · " }{ s.id.clone() }</summary>
                    { text_input(w(ui, Word::Id), format!("sections[{i}].id"), &s.id, None, dispatch,
                        move |r, v| if let Some(s) = r.sections.get_mut(i) { s.id = v }) }
                    { text_pair(ui, Word::Label, &format!("sections[{i}].label"), &s.label.zh, &s.label.en, dispatch,
                        move |r, en, v| if let Some(s) = r.sections.get_mut(i) { text_set(&mut s.label, en, v) }) }
                    if let Some(h) = &s.heading {
                        <p lang="zh-CN" class="studio-quote">{ h.zh.clone() }</p>
                        { text_input(w(ui, Word::English), format!("sections[{i}].heading.en"), &h.en, Some("en"), dispatch,
                            move |r, v| if let Some(h) = r.sections.get_mut(i).and_then(|s| s.heading.as_mut()) { h.en = v }) }
                    }
                    { for s.paragraphs.iter().enumerate().map(|(j, p)| html! {
                        <div class="studio-paragraph">
                            <p lang="zh-CN" class="studio-quote">{ p.zh.clone() }</p>
                            { text_input(w(ui, Word::English), format!("sections[{i}].paragraphs[{j}].en"), &p.en, Some("en"), dispatch,
                                move |r, v| if let Some(p) = r.sections.get_mut(i).and_then(|s| s.paragraphs.get_mut(j)) { p.en = v }) }
                        </div>
                    }) }
                </details>
            }) }
        </section>
    }
}

pub fn text_set(t: &mut Text, english: bool, value: String) {
    set_lang_of(&mut t.zh, &mut t.en, english, value);
}

pub fn verbatim_set(t: &mut Verbatim, english: bool, value: String) {
    set_lang_of(&mut t.zh, &mut t.en, english, value);
}
