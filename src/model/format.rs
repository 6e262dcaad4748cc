//! Numbers as readers of each language expect them. The words around them
//! (余, "more than", the dates) are the widget's (`words::widget`).

use super::lang::Lang;

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

/// 804 tenths of a percent → "80.4%".
pub fn percent(permille: u64) -> String {
    format!("{}.{}%", permille / 10, permille % 10)
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
