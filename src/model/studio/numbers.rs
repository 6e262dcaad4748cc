//! The numbers a quote prints, offered to the editor as figures; the numbers
//! a review's sections print that no figure claims; and the figures a figure
//! may be part of.

use std::collections::BTreeSet;

use crate::model::source::strip_whitespace;
use crate::model::types::{Qualifier, Review};
use crate::model::validate::{value_in_quote, MAX_VALUE};

/// A number as printed in a quote, with a guess at its measure word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub value: u64,
    pub qualifier: Option<Qualifier>,
    /// The number as printed, with 余 where the text has it ("110余").
    pub printed: String,
    /// The measure word after it ("个", "人次"); empty if none is known.
    pub unit: String,
}

/// Measure words and units a district's review counts in, separated by
/// spaces; the longest match wins ("人次" over "人", "万元" over "万").
const UNITS: &str = "件 个 个月 个百分点 条 人次 次 项 场 场次 名 家 篇 期 批 人 户 所 处 盏 \
    元 万元 亿元 份 部 起 天 米 公里 平方米 万人 万人次 位 本 支 座 台 间 类 轮 组 张 首 \
    幅 册 亩 万亩 吨 辆 套 栋 届 段 万 亿 倍 小时 % ％";

/// Small counts printed in Chinese numerals, as the validator reads them.
const NUMERALS: &[(char, u64)] = &[
    ('一', 1),
    ('二', 2),
    ('两', 2),
    ('三', 3),
    ('四', 4),
    ('五', 5),
    ('六', 6),
    ('七', 7),
    ('八', 8),
    ('九', 9),
    ('十', 10),
];

/// Numeral characters: a numeral next to another is a larger number (二十,
/// 十二, 一百) that the validator does not read as a small count.
const NUMERAL_CHARS: &[char] = &[
    '零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万',
    '亿',
];

/// A numeral with a measure word that is a word of its own, not a count.
const NOT_COUNTS: &[&str] = &["一起", "一次性", "一部分"];

/// Every number the quote prints (whitespace ignored), in order: digit runs
/// that are not years (2023年), dates (10月, 5日), decimals or beyond
/// `MAX_VALUE`, and small counts in Chinese numerals followed by a measure
/// word (四个). Each is one the validator finds in the quote with its unit,
/// so a figure made from it passes: 两场 is offered once the validator
/// reads 两 (it reads 一 to 十).
pub fn numbers_in(quote: &str) -> Vec<Found> {
    let text = strip_whitespace(quote);
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let (end, candidate) = if c.is_ascii_digit() {
            digits_at(&text, at)
        } else {
            (at + c.len_utf8(), numeral_at(&text, at))
        };
        found.extend(
            candidate.filter(|f| f.value <= MAX_VALUE && value_in_quote(f.value, &f.unit, &text)),
        );
        at = end;
    }
    found
}

/// The digit run starting at `at`: where it ends, and the number it is
/// unless it is a year, a date or part of a decimal.
fn digits_at(text: &str, at: usize) -> (usize, Option<Found>) {
    let run_len = text[at..]
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len() - at);
    let end = at + run_len;
    let (before, after) = (&text[..at], &text[end..]);
    let digit = |c: char| c.is_ascii_digit();
    let decimal = before.strip_suffix('.').is_some_and(|b| b.ends_with(digit))
        || after
            .strip_prefix('.')
            .is_some_and(|a| a.starts_with(digit));
    let dated = after.starts_with(['年', '月', '日']);
    let value = text[at..end].parse().ok().filter(|_| !decimal && !dated);
    (
        end,
        value.map(|value| counted(value, &text[at..end], after)),
    )
}

/// A Chinese numeral at `at` directly followed by a measure word: a small
/// count. Not an ordinal (第一), not part of a larger numeral, not a word
/// (一起) and not a repetition (一个个, 一场场: "one after another").
fn numeral_at(text: &str, at: usize) -> Option<Found> {
    let c = text[at..].chars().next()?;
    let &(_, value) = NUMERALS.iter().find(|(n, _)| *n == c)?;
    let (before, after) = (&text[..at], &text[at + c.len_utf8()..]);
    if before.ends_with(NUMERAL_CHARS) || before.ends_with('第') || after.starts_with(NUMERAL_CHARS)
    {
        return None;
    }
    if NOT_COUNTS.iter().any(|w| text[at..].starts_with(w)) {
        return None;
    }
    let found = counted(value, &c.to_string(), after);
    let last = found.unit.chars().last()?;
    let rest = after.strip_prefix('余').unwrap_or(after);
    let repeated = rest[found.unit.len()..].starts_with(last);
    (!repeated).then_some(found)
}

/// A number printed as `printed`, followed by `after`: its 余 and its unit.
fn counted(value: u64, printed: &str, after: &str) -> Found {
    let (qualifier, rest) = match after.strip_prefix('余') {
        Some(rest) => (Some(Qualifier::MoreThan), rest),
        None => (None, after),
    };
    let unit = UNITS
        .split_whitespace()
        .filter(|u| rest.starts_with(u))
        .max_by_key(|u| u.len())
        .map_or_else(String::new, |u| u.to_string());
    let more = if qualifier.is_some() { "余" } else { "" };
    Found {
        value,
        qualifier,
        printed: format!("{printed}{more}"),
        unit,
    }
}

/// The numbers the review's sections print in digits that no figure
/// claims (as its value or a restated value): each is a figure forgotten,
/// or a number that is not a figure (a mechanism's name, "885").
pub fn unclaimed(review: &Review) -> Vec<u64> {
    let claimed: BTreeSet<u64> = review
        .metrics
        .iter()
        .flat_map(|m| std::iter::once(m.value).chain(m.restated.iter().map(|r| r.value)))
        .collect();
    let texts = review
        .sections
        .iter()
        .flat_map(|s| s.heading.iter().chain(&s.paragraphs));
    let printed: BTreeSet<u64> = texts
        .flat_map(|v| digit_numbers(&v.zh))
        .filter(|value| !claimed.contains(value))
        .collect();
    printed.into_iter().collect()
}

/// The values of the digit runs `numbers_in` reads in a text.
fn digit_numbers(text: &str) -> Vec<u64> {
    numbers_in(text)
        .into_iter()
        .filter(|f| f.printed.starts_with(|c: char| c.is_ascii_digit()))
        .map(|f| f.value)
        .collect()
}

/// The figures metric `metric` may be declared part of: same unit, at
/// least as large, and not already (through its own parts) part of it, so
/// `part_of` never makes a cycle.
pub fn wholes_for(review: &Review, metric: usize) -> Vec<usize> {
    let metrics = &review.metrics;
    let Some(part) = metrics.get(metric) else {
        return Vec::new();
    };
    (0..metrics.len())
        .filter(|&i| {
            let whole = &metrics[i];
            i != metric
                && whole.id != part.id
                && whole.unit.zh == part.unit.zh
                && whole.value >= part.value
                && !is_within(review, i, &part.id)
        })
        .collect()
}

/// Whether metric `i` is, through its chain of `part_of`, part of `id`.
/// The chain is followed at most once round the metrics, so a cycle already
/// in the data ends the walk.
fn is_within(review: &Review, i: usize, id: &str) -> bool {
    let mut at = &review.metrics[i];
    for _ in 0..review.metrics.len() {
        let Some(whole) = at.part_of.as_deref() else {
            return false;
        };
        if whole == id {
            return true;
        }
        match review.metrics.iter().find(|m| m.id == whole) {
            Some(m) => at = m,
            None => return false,
        }
    }
    false
}
