//! `cargo run --bin script-names`: prints the names the page scripts take
//! from the Rust (`model::params::script_names`), as one JSON object keyed by
//! placeholder, for the boot hook (scripts/boot-hook.mjs) to write in.

fn main() {
    let names: serde_json::Map<String, serde_json::Value> =
        huimou::model::params::script_names().into_iter().collect();
    println!("{}", serde_json::Value::Object(names));
}
