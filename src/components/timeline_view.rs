use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::selection::{use_selection, ItemsProps};
use crate::host;
use crate::model::timeline::{
    item_box, month_step, pinch_zoom, scroll_keeping_middle, zoom_in, zoom_out, Area, Layout, Mark,
    AXIS_PX, INSET_PX, ITEM_PX, UNITS_PER_MONTH, ZOOMS,
};
use crate::model::{ids, Bilingual, Lang};
use crate::state::{Action, Lanes};
use crate::words::widget::{comma, items_count, month_tick, t, when, Ui};

/// The drawing drawn above and below the screen (and a quarter of its width
/// to each side, `Area::overscan`), so fast scrolling shows no gaps.
const TIMELINE_OVERSCAN_PX: i64 = 300;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub items: ItemsProps,
    pub lanes: Lanes,
    pub zoom: i64,
}

/// What is in the DOM: the items in `area` of the drawing as laid out at
/// `width` and `zoom`.
#[derive(Clone, Copy, PartialEq)]
struct Drawn {
    area: Area,
    width: i64,
    zoom: i64,
}

/// The first drawing, before anything can be measured: the drawing's width
/// from the widget's (less `INSET_PX`), and the screen where a deep link
/// will have scrolled to. A close guess is drawn once; a wrong one is
/// corrected by the first measurement.
fn first_drawn(layout: &Layout, selected: Option<usize>, zoom: i64) -> Drawn {
    let width = host::widget_width().map_or(1000, |w| w - INSET_PX).max(280);
    let item = selected.map(|n| {
        let (x, y, w) = item_box(layout, &layout.placed[n], width, zoom);
        ((x, y), (w, ITEM_PX))
    });
    let area = Area::first(item, host::window_height(), width, TIMELINE_OVERSCAN_PX);
    Drawn { area, width, zoom }
}

/// The items on a time axis, in lanes. Only the items on screen are in the
/// DOM; the page scrolls as always (the drawing has no vertical scroll of its
/// own), and wheel or touch scrolling is never taken over: only ctrl/⌘ +
/// wheel and a two-finger pinch zoom.
#[component]
pub fn TimelineView(props: &TimelineProps) -> Html {
    let (lang, laid_out, reviews) = (
        props.items.lang,
        &props.items.laid_out.0,
        &props.items.edition.0.reviews,
    );
    let layout = &laid_out.layout;
    let scroller = use_node_ref();
    let sel = use_selection(&props.items, ".hm-item");
    let drawn = use_state_eq(|| first_drawn(layout, sel.placed, props.zoom));
    // Read by the browser listeners, which outlive a render.
    let zoom_now = use_mut_ref(|| props.zoom);
    *zoom_now.borrow_mut() = props.zoom;
    let drawn_now = use_mut_ref(|| *drawn);
    *drawn_now.borrow_mut() = *drawn;

    // Draws again only when the screen has left what is drawn.
    let measure: Rc<dyn Fn()> = {
        let (scroller, drawn, zoom_now) = (scroller.clone(), drawn.clone(), zoom_now.clone());
        Rc::new(move || {
            if let Some(el) = scroller.cast::<HtmlElement>() {
                let top = -(el.get_bounding_client_rect().top() as i64) - AXIS_PX;
                let left = i64::from(el.scroll_left());
                let width = i64::from(el.client_width()).max(280);
                let zoom = *zoom_now.borrow();
                let screen = Area {
                    top,
                    bottom: top + host::window_height(),
                    left,
                    right: left + width,
                };
                let now = *drawn_now.borrow();
                if now.width != width || now.zoom != zoom || !now.area.covers(&screen) {
                    drawn.set(Drawn {
                        area: screen.overscan(TIMELINE_OVERSCAN_PX),
                        width,
                        zoom,
                    });
                }
            }
        })
    };
    {
        let (measure, scroller, zoom_now, dispatch) = (
            measure.clone(),
            scroller.clone(),
            zoom_now.clone(),
            props.items.dispatch.clone(),
        );
        use_effect_with((), move |_| {
            // After the first frame: a deep link scrolls to its item first.
            host::next_frame({
                let measure = measure.clone();
                move || measure()
            });
            let on_page = host::window_target().map(|w| {
                let measure = measure.clone();
                host::listen(&w, &["scroll", "resize"], true, move |_| measure())
            });
            let on_wheel = scroller.cast::<web_sys::Element>().map(|el| {
                host::listen(&el, &["wheel"], false, move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::WheelEvent>() else {
                        return;
                    };
                    // Plain wheel scrolls the page as always; ctrl/⌘ + wheel zooms.
                    if e.ctrl_key() || e.meta_key() {
                        e.prevent_default();
                        let z = *zoom_now.borrow();
                        dispatch.dispatch(Action::SetZoom(if e.delta_y() < 0.0 {
                            zoom_in(z)
                        } else {
                            zoom_out(z)
                        }));
                    }
                })
            });
            move || drop((on_page, on_wheel))
        });
    }
    // Zooming keeps the middle of the view where it was.
    {
        let (scroller, measure) = (scroller.clone(), measure.clone());
        let before = use_mut_ref(|| props.zoom);
        use_effect_with(props.zoom, move |zoom| {
            let old = std::mem::replace(&mut *before.borrow_mut(), *zoom);
            // Not on the first render: that is measured after the first frame.
            if let (Some(el), true) = (scroller.cast::<HtmlElement>(), old != *zoom) {
                let left = scroll_keeping_middle(
                    i64::from(el.scroll_left()),
                    i64::from(el.client_width()),
                    old,
                    *zoom,
                );
                el.set_scroll_left(left as i32);
                measure();
            }
        });
    }

    // Drawn at the measured width; the zoom is the reader's (a new zoom is
    // drawn at once, its area follows the measurement).
    let (w, area) = (drawn.width, drawn.area);
    let px = |u: i64| layout.axis.px(u, w, props.zoom);
    let mut shown = layout.visible(area.top, area.bottom, area.left, area.right, w, props.zoom);
    // The item that takes Tab (the selected one, else the first) is always
    // drawn: focus must be able to reach and follow it, wherever the page
    // is scrolled. In drawing order: keyed children that change places are
    // moved in the DOM, and a moved element loses focus.
    if let Some(s) = sel.tab_stop {
        if let Err(at) = shown.binary_search(&s) {
            shown.insert(at, s);
        }
    }
    let onscroll = {
        let measure = measure.clone();
        Callback::from(move |_: Event| measure())
    };
    let gestures = use_pointer_gestures(&scroller, props.zoom, &props.items.dispatch);
    let zoom_button = |label: Ui, symbol: &'static str, to: i64| {
        let d = props.items.dispatch.clone();
        html! {
            <button type="button" class="hm-segment hm-zoom" aria-label={t(lang, label)} title={t(lang, label)}
                disabled={to == props.zoom} onclick={Callback::from(move |_| d.dispatch(Action::SetZoom(to)))}>{ symbol }</button>
        }
    };
    let lanes_button = |mode: Lanes, label: &str| {
        let d = props.items.dispatch.clone();
        html! {
            <button type="button" class="hm-segment" aria-pressed={(props.lanes == mode).to_string()}
                onclick={Callback::from(move |_| d.dispatch(Action::SetLanes(mode)))}>{ label.to_string() }</button>
        }
    };
    let canvas_width = px(layout.axis.total()).max(w);
    let height = AXIS_PX + layout.height_px;

    html! {
        <section class="hm-timeline-section" aria-labelledby="hm-timeline-heading">
            <h2 class="hm-sr" id="hm-timeline-heading">{ t(lang, Ui::Timeline) }</h2>
            <div class="hm-timeline-tools">
                <div class="hm-segments" role="group" aria-label={t(lang, Ui::LanesBy)}>
                    { lanes_button(Lanes::ByTheme, t(lang, Ui::ByTheme)) }
                    { lanes_button(Lanes::ByInstitution, t(lang, Ui::ByInstitution)) }
                </div>
                <div class="hm-segments" role="group" aria-label={format!("{} / {}", t(lang, Ui::ZoomIn), t(lang, Ui::ZoomOut))}>
                    { zoom_button(Ui::ZoomOut, "−", zoom_out(props.zoom)) }
                    { zoom_button(Ui::ZoomIn, "+", zoom_in(props.zoom)) }
                    { zoom_button(Ui::ZoomFit, "↔", ZOOMS[0]) }
                </div>
                <p class="hm-count">{ items_count(lang, layout.placed.len()) }</p>
            </div>
            <p class="hm-help" id="hm-timeline-help">{ t(lang, Ui::TimelineHelp) }</p>
            <div class="hm-timeline-frame">
            // The lanes' names stay put while the drawing scrolls sideways:
            // over it, not in it (no render per sideways scroll).
            <div class="hm-lanes">
                { for laid_out.lanes.iter().zip(&layout.lanes).map(|(key, lane)| {
                    let review = &reviews[key.review];
                    let name = match &key.section {
                        Some(s) => format!("{} · {}", review.short_name.in_lang(lang),
                            review.section(s).map(|x| x.label.in_lang(lang)).unwrap_or("")),
                        None => review.short_name.in_lang(lang).to_string(),
                    };
                    html! {
                        <p class={classes!("hm-lane", "hm-inst", format!("review-{}", review.id))}
                            style={format!("top:{}px", AXIS_PX + lane.top_px)}>{ name }</p>
                    }
                }) }
            </div>
            <div class="hm-timeline" ref={scroller} role="group" aria-labelledby="hm-timeline-heading"
                aria-describedby="hm-timeline-help" onkeydown={sel.onkeydown} onclick={sel.onclick} {onscroll} onpointerdown={gestures.down} onpointermove={gestures.moved}
                onpointerup={gestures.up.clone()} onpointercancel={gestures.up}>
                <div class="hm-canvas" style={format!("width:{canvas_width}px;height:{height}px")}>
                    { axis(layout, lang, &px, height) }
                    { for shown.iter().map(|n| {
                        let p = &layout.placed[*n];
                        let item = laid_out.item(reviews, *n);
                        let review = &reviews[laid_out.refs[p.index].0];
                        let (x, y, width) = item_box(layout, p, w, props.zoom);
                        let mark = match p.span.mark {
                            Mark::Point => "mark-point",
                            Mark::Band => "mark-band",
                            Mark::Publication => "mark-publication",
                            Mark::Outlook => "mark-outlook",
                        };
                        let selected = Some(*n) == sel.placed;
                        html! {
                            <button type="button" key={item.id.clone()} id={ids::item_element(&item.id)}
                                class={classes!("hm-item", mark, "hm-inst", format!("review-{}", review.id))}
                                style={format!("left:{x}px;top:{}px;width:{width}px", AXIS_PX + y)}
                                tabindex={if Some(*n) == sel.tab_stop { "0" } else { "-1" }}
                                aria-current={selected.then_some("true")}
                                // The date is heard, not shown (the axis shows it): in the
                                // name rather than a hidden span, two elements fewer per item.
                                aria-label={format!("{}{}{}", item.title.in_lang(lang), comma(lang), when(&item.when, lang))}>
                                { item.title.in_lang(lang) }
                            </button>
                        }
                    }) }
                </div>
            </div>
            </div>
            if layout.placed.is_empty() {
                <p class="hm-empty" role="status">{ t(lang, Ui::NoItems) }</p>
            }
            { sel.detail }
        </section>
    }
}

/// The drawing's pointer handlers: a mouse drags it sideways; two fingers
/// pinch to zoom (one finger scrolls natively).
struct Gestures {
    down: Callback<PointerEvent>,
    moved: Callback<PointerEvent>,
    up: Callback<PointerEvent>,
}

/// Pointers in progress are kept outside the app's state, in refs: they
/// change at the pointer's rate, and a render per move would only redraw the
/// same drawing. What they decide (a zoom, a scroll) goes through the
/// reducer or the scroller.
#[hook]
fn use_pointer_gestures(
    scroller: &NodeRef,
    zoom: i64,
    dispatch: &UseReducerDispatcher<crate::state::State>,
) -> Gestures {
    let pinch = use_mut_ref(Vec::<(i32, f64, f64)>::new);
    let pinch_base = use_mut_ref(|| 0.0f64);
    let drag = use_mut_ref(|| None::<(i32, i32)>);

    let onpointerdown = {
        let (pinch, pinch_base, drag, scroller) = (
            pinch.clone(),
            pinch_base.clone(),
            drag.clone(),
            scroller.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "mouse" && e.button() == 0 {
                let left = scroller
                    .cast::<HtmlElement>()
                    .map_or(0, |el| el.scroll_left());
                *drag.borrow_mut() = Some((e.client_x(), left));
            } else if e.pointer_type() == "touch" {
                let mut p = pinch.borrow_mut();
                p.retain(|(id, _, _)| *id != e.pointer_id());
                p.push((
                    e.pointer_id(),
                    f64::from(e.client_x()),
                    f64::from(e.client_y()),
                ));
                if p.len() == 2 {
                    *pinch_base.borrow_mut() = (p[0].1 - p[1].1).hypot(p[0].2 - p[1].2);
                }
            }
        })
    };
    let onpointermove = {
        let (pinch, pinch_base, drag, scroller, d, zoom) = (
            pinch.clone(),
            pinch_base.clone(),
            drag.clone(),
            scroller.clone(),
            dispatch.clone(),
            zoom,
        );
        Callback::from(move |e: PointerEvent| {
            if let (Some((x0, left0)), Some(el)) = (*drag.borrow(), scroller.cast::<HtmlElement>())
            {
                el.set_scroll_left(left0 - (e.client_x() - x0));
                return;
            }
            let mut p = pinch.borrow_mut();
            if let Some(entry) = p.iter_mut().find(|(id, _, _)| *id == e.pointer_id()) {
                (entry.1, entry.2) = (f64::from(e.client_x()), f64::from(e.client_y()));
            }
            let base = *pinch_base.borrow();
            if p.len() == 2 && base > 0.0 {
                let ratio = (p[0].1 - p[1].1).hypot(p[0].2 - p[1].2) / base;
                let next = pinch_zoom(zoom, ratio);
                if next != zoom {
                    *pinch_base.borrow_mut() = base * ratio;
                    d.dispatch(Action::SetZoom(next));
                }
            }
        })
    };
    let onpointerup = {
        let (pinch, drag) = (pinch.clone(), drag.clone());
        Callback::from(move |e: PointerEvent| {
            *drag.borrow_mut() = None;
            pinch
                .borrow_mut()
                .retain(|(id, _, _)| *id != e.pointer_id());
        })
    };
    Gestures {
        down: onpointerdown,
        moved: onpointermove,
        up: onpointerup,
    }
}

/// Years and months along the top, the publication zone and the outlook
/// drawn apart, each zone shaded down the whole drawing.
fn axis(
    layout: &crate::model::timeline::Layout,
    lang: Lang,
    px: &dyn Fn(i64) -> i64,
    height: i64,
) -> Html {
    let a = &layout.axis;
    let mut marks = Vec::new();
    for year in a.first_year..=a.last_year {
        let start = i64::from(year - a.first_year) * 12 * UNITS_PER_MONTH;
        marks.push(html! { <span class="hm-tick hm-tick-year" style={format!("left:{}px", px(start))}>{ year }</span> });
        for month in (2..=12).step_by(month_step(px(UNITS_PER_MONTH))) {
            let x = px(start + (month - 1) * UNITS_PER_MONTH);
            let label = month_tick(month, lang);
            marks.push(
                html! { <span class="hm-tick" style={format!("left:{x}px")}>{ label }</span> },
            );
        }
    }
    let zone = |class: &'static str, start: i64, end: i64, label: String| {
        html! {
            <>
                <div class={classes!("hm-zone", class)} style={format!("left:{}px;width:{}px;height:{height}px", px(start), px(end) - px(start))}></div>
                <span class="hm-tick hm-tick-zone" style={format!("left:{}px", px(start))}>{ label }</span>
            </>
        }
    };
    marks.push(zone(
        "hm-zone-publication",
        a.dated_end(),
        a.outlook_start(),
        t(lang, Ui::AroundPublication).to_string(),
    ));
    for (n, year) in a.outlook_years.iter().enumerate() {
        let start = a.outlook_start() + n as i64 * 12 * UNITS_PER_MONTH;
        let label = when(&crate::model::When::Outlook { year: *year }, lang);
        marks.push(zone(
            "hm-zone-outlook",
            start,
            start + 12 * UNITS_PER_MONTH,
            label,
        ));
    }
    html! { <div class="hm-axis" aria-hidden="true" style={format!("height:{AXIS_PX}px")}>{ for marks }</div> }
}
