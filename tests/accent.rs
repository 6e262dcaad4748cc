//! `accent=`: a host's colour is accepted only as hex, and whatever it is,
//! the colours made from it reach WCAG AA where they are used.
#![cfg(not(target_arch = "wasm32"))]

use huimou::model::accent::*;
use huimou::model::params::Params;

/// An sRGB level's linear light, in floating point, as WCAG writes it.
fn exact_linear(level: u8) -> f64 {
    let s = f64::from(level) / 255.0;
    if s <= 0.04045 {
        s / 12.92
    } else {
        ((s + 0.055) / 1.055).powf(2.4)
    }
}

/// WCAG's contrast ratio, in floating point.
fn contrast(a: Rgb, b: Rgb) -> f64 {
    let lum = |c: Rgb| {
        0.2126 * exact_linear(c.0) + 0.7152 * exact_linear(c.1) + 0.0722 * exact_linear(c.2)
    };
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[test]
fn only_hex_colours_are_accepted() {
    assert_eq!(Rgb::parse("#0a58ca"), Some(Rgb(0x0a, 0x58, 0xca)));
    assert_eq!(Rgb::parse("0A58CA"), Some(Rgb(0x0a, 0x58, 0xca)));
    assert_eq!(Rgb::parse("#fd0"), Some(Rgb(0xff, 0xdd, 0x00)));
    for bad in [
        "",
        "#",
        "red",
        "#12345",
        "#1234567",
        "#ggg",
        "url(x)",
        "#12 456",
        "#１２３",
    ] {
        assert_eq!(Rgb::parse(bad), None, "{bad:?}");
    }
    assert_eq!(Rgb(0x0a, 0x58, 0xca).css(), "#0a58ca");
    // Through the address: %23 is '#'; a bad value leaves the default.
    assert_eq!(
        Params::parse("?accent=%230a58ca").accent.map(|a| a.brand),
        Some(Rgb(0x0a, 0x58, 0xca))
    );
    assert_eq!(Params::parse("?accent=javascript:x").accent, None);
    assert_eq!(Params::parse("?accent=%23zzz&lang=en").accent, None);
}

#[test]
fn the_integer_luminance_follows_the_standard() {
    for level in 0..=255u8 {
        let exact = exact_linear(level);
        let ours = f64::from(linear(level)) / 65535.0;
        assert!((ours - exact).abs() < 0.0012, "{level}: {ours} vs {exact}");
    }
    // WCAG's own boundary: #767676 on white passes AA, #777777 fails.
    assert!(contrast(Rgb(0x76, 0x76, 0x76), Rgb(255, 255, 255)) >= 4.5);
    assert!(contrast(Rgb(0x77, 0x77, 0x77), Rgb(255, 255, 255)) < 4.5);
    assert!(!readable(Rgb(0x77, 0x77, 0x77), Rgb(255, 255, 255)));
}

#[test]
fn any_accent_gives_readable_colours_in_both_themes() {
    let light = [Rgb(0xf7, 0xf2, 0xea), Rgb(255, 255, 255)];
    let dark = [Rgb(0x16, 0x12, 0x0f), Rgb(0x22, 0x1d, 0x19)];
    // Every 17th level of each channel: 4,096 colours, the greys and the extremes among them.
    for r in (0..=255u8).step_by(17) {
        for g in (0..=255u8).step_by(17) {
            for b in (0..=255u8).step_by(17) {
                let a = Accent::parse(&Rgb(r, g, b).css()).unwrap();
                assert_eq!(a.brand, Rgb(r, g, b));
                assert!(
                    contrast(a.on_brand, a.brand) >= 4.5,
                    "text on {:?}",
                    a.brand
                );
                for (ink, backgrounds) in [(a.ink_light, light), (a.ink_dark, dark)] {
                    for bg in backgrounds {
                        assert!(
                            contrast(ink, bg) >= 4.5,
                            "{:?}: ink {ink:?} on {bg:?}",
                            a.brand
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn a_readable_accent_is_kept_as_it_is() {
    // The widget's own red already reads on the light backgrounds.
    let a = Accent::parse("#a8161b").unwrap();
    assert_eq!(a.ink_light, Rgb(0xa8, 0x16, 0x1b));
    assert_eq!(a.on_brand, Rgb(255, 255, 255));
    // A yellow is darkened for text in the light theme and kept in the dark.
    let y = Accent::parse("#ffd400").unwrap();
    assert_eq!(y.on_brand, Rgb(0, 0, 0));
    assert_ne!(y.ink_light, y.brand);
    assert_eq!(y.ink_dark, y.brand);
    assert_eq!(
        y.style(),
        format!(
            "--hm-host-brand:#ffd400;--hm-host-on-brand:#000000;--hm-host-ink-light:{};--hm-host-ink-dark:#ffd400;",
            y.ink_light.css()
        )
    );
}
