//! Requests: same-origin files, and the loader worker for `data=`.

/// How the widget fetches anything, page and worker alike: never with
/// cookies, never from or through another origin. (The boot script's early
/// fetch of a `data=` file says the same; `tests/fetch_rules.rs`.)
pub fn same_origin_request() -> web_sys::RequestInit {
    let init = web_sys::RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_mode(web_sys::RequestMode::SameOrigin);
    init
}

/// Fetches a same-origin file (an edition's packed data).
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("no window")?;
    let init = same_origin_request();
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| format!("{url}: could not be loaded"))?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let buffer = response
        .array_buffer()
        .map_err(|_| format!("{url}: could not be read"))?;
    let buffer = JsFuture::from(buffer)
        .await
        .map_err(|_| format!("{url}: could not be read"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Has the loader worker (`src/bin/loader.rs`) fetch, read and check the
/// `data=` file; its reply is packed (see `model::pack`). The boot script
/// starts it, in parallel with this wasm (it alone knows the worker's
/// hashed name, beside itself), and leaves the reply's promise in
/// `globalThis.huimouData`. The value travels as the worker's name, so no
/// message can arrive before the worker listens.
pub async fn load_in_worker() -> Result<Vec<u8>, String> {
    use wasm_bindgen::JsCast;
    let reply = js_sys::Reflect::get(&js_sys::global(), &"huimouData".into())
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or("the data loader was not started")?;
    let event: web_sys::MessageEvent = wasm_bindgen_futures::JsFuture::from(reply)
        .await
        .map_err(|_| "the data loader failed".to_string())?
        .unchecked_into();
    Ok(js_sys::Uint8Array::new(&event.data()).to_vec())
}
