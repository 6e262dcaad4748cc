//! The pixel sizes the Rust and the stylesheet both state agree: the
//! timeline places items and measures its drawing by these numbers, and the
//! stylesheet draws them.
#![cfg(not(target_arch = "wasm32"))]

use huimou::model::timeline::{INSET_PX, ITEM_PX};

/// The declarations of the first rule whose selector list is exactly `selector`.
fn rule(selector: &str) -> String {
    let css = std::fs::read_to_string("static/huimou.css").unwrap();
    let start = css
        .find(&format!("\n{selector} {{"))
        .unwrap_or_else(|| panic!("no rule `{selector}` in the stylesheet"));
    let body = &css[start + selector.len() + 3..];
    body[..body.find('}').unwrap()].to_string()
}

/// The pixels of `property` in a rule's declarations (`16px`, or a custom
/// property's value in the root rule).
fn px(declarations: &str, property: &str) -> i64 {
    let value = declarations
        .split(';')
        .find_map(|d| d.trim().strip_prefix(&format!("{property}:")))
        .unwrap_or_else(|| panic!("no {property} in {declarations}"))
        .trim();
    let value = value.split_whitespace().next().unwrap();
    value.strip_suffix("px").unwrap().parse().unwrap()
}

#[test]
fn an_item_is_as_tall_in_the_stylesheet_as_the_layout_makes_room_for() {
    assert_eq!(px(&rule(".hm-item"), "height"), ITEM_PX);
}

#[test]
fn the_drawing_is_inset_by_the_sections_padding_and_its_border() {
    let padding = rule(".hm-timeline-section, .hm-list-section");
    assert!(padding.contains("padding: var(--hm-space)"), "{padding}");
    let space = px(&rule(":root"), "--hm-space");
    let border = px(&rule(".hm-timeline"), "border");
    assert_eq!(INSET_PX, 2 * space + 2 * border);
}
