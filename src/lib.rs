//! huimou (回眸): an embeddable "year in review" news widget.
//! See ARCHITECTURE.md for the map.

/// How the bundled data is cut from the complete files (build.rs and the
/// `bundle` binary; native only).
#[cfg(not(target_arch = "wasm32"))]
pub mod bundle;
pub mod components;
pub mod host;
pub mod i18n;
pub mod model;
pub mod state;

/// Mounts the widget into the static root element of `index.html`.
pub fn start() {
    host::install_panic_hook();
    match host::root() {
        Some(root) => {
            // The static loading line is replaced by the app's own rendering.
            root.set_text_content(None);
            yew::Renderer::<components::App>::with_root(root).render();
        }
        None => web_sys::console::error_1(&"huimou: no element with id \"huimou\"".into()),
    }
}
