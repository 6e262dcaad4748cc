//! `accent=<hex colour>`: a host's brand colour, made readable.
//!
//! The colour fills the masthead as given, with black or white text on it,
//! whichever contrasts more (one of them always reaches 4.5:1). Where the
//! brand colour is text or a thin line on the page (links, pressed buttons,
//! the detail panel's border), it is darkened for the light theme and
//! lightened for the dark one until it reaches 4.5:1 (WCAG 2.2 AA) on both
//! of that theme's backgrounds. Integer arithmetic: float formatting and
//! `powf` would cost the wasm kilobytes.

/// An accepted `accent=`: `#rgb` or `#rrggbb` (the `#` may be omitted, as
/// `%23` is easy to forget in an address).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The colours the widget sets from an accent, as CSS `#rrggbb`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accent {
    /// The host's colour, as given: the masthead.
    pub brand: Rgb,
    /// Text on the brand colour: black or white.
    pub on_brand: Rgb,
    /// The brand colour as text and lines in the light theme.
    pub ink_light: Rgb,
    /// The same in the dark theme.
    pub ink_dark: Rgb,
}

/// The stylesheet's backgrounds (`--hm-bg`, `--hm-surface`), light and dark.
const LIGHT_BACKGROUNDS: [Rgb; 2] = [Rgb(0xf7, 0xf2, 0xea), Rgb(0xff, 0xff, 0xff)];
const DARK_BACKGROUNDS: [Rgb; 2] = [Rgb(0x16, 0x12, 0x0f), Rgb(0x22, 0x1d, 0x19)];

impl Rgb {
    pub fn parse(raw: &str) -> Option<Rgb> {
        let hex = raw.strip_prefix('#').unwrap_or(raw);
        let mut digits = Vec::new();
        for c in hex.chars() {
            digits.push(c.to_digit(16)? as u8);
        }
        match digits[..] {
            [r, g, b] => Some(Rgb(r * 17, g * 17, b * 17)),
            [r1, r2, g1, g2, b1, b2] => Some(Rgb(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
            _ => None,
        }
    }

    /// `#rrggbb`.
    pub fn css(self) -> String {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut s = String::from("#");
        for c in [self.0, self.1, self.2] {
            s.push(HEX[usize::from(c >> 4)] as char);
            s.push(HEX[usize::from(c & 15)] as char);
        }
        s
    }

    /// WCAG relative luminance, scaled to 0..=65535.
    pub fn luminance(self) -> u32 {
        (2126 * linear(self.0) + 7152 * linear(self.1) + 722 * linear(self.2)) / 10_000
    }
}

/// Linear light of the sRGB levels 0, 8, 16, … 256 (× 65535), between which
/// `linear` interpolates; a native test holds it to the exact formula.
const LINEAR: [u32; 33] = [
    0, 159, 340, 599, 947, 1391, 1937, 2592, 3360, 4247, 5257, 6395, 7666, 9072, 10619, 12309,
    14146, 16135, 18277, 20577, 23038, 25662, 28452, 31412, 34544, 37852, 41337, 45002, 48850,
    52884, 57105, 61517, 66121,
];

/// An sRGB level's linear light (× 65535).
pub fn linear(level: u8) -> u32 {
    let (i, f) = (usize::from(level / 8), u32::from(level % 8));
    (LINEAR[i] * (8 - f) + LINEAR[i + 1] * f) / 8
}

/// Whether two colours reach a contrast of 4.6:1: AA's 4.5 with room for the
/// interpolation's error.
pub fn readable(a: Rgb, b: Rgb) -> bool {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = (la.max(lb), la.min(lb));
    // (hi + 0.05) / (lo + 0.05) ≥ 4.6, with 0.05 = 3277 / 65535.
    (hi + 3277) * 10 >= (lo + 3277) * 46
}

impl Accent {
    pub fn parse(raw: &str) -> Option<Accent> {
        let brand = Rgb::parse(raw)?;
        // Black contrasts more than white when (L + 0.05) / 0.05 exceeds
        // 1.05 / (L + 0.05); where they cross, both give about 4.58:1.
        let l = u64::from(brand.luminance()) + 3277;
        let on_brand = if l * l > 3277 * (65535 + 3277) {
            Rgb(0, 0, 0)
        } else {
            Rgb(255, 255, 255)
        };
        Some(Accent {
            brand,
            on_brand,
            ink_light: until_readable(brand, &LIGHT_BACKGROUNDS, 0),
            ink_dark: until_readable(brand, &DARK_BACKGROUNDS, 255),
        })
    }

    /// The custom properties the stylesheet reads (`--hm-host-*`).
    pub fn style(&self) -> String {
        let mut style = String::new();
        for (name, colour) in [
            ("brand", self.brand),
            ("on-brand", self.on_brand),
            ("ink-light", self.ink_light),
            ("ink-dark", self.ink_dark),
        ] {
            style.push_str("--hm-host-");
            style.push_str(name);
            style.push(':');
            style.push_str(&colour.css());
            style.push(';');
        }
        style
    }
}

/// Steps `colour` towards black (`toward` 0) or white (255) until it reads
/// on every background; black and white always do, so it ends.
fn until_readable(mut colour: Rgb, backgrounds: &[Rgb], toward: u8) -> Rgb {
    let step = |c: u8| {
        if toward == 0 {
            c.saturating_sub(c / 8 + 1)
        } else {
            c.saturating_add((255 - c) / 8 + 1)
        }
    };
    while !backgrounds.iter().all(|b| readable(colour, *b)) && colour != Rgb(toward, toward, toward)
    {
        colour = Rgb(step(colour.0), step(colour.1), step(colour.2));
    }
    colour
}
