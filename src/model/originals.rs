//! Chinese inside English text. English text is English: a Chinese name gets an
//! English rendering, and its original may follow once, in round brackets,
//! "the Chishui River (池水河)". The view marks such an original `lang="zh-CN"`
//! (so a screen reader switches voice and the browser picks a CJK font); the
//! validator refuses Chinese anywhere else in English text.

/// A piece of English text: English, or a Chinese original (the inside of its
/// brackets, which stay in the English pieces around it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    English(&'a str),
    Original(&'a str),
}

/// A Han character (the CJK ideograph blocks).
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

/// What may stand in an original besides Han: Chinese punctuation, including
/// the quotation marks and dashes the two languages share.
fn is_chinese(c: char) -> bool {
    is_han(c) || "《》〈〉「」“”‘’·—、，。：；！？…".contains(c) || c.is_ascii_digit() || c == '+'
}

/// Splits English text into its English and its bracketed Chinese originals.
/// A bracket is an original when it holds Chinese only, with at least one Han
/// character; any other Han stays inside an English piece (for the validator
/// to refuse).
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut english_from = 0;
    let mut offset = 0;
    while let Some(open) = rest.find('(') {
        let inner_start = open + 1;
        let Some(close) = rest[inner_start..].find(')') else {
            break;
        };
        let inner = &rest[inner_start..inner_start + close];
        let at = offset + inner_start;
        if inner.chars().any(is_han) && inner.chars().all(is_chinese) {
            if english_from < at {
                out.push(Piece::English(&text[english_from..at]));
            }
            out.push(Piece::Original(inner));
            english_from = at + inner.len();
        }
        offset = at + close;
        rest = &text[offset..];
    }
    if english_from < text.len() {
        out.push(Piece::English(&text[english_from..]));
    }
    out
}

/// Why an English text breaks the rule, if it does. `originals_allowed`: the
/// text translates or explains the article (a quote, a note, a paragraph),
/// where a name's original may follow it; labels, titles and units are plain
/// English (they also become accessible names and alt text, which carry no
/// language mark).
pub fn english_problem(text: &str, originals_allowed: bool) -> Option<&'static str> {
    if text.contains('"') {
        return Some("straight quotation mark in English: use curly quotes “ ” (‘ ’ inside them)");
    }
    let pieces = pieces(text);
    let stray_han = pieces
        .iter()
        .any(|p| matches!(p, Piece::English(s) if s.chars().any(is_han)));
    let originals: Vec<&str> = pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Original(s) => Some(*s),
            Piece::English(_) => None,
        })
        .collect();
    if stray_han || (!originals_allowed && !originals.is_empty()) {
        return Some(if originals_allowed {
            "Chinese in English text: give the English; the Chinese original may follow it once, in round brackets"
        } else {
            "Chinese in an English label, title or unit: give the English only (the original may follow a name once in a quote's translation or a note)"
        });
    }
    let first_is_original = matches!(pieces.first(), Some(Piece::English(s)) if s.trim() == "(");
    let repeated = originals
        .iter()
        .enumerate()
        .any(|(i, o)| originals[..i].contains(o));
    if first_is_original || repeated {
        return Some(
            "a Chinese original follows its English rendering, once: “the Chishui River (池水河)”",
        );
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bracketed_chinese_name_is_an_original() {
        use Piece::{English as E, Original as O};
        for (text, expected) in [
            (
                "pushed the Chishui River (池水河) clean-up through",
                vec![
                    E("pushed the Chishui River ("),
                    O("池水河"),
                    E(") clean-up through"),
                ],
            ),
            (
                "Songyue (《送阅》) and (the 2nd) (六送)",
                vec![
                    E("Songyue ("),
                    O("《送阅》"),
                    E(") and (the 2nd) ("),
                    O("六送"),
                    E(")"),
                ],
            ),
        ] {
            assert_eq!(pieces(text), expected, "{text}");
        }
    }

    #[test]
    fn english_without_chinese_is_one_piece() {
        assert_eq!(
            pieces("a (plain) text"),
            vec![Piece::English("a (plain) text")]
        );
        assert_eq!(pieces(""), vec![]);
        assert_eq!(
            pieces("unclosed (池水河"),
            vec![Piece::English("unclosed (池水河")]
        );
    }

    #[test]
    fn the_rule_refuses_chinese_outside_an_original_and_straight_quotes() {
        assert_eq!(
            english_problem("the “six deliveries” (六送) activities", true),
            None
        );
        assert_eq!(english_problem("the Chishui River", false), None);
        assert!(english_problem("the “六送” activities", true).is_some());
        assert!(english_problem("(六送) six deliveries", true).is_some());
        assert!(english_problem("six (六送) and again six (六送)", true).is_some());
        assert!(english_problem("six deliveries (六送)", false).is_some());
        assert!(english_problem("the \"No. 1 Project\"", true).is_some());
        assert!(english_problem("mixed (六 deliveries)", true).is_some());
    }
}
