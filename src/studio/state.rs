//! The studio's state: one reducer, as the widget's (`crate::state`).

use std::rc::Rc;

use yew::Reducible;

use super::draft::{place_of, read, Draft, Opened, Place, Refusal};
use super::edit::Edit;
use crate::model::studio::anchor::anchored_quote;
use crate::model::studio::numbers::{numbers_in, Found};
use crate::model::studio::structure::{self, utf16_to_byte, Role};
use crate::model::{Lang, SectionKind, Verbatim, When};

/// What the editor is asked to choose after making a figure or an item from
/// a selection: its number, or its date.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    Figure { quote: String, found: Vec<Found> },
    Item { quote: String, dates: Vec<When> },
}

/// A message for the editor, announced (`role="alert"` or `status`).
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Refused(Refusal),
    OneReview,
    /// An article opened with a review that names another: (its name, the wanted one).
    Unpaired(String, String),
    Restored,
    Saved,
    NothingSelected,
    NoNumber,
}

impl Notice {
    /// Refusals and dead ends are alerts; the rest is status.
    pub fn is_alert(&self) -> bool {
        matches!(
            self,
            Notice::Refused(_) | Notice::Unpaired(..) | Notice::NothingSelected | Notice::NoNumber
        )
    }
}

/// What a selection of the article becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Make {
    Figure,
    Item,
    Title,
    Subtitle,
    Organisation,
    Reporter,
    Correspondent,
}

/// A change to the structure of a new article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Restructure {
    /// Block i takes in the one after it.
    Join(usize),
    /// The block holding this byte offset of the article is split there.
    Split(usize),
    SetRole(usize, Role),
    SetStart(usize, Option<SectionKind>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Studio {
    pub draft: Draft,
    pub ui: Lang,
    pub notices: Vec<Notice>,
    /// The figure or item whose form is open.
    pub open: Option<Place>,
    /// The field a chosen problem leads to (its JSON path), to focus.
    pub goto: Option<String>,
    pub pending: Option<Pending>,
    pub preview_lang: Lang,
    pub dark: bool,
    /// Files that would replace a draft with unsaved changes, held until the
    /// editor says whether to replace it.
    pub replacing: Option<Vec<(String, Vec<u8>)>>,
}

impl Studio {
    pub fn new(draft: Option<Draft>, ui: Lang) -> Studio {
        let restored = draft.is_some();
        Studio {
            draft: draft.unwrap_or_default(),
            ui,
            notices: if restored {
                vec![Notice::Restored]
            } else {
                Vec::new()
            },
            open: None,
            goto: None,
            pending: None,
            preview_lang: Lang::Zh,
            dark: false,
            replacing: None,
        }
    }
}

/// What the editor did, as data: the reducer makes it (`Studio::reduce`).
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Files the editor opened or dropped, each read or refused.
    Opened(Vec<(String, Vec<u8>)>),
    /// Whether the held files replace the unsaved draft after all.
    Replace(bool),
    SetUi(Lang),
    /// A form's input: a change to one of the review's fields.
    Edit(Edit),
    Restructure(Restructure),
    /// The article's selection, in UTF-16 units, becomes something.
    FromSelection(Make, Option<(usize, usize)>),
    /// The article's selection becomes a restatement of figure i: the same
    /// fact printed again elsewhere.
    Restate(usize, Option<(usize, usize)>),
    PickNumber(usize),
    PickDate(usize),
    CancelPending,
    Show(Option<Place>),
    /// Go to the field of a problem's path (opening its figure or item).
    Goto(String),
    RemoveFigure(usize),
    RemoveItem(usize),
    Saved,
    PreviewLang(Lang),
    SetDark(bool),
    DismissNotices,
}

impl Reducible for Studio {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Opened(files) => next.open_files(files, false),
            Action::Replace(replace) => {
                if let (Some(files), true) = (next.replacing.take(), replace) {
                    next.open_files(files, true);
                }
            }
            Action::SetUi(lang) => next.ui = lang,
            Action::Edit(edit) => edit.apply(&mut next.draft.review),
            Action::Restructure(change) => next.restructure(change),
            Action::FromSelection(make, selection) => next.make_from_selection(make, selection),
            Action::Restate(i, selection) => next.restate(i, selection),
            Action::PickNumber(i) => {
                if let Some(Pending::Figure { quote, found }) = next.pending.take() {
                    if let Some(found) = found.get(i) {
                        let index = next.draft.add_figure(quote, found);
                        next.open = Some(Place::Figure(index));
                    }
                }
            }
            Action::PickDate(i) => {
                if let Some(Pending::Item { quote, dates }) = next.pending.take() {
                    if let Some(when) = dates.get(i) {
                        let index = next.draft.add_item(quote, *when);
                        next.open = Some(Place::Item(index));
                    }
                }
            }
            Action::CancelPending => next.pending = None,
            Action::Show(place) => {
                next.open = place;
                next.goto = None;
            }
            Action::Goto(path) => {
                if let place @ (Place::Figure(_) | Place::Item(_)) = place_of(&path) {
                    next.open = Some(place);
                }
                next.goto = Some(path);
            }
            Action::RemoveFigure(i) => {
                next.draft.remove_figure(i);
                next.open = None;
            }
            Action::RemoveItem(i) => {
                next.draft.remove_item(i);
                next.open = None;
            }
            Action::Saved => {
                next.draft.saved = Some(next.draft.json());
                next.notices = vec![Notice::Saved];
            }
            Action::PreviewLang(lang) => next.preview_lang = lang,
            Action::SetDark(dark) => next.dark = dark,
            Action::DismissNotices => next.notices.clear(),
        }
        Rc::new(next)
    }
}

impl Studio {
    /// Files in: the readable ones open; each refusal is told, and a
    /// refused file changes nothing.
    fn open_files(&mut self, files: Vec<(String, Vec<u8>)>, replace: bool) {
        let mut opened: Vec<Opened> = Vec::new();
        self.notices.clear();
        for (name, bytes) in &files {
            match read(name, bytes) {
                Ok(file) => opened.push(file),
                Err(refusal) => self.notices.push(Notice::Refused(refusal)),
            }
        }
        if opened.is_empty() {
            return;
        }
        let (draft, several) = self.draft.open(opened.clone());
        // Another review, or another article's, in place of unsaved work:
        // the editor says first.
        if !replace && self.draft.unsaved() && self.replaced_by(&opened, &draft) {
            self.replacing = Some(files);
            return;
        }
        if several {
            self.notices.push(Notice::OneReview);
        }
        if let Some((article, wanted)) = draft.unpaired(&opened) {
            self.notices.push(Notice::Unpaired(article, wanted));
        }
        if draft != self.draft {
            self.draft = draft;
            self.open = None;
            self.pending = None;
        }
    }

    /// Whether opening these files puts another edition in place of the
    /// draft: another review, or another article (reopening the same one,
    /// even mended, keeps the editor's work).
    fn replaced_by(&self, opened: &[Opened], next: &Draft) -> bool {
        let name = |d: &Draft| d.article.as_ref().map(|a| a.name.clone());
        let other_review = opened
            .iter()
            .any(|f| matches!(f, Opened::Review(r) if **r != self.draft.review));
        other_review || name(next) != name(&self.draft)
    }

    fn restate(&mut self, i: usize, selection: Option<(usize, usize)>) {
        self.notices.clear();
        let Some(quote) = self.quote_of(selection) else {
            return self.notices.push(Notice::NothingSelected);
        };
        let found = numbers_in(&quote);
        if !self.draft.add_restatement(i, quote, &found) {
            self.notices.push(Notice::NoNumber);
        }
    }

    fn restructure(&mut self, change: Restructure) {
        self.draft.restructure(|text, blocks| match change {
            Restructure::Join(i) => structure::join(blocks, i),
            Restructure::Split(at) => structure::split(text, blocks, at),
            Restructure::SetRole(i, role) => blocks.get_mut(i).map(|b| b.role = role).is_some(),
            Restructure::SetStart(i, kind) => blocks.get_mut(i).map(|b| b.starts = kind).is_some(),
        });
    }

    /// The quote a selection makes: exactly the selected text (whitespace
    /// aside), widened only as far as it takes to name one place.
    fn quote_of(&self, selection: Option<(usize, usize)>) -> Option<String> {
        let (text, start, end) = selected(&self.draft, selection)?;
        anchored_quote(text, start, end)
    }

    fn make_from_selection(&mut self, make: Make, selection: Option<(usize, usize)>) {
        self.notices.clear();
        let Some(quote) = self.quote_of(selection) else {
            self.notices.push(Notice::NothingSelected);
            return;
        };
        let verbatim = |zh: String| Verbatim {
            zh,
            en: String::new(),
        };
        // A title keeps the space between its printed parts (as the data
        // files write it); a name's spacing is only typography.
        let spaced = |draft: &Draft, quote: String| self_spaced(draft, selection).unwrap_or(quote);
        match make {
            Make::Figure => {
                let found = numbers_in(&quote);
                if found.is_empty() {
                    self.notices.push(Notice::NoNumber);
                } else {
                    self.pending = Some(Pending::Figure { quote, found });
                }
            }
            Make::Item => {
                let dates = self.draft.dates_for(&quote);
                self.pending = Some(Pending::Item { quote, dates });
            }
            Make::Title => self.draft.review.title.zh = spaced(&self.draft, quote),
            Make::Subtitle => self.draft.review.subtitle.zh = spaced(&self.draft, quote),
            Make::Organisation => self.draft.review.byline.organisation.zh = quote,
            Make::Reporter => self.draft.review.byline.reporters.push(verbatim(quote)),
            Make::Correspondent => self
                .draft
                .review
                .byline
                .correspondents
                .push(verbatim(quote)),
        }
    }
}

/// The selected text with each run of whitespace one space, when it is
/// printed once (a title's own spacing).
fn self_spaced(draft: &Draft, selection: Option<(usize, usize)>) -> Option<String> {
    let (text, start, end) = selected(draft, selection)?;
    let spaced = text
        .get(start..end)?
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (crate::model::Source::new(text).occurrences(&spaced) == 1).then_some(spaced)
}

/// The article and a selection of it (the browser's UTF-16 units) as byte
/// offsets, in order.
fn selected(draft: &Draft, selection: Option<(usize, usize)>) -> Option<(&str, usize, usize)> {
    let text = &draft.article.as_ref()?.text;
    let (start, end) = selection?;
    let (start, end) = (utf16_to_byte(text, start), utf16_to_byte(text, end));
    Some((text, start.min(end), start.max(end)))
}
