//! The app's state: one reducer, as in Yew's `function_todomvc`.

use std::rc::Rc;

use yew::Reducible;

use crate::model::edition::ItemQuotes;
use crate::model::filter::{Filter, ThemeKey};
use crate::model::params::Params;
use crate::model::timeline::ZOOMS;
use crate::model::{Edition, Lang, Problem};

#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Loading,
    Ready(Rc<Edition>),
    /// What is wrong, for the reader (and the editor) to see.
    Failed(Vec<String>),
}

impl Status {
    /// The root's `data-state`, which hosts and tests wait on.
    pub fn data_state(&self) -> &'static str {
        match self {
            Status::Loading => "loading",
            Status::Ready(_) => "ready",
            Status::Failed(_) => "error",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// Each institution's headline figures, then its themes.
    #[default]
    ByInstitution,
    /// The two institutions in two columns.
    SideBySide,
    /// The items on a time axis.
    Timeline,
    /// The same items as a list: the accessible and printable timeline.
    List,
}

/// How the timeline groups its items into lanes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lanes {
    #[default]
    ByTheme,
    ByInstitution,
}

/// Below this width the list, not the timeline drawing, shows the items.
pub const NARROW_PX: i64 = 640;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub status: Status,
    pub lang: Lang,
    pub view: View,
    pub filter: Filter,
    /// The card a deep link (`?metric=`) asked for.
    pub highlight: Option<String>,
    /// Count-ups play only when the reader has not asked for less motion.
    pub animate: bool,
    /// The timeline item the reader selected (ids are unique in an edition).
    pub selected: Option<String>,
    /// Whether the selected item's detail panel is open.
    pub detail: bool,
    /// How many times an item was shown from elsewhere (a deep link, a
    /// card's link): each time, the selected item scrolls into view. Moving
    /// through the timeline does not count (focus brings the item along).
    pub reveals: u32,
    pub lanes: Lanes,
    /// Timeline zoom, percent of "the whole axis fits".
    pub zoom: i64,
    /// While the app builds the opening view off screen to take over the
    /// prerendered page: how many of its parts it has rendered so far (the
    /// widget's bare element first, then its frame of masthead, controls and
    /// footer, then headline rows and theme groups). It adds one per task, so
    /// no task holds the reader's input for long; `None` once everything is
    /// shown.
    pub building: Option<usize>,
    /// Whether the theme and search controls are open (they sit behind one
    /// button, so the controls take one row above the figures).
    pub filters_open: bool,
}

impl Default for State {
    fn default() -> Self {
        State {
            status: Status::Loading,
            lang: Lang::Zh,
            view: View::default(),
            filter: Filter::default(),
            highlight: None,
            animate: false,
            selected: None,
            detail: false,
            reveals: 0,
            lanes: Lanes::default(),
            zoom: ZOOMS[0],
            building: None,
            filters_open: false,
        }
    }
}

impl State {
    /// The opening view, as the page holds it prerendered (`publish`):
    /// whole at once (`build_in_steps` false, the prerender), or built in
    /// steps off screen before it takes the page over (the browser).
    pub fn opening(edition: Rc<Edition>, lang: Lang, build_in_steps: bool) -> State {
        State {
            status: Status::Ready(edition),
            lang,
            building: build_in_steps.then_some(0),
            ..State::default()
        }
    }

    /// The edition, once it is in.
    pub fn edition(&self) -> Option<&Edition> {
        match &self.status {
            Status::Ready(e) => Some(e),
            _ => None,
        }
    }

    /// The root's `data-state`, which hosts and tests wait on: `loading`
    /// until the view is built and on screen.
    pub fn data_state(&self) -> &'static str {
        match (&self.status, self.building) {
            (Status::Ready(_), Some(_)) => "loading",
            (status, _) => status.data_state(),
        }
    }
}

pub enum Action {
    /// The edition is in: shown as the address asks (`review=`, `metric=`,
    /// `item=`, the item in `items_view`); what the edition does not hold
    /// is ignored.
    Loaded {
        edition: Edition,
        params: Params,
        items_view: View,
    },
    /// The same edition in the other language (a published page carries one).
    Translated(Edition),
    /// The items' quotes arrived, from the file the edition named.
    ItemQuotes {
        from: String,
        quotes: Vec<ItemQuotes>,
    },
    Failed(Vec<Problem>),
    SetLang(Lang),
    SetAnimate(bool),
    SetView(View),
    SetReview(Option<String>),
    SetTheme(Option<ThemeKey>),
    SetQuery(String),
    ClearFilter,
    /// Open or close the theme and search controls.
    ToggleFilters,
    Highlight(String),
    /// Select a timeline item; `open` also opens its detail panel.
    Select {
        id: String,
        open: bool,
    },
    /// Show a timeline item from elsewhere (a deep link, a card's related
    /// items): in `view`, selected, its details open. A filter that would
    /// hide it is cleared; an unknown id changes nothing.
    ShowItem {
        id: String,
        view: View,
    },
    CloseDetail,
    SetLanes(Lanes),
    SetZoom(i64),
    /// Render one more part of the view under construction.
    BuildMore,
    /// The view is built and has taken the page over.
    TookOver,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Loaded {
                edition,
                params,
                items_view,
            } => {
                let known_review = params.review.filter(|id| edition.review(id).is_some());
                next.status = Status::Ready(Rc::new(edition));
                let asked = [
                    known_review.map(|id| Action::SetReview(Some(id))),
                    params.metric.map(Action::Highlight),
                    params.item.map(|id| Action::ShowItem {
                        id,
                        view: items_view,
                    }),
                ];
                return asked
                    .into_iter()
                    .flatten()
                    .fold(Rc::new(next), Reducible::reduce);
            }
            Action::Translated(edition) => next.status = Status::Ready(Rc::new(edition)),
            Action::ItemQuotes { from, quotes } => {
                // Only into the edition that asked for them (not one the
                // reader has switched to since).
                if let Status::Ready(edition) = &mut next.status {
                    if edition.quotes_to_come.as_deref() == Some(from.as_str()) {
                        let mut whole = (**edition).clone();
                        // A file of another edition is refused: the items
                        // keep no quote rather than a wrong one, and a
                        // search stops waiting.
                        if whole.pour_item_quotes(quotes).is_err() {
                            whole.quotes_to_come = None;
                        }
                        *edition = Rc::new(whole);
                    }
                }
            }
            Action::Failed(problems) => {
                next.status = Status::Failed(problems.iter().map(ToString::to_string).collect())
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::SetAnimate(animate) => next.animate = animate,
            Action::SetView(view) => next.view = view,
            Action::SetReview(review) => {
                // A theme of the other institution would hide everything.
                if next
                    .filter
                    .theme
                    .as_ref()
                    .is_some_and(|t| Some(&t.review) != review.as_ref())
                {
                    next.filter.theme = None;
                }
                next.filter.review = review;
            }
            Action::SetTheme(theme) => next.filter.theme = theme,
            Action::SetQuery(query) => next.filter.query = query,
            Action::ClearFilter => next.filter = Filter::default(),
            Action::ToggleFilters => next.filters_open = !next.filters_open,
            Action::Highlight(id) => {
                // Only a card that exists: a stale link is ignored, not an error.
                if next.edition().is_some_and(|e| e.has_metric(&id)) {
                    next.highlight = Some(id);
                }
            }
            Action::Select { id, open } => {
                if next.edition().is_some_and(|e| e.item(&id).is_some()) {
                    next.selected = Some(id);
                    next.detail = open || next.detail;
                }
            }
            Action::ShowItem { id, view } => {
                let fits = next
                    .edition()
                    .and_then(|e| e.item(&id))
                    .map(|(r, item)| next.filter.fits_item(r, item));
                let Some(fits) = fits else { return self };
                if !fits {
                    next.filter = Filter::default();
                }
                next.view = view;
                next.selected = Some(id);
                next.detail = true;
                next.reveals = next.reveals.wrapping_add(1);
            }
            Action::CloseDetail => next.detail = false,
            Action::SetLanes(lanes) => next.lanes = lanes,
            Action::SetZoom(zoom) => next.zoom = zoom.clamp(ZOOMS[0], ZOOMS[ZOOMS.len() - 1]),
            Action::BuildMore => next.building = next.building.map(|n| n + 1),
            Action::TookOver => next.building = None,
        }
        Rc::new(next)
    }
}
