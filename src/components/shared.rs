use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Bilingual, Edition, Lang, Review};
use crate::state::{State, Status};
use crate::words::widget::{t, Ui};

/// A review of the loaded edition, cheap to pass as a prop: equality is
/// identity, so Yew does not compare whole reviews on every render.
#[derive(Clone, Debug)]
pub struct ReviewRef {
    edition: Rc<Edition>,
    index: usize,
}

impl ReviewRef {
    pub fn all(edition: &Rc<Edition>) -> Vec<ReviewRef> {
        (0..edition.reviews.len())
            .map(|index| ReviewRef {
                edition: edition.clone(),
                index,
            })
            .collect()
    }
}

impl Deref for ReviewRef {
    type Target = Review;

    fn deref(&self) -> &Review {
        &self.edition.reviews[self.index]
    }
}

impl PartialEq for ReviewRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.edition, &other.edition) && self.index == other.index
    }
}

/// The loaded edition, compared by identity.
#[derive(Clone, Debug)]
pub struct EditionRef(pub Rc<Edition>);

impl EditionRef {
    /// The edition the state shows, once it is in.
    pub fn shown(state: &State) -> Option<EditionRef> {
        match &state.status {
            Status::Ready(e) => Some(EditionRef(e.clone())),
            _ => None,
        }
    }
}

impl PartialEq for EditionRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The laid-out timeline, compared by identity (it is recomputed only when
/// the edition, filter or lanes change).
#[derive(Clone, Debug)]
pub struct LaidOutRef(pub Rc<crate::model::timeline::LaidOut>);

impl PartialEq for LaidOutRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What a key does to the timeline selection (shared by the timeline and the list).
pub fn key_step(
    layout: &crate::model::timeline::Layout,
    current: Option<usize>,
    key: &str,
) -> Option<usize> {
    let from = current.or(layout.first())?;
    match key {
        "ArrowRight" | "ArrowDown" => layout.step(from, 1),
        "ArrowLeft" | "ArrowUp" => layout.step(from, -1),
        "Home" => layout.first(),
        "End" => layout.last(),
        _ => None,
    }
}

/// The extras (static/extras.js), loaded on first use: the first load
/// carries only their buttons.
#[derive(Clone, Copy)]
pub enum Extra {
    Share,
    /// Share and save behind one quiet button: a card's (or a headline row's)
    /// one action besides its source.
    Menu,
    Embed,
}

/// What an extra acts on, rendered on its button: static/extras.js reads
/// these and nothing else of the widget's DOM (cards carry their own
/// `data-figure` and `data-label` for a saved image).
pub struct ExtraFor<'a> {
    /// The element it is about (`metric-x`, `glance-x`, `item-x`, `huimou`).
    pub id: &'a str,
    /// The widget's address for it (`?metric=x`; the embed snippet's: the
    /// institution and item on screen), if it has one of its own.
    pub link: Option<String>,
    /// A saved image's heading and source line: the institution and the
    /// review's title.
    pub review: Option<(&'a str, &'a str)>,
}

impl<'a> ExtraFor<'a> {
    /// A card's or a headline row's: its review names the saved image.
    pub fn in_review(id: &'a str, link: Option<String>, r: &'a Review, lang: Lang) -> Self {
        ExtraFor {
            id,
            link,
            review: Some((r.institution.in_lang(lang), r.title.in_lang(lang))),
        }
    }
}

/// Whether this render is the interactive markup (the app in the browser),
/// not the prerendered page's: the extras' attributes are rendered there
/// only. The prerendered page, whose bytes every reader waits for, runs no
/// extras (the boot script loads them once the widget is ready), and the
/// takeover puts the interactive markup in its place.
pub const INTERACTIVE_MARKUP: bool = cfg!(target_arch = "wasm32");

/// A button that has static/extras.js carry out `extra` for `target`.
pub fn extra_button(extra: Extra, target: ExtraFor, lang: Lang) -> Html {
    let ExtraFor { id, link, review } = target;
    let (link, review) = if INTERACTIVE_MARKUP {
        (link, review)
    } else {
        (None, None)
    };
    let (name, label) = match extra {
        Extra::Share => ("share", Ui::ShareLink),
        Extra::Menu => ("menu", Ui::ShareOrSave),
        Extra::Embed => ("embed", Ui::Embed),
    };
    html! {
        <button type="button" class="hm-extra" data-extra={name} data-for={id.to_string()}
            data-link={link} data-institution={review.map(|r| r.0.to_string())}
            data-title={review.map(|r| r.1.to_string())}>{ t(lang, label) }</button>
    }
}

/// An English translation, each Chinese original it names marked as Chinese
/// (`model::originals`): a screen reader reads 池水河 in a Chinese voice.
pub fn translation(text: &str) -> Html {
    use crate::model::originals::{pieces, Piece};
    pieces(text)
        .into_iter()
        .map(|p| match p {
            Piece::English(s) => html! { { s } },
            Piece::Original(s) => html! { <span lang="zh-CN">{ s }</span> },
        })
        .collect()
}

/// What shows where data is still on its way after the widget answers (the
/// items' quotes): a status line, read out when it changes.
pub fn waiting_line(lang: crate::model::Lang) -> yew::Html {
    yew::html! { <p class="hm-loading" role="status">{ t(lang, Ui::Loading) }</p> }
}
