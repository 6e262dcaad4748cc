//! A published page: the shell every edition's pages share, the edition's
//! words in its head, the opening view prerendered into its root with Yew's
//! server renderer (the same components and data the wasm takes it over
//! with), and the whole timeline as a list for readers without JavaScript.

use std::path::Path;
use std::rc::Rc;

use base64::Engine as _;
use futures::executor::block_on;
use sha2::{Digest, Sha384};
use yew::LocalServerRenderer;

use super::{joined, Engine};
use crate::bundle::EditionFile;
use crate::components::{App, AppProps, EditionRef, Opening, TimelineText, TimelineTextProps};
use crate::model::{Bilingual, Edition, Lang, Review};
use crate::words::widget::{t, Ui};

/// The page's file name in its folder.
pub fn file_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "index.html",
        Lang::En => "en.html",
    }
}

/// The edition's own files a page names (names inside the edition's folder).
pub struct EditionFiles {
    pub zh: String,
    pub zh_quotes: String,
    pub en: String,
    pub en_quotes: String,
    pub colours: String,
    pub colours_integrity: String,
}

/// One page: its language, and where the engine's and the edition's files
/// are, relative to it (`"../"` and `""` in the edition's folder; `""` and
/// `"<slug>/"` at the top of the site).
pub struct Page<'a> {
    pub lang: Lang,
    pub to_engine: &'a str,
    pub to_edition: &'a str,
    pub files: &'a EditionFiles,
}

/// What every page of an edition shares: the engine's files with their
/// Subresource Integrity, and the edition's words.
pub struct Shell<'a> {
    engine: &'a Engine,
    css_integrity: String,
    head_integrity: String,
    boot_integrity: String,
    words: &'a EditionFile,
}

impl<'a> Shell<'a> {
    pub fn new(folder: &Path, engine: &'a Engine, words: &'a EditionFile) -> Result<Self, String> {
        let of = |name: &str| {
            std::fs::read(folder.join(name))
                .map(|bytes| integrity(&bytes))
                .map_err(|e| format!("{}: {e}", folder.join(name).display()))
        };
        Ok(Shell {
            css_integrity: of(&engine.css)?,
            head_integrity: of(&engine.head)?,
            boot_integrity: of(&engine.boot)?,
            engine,
            words,
        })
    }

    /// The whole page, with the opening view of `cut` (the reviews as this
    /// language's data carries them) prerendered.
    pub fn page(&self, page: &Page, cut: &[Review]) -> Result<String, String> {
        let (opening, timeline) = prerender(cut, page)?;
        let lang = page.lang;
        let [title, description] =
            [&self.words.title, &self.words.description].map(|t| escape(t.in_lang(lang)));
        let (locale, alternate) = match lang {
            Lang::Zh => ("zh_CN", "en_GB"),
            Lang::En => ("en_GB", "zh_CN"),
        };
        let (engine, edition, files) = (page.to_engine, page.to_edition, page.files);
        // Before the app knows the reader's language: both.
        let loading = format!("{} {}", t(Lang::Zh, Ui::Loading), t(Lang::En, Ui::Loading));
        Ok(format!(
            r#"<!doctype html>
<html lang="{html_lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="{description}">
<meta name="color-scheme" content="light dark">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{description}">
<meta property="og:locale" content="{locale}">
<meta property="og:locale:alternate" content="{alternate}">
<meta name="twitter:card" content="summary">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{engine}{css}" integrity="{css_integrity}">
<link rel="stylesheet" href="{edition}{colours}" integrity="{colours_integrity}">
<script src="{engine}{head}" integrity="{head_integrity}"></script>
</head>
<body>
<main id="huimou" class="huimou" data-state="loading" data-prerendered="{lang_param}" data-edition="{edition}" data-edition-zh="{edition}{zh}" data-edition-en="{edition}{en}" data-quotes-zh="{edition}{zh_quotes}" data-quotes-en="{edition}{en_quotes}"><p class="huimou-loading">{loading}</p><div class="hm-app">{opening}</div></main>
<noscript><div class="huimou hm-noscript">{timeline}</div></noscript>
<script src="{engine}{boot}" integrity="{boot_integrity}"></script>
</body>
</html>
"#,
            html_lang = lang.html_tag(),
            lang_param = lang.param(),
            css = self.engine.css,
            css_integrity = self.css_integrity,
            colours = escape(&files.colours),
            colours_integrity = files.colours_integrity,
            head = self.engine.head,
            head_integrity = self.head_integrity,
            boot = self.engine.boot,
            boot_integrity = self.boot_integrity,
            zh = escape(&files.zh),
            en = escape(&files.en),
            zh_quotes = escape(&files.zh_quotes),
            en_quotes = escape(&files.en_quotes),
        ))
    }
}

/// The opening view (the app's markup, for the root) and the whole
/// timeline as a list (for `<noscript>`).
fn prerender(cut: &[Review], page: &Page) -> Result<(String, String), String> {
    let edition = EditionRef(Rc::new(shown(cut, page.to_edition)?));
    let lang = page.lang;
    let opening = block_on(
        LocalServerRenderer::<App>::with_props(AppProps {
            opening: Some(Opening {
                edition: edition.clone(),
                lang,
                take_over: false,
            }),
            edition: None,
        })
        .hydratable(false)
        .render(),
    );
    // The app rendered its ready view, not a loading line or an error.
    if opening.contains("hm-loading") || opening.contains("role=\"alert\"") {
        return Err(format!(
            "the {lang:?} opening view is not the edition: {opening:.200}"
        ));
    }
    let timeline = block_on(
        LocalServerRenderer::<TimelineText>::with_props(TimelineTextProps { edition, lang })
            .hydratable(false)
            .render(),
    );
    Ok((opening, timeline))
}

/// The edition as its page in `lang` shows it, for the prerender.
fn shown(cut: &[Review], to_edition: &str) -> Result<Edition, String> {
    let mut edition = Edition::new(cut.to_vec()).map_err(|p| joined(&p))?;
    edition.published = Some(to_edition.to_string());
    Ok(edition)
}

/// Subresource Integrity: `sha384-<base64>`.
pub fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// Text in an attribute or an element: never markup.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
