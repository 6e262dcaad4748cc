//! Prepares the bundled data for the wasm: the Chinese cut of each file,
//! minified (see `src/bundle.rs` for what is cut and why).
//! Validation is the test suite's job, on the complete files.

use std::path::Path;

// Only the Chinese cut is made here; the English one is the `bundle` binary's.
#[allow(dead_code)]
#[path = "src/bundle.rs"]
mod bundle;

const BUNDLED: [&str; 2] = ["cppcc-2023.json", "npc-2023.json"];

fn main() {
    println!("cargo:rerun-if-changed=src/bundle.rs");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    for file in BUNDLED {
        let path = Path::new("data").join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        std::fs::write(
            Path::new(&out).join(file),
            bundle::cut(&text, bundle::Keep::Zh),
        )
        .expect("write bundled data");
    }
}
