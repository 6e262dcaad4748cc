use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{t, Ui};
use crate::model::{Edition, Lang, Review};

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

impl PartialEq for EditionRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The laid-out timeline, compared by identity (it is recomputed only when
/// the edition, filter or lanes change).
#[derive(Clone, Debug)]
pub struct BuiltRef(pub Rc<crate::model::timeline::Built>);

impl PartialEq for BuiltRef {
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

/// A button that has static/extras.js carry out `extra` for the element
/// `target` (its `data-extra` and `data-for`).
pub fn extra_button(extra: Extra, target: &str, lang: Lang) -> Html {
    let (name, label) = match extra {
        Extra::Share => ("share", Ui::ShareLink),
        Extra::Menu => ("menu", Ui::ShareOrSave),
        Extra::Embed => ("embed", Ui::Embed),
    };
    html! {
        <button type="button" class="hm-extra" data-extra={name} data-for={target.to_string()}>{ t(lang, label) }</button>
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
