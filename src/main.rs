//! The widget's entry point, built for wasm32 by trunk.

#[cfg(target_arch = "wasm32")]
fn main() {
    huimou::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("huimou is a web app: serve it with `trunk serve` (see README.md).");
    std::process::exit(2);
}
