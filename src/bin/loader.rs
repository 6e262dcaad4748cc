//! The loader worker: fetches a `?data=` file, reads and checks it
//! (serde_json with the types' derives, the validator, the edition's id rule)
//! and replies with the packed result (`model::load::load_packed`).
//!
//! Why a worker of its own: that code is a fifth of the widget's size and
//! only `?data=` needs it, so it stays off the first load; and a large file
//! is read without blocking the page. The `data=` value arrives as the
//! worker's name; the boot script starts the worker at once, in parallel with
//! the widget's own wasm, so the same-origin rule (`params::data_url`) is
//! applied here before any request. For a plain relative path the worker's
//! JS shim (written by scripts/boot-hook.mjs) starts the download before
//! this wasm has loaded (`downloaded`), so the two overlap.

#[cfg(target_arch = "wasm32")]
fn main() {
    use huimou::model::load::Reply;
    use huimou::model::params::data_url;
    use huimou::model::{pack::pack_file as pack, Problem};
    use huimou::words::widget::data_refused;
    use wasm_bindgen::JsCast;
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    wasm_bindgen_futures::spawn_local(async move {
        let raw = scope.name();
        let downloaded = downloaded().await;
        // The same rule as the widget's, here too: the boot script starts this
        // worker before the widget runs, straight from the address.
        let reply = match data_url(&raw, &scope.location().origin()) {
            Err(refusal) => pack::<Reply>(&Err(vec![data_refused(&refusal, &raw)])),
            Ok(url) => match downloaded {
                Some(json) => huimou::model::load::load_packed(&json),
                None => match fetch_text(&scope, &url).await {
                    Ok(json) => huimou::model::load::load_packed(&json),
                    Err(message) => pack::<Reply>(&Err(vec![Problem::new("data", message)])),
                },
            },
        };
        // Transferred, not copied: the page takes the bytes over as they are
        // (a copy of a large edition would hold the page up).
        let bytes = js_sys::Uint8Array::from(&reply[..]);
        let _ = scope.post_message_with_transfer(&bytes, &js_sys::Array::of1(&bytes.buffer()));
    });
}

/// The file as the worker's shim downloaded it while this wasm loaded
/// (`huimouFile`, a promise of its bytes). `None` when the shim left the
/// fetch to us: not a plain relative path, or the download failed (the
/// fetch again gives the reader the reason).
#[cfg(target_arch = "wasm32")]
async fn downloaded() -> Option<String> {
    use wasm_bindgen::JsCast;
    let first = js_sys::Reflect::get(&js_sys::global(), &"huimouFile".into()).ok()?;
    let body = wasm_bindgen_futures::JsFuture::from(first.dyn_into::<js_sys::Promise>().ok()?)
        .await
        .ok()?
        .dyn_into::<js_sys::ArrayBuffer>()
        .ok()?;
    let bytes = js_sys::Uint8Array::new(&body).to_vec();
    // As `Response.text()` reads it: bad UTF-8 replaced, a byte-order mark
    // dropped. Valid text is taken over as it is, not copied again.
    let mut text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Some(text)
}

/// Fetches a same-origin text file, without cookies or cross-origin redirects.
#[cfg(target_arch = "wasm32")]
async fn fetch_text(scope: &web_sys::WorkerGlobalScope, url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let init = huimou::host::same_origin_request();
    let response: web_sys::Response = JsFuture::from(scope.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| format!("{url}: could not be loaded"))?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = response
        .text()
        .map_err(|_| format!("{url}: could not be read"))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| format!("{url}: could not be read"))?;
    text.as_string().ok_or_else(|| format!("{url}: not text"))
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("loader is the widget's web worker, built by trunk (see index.html).");
    std::process::exit(2);
}
