//! Everything that touches the page around the widget: URL parameters, the
//! root's `data-state`, `<html lang>`, fatal errors. One place, so the rest
//! of the app can be reasoned about (and tested) without a browser.

use crate::model::params::{Params, ThemeChoice};
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
    Params::parse(&search())
}

/// The address's query, `?…` (empty without one).
pub fn search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
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

/// `theme=light|dark` fixes the colours; `auto` (the default) leaves them to
/// the reader's system setting, which the stylesheet follows.
pub fn set_theme(theme: ThemeChoice) {
    let Some(html) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let _ = match theme {
        ThemeChoice::Light => html.set_attribute("data-theme", "light"),
        ThemeChoice::Dark => html.set_attribute("data-theme", "dark"),
        ThemeChoice::Auto => html.remove_attribute("data-theme"),
    };
}

/// A host's brand colour (`accent=`): the stylesheet reads these properties.
pub fn set_accent(accent: &crate::model::accent::Accent) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("style", &accent.style());
    }
}

/// Tells the page that embeds the widget its height whenever the content's
/// height changes, in the three forms hosts already listen for: pym.js (with
/// its `childId`), Datawrapper and AMP. Nothing is sent outside an iframe;
/// inside one, `<html data-framed>` tells the stylesheet.
/// The widget never listens to its parent: a navigation or scroll request
/// from the host page is not acted on.
pub fn report_height(child_id: Option<String>) {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let parent = match window.parent() {
        Ok(Some(p)) if !js_sys::Object::is(&p, &window) => p,
        _ => return,
    };
    let Some(html) = document().and_then(|d| d.document_element()) else {
        return;
    };
    // The stylesheet keeps no scrollbar room in a frame the host sizes.
    let _ = html.set_attribute("data-framed", "");
    let last = std::cell::Cell::new(0.0);
    let observed = html.clone();
    let send = Closure::<dyn FnMut()>::new(move || {
        let height = observed.get_bounding_client_rect().height().ceil();
        if height == last.replace(height) {
            return;
        }
        // A JS number (an i64 would cross as a BigInt, which hosts do not read).
        let px = wasm_bindgen::JsValue::from_f64(height);
        let id = child_id.as_deref().unwrap_or(ROOT_ID);
        if let Some(child) = &child_id {
            let pym = format!("pymxPYMx{child}xPYMxheightxPYMx{}", height as i64);
            let _ = parent.post_message(&pym.into(), "*");
        }
        let _ = parent.post_message(
            &message(&[("datawrapper-height", &message(&[(id, &px)]))]),
            "*",
        );
        let amp = message(&[
            ("sentinel", &"amp".into()),
            ("type", &"embed-size".into()),
            ("height", &px),
        ]);
        let _ = parent.post_message(&amp, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(send.as_ref().unchecked_ref()) {
        observer.observe(&html);
    }
    // The widget lives as long as the page: so do the observer and its callback.
    send.forget();
}

/// A plain object with these members.
fn message(members: &[(&str, &wasm_bindgen::JsValue)]) -> wasm_bindgen::JsValue {
    let object = js_sys::Object::new();
    for (key, value) in members {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), value);
    }
    object.into()
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
/// console-only hook (found by tests/e2e/panic.test.mjs).
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_fatal("组件出错，无法继续显示。The widget hit an internal error and stopped.");
    }));
}

/// The reader asked the system for less motion.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

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
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = html.focus_with_options(&focus);
    }
}

/// The element matching `selector` that a click landed in.
fn clicked(e: &web_sys::MouseEvent, selector: &str) -> Option<web_sys::Element> {
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

/// The timeline item (`id="item-<id>"`, an element matching `selector`) a
/// click landed in. The timeline and the list listen once on their container
/// rather than once per item: a closure per item, re-registered on every
/// render, made each keyboard step slower.
pub fn clicked_item(e: &web_sys::MouseEvent, selector: &str) -> Option<String> {
    clicked(e, selector)?
        .id()
        .strip_prefix("item-")
        .map(str::to_string)
}

/// Keeps a count-up's browser callbacks alive; dropping it stops them.
pub struct CountUp {
    observer: Option<web_sys::IntersectionObserver>,
    _on_view: Option<wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>>,
    frame: std::rc::Rc<std::cell::RefCell<Option<i32>>>,
}

impl Drop for CountUp {
    fn drop(&mut self) {
        if let Some(o) = &self.observer {
            o.disconnect();
        }
        if let (Some(w), Some(id)) = (web_sys::window(), self.frame.borrow_mut().take()) {
            let _ = w.cancel_animation_frame(id);
        }
    }
}

/// Calls `show` with the rising value of a count-up the first time `element`
/// is at least half in view, then with `target` at the end. Without
/// IntersectionObserver (old browsers) the final value is shown at once.
pub fn count_up_on_first_view(
    element: &web_sys::Element,
    target: u64,
    show: impl Fn(u64) + 'static,
) -> CountUp {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    let frame: Rc<RefCell<Option<i32>>> = Rc::new(RefCell::new(None));
    let show = Rc::new(show);
    let started = Rc::new(std::cell::Cell::new(false));
    let on_view = {
        let (frame, show, started) = (frame.clone(), show.clone(), started.clone());
        Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let visible = entries.iter().any(|e| {
                e.dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|e| e.is_intersecting())
            });
            if visible && !started.replace(true) {
                run_frames(frame.clone(), target, show.clone());
            }
        })
    };
    let options = web_sys::IntersectionObserverInit::new();
    options.set_threshold(&JsValue::from_f64(0.5));
    match web_sys::IntersectionObserver::new_with_options(
        on_view.as_ref().unchecked_ref(),
        &options,
    ) {
        Ok(observer) => {
            observer.observe(element);
            CountUp {
                observer: Some(observer),
                _on_view: Some(on_view),
                frame,
            }
        }
        Err(_) => {
            show(target);
            CountUp {
                observer: None,
                _on_view: None,
                frame,
            }
        }
    }
}

type FrameCallback = wasm_bindgen::closure::Closure<dyn FnMut()>;

/// One animation frame after another until the count reaches its target.
fn run_frames(
    frame: std::rc::Rc<std::cell::RefCell<Option<i32>>>,
    target: u64,
    show: std::rc::Rc<dyn Fn(u64)>,
) {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    let Some(window) = web_sys::window() else {
        show(target);
        return;
    };
    let start = now();
    // The closure schedules itself; it lives in this cell until the count ends.
    let tick: Rc<RefCell<Option<FrameCallback>>> = Rc::new(RefCell::new(None));
    let tick_again = tick.clone();
    let frame_id = frame.clone();
    *tick.borrow_mut() = Some(Closure::new(move || {
        let value = crate::model::countup::value_at(target, now() - start);
        show(value);
        if value >= target {
            frame_id.borrow_mut().take();
            tick_again.borrow_mut().take();
            return;
        }
        if let (Some(w), Some(cb)) = (web_sys::window(), tick_again.borrow().as_ref()) {
            *frame_id.borrow_mut() = w.request_animation_frame(cb.as_ref().unchecked_ref()).ok();
        }
    }));
    let first = tick.borrow().as_ref().and_then(|cb| {
        window
            .request_animation_frame(cb.as_ref().unchecked_ref())
            .ok()
    });
    *frame.borrow_mut() = first;
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(f64::INFINITY)
}

pub fn window_width() -> i64 {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|v| v.as_f64())
        .map_or(1024, |v| v as i64)
}

/// The width of an element of the page, if it is there.
pub fn element_width(id: &str) -> Option<i64> {
    Some(i64::from(document()?.get_element_by_id(id)?.client_width()))
}

thread_local! {
    /// The widget's width as read while loading; 0 when not read.
    static WIDGET_WIDTH: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

/// Reads the widget's width now, while the page holds only the loading line
/// (its layout is cheap, usually already done), for the timeline's first
/// drawing. Read in the middle of the first render instead, with the new
/// page not yet laid out, it forced a layout of everything (35 ms at 4x CPU
/// with 10,000 items), which the frame then did again. The content arriving
/// does not change the width: a top-level page keeps its scrollbar's room
/// (`scrollbar-gutter` in the stylesheet), and a frame (`data-framed`, set by
/// `report_height`) is sized to its content by the host page; a wrong guess
/// is corrected by the timeline's first measurement.
pub fn remember_widget_width() {
    WIDGET_WIDTH.set(element_width(ROOT_ID).unwrap_or(0));
}

/// The widget's width: as remembered while the root still says `loading`
/// (the first render, whose effects set `ready`), else read now (a later
/// drawing, after a resize perhaps).
pub fn widget_width() -> Option<i64> {
    let loading = root().and_then(|r| r.get_attribute("data-state"));
    match WIDGET_WIDTH.get() {
        known if known > 0 && loading.as_deref() == Some("loading") => Some(known),
        _ => element_width(ROOT_ID),
    }
}

pub fn window_height() -> i64 {
    web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|v| v.as_f64())
        .map_or(800, |v| v as i64)
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
        pairs.push(format!("{key}={}", js_sys::encode_uri_component(v)));
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
/// moves the selection many times a second, and each `replaceState` cost a
/// keyboard step about 2 ms at 4x CPU slowdown (bench/timeline.mjs).
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
/// moves). A separate `scrollIntoView` cost each keyboard step a second
/// layout (bench/timeline.mjs).
pub fn focus_nearest(element_id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(element_id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Fetches a same-origin file (the English of the bundled edition).
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("no window")?;
    let init = web_sys::RequestInit::new();
    // Never send cookies, never follow a redirect to another origin.
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_mode(web_sys::RequestMode::SameOrigin);
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| format!("{url}: could not be loaded"))?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let buffer = response
        .array_buffer()
        .map_err(|_| format!("{url}: could not be read"))?;
    let buffer = JsFuture::from(buffer)
        .await
        .map_err(|_| format!("{url}: could not be read"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The loader worker's script (trunk names workers after their binary).
const LOADER: &str = "./loader_loader.js";

/// Has the loader worker (`src/bin/loader.rs`) fetch, read and check the
/// `data=` file `raw`; its reply is packed (see `model::pack`). The boot
/// script has usually started it already, in parallel with this wasm, and
/// left the reply's promise in `globalThis.huimouData`; otherwise (the
/// component tests mount the app directly) it starts here. The value
/// travels as the worker's name, so no message can arrive before the worker
/// listens.
pub async fn load_in_worker(raw: &str) -> Result<Vec<u8>, String> {
    use wasm_bindgen::JsCast;
    let started = js_sys::Reflect::get(&js_sys::global(), &"huimouData".into())
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let reply = match started {
        Some(reply) => reply,
        None => {
            let options = web_sys::WorkerOptions::new();
            options.set_name(raw);
            let worker = web_sys::Worker::new_with_options(LOADER, &options)
                .map_err(|_| "the data loader could not start".to_string())?;
            js_sys::Promise::new(&mut |resolve, reject| {
                worker.set_onmessage(Some(&resolve));
                worker.set_onerror(Some(&reject));
            })
        }
    };
    let event: web_sys::MessageEvent = wasm_bindgen_futures::JsFuture::from(reply)
        .await
        .map_err(|_| "the data loader failed".to_string())?
        .unchecked_into();
    Ok(js_sys::Uint8Array::new(&event.data()).to_vec())
}

/// Milliseconds since the page started (for short-lived "just happened" checks).
pub fn now_ms() -> f64 {
    now()
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
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = el.focus_with_options(&focus);
    }
}

/// Runs `f` once, at the next animation frame.
pub fn next_frame(f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(w) = web_sys::window() else { return };
    let f = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = w.request_animation_frame(f.unchecked_ref());
}
