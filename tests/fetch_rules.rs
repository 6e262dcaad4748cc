//! The fetch rules have one home in Rust (`model::params::data_url`, and
//! `host::same_origin_request` for every fetch); the boot script's shim, which
//! starts a `data=` download before the worker's wasm is in, carries a copy
//! held to them here: what it fetches early, the rule accepts as a path on
//! the widget's own origin, and it fetches the same way.
#![cfg(not(target_arch = "wasm32"))]

use huimou::model::params::data_url;

const ORIGIN: &str = "https://news.example";

fn hook() -> String {
    std::fs::read_to_string("scripts/boot-hook.mjs").unwrap()
}

/// The characters the shim's early fetch allows: its `/^[…]+$/` class.
fn shim_characters() -> Vec<char> {
    let hook = hook();
    let class = hook
        .split("/^[")
        .nth(1)
        .and_then(|rest| rest.split("]+$/").next())
        .expect("the shim's character class");
    let mut chars = Vec::new();
    let raw: Vec<char> = class.chars().collect();
    let mut i = 0;
    while i < raw.len() {
        if i + 2 < raw.len() && raw[i + 1] == '-' {
            chars.extend(raw[i]..=raw[i + 2]);
            i += 3;
        } else {
            chars.push(raw[i]);
            i += 1;
        }
    }
    chars
}

/// What the shim fetches early: its own test, written out.
fn shim_fetches(raw: &str, allowed: &[char]) -> bool {
    !raw.is_empty() && !raw.starts_with("//") && raw.chars().all(|c| allowed.contains(&c))
}

#[test]
fn what_the_shim_fetches_early_the_rule_accepts_as_a_path_here() {
    let allowed = shim_characters();
    assert!(allowed.contains(&'a') && allowed.contains(&'/') && !allowed.contains(&':'));
    let mut raws: Vec<String> = [
        "data/npc-2023.json",
        "//evil.example/x.json",
        "/data/x.json",
        "./x.json",
        "../x.json",
        "~x/y.json",
        "https://evil.example/x.json",
        "javascript:alert(1)",
        "\\\\evil.example/x",
        "data/x.json?x=1",
        "data/x.json#y",
        "a b.json",
    ]
    .map(str::to_string)
    .to_vec();
    // Every ASCII character at the start, in the middle and doubled.
    for c in (0u8..128).map(char::from) {
        raws.extend([
            format!("{c}x.json"),
            format!("data/{c}x.json"),
            format!("{c}{c}x"),
        ]);
    }
    let mut early = 0;
    for raw in &raws {
        if shim_fetches(raw, &allowed) {
            early += 1;
            assert_eq!(data_url(raw, ORIGIN), Ok(raw.clone()), "{raw:?}");
        }
    }
    assert!(
        early > 100,
        "the shim fetches the common paths early ({early})"
    );
}

#[test]
fn the_shim_fetches_as_every_fetch_of_the_widget_does() {
    let hook = hook();
    assert!(hook.contains("fetch(n,{credentials:'omit',mode:'same-origin'})"));
    let net = std::fs::read_to_string("src/host/net.rs").unwrap();
    assert!(net.contains("RequestCredentials::Omit") && net.contains("RequestMode::SameOrigin"));
    // No fetch of its own anywhere else in the Rust.
    for path in ["src/bin/loader.rs", "src/components/app.rs"] {
        let source = std::fs::read_to_string(path).unwrap();
        assert!(
            !source.contains("RequestInit::new"),
            "{path} builds its own request"
        );
    }
}
