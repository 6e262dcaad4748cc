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

/// What the shim fetches early, for each raw value: its own function
/// (`scripts/page/early-fetch.mjs`, which the hook writes into the worker's
/// script), run by node.
fn shim_fetches(raws: &[String]) -> Vec<bool> {
    use std::io::Write;
    let script = "import('./scripts/page/early-fetch.mjs').then(({ fetchesEarly }) => {\
        let input = ''; process.stdin.on('data', (d) => { input += d; });\
        process.stdin.on('end', () => console.log(JSON.stringify(JSON.parse(input).map(fetchesEarly)))); })";
    let mut node = std::process::Command::new("node")
        .args(["--input-type=module", "-e", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("node runs the shim's rule");
    let input = serde_json::to_string(raws).unwrap();
    node.stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = node.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_hook_writes_the_shims_rule_from_its_one_home() {
    let hook = hook();
    assert!(hook.contains("import { fetchesEarly } from './page/early-fetch.mjs'"));
    assert!(hook.contains("(${fetchesEarly})(n)?fetch(n"));
}

#[test]
fn what_the_shim_fetches_early_the_rule_accepts_as_a_path_here() {
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
    for (raw, fetches) in raws.iter().zip(shim_fetches(&raws)) {
        if fetches {
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
