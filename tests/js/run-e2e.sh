#!/usr/bin/env bash
# Starts `ipc-devnet up` on free local ports, runs an ethers end-to-end script against it and
# stops the devnet. Usage: run-e2e.sh <path to ipc-devnet> [template [script [speed]]]
# (default: template single, rpc-e2e.mjs, speed 20).
set -euo pipefail
devnet="$1"
template="${2:-single}"
script="${3:-rpc-e2e.mjs}"
speed="${4:-20}"
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -d "$here/node_modules/ethers" ]; then
  (cd "$here" && npm ci --silent --no-audit --no-fund)
fi
port=$((20000 + RANDOM % 20000))
log="$(mktemp)"
"$devnet" up --template "$template" --speed "$speed" --rpc-port "$port" >"$log" 2>&1 &
pid=$!
trap 'kill -INT $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  if grep -q "Running at" "$log"; then break; fi
  if ! kill -0 $pid 2>/dev/null; then cat "$log"; exit 1; fi
  sleep 0.1
done
grep -q "Running at" "$log" || { cat "$log"; exit 1; }
timeout 120 node "$here/$script" "http://127.0.0.1:$port"
