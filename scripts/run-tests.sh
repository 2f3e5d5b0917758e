#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test with ctest.
#   bash scripts/run-tests.sh            # GUI and engine
#   BUILD_GUI=OFF bash scripts/run-tests.sh   # engine only, no Qt needed
# Extra CMake arguments: IPC_CMAKE_ARGS="-DIPC_WERROR=ON".
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

gui="${BUILD_GUI:-ON}"
build="${IPC_BUILD_DIR:-$IPC_ROOT/build}"
ipc_ensure_packages "${IPC_CORE_PACKAGES[@]}"
ipc_ensure_node
if [ "$gui" = "ON" ]; then
  ipc_ensure_packages "${IPC_GUI_PACKAGES[@]}"
fi
ipc_configure_and_build "$build" -DBUILD_GUI="$gui"

ipc_ensure_npm "$IPC_ROOT/tests/js"
ipc_ensure_npm "$IPC_ROOT/tests/hardhat"

ipc_log "Running tests"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)" "$@"
