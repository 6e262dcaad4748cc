//! The page around the widget: its root element, `data-state`, `<html lang>`,
//! the prerendered markup, and what a panic leaves on screen.

use super::*;

/// The element the widget lives in; it is in the static `index.html`.
pub const ROOT_ID: &str = "huimou";

pub(crate) fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

pub fn root() -> Option<web_sys::Element> {
    document()?.get_element_by_id(ROOT_ID)
}

/// `data-state` is a public contract: hosts and tests wait for `ready`.
pub fn set_data_state(state: &str) {
    if let Some(root) = root() {
        set_attribute(&root, "data-state", state);
        // The loading line asks assistive technology to wait; prerendered
        // content is there to be read while the app takes over.
        if state == "loading" && !root.has_attribute("data-prerendered") {
            set_attribute(&root, "aria-busy", "true");
        } else if root.has_attribute("aria-busy") {
            let _ = root.remove_attribute("aria-busy");
        }
    }
}

pub fn set_html_lang(lang: Lang) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        set_attribute(&html, "lang", lang.html_tag());
    }
}

/// Sets an attribute only when its value changes: a write on `<html>` or
/// the root has the browser recheck the style of everything under it, even
/// when the value written is the one already there, and in a takeover that
/// would be its longest task.
fn set_attribute(el: &web_sys::Element, name: &str, value: &str) {
    if el.get_attribute(name).as_deref() != Some(value) {
        let _ = el.set_attribute(name, value);
    }
}

/// The language the page was written in (`<html lang>`): the English page
/// (`en.html`) is prerendered in English and opens in it.
pub fn page_lang() -> Option<Lang> {
    let tag = document()?.document_element()?.get_attribute("lang")?;
    Some(if tag.starts_with("en") {
        Lang::En
    } else {
        Lang::Zh
    })
}

/// Whether the root holds a prerendered opening view (in the page's
/// language, `page_lang`) the app may take over: the head script
/// (scripts/page/head.js) marks `<html data-huimou-wait>` when the address
/// asks for a view the page does not hold, and shows the loading line instead.
pub fn prerendered() -> bool {
    let waiting = document()
        .and_then(|d| d.document_element())
        .is_none_or(|html| html.has_attribute("data-huimou-wait"));
    !waiting && root().is_some_and(|r| r.has_attribute("data-prerendered"))
}

/// The element the app renders into: inside the root (which hosts may hold
/// and observe, so it is never replaced), as the prerendered markup is.
pub fn app_element() -> Option<web_sys::Element> {
    let el = document()?.create_element("div").ok()?;
    el.set_class_name("hm-app");
    Some(el)
}

/// Shown when the app cannot go on (a panic): the reader gets a message and
/// hosts see `error`, rather than a blank frame. Written with `text_content`,
/// never as HTML.
pub fn show_fatal(message: &str) {
    let Some(document) = document() else { return };
    let Some(root) = root() else { return };
    let _ = root.set_attribute("data-state", "error");
    let _ = root.remove_attribute("aria-busy");
    root.set_text_content(None);
    if let Ok(alert) = document.create_element("p") {
        let _ = alert.set_attribute("role", "alert");
        let _ = alert.set_attribute("class", "huimou-error");
        alert.set_text_content(Some(message));
        let _ = root.append_child(&alert);
    }
}

/// Routes panics to `show_fatal`, and to the console for developers.
/// Through Yew: its renderer replaces a plain `std::panic::set_hook` with a
/// console-only hook (tests/e2e/panic.test.mjs holds the alert to a real
/// panic).
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_fatal(crate::words::widget::INTERNAL_ERROR);
    }));
}

/// The edition's data could not be had (missing, damaged, of another
/// version): the prerendered content stays, with the boot script's notice
/// (`huimouFail`, the one home of its words) and `data-state="error"`; the
/// problem goes to the console for the developer.
pub fn keep_content(problems: &[crate::model::Problem]) {
    use wasm_bindgen::JsCast;
    let message = problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ");
    let notice = js_sys::Reflect::get(&js_sys::global(), &"huimouFail".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match notice {
        Some(fail) => {
            let _ = fail.call1(&wasm_bindgen::JsValue::NULL, &message.into());
        }
        None => show_fatal(&message),
    }
}
