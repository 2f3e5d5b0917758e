#!/usr/bin/env bash
# Installs what is missing, builds IPC Studio and starts it. Arguments go to ipc-studio, e.g.
#   bash scripts/run-app.sh --template three-level
# Without a display it starts the headless devnet instead (same as `ipc-devnet up`).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build="${IPC_BUILD_DIR:-$IPC_ROOT/build}"
ipc_ensure_packages "${IPC_CORE_PACKAGES[@]}" "${IPC_GUI_PACKAGES[@]}"
ipc_configure_and_build "$build" -- ipc-studio ipc-devnet

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  ipc_log "No display found: starting the headless devnet (ipc-devnet up)"
  exec "$build/app/ipc-devnet" up "$@"
fi
exec "$build/app/ipc-studio" "$@"
