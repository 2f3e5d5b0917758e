# Shared by scripts/run-app.sh and scripts/run-tests.sh: installs what is missing, then configures
# and builds. Sourced, not run.
set -euo pipefail

IPC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian 12 packages the build and tests need. The GUI packages are skipped with BUILD_GUI=OFF.
IPC_CORE_PACKAGES=(cmake ninja-build g++ pkg-config ccache git
  libsecp256k1-dev libcpprest-dev libsqlite3-dev libssl-dev libcrypto++-dev libboost-dev
  libyaml-cpp-dev libcli11-dev libgtest-dev libbenchmark-dev
  dpkg-dev desktop-file-utils appstream file man-db)
IPC_GUI_PACKAGES=(qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  linguist-qt6 qt6-svg-dev libgl-dev xvfb xauth)

ipc_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# ipc_ensure_packages PKG...: installs the missing ones with apt-get when root, otherwise prints
# the exact command to run and fails.
ipc_ensure_packages() {
  local missing=()
  local p
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    ipc_log "Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Some packages are missing. Run this once, then run this command again:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
}

# Node.js and npm for the end-to-end test with a real client (ethers from npm); any node >= 18
# on the PATH will do, otherwise Debian's.
ipc_ensure_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    ipc_ensure_packages nodejs npm
  fi
}

# ipc_configure_and_build BUILD_DIR [cmake args...] [-- targets...]
ipc_configure_and_build() {
  local dir="$1"
  shift
  local args=() targets=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do args+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  targets=("$@")
  # shellcheck disable=SC2206
  local extra=(${IPC_CMAKE_ARGS:-})
  if [ ! -f "$dir/build.ninja" ] || [ ${#extra[@]} -gt 0 ] || [ ${#args[@]} -gt 0 ]; then
    ipc_log "Configuring $dir"
    cmake -S "$IPC_ROOT" -B "$dir" -G Ninja "${args[@]}" "${extra[@]}" >/dev/null
  fi
  ipc_log "Building $dir"
  local jobs
  jobs="$(nproc 2>/dev/null || echo 2)"
  if [ ${#targets[@]} -gt 0 ]; then
    cmake --build "$dir" --parallel "$jobs" --target "${targets[@]}"
  else
    cmake --build "$dir" --parallel "$jobs"
  fi
}
