//! Numbers and dates as readers of each language expect them.

use super::lang::Lang;
use super::types::{Qualifier, When};

/// A count as each language's papers print it. English groups thousands
/// ("1,841"); Chinese prints the digits alone ("1841", as the article does
/// and GB/T 15835 allows), at any length, so that a figure reads the same
/// on the card, in the quote beside it and in print.
pub fn number(n: u64, lang: Lang) -> String {
    match lang {
        Lang::Zh => n.to_string(),
        Lang::En => group_thousands(n),
    }
}

/// 3700 → "3,700": English thousands.
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The big number of a card, as each language prints 余 / "more than":
/// "3700余" / "3,700+".
pub fn figure(value: u64, qualifier: Option<Qualifier>, lang: Lang) -> String {
    let digits = number(value, lang);
    match (qualifier, lang) {
        (Some(Qualifier::MoreThan), Lang::Zh) => digits + "余",
        (Some(Qualifier::MoreThan), Lang::En) => digits + "+",
        (None, _) => digits,
    }
}

/// A unit that is a sign (100%, 5‰) is set against its number, in both
/// languages; a word is spaced in English ("42 problems") and set close in
/// Chinese ("42个").
pub fn is_sign(unit: &str) -> bool {
    matches!(unit, "%" | "‰" | "‱")
}

/// What goes between a figure and its unit.
pub fn unit_gap(unit: &str, lang: Lang) -> &'static str {
    if lang == Lang::En && !is_sign(unit) {
        " "
    } else {
        ""
    }
}

/// The figure as a sentence fragment, for screen readers and plain text:
/// "3700余人次" / "more than 3,700 attendances". `unit` is already the
/// form that agrees with `value` (`Unit::agreeing`).
pub fn figure_phrase(value: u64, qualifier: Option<Qualifier>, unit: &str, lang: Lang) -> String {
    let gap = unit_gap(unit, lang);
    match (lang, qualifier) {
        (Lang::Zh, Some(Qualifier::MoreThan)) => format!("{value}余{unit}"),
        (Lang::Zh, None) => format!("{value}{unit}"),
        (Lang::En, Some(Qualifier::MoreThan)) => {
            format!("more than {}{gap}{unit}", group_thousands(value))
        }
        (Lang::En, None) => format!("{}{gap}{unit}", group_thousands(value)),
    }
}

/// 804 tenths of a percent → "80.4%".
pub fn percent(permille: u64) -> String {
    format!("{}.{}%", permille / 10, permille % 10)
}

/// The one home of the English month names (the timeline's ticks use their
/// first three letters: `month_abbr`).
const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A month's English name in three letters, "Oct"; "?" for no month.
pub fn month_abbr(month: u8) -> &'static str {
    EN_MONTHS
        .get(usize::from(month).wrapping_sub(1))
        .map_or("?", |m| &m[..3])
}

/// A date no more precise than the data: "2023年", "2023年10月", "近日".
pub fn when(when: &When, lang: Lang) -> String {
    let month_en = |m: u8| {
        EN_MONTHS
            .get(usize::from(m).wrapping_sub(1))
            .copied()
            .unwrap_or("?")
    };
    match (*when, lang) {
        (When::Year { year }, Lang::Zh) => format!("{year}年"),
        (When::Year { year }, Lang::En) => format!("{year}"),
        (When::Quarter { year, quarter }, Lang::Zh) => format!("{year}年第{quarter}季度"),
        (When::Quarter { year, quarter }, Lang::En) => format!("Q{quarter} {year}"),
        (When::Month { year, month }, Lang::Zh) => format!("{year}年{month}月"),
        (When::Month { year, month }, Lang::En) => format!("{} {year}", month_en(month)),
        (When::Day { year, month, day }, Lang::Zh) => format!("{year}年{month}月{day}日"),
        (When::Day { year, month, day }, Lang::En) => format!("{day} {} {year}", month_en(month)),
        (When::Publication, Lang::Zh) => "近日（发稿前后）".to_string(),
        (When::Publication, Lang::En) => "Recently (around publication)".to_string(),
        (When::Outlook { year }, Lang::Zh) => format!("{year}年展望"),
        (When::Outlook { year }, Lang::En) => format!("Outlook for {year}"),
    }
}

/// `parts` with `sep` between them. `[T]::join` instantiates a generic
/// copy routine in the wasm; this loop is smaller.
pub fn join<S: AsRef<str>>(parts: impl IntoIterator<Item = S>, sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part.as_ref());
    }
    out
}
