//! The app's reducer (plain Rust, natively): what actions do to the state.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use huimou::model::filter::Filter;
use huimou::model::Edition;
use huimou::state::{Action, State, View};
use yew::Reducible;

fn ready() -> Rc<State> {
    Rc::new(State::default()).reduce(Action::Loaded(Edition::bundled().unwrap()))
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
