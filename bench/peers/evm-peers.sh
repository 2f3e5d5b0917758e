#!/usr/bin/env bash
# Issue 20's EVM speed and memory goals measured in one run, with the ratios printed at the end
# (run it through `bash scripts/bench.sh evm-peers`, which builds the binaries first):
#   1. ipc_bench_evm: the interpreter alone on keccak, 256-bit arithmetic and storage loops.
#   2. ipc_bench_evm_chain: ERC-20 (BenchToken) and plain transfers applied in-process, and
#      1,000,000 contract calls with storage writes with RSS sampled along the way.
#   3. bench/peers/peer-bench.mjs against `ipc-devnet up --template single --block-time 0`
#      (a block per transaction batch, as automine) and then against a Hardhat node it starts,
#      with the same contracts, calls, pre-signed batch and load generator; @ethereumjs/evm
#      runs the same bytecode and calldata.
#   4. ratios.mjs: devnet vs Hardhat node vs @ethereumjs/evm, against the goals.
#   bash bench/peers/evm-peers.sh BUILD_DIR [--calls N] [--txs N] [--window W] [--gas G1,G2]
#        [--transfers N] [--contract-calls N]
# JSON lines and logs go to $IPC_BENCH_OUT (default: a new directory under /tmp).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$1"
shift
calls=3 txs=2000 window=10 gas=10000000,28000000 transfers=20000 contractCalls=1000000
while [ $# -gt 0 ]; do
  case "$1" in
    --calls) calls="$2"; shift 2 ;;
    --txs) txs="$2"; shift 2 ;;
    --window) window="$2"; shift 2 ;;
    --gas) gas="$2"; shift 2 ;;
    --transfers) transfers="$2"; shift 2 ;;
    --contract-calls) contractCalls="$2"; shift 2 ;;
    *) echo "evm-peers: unknown option $1" >&2; exit 2 ;;
  esac
done
out="${IPC_BENCH_OUT:-$(mktemp -d /tmp/ipc-evm-peers.XXXXXX)}"
mkdir -p "$out"
for dir in tests/js tests/hardhat; do
  if [ ! -d "$root/$dir/node_modules" ]; then
    echo "evm-peers: installing $dir (npm ci)" >&2
    (cd "$root/$dir" && npm ci --silent --no-audit --no-fund)
  fi
done
log() { echo "[evm-peers $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)] $*" >&2; }
log "results in $out"

log "1/4 interpreter alone (ipc_bench_evm)"
"$build/bench/ipc_bench_evm" --benchmark_min_time=1 --benchmark_format=json \
  >"$out/interpreter.json" 2>"$out/interpreter.log"

log "2/4 in-process transfers and $contractCalls contract calls (ipc_bench_evm_chain)"
node "$here/token-bytecode.mjs" >"$out/BenchToken.hex"
IPC_BENCH_TOKEN="$out/BenchToken.hex" "$build/bench/ipc_bench_evm_chain" "$transfers" \
  "$contractCalls" >"$out/inprocess.jsonl"

log "3/4 the devnet over JSON-RPC"
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
"$build/app/ipc-devnet" up --template single --block-time 0 --rpc-port "$port" \
  >"$out/devnet.log" 2>&1 &
devnet=$!
trap 'kill "$devnet" 2>/dev/null || true' EXIT
url="http://127.0.0.1:$port"
for _ in $(seq 1 600); do
  if curl -s -o /dev/null -X POST -H 'content-type: application/json' \
    --data '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' "$url"; then
    break
  fi
  kill -0 "$devnet" 2>/dev/null || { cat "$out/devnet.log" >&2; exit 1; }
  sleep 0.1
done
node "$here/peer-bench.mjs" --url "$url" --no-ejs --calls "$calls" --txs "$txs" \
  --window "$window" --gas "$gas" --json "$out/devnet.jsonl" 2>"$out/devnet-bench.log"
kill "$devnet"
wait "$devnet" 2>/dev/null || true
trap - EXIT

log "3/4 a Hardhat node (automine) and @ethereumjs/evm"
node "$here/peer-bench.mjs" --calls "$calls" --txs "$txs" --window "$window" --gas "$gas" \
  --json "$out/hardhat.jsonl" 2>"$out/hardhat-bench.log"

log "4/4 ratios"
node "$here/ratios.mjs" "$out"
