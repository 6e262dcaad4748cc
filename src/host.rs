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

/// Sets an attribute only when its value changes: a change on `<html>` or
/// the root has the browser recheck the style of everything under it (about
/// 100 ms under Lighthouse's tracing, in the takeover's first task), even
/// when the value written is the one already there.
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

/// Puts the app's element (rendered off screen, identical to the prerendered
/// markup) in place of the prerendered one, in one step: the frame after it
/// shows the same content, at the same scroll position. Focus moves to the
/// element at the same place in the new tree.
pub fn take_over(widget: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let (Some(doc), Some(root), Some(app)) = (document(), root(), widget.parent_element()) else {
        return;
    };
    // The prerendered markup is the root's `.hm-app`, as the app's element is.
    let prerendered = root.query_selector(":scope > .hm-app").ok().flatten();
    let focused = prerendered
        .clone()
        .zip(doc.active_element())
        .and_then(|(old, active)| path_in(&old, &active))
        .filter(|p| !p.is_empty());
    // Themes off screen are not laid out (`content-visibility` in the
    // stylesheet): the app's keep the sizes the page's had, so nothing moves.
    if let Some(old) = prerendered.as_ref() {
        keep_sizes(old, &app, ".hm-theme");
    }
    root.replace_children_with_node_1(&app);
    let _ = root.remove_attribute("data-prerendered");
    let target = focused.and_then(|path| {
        path.iter()
            .try_fold(app.clone(), |el, &i| el.children().item(i))
    });
    if let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        focus_in_place(&el);
    }
}

/// Focuses `el` without scrolling the page.
fn focus_in_place(el: &web_sys::HtmlElement) {
    let focus = web_sys::FocusOptions::new();
    focus.set_prevent_scroll(true);
    let _ = el.focus_with_options(&focus);
}

/// Gives each element matching `selector` in `to` the height of its
/// counterpart in `from` as its intrinsic size (the same markup, in order).
fn keep_sizes(from: &web_sys::Element, to: &web_sys::Element, selector: &str) {
    use wasm_bindgen::JsCast;
    let (Ok(old), Ok(new)) = (
        from.query_selector_all(selector),
        to.query_selector_all(selector),
    ) else {
        return;
    };
    // Read every height first, then write: one layout, not one per theme.
    // In the layout's own unit, 1/64 px, written with integers only (float
    // formatting would cost the wasm ~9 KB gzip).
    let heights: Vec<i64> = (0..old.length())
        .filter_map(|i| old.item(i)?.dyn_into::<web_sys::Element>().ok())
        .map(|el| (el.get_bounding_client_rect().height() * 64.0).round() as i64)
        .collect();
    for (i, units) in (0..new.length()).zip(heights) {
        if let Some(el) = new
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let size = format!("auto {}.{:06}px", units / 64, units % 64 * 15625);
            let _ = el
                .style()
                .set_property("contain-intrinsic-block-size", &size);
        }
    }
}

/// The child indices that lead from `ancestor` down to `el`.
fn path_in(ancestor: &web_sys::Element, el: &web_sys::Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut at = el.clone();
    while at != *ancestor {
        let parent = at.parent_element()?;
        let siblings = parent.children();
        let index = (0..siblings.length()).find(|&i| siblings.item(i).as_ref() == Some(&at))?;
        path.push(index);
        at = parent;
    }
    path.reverse();
    Some(path)
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
        focus_in_place(html);
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
    _on_view: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
    frame: std::rc::Rc<std::cell::RefCell<Option<i32>>>,
    _finish: std::rc::Rc<dyn Fn()>,
}

impl Drop for CountUp {
    fn drop(&mut self) {
        if let Some(o) = &self.observer {
            o.disconnect();
        }
        cancel_frame(&self.frame);
    }
}

fn cancel_frame(frame: &std::cell::RefCell<Option<i32>>) {
    if let (Some(w), Some(id)) = (web_sys::window(), frame.borrow_mut().take()) {
        let _ = w.cancel_animation_frame(id);
    }
}

thread_local! {
    /// How to end each count-up at once: printing, or a tab going hidden
    /// (where animation frames stop), must never catch a figure mid-count.
    static COUNT_UPS: std::cell::RefCell<Vec<std::rc::Weak<dyn Fn()>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Shows every figure's final value now; later count-ups still play when
/// their figures scroll into view.
fn finish_count_ups() {
    let finishers = COUNT_UPS.with(|c| c.borrow().clone());
    for finish in finishers.iter().filter_map(std::rc::Weak::upgrade) {
        finish();
    }
}

/// Listens once, for the page's life, for what must end count-ups at once.
fn watch_for_stillness() {
    use wasm_bindgen::JsCast;
    thread_local!(static WATCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if WATCHING.replace(true) {
        return;
    }
    if let Some(window) = window_target() {
        std::mem::forget(listen(&window, &["beforeprint"], true, |_| {
            finish_count_ups()
        }));
    }
    if let Some(doc) = document() {
        let target: web_sys::EventTarget = doc.clone().unchecked_into();
        std::mem::forget(listen(&target, &["visibilitychange"], true, move |_| {
            if doc.hidden() {
                finish_count_ups();
            }
        }));
    }
}

/// Plays a count-up (calls `show` with the rising value, then `target`) when
/// `element` scrolls into view, once. A figure's resting value is `target`:
/// a card already on screen when it is first observed (the prerendered
/// opening view, taken over) never counts, and neither does one on a hidden
/// tab or without IntersectionObserver.
pub fn count_up_when_scrolled_into_view(
    element: &web_sys::Element,
    target: u64,
    show: impl Fn(u64) + 'static,
) -> CountUp {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    watch_for_stillness();
    let frame: Rc<RefCell<Option<i32>>> = Rc::new(RefCell::new(None));
    let show: Rc<dyn Fn(u64)> = Rc::new(show);
    // Off screen when first seen: only then may it count when it arrives.
    let armed: Rc<Cell<Option<bool>>> = Rc::new(Cell::new(None));
    let finish: Rc<dyn Fn()> = {
        let (frame, show, armed) = (frame.clone(), show.clone(), armed.clone());
        Rc::new(move || {
            armed.set(Some(false));
            cancel_frame(&frame);
            show(target);
        })
    };
    COUNT_UPS.with(|c| {
        let mut c = c.borrow_mut();
        c.retain(|f| f.strong_count() > 0);
        c.push(Rc::downgrade(&finish));
    });
    let on_view = {
        let (frame, show) = (frame.clone(), show.clone());
        Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let visible = entries.iter().any(|e| {
                e.dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|e| e.is_intersecting())
            });
            let hidden = document().is_none_or(|d| d.hidden());
            match armed.get() {
                None => armed.set(Some(!visible)),
                Some(true) if visible && !hidden => {
                    armed.set(Some(false));
                    run_frames(frame.clone(), target, show.clone());
                }
                _ => {}
            }
        })
    };
    let observer = web_sys::IntersectionObserver::new(on_view.as_ref().unchecked_ref()).ok();
    if let Some(o) = &observer {
        o.observe(element);
    }
    CountUp {
        observer,
        _on_view: on_view,
        frame,
        _finish: finish,
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
/// the head script) is sized to its content by the host page; a wrong guess
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
