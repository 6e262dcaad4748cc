//! The article's structure: which stretches of the text are paragraphs,
//! headings and page furniture (title, byline, captions), and where the
//! sections begin. The studio proposes it from the text; the editor mends it
//! with `join` and `split`; `sections` turns it into the review's sections.

use std::collections::HashMap;

use super::floor_char_boundary;
use crate::model::source::strip_whitespace;
use crate::model::types::{Section, SectionKind, Text, Verbatim};

/// What a block is on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Title, subtitle, byline, captions: outside the sections.
    Front,
    Heading,
    Paragraph,
}

/// A stretch of the article: its byte range in the text (trimmed of
/// whitespace), its role, and the kind of section starting here, if one does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub start: usize,
    pub end: usize,
    pub role: Role,
    pub starts: Option<SectionKind>,
}

/// Marks that end a sentence.
const SENTENCE_ENDS: &[char] = &['。', '！', '？', '；', '…', '!', '?', ';'];
/// Marks that may close a sentence after its end (“……。”).
const CLOSERS: &[char] = &['”', '’', '」', '』', '）', ')', '"', '\''];
/// A line starting with one of these starts a paragraph.
const INDENTS: &[char] = &[' ', '\u{3000}', '\t'];
/// A printed heading is at most two lines of at most this many characters.
const HEADING_LINES: usize = 2;
const HEADING_LINE_CHARS: usize = 20;
/// The page's furniture is short: the first block at least this long (and
/// not heading-like) is where the article's text begins.
const REAL_PARAGRAPH_CHARS: usize = 40;
/// A printed column is at most ~20 CJK characters (40 cells); a text whose
/// lines are mostly longer was not broken by columns but has one paragraph
/// per line (copied from a web page).
const WEB_LINE_CELLS: usize = 60;

/// One line of the text: its byte range trimmed of whitespace.
struct Line<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    indented: bool,
}

impl Line<'_> {
    fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    /// Printed width in half-width cells: the digits of "42个" take half a
    /// CJK character's width, so counting chars would call a line with
    /// digits longer than the column.
    fn cells(&self) -> usize {
        self.text
            .chars()
            .map(|c| if c.is_ascii() { 1 } else { 2 })
            .sum()
    }

    /// Ends a sentence, or a clause that opens a list ("成绩单——", "如下："):
    /// where a paragraph may end.
    fn ends_clause(&self) -> bool {
        let text = self.text.trim_end_matches(CLOSERS);
        text.ends_with(SENTENCE_ENDS) || text.ends_with(['：', ':']) || text.ends_with("——")
    }

    /// Clearly shorter than the column: the line ended before the column did,
    /// so the text broke it on purpose (less than 80% of the width).
    fn is_short(&self, width: usize) -> bool {
        self.cells() * 5 < width * 4
    }
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut offset = 0;
    text.split_inclusive('\n')
        .map(|raw| {
            let start = offset;
            offset += raw.len();
            let trimmed = raw.trim_start();
            let lead = raw.len() - trimmed.len();
            let text = trimmed.trim_end();
            Line {
                start: start + lead,
                end: start + lead + text.len(),
                text,
                indented: raw.starts_with(INDENTS) && !text.is_empty(),
            }
        })
        .collect()
}

/// The column width: the most common line width (the wider on a tie).
fn column_width(lines: &[Line]) -> usize {
    let mut counts: HashMap<usize, usize> = HashMap::new();
    for line in lines.iter().filter(|l| !l.is_blank()) {
        *counts.entry(line.cells()).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(cells, n)| (n, cells))
        .map_or(0, |(cells, _)| cells)
}

/// The text's paragraphs, as groups of lines (blank lines inside a group
/// are where a column broke a paragraph).
fn paragraphs<'a>(lines: &'a [Line<'a>]) -> Vec<&'a [Line<'a>]> {
    let width = column_width(lines);
    let mut groups = Vec::new();
    let (mut first, mut last) = (0, None);
    let mut blank_before = false;
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() {
            blank_before = true;
            continue;
        }
        match last {
            Some(p) if breaks(&lines[first..=p], line, blank_before, width) => {
                groups.push(&lines[first..=p]);
                first = i;
            }
            Some(_) => {}
            None => first = i,
        }
        last = Some(i);
        blank_before = false;
    }
    if let Some(p) = last {
        groups.push(&lines[first..=p]);
    }
    groups
}

/// Whether `line` starts a new paragraph after `group`.
fn breaks(group: &[Line], line: &Line, blank_before: bool, width: usize) -> bool {
    let Some(prev) = group.last() else {
        return true;
    };
    let ended = prev.ends_clause();
    // A blank line after a full line that stops mid-sentence is where the
    // page's column ended, not the paragraph (data/source has ten:
    // "调研报\n\n告被市政协"); a title or heading stands alone all the same.
    let column_ended = !prev.is_short(width) && !ended && !heading_like(group);
    line.indented
        || width > WEB_LINE_CELLS
        || (prev.is_short(width) && ended)
        || (blank_before && !column_ended)
}

/// At most two short lines, with no sentence in them: headings are phrases
/// ("围绕中心服务大局\n奋力书写履职新篇"), without even a comma.
fn heading_like(group: &[Line]) -> bool {
    let lines: Vec<&Line> = group.iter().filter(|l| !l.is_blank()).collect();
    lines.len() <= HEADING_LINES
        && lines.iter().all(|l| {
            l.text.chars().filter(|c| !c.is_whitespace()).count() <= HEADING_LINE_CHARS
                && !l.text.contains(SENTENCE_ENDS)
                && !l.text.contains(['，', ','])
        })
}

/// The studio's first guess at the article's blocks, for the editor to mend.
/// Every non-whitespace character of the text is in exactly one block.
pub fn propose(text: &str) -> Vec<Block> {
    let lines = lines(text);
    let groups = paragraphs(&lines);
    let headings: Vec<bool> = groups.iter().map(|g| heading_like(g)).collect();
    let real = |i: &usize| {
        let chars: usize = groups[*i].iter().map(|l| l.text.chars().count()).sum();
        !headings[*i] && chars >= REAL_PARAGRAPH_CHARS
    };
    // Title, subtitle and byline come before the first real paragraph; a
    // heading with no paragraph after it heads nothing (a caption, a byline).
    let body_start = (0..groups.len())
        .find(real)
        .or_else(|| headings.iter().position(|h| !h))
        .unwrap_or(0);
    let body_end = headings
        .iter()
        .rposition(|h| !h)
        .map_or(groups.len(), |p| p + 1);
    groups
        .iter()
        .enumerate()
        .map(|(i, group)| {
            let role = if i < body_start || i >= body_end {
                Role::Front
            } else if headings[i] {
                Role::Heading
            } else {
                Role::Paragraph
            };
            let starts = match role {
                Role::Front => None,
                _ if i == body_start => Some(SectionKind::Lead),
                Role::Heading => Some(SectionKind::Body),
                Role::Paragraph => None,
            };
            Block {
                start: group[0].start,
                end: group[group.len() - 1].end,
                role,
                starts,
            }
        })
        .collect()
}

/// Block `i` absorbs the block after it, keeping its own role and start.
pub fn join(blocks: &mut Vec<Block>, i: usize) -> bool {
    if i >= blocks.len().saturating_sub(1) {
        return false;
    }
    let next = blocks.remove(i + 1);
    blocks[i].end = next.end;
    true
}

/// Splits the block holding byte `at` strictly inside its text: the second
/// half is a plain paragraph. Whitespace at the cut stays between the blocks.
pub fn split(text: &str, blocks: &mut Vec<Block>, at: usize) -> bool {
    let at = floor_char_boundary(text, at);
    let Some(i) = blocks.iter().position(|b| b.start < at && at < b.end) else {
        return false;
    };
    let block = &blocks[i];
    let (Some(head), Some(tail)) = (text.get(block.start..at), text.get(at..block.end)) else {
        return false;
    };
    if head.trim().is_empty() || tail.trim().is_empty() {
        return false;
    }
    let second = Block {
        start: at + (tail.len() - tail.trim_start().len()),
        end: block.end,
        role: Role::Paragraph,
        starts: None,
    };
    blocks[i].end = block.start + head.trim_end().len();
    blocks.insert(i + 1, second);
    true
}

/// Nothing of the text is lost or repeated: the blocks, in order, hold the
/// whole text (whitespace ignored).
pub fn covers(text: &str, blocks: &[Block]) -> bool {
    let mut held = String::new();
    for b in blocks {
        let Some(part) = text.get(b.start..b.end) else {
            return false;
        };
        held.push_str(&strip_whitespace(part));
    }
    held == strip_whitespace(text)
}

/// A section being gathered from its blocks.
struct Draft {
    kind: SectionKind,
    heading: Option<String>,
    paragraphs: Vec<String>,
}

/// The review's sections from the blocks. `previous` are the sections the
/// editor has worked on: a section keeping its id keeps its label and note,
/// and any text whose Chinese is unchanged keeps its English.
pub fn sections(text: &str, blocks: &[Block], previous: &[Section]) -> Vec<Section> {
    let mut ids = Ids::default();
    let translations = translations(previous);
    drafts(text, blocks)
        .into_iter()
        .map(|d| {
            let id = ids.next(d.kind);
            let label = d.heading.clone().unwrap_or_else(|| ids.label(d.kind));
            let mut section = Section {
                id,
                kind: d.kind,
                label: untranslated(label),
                heading: d.heading.map(|zh| verbatim(zh, &translations)),
                note: None,
                paragraphs: d
                    .paragraphs
                    .into_iter()
                    .map(|zh| verbatim(zh, &translations))
                    .collect(),
            };
            if let Some(old) = previous.iter().find(|s| s.id == section.id) {
                section.label = old.label.clone();
                section.note = old.note.clone();
            }
            section
        })
        .collect()
}

/// Blocks before the first start belong to the first section: an editor
/// who marks no start at all gets the whole article as one lead.
fn drafts(text: &str, blocks: &[Block]) -> Vec<Draft> {
    let inside = blocks.iter().filter(|b| b.role != Role::Front);
    let first_kind = inside
        .clone()
        .find_map(|b| b.starts)
        .unwrap_or(SectionKind::Lead);
    let mut first_start_seen = false;
    let mut drafts: Vec<Draft> = Vec::new();
    for b in inside {
        let zh = strip_whitespace(text.get(b.start..b.end).unwrap_or_default());
        if zh.is_empty() {
            continue;
        }
        let opens = if drafts.is_empty() {
            Some(first_kind)
        } else if first_start_seen {
            b.starts
        } else {
            // The first start names the section its blocks already began.
            None
        };
        first_start_seen |= b.starts.is_some();
        match drafts.last_mut() {
            Some(d) if opens.is_none() => d.paragraphs.push(zh),
            _ => drafts.push(Draft::opened_by(opens.unwrap_or(first_kind), b.role, zh)),
        }
    }
    drafts
}

impl Draft {
    /// A heading opening a section is its heading; anywhere else it is
    /// printed text like any other, so it is kept as a paragraph.
    fn opened_by(kind: SectionKind, role: Role, zh: String) -> Draft {
        let (heading, paragraphs) = match role {
            Role::Heading => (Some(zh), vec![]),
            _ => (None, vec![zh]),
        };
        Draft {
            kind,
            heading,
            paragraphs,
        }
    }
}

/// Section ids and default labels, numbered in reading order: "lead",
/// "part-1", "part-2" …, "outlook" (a second lead or outlook gets "-2").
#[derive(Default)]
struct Ids {
    leads: usize,
    parts: usize,
    outlooks: usize,
}

impl Ids {
    fn next(&mut self, kind: SectionKind) -> String {
        let (count, name) = match kind {
            SectionKind::Lead => (&mut self.leads, "lead"),
            SectionKind::Body => (&mut self.parts, "part"),
            SectionKind::Outlook => (&mut self.outlooks, "outlook"),
        };
        *count += 1;
        if kind != SectionKind::Body && *count == 1 {
            name.to_string()
        } else {
            format!("{name}-{count}")
        }
    }

    /// The label of the section `next` has just named.
    fn label(&self, kind: SectionKind) -> String {
        crate::words::studio::proposed_label(kind, self.parts)
    }
}

/// The editor's English of every Chinese text of the previous sections, by
/// the Chinese without whitespace (a data file's heading may keep the space
/// between its printed lines).
fn translations(previous: &[Section]) -> HashMap<String, &str> {
    let mut known = HashMap::new();
    for s in previous {
        for v in s.heading.iter().chain(&s.paragraphs) {
            if !v.en.is_empty() {
                known
                    .entry(strip_whitespace(&v.zh))
                    .or_insert(v.en.as_str());
            }
        }
    }
    known
}

fn verbatim(zh: String, translations: &HashMap<String, &str>) -> Verbatim {
    let en = translations.get(&zh).copied().unwrap_or_default();
    Verbatim {
        en: en.to_string(),
        zh,
    }
}

fn untranslated(zh: String) -> Text {
    Text {
        zh,
        en: String::new(),
    }
}

/// A textarea's position (UTF-16 units, as `selectionStart` counts) as a
/// byte offset: clamped to the text, and to the start of a char it falls in.
pub fn utf16_to_byte(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (byte, c) in text.char_indices() {
        units += c.len_utf16();
        if units > utf16 {
            return byte;
        }
    }
    text.len()
}

/// A byte offset as a textarea's position (UTF-16 units), for setting its
/// selection: clamped to the text, and to the start of a char it falls in.
pub fn byte_to_utf16(text: &str, byte: usize) -> usize {
    let byte = floor_char_boundary(text, byte);
    text.get(..byte)
        .map_or(0, |head| head.encode_utf16().count())
}
