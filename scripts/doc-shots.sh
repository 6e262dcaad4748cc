#!/usr/bin/env bash
# Refreshes the screenshots docs/editing.md shows, on purpose: builds the
# site and runs the studio's end-to-end test with HUIMOU_DOC_SHOTS=1, which
# writes its steps' images into docs/editing (a plain test run writes them
# under target/shots/ instead). Review the images, then commit them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
trunk build --release
HUIMOU_DOC_SHOTS=1 node --test --test-concurrency=1 tests/e2e/studio.test.mjs
git status --short docs/editing
