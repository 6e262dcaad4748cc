//! The dates a quote supports for a timeline item: never more precise than
//! the text (no days), so the editor picks from what the article says.

use crate::model::source::strip_whitespace;
use crate::model::types::When;

/// Months in Chinese numerals (before 月), longest first so 十二月 is not
/// read as 二月.
const MONTHS: &[(&str, u8)] = &[
    ("十二", 12),
    ("十一", 11),
    ("十", 10),
    ("一", 1),
    ("二", 2),
    ("三", 3),
    ("四", 4),
    ("五", 5),
    ("六", 6),
    ("七", 7),
    ("八", 8),
    ("九", 9),
];

/// A numeral before a month's name makes it another number (二十二月).
const NUMERAL_CHARS: &[char] = &[
    '零', '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十',
];

/// Words that put a quote in the year after the review's.
const NEXT_YEAR: &[&str] = &["明年", "来年", "新的一年"];

/// Words that put a quote in the review's own year.
const THIS_YEAR: &[&str] = &["去年", "一年来", "全年", "过去一年"];

/// The `When`s the quote supports, most precise first: each month it names
/// (in the review's year `year`, or the year printed before it), 近日 as
/// the publication, the year, and next year's outlook for plans (`in_outlook`,
/// or a quote naming next year). The year is left out of a quote only
/// about next year.
pub fn date_options(quote: &str, year: i32, in_outlook: bool) -> Vec<When> {
    let text = strip_whitespace(quote);
    let mut options: Vec<When> = Vec::new();
    for when in months(&text, year) {
        if !options.contains(&when) {
            options.push(when);
        }
    }
    let months_named = !options.is_empty();
    if text.contains("近日") {
        options.push(When::Publication);
    }
    let next = year.saturating_add(1);
    let outlook = in_outlook
        || NEXT_YEAR.iter().any(|w| text.contains(w))
        || text.contains(&format!("{next}年"));
    let this_year =
        THIS_YEAR.iter().any(|w| text.contains(w)) || text.contains(&format!("{year}年"));
    if !outlook || months_named || this_year {
        options.push(When::Year { year });
    }
    if outlook {
        options.push(When::Outlook { year: next });
    }
    options
}

/// The months named in the text, as `When::Month`: N月 with N from 1 to 12
/// in digits or Chinese numerals ("3个月" is a duration, not a month). A
/// month of a year after the review's is a plan: its date is the outlook.
fn months(text: &str, year: i32) -> Vec<When> {
    text.match_indices('月')
        .filter_map(|(at, _)| {
            let before = &text[..at];
            let (month, rest) = digit_month(before).or_else(|| chinese_month(before))?;
            let year = year_before(rest, year)?;
            Some(When::Month { year, month })
        })
        .collect()
}

/// "10" before 月: the month, and the text before it.
fn digit_month(before: &str) -> Option<(u8, &str)> {
    let rest = before.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = &before[rest.len()..];
    let month: u8 = digits.parse().ok().filter(|_| digits.len() <= 2)?;
    (1..=12).contains(&month).then_some((month, rest))
}

/// "十" before 月: the month, and the text before it.
fn chinese_month(before: &str) -> Option<(u8, &str)> {
    let (name, month) = MONTHS.iter().find(|(name, _)| before.ends_with(name))?;
    let rest = &before[..before.len() - name.len()];
    (!rest.ends_with(NUMERAL_CHARS)).then_some((*month, rest))
}

/// The year of a month: the year printed just before it ("2022年10月"),
/// or the review's; none for a month of a later year (明年3月).
fn year_before(rest: &str, year: i32) -> Option<i32> {
    let Some(rest) = rest.strip_suffix('年') else {
        return Some(year);
    };
    if NEXT_YEAR.iter().any(|w| format!("{rest}年").ends_with(w)) {
        return None;
    }
    let head = rest.trim_end_matches(|c: char| c.is_ascii_digit());
    let printed = &rest[head.len()..];
    match printed.parse::<i32>() {
        Ok(y) if printed.len() == 4 => (y <= year).then_some(y),
        _ => Some(year),
    }
}
