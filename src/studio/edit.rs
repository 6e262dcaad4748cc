//! The editor's changes to the review's fields, as data: what a form's
//! input asks for, made by a pure function (`Edit::apply`), so the reducer
//! can be tested natively, logged and compared. Each field names its JSON
//! path here once (`Field::path`, `Edit::path`): the form's `data-path`,
//! which the live checks' problems lead to.

use crate::model::lang::BilingualMut;
use crate::model::{Item, ItemKind, Lang, Metric, Qualifier, Review, Section, When};

/// A text of the review that a form writes, by where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Id,
    Institution(Lang),
    ShortName(Lang),
    Title(Lang),
    Subtitle(Lang),
    Organisation(Lang),
    Reporter(usize, Lang),
    Correspondent(usize, Lang),
    Section(usize, SectionField),
    Figure(usize, FigureField),
    Item(usize, ItemField),
}

/// A text of a section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionField {
    Id,
    Label(Lang),
    Heading(Lang),
    Paragraph(usize, Lang),
}

/// A text of a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureField {
    Id,
    Label(Lang),
    Unit(Lang),
    /// The unit's English singular; empty, it has none.
    UnitOne,
    Quote(Lang),
    /// The quote of restatement j.
    Restated(usize, Lang),
}

/// A text of a timeline item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemField {
    Id,
    Title(Lang),
    Quote(Lang),
}

/// A change to the review, as a form asks for it.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    SetText {
        field: Field,
        value: String,
    },
    /// The year as typed so far: 0 until it is a number.
    SetYear(i32),
    Figure(usize, FigureEdit),
    Item(usize, ItemEdit),
}

/// A change to one figure.
#[derive(Clone, Debug, PartialEq)]
pub enum FigureEdit {
    SetValue(u64),
    SetQualifier(Option<Qualifier>),
    SetHeadline(bool),
    /// The whole this figure is a subset of, by its id.
    SetPartOf(Option<String>),
    SetSection(String),
    RemoveRestatement(usize),
}

/// A change to one timeline item.
#[derive(Clone, Debug, PartialEq)]
pub enum ItemEdit {
    SetWhen(When),
    SetKind(ItemKind),
    SetSection(String),
}

// ---- JSON paths ----

fn figure(i: usize) -> String {
    format!("metrics[{i}]")
}

fn item(i: usize) -> String {
    format!("items[{i}]")
}

fn section(i: usize) -> String {
    format!("sections[{i}]")
}

/// A language's text, as the data files key it.
fn in_lang(path: &str, lang: Lang) -> String {
    let key = match lang {
        Lang::Zh => "zh",
        Lang::En => "en",
    };
    format!("{path}.{key}")
}

impl Field {
    /// The JSON path of this text, as `validate`'s problems name it.
    pub fn path(self) -> String {
        match self {
            Field::Id => "id".into(),
            Field::Institution(lang) => in_lang("institution", lang),
            Field::ShortName(lang) => in_lang("short_name", lang),
            Field::Title(lang) => in_lang("title", lang),
            Field::Subtitle(lang) => in_lang("subtitle", lang),
            Field::Organisation(lang) => in_lang("byline.organisation", lang),
            Field::Reporter(i, lang) => in_lang(&format!("byline.reporters[{i}]"), lang),
            Field::Correspondent(i, lang) => in_lang(&format!("byline.correspondents[{i}]"), lang),
            Field::Section(i, f) => format!("{}.{}", section(i), f.key()),
            Field::Figure(i, f) => format!("{}.{}", figure(i), f.key()),
            Field::Item(i, f) => format!("{}.{}", item(i), f.key()),
        }
    }

    /// Where this text is in the review, if the review has it.
    fn slot(self, r: &mut Review) -> Option<Slot<'_>> {
        let text = match self {
            Field::Id => &mut r.id,
            Field::Institution(lang) => r.institution.in_lang_mut(lang),
            Field::ShortName(lang) => r.short_name.in_lang_mut(lang),
            Field::Title(lang) => r.title.in_lang_mut(lang),
            Field::Subtitle(lang) => r.subtitle.in_lang_mut(lang),
            Field::Organisation(lang) => r.byline.organisation.in_lang_mut(lang),
            Field::Reporter(i, lang) => r.byline.reporters.get_mut(i)?.in_lang_mut(lang),
            Field::Correspondent(i, lang) => r.byline.correspondents.get_mut(i)?.in_lang_mut(lang),
            Field::Section(i, f) => f.slot(r.sections.get_mut(i)?)?,
            Field::Figure(i, f) => return f.slot(r.metrics.get_mut(i)?),
            Field::Item(i, f) => f.slot(r.items.get_mut(i)?)?,
        };
        Some(Slot::Text(text))
    }
}

impl SectionField {
    fn key(self) -> String {
        match self {
            SectionField::Id => "id".into(),
            SectionField::Label(lang) => in_lang("label", lang),
            SectionField::Heading(lang) => in_lang("heading", lang),
            SectionField::Paragraph(j, lang) => in_lang(&format!("paragraphs[{j}]"), lang),
        }
    }

    fn slot(self, s: &mut Section) -> Option<&mut String> {
        Some(match self {
            SectionField::Id => &mut s.id,
            SectionField::Label(lang) => s.label.in_lang_mut(lang),
            SectionField::Heading(lang) => s.heading.as_mut()?.in_lang_mut(lang),
            SectionField::Paragraph(j, lang) => s.paragraphs.get_mut(j)?.in_lang_mut(lang),
        })
    }
}

impl FigureField {
    fn key(self) -> String {
        match self {
            FigureField::Id => "id".into(),
            FigureField::Label(lang) => in_lang("label", lang),
            FigureField::Unit(lang) => in_lang("unit", lang),
            FigureField::UnitOne => "unit.en_one".into(),
            FigureField::Quote(lang) => in_lang("quote", lang),
            FigureField::Restated(j, lang) => in_lang(&format!("restated[{j}].quote"), lang),
        }
    }

    fn slot(self, m: &mut Metric) -> Option<Slot<'_>> {
        let text = match self {
            FigureField::Id => &mut m.id,
            FigureField::Label(lang) => m.label.in_lang_mut(lang),
            FigureField::Unit(lang) => m.unit.in_lang_mut(lang),
            FigureField::UnitOne => return Some(Slot::Optional(&mut m.unit.en_one)),
            FigureField::Quote(lang) => m.quote.in_lang_mut(lang),
            FigureField::Restated(j, lang) => m.restated.get_mut(j)?.quote.in_lang_mut(lang),
        };
        Some(Slot::Text(text))
    }
}

impl ItemField {
    fn key(self) -> String {
        match self {
            ItemField::Id => "id".into(),
            ItemField::Title(lang) => in_lang("title", lang),
            ItemField::Quote(lang) => in_lang("quote", lang),
        }
    }

    fn slot(self, it: &mut Item) -> Option<&mut String> {
        Some(match self {
            ItemField::Id => &mut it.id,
            ItemField::Title(lang) => it.title.in_lang_mut(lang),
            ItemField::Quote(lang) => it.quote.in_lang_mut(lang),
        })
    }
}

/// A text to write: a field always there, or one that an empty value leaves
/// out of the file.
enum Slot<'a> {
    Text(&'a mut String),
    Optional(&'a mut Option<String>),
}

impl Slot<'_> {
    fn set(self, value: String) {
        match self {
            Slot::Text(text) => *text = value,
            Slot::Optional(text) => *text = (!value.is_empty()).then_some(value),
        }
    }
}

impl Edit {
    /// The JSON path of what this edit changes: the `data-path` of its control.
    pub fn path(&self) -> String {
        match self {
            Edit::SetText { field, .. } => field.path(),
            Edit::SetYear(_) => "year".into(),
            Edit::Figure(i, e) => format!("{}.{}", figure(*i), e.key()),
            Edit::Item(i, e) => format!("{}.{}", item(*i), e.key()),
        }
    }

    /// Makes this edit in the review. An edit of something the review does
    /// not have (a figure removed since, say) changes nothing.
    pub fn apply(self, r: &mut Review) {
        match self {
            Edit::SetText { field, value } => {
                if let Some(slot) = field.slot(r) {
                    slot.set(value);
                }
            }
            Edit::SetYear(year) => r.year = year,
            Edit::Figure(i, e) => {
                if let Some(m) = r.metrics.get_mut(i) {
                    e.apply(m);
                }
            }
            Edit::Item(i, e) => {
                if let Some(it) = r.items.get_mut(i) {
                    e.apply(it);
                }
            }
        }
    }
}

impl FigureEdit {
    fn key(&self) -> String {
        match self {
            FigureEdit::SetValue(_) => "value".into(),
            FigureEdit::SetQualifier(_) => "qualifier".into(),
            FigureEdit::SetHeadline(_) => "headline".into(),
            FigureEdit::SetPartOf(_) => "part_of".into(),
            FigureEdit::SetSection(_) => "section".into(),
            FigureEdit::RemoveRestatement(j) => format!("restated[{j}]"),
        }
    }

    fn apply(self, m: &mut Metric) {
        match self {
            FigureEdit::SetValue(value) => m.value = value,
            FigureEdit::SetQualifier(qualifier) => m.qualifier = qualifier,
            FigureEdit::SetHeadline(headline) => m.headline = headline,
            FigureEdit::SetPartOf(whole) => m.part_of = whole,
            FigureEdit::SetSection(section) => m.section = section,
            FigureEdit::RemoveRestatement(j) => {
                if j < m.restated.len() {
                    m.restated.remove(j);
                }
            }
        }
    }
}

impl ItemEdit {
    fn key(&self) -> &'static str {
        match self {
            ItemEdit::SetWhen(_) => "when",
            ItemEdit::SetKind(_) => "kind",
            ItemEdit::SetSection(_) => "section",
        }
    }

    fn apply(self, it: &mut Item) {
        match self {
            ItemEdit::SetWhen(when) => it.when = when,
            ItemEdit::SetKind(kind) => it.kind = kind,
            ItemEdit::SetSection(section) => it.section = section,
        }
    }
}
