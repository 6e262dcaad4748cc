//! Institution colours: each review's own (`Review::colour`) or the palette's,
//! made readable on both themes. Nothing in the engine names an edition, so
//! the stylesheet carries no institution's colour: `edition_css` writes them
//! for the edition's own small stylesheet, and the widget's `.hm-inst` rule
//! takes them from there.
//!
//! The readable-shade rule is the one `scripts/page/accent.mjs` applies to a
//! host's `accent=` colour, ported step for step (tests/colour.rs runs both
//! over 4,096 colours): a host's colour and an institution's are held to one
//! standard, WCAG 2.2 AA (4.5:1) on both of a theme's backgrounds.

use super::types::{Colour, Review};
use super::validate::is_valid_id;

/// A colour's red, green and blue levels.
pub type Rgb = [u8; 3];

/// WCAG 2.2 AA for text of any size: institution colours are the labels,
/// headings and figures of their reviews, not only large type.
pub const MIN_CONTRAST: f64 = 4.5;

/// Each theme's two backgrounds: the page and the cards on it.
pub struct Backgrounds {
    pub light: [Rgb; 2],
    pub dark: [Rgb; 2],
}

/// The stylesheet's `--hm-bg-light`, `--hm-surface-light`, `--hm-bg-dark`
/// and `--hm-surface-dark`, in that order; tests/colour.rs holds them equal
/// to `static/huimou.css`, so a retouched background cannot leave shades
/// that were readable only on the old one.
pub const BACKGROUNDS: Backgrounds = Backgrounds {
    light: [[0xf7, 0xf2, 0xea], [0xff, 0xff, 0xff]],
    dark: [[0x16, 0x12, 0x0f], [0x22, 0x1d, 0x19]],
};

/// A pair of shades for the two themes, as the palette states them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Swatch {
    pub light: &'static str,
    pub dark: &'static str,
}

/// Colours for reviews that state none, by their place in the edition. The
/// first two are the 2023 reviews' red and gold (the printed page's own), so
/// an edition of two looks as readers know it; then a blue and a green, far
/// enough from both and from each other to tell institutions apart. Each
/// already reads on its theme's backgrounds (tests/colour.rs).
pub const PALETTE: [Swatch; 4] = [
    Swatch {
        light: "#a8161b",
        dark: "#ff8f85",
    },
    Swatch {
        light: "#7a5200",
        dark: "#f2c35e",
    },
    Swatch {
        light: "#1f5c99",
        dark: "#8cbcf0",
    },
    Swatch {
        light: "#2a6338",
        dark: "#7fcf8e",
    },
];

/// An institution's colour on each theme, lower-case `#rrggbb`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shades {
    pub light: String,
    pub dark: String,
}

/// Which end a colour is moved towards until it reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Toward {
    Black,
    White,
}

/// `#rgb` or `#rrggbb`, either case; anything else `None`. Stricter than
/// accent.mjs's `parseHex`, which also takes the colour without `#` and with
/// spaces around it (a forgotten `%23` in an address): a data file is checked
/// by `validate`, and an editor is told to write the `#` instead.
pub fn parse_hex(raw: &str) -> Option<Rgb> {
    let hex = raw.strip_prefix('#')?;
    let mut digits = [0u8; 6];
    if hex.len() > digits.len() {
        return None;
    }
    for (slot, c) in digits.iter_mut().zip(hex.chars()) {
        // `to_digit` takes ASCII hex digits only, not full-width ones.
        *slot = u8::try_from(c.to_digit(16)?).ok()?;
    }
    match (hex.len(), digits) {
        (3, [r, g, b, ..]) => Some([r * 17, g * 17, b * 17]),
        (6, [r1, r0, g1, g0, b1, b0]) => Some([r1 * 16 + r0, g1 * 16 + g0, b1 * 16 + b0]),
        _ => None,
    }
}

/// Lower-case `#rrggbb`.
pub fn css(rgb: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}

/// WCAG 2.2's contrast ratio, in accent.mjs's arithmetic (the same constants
/// and order of operations), so both round alike at the 4.5 boundary.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    fn linear(level: u8) -> f64 {
        let c = f64::from(level);
        if c <= 10.31475 {
            c / 3294.6
        } else {
            ((c / 255.0 + 0.055) / 1.055).powf(2.4)
        }
    }
    let luminance = |[r, g, b]: Rgb| 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// The colour stepped towards black or white until it reads on every
/// background. Steps shrink near the end, as accent.mjs's do (an eighth of
/// what is left, and one more), so a colour changes no more than it must;
/// black and white always read on their theme's backgrounds, so it ends.
pub fn until_readable(mut colour: Rgb, backgrounds: &[Rgb], toward: Toward) -> Rgb {
    let end = match toward {
        Toward::Black => 0,
        Toward::White => 255,
    };
    let step = |c: u8| match toward {
        Toward::Black => c.saturating_sub(c / 8 + 1),
        Toward::White => c.saturating_add((255 - c) / 8 + 1),
    };
    while !backgrounds
        .iter()
        .all(|&b| contrast(colour, b) >= MIN_CONTRAST)
        && colour.iter().any(|&c| c != end)
    {
        colour = colour.map(step);
    }
    colour
}

/// A review's colours on both themes: its stated colour made readable (the
/// light shade darkened until it reads on both light backgrounds, the dark
/// shade, or the light one where none is stated, lightened until it reads on
/// both dark ones), or else the palette's colour for its place, `index`.
/// A stated colour that already reads is kept as it is.
pub fn shades_of(review_colour: Option<&Colour>, index: usize) -> Shades {
    // An unreadable hex is `validate`'s to report; here it falls back rather
    // than fail, as a review that has not been checked may still be drawn
    // (the studio's preview).
    let stated = review_colour.and_then(|c| {
        let light = parse_hex(&c.light)?;
        let dark = c.dark.as_deref().and_then(parse_hex).unwrap_or(light);
        Some((light, dark))
    });
    match stated {
        Some((light, dark)) => Shades {
            light: css(until_readable(light, &BACKGROUNDS.light, Toward::Black)),
            dark: css(until_readable(dark, &BACKGROUNDS.dark, Toward::White)),
        },
        None => {
            let swatch = PALETTE[index % PALETTE.len()];
            Shades {
                light: swatch.light.into(),
                dark: swatch.dark.into(),
            }
        }
    }
}

/// The edition's own stylesheet: each review's shades as the custom
/// properties the widget's `.hm-inst` rule reads, on the class its
/// components give the review's elements, one minified rule per review in
/// the edition's order. Palette colours go by the review's place in `reviews`.
pub fn edition_css(reviews: &[Review]) -> String {
    let mut out = String::new();
    for (index, review) in reviews.iter().enumerate() {
        // The id is written into a selector unescaped. `is_valid_id` (the
        // rule `validate` holds every id to) allows only lower-case ASCII
        // letters, digits and single inner hyphens, so `review-<id>` is a
        // plain CSS identifier that cannot close the rule or start another;
        // the values are formatted here from three bytes. Checked again
        // because this is public and a caller may hand over an unchecked review.
        if !is_valid_id(&review.id) {
            continue;
        }
        let Shades { light, dark } = shades_of(review.colour.as_ref(), index);
        out.push_str(&format!(
            ".review-{}{{--hm-inst-light:{light};--hm-inst-dark:{dark}}}",
            review.id
        ));
    }
    out
}
