//! Renders the opening view to static HTML, with Yew's server renderer, from
//! the same components and the same bundled edition as the wasm (and, for
//! English, the same English the wasm fetches). trunk's post_build hook
//! (scripts/boot-hook.mjs) writes it into `index.html` (Chinese) and
//! `en.html` (English), so readers see the figures before any script runs;
//! the wasm then renders the same view and takes the page over
//! (`host::take_over`).
//!
//!     prerender            # prints {"zh": {...}, "en": {...}} as JSON
//!
//! Each language has `opening` (the app's markup, for the root element) and
//! `timeline` (the whole timeline as a list, for `<noscript>`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match native::pages() {
        Ok(json) => {
            println!("{json}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

// A build tool: nothing of it runs in a browser.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::rc::Rc;

    use futures::executor::block_on;
    use huimou::bundle::{bundled, english_of};
    use huimou::components::{App, AppProps, EditionRef, Opening, TimelineText, TimelineTextProps};
    use huimou::model::english::pour_all;
    use huimou::model::{Edition, Lang};
    use yew::LocalServerRenderer;

    pub fn pages() -> Result<String, String> {
        let mut pages = serde_json::Map::new();
        for lang in [Lang::Zh, Lang::En] {
            let edition = EditionRef(Rc::new(edition(lang)?));
            let opening = block_on(
                LocalServerRenderer::<App>::with_props(AppProps {
                    opening: Some(Opening {
                        edition: edition.clone(),
                        lang,
                        take_over: false,
                    }),
                })
                .hydratable(false)
                .render(),
            );
            // The app rendered its ready view, not a loading line or an error.
            if !opening.contains("hm-card") {
                return Err(format!(
                    "the {lang:?} opening view has no figure: {opening:.200}"
                ));
            }
            let timeline = block_on(
                LocalServerRenderer::<TimelineText>::with_props(TimelineTextProps {
                    edition,
                    lang,
                })
                .hydratable(false)
                .render(),
            );
            let page = serde_json::json!({ "opening": opening, "timeline": timeline });
            let key = match lang {
                Lang::Zh => "zh",
                Lang::En => "en",
            };
            pages.insert(key.to_string(), page);
        }
        Ok(serde_json::Value::Object(pages).to_string())
    }

    /// The bundled edition as the wasm shows it in `lang`: Chinese as
    /// bundled; English with the English of `data/en/edition.bin` poured in.
    fn edition(lang: Lang) -> Result<Edition, String> {
        let mut edition =
            Edition::bundled().map_err(|_| "the bundled edition is damaged".to_string())?;
        if lang == Lang::En {
            let english = bundled()?
                .iter()
                .map(|file| {
                    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
                    english_of(&text).map_err(|e| format!("{file}: {e}"))
                })
                .collect::<Result<Vec<_>, String>>()?;
            pour_all(&mut edition.reviews, english)?;
        }
        Ok(edition)
    }
}
