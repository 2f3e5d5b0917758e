#!/usr/bin/env bash
# Runs the Hardhat tests of this directory.
#   bash run.sh                 against Hardhat's in-process network (Cancun)
#   bash run.sh <rpc-url>       against any JSON-RPC node, e.g. http://127.0.0.1:8545; the node must
#                               fund the first accounts of the mnemonic in IPC_MNEMONIC (default:
#                               "test test ... junk") and produce blocks for sent transactions.
# Installs node_modules with `npm ci` when missing; needs no network access after that (the
# compiler is the solc-js of node_modules).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
if [ ! -x node_modules/.bin/hardhat ] || [ ! -f node_modules/solc/soljson.js ]; then
  echo "run.sh: installing the Hardhat project's packages (npm ci)"
  npm ci --silent --no-audit --no-fund
fi
export HARDHAT_DISABLE_TELEMETRY_PROMPT=true
if [ $# -eq 0 ]; then
  echo "run.sh: testing against Hardhat's in-process network"
  exec npx --no-install hardhat test
fi
url="$1"
if ! chain="$(node -e '
  fetch(process.argv[1], { method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }) })
    .then((r) => r.json()).then((j) => { if (!j.result) throw new Error(JSON.stringify(j)); console.log(BigInt(j.result).toString()); })
    .catch((e) => { console.error(e.cause?.message ?? e.message); process.exit(1); });' "$url" 2>&1)"; then
  echo "run.sh: no JSON-RPC node answers eth_chainId at $url: $chain" >&2
  exit 1
fi
echo "run.sh: testing against $url (chain id $chain)"
IPC_RPC_URL="$url" exec npx --no-install hardhat test --network ipc
