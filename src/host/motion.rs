//! Motion: count-ups that play only when a figure scrolls into view, and the
//! reader's wish for less motion.

use super::*;

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

pub(crate) fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(f64::INFINITY)
}

/// Milliseconds since the page started (for short-lived "just happened" checks).
pub fn now_ms() -> f64 {
    now()
}
