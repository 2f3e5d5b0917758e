#!/usr/bin/env bash
# The peers' speed benchmark (see README.md). Installs tests/js and tests/hardhat packages with
# `npm ci` when missing; everything after that runs offline.
#   bash run.sh [--url URL] [--gas 10000000,28000000] [--calls N] [--txs N] [--window W] [--json FILE]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
for dir in tests/js tests/hardhat; do
  if [ ! -d "$root/$dir/node_modules" ]; then
    echo "run.sh: installing $dir (npm ci)" >&2
    (cd "$root/$dir" && npm ci --silent --no-audit --no-fund)
  fi
done
exec node "$here/peer-bench.mjs" "$@"
