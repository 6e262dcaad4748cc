//! The edition being made: the article, the review, and while a new article
//! is structured, its blocks. Pure: opening files, making figures and items
//! from selections, the live checks and the stored form are tested natively
//! (`tests/studio.rs`); `page.rs` does the browser's part.

use serde::{Deserialize, Serialize};

use crate::model::load::MAX_FILE_BYTES;
use crate::model::studio::dates::date_options;
use crate::model::studio::numbers::Found;
use crate::model::studio::structure::{self, Block, Role};
use crate::model::studio::to_json;
use crate::model::Lang;
use crate::model::{
    parse_review, validate, Byline, Item, ItemKind, Metric, Problem, Review, SectionKind, Source,
    Text, Unit, Verbatim, When,
};
use crate::words::studio::{w, Word};

/// The article's text, as opened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub name: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub article: Option<Article>,
    pub review: Review,
    /// The article's structure while the editor builds it (a new article).
    /// `None`: the sections are the opened file's, kept as they are.
    pub blocks: Option<Vec<Block>>,
    /// The JSON as last opened or saved: a draft that differs is unsaved.
    pub saved: Option<String>,
}

/// One opened file, read.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    Article(Article),
    Review(Box<Review>),
}

/// Why a file was not opened. The draft is never touched by one.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    TooBig(String),
    NotUtf8(String),
    NotAReview(String, Problem),
    UnknownFile(String),
}

/// Reads one file the editor opened: an article (`.txt`) or a review (`.json`).
pub fn read(name: &str, bytes: &[u8]) -> Result<Opened, Refusal> {
    let lower = name.to_ascii_lowercase();
    let is_text = lower.ends_with(".txt");
    if !is_text && !lower.ends_with(".json") {
        return Err(Refusal::UnknownFile(name.into()));
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Refusal::TooBig(name.into()));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| Refusal::NotUtf8(name.into()))?;
    if is_text {
        return Ok(Opened::Article(Article {
            name: name.into(),
            text: text.into(),
        }));
    }
    parse_review(text)
        .map(|r| Opened::Review(Box::new(r)))
        .map_err(|p| Refusal::NotAReview(name.into(), p))
}

/// The file name a review's `source` names (`source/rongchang-2023.txt`).
fn source_name(review: &Review) -> &str {
    review.source.rsplit('/').next().unwrap_or_default()
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            article: None,
            review: blank_review(""),
            blocks: None,
            saved: None,
        }
    }
}

/// A review with nothing in it yet, for a new article.
fn blank_review(article_name: &str) -> Review {
    let empty = || Verbatim {
        zh: String::new(),
        en: String::new(),
    };
    Review {
        schema: Some("../schema/review.schema.json".into()),
        id: String::new(),
        year: 0,
        source: format!("source/{article_name}"),
        institution: Text {
            zh: String::new(),
            en: String::new(),
        },
        short_name: Text {
            zh: String::new(),
            en: String::new(),
        },
        switch_name: None,
        colour: None,
        title: empty(),
        subtitle: empty(),
        byline: Byline {
            organisation: empty(),
            reporters: Vec::new(),
            correspondents: Vec::new(),
        },
        captions: Vec::new(),
        sections: Vec::new(),
        metrics: Vec::new(),
        derived: Vec::new(),
        items: Vec::new(),
        programmes: Vec::new(),
        funnels: Vec::new(),
    }
}

/// The year a new article looks back on: the first "20xx年" it prints.
fn year_in(text: &str) -> i32 {
    let stripped = crate::model::source::strip_whitespace(text);
    let chars: Vec<char> = stripped.chars().collect();
    chars
        .windows(5)
        .find(|w| w[0] == '2' && w[1..4].iter().all(char::is_ascii_digit) && w[4] == '年')
        .and_then(|w| w[..4].iter().collect::<String>().parse().ok())
        .unwrap_or(0)
}

impl Draft {
    /// The draft after opening these files: a review replaces the one being
    /// edited; an article pairs with the review that names it, or starts a
    /// new one. Returns whether more than one review was offered (only the
    /// first is opened).
    pub fn open(&self, files: Vec<Opened>) -> (Draft, bool) {
        let mut reviews = Vec::new();
        let mut articles = Vec::new();
        for f in files {
            match f {
                Opened::Review(r) => reviews.push(*r),
                Opened::Article(a) => articles.push(a),
            }
        }
        let several = reviews.len() > 1;
        let article = articles.into_iter().next();
        let next = match (reviews.into_iter().next(), article) {
            (Some(review), article) => {
                let article = article.or_else(|| self.article.clone());
                let article = article.filter(|a| a.name == source_name(&review));
                Draft {
                    saved: Some(to_json(&review)),
                    article,
                    review,
                    blocks: None,
                }
            }
            (None, Some(article)) if source_name(&self.review) == article.name => {
                self.with_article(article)
            }
            (None, Some(article)) => Draft::new_article(article),
            (None, None) => self.clone(),
        };
        (next, several)
    }

    /// The review's article, opened (again): a structure being built is
    /// proposed afresh if the text changed (its blocks are places in the
    /// old text), keeping what the editor wrote for the sections.
    fn with_article(&self, article: Article) -> Draft {
        let mut next = self.clone();
        let changed = self.article.as_ref().is_none_or(|a| a.text != article.text);
        if let (true, Some(_)) = (changed, &self.blocks) {
            let blocks = structure::propose(&article.text);
            next.review.sections =
                structure::sections(&article.text, &blocks, &self.review.sections);
            next.blocks = Some(blocks);
        }
        next.article = Some(article);
        next
    }

    /// An article opened beside a review that names another article: its
    /// name, and the name the review's `source` wants (it was not paired).
    pub fn unpaired(&self, opened: &[Opened]) -> Option<(String, String)> {
        let article = opened.iter().find_map(|f| match f {
            Opened::Article(a) => Some(a),
            Opened::Review(_) => None,
        })?;
        let with_review = opened.iter().any(|f| matches!(f, Opened::Review(_)));
        let wanted = source_name(&self.review);
        (with_review && article.name != wanted).then(|| (article.name.clone(), wanted.to_string()))
    }

    /// A new article: its structure proposed, nothing else filled in.
    fn new_article(article: Article) -> Draft {
        let blocks = structure::propose(&article.text);
        let mut review = blank_review(&article.name);
        review.year = year_in(&article.text);
        review.sections = structure::sections(&article.text, &blocks, &[]);
        Draft {
            article: Some(article),
            review,
            blocks: Some(blocks),
            saved: None,
        }
    }

    /// The review as it would be saved.
    pub fn json(&self) -> String {
        to_json(&self.review)
    }

    pub fn unsaved(&self) -> bool {
        self.saved.as_deref() != Some(self.json().as_str())
            && (self.article.is_some() || self.saved.is_some())
    }

    /// Every problem, as `validate` reports it (the same code), against the
    /// article when it is open.
    pub fn problems(&self) -> Vec<Problem> {
        // Nothing is open yet: nothing to check.
        if self.article.is_none() && self.saved.is_none() {
            return Vec::new();
        }
        let source = self.article.as_ref().map(|a| Source::new(&a.text));
        let mut problems = validate(&self.review, source.as_ref());
        if let (Some(a), Some(blocks)) = (&self.article, &self.blocks) {
            if !structure::covers(&a.text, blocks) {
                problems.push(Problem::new("sections", "the structure lost text"));
            }
        }
        problems
    }

    /// A change to the structure: the sections follow, keeping what the
    /// editor wrote for them.
    pub fn restructure(&mut self, change: impl FnOnce(&str, &mut Vec<Block>) -> bool) {
        let (Some(article), Some(blocks)) = (&self.article, &mut self.blocks) else {
            return;
        };
        if change(&article.text, blocks) {
            self.review.sections =
                structure::sections(&article.text, blocks, &self.review.sections);
        }
    }

    /// The section a quote comes from: the first whose text holds it.
    pub fn section_of(&self, quote: &str) -> Option<&crate::model::Section> {
        let quote = crate::model::source::strip_whitespace(quote);
        self.review.sections.iter().find(|s| {
            let heading = s.heading.iter().map(|h| h.zh.as_str());
            let text: String = heading
                .chain(s.paragraphs.iter().map(|p| p.zh.as_str()))
                .collect();
            crate::model::source::strip_whitespace(&text).contains(&quote)
        })
    }

    fn section_id_of(&self, quote: &str) -> String {
        self.section_of(quote)
            .or(self.review.sections.first())
            .map(|s| s.id.clone())
            .unwrap_or_default()
    }

    /// A figure made from the editor's selection: its quote is the selection
    /// (anchored), its value the number the editor chose in it. Returns its index.
    pub fn add_figure(&mut self, quote: String, found: &Found) -> usize {
        let id = self.fresh_id("figure");
        let section = self.section_id_of(&quote);
        self.review.metrics.push(Metric {
            id,
            section,
            value: found.value,
            qualifier: found.qualifier,
            unit: Unit {
                zh: found.unit.clone(),
                ..Unit::default()
            },
            quote: Verbatim {
                zh: quote,
                ..Verbatim::default()
            },
            // Everything else starts empty, to be written in its form.
            ..Metric::default()
        });
        self.review.metrics.len() - 1
    }

    /// A restatement of figure `index` from a quote: the number in it that
    /// states the figure (equal to it, or a 余 lower bound of it), else the
    /// first, for the checks to question. False if the quote holds none.
    pub fn add_restatement(&mut self, index: usize, quote: String, found: &[Found]) -> bool {
        let Some(m) = self.review.metrics.get_mut(index) else {
            return false;
        };
        let states =
            |f: &&Found| f.value == m.value || (f.qualifier.is_some() && f.value <= m.value);
        let Some(number) = found.iter().find(states).or(found.first()) else {
            return false;
        };
        m.restated.push(crate::model::Restatement {
            value: number.value,
            qualifier: number.qualifier,
            quote: Verbatim {
                zh: quote,
                en: String::new(),
            },
        });
        true
    }

    /// The dates an item made from this quote may take.
    pub fn dates_for(&self, quote: &str) -> Vec<When> {
        let in_outlook = self
            .section_of(quote)
            .is_some_and(|s| s.kind == SectionKind::Outlook);
        date_options(quote, self.review.year, in_outlook)
    }

    /// A timeline item made from the editor's selection. Returns its index.
    pub fn add_item(&mut self, quote: String, when: When) -> usize {
        let id = self.fresh_id("item");
        let section = self.section_id_of(&quote);
        let kind = match when {
            When::Outlook { .. } => ItemKind::Plan,
            _ => ItemKind::Event,
        };
        self.review.items.push(Item {
            id,
            section,
            kind,
            when,
            title: Text {
                zh: String::new(),
                en: String::new(),
            },
            quote: Verbatim {
                zh: quote,
                en: String::new(),
            },
            metrics: Vec::new(),
        });
        self.review.items.len() - 1
    }

    /// An id no element of the review uses yet: `figure-1`, `figure-2` …
    fn fresh_id(&self, stem: &str) -> String {
        let r = &self.review;
        let used = |id: &str| {
            r.metrics.iter().any(|m| m.id == id)
                || r.items.iter().any(|i| i.id == id)
                || r.sections.iter().any(|s| s.id == id)
                || r.derived.iter().any(|d| d.id == id)
                || r.programmes.iter().any(|p| p.id == id)
                || r.captions.iter().any(|c| c.id == id)
        };
        (1..)
            .map(|n| format!("{stem}-{n}"))
            .find(|id| !used(id))
            .unwrap_or_default()
    }

    /// Removes a figure and every reference to it.
    pub fn remove_figure(&mut self, index: usize) {
        if index >= self.review.metrics.len() {
            return;
        }
        let id = self.review.metrics.remove(index).id;
        let r = &mut self.review;
        for m in &mut r.metrics {
            if m.part_of.as_deref() == Some(id.as_str()) {
                m.part_of = None;
            }
        }
        for i in &mut r.items {
            i.metrics.retain(|m| *m != id);
        }
        r.derived.retain(|d| d.part != id && d.whole != id);
        for f in &mut r.funnels {
            f.steps.retain(|s| *s != id);
        }
        // A pipeline of one step is no pipeline.
        r.funnels.retain(|f| f.steps.len() >= 2);
    }

    /// Removes an item and every reference to it.
    pub fn remove_item(&mut self, index: usize) {
        if index >= self.review.items.len() {
            return;
        }
        let id = self.review.items.remove(index).id;
        for m in &mut self.review.metrics {
            m.items.retain(|i| *i != id);
        }
    }
}

/// Where a problem's JSON path leads in the studio.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Figure(usize),
    Item(usize),
    Review,
}

pub fn place_of(path: &str) -> Place {
    let index = |prefix: &str| -> Option<usize> {
        let rest = path.strip_prefix(prefix)?;
        rest.split(']').next()?.parse().ok()
    };
    if let Some(i) = index("metrics[") {
        Place::Figure(i)
    } else if let Some(i) = index("items[") {
        Place::Item(i)
    } else {
        Place::Review
    }
}

/// The draft as the studio keeps it in the page's own storage.
#[derive(Serialize, Deserialize)]
struct Stored {
    article: Option<Article>,
    review: String,
    /// (start, end, role, starts) per block; see `role_code`.
    blocks: Option<Vec<(usize, usize, u8, u8)>>,
    saved: Option<String>,
}

const ROLES: [Role; 3] = [Role::Front, Role::Heading, Role::Paragraph];
const STARTS: [Option<SectionKind>; 4] = [
    None,
    Some(SectionKind::Lead),
    Some(SectionKind::Body),
    Some(SectionKind::Outlook),
];

fn code<T: PartialEq>(all: &[T], x: &T) -> u8 {
    all.iter().position(|y| y == x).unwrap_or_default() as u8
}

impl Draft {
    pub fn to_stored(&self) -> String {
        let stored = Stored {
            article: self.article.clone(),
            review: self.json(),
            blocks: self.blocks.as_ref().map(|bs| {
                bs.iter()
                    .map(|b| {
                        (
                            b.start,
                            b.end,
                            code(&ROLES, &b.role),
                            code(&STARTS, &b.starts),
                        )
                    })
                    .collect()
            }),
            saved: self.saved.clone(),
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// A stored draft, if it is one (storage is the page's, but any script of
    /// the origin could have written it).
    pub fn from_stored(text: &str) -> Option<Draft> {
        let stored: Stored = serde_json::from_str(text).ok()?;
        let review = parse_review(&stored.review).ok()?;
        let blocks = match stored.blocks {
            None => None,
            Some(bs) => Some(
                bs.into_iter()
                    .map(|(start, end, role, starts)| {
                        Some(Block {
                            start,
                            end,
                            role: *ROLES.get(usize::from(role))?,
                            starts: *STARTS.get(usize::from(starts))?,
                        })
                    })
                    .collect::<Option<Vec<_>>>()?,
            ),
        };
        let draft = Draft {
            article: stored.article,
            review,
            blocks,
            saved: stored.saved,
        };
        // Blocks must lie inside the article they structure.
        let fits = match (&draft.article, &draft.blocks) {
            (Some(a), Some(bs)) => bs.iter().all(|b| {
                b.start <= b.end
                    && b.end <= a.text.len()
                    && a.text.is_char_boundary(b.start)
                    && a.text.is_char_boundary(b.end)
            }),
            (None, Some(_)) => false,
            _ => true,
        };
        fits.then_some(draft)
    }
}

impl Draft {
    /// Every quoted passage (whitespace removed) and what quotes it: the
    /// figures (restatements too), then the items.
    pub fn quotes(&self) -> Vec<(String, Place)> {
        let strip = crate::model::source::strip_whitespace;
        let r = &self.review;
        let figures = r.metrics.iter().enumerate().flat_map(|(i, m)| {
            std::iter::once(&m.quote)
                .chain(m.restated.iter().map(|s| &s.quote))
                .map(move |q| (strip(&q.zh), Place::Figure(i)))
        });
        let items = r
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| (strip(&it.quote.zh), Place::Item(i)));
        figures
            .chain(items)
            .filter(|(q, _)| !q.is_empty())
            .collect()
    }
}

/// A text cut into pieces, each quoted passage a piece with what quotes it.
/// Where two passages overlap, the one that starts first is marked.
pub fn marks(text: &str, quotes: &[(String, Place)]) -> Vec<(String, Option<Place>)> {
    let mut found: Vec<(usize, usize, Place)> = quotes
        .iter()
        .filter_map(|(q, place)| text.find(q.as_str()).map(|at| (at, at + q.len(), *place)))
        .collect();
    found.sort_by_key(|(start, end, _)| (*start, std::cmp::Reverse(*end)));
    let mut pieces = Vec::new();
    let mut at = 0;
    for (start, end, place) in found {
        if start < at {
            continue;
        }
        if start > at {
            pieces.push((text[at..start].to_string(), None));
        }
        pieces.push((text[start..end].to_string(), Some(place)));
        at = end;
    }
    if at < text.len() {
        pieces.push((text[at..].to_string(), None));
    }
    pieces
}

/// The review as the preview shows it: any text not written yet reads so
/// (`Word::NotWrittenYet`), so the widget's parts never render an empty
/// button, heading or label (which screen readers would announce as nothing).
pub fn previewable(review: &Review) -> Review {
    let mut r = review.clone();
    for (_, mut text) in r.all_texts_mut() {
        let (zh, en) = text.languages();
        if zh.trim().is_empty() {
            *zh = w(Lang::Zh, Word::NotWrittenYet).into();
        }
        if en.trim().is_empty() {
            *en = w(Lang::En, Word::NotWrittenYet).into();
        }
    }
    r
}
