//! huimou (回眸): an embeddable "year in review" news widget.
//! See ARCHITECTURE.md for the map.

/// An edition as its files say it: the edition file and each language's
/// cut (`validate`, `publish` and the tests; native only).
#[cfg(not(target_arch = "wasm32"))]
pub mod bundle;
pub mod components;
pub mod host;
pub mod model;
/// Writes a published edition: its pages, prerendered, and its data, beside
/// the engine (`publish`, natively).
#[cfg(not(target_arch = "wasm32"))]
pub mod publish;
pub mod state;
/// The editors' studio (`studio.html`, its own wasm: `src/bin/studio.rs`).
pub mod studio;
/// Every word a reader or an editor sees, one table per program.
pub mod words;

/// Mounts the widget in the static root element of the page (`#huimou`).
///
/// The page holds its edition's opening view, prerendered, and names the
/// edition's packed data, which the boot script fetches beside the wasm.
/// Once the data is in, the app renders the same view off screen and puts
/// it in place of the prerendered markup in one step (`host::take_over`),
/// inside the root: the reader sees no change, and hosts keep the element
/// they observe. If the address asked for another view (the head script
/// shows the loading line), the app renders that view from the loading
/// line. If the data cannot be had, the prerendered content stays, with a
/// notice. A `data=` file is another edition: its view is rendered from the
/// loading line, and its problems are the widget's alert.
pub fn start() {
    host::install_panic_hook();
    let (Some(root), Some(app)) = (host::root(), host::app_element()) else {
        return web_sys::console::error_1(&"huimou: no element with id \"huimou\"".into());
    };
    let params = host::params();
    if params.data.is_some() || !host::names_edition() {
        return render_fresh(&root, app, None);
    }
    let lang = params.lang.or(host::page_lang()).unwrap_or_default();
    let prerendered = host::prerendered();
    wasm_bindgen_futures::spawn_local(async move {
        match host::load_edition(lang).await {
            // The app starts in a task of its own: the unpacking was one
            // task already, and no task should hold the reader's input for long.
            Ok(edition) if prerendered => host::after_task(move || take_over(app, edition, lang)),
            Ok(edition) => render_fresh(&root, app, Some(edition)),
            Err(problems) => host::keep_content(&problems),
        }
    });
}

fn take_over(app: web_sys::Element, edition: model::Edition, lang: model::Lang) {
    let opening = components::Opening {
        edition: components::EditionRef(std::rc::Rc::new(edition)),
        lang,
        take_over: true,
    };
    let props = components::AppProps {
        opening: Some(opening),
        edition: None,
    };
    yew::Renderer::<components::App>::with_root_and_props(app, props).render();
}

/// The app rendered from the loading line (or over the prerender the
/// address cannot use), with the edition when it is in already.
fn render_fresh(root: &web_sys::Element, app: web_sys::Element, edition: Option<model::Edition>) {
    root.replace_children_with_node_1(&app);
    let _ = root.remove_attribute("data-prerendered");
    let props = components::AppProps {
        opening: None,
        edition: edition.map(|e| components::EditionRef(std::rc::Rc::new(e))),
    };
    yew::Renderer::<components::App>::with_root_and_props(app, props).render();
}
