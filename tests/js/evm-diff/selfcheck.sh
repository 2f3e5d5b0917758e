#!/usr/bin/env bash
# Checks the differential-test harness itself: compare.mjs must report every case passed when the
# runner under test is @ethereumjs/evm itself, and must fail, naming the case and field, when the
# runner's output is corrupted (one gas value, one storage value, one missing log).
#   bash selfcheck.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -d "$here/../node_modules/@ethereumjs/evm" ]; then
  (cd "$here/.." && npm ci --silent --no-audit --no-fund)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

node "$here/gen-cases.mjs" "$work/cases.jsonl"

cat >"$work/same-runner" <<SH
#!/usr/bin/env bash
exec node "$here/ejs-run.mjs" "\$1"
SH
cat >"$work/corrupt-runner" <<SH
#!/usr/bin/env bash
node "$here/ejs-run.mjs" "\$1" | node "$here/selfcheck-corrupt.mjs"
SH
chmod +x "$work/same-runner" "$work/corrupt-runner"

echo "== the reference against itself: every case must pass"
node "$here/compare.mjs" "$work/same-runner" "$work/cases.jsonl" >"$work/same.out" || {
  cat "$work/same.out"; echo "selfcheck: FAILED: ejs-run.mjs does not match itself" >&2; exit 1; }
tail -n 1 "$work/same.out"
grep -Eq '^[0-9]+ passed, 0 failed$' "$work/same.out"

echo "== a corrupted runner: compare.mjs must fail and name three cases"
if node "$here/compare.mjs" "$work/corrupt-runner" "$work/cases.jsonl" >"$work/corrupt.out"; then
  cat "$work/corrupt.out"; echo "selfcheck: FAILED: a corrupted runner passed" >&2; exit 1
fi
cat "$work/corrupt.out"
grep -Eq '^[0-9]+ passed, 3 failed$' "$work/corrupt.out"
grep -q '^MISMATCH op/ADD/a0: gasUsed: ' "$work/corrupt.out"
grep -q '^MISMATCH sstore/orig0/1: state\..*\.storage\.0x0: ' "$work/corrupt.out"
grep -q '^MISMATCH op/LOG2: logs\[0\]: ' "$work/corrupt.out"

echo "== a runner that exits non-zero is a failure"
printf '#!/usr/bin/env bash\nexit 3\n' >"$work/broken-runner"; chmod +x "$work/broken-runner"
if node "$here/compare.mjs" "$work/broken-runner" "$work/cases.jsonl" >/dev/null 2>&1; then
  echo "selfcheck: FAILED: a crashing runner passed" >&2; exit 1
fi
echo "selfcheck: OK"
