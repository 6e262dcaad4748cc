//! `cargo run --release --example layout -- 10000`
//!
//! Prints how long the timeline's layout (`LaidOut::new`: lanes, row packing,
//! time order) takes natively for N synthetic items, by theme and by
//! institution: the work the widget repeats on every filter or search change.
//! A script that prints figures, not a timed test.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use huimou::model::filter::Filter;
    use huimou::model::timeline::LaidOut;
    use std::time::Instant;
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let reviews = vec![huimou::model::synth::review(n)];
    for by_institution in [false, true] {
        let runs = 20;
        let start = Instant::now();
        let mut rows = 0;
        for _ in 0..runs {
            let laid_out = LaidOut::new(&reviews, &Filter::default(), by_institution);
            rows = laid_out.layout.lanes.iter().map(|l| l.rows).sum();
        }
        let each = start.elapsed().as_secs_f64() * 1000.0 / f64::from(runs);
        let lanes = if by_institution {
            "institution"
        } else {
            "theme"
        };
        println!("{n} items, lanes by {lanes}: {rows} rows, {each:.2} ms per layout");
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
