//! The data as readers take it away: every figure as CSV.
//!
//! Written by `publish` (each edition's `figures.csv`),
//! so the widget carries no code for it.

use super::lang::Lang;
use super::types::{Qualifier, Review};

/// Every figure of `reviews`, one row each, both languages side by side:
/// UTF-8 with a byte-order mark (spreadsheet programs then read the Chinese
/// correctly), CRLF line ends and RFC 4180 quoting.
pub fn figures_csv(reviews: &[Review]) -> String {
    let mut out = String::from("\u{feff}");
    row(
        &mut out,
        &[
            "institution",
            "institution_en",
            "theme",
            "theme_en",
            "id",
            "label",
            "label_en",
            "value",
            "unit",
            "unit_en",
            "qualifier",
            "quote",
            "quote_en",
        ],
    );
    for r in reviews {
        for m in &r.metrics {
            let theme = r.section(&m.section);
            let (theme_zh, theme_en) = theme.map_or(("", ""), |s| (&s.label.zh, &s.label.en));
            let qualifier = match m.qualifier {
                Some(Qualifier::MoreThan) => "余 (more than)",
                None => "",
            };
            row(
                &mut out,
                &[
                    &r.institution.zh,
                    &r.institution.en,
                    theme_zh,
                    theme_en,
                    &m.id,
                    &m.label.zh,
                    &m.label.en,
                    &m.value.to_string(),
                    &m.unit.zh,
                    m.unit.agreeing(m.value, Lang::En),
                    qualifier,
                    &m.quote.zh,
                    &m.quote.en,
                ],
            );
        }
    }
    out
}

fn row(out: &mut String, fields: &[&str]) {
    for (n, field) in fields.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}
