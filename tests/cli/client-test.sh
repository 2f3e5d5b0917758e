#!/usr/bin/env bash
# The ipc-cli-style client commands (wallet, subnet, cross-msg, checkpoint, config) as a user runs
# them against a live `ipc-devnet up`: JSON output checked field by field, transactions that land,
# reverts and bad input giving one "error:" line with exit code 1 or 2, and a keystore that is
# never damaged. Usage: client-test.sh <path to ipc-devnet>
set -uo pipefail

devnet="${1:?usage: client-test.sh <path to ipc-devnet>}"
if ! command -v python3 >/dev/null; then
  echo "SKIP: python3 is needed to read JSON output"
  exit 77
fi

work="$(mktemp -d)"
export IPC_DEVNET_KEYSTORE="$work/ks.json"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -INT "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*" >&2
  if [ -f "$work/devnet.log" ]; then
    echo "--- devnet log (tail)" >&2
    tail -20 "$work/devnet.log" >&2
  fi
  exit 1
}
ok() { echo "ok - $*"; }

# run <expected rc> <text expected in stdout+stderr> <args...>: runs ipc-devnet, keeps its stdout
# in $out. A failing run must print exactly one line, starting with "error: ", on stderr.
out=""
run() {
  local want="$1" text="$2"
  shift 2
  "$devnet" "$@" >"$work/out" 2>"$work/err"
  local rc=$?
  out="$(cat "$work/out")"
  local err
  err="$(cat "$work/err")"
  [ "$rc" -eq "$want" ] || fail "ipc-devnet $*: exit $rc, expected $want
$out
$err"
  case "$out$err" in
    *"$text"*) ;;
    *) fail "ipc-devnet $*: output lacks '$text':
$out
$err" ;;
  esac
  case "$err" in
    *"terminate called"* | *Segmentation* | *"what():"*) fail "ipc-devnet $* crashed: $err" ;;
  esac
  if [ "$want" -ne 0 ]; then
    { [ "$(wc -l <"$work/err")" -eq 1 ] && [[ "$err" == "error: "* ]]; } ||
      fail "ipc-devnet $*: expected one 'error:' line on stderr, got:
$err"
  fi
}

# json <python expression over j>: evaluates it on the last run's stdout and prints the result.
json() {
  printf '%s' "$out" | python3 -c "import json,sys; j=json.load(sys.stdin); print($1)" ||
    fail "cannot evaluate '$1' on: $out"
}

# expect_json <python condition over j> <what>
expect_json() {
  [ "$(json "bool($1)")" = "True" ] || fail "$2: '$1' is false for: $out"
}

# eventually <seconds> <what> <command...>: retries the command until it succeeds.
eventually() {
  local secs="$1" what="$2"
  shift 2
  local end=$((SECONDS + secs))
  until "$@"; do
    [ "$SECONDS" -lt "$end" ] || fail "timed out after ${secs}s waiting for $what"
    sleep 0.25
  done
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=""
for _ in $(seq 1 50); do
  p=$((30000 + RANDOM % 30000))
  free=1
  for i in 0 1 2 3 4 5; do port_free $((p + i)) || free=0; done
  if [ "$free" -eq 1 ]; then port="$p"; break; fi
done
[ -n "$port" ] || fail "no free ports above 30000"
rpc="http://127.0.0.1:$port"

# ---------------------------------------------------------------- no devnet yet

run 1 "no devnet answers at $rpc" subnet list --rpc "$rpc"
run 2 "invalid RPC URL" subnet list --rpc "ftp://127.0.0.1:$port"
ok "no devnet on the port: exit 1 with a hint"

# ---------------------------------------------------------------- wallet (offline)

anvil1_key=59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d
anvil1=0x70997970C51812dc3A010C7d01b50e0d17dc79C8
anvil3=0x90F79bf6EB2c4f870365E785982E1f101E93b906
mnemonic="test test test test test test test test test test test junk"

run 0 "has no keys" wallet list
run 0 "" wallet list --json
expect_json "j == []" "empty keystore"
run 0 "" wallet new --json
new_addr="$(json "j['address']")"
expect_json "j['added']" "wallet new"
[ "$(stat -c %a "$IPC_DEVNET_KEYSTORE")" = "600" ] || fail "keystore mode is not 0600"
run 0 "$anvil1" wallet import --private-key "0x$anvil1_key"
run 0 "already in" wallet import --private-key "$anvil1_key"
run 0 "" wallet import --mnemonic "$mnemonic" --index 3 --json
expect_json "j['address'] == '$anvil3' and j['added']" "import from a mnemonic"
run 0 "default key: $anvil3" wallet set-default --address "$anvil3"
run 0 "" wallet list --json
expect_json "len(j) == 3" "three keys"
expect_json "[k['address'] for k in j if k['default']] == ['$anvil3']" "default key"
run 0 "" wallet export --address "$anvil1"
expect_json "j == {'address': '${anvil1,,}', 'private_key': '$anvil1_key'}" "export"
run 0 "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80" \
  wallet export --address 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 --hex
python3 - "$IPC_DEVNET_KEYSTORE" <<'EOF' || fail "keystore is not ipc-cli's format"
import json, sys
ks = json.load(open(sys.argv[1]))
assert isinstance(ks, list) and len(ks) == 4, ks
assert all(set(e) == {"address", "private_key"} for e in ks), ks
assert [e["address"] for e in ks].count("default-key") == 1, ks
assert all(len(e["private_key"]) == 64 for e in ks), ks
EOF
run 2 "error:" wallet import --private-key 0x1234
run 2 "wallet import needs" wallet import
run 2 "mnemonic" wallet import --mnemonic "test test nope"
run 2 "not in" wallet set-default --address 0x000000000000000000000000000000000000dEaD
run 2 "40 hex digits" wallet export --address 0x1234

# A corrupt keystore is reported and left exactly as it was.
printf '[{"address": "0x12", ' >"$work/corrupt.json"
cp "$work/corrupt.json" "$work/corrupt.orig"
IPC_DEVNET_KEYSTORE="$work/corrupt.json" run 1 "left untouched" wallet new
IPC_DEVNET_KEYSTORE="$work/corrupt.json" run 1 "not valid JSON" wallet list
cmp -s "$work/corrupt.json" "$work/corrupt.orig" || fail "the corrupt keystore was modified"
ok "wallet: new, import, set-default, export, list; corrupt keystore untouched"

# ---------------------------------------------------------------- the devnet

"$devnet" up --template two-level --speed 20 --rpc-port "$port" >"$work/devnet.log" 2>&1 &
pid=$!
started() {
  kill -0 "$pid" 2>/dev/null || fail "ipc-devnet up exited early"
  grep -q "Running at" "$work/devnet.log"
}
eventually 30 "the devnet to start" started
ok "devnet up on $rpc"

run 0 "" subnet list --json --rpc "$rpc"
expect_json "sorted(s['name'] for s in j) == ['alpha', 'beta', 'root']" "subnet list"
alpha="$(json "[s['id'] for s in j if s['name'] == 'alpha'][0]")"
alpha_chain="$(json "[s['chainId'] for s in j if s['name'] == 'alpha'][0]")"
run 0 "$alpha" subnet list --rpc "$rpc"
run 0 "" subnet list --parent root --json --rpc "$rpc"
expect_json "len(j) == 2" "children of the root"
run 0 "$alpha_chain" subnet chain-id --subnet "$alpha" --rpc "$rpc"
[ "$out" = "$alpha_chain" ] || fail "subnet chain-id printed '$out'"
run 0 "" subnet rpc --subnet alpha --json --rpc "$rpc"
expect_json "j['rpcUrl'] == 'http://127.0.0.1:$((port + 1))' and j['chainId'] == $alpha_chain" \
  "subnet rpc"
run 0 "chainID: $alpha_chain" subnet rpc --subnet alpha --rpc "$rpc"
run 0 "" subnet list-validators --subnet alpha --json --rpc "$rpc"
expect_json "len(j) == 4 and all(v['online'] for v in j)" "validators of alpha"
run 0 "COLLATERAL" subnet list-validators --subnet alpha --rpc "$rpc"
run 0 "" wallet balances --subnet alpha --json --rpc "$rpc"
expect_json "len(j['balances']) == 11" "keystore and anvil accounts"
expect_json "[b['account'] for b in j['balances'] if b['address'] == '$anvil3'] == \
['keystore (default), anvil 3']" "merged rows"
expect_json "[b['balanceFil'] for b in j['balances'] if b['address'] == '$anvil1'] == ['1000 FIL']" \
  "anvil 1 on alpha"
ok "subnet list, chain-id, rpc, list-validators; wallet balances"

# ---------------------------------------------------------------- cross-net transfers

run 0 "" cross-msg fund --subnet alpha --to "$new_addr" --amount 2.5 --from 0 --json --rpc "$rpc"
expect_json "j['status'] == 'success' and j['chain'] == '/r31337' and j['amountFil'] == '2.5 FIL'" \
  "fund"
funded() {
  "$devnet" wallet balances --subnet alpha --json --rpc "$rpc" | python3 -c "
import json, sys
j = json.load(sys.stdin)
sys.exit(0 if any(b['address'] == '$new_addr' and b['balanceFil'] == '2.5 FIL'
                  for b in j['balances']) else 1)"
}
eventually 60 "the funded 2.5 FIL in alpha" funded
run 0 "" cross-msg list-topdown-msgs --subnet alpha --json --rpc "$rpc"
expect_json "any(m['to']['address'] == '$new_addr' and m['valueFil'] == '2.5 FIL' for m in j)" \
  "top-down message"
run 0 "" cross-msg parent-finality --subnet alpha --json --rpc "$rpc"
expect_json "j['height'] > 0" "parent finality"
ok "cross-msg fund landed; list-topdown-msgs, parent-finality"

# The new key pays for its own release from alpha (it has 2.5 FIL there, nothing on the root).
run 0 "released 0.5 FIL" cross-msg release --subnet alpha --amount 0.5 --from "$new_addr" \
  --to "$anvil1" --rpc "$rpc"
run 1 "insufficient funds" cross-msg fund --subnet alpha --amount 1 --from "$new_addr" --rpc "$rpc"
ok "cross-msg release; a fund without funds fails with exit 1"

# ---------------------------------------------------------------- checkpoints

has_checkpoints() {
  "$devnet" checkpoint last-bottomup-checkpoint-height --subnet alpha --rpc "$rpc" |
    grep -qv '^0$'
}
eventually 60 "an accepted checkpoint of alpha" has_checkpoints
run 0 "" checkpoint list-bottomup --subnet alpha --limit 2 --json --rpc "$rpc"
expect_json "len(j) == 2 and j[0]['height'] == 10 and j[1]['height'] == 20" "list-bottomup"
run 0 "" checkpoint list-bottomup-bundle --subnet alpha --from-epoch 20 --limit 1 --json --rpc "$rpc"
expect_json "[c['height'] for c in j] == [20]" "list-bottomup-bundle alias"
run 0 "STAGE" checkpoint list-bottomup --subnet alpha --rpc "$rpc"
run 0 "" checkpoint last-bottomup-checkpoint-height --subnet alpha --json --rpc "$rpc"
expect_json "j['height'] >= 10 and j['height'] % 10 == 0" "last checkpoint height"
run 0 "" checkpoint quorum-reached-events --subnet alpha --json --rpc "$rpc"
expect_json "len(j) >= 1 and j[0]['height'] == 10 and j[0]['checkpointHash'].startswith('0x')" \
  "QuorumReached events"
run 0 "" checkpoint quorum-reached-events --subnet alpha --from-epoch 1 --to-epoch 15 --json \
  --rpc "$rpc"
expect_json "[e['height'] for e in j] == [10]" "QuorumReached in a block range"
ok "checkpoint list-bottomup, last-bottomup-checkpoint-height, quorum-reached-events"

# ---------------------------------------------------------------- validators

anvil5=0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc
run 0 "joined beta with 2 FIL" subnet join --subnet beta --collateral 2 --from 5 --rpc "$rpc"
joined() {
  "$devnet" subnet list-validators --subnet beta --json --rpc "$rpc" |
    python3 -c "import json,sys; sys.exit(0 if any(v['address'] == '$anvil5' \
for v in json.load(sys.stdin)) else 1)"
}
eventually 60 "anvil 5 in beta's validator set" joined
run 0 "" subnet stake --subnet beta --collateral 1 --from 5 --json --rpc "$rpc"
expect_json "j['status'] == 'success' and j['action'] == 'stake'" "stake"
run 0 "unstaked 0.5 FIL" subnet unstake --subnet beta --collateral 0.5 --from "$anvil5" --rpc "$rpc"
run 0 "left beta" subnet leave --subnet beta --from 5 --rpc "$rpc"
run 1 "validators" subnet kill --subnet alpha --from 0 --rpc "$rpc"
run 1 "not a validator" subnet leave --subnet alpha --from 7 --rpc "$rpc"

# Two joins from one account at once: one lands, the other reverts (or is refused) with exit 1.
"$devnet" subnet join --subnet alpha --collateral 1 --from 6 --rpc "$rpc" >"$work/j1" 2>"$work/j1e" &
j1=$!
"$devnet" subnet join --subnet alpha --collateral 1 --from 6 --rpc "$rpc" >"$work/j2" 2>"$work/j2e"
rc2=$?
wait $j1
rc1=$?
[ $((rc1 + rc2)) -eq 1 ] || fail "racing joins: exits $rc1 and $rc2, expected 0 and 1
$(cat "$work/j1e" "$work/j2e")"
for e in "$work/j1e" "$work/j2e"; do
  if [ -s "$e" ]; then
    { [ "$(wc -l <"$e")" -eq 1 ] && grep -q '^error: ' "$e"; } || fail "racing join: $(cat "$e")"
  fi
done
ok "subnet join, stake, unstake, leave; kill and a second join revert with exit 1"

# ---------------------------------------------------------------- a new subnet

run 0 "" subnet create --parent root --name gamma --min-validators 2 --min-validator-stake 5 \
  --bottomup-check-period 10 --json --rpc "$rpc"
gamma="$(json "j['id']")"
expect_json "j['name'] == 'gamma' and j['parent'] == '/r31337'" "subnet create"
gamma_up() {
  "$devnet" subnet rpc --subnet gamma --json --rpc "$rpc" |
    python3 -c "import json,sys; sys.exit(0 if json.load(sys.stdin)['rpcUrl'] else 1)"
}
eventually 60 "gamma's endpoint" gamma_up
run 0 "" subnet list-validators --subnet "$gamma" --json --rpc "$rpc"
expect_json "len(j) == 2" "gamma's validators"
run 2 "invalid name" subnet create --parent root --name Bad_Name --min-validators 1 \
  --min-validator-stake 1 --bottomup-check-period 10 --rpc "$rpc"
run 2 "error:" subnet create --parent root --min-validators 0 --min-validator-stake 1 \
  --bottomup-check-period 10 --rpc "$rpc"
ok "subnet create: gamma started with its own endpoint"

# ---------------------------------------------------------------- config

run 0 "wrote" config export-ipc-cli --output "$work/config.toml" --rpc "$rpc"
[ "$(grep -c '^\[\[subnets\]\]' "$work/config.toml")" -eq 4 ] || fail "config.toml: $(cat "$work/config.toml")"
ks_dir="$work"
# shellcheck disable=SC2088 # ipc-cli's config spells the home directory "~" literally
case "$work" in "$HOME"/*) ks_dir="~/${work#"$HOME"/}" ;; esac
grep -qF "keystore_path = \"$ks_dir\"" "$work/config.toml" || fail "config.toml keystore_path"
grep -q "^id = \"$alpha\"" "$work/config.toml" || fail "config.toml lacks alpha"
grep -q "^provider_http = \"http://127.0.0.1:$((port + 1))\"" "$work/config.toml" ||
  fail "config.toml lacks alpha's endpoint"
grep -q '^gateway_addr = "0x77aa40b105843728088c0132e43fc44348881da8"' "$work/config.toml" ||
  fail "config.toml gateway"
grep -q '^registry_addr = "0x74539671a1d2f1c8f200826baba665179f53a1b7"' "$work/config.toml" ||
  fail "config.toml registry"
run 2 "--force" config export-ipc-cli --output "$work/config.toml" --rpc "$rpc"
run 0 "network_type = \"fevm\"" config export-ipc-cli --rpc "$rpc"
ok "config export-ipc-cli"

# ---------------------------------------------------------------- bad input

run 2 "40 hex digits" cross-msg fund --subnet alpha --to 0x1234 --amount 1 --rpc "$rpc"
run 2 "EIP-55" cross-msg fund --subnet alpha --amount 1 --rpc "$rpc" \
  --to 0x2E714A3C385ea88a09998Ed74db265DAe9853668
run 2 "negative" cross-msg fund --subnet alpha --amount=-1 --rpc "$rpc"
run 2 "more than 0" cross-msg release --subnet alpha --amount 0 --rpc "$rpc"
run 2 "at most 18" subnet stake --subnet alpha --collateral 0.0000000000000000001 --rpc "$rpc"
run 2 "unknown subnet 'nope'" cross-msg fund --subnet nope --amount 1 --rpc "$rpc"
run 2 "unknown subnet" subnet chain-id --subnet /r31337/t410faaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaonc6iji \
  --rpc "$rpc"
run 2 "subnet id" subnet list-validators --subnet /r31337/t410fnotanaddress --rpc "$rpc"
run 2 "is the root" cross-msg fund --subnet root --amount 1 --rpc "$rpc"
run 2 "is the root" cross-msg parent-finality --subnet root --rpc "$rpc"
run 2 "anvil accounts are 0 to 9" subnet join --subnet alpha --collateral 1 --from 12 --rpc "$rpc"
run 2 "no key for it" subnet join --subnet alpha --collateral 1 --rpc "$rpc" \
  --from 0x000000000000000000000000000000000000dEaD
run 2 "--subnet is required" subnet list-validators --rpc "$rpc"
run 2 "error:" subnet no-such-command
ok "bad input: exit 2 with one error line"

# ---------------------------------------------------------------- stop

kill -INT "$pid"
wait "$pid"
rc=$?
pid=""
[ "$rc" -eq 0 ] || fail "ipc-devnet up exited $rc"
grep -q "All invariants hold" "$work/devnet.log" || fail "invariants did not hold"
run 1 "start one with \`ipc-devnet up\`" wallet balances --rpc "$rpc"
ok "devnet stopped cleanly; afterwards: exit 1, no devnet answers"
echo "all client command checks passed"
