//! The studio's entry point (`studio.html`), built for wasm32 by trunk:
//! editors make an edition in the browser. Readers never load it.

#[cfg(target_arch = "wasm32")]
fn main() {
    huimou::studio::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the studio is a web page: serve it with `trunk serve` and open studio.html (see docs/editing.md).");
    std::process::exit(2);
}
