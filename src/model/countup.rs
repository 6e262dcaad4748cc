//! The count-up a card plays the first time it scrolls into view.

/// How long the count takes. Short: it draws the eye, it must not make the
/// reader wait for the figure.
pub const DURATION_MS: f64 = 900.0;

/// The number shown `elapsed_ms` into the count: ease-out (fast, then
/// settling), never above the final value, exactly the final value at the end.
pub fn value_at(target: u64, elapsed_ms: f64) -> u64 {
    if elapsed_ms >= DURATION_MS || !elapsed_ms.is_finite() {
        return target;
    }
    let t = (elapsed_ms / DURATION_MS).max(0.0);
    let eased = 1.0 - (1.0 - t) * (1.0 - t) * (1.0 - t);
    ((target as f64) * eased).floor().min(target as f64) as u64
}
