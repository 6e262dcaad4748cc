//! Events and focus: listeners that end with their owner, clicks on links and
//! items, focus that follows the selection, and tasks and frames to come.

use super::*;

/// Scrolls an element of the widget into view and moves focus to it (a deep
/// link such as `?metric=` opens there). Focus does not scroll again.
pub fn reveal(element_id: &str) {
    use wasm_bindgen::JsCast;
    let Some(el) = document().and_then(|d| d.get_element_by_id(element_id)) else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
        focus_in_place(html);
    }
    // Themes off screen are not laid out (`content-visibility`) until they
    // near it, so the first scroll may aim with their estimated heights
    // (Firefox can leave the card focused and the page at its top). Once
    // a frame has laid them out, aim again, unless the reader has moved on.
    next_frame(move || {
        let focused = document().and_then(|d| d.active_element()).as_ref() == Some(&el);
        let r = el.get_bounding_client_rect();
        let height = web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        if focused && (r.top() < 0.0 || r.bottom() > height) {
            el.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
}

/// The element matching `selector` that a click landed in.
pub(crate) fn clicked(e: &web_sys::MouseEvent, selector: &str) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest(selector).ok()?
}

/// The item a plain click on a link to a timeline item (`data-item`) asks
/// for. A click with a modifier key is the browser's (a new tab, a window).
pub fn item_link(e: &web_sys::MouseEvent) -> Option<String> {
    if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
        return None;
    }
    clicked(e, "a[data-item]")?.get_attribute("data-item")
}

/// The timeline item (an element matching `selector`, named by
/// `model::ids::item_element`) a click landed in. The timeline and the list
/// listen once on their container rather than once per item: a closure per
/// item, registered again on every render, would slow each keyboard step.
pub fn clicked_item(e: &web_sys::MouseEvent, selector: &str) -> Option<String> {
    let element = clicked(e, selector)?.id();
    crate::model::ids::item_of_element(&element).map(str::to_string)
}

type EventCallback = wasm_bindgen::closure::Closure<dyn FnMut(web_sys::Event)>;

/// Keeps event listeners attached while alive; dropping it detaches them.
pub struct Listeners {
    target: web_sys::EventTarget,
    added: Vec<(&'static str, EventCallback)>,
}

impl Drop for Listeners {
    fn drop(&mut self) {
        use wasm_bindgen::JsCast;
        for (name, cb) in &self.added {
            let _ = self
                .target
                .remove_event_listener_with_callback(name, cb.as_ref().unchecked_ref());
        }
    }
}

/// Listens to `events` on `target`. `passive: false` only where the handler
/// may cancel the event (ctrl/⌘ + wheel zooms the timeline, not the page);
/// everything else stays passive so scrolling is never slowed.
pub fn listen(
    target: &web_sys::EventTarget,
    events: &[&'static str],
    passive: bool,
    handler: impl FnMut(web_sys::Event) + 'static,
) -> Listeners {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let handler = Rc::new(RefCell::new(handler));
    let options = web_sys::AddEventListenerOptions::new();
    options.set_passive(passive);
    let added = events
        .iter()
        .map(|name| {
            let h = handler.clone();
            let cb = Closure::<dyn FnMut(web_sys::Event)>::new(move |e| (h.borrow_mut())(e));
            let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
                name,
                cb.as_ref().unchecked_ref(),
                &options,
            );
            (*name, cb)
        })
        .collect();
    Listeners {
        target: target.clone(),
        added,
    }
}

pub fn window_target() -> Option<web_sys::EventTarget> {
    web_sys::window().map(Into::into)
}

/// Focuses an element of the widget; the browser scrolls it into view only
/// if it is not already (the timeline keeps its place while the selection
/// moves). A separate `scrollIntoView` would cost each keyboard step a
/// second layout (bench/timeline.mjs times the steps).
pub fn focus_nearest(element_id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(element_id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Focuses `el` without scrolling the page.
pub(crate) fn focus_in_place(el: &web_sys::HtmlElement) {
    let focus = web_sys::FocusOptions::new();
    focus.set_prevent_scroll(true);
    let _ = el.focus_with_options(&focus);
}

/// Gives focus back to an element if it was lost (the document's active
/// element is `<body>`), without scrolling. Yew may move a keyed element in
/// the DOM while re-rendering, and a moved element loses focus; focus the
/// reader put elsewhere is never taken.
pub fn restore_focus(element_id: &str) {
    use wasm_bindgen::JsCast;
    let Some(doc) = document() else { return };
    let lost = doc
        .active_element()
        .is_none_or(|a| doc.body().is_some_and(|b| a == *b.as_ref()));
    if !lost {
        return;
    }
    if let Some(el) = doc
        .get_element_by_id(element_id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        focus_in_place(&el);
    }
}

/// Runs `f` once, in a task of its own, after what is queued (input first).
pub fn after_task(f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(w) = web_sys::window() else { return };
    let f = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = w.set_timeout_with_callback(f.unchecked_ref());
}

/// Runs `f` once, at the next animation frame.
pub fn next_frame(f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(w) = web_sys::window() else { return };
    let f = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = w.request_animation_frame(f.unchecked_ref());
}
