//! The studio (`studio.html`, its own wasm: `src/bin/studio.rs`): an editor
//! makes an edition in the browser, every figure and item picked from its
//! sentence, so its quote is right by construction. Readers never load it.
//!
//! As the widget: one reducer (`state`), its actions data (the forms' edits:
//! `edit`), the pure part natively tested (`draft`, `edit`, and
//! `model::studio`), the page's surroundings in one module (`page`), and one
//! view function per file.

mod app;
mod article;
mod checks;
pub mod draft;
pub mod edit;
mod field;
mod figures;
mod items;
mod map;
mod open_bar;
mod page;
mod preview;
mod review_form;
pub mod state;

/// Mounts the studio in the page's `#studio` element.
pub fn start() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("studio"));
    match root {
        Some(root) => {
            // The loading line goes: the studio renders in its place.
            root.set_inner_html("");
            yew::Renderer::<app::StudioApp>::with_root(root).render();
        }
        None => web_sys::console::error_1(&"huimou studio: no element with id \"studio\"".into()),
    }
}
