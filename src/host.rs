//! Everything that touches the page around the widget: URL parameters, the
//! root's `data-state`, `<html lang>`, fatal errors. One place, so the rest
//! of the app can be reasoned about (and tested) without a browser.

use crate::model::params::Params;
use crate::model::Lang;

/// The element the widget lives in; it is in the static `index.html`.
pub const ROOT_ID: &str = "huimou";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

pub fn root() -> Option<web_sys::Element> {
    document()?.get_element_by_id(ROOT_ID)
}

pub fn params() -> Params {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    Params::parse(&search)
}

/// `data-state` is a public contract: hosts and tests wait for `ready`.
pub fn set_data_state(state: &str) {
    if let Some(root) = root() {
        let _ = root.set_attribute("data-state", state);
        if state == "loading" {
            let _ = root.set_attribute("aria-busy", "true");
        } else {
            let _ = root.remove_attribute("aria-busy");
        }
    }
}

pub fn set_html_lang(lang: Lang) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", lang.html_tag());
    }
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
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_fatal("组件出错，无法继续显示。The widget hit an internal error and stopped.");
    }));
}
