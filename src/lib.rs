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
/// The editors' studio (`studio.html`, its own wasm: `src/bin/studio.rs`).
pub mod studio;

/// Mounts the widget in the static root element of the page (`#huimou`).
///
/// Where the page holds the prerendered opening view (`bin/prerender.rs`),
/// the app renders the same view off screen and then puts it in place of
/// the prerendered markup in one step (`host::take_over`), inside the root:
/// the reader sees no change, and hosts keep the element they observe.
/// Otherwise (the address asked for another view, or the page has no
/// prerender) it renders into the root from the loading line.
pub fn start() {
    host::install_panic_hook();
    let (Some(root), Some(app)) = (host::root(), host::app_element()) else {
        return web_sys::console::error_1(&"huimou: no element with id \"huimou\"".into());
    };
    // Unpacked only for a takeover: otherwise the app loads what it needs.
    let opening = host::prerendered()
        .then(model::Edition::bundled)
        .and_then(Result::ok)
        .zip(host::page_lang());
    match opening {
        // The app starts in a task of its own: the wasm's start and the
        // unpacking are one task already, and no task should hold the
        // reader's input for long.
        Some((edition, model::Lang::Zh)) => {
            host::after_task(move || take_over(app, edition, model::Lang::Zh))
        }
        // The bundle is Chinese; the English page's takeover waits for its English.
        Some((edition, model::Lang::En)) => wasm_bindgen_futures::spawn_local(async move {
            match components::with_english(Ok(edition)).await {
                Ok(english) => take_over(app, english, model::Lang::En),
                Err(_) => render_fresh(&root, app),
            }
        }),
        None => render_fresh(&root, app),
    }
}

fn take_over(app: web_sys::Element, edition: model::Edition, lang: model::Lang) {
    let opening = components::Opening {
        edition: components::EditionRef(std::rc::Rc::new(edition)),
        lang,
        take_over: true,
    };
    let props = components::AppProps {
        opening: Some(opening),
    };
    yew::Renderer::<components::App>::with_root_and_props(app, props).render();
}

fn render_fresh(root: &web_sys::Element, app: web_sys::Element) {
    // The loading line (or the prerender the address cannot use) gives way
    // to the app's own rendering.
    root.replace_children_with_node_1(&app);
    let _ = root.remove_attribute("data-prerendered");
    yew::Renderer::<components::App>::with_root(app).render();
}
