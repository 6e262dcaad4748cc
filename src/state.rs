//! The app's state: one reducer, as in Yew's `function_todomvc`.

use std::rc::Rc;

use yew::Reducible;

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

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub status: Status,
    pub lang: Lang,
}

impl Default for State {
    fn default() -> Self {
        State {
            status: Status::Loading,
            lang: Lang::Zh,
        }
    }
}

pub enum Action {
    Loaded(Edition),
    Failed(Vec<Problem>),
    SetLang(Lang),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Loaded(edition) => next.status = Status::Ready(Rc::new(edition)),
            Action::Failed(problems) => {
                next.status = Status::Failed(problems.iter().map(ToString::to_string).collect())
            }
            Action::SetLang(lang) => next.lang = lang,
        }
        Rc::new(next)
    }
}
