#!/usr/bin/env bash
# Runs the Hardhat tests of this directory against a running devnet: starts `ipc-devnet up
# --template two-level` on free local ports, runs run.sh against the root's endpoint and then
# against the first child subnet's, and stops the devnet.
# Usage: run-devnet.sh <path to ipc-devnet>
set -euo pipefail
devnet="$1"
here="$(cd "$(dirname "$0")" && pwd)"
port=$((20000 + RANDOM % 20000))
log="$(mktemp)"
"$devnet" up --template two-level --speed 20 --rpc-port "$port" >"$log" 2>&1 &
pid=$!
trap 'kill -INT $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 300); do
  if grep -q "Running at" "$log"; then break; fi
  if ! kill -0 $pid 2>/dev/null; then cat "$log"; exit 1; fi
  sleep 0.1
done
grep -q "Running at" "$log" || { cat "$log"; exit 1; }
root="http://127.0.0.1:$port"
child="$(awk '$1 == "alpha" && $2 ~ /^http/ { print $2; exit }' "$log")"
if [ -z "$child" ]; then
  echo "run-devnet.sh: no endpoint for the child subnet alpha:" >&2
  cat "$log" >&2
  exit 1
fi
echo "== root $root"
timeout 280 bash "$here/run.sh" "$root"
echo "== child subnet alpha $child"
timeout 280 bash "$here/run.sh" "$child"
