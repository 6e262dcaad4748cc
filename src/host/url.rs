//! The address: its parameters, read, and the reader's selection written back
//! with `replaceState`.

use super::*;

pub fn params() -> Params {
    Params::parse(&search())
}

/// The address's query, `?…` (empty without one).
pub fn search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Sets (or removes) one URL parameter without reloading, so the address
/// shares the reader's selection; other parameters are kept. Inside an iframe
/// this is the iframe's own address.
pub fn replace_param(key: &str, value: Option<&str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let mut pairs: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(key))
        .map(str::to_string)
        .collect();
    if let Some(v) = value {
        pairs.push(format!("{key}={}", crate::model::params::encode(v)));
    }
    let query = if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", crate::model::format::join(&pairs, "&"))
    };
    let url = format!(
        "{}{query}{}",
        location.pathname().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// An address update waiting to happen: its timer and its callback.
type PendingAddress = Option<(i32, wasm_bindgen::closure::Closure<dyn FnMut()>)>;

thread_local! {
    static PENDING_ADDRESS: std::cell::RefCell<PendingAddress> = const { std::cell::RefCell::new(None) };
}

/// `replace_param` a moment later, once the reader pauses: a held arrow key
/// moves the selection many times a second, and each `replaceState` slows
/// its step (bench/timeline.mjs).
pub fn replace_param_soon(key: &'static str, value: Option<String>) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let update = wasm_bindgen::closure::Closure::once(move || replace_param(key, value.as_deref()));
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(update.as_ref().unchecked_ref(), 150)
        .unwrap_or(0);
    PENDING_ADDRESS.with(|pending| {
        if let Some((old, _)) = pending.borrow_mut().replace((timer, update)) {
            window.clear_timeout_with_handle(old);
        }
    });
}
