//! The studio's one component holding state: the reducer, what follows
//! each change (the stored draft, the question before leaving, the theme),
//! and the page's layout. The parts are view functions, one per file.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::article::article;
use super::checks::checks;
use super::draft::{previewable, Draft, Place};
use super::figures::figures;
use super::items::items;
use super::map::map;
use super::open_bar::open_bar;
use super::page;
use super::preview::Preview;
use super::review_form::review_form;
use super::state::{Action, Studio};
use crate::components::EditionRef;
use crate::model::{Edition, Lang};
use crate::words::studio::{w, Word};
use crate::words::widget::{t, Ui};

#[component]
pub fn StudioApp() -> Html {
    let studio = use_reducer(|| {
        let draft = page::stored_draft().and_then(|s| Draft::from_stored(&s));
        Studio::new(draft, Lang::Zh)
    });
    let dispatch = studio.dispatcher();
    // Whether leaving asks first: the page's listener reads this flag. It is
    // set at render, not in the storing effect below: effects run later,
    // and a reader leaving right after typing must still be asked.
    let unsaved = use_memo((), |_| {
        let flag = Rc::new(Cell::new(false));
        page::ask_before_leaving(flag.clone());
        flag
    });
    unsaved.set(studio.draft.unsaved());
    // The draft is kept after every change, in this page's own storage.
    use_effect_with(studio.draft.clone(), |draft| {
        if draft.article.is_some() || draft.saved.is_some() {
            page::store_draft(&draft.to_stored())
        }
    });
    // Keyboard-first: a choice to make, or a form just opened, takes focus.
    use_effect_with(studio.pending.is_some(), |pending| {
        if *pending {
            page::focus_first(".studio-choice");
        }
    });
    use_effect_with((studio.open, studio.goto.clone()), |(open, goto)| {
        match (open, goto) {
            (_, Some(path)) => page::focus_path(path),
            (Some(Place::Figure(i)), None) => {
                page::focus_first(&format!("#studio-figure-{i} input"))
            }
            (Some(Place::Item(i)), None) => page::focus_first(&format!("#studio-item-{i} input")),
            _ => {}
        }
    });
    // The question about replacing unsaved work takes focus, on "keep".
    use_effect_with(studio.replacing.is_some(), |asking| {
        if *asking {
            page::focus_first("#studio-keep");
        }
    });
    use_effect_with(studio.dark, |dark| page::set_theme(*dark));
    use_effect_with(studio.ui, |ui| crate::host::set_html_lang(*ui));
    let edition = use_memo(studio.draft.review.clone(), |review| {
        (!review.sections.is_empty()).then(|| {
            EditionRef(Rc::new(Edition {
                reviews: vec![previewable(review)],
                published: None,
                quotes_to_come: None,
            }))
        })
    });
    // The preview's institution in its colour: the one the draft states, or
    // the palette's, as `publish` would give it.
    {
        let colours = crate::model::colour::edition_css(std::slice::from_ref(&studio.draft.review));
        use_effect_with(colours, |css| crate::host::adopt_colours(css));
    }
    let problems = studio.draft.problems();
    let ui = studio.ui;
    let other = if ui == Lang::Zh { Lang::En } else { Lang::Zh };
    let switch_ui = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::SetUi(other)))
    };
    let preview_lang = |lang: Lang| {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::PreviewLang(lang)))
    };
    let dark = {
        let dispatch = dispatch.clone();
        let on = !studio.dark;
        Callback::from(move |_| dispatch.dispatch(Action::SetDark(on)))
    };
    html! {
        <div class="studio">
            <header class="studio-header">
                <h1>{ w(ui, Word::Title) }</h1>
                <p>{ w(ui, Word::Intro) }</p>
                <button type="button" id="studio-ui-lang" class="studio-button" lang={other.html_tag()} onclick={switch_ui}>{ t(other, Ui::LanguageName) }</button>
            </header>
            { open_bar(&studio, problems.len()) }
            <div class="studio-columns">
                <div class="studio-column">
                    { article(&studio, &dispatch) }
                    { map(&studio, &dispatch) }
                </div>
                <div class="studio-column">
                    { checks(&studio, &problems, &dispatch) }
                    { figures(&studio, &dispatch) }
                    { items(&studio, &dispatch) }
                    { review_form(&studio, &dispatch) }
                </div>
            </div>
            <section class="studio-preview" aria-labelledby="studio-preview-heading">
                <h2 id="studio-preview-heading">{ w(ui, Word::Preview) }</h2>
                <div class="studio-actions" role="group" aria-label={w(ui, Word::PreviewLanguage)}>
                    <button type="button" id="studio-preview-zh" class="studio-button" aria-pressed={(studio.preview_lang == Lang::Zh).to_string()} onclick={preview_lang(Lang::Zh)} lang="zh-CN">{ t(Lang::Zh, Ui::LanguageName) }</button>
                    <button type="button" id="studio-preview-en" class="studio-button" aria-pressed={(studio.preview_lang == Lang::En).to_string()} onclick={preview_lang(Lang::En)} lang="en">{ t(Lang::En, Ui::LanguageName) }</button>
                    <button type="button" id="studio-dark" class="studio-button" aria-pressed={studio.dark.to_string()} onclick={dark}>{ w(ui, Word::Dark) }</button>
                </div>
                { match (*edition).clone() {
                    Some(edition) => html! { <Preview {edition} lang={studio.preview_lang} /> },
                    None => html! { <p class="studio-hint">{ w(ui, Word::PreviewUnavailable) }</p> },
                } }
            </section>
        </div>
    }
}
