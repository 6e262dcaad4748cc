//! The review's own fields: who and what it is, its byline and sections.

use yew::prelude::*;

use super::edit::{Edit, Field, SectionField};
use super::field::{text_input, text_pair, Dispatch};
use super::state::{Action, Studio};
use crate::model::{Lang, Section};
use crate::words::studio::{w, Word};

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
            dispatch.dispatch(Action::Edit(Edit::SetYear(year)));
        })
    };
    html! {
        <section class="studio-review" aria-labelledby="studio-review-heading">
            <h2 id="studio-review-heading">{ w(ui, Word::Review) }</h2>
            <div class="studio-pair">
                { text_input(w(ui, Word::Id), Field::Id, &r.id, None, dispatch) }
                <label class="studio-field">
                    <span>{ w(ui, Word::Year) }</span>
                    <input type="number" inputmode="numeric" data-path={Edit::SetYear(r.year).path()}
                        value={if r.year != 0 { r.year.to_string() } else { String::new() }} oninput={year} />
                </label>
            </div>
            { text_pair(ui, Word::Institution, Field::Institution, &r.institution.zh, &r.institution.en, dispatch) }
            { text_pair(ui, Word::ShortName, Field::ShortName, &r.short_name.zh, &r.short_name.en, dispatch) }
            { text_pair(ui, Word::ReviewTitle, Field::Title, &r.title.zh, &r.title.en, dispatch) }
            { text_pair(ui, Word::Subtitle, Field::Subtitle, &r.subtitle.zh, &r.subtitle.en, dispatch) }
            { text_pair(ui, Word::Organisation, Field::Organisation, &r.byline.organisation.zh, &r.byline.organisation.en, dispatch) }
            <h3 data-path="byline.reporters" tabindex="-1">{ w(ui, Word::Reporters) }</h3>
            { for r.byline.reporters.iter().enumerate().map(|(i, p)|
                text_pair(ui, Word::Reporters, move |l| Field::Reporter(i, l), &p.zh, &p.en, dispatch)) }
            if !r.byline.correspondents.is_empty() {
                <h3>{ w(ui, Word::Correspondents) }</h3>
            }
            { for r.byline.correspondents.iter().enumerate().map(|(i, p)|
                text_pair(ui, Word::Correspondents, move |l| Field::Correspondent(i, l), &p.zh, &p.en, dispatch)) }
            <h3 data-path="sections" tabindex="-1">{ w(ui, Word::Sections) }</h3>
            { for r.sections.iter().enumerate().map(|(i, s)| section_form(studio, dispatch, i, s)) }
        </section>
    }
}

/// A section's id and label, and the English of its heading and paragraphs
/// (their Chinese is the article's).
fn section_form(studio: &Studio, dispatch: &Dispatch, i: usize, s: &Section) -> Html {
    let ui = studio.ui;
    let text = move |f: SectionField| Field::Section(i, f);
    let english = |f: SectionField, value: &str| {
        text_input(w(ui, Word::English), text(f), value, Some("en"), dispatch)
    };
    html! {
        <details class="studio-section-form" open={i == 0}>
            <summary lang="zh-CN">{ s.label.zh.clone() }{ " · " }{ s.id.clone() }</summary>
            { text_input(w(ui, Word::Id), text(SectionField::Id), &s.id, None, dispatch) }
            { text_pair(ui, Word::Label, move |l| text(SectionField::Label(l)), &s.label.zh, &s.label.en, dispatch) }
            if let Some(h) = &s.heading {
                <p lang="zh-CN" class="studio-quote">{ h.zh.clone() }</p>
                { english(SectionField::Heading(Lang::En), &h.en) }
            }
            { for s.paragraphs.iter().enumerate().map(|(j, p)| html! {
                <div class="studio-paragraph">
                    <p lang="zh-CN" class="studio-quote">{ p.zh.clone() }</p>
                    { english(SectionField::Paragraph(j, Lang::En), &p.en) }
                </div>
            }) }
        </details>
    }
}
