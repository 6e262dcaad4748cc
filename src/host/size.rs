//! Sizes the layout needs before it can measure: the window's and the widget's.

use super::*;

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
/// page not yet laid out, it would force a layout of everything, which the
/// frame then does again. The content arriving
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
