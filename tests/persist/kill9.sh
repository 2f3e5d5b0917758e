#!/usr/bin/env bash
# kill -9 under load: starts `ipc-devnet up` on a workspace, sends transfers with ethers-signed
# transactions (tests/js/kill9-load.mjs logs every receipt and block the devnet returned), kills
# the devnet with SIGKILL at a random moment, restarts it on the same workspace and checks that
# everything ever returned is still there with the same hashes (tests/js/kill9-check.mjs). After
# the last round the hierarchy runs on and its invariants must hold.
# Usage: kill9.sh <path to ipc-devnet> [rounds (default 20)]
set -euo pipefail
devnet="$1"
rounds="${2:-20}"
here="$(cd "$(dirname "$0")" && pwd)"
js="$here/../js"
if [ ! -d "$js/node_modules/ethers" ]; then
  (cd "$js" && npm ci --silent --no-audit --no-fund)
fi
work="$(mktemp -d)"
ws="$work/kill9.ipcws"
records="$work/records.jsonl"
touch "$records"
pid=""
load=""
cleanup() {
  [ -n "$load" ] && kill -9 "$load" 2>/dev/null || true
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

port=$((20000 + RANDOM % 20000))
start_devnet() {
  local log="$work/up.log"
  "$devnet" up --workspace "$ws" --template two-level --block-time 100 --rpc-port "$port" \
    >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 200); do
    if grep -q "Running at" "$log"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "ipc-devnet exited:"; cat "$log"; exit 1
    fi
    sleep 0.05
  done
  echo "ipc-devnet did not start:"; cat "$log"; exit 1
}

for round in $(seq 1 "$rounds"); do
  start_devnet
  url="http://127.0.0.1:$port"
  # Everything returned before the previous kill must have survived it.
  if ! node "$js/kill9-check.mjs" "$url" "$records" >"$work/check.log" 2>&1; then
    echo "round $round: lost data after kill -9"; cat "$work/check.log"; exit 1
  fi
  echo "round $round: $(cat "$work/check.log" | head -1)"
  node "$js/kill9-load.mjs" "$url" "$records" >"$work/load.log" 2>&1 &
  load=$!
  # A random moment between 0.8 s and 2.4 s of load (node needs a few hundred ms to start).
  sleep 0.8
  sleep "0.$((RANDOM % 10))$((RANDOM % 10))"
  if [ $((RANDOM % 2)) -eq 0 ]; then sleep 0.6; fi
  kill -9 "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
  kill -9 "$load" 2>/dev/null || true
  wait "$load" 2>/dev/null || true
  load=""
done

# Last restart: check once more, then let it run a little and require the invariants to hold.
start_devnet
node "$js/kill9-check.mjs" "http://127.0.0.1:$port" "$records"
kill -INT "$pid"
wait "$pid" 2>/dev/null || true
pid=""
"$devnet" up --workspace "$ws" --no-rpc --fast --stop-at-height +20 --summary-json "$work/summary.json" \
  >"$work/final.log" 2>&1 || { cat "$work/final.log"; exit 1; }
node -e '
const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
if (!s.invariants.ok) { console.log("invariants violated:", s.invariants.violations); process.exit(1); }
console.log("invariants hold after", s.subnets[0].height, "root blocks");
' "$work/summary.json"
echo "kill -9: $rounds rounds, nothing lost"
