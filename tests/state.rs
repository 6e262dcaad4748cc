//! The app's reducer (plain Rust, natively): what actions do to the state.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use huimou::model::filter::{Filter, ThemeKey};
use huimou::model::params::Params;
use huimou::model::timeline::ZOOMS;
use huimou::model::{Edition, Lang, Problem};
use huimou::state::{Action, State, Status, View};
use yew::Reducible;

fn loaded(query: &str) -> Rc<State> {
    Rc::new(State::default()).reduce(Action::Loaded {
        edition: Edition::bundled().unwrap(),
        params: Params::parse(query),
        items_view: View::Timeline,
    })
}

fn ready() -> Rc<State> {
    loaded("")
}

#[test]
fn showing_an_item_selects_it_opens_it_and_clears_a_filter_that_hides_it() {
    let e = Edition::bundled().unwrap();
    let item = &e.reviews[1].items[0];
    // A search that no item matches hides this one.
    let hidden = ready().reduce(Action::SetQuery("no such words anywhere".into()));
    assert!(!hidden.filter.fits_item(&e.reviews[1], item));
    let shown = hidden.reduce(Action::ShowItem {
        id: item.id.clone(),
        view: View::Timeline,
    });
    assert_eq!(shown.view, View::Timeline);
    assert_eq!(shown.selected.as_deref(), Some(item.id.as_str()));
    assert!(shown.detail);
    assert_eq!(shown.filter, Filter::default());

    // A filter that shows the item stays.
    let npc = ready().reduce(Action::SetReview(Some(e.reviews[1].id.clone())));
    let shown = npc.reduce(Action::ShowItem {
        id: item.id.clone(),
        view: View::List,
    });
    assert_eq!(
        shown.filter.review.as_deref(),
        Some(e.reviews[1].id.as_str())
    );
    assert_eq!(shown.view, View::List);
}

#[test]
fn an_unknown_item_changes_nothing() {
    let before = ready();
    let after = before.clone().reduce(Action::ShowItem {
        id: "no-such-item".into(),
        view: View::Timeline,
    });
    assert_eq!(*after, *before);
}

// Every other action, as a reader's step: what it changes, and what it leaves.

#[test]
fn loading_ends_ready_or_failed_and_the_root_says_which() {
    let start = Rc::new(State::default());
    assert_eq!(start.data_state(), "loading");
    assert_eq!(ready().data_state(), "ready");
    let failed = start.reduce(Action::Failed(vec![Problem::new(
        "metrics[0].value",
        "must be a number",
    )]));
    assert_eq!(failed.data_state(), "error");
    match &failed.status {
        Status::Failed(messages) => assert_eq!(
            messages,
            &["metrics[0].value: must be a number".to_string()]
        ),
        _ => panic!("not failed"),
    }
}

#[test]
fn the_opening_view_built_in_steps_is_loading_until_built() {
    let e = Rc::new(Edition::bundled().unwrap());
    let state = Rc::new(State::opening(e.clone(), Lang::En, true));
    assert_eq!(
        (state.lang, state.building, state.data_state()),
        (Lang::En, Some(0), "loading")
    );
    let state = state.reduce(Action::BuildMore).reduce(Action::BuildMore);
    assert_eq!(state.building, Some(2));
    let state = state.reduce(Action::TookOver);
    assert_eq!((state.building, state.data_state()), (None, "ready"));
    // The prerender draws it whole at once.
    assert_eq!(State::opening(e, Lang::Zh, false).building, None);
}

#[test]
fn zoom_stays_within_its_steps() {
    let (fit, most) = (ZOOMS[0], ZOOMS[ZOOMS.len() - 1]);
    assert_eq!(ready().zoom, fit);
    assert_eq!(ready().reduce(Action::SetZoom(ZOOMS[1])).zoom, ZOOMS[1]);
    assert_eq!(ready().reduce(Action::SetZoom(fit - 1)).zoom, fit);
    assert_eq!(ready().reduce(Action::SetZoom(most + 1)).zoom, most);
}

#[test]
fn choosing_the_other_institution_drops_a_theme_of_the_first() {
    let e = Edition::bundled().unwrap();
    let (cppcc, npc) = (&e.reviews[0], &e.reviews[1]);
    let theme = ThemeKey {
        review: cppcc.id.clone(),
        section: cppcc.sections[1].id.clone(),
    };
    let s = ready().reduce(Action::SetTheme(Some(theme.clone())));
    assert_eq!(s.filter.theme.as_ref(), Some(&theme));
    // The same institution keeps it; the other one would show nothing with it.
    let same = s.clone().reduce(Action::SetReview(Some(cppcc.id.clone())));
    assert_eq!(same.filter.theme.as_ref(), Some(&theme));
    let other = s.reduce(Action::SetReview(Some(npc.id.clone())));
    assert_eq!(other.filter.theme, None);
    assert_eq!(other.filter.review.as_deref(), Some(npc.id.as_str()));
}

#[test]
fn a_search_and_clearing_it() {
    let s = ready().reduce(Action::SetQuery("路灯".into()));
    assert_eq!(s.filter.query, "路灯");
    assert!(!s.filter.is_unfiltered());
    let cleared = s
        .reduce(Action::SetReview(Some("npc".into())))
        .reduce(Action::ClearFilter);
    assert_eq!(cleared.filter, Filter::default());
}

#[test]
fn a_deep_link_highlights_a_card_that_exists_and_ignores_one_that_does_not() {
    let e = Edition::bundled().unwrap();
    let id = e.reviews[0].metrics[3].id.clone();
    assert_eq!(
        ready().reduce(Action::Highlight(id.clone())).highlight,
        Some(id)
    );
    assert_eq!(
        ready()
            .reduce(Action::Highlight("no-such-card".into()))
            .highlight,
        None
    );
    // Before the edition is in, nothing is known.
    let early = Rc::new(State::default()).reduce(Action::Highlight("proposals-accepted".into()));
    assert_eq!(early.highlight, None);
}

#[test]
fn selecting_an_item_opens_its_details_only_when_asked_and_closing_keeps_the_selection() {
    let e = Edition::bundled().unwrap();
    let (a, b) = (
        e.reviews[0].items[0].id.clone(),
        e.reviews[1].items[2].id.clone(),
    );
    let s = ready().reduce(Action::Select {
        id: a.clone(),
        open: false,
    });
    assert_eq!((s.selected.as_deref(), s.detail), (Some(a.as_str()), false));
    let s = s.reduce(Action::Select {
        id: b.clone(),
        open: true,
    });
    assert_eq!((s.selected.as_deref(), s.detail), (Some(b.as_str()), true));
    // Arrow keys move the selection; open details follow it.
    let s = s.reduce(Action::Select {
        id: a.clone(),
        open: false,
    });
    assert_eq!((s.selected.as_deref(), s.detail), (Some(a.as_str()), true));
    let s = s.reduce(Action::CloseDetail);
    assert_eq!((s.selected.as_deref(), s.detail), (Some(a.as_str()), false));
    // An unknown id changes nothing.
    let same = s.clone().reduce(Action::Select {
        id: "no-such-item".into(),
        open: true,
    });
    assert_eq!(*same, *s);
}

#[test]
fn the_edition_opens_as_the_address_asks() {
    // Nothing asked: every figure, no selection, the cards.
    let plain = ready();
    assert!(matches!(plain.status, Status::Ready(_)));
    assert_eq!(plain.filter, Filter::default());
    assert_eq!(
        (plain.view, plain.selected.clone(), plain.highlight.clone()),
        (View::ByInstitution, None, None)
    );
    // One institution, a card and an item at once.
    let asked = loaded("?review=npc&metric=pledges-made&item=liuji-lamps-installed");
    assert_eq!(asked.highlight.as_deref(), Some("pledges-made"));
    assert_eq!(asked.selected.as_deref(), Some("liuji-lamps-installed"));
    assert_eq!(asked.view, View::Timeline);
    assert!(asked.detail);
    // The item is the CPPCC's: showing it clears the NPC filter that would hide it.
    assert_eq!(asked.filter.review, None);
    // review= alone keeps its institution.
    assert_eq!(loaded("?review=npc").filter.review.as_deref(), Some("npc"));
}

#[test]
fn what_the_edition_does_not_hold_is_ignored() {
    let stale = loaded("?review=nowhere&metric=no-such-card&item=no-such-item");
    assert_eq!(stale.filter, Filter::default());
    assert_eq!(stale.highlight, None);
    assert_eq!(stale.selected, None);
    assert_eq!(stale.view, View::ByInstitution);
    assert!(!stale.detail);
}

#[test]
fn the_english_replaces_the_edition_and_keeps_the_readers_place() {
    let npc = loaded("?review=npc").reduce(Action::SetZoom(300));
    let english = npc.reduce(Action::Translated(Edition::bundled().unwrap()));
    assert_eq!(english.filter.review.as_deref(), Some("npc"));
    assert_eq!(english.zoom, 300);
    assert!(matches!(english.status, Status::Ready(_)));
}

#[test]
fn an_item_shown_from_elsewhere_is_revealed_each_time_and_a_step_is_not() {
    let e = Edition::bundled().unwrap();
    let (first, second) = (&e.reviews[0].items[0].id, &e.reviews[0].items[1].id);
    let show = |s: Rc<State>, id: &str| {
        s.reduce(Action::ShowItem {
            id: id.to_string(),
            view: View::Timeline,
        })
    };
    assert_eq!(ready().reveals, 0);
    // A deep link reveals its item.
    assert_eq!(loaded(&format!("?item={first}")).reveals, 1);
    // A card's link: each time, the same item too.
    let once = show(ready(), first);
    let twice = show(once.clone(), first);
    assert_eq!((once.reveals, twice.reveals), (1, 2));
    // The reader's own step through the timeline: selected, not revealed.
    let stepped = twice.reduce(Action::Select {
        id: second.clone(),
        open: false,
    });
    assert_eq!(stepped.selected.as_deref(), Some(second.as_str()));
    assert_eq!(stepped.reveals, 2);
    // An unknown item changes nothing.
    assert_eq!(show(stepped, "no-such-item").reveals, 2);
}

#[test]
fn the_items_quotes_go_only_into_the_edition_that_named_their_file() {
    let whole = Edition::bundled().unwrap();
    let mut reviews = whole.reviews.clone();
    let quotes = huimou::model::edition::take_item_quotes(&mut reviews);
    let mut waiting = Edition::new(reviews).unwrap();
    waiting.quotes_to_come = Some("zh-quotes-1.bin".into());
    let state = Rc::new(State::default()).reduce(Action::Loaded {
        edition: waiting,
        params: Params::default(),
        items_view: View::List,
    });
    let edition = |s: &Rc<State>| match &s.status {
        Status::Ready(e) => (**e).clone(),
        _ => panic!("not ready"),
    };
    // A reply for another file (the reader switched language since) is not poured.
    let stale = state.clone().reduce(Action::ItemQuotes {
        from: "en-quotes-2.bin".into(),
        quotes: quotes.clone(),
    });
    assert_eq!(
        edition(&stale).quotes_to_come.as_deref(),
        Some("zh-quotes-1.bin")
    );
    let poured = state.reduce(Action::ItemQuotes {
        from: "zh-quotes-1.bin".into(),
        quotes,
    });
    assert_eq!(edition(&poured).quotes_to_come, None);
    assert_eq!(edition(&poured).reviews, whole.reviews);
}
