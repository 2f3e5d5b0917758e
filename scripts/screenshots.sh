#!/usr/bin/env bash
# Regenerates the README's pictures in resources/screenshots/ by running scripted scenes
# offscreen: the welcome page and the running three-level graph (ipc-studio --screenshot), the
# subnet pages with the checkpoint inspector, the contract panel and a call trace, the charts, the
# wallet, every page of the transfer wizard and a cross-net call's outcome (the widget tests, which save what they show when
# IPC_SCREENSHOT_DIR is set).
#   bash scripts/screenshots.sh            # into resources/screenshots/
#   IPC_THEME=dark bash scripts/screenshots.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build="${IPC_BUILD_DIR:-$IPC_ROOT/build}"
out="$IPC_ROOT/resources/screenshots"
ipc_ensure_packages "${IPC_CORE_PACKAGES[@]}" "${IPC_GUI_PACKAGES[@]}"
ipc_configure_and_build "$build" -DBUILD_GUI=ON -- ipc-studio ipc_test_ui_subnet_pages \
  ipc_test_ui_charts_panel ipc_test_ui_transfer_wizard ipc_test_ui_main_window_wallet \
  ipc_test_ui_wallet_panel ipc_test_ui_contract_panel ipc_test_ui_call_progress

# A clean profile: no remembered workspace, layout or language. The app serves JSON-RPC (its
# URLs show in the pictures); the tests serve none.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
export XDG_CONFIG_HOME="$profile/config" XDG_DATA_HOME="$profile/data" TMPDIR="$profile"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
mkdir -p "$out" "$profile/scenes"

ipc_log "Welcome page and the running three-level graph"
"$build/app/ipc-studio" --screenshot "$out/welcome.png" --run-ms 500 --size 1320x820
"$build/app/ipc-studio" --template three-level --screenshot "$out/three-level.png" \
  --speed 10 --run-ms 4000 --size 1320x820

ipc_log "Subnet pages, checkpoint inspector, contract panel, charts, wallet and transfer wizard"
export IPC_STUDIO_RPC_PORT=off
IPC_SCREENSHOT_DIR="$profile/scenes" "$build/tests/ui/ipc_test_ui_subnet_pages" >/dev/null
IPC_SCREENSHOT_DIR="$profile/scenes" "$build/tests/ui/ipc_test_ui_charts_panel" >/dev/null
IPC_SCREENSHOT_DIR="$profile/scenes" "$build/tests/ui/ipc_test_ui_contract_panel" >/dev/null
cp "$profile/scenes/pages-${IPC_THEME:-light}-checkpoints.png" "$out/checkpoint-inspector.png"
cp "$profile/scenes/contracts-${IPC_THEME:-light}-panel.png" "$out/contract-panel.png"
cp "$profile/scenes/contracts-${IPC_THEME:-light}-trace.png" "$out/call-trace.png"
for f in "$profile/scenes"/charts-*.png; do
  [ -e "$f" ] && cp "$f" "$out/"
done
for t in transfer_wizard main_window_wallet wallet_panel call_progress; do
  IPC_SCREENSHOT_DIR="$out" "$build/tests/ui/ipc_test_ui_$t" >/dev/null
done
ipc_log "Pictures written to $out"
ls -1 "$out"
