//! Institution colours (`model::colour`): the readable-shade rule is the one
//! `scripts/page/accent.mjs` applies to a host's `accent=` (run here with
//! node over the same 4,096 colours its own test takes), on the backgrounds
//! the stylesheet names; the palette and stated colours read in both themes;
//! and the stylesheet names no edition.
#![cfg(not(target_arch = "wasm32"))]

use huimou::model::colour::{
    contrast, css, edition_css, parse_hex, shades_of, until_readable, Rgb, Shades, Toward,
    BACKGROUNDS, MIN_CONTRAST, PALETTE,
};
use huimou::model::{load_review, synth, Colour, Review};

fn stylesheet() -> String {
    std::fs::read_to_string("static/huimou.css").unwrap()
}

/// Every value the stylesheet gives a custom property, in order (the light
/// theme's first, then the dark blocks').
fn tokens(name: &str) -> Vec<Rgb> {
    let sheet = stylesheet();
    let needle = format!("--{name}:");
    sheet
        .match_indices(&needle)
        .map(|(at, _)| {
            let value = sheet[at + needle.len()..].split(';').next().unwrap().trim();
            parse_hex(value).unwrap_or_else(|| panic!("--{name}: {value} is hex"))
        })
        .collect()
}

/// The one value the stylesheet gives `--name`.
fn token(name: &str) -> Rgb {
    let values = tokens(name);
    assert_eq!(values.len(), 1, "--{name} is named once");
    values[0]
}

/// `--hm-on-accent` in the light theme and in the dark one (both dark blocks agree).
fn on_accent() -> (Rgb, Rgb) {
    let values = tokens("hm-on-accent");
    assert_eq!(
        values.len(),
        3,
        "light, the media query's dark, the explicit dark"
    );
    assert_eq!(
        values[1], values[2],
        "both dark blocks give the same --hm-on-accent"
    );
    (values[0], values[1])
}

fn stated(light: &str, dark: Option<&str>) -> Colour {
    Colour {
        light: light.into(),
        dark: dark.map(Into::into),
    }
}

fn reads_on(ink: &str, backgrounds: &[Rgb]) -> bool {
    let ink = parse_hex(ink).unwrap();
    backgrounds
        .iter()
        .all(|&b| contrast(ink, b) >= MIN_CONTRAST)
}

fn reads(shades: &Shades) -> bool {
    reads_on(&shades.light, &BACKGROUNDS.light) && reads_on(&shades.dark, &BACKGROUNDS.dark)
}

/// Every 17th level of each channel: the 4,096 `#rgb` colours.
fn every_rgb() -> impl Iterator<Item = Rgb> {
    (0..16u8)
        .flat_map(|r| (0..16u8).flat_map(move |g| (0..16u8).map(move |b| [r * 17, g * 17, b * 17])))
}

#[test]
fn the_backgrounds_are_the_stylesheets() {
    assert_eq!(
        [token("hm-bg-light"), token("hm-surface-light")],
        BACKGROUNDS.light
    );
    assert_eq!(
        [token("hm-bg-dark"), token("hm-surface-dark")],
        BACKGROUNDS.dark
    );
}

#[test]
fn the_rule_is_accent_mjs_over_4096_colours() {
    let theme = |backgrounds: [Rgb; 2]| format!("{backgrounds:?}");
    // The stylesheet's backgrounds, as the head script reads them.
    let light = theme([token("hm-bg-light"), token("hm-surface-light")]);
    let dark = theme([token("hm-bg-dark"), token("hm-surface-dark")]);
    let script = format!(
        "import {{ shades, css }} from './scripts/page/accent.mjs';
         const themes = {{ light: {light}, dark: {dark} }};
         const lines = [];
         for (let r = 0; r <= 255; r += 17)
           for (let g = 0; g <= 255; g += 17)
             for (let b = 0; b <= 255; b += 17) {{
               const s = shades([r, g, b], themes);
               lines.push([css([r, g, b]), css(s['--hm-host-ink-light']), css(s['--hm-host-ink-dark'])].join(' '));
             }}
         console.log(lines.join('\\n'));"
    );
    let out = std::process::Command::new("node")
        .args(["--input-type=module", "-e", &script])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("node runs (scripts/setup.sh installs it; the end-to-end tests need it too)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let js: Vec<&str> = stdout.lines().collect();
    assert_eq!(js.len(), 4096);
    let mut darkened = 0;
    for (line, rgb) in js.iter().zip(every_rgb()) {
        let brand = css(rgb);
        let rust = shades_of(Some(&stated(&brand, None)), 0);
        assert_eq!(*line, format!("{brand} {} {}", rust.light, rust.dark));
        assert!(reads(&rust), "{brand}: {rust:?}");
        if rust.light != brand {
            darkened += 1;
        }
    }
    assert!(
        darkened > 0 && darkened < 4096,
        "some colours are darkened for the light theme, not all ({darkened})"
    );
}

#[test]
fn only_hex_colours_are_read() {
    assert_eq!(parse_hex("#0a58ca"), Some([0x0a, 0x58, 0xca]));
    assert_eq!(parse_hex("#0A58CA"), Some([0x0a, 0x58, 0xca]));
    assert_eq!(parse_hex("#fd0"), Some([0xff, 0xdd, 0x00]));
    // accent.mjs also takes a colour without `#` or with spaces (a host's
    // address); a data file writes it exactly.
    for bad in [
        "",
        "#",
        "red",
        "0a58ca",
        " #0a58ca",
        "#12345",
        "#1234567",
        "#ggg",
        "url(x)",
        "#12 456",
        "#１２３",
        "#0a58ca;color:red",
        "#fd0}body{",
    ] {
        assert_eq!(parse_hex(bad), None, "{bad:?}");
    }
    assert_eq!(css([0x0a, 0x58, 0xca]), "#0a58ca");
}

#[test]
fn the_palette_starts_with_2023s_red_and_gold_and_each_colour_reads() {
    assert_eq!((PALETTE[0].light, PALETTE[0].dark), ("#a8161b", "#ff8f85"));
    assert_eq!((PALETTE[1].light, PALETTE[1].dark), ("#7a5200", "#f2c35e"));
    for (i, swatch) in PALETTE.iter().enumerate() {
        let shades = shades_of(None, i);
        assert_eq!(
            (shades.light.as_str(), shades.dark.as_str()),
            (swatch.light, swatch.dark)
        );
        assert!(reads(&shades), "palette[{i}]: {shades:?}");
        // The palette is what the rule would keep: stated, it comes back as it is.
        let as_stated = shades_of(Some(&stated(swatch.light, Some(swatch.dark))), 7);
        assert_eq!(as_stated, shades, "palette[{i}]");
        // Distinct from every other, so institutions are told apart.
        for other in &PALETTE[..i] {
            assert!(other.light != swatch.light && other.dark != swatch.dark);
        }
    }
    // More reviews than colours: the palette starts again.
    assert_eq!(shades_of(None, PALETTE.len()), shades_of(None, 0));
    assert_eq!(shades_of(None, PALETTE.len() + 1), shades_of(None, 1));
}

#[test]
fn a_stated_colour_that_reads_is_kept() {
    let kept = shades_of(Some(&stated("#a8161b", Some("#ff8f85"))), 1);
    assert_eq!(
        (kept.light.as_str(), kept.dark.as_str()),
        ("#a8161b", "#ff8f85")
    );
    // Written in either case or short: the same colour, as the stylesheet writes it.
    let short = shades_of(Some(&stated("#036", Some("#9CF"))), 0);
    assert_eq!(
        (short.light.as_str(), short.dark.as_str()),
        ("#003366", "#99ccff")
    );
}

#[test]
fn an_unreadable_stated_colour_is_made_readable() {
    // A yellow: too pale for the light theme, kept in the dark one.
    let yellow = shades_of(Some(&stated("#ffd400", None)), 0);
    assert_ne!(yellow.light, "#ffd400");
    assert_eq!(yellow.dark, "#ffd400");
    assert!(reads(&yellow), "{yellow:?}");
    // A navy with no dark shade stated: kept in light, lightened for dark.
    let navy = shades_of(Some(&stated("#1a237e", None)), 0);
    assert_eq!(navy.light, "#1a237e");
    assert_ne!(navy.dark, "#1a237e");
    assert!(reads(&navy), "{navy:?}");
    // Both stated, both wrong way round: each moved until it reads.
    let swapped = shades_of(Some(&stated("#f2c35e", Some("#7a5200"))), 0);
    assert!(swapped.light != "#f2c35e" && swapped.dark != "#7a5200");
    assert!(reads(&swapped), "{swapped:?}");
    // The rule moves towards the end that reads: black for light, white for dark.
    assert_eq!(
        until_readable([0xff, 0xff, 0xff], &BACKGROUNDS.dark, Toward::White),
        [0xff, 0xff, 0xff]
    );
    let grey = until_readable([0x88, 0x88, 0x88], &BACKGROUNDS.light, Toward::Black);
    assert!(grey[0] < 0x88 && grey[0] == grey[1] && grey[1] == grey[2]);
}

#[test]
fn text_on_the_accent_reads_on_every_shade() {
    let (on_light, on_dark) = on_accent();
    let mut shades: Vec<Shades> = (0..PALETTE.len()).map(|i| shades_of(None, i)).collect();
    // 512 colours stated alone, and the same with a dark shade of the opposite colour.
    for r in (0..=255u8).step_by(34) {
        for g in (0..=255u8).step_by(34) {
            for b in (0..=255u8).step_by(34) {
                let light = css([r, g, b]);
                let dark = css([255 - r, 255 - g, 255 - b]);
                shades.push(shades_of(Some(&stated(&light, None)), 0));
                shades.push(shades_of(Some(&stated(&light, Some(&dark))), 0));
            }
        }
    }
    assert!(shades.len() > 1000);
    for s in &shades {
        let (light, dark) = (parse_hex(&s.light).unwrap(), parse_hex(&s.dark).unwrap());
        assert!(contrast(on_light, light) >= MIN_CONTRAST, "{s:?}");
        assert!(contrast(on_dark, dark) >= MIN_CONTRAST, "{s:?}");
    }
}

fn review(id: &str, colour: Option<Colour>) -> Review {
    let mut r = synth::review(0);
    r.id = id.into();
    r.colour = colour;
    r
}

#[test]
fn edition_css_gives_each_review_its_colours_whatever_its_id() {
    let reviews = [
        review("court", Some(stated("#1a237e", Some("#9fa8ff")))),
        review("youth-league-2024", None),
        review("women-s-federation", Some(stated("#ffd400", None))),
        review("procuratorate", None),
    ];
    let yellow = shades_of(reviews[2].colour.as_ref(), 2);
    let expected = format!(
        ".review-court{{--hm-inst-light:#1a237e;--hm-inst-dark:#9fa8ff}}\
         .review-youth-league-2024{{--hm-inst-light:{};--hm-inst-dark:{}}}\
         .review-women-s-federation{{--hm-inst-light:{};--hm-inst-dark:#ffd400}}\
         .review-procuratorate{{--hm-inst-light:{};--hm-inst-dark:{}}}",
        PALETTE[1].light, PALETTE[1].dark, yellow.light, PALETTE[3].light, PALETTE[3].dark,
    );
    assert_eq!(edition_css(&reviews), expected);
    assert_eq!(
        edition_css(&reviews),
        edition_css(&reviews),
        "deterministic"
    );
    assert!(!expected.contains(char::is_whitespace), "minified");
    assert_eq!(edition_css(&[]), "");
}

#[test]
fn edition_css_writes_no_selector_from_an_unchecked_id() {
    let reviews = [
        review("x{}body{color:red}", None),
        review("Court", None),
        review("court", Some(stated("#1a237e;color:red", None))),
    ];
    // The bad ids are left out; a colour that is not hex falls back to the palette.
    assert_eq!(
        edition_css(&reviews),
        format!(
            ".review-court{{--hm-inst-light:{};--hm-inst-dark:{}}}",
            PALETTE[2].light, PALETTE[2].dark
        )
    );
}

#[test]
fn the_2023_files_state_todays_colours() {
    let reviews: Vec<Review> = ["data/cppcc-2023.json", "data/npc-2023.json"]
        .iter()
        .map(|path| load_review(&std::fs::read_to_string(path).unwrap(), None).unwrap())
        .collect();
    assert_eq!(
        edition_css(&reviews),
        ".review-cppcc{--hm-inst-light:#a8161b;--hm-inst-dark:#ff8f85}\
         .review-npc{--hm-inst-light:#7a5200;--hm-inst-dark:#f2c35e}"
    );
}

#[test]
fn the_stylesheet_names_no_edition_and_colours_every_institution() {
    let sheet = stylesheet();
    for id in ["cppcc", "npc"] {
        assert!(!sheet.contains(id), "static/huimou.css names {id}");
    }
    assert!(
        !sheet.contains(".review-"),
        "no rule keyed to a review's id"
    );
    for rule in [
        ".hm-inst { --hm-accent: var(--hm-inst-light, var(--hm-red)); }",
        ":root:not([data-theme=\"light\"]) .hm-inst { --hm-accent: var(--hm-inst-dark, var(--hm-red)); }",
        ":root[data-theme=\"dark\"] .hm-inst { --hm-accent: var(--hm-inst-dark, var(--hm-red)); }",
    ] {
        assert!(sheet.contains(rule), "{rule}");
    }
}
