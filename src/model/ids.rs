//! The element ids of what a reader can link to or a script can find (a
//! figure's card, a timeline item): hosts and `static/extras.js` name
//! elements by them, and ids are unique across an edition
//! (`Edition::new`), so each one names its element on the page.

const ITEM: &str = "item-";
const METRIC: &str = "metric-";

/// The element of a timeline item (its row in the list or its mark in the
/// drawing; one of the two is on the page at a time).
pub fn item_element(item: &str) -> String {
    format!("{ITEM}{item}")
}

/// The item an element is (the inverse of `item_element`), if it is one.
pub fn item_of_element(element: &str) -> Option<&str> {
    element.strip_prefix(ITEM)
}

/// The element of a figure's card.
pub fn metric_element(metric: &str) -> String {
    format!("{METRIC}{metric}")
}
