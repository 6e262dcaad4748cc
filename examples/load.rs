//! `cargo run --release --example load -- 10000`
//!
//! Prints how long each step of reading a `?data=` file takes natively for
//! N synthetic items: the loader worker's work (`load::load_packed`),
//! step by step. A script that prints figures, not a timed test.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use huimou::model::{pack, parse_review, synth, validate, Edition, Problem};
    use std::time::Instant;
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let text = serde_json::to_string(&synth::review(n)).expect("synthetic data serialises");
    let runs = 20;
    let mut ms = [0f64; 4];
    for _ in 0..runs {
        let t1 = Instant::now();
        let review = parse_review(&text).expect("synthetic data reads");
        let t2 = Instant::now();
        assert!(validate::validate(&review, None).is_empty());
        let t3 = Instant::now();
        let edition = Edition::new(vec![review]).expect("one review");
        let t4 = Instant::now();
        std::hint::black_box(pack::pack(&Ok::<_, Vec<Problem>>(edition.reviews)));
        let t5 = Instant::now();
        for (k, (a, b)) in [(t1, t2), (t2, t3), (t3, t4), (t4, t5)]
            .into_iter()
            .enumerate()
        {
            ms[k] += (b - a).as_secs_f64() * 1000.0 / f64::from(runs);
        }
    }
    println!(
        "{n} items, {} bytes of JSON: read (serde_json) {:.1} ms, validate {:.1} ms, edition {:.1} ms, pack {:.1} ms (mean of {runs})",
        text.len(), ms[0], ms[1], ms[2], ms[3]
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
