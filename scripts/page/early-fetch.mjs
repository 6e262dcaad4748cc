// Whether the loader worker fetches a ?data= file early, before its wasm is
// in: only a plain relative path on this origin, which
// model::params::data_url accepts as it is. The boot hook writes this very
// function into the worker's script; tests/fetch_rules.rs runs it against
// the Rust rule.
export const fetchesEarly = (n) => !n.startsWith('//') && /^[A-Za-z0-9_.~/-]+$/.test(n);
