//! Loading, in one place: the published edition's data that the page names
//! (in the language asked for), and the loader worker's reply for `data=`.
//! Every failure is a list of problems the widget can show; nothing here
//! renders.

use super::*;
use crate::model::edition::ItemQuotes;
use crate::model::load::Reply;
use crate::model::pack::{unpack_file, Packed};
use crate::model::{Edition, Problem, Review};

/// The root's attributes that name the page's edition (written by
/// `publish`): its folder, and each language's packed data, relative to the
/// page.
const FOLDER: &str = "data-edition";
fn data_attribute(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "data-edition-zh",
        Lang::En => "data-edition-en",
    }
}
/// Each language's file of the items' quotes (`ItemQuotes`).
fn quotes_attribute(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "data-quotes-zh",
        Lang::En => "data-quotes-en",
    }
}

/// Whether the page names a published edition (every published page does;
/// a page without one can only show `data=` files).
pub fn names_edition() -> bool {
    root().is_some_and(|r| r.has_attribute(FOLDER))
}

/// The page's edition in `lang`: its packed data, fetched from beside the
/// page (the boot script has usually started that download with the
/// wasm's), refused if it is damaged or of another version.
pub async fn load_edition(lang: Lang) -> Result<Edition, Vec<Problem>> {
    let root = root().ok_or_else(|| vec![Problem::new("", "the page has no widget root")])?;
    let (Some(folder), Some(url)) = (
        root.get_attribute(FOLDER),
        root.get_attribute(data_attribute(lang)),
    ) else {
        return Err(vec![Problem::new("", "the page names no edition")]);
    };
    let bytes = match started(&url) {
        Some(download) => download.await,
        None => fetch_bytes(&url).await,
    };
    let reviews: Vec<Review> = unpacked(&url, bytes)?;
    let mut edition = Edition::new(reviews)?;
    edition.published = Some(folder);
    edition.quotes_to_come = root.get_attribute(quotes_attribute(lang));
    Ok(edition)
}

/// The items' quotes the edition named, once the widget is ready.
pub async fn load_item_quotes(url: &str) -> Result<Vec<ItemQuotes>, Vec<Problem>> {
    unpacked(url, fetch_bytes(url).await)
}

/// A downloaded packed file of `T`, or why not, naming the file.
fn unpacked<T: Packed>(url: &str, bytes: Result<Vec<u8>, String>) -> Result<T, Vec<Problem>> {
    bytes
        .and_then(|bytes| {
            unpack_file(&bytes).map_err(|refused| format!("{url} {}", refused.message()))
        })
        .map_err(|message| vec![Problem::new("", message)])
}

/// The download the boot script started for `url` (`globalThis.huimouEdition`,
/// with the address it asked for in `huimouEditionUrl`), if it did.
fn started(url: &str) -> Option<impl std::future::Future<Output = Result<Vec<u8>, String>>> {
    use wasm_bindgen::JsCast;
    let global = js_sys::global();
    let asked = js_sys::Reflect::get(&global, &"huimouEditionUrl".into()).ok()?;
    if asked.as_string().as_deref() != Some(url) {
        return None;
    }
    let promise = js_sys::Reflect::get(&global, &"huimouEdition".into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    let url = url.to_string();
    Some(async move {
        // The boot script's rejection says why (`HTTP 404`, …).
        let buffer = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map_err(|e| {
                let why = e
                    .dyn_ref::<js_sys::Error>()
                    .map_or("could not be loaded".into(), |e| String::from(e.message()));
                format!("{url}: {why}")
            })?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    })
}

/// A `data=` file, read and checked by the loader worker (which applies the
/// same-origin rule before any request, and replies with the refusal).
pub async fn load_data_file() -> Result<Edition, Vec<Problem>> {
    let bytes = load_in_worker()
        .await
        .map_err(|message| vec![Problem::new("data", message)])?;
    let checked: Reply = unpack_file(&bytes)
        .map_err(|_| vec![Problem::new("data", "the loader's reply is damaged")])?;
    let loaded = checked?;
    adopt_colours(&loaded.colours);
    Ok(Edition {
        reviews: loaded.reviews,
        published: None,
        quotes_to_come: None,
    })
}

/// The institutions' colours of reviews that no published page states (a
/// `data=` file, the studio's draft), as the document's one constructed
/// stylesheet: a strict Content-Security-Policy allows it, as it would not
/// a `<style>` element. Each call replaces the last.
pub fn adopt_colours(css: &str) {
    let Some(document) = document() else { return };
    let Ok(sheet) = web_sys::CssStyleSheet::new() else {
        return;
    };
    if sheet.replace_sync(css).is_ok() {
        document.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    }
}
