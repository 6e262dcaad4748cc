//! Every rule an edition must keep, shared by the build, the tests, the
//! `validate` command and the widget's run-time loader. Each problem carries
//! the JSON path of the value at fault, so an editor can go straight to it.

use std::fmt;

use std::collections::HashMap;

use super::colour::parse_hex;
use super::format::is_sign;
use super::originals::english_problem;
use super::source::{strip_whitespace, Source};
use super::texts::TextRef;
use super::types::{Derived, DerivedKind, Qualifier, Review, Verbatim, When};

/// A string longer than this is a mistake (or an attack), not an article.
pub const MAX_TEXT_CHARS: usize = 10_000;
pub const MAX_ID_CHARS: usize = 64;
/// Figures beyond this are not counts a district reports, and would not fit a card.
pub const MAX_VALUE: u64 = 1_000_000_000_000;

crate::packed! {
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Problem {
        pub path: String,
        pub message: String,
    }
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Checks a parsed review. With `source`, every verbatim text is checked
/// against the article; without it (data loaded at run time) the other rules
/// still apply.
#[inline(never)]
pub fn validate(review: &Review, source: Option<&Source>) -> Vec<Problem> {
    let mut v = Validator {
        review,
        source,
        problems: Vec::new(),
    };
    v.ids();
    v.texts();
    v.colour();
    v.references();
    v.figures();
    v.dates();
    v.funnels();
    v.problems
}

struct Validator<'a> {
    review: &'a Review,
    source: Option<&'a Source>,
    problems: Vec<Problem>,
}

impl Validator<'_> {
    fn report(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::new(path, message));
    }

    /// Sections, metrics, derived figures, items, programmes and captions
    /// share one id space: a deep link `#x` must name one thing.
    fn ids(&mut self) {
        let r = self.review;
        let mut all: Vec<(String, &str)> = vec![("id".into(), r.id.as_str())];
        all.extend(
            r.sections
                .iter()
                .enumerate()
                .map(|(i, x)| (format!("sections[{i}].id"), x.id.as_str())),
        );
        all.extend(
            r.metrics
                .iter()
                .enumerate()
                .map(|(i, x)| (format!("metrics[{i}].id"), x.id.as_str())),
        );
        all.extend(
            r.derived
                .iter()
                .enumerate()
                .map(|(i, x)| (format!("derived[{i}].id"), x.id.as_str())),
        );
        all.extend(
            r.items
                .iter()
                .enumerate()
                .map(|(i, x)| (format!("items[{i}].id"), x.id.as_str())),
        );
        all.extend(
            r.programmes
                .iter()
                .enumerate()
                .map(|(i, x)| (format!("programmes[{i}].id"), x.id.as_str())),
        );
        all.extend(
            r.captions
                .iter()
                .enumerate()
                .map(|(i, x)| (format!("captions[{i}].id"), x.id.as_str())),
        );
        for (path, id) in &all {
            if !is_valid_id(id) {
                self.report(
                    path,
                    format!(
                        "id {} must be lowercase ascii letters, digits and single '-' (at most {MAX_ID_CHARS} characters)",
                        shorten(id)
                    ),
                );
            }
        }
        // The review's own id names the file, not an element; it may equal a section's.
        let mut first_use: HashMap<&str, &str> = HashMap::new();
        for (path, id) in all.iter().skip(1) {
            if let Some(first) = first_use.get(id) {
                let message = format!("duplicate id \"{id}\" (first used at {first})");
                self.report(path.as_str(), message);
            } else {
                first_use.insert(id, path);
            }
        }
    }

    fn texts(&mut self) {
        let r = self.review;
        if r.byline.reporters.is_empty() {
            self.report("byline.reporters", "a byline names at least one reporter");
        }
        if r.sections.is_empty() {
            self.report("sections", "a review has at least one section");
        }
        let texts = r.all_texts();
        for (path, t) in &texts {
            self.both_languages(path, t.zh(), t.en());
            self.english(path, t.en());
            if let TextRef::Verbatim(v) = t {
                self.in_source(path, v);
            }
        }
        self.one_english(&texts);
        self.units();
    }

    /// A text of the article is in it, and a quote is printed there once.
    fn in_source(&mut self, path: &str, t: &Verbatim) {
        let Some(source) = self.source else { return };
        if t.zh.trim().is_empty() {
            return;
        }
        match source.occurrences(&t.zh) {
            0 => self.report(
                format!("{path}.zh"),
                format!("{} is not in the source text", shorten(&t.zh)),
            ),
            // A quote is where a figure or an event comes from: one place.
            // (The lead repeats some of the body's sentences word for word.)
            n if n > 1 && path.ends_with(".quote") => self.report(
                format!("{path}.zh"),
                format!(
                    "{} is printed {n} times in the source: quote enough of its sentence to say which place is meant",
                    shorten(&t.zh)
                ),
            ),
            _ => {}
        }
    }

    /// One Chinese text, one English: the same words of the article quoted
    /// in two places are translated the same way, or a reader comparing a
    /// card with its item reads two claims.
    fn one_english(&mut self, texts: &[(String, TextRef)]) {
        let mut first: HashMap<String, (&str, &str)> = HashMap::new();
        let verbatim = texts.iter().filter_map(|(path, t)| match t {
            TextRef::Verbatim(v) => Some((path, *v)),
            _ => None,
        });
        for (path, t) in verbatim {
            let zh = strip_whitespace(&t.zh);
            if zh.is_empty() {
                continue;
            }
            match first.get(&zh) {
                Some((at, en)) if en.trim() != t.en.trim() => {
                    let message = format!(
                        "the same Chinese as {at} has another English: translate it once ({})",
                        shorten(en)
                    );
                    self.report(format!("{path}.en"), message);
                }
                Some(_) => {}
                None => {
                    first.insert(zh, (path, &t.en));
                }
            }
        }
    }

    /// A unit agrees with its figure in English: one inquiry, 2 inquiries.
    /// The singular is stated, never guessed from the plural.
    fn units(&mut self) {
        let r = self.review;
        for (i, m) in r.metrics.iter().enumerate() {
            let one_path = format!("metrics[{i}].unit.en_one");
            match &m.unit.en_one {
                None if m.value == 1 && !is_sign(&m.unit.en) => self.report(
                    one_path,
                    format!(
                        "a figure of 1 needs its unit's English singular (1 inquiry, not 1 inquiries): add \"en_one\" beside {}",
                        shorten(&m.unit.en)
                    ),
                ),
                None => {}
                Some(one) if one.trim().is_empty() => self.report(one_path, "must not be empty"),
                Some(one) => {
                    if let Some(problem) = english_problem(one, false) {
                        self.report(one_path, problem);
                    }
                }
            }
        }
    }

    /// A stated colour is one the widget can make readable: hex, as a
    /// stylesheet writes it (a colour name means different things to
    /// different tools, and only hex is turned into shades).
    fn colour(&mut self) {
        let Some(colour) = &self.review.colour else {
            return;
        };
        let mut stated = vec![("colour.light", &colour.light)];
        stated.extend(colour.dark.iter().map(|dark| ("colour.dark", dark)));
        for (path, value) in stated {
            if parse_hex(value).is_none() {
                self.report(
                    path,
                    format!(
                        "{} is not a hex colour: write it as #rgb or #rrggbb, such as \"#a8161b\"",
                        shorten(value)
                    ),
                );
            }
        }
    }

    /// English text is English (`originals`): a Chinese original may follow a
    /// name only where the text translates or explains the article.
    fn english(&mut self, path: &str, en: &str) {
        let explains = path.ends_with(".quote")
            || path.ends_with(".note")
            || path.contains(".paragraphs[")
            || (path.starts_with("programmes[") && path.ends_with(".name"));
        if let Some(problem) = english_problem(en, explains) {
            self.report(format!("{path}.en"), problem);
        }
    }

    fn both_languages(&mut self, path: &str, zh: &str, en: &str) {
        for (lang, s) in [("zh", zh), ("en", en)] {
            if s.trim().is_empty() {
                self.report(format!("{path}.{lang}"), "must not be empty");
            } else if s.chars().count() > MAX_TEXT_CHARS {
                self.report(
                    format!("{path}.{lang}"),
                    format!("longer than {MAX_TEXT_CHARS} characters"),
                );
            }
        }
    }

    fn references(&mut self) {
        let r = self.review;
        let has_section = |id: &str| r.sections.iter().any(|s| s.id == id);
        let has_metric = |id: &str| r.metrics.iter().any(|m| m.id == id);
        let has_item = |id: &str| r.items.iter().any(|m| m.id == id);
        let mut dangling = Vec::new();
        for (i, m) in r.metrics.iter().enumerate() {
            if !has_section(&m.section) {
                dangling.push((format!("metrics[{i}].section"), "section", &m.section));
            }
            if let Some(whole) = &m.part_of {
                if !has_metric(whole) {
                    dangling.push((format!("metrics[{i}].part_of"), "metric", whole));
                } else if *whole == m.id {
                    self.report(
                        format!("metrics[{i}].part_of"),
                        "a figure cannot be part of itself",
                    );
                }
            }
            for (j, it) in m.items.iter().enumerate() {
                if !has_item(it) {
                    dangling.push((format!("metrics[{i}].items[{j}]"), "item", it));
                }
            }
        }
        for (i, d) in r.derived.iter().enumerate() {
            for (field, id) in [("part", &d.part), ("whole", &d.whole)] {
                if !has_metric(id) {
                    dangling.push((format!("derived[{i}].{field}"), "metric", id));
                }
            }
        }
        for (i, it) in r.items.iter().enumerate() {
            if !has_section(&it.section) {
                dangling.push((format!("items[{i}].section"), "section", &it.section));
            }
            for (j, m) in it.metrics.iter().enumerate() {
                if !has_metric(m) {
                    dangling.push((format!("items[{i}].metrics[{j}]"), "metric", m));
                }
            }
        }
        for (path, kind, id) in dangling {
            self.report(path, format!("no {kind} has the id {}", shorten(id)));
        }
    }

    fn figures(&mut self) {
        let r = self.review;
        let value_of = |id: &str| r.metrics.iter().find(|m| m.id == id).map(|m| m.value);
        for (i, m) in r.metrics.iter().enumerate() {
            if m.value > MAX_VALUE {
                self.report(
                    format!("metrics[{i}].value"),
                    format!("{} is larger than {MAX_VALUE}", m.value),
                );
            }
            if !value_in_quote(m.value, &m.unit.zh, &m.quote.zh) {
                self.report(
                    format!("metrics[{i}].quote.zh"),
                    format!("the value {} does not appear in the quote", m.value),
                );
            }
            for (j, s) in m.restated.iter().enumerate() {
                let path = format!("metrics[{i}].restated[{j}]");
                if !value_in_quote(s.value, &m.unit.zh, &s.quote.zh) {
                    self.report(
                        format!("{path}.quote.zh"),
                        format!("the value {} does not appear in the quote", s.value),
                    );
                }
                let consistent = match s.qualifier {
                    None => s.value == m.value,
                    Some(Qualifier::MoreThan) => s.value <= m.value,
                };
                if !consistent {
                    self.report(
                        format!("{path}.value"),
                        format!("restates {} as {}, which disagrees", m.value, s.value),
                    );
                }
            }
            if let (Some(whole), Some(whole_value)) =
                (&m.part_of, m.part_of.as_deref().and_then(value_of))
            {
                if m.value > whole_value {
                    self.report(
                        format!("metrics[{i}].value"),
                        format!(
                            "{} is part of \"{whole}\" ({whole_value}) but exceeds it",
                            m.value
                        ),
                    );
                }
            }
        }
        for (i, d) in r.derived.iter().enumerate() {
            match d.kind {
                DerivedKind::Share => self.share(i, d),
            }
        }
    }

    /// A share is drawn as a part of its whole: only a declared part may be
    /// (248 proposals "after merging" are not a part of 311).
    fn share(&mut self, i: usize, d: &Derived) {
        let r = self.review;
        if !is_declared_part(r, &d.part, &d.whole) {
            self.report(
                format!("derived[{i}].part"),
                format!(
                    "{} is not declared part of {}: a share must be a real part of its whole (set its part_of)",
                    shorten(&d.part),
                    shorten(&d.whole)
                ),
            );
        }
        let value_of = |id: &str| r.metrics.iter().find(|m| m.id == id).map(|m| m.value);
        if let (Some(part), Some(whole)) = (value_of(&d.part), value_of(&d.whole)) {
            if whole == 0 {
                self.report(format!("derived[{i}].whole"), "the whole is zero");
            } else if part > whole {
                self.report(
                    format!("derived[{i}].part"),
                    format!("the part ({part}) exceeds the whole ({whole})"),
                );
            }
        }
    }

    /// A funnel narrows: each step resolves, is declared part of the one
    /// before and is no larger than it.
    fn funnels(&mut self) {
        let r = self.review;
        for (i, f) in r.funnels.iter().enumerate() {
            if f.steps.len() < 2 {
                self.report(
                    format!("funnels[{i}].steps"),
                    "a funnel has at least two steps",
                );
            }
            let mut previous: Option<(usize, u64)> = None;
            for (j, step) in f.steps.iter().enumerate() {
                let Some(m) = r.metrics.iter().find(|m| m.id == *step) else {
                    self.report(
                        format!("funnels[{i}].steps[{j}]"),
                        format!("no metric has the id {}", shorten(step)),
                    );
                    previous = None;
                    continue;
                };
                if let Some((k, before)) = previous {
                    let whole = &f.steps[k];
                    if !is_declared_part(r, step, whole) {
                        self.report(
                            format!("funnels[{i}].steps[{j}]"),
                            format!(
                                "{} is not declared part of the step before it ({}): a funnel draws each step as a part of the one before (set its part_of)",
                                shorten(step),
                                shorten(whole)
                            ),
                        );
                    }
                    if m.value > before {
                        self.report(
                            format!("funnels[{i}].steps[{j}]"),
                            format!(
                                "{} is larger than the step before it (steps[{k}], {before})",
                                m.value
                            ),
                        );
                    }
                }
                previous = Some((j, m.value));
            }
        }
    }

    fn dates(&mut self) {
        let year = self.review.year;
        if !(1949..=2200).contains(&year) {
            self.report("year", format!("{year} is not a plausible year"));
        }
        for (i, it) in self.review.items.iter().enumerate() {
            if let Err(message) = check_when(&it.when, year) {
                self.report(format!("items[{i}].when"), message);
            }
        }
    }
}

/// A quote inside a longer quote whose English does not read inside the
/// longer one's: not a fault (English may need other words), but a place
/// for the desk to compare. Paragraphs are left out: no view shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ForTheDesk {
    pub shorter: String,
    pub longer: String,
}

impl fmt::Display for ForTheDesk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}.zh is inside {}.zh: compare their English",
            self.shorter, self.longer
        )
    }
}

/// The places `ForTheDesk` describes, in file order.
pub fn for_the_desk(r: &Review) -> Vec<ForTheDesk> {
    let shown: Vec<(String, &Verbatim, String)> = r
        .all_texts()
        .into_iter()
        .filter_map(|(path, t)| match t {
            TextRef::Verbatim(v) if !path.contains(".paragraphs[") => Some((path, v)),
            _ => None,
        })
        .map(|(path, t)| (path, t, strip_whitespace(&t.zh)))
        .collect();
    let mut notes = Vec::new();
    for (short_path, short, short_zh) in &shown {
        for (long_path, long, long_zh) in &shown {
            let inside = long_zh.len() > short_zh.len()
                && !short_zh.is_empty()
                && long_zh.contains(short_zh.as_str());
            if inside && !english_reads_inside(&short.en, &long.en) {
                notes.push(ForTheDesk {
                    shorter: short_path.clone(),
                    longer: long_path.clone(),
                });
            }
        }
    }
    notes
}

/// Whether `short`'s English appears in `long`'s, ignoring case, the
/// quotation marks, a name's Chinese original in brackets (given once per
/// text, so one of the two may lack it) and the punctuation at its ends.
fn english_reads_inside(short: &str, long: &str) -> bool {
    let plain = |s: &str| -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(open) = rest.find(" (") {
            let is_han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
            match rest[open..].find(')').map(|c| open + c + 1) {
                Some(close) if rest[open..close].chars().any(is_han) => {
                    out.push_str(&rest[..open]);
                    rest = &rest[close..];
                }
                _ => {
                    out.push_str(&rest[..open + 2]);
                    rest = &rest[open + 2..];
                }
            }
        }
        out.push_str(rest);
        out.chars()
            .filter(|c| !matches!(c, '“' | '”' | '‘' | '’' | '"'))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let short = plain(short);
    let short =
        short.trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace() || c == '…');
    // A name is listed with its article ("the “No. 1 Project”"), which a
    // clause may not need ("the committee's “No. 1 Project”").
    let short = short.strip_prefix("the ").unwrap_or(short);
    plain(long).contains(short)
}

fn check_when(when: &When, review_year: i32) -> Result<(), String> {
    let past = |y: i32| {
        if y > review_year {
            Err(format!(
                "{y} is after the review's year {review_year}; plans are \"outlook\""
            ))
        } else if y < 1949 {
            Err(format!("{y} is not a plausible year"))
        } else {
            Ok(())
        }
    };
    match *when {
        When::Year { year } => past(year),
        When::Quarter { year, quarter } => {
            past(year)?;
            (1..=4)
                .contains(&quarter)
                .then_some(())
                .ok_or(format!("quarter {quarter} is not 1 to 4"))
        }
        When::Month { year, month } => {
            past(year)?;
            (1..=12)
                .contains(&month)
                .then_some(())
                .ok_or(format!("month {month} is not 1 to 12"))
        }
        When::Day { year, month, day } => {
            past(year)?;
            if !(1..=12).contains(&month) {
                return Err(format!("month {month} is not 1 to 12"));
            }
            let last = days_in_month(year, month);
            (1..=last)
                .contains(&day)
                .then_some(())
                .ok_or(format!("day {day} is not in {year}-{month:02}"))
        }
        When::Publication => Ok(()),
        When::Outlook { year } => (year > review_year).then_some(()).ok_or(format!(
            "an outlook looks ahead: {year} is not after {review_year}"
        )),
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Whether metric `part` declares itself part of metric `whole` (`part_of`).
fn is_declared_part(r: &Review, part: &str, whole: &str) -> bool {
    r.metrics
        .iter()
        .any(|m| m.id == part && m.part_of.as_deref() == Some(whole))
}

pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Does the quote state this number? As digits not inside a longer number
/// (so 15 is not found in 152), or, for small counts, as a Chinese numeral
/// followed by the unit (四个).
pub fn value_in_quote(value: u64, unit_zh: &str, quote: &str) -> bool {
    let digits = value.to_string();
    let quote = strip_whitespace(quote);
    let as_digits = quote
        .split(|c: char| !c.is_ascii_digit())
        .any(|run| run == digits);
    as_digits
        || chinese_numeral(value)
            .is_some_and(|n| !unit_zh.is_empty() && quote.contains(&format!("{n}{unit_zh}")))
}

fn chinese_numeral(value: u64) -> Option<&'static str> {
    const NUMERALS: [&str; 11] = [
        "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
    ];
    NUMERALS.get(usize::try_from(value).ok()?).copied()
}

/// A value quoted in a message, clipped to its first 40 characters: a
/// message names the value, it does not repeat a paragraph.
fn shorten(s: &str) -> String {
    let head: String = s.chars().take(40).collect();
    let clipped = if head.len() < s.len() {
        format!("{head}…")
    } else {
        head
    };
    format!("\"{clipped}\"")
}
