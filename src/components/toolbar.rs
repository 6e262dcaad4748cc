use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::shared::ReviewRef;
use crate::model::filter::{theme_name, themes, Filter, ThemeKey};
use crate::model::{Bilingual, Lang, Review};
use crate::state::{Action, State, View};
use crate::words::widget::{figures_count, t, Ui};

/// The reader's controls: the view, the institution, the theme, a search.
/// Every control is a native element, so keyboards and screen readers work as
/// they do everywhere else.
/// `count` is how many figures the filter lets through; `open`, whether the
/// theme and search controls are open. (A view function: no state. It takes
/// the state's fields one by one: taking `&State` measured 51 B of gzip more
/// in the reader's wasm, which the English page's budget has no room for.)
pub fn toolbar(
    reviews: &[ReviewRef],
    filter: &Filter,
    view: View,
    lang: Lang,
    count: usize,
    open: bool,
    dispatch: &UseReducerDispatcher<State>,
) -> Html {
    let d = dispatch.clone();
    let current = view;
    let view_button = |view: View, label: Ui| {
        let d = d.clone();
        html! {
            <button type="button" class="hm-segment" aria-pressed={(current == view).to_string()}
                onclick={Callback::from(move |_| d.dispatch(Action::SetView(view)))}>{ t(lang, label) }</button>
        }
    };
    let institution_button = |review: Option<&Review>| {
        let d = d.clone();
        let id = review.map(|r| r.id.clone());
        let pressed = filter.review == id;
        let label = review
            .map(|r| {
                r.switch_name
                    .as_ref()
                    .unwrap_or(&r.short_name)
                    .in_lang(lang)
                    .to_string()
            })
            .unwrap_or_else(|| t(lang, Ui::AllInstitutions).into());
        html! {
            // data-review: the embed snippet (static/extras.js) keeps the reader's choice.
            <button type="button" class="hm-segment" aria-pressed={pressed.to_string()} data-review={id.clone()}
                onclick={Callback::from(move |_| d.dispatch(Action::SetReview(id.clone())))}>{ label }</button>
        }
    };
    let theme_options: Vec<(ThemeKey, String)> = themes(reviews.iter().map(|r| &**r))
        .into_iter()
        .filter(|(key, _, _)| filter.review.as_ref().is_none_or(|r| *r == key.review))
        .map(|(key, label, review)| {
            let name = theme_name(review, label, lang);
            (key, name)
        })
        .collect();
    let on_theme = {
        let d = d.clone();
        let options = theme_options.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let key = options
                .iter()
                .map(|(k, _)| k)
                .find(|k| format!("{}/{}", k.review, k.section) == value);
            d.dispatch(Action::SetTheme(key.cloned()));
        })
    };
    let on_search = {
        let d = d.clone();
        Callback::from(move |e: InputEvent| {
            d.dispatch(Action::SetQuery(
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    let selected_theme = filter
        .theme
        .as_ref()
        .map(|k| format!("{}/{}", k.review, k.section))
        .unwrap_or_default();
    let filtered = current != View::SideBySide;
    let toggle_filters = {
        let d = d.clone();
        Callback::from(move |_| d.dispatch(Action::ToggleFilters))
    };
    // A theme or a search in effect: the toggle says so while it is closed.
    let narrowed = filter.theme.is_some() || !filter.query.trim().is_empty();
    html! {
        <div class="hm-toolbar">
            // One row: the view, the institution, and the button that opens
            // the theme and the search (on a phone it scrolls sideways rather
            // than taking a second row above the figures).
            <div class="hm-controls">
                <div class="hm-segments" role="group" aria-label={t(lang, Ui::ViewChoice)}>
                    { view_button(View::ByInstitution, Ui::Figures) }
                    { view_button(View::SideBySide, Ui::SideBySide) }
                    { view_button(View::Timeline, Ui::Timeline) }
                    { view_button(View::List, Ui::List) }
                </div>
                if filtered {
                    <div class="hm-segments" role="group" aria-label={t(lang, Ui::Institution)}>
                        { institution_button(None) }
                        { for reviews.iter().map(|r| institution_button(Some(r))) }
                    </div>
                    <button type="button" class={classes!("hm-segment", "hm-filter-toggle", narrowed.then_some("is-narrowed"))}
                        aria-expanded={open.to_string()} aria-controls="hm-filters" onclick={toggle_filters}>
                        { t(lang, Ui::Filter) }
                    </button>
                }
            </div>
            if filtered {
                <div class="hm-filters" id="hm-filters" hidden={!open}>
                    <label class="hm-field">
                        <span class="hm-field-label">{ t(lang, Ui::Theme) }</span>
                        <select onchange={on_theme}>
                            <option value="" selected={selected_theme.is_empty()}>{ t(lang, Ui::AllThemes) }</option>
                            { for theme_options.iter().map(|(k, name)| {
                                let value = format!("{}/{}", k.review, k.section);
                                let selected = value == selected_theme;
                                html! { <option {selected} {value}>{ name }</option> }
                            }) }
                        </select>
                    </label>
                    <label class="hm-field hm-search">
                        <span class="hm-field-label">{ t(lang, Ui::Search) }</span>
                        <input type="search" id="hm-search" value={filter.query.clone()} oninput={on_search}
                            placeholder={t(lang, Ui::SearchPlaceholder)} autocomplete="off" />
                    </label>
                    <p class="hm-count" role="status" aria-live="polite">
                        if current == View::ByInstitution { { figures_count(lang, count) } }
                        if !filter.is_unfiltered() {
                            { " · " }
                            <button type="button" class="hm-link-button"
                                onclick={Callback::from(move |_| d.dispatch(Action::ClearFilter))}>{ t(lang, Ui::ClearSearch) }</button>
                        }
                    </p>
                </div>
            }
        </div>
    }
}
