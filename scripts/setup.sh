#!/usr/bin/env bash
# Installs everything huimou needs to build, serve and test, idempotently:
# each tool is skipped when it is already present at the right version.
# Used by scripts/serve.sh and scripts/test.sh (and so by CI).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*"; }
TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PATH"

# Rust: the wasm target and the quality gates' components.
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
for component in rustfmt clippy; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

# trunk: 0.22 needs a newer rustc than this machine's, so 0.21.14 exactly.
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (takes minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock. Without
# --locked: one of its locked dependencies is missing from the registry here.
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (takes minutes)"
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION" --force
fi

# geckodriver drives Firefox for the wasm-bindgen browser tests and the
# WebDriver e2e tests; pinned, as trunk and wasm-bindgen-cli are.
GECKODRIVER_VERSION=0.37.1
if ! geckodriver --version 2>/dev/null | head -1 | grep -qx "geckodriver $GECKODRIVER_VERSION"; then
  say "installing geckodriver $GECKODRIVER_VERSION"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi

# Browsers and the CJK font (screenshots and canvas need real glyphs); WebKit
# (WebKitGTK's MiniBrowser and its WebDriver) runs under Xvfb.
missing=()
for pkg in chromium chromium-driver firefox-esr fonts-noto-cjk webkit2gtk-driver xvfb xauth; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then
    say "installing ${missing[*]} with apt"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  else
    say "missing Debian packages: ${missing[*]} (run this script as root, or install them)"
    exit 1
  fi
fi

# npm tools: wasm-opt (binaryen 132; Debian's 108 cannot read current Rust
# output), playwright-core (drives the system Chromium; downloads nothing), axe-core,
# terser and csso (the build's post_build hook minifies the JS glue and the CSS).
if [ ! -x node_modules/.bin/wasm-opt ] || ! node_modules/.bin/wasm-opt --version | grep -q version_132 \
   || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] \
   || [ ! -d node_modules/terser ] || [ ! -d node_modules/csso ] || [ ! -d node_modules/pym.js ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi
say "ready"
