#!/usr/bin/env bash
# Sets everything up, then runs every check in order, stopping at the first
# failure: formatting, clippy (host and wasm32), native tests, browser tests
# in headless Chromium and Firefox, the release build, end-to-end tests over
# real HTTP, the size budget. Ends with one line "N passed, N failed" summed
# from the runners' own summaries (cargo test, wasm-bindgen-test, node --test).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
. scripts/env.sh

LOGS=$(mktemp -d)
passed=0
failed=0
step=0

# Adds the pass/fail counts a runner printed to the totals; sets step_failed.
# (Called directly, not in $(…): a subshell would lose the totals.)
count() {
  local log=$1 p f
  # cargo test and wasm-bindgen-test: "test result: ok. 12 passed; 0 failed; …"
  p=$(grep -aoE 'test result: [A-Za-z]+\. [0-9]+ passed' "$log" | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  f=$(grep -aoE 'test result: [A-Za-z]+\. [0-9]+ passed; [0-9]+ failed' "$log" | grep -oE '[0-9]+ failed' | awk '{s+=$1} END {print s+0}')
  # node --test (spec reporter): "ℹ pass 3" / "ℹ fail 0"
  p=$((p + $(grep -aoE '^ℹ pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
  f=$((f + $(grep -aoE '^ℹ fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
  passed=$((passed + p))
  failed=$((failed + f))
  step_failed=$f
}

# run NAME COMMAND…: runs one step, shows its output, stops everything on failure.
run() {
  local name=$1; shift
  step=$((step + 1))
  local log="$LOGS/$step.log"
  printf '\n==> %s\n' "$name"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  count "$log"
  if [ "$status" != 0 ]; then
    # A failed gate (fmt, clippy, build) counts as one failure of its own.
    [ "$step_failed" = 0 ] && failed=$((failed + 1))
    printf '\n==> FAILED: %s\n' "$name"
    echo "$passed passed, $failed failed"
    exit 1
  fi
}

run "cargo fmt --check" cargo fmt --check
run "clippy (host)" cargo clippy --all-targets -- -D warnings
run "clippy (wasm32)" cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
run "native tests" cargo test --all-targets
# The browser test files are named: a wasm32 run over native-only files
# prints "no tests to run!", which tells CI nothing.
BROWSER_TESTS=(--test browser_app)
run "browser tests (Chromium)" env -u GECKODRIVER CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --target wasm32-unknown-unknown "${BROWSER_TESTS[@]}"
run "browser tests (Firefox)" env -u CHROMEDRIVER GECKODRIVER="$(command -v geckodriver)" \
  cargo test --target wasm32-unknown-unknown "${BROWSER_TESTS[@]}"
run "trunk build --release" trunk build --release
# The engine's wasm before wasm-opt, with its names: the size report shows
# where its bytes go (the panic test build below overwrites trunk's copy).
cp target/wasm-bindgen/release/huimou_bg.wasm target/engine-names.wasm
# A second build, for tests only: `?panic=1` panics once ready (the
# panic-trigger feature), so a test can see a real panic end in the alert.
run "trunk build --release (panic test build)" \
  trunk build --release --features panic-trigger --dist target/dist-panic
run "end-to-end tests and size budget" node --test --test-reporter=spec --test-concurrency=1 tests/e2e/

echo
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
