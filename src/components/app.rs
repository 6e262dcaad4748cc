use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::error_view::error_view;
use super::shared::{extra_button, EditionRef, Extra, ExtraFor};
use super::view_body::{view_body, LayoutKey};
use crate::host;
use crate::model::edition::FIGURES_CSV;
use crate::model::params::{key, link, Params};
use crate::model::{cards, ids, Bilingual, Edition, Lang, Problem};
use crate::state::{Action, State, Status, View, NARROW_PX};
use crate::words::widget::{json_file, t, widget_subtitle, widget_title, Ui};

/// The opening view as the page holds it prerendered (`publish`):
/// the app starts ready with this edition in this language, so its first
/// render is the page's own markup, and takes the page over.
#[derive(Clone, PartialEq)]
pub struct Opening {
    pub edition: EditionRef,
    pub lang: Lang,
    /// In the browser: build the view off screen in steps, then take the
    /// prerendered page over. (The prerender renders it whole, at once.)
    pub take_over: bool,
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub opening: Option<Opening>,
    /// The page's edition, loaded already (`lib.rs`), for a view the address
    /// asks for that the prerendered page does not hold.
    #[prop_or_default]
    pub edition: Option<EditionRef>,
}

/// The whole widget. Starts from the prerendered opening view, or from the
/// edition loaded already, or loads it (the page's, or a `?data=` file from
/// the widget's own origin: `host::load`), and applies the URL's parameters;
/// then renders from state.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| match &props.opening {
        Some(o) => State::opening(o.edition.0.clone(), o.lang, o.take_over),
        None => State::default(),
    });
    let widget = use_node_ref();

    {
        let dispatch = state.dispatcher();
        let opening = props.opening.is_some();
        let given = props.edition.clone();
        use_effect_with((), move |_| {
            // The page asked for nothing the prerendered view does not hold
            // (the head script decided; see scripts/boot-hook.mjs): the view
            // is built below, then takes over.
            if opening {
                return;
            }
            let params = host::params();
            // Only a deep-linked item opens on the timeline drawing, which
            // needs it.
            if params.item.is_some() {
                host::remember_widget_width();
            }
            let lang = params.lang.or(host::page_lang());
            if let Some(lang) = lang {
                dispatch.dispatch(Action::SetLang(lang));
            }
            match (given, params.data.clone()) {
                (Some(edition), _) => {
                    loaded(&dispatch, &params, Ok(Rc::unwrap_or_clone(edition.0)))
                }
                (None, None) => spawn_local(async move {
                    let edition = host::load_edition(lang.unwrap_or_default()).await;
                    loaded(&dispatch, &params, edition);
                }),
                (None, Some(_)) => spawn_local(async move {
                    let edition = host::load_data_file().await;
                    loaded(&dispatch, &params, edition);
                }),
            }
        });
    }
    // The view under construction: one more part per task, so
    // no task holds the reader's input for long; once whole, it takes the
    // prerendered page over (inside the root, in one step).
    {
        // Counted only while building: not on every render after it.
        let last_step = match (&state.status, state.building) {
            (Status::Ready(e), Some(_)) => {
                Step::last(cards::overview_parts(&e.reviews, &state.filter))
            }
            _ => 0,
        };
        let dispatch = state.dispatcher();
        let widget = widget.clone();
        use_effect_with(state.building, move |building| match *building {
            Some(n) if n < last_step => {
                host::after_task(move || dispatch.dispatch(Action::BuildMore))
            }
            Some(_) => {
                if let Some(widget) = widget.cast::<web_sys::Element>() {
                    host::take_over(&widget);
                }
                dispatch.dispatch(Action::TookOver);
            }
            None => {}
        });
    }
    // Count-ups once the view is on screen (after a takeover: the figures on
    // screen then were on screen before, and never count), for figures that
    // scroll into view.
    {
        let dispatch = state.dispatcher();
        use_effect_with(state.building.is_none(), move |shown| {
            if *shown {
                dispatch.dispatch(Action::SetAnimate(!host::prefers_reduced_motion()));
            }
        });
    }
    {
        let data_state = state.data_state();
        use_effect_with(data_state, |s| {
            host::set_data_state(s);
            #[cfg(feature = "panic-trigger")]
            if *s == "ready" && host::search().contains("panic=1") {
                panic!("asked to panic (a panic-trigger test build)");
            }
        });
    }
    // The items' quotes, once the view is whole and answering: only an
    // item's details show them, and a search waits for them.
    {
        let to_come = match (&state.status, state.building) {
            (Status::Ready(e), None) => e.quotes_to_come.clone(),
            _ => None,
        };
        let dispatch = state.dispatcher();
        use_effect_with(to_come, move |to_come| {
            if let Some(from) = to_come.clone() {
                spawn_local(async move {
                    match host::load_item_quotes(&from).await {
                        Ok(quotes) => dispatch.dispatch(Action::ItemQuotes { from, quotes }),
                        Err(problems) => host::keep_content(&problems),
                    }
                });
            }
        });
    }
    use_effect_with(state.lang, |lang| host::set_html_lang(*lang));
    // A deep-linked card or item scrolls into view once it is rendered.
    use_effect_with(state.highlight.clone(), |id| {
        if let Some(id) = id {
            host::reveal(&ids::metric_element(id));
        }
    });
    // The selected item scrolls into view each time it is shown from
    // elsewhere (`State::reveals`).
    {
        let selected = state.selected.clone();
        use_effect_with(state.reveals, move |reveals| {
            if let (Some(id), true) = (selected, *reveals > 0) {
                host::reveal(&ids::item_element(&id));
            }
        });
    }
    // The address shares the selection, inside an iframe too.
    {
        let ready = matches!(state.status, Status::Ready(_));
        use_effect_with((state.selected.clone(), ready), move |(selected, ready)| {
            if *ready {
                host::replace_param_soon(key::ITEM, selected.clone());
            }
        });
    }
    let laid_out = use_memo(LayoutKey::of(&state), LayoutKey::lay_out);
    let lang = state.lang;
    let step = Step::of(state.building);
    match (&state.status, EditionRef::shown(&state)) {
        (Status::Failed(problems), _) => error_view(problems, lang),
        // The first step of a takeover: the element the view is built in.
        (Status::Ready(_), Some(_)) if !step.frame => {
            html! { <div class="hm-widget" ref={widget}></div> }
        }
        (Status::Ready(_), Some(edition)) => {
            let dispatch = state.dispatcher();
            let other = match lang {
                Lang::Zh => Lang::En,
                Lang::En => Lang::Zh,
            };
            let on_lang = switch_lang(&dispatch, &edition.0, other);
            let year = edition.0.reviews.first().map_or(0, |r| r.year).to_string();
            let subtitle = widget_subtitle(lang, &edition.0.reviews);
            // A `?data=` file has no published CSV or files to link.
            let published = edition.0.published.clone();
            let body = view_body(
                &state,
                &dispatch,
                &edition,
                (*laid_out).clone(),
                step.overview,
            );
            // A card's related items are links (`?item=`, so they open in a new
            // tab too); a plain click shows the item here.
            let onclick = {
                let dispatch = state.dispatcher();
                Callback::from(move |e: MouseEvent| {
                    if let Some(id) = host::item_link(&e) {
                        e.prevent_default();
                        dispatch.dispatch(Action::ShowItem {
                            id,
                            view: items_view(),
                        });
                    }
                })
            };
            html! {
                <div class="hm-widget" ref={widget} {onclick}>
                    <header class="hm-masthead">
                        <h1 class="hm-widget-title">{ widget_title(lang, &year) }</h1>
                        <p class="hm-widget-subtitle">{ subtitle }</p>
                        // Named in the language it switches to, and marked so.
                        <button type="button" class="hm-lang" lang={other.html_tag()}
                            onclick={on_lang}>{ t(other, Ui::LanguageName) }</button>
                    </header>
                    { body }
                    <footer class="hm-footer">
                        // The snippet that embeds this view (static/extras.js).
                        { extra_button(Extra::Embed, ExtraFor { id: "huimou", link: Some(embed_link(&state)), review: None }, lang) }
                        if let Some(folder) = published {
                            // The data, to take away: published beside the pages (`publish`).
                            <h2 class="hm-footer-heading">{ t(lang, Ui::GetTheData) }</h2>
                            <a href={folder.clone() + FIGURES_CSV} download={"huimou-figures-".to_string() + &year + ".csv"}>{ t(lang, Ui::FiguresCsv) }</a>
                            { for edition.0.reviews.iter().map(|r| html! {
                                <a href={folder.clone() + &r.file_name()} download="">{ json_file(r.short_name.in_lang(lang)) }</a>
                            }) }
                        }
                    </footer>
                </div>
            }
        }
        _ => html! { <p class="hm-loading">{ t(lang, Ui::Loading) }</p> },
    }
}

/// What a step of the takeover draws (`State::building`): at step 0 the
/// widget's bare element (the app's own start is a task's work already),
/// then the frame (masthead, controls, footer) with one more of the
/// overview's parts per step.
struct Step {
    frame: bool,
    overview: Option<usize>,
}

impl Step {
    /// Steps before the overview's first part: the bare element.
    const BARE: usize = 1;

    fn of(building: Option<usize>) -> Step {
        Step {
            frame: building.is_none_or(|n| n >= Self::BARE),
            overview: building.map(|n| n.saturating_sub(Self::BARE)),
        }
    }

    /// The last step: every part of the overview drawn.
    fn last(overview_parts: usize) -> usize {
        Self::BARE + overview_parts
    }
}

/// The edition is in (or not): shown as the address asks.
fn loaded(
    dispatch: &UseReducerDispatcher<State>,
    params: &Params,
    edition: Result<Edition, Vec<Problem>>,
) {
    dispatch.dispatch(match edition {
        Ok(edition) => Action::Loaded {
            edition,
            params: params.clone(),
            items_view: items_view(),
        },
        Err(problems) => Action::Failed(problems),
    });
}

/// The embed snippet's address: the institution and the item on screen.
fn embed_link(state: &State) -> String {
    let review = state.filter.review.as_deref().map(|r| (key::REVIEW, r));
    let item = state.selected.as_deref().map(|i| (key::ITEM, i));
    link(&[review, item].into_iter().flatten().collect::<Vec<_>>())
}

/// On a narrow screen the list is the timeline's default form.
fn items_view() -> View {
    if host::window_width() < NARROW_PX {
        View::List
    } else {
        View::Timeline
    }
}

/// The language switch: the address follows; a published edition carries
/// one language, and fetches the other the first time it is asked for.
fn switch_lang(
    dispatch: &UseReducerDispatcher<State>,
    edition: &Rc<Edition>,
    to: Lang,
) -> Callback<MouseEvent> {
    let (dispatch, edition) = (dispatch.clone(), edition.clone());
    Callback::from(move |_| {
        // The address follows the language shown, once it is shown.
        let follow =
            move || host::replace_param(key::LANG, (to == Lang::En).then_some(Lang::En.param()));
        let carries = edition
            .reviews
            .first()
            .is_none_or(|r| !r.title.in_lang(to).is_empty());
        if carries {
            follow();
            return dispatch.dispatch(Action::SetLang(to));
        }
        let dispatch = dispatch.clone();
        spawn_local(async move {
            match host::load_edition(to).await {
                Ok(other) => {
                    follow();
                    dispatch.dispatch(Action::Translated(other));
                    dispatch.dispatch(Action::SetLang(to));
                }
                // The view on screen stays; the notice says the switch failed.
                Err(problems) => host::keep_content(&problems),
            }
        });
    })
}
