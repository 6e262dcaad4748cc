//! The takeover: the app's view, built off screen, put in place of the
//! prerendered markup in one step, keeping sizes, scroll and focus.

use super::*;

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
    // formatting would bring its large code into the wasm).
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
