//! `cargo run --bin script-names`: prints what the page scripts and the
//! studio's page take from the Rust, the URL parameters' names
//! (`model::params::script_names`) and the words (`words::script_words`), as
//! one JSON object keyed by placeholder, for the boot hook
//! (scripts/boot-hook.mjs) to write in.

fn main() {
    let names: serde_json::Map<String, serde_json::Value> = huimou::model::params::script_names()
        .into_iter()
        .chain(huimou::words::script_words())
        .collect();
    println!("{}", serde_json::Value::Object(names));
}
