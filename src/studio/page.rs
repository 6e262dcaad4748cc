//! The studio's surroundings, and the only studio code that touches them:
//! the page's own storage (the draft), files the editor opens or drops, the
//! download of a saved file, leaving with unsaved changes, the article's
//! selection, focus on a problem's field, the page's theme.
//!
//! The reader widget never stores anything; only this page does.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::host::{after_task, document, next_frame};

/// The one key the studio keeps its draft under, in its own page's storage.
const DRAFT_KEY: &str = "huimou-studio-draft";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn stored_draft() -> Option<String> {
    storage()?.get_item(DRAFT_KEY).ok()?
}

/// Keeps the draft; a full or blocked storage loses only the backup.
pub fn store_draft(text: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(DRAFT_KEY, text);
    }
}

/// The files of a file input or a drop, taken at once: the list is live,
/// and empties when the input is cleared.
pub fn files_of(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Files, read as bytes, with their names.
pub async fn read_files(files: Vec<web_sys::File>) -> Vec<(String, Vec<u8>)> {
    let mut read = Vec::new();
    for file in files {
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => continue,
        };
        read.push((file.name(), bytes));
    }
    read
}

/// Offers `text` as a download named `name`.
pub fn download(name: &str, text: &str) {
    let Some(document) = document() else { return };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // After the click has started the download.
    after_task(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
}

/// Leaving the page asks first while `unsaved` holds. Installed once.
pub fn ask_before_leaving(unsaved: Rc<Cell<bool>>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener =
        Closure::<dyn Fn(web_sys::BeforeUnloadEvent)>::new(move |e: web_sys::BeforeUnloadEvent| {
            if unsaved.get() {
                e.prevent_default();
                // Older browsers ask only when a text is set.
                e.set_return_value("unsaved");
            }
        });
    let _ =
        window.add_event_listener_with_callback("beforeunload", listener.as_ref().unchecked_ref());
    // The page's own: it lives as long as the page.
    listener.forget();
}

/// The article's selection, in UTF-16 units (the browser's count).
pub fn selection_in(element_id: &str) -> Option<(usize, usize)> {
    let area: web_sys::HtmlTextAreaElement =
        document()?.get_element_by_id(element_id)?.dyn_into().ok()?;
    let start = area.selection_start().ok()??;
    let end = area.selection_end().ok()??;
    Some((start as usize, end as usize))
}

/// Selects a range of the article (UTF-16 units) and shows it.
pub fn select_in(element_id: &str, start: usize, end: usize) {
    let Some(area) = document()
        .and_then(|d| d.get_element_by_id(element_id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return;
    };
    let _ = area.focus();
    let _ = area.set_selection_range(start as u32, end as u32);
}

/// Focuses the field a problem's path names (`data-path`), once rendered;
/// for a path no field has (`byline.reporters`), the nearest that has one.
pub fn focus_path(path: &str) {
    let path = path.to_string();
    next_frame(move || {
        let Some(document) = document() else { return };
        let mut candidate = path.as_str();
        loop {
            let selector = format!(
                "[data-path=\"{}\"]",
                candidate.replace('\\', "\\\\").replace('"', "\\\"")
            );
            let found = document
                .query_selector(&selector)
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(field) = found {
                field.scroll_into_view();
                let _ = field.focus();
                return;
            }
            match candidate.rfind(['.', '[']) {
                Some(cut) if cut > 0 => candidate = &candidate[..cut],
                _ => return,
            }
        }
    });
}

/// The page's theme: the studio and its preview are light or dark together
/// (the widget's stylesheet themes `:root[data-theme]`).
pub fn set_theme(dark: bool) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("data-theme", if dark { "dark" } else { "light" });
    }
}

/// A `<select>`'s chosen value.
pub fn select_value(element_id: &str) -> Option<String> {
    let select: web_sys::HtmlSelectElement =
        document()?.get_element_by_id(element_id)?.dyn_into().ok()?;
    Some(select.value())
}

/// Focuses the first element matching `selector`, once rendered.
pub fn focus_first(selector: &str) {
    let selector = selector.to_string();
    next_frame(move || {
        let found = document()
            .and_then(|d| d.query_selector(&selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = found {
            let _ = element.focus();
        }
    });
}
