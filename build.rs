//! Packs the bundled edition for the wasm: the Chinese cut of each data file
//! (see `src/bundle.rs`), in the binary form of `src/model/pack.rs`, in the
//! order the newspaper page printed them. The JSON is read here with serde;
//! the validator has proven the complete files (trunk's pre_build hook and
//! the test suite), so the widget carries no JSON reader for them.

use std::path::Path;

// Only the Chinese cut is made here; the English one is the `bundle` binary's.
#[allow(dead_code)]
#[path = "src/bundle.rs"]
mod bundle;

#[allow(dead_code)]
#[path = "src/model/english.rs"]
mod english;
#[allow(dead_code)]
#[path = "src/model/pack.rs"]
mod pack;
#[allow(dead_code)]
#[path = "src/model/types.rs"]
mod types;
/// The paths `pack.rs` and its macro use in the library.
mod model {
    pub(crate) use super::{english, pack, types};
}

fn main() {
    for file in [
        "src/bundle.rs",
        "src/model/english.rs",
        "src/model/pack.rs",
        "src/model/types.rs",
    ] {
        println!("cargo:rerun-if-changed={file}");
    }
    println!("cargo:rerun-if-changed={}", bundle::EDITION);
    let mut reviews = Vec::new();
    for file in bundle::bundled().unwrap_or_else(|e| panic!("{e}")) {
        let path = Path::new(&file);
        println!("cargo:rerun-if-changed={}", path.display());
        let text =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let review: model::types::Review =
            serde_json::from_str(&bundle::cut(&text, bundle::Keep::Zh)).unwrap_or_else(|e| {
                panic!("{}: {e} (run `cargo run --bin validate`)", path.display())
            });
        reviews.push(review);
    }
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(
        Path::new(&out).join("edition.bin"),
        model::pack::pack(&reviews),
    )
    .expect("write the bundled edition");
}
