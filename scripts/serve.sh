#!/usr/bin/env bash
# Sets everything up, then serves the widget with the bundled data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
PORT="${PORT:-8080}"
echo
echo "huimou: building, then serving at http://127.0.0.1:$PORT/  (Ctrl-C stops)"
echo
exec trunk serve --address 127.0.0.1 --port "$PORT"
