#!/usr/bin/env bash
# Runs one of this directory's node scripts, installing its packages (npm ci) first when they
# are missing. Usage: run-node.sh <script.mjs> [args...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -d "$here/node_modules/solc" ] || [ ! -d "$here/node_modules/@ethereumjs/evm" ]; then
  (cd "$here" && npm ci --silent --no-audit --no-fund)
fi
script="$1"
shift
exec node "$here/$script" "$@"
