//! `cargo run --release --example synth -- N > synth.json`
//!
//! Prints a data file with N synthetic timeline items spread over three
//! years, every precision represented, for benchmarks (`?data=synth.json`).
//! It passes every structural rule; its quotes are not from an article (its
//! `source` says so), so only the widget's loader, not `validate`, accepts it.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let n: usize = match std::env::args().nth(1).map(|a| a.parse()) {
        Some(Ok(n)) => n,
        _ => {
            eprintln!("usage: synth N");
            std::process::exit(2);
        }
    };
    println!(
        "{}",
        serde_json::to_string(&huimou::model::synth::review(n)).expect("serialisable")
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
