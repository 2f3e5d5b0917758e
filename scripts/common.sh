# Shared by scripts/run-app.sh and scripts/run-tests.sh: installs what is missing, then configures
# and builds. Sourced, not run.
set -euo pipefail

IPC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian 12 packages the build and tests need. The GUI packages are skipped with BUILD_GUI=OFF.
IPC_CORE_PACKAGES=(cmake ninja-build g++ pkg-config ccache git
  libsecp256k1-dev libcpprest-dev libsqlite3-dev libssl-dev libcrypto++-dev libboost-dev
  libyaml-cpp-dev libcli11-dev libgtest-dev libgmock-dev libbenchmark-dev
  dpkg-dev desktop-file-utils appstream file man-db python3)
IPC_GUI_PACKAGES=(qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  linguist-qt6 qt6-svg-dev libgl-dev xvfb xauth)
# The fuzz leg of .ci/run: libFuzzer with ASan and UBSan.
IPC_FUZZ_PACKAGES=(clang libclang-rt-14-dev)

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
    export DEBIAN_FRONTEND=noninteractive
    ipc_log "Installing ${#missing[@]} Debian packages and what they need: ${missing[*]}"
    apt-get update -qq
    # What apt is about to download, so a first run says what it costs.
    local mb
    mb="$(apt-get install -y --no-install-recommends --print-uris "${missing[@]}" 2>/dev/null |
      awk 'index($0, "http") == 2 { n++; s += $3 } END { printf "%d packages, %.0f MB", n, s / 1e6 }')"
    ipc_log "Downloading ${mb} (only the first run does this)"
    local start=$SECONDS
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    ipc_log "Packages installed in $((SECONDS - start)) s"
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

# ipc_ensure_npm DIR: installs DIR's npm packages exactly as its lockfile pins them, again whenever
# the lockfile changes (node_modules keeps the hash of the lockfile it was installed from).
ipc_ensure_npm() {
  local dir="$1" want have=""
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  [ -f "$dir/node_modules/.ipc-lock-sha256" ] && have="$(cat "$dir/node_modules/.ipc-lock-sha256")"
  [ "$want" = "$have" ] && return 0
  ipc_log "Installing the npm packages of ${dir#"$IPC_ROOT"/} (pinned by its package-lock.json)"
  local start=$SECONDS
  (cd "$dir" && npm ci --loglevel=error --no-audit --no-fund)
  echo "$want" >"$dir/node_modules/.ipc-lock-sha256"
  ipc_log "npm packages installed in $((SECONDS - start)) s"
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
  local jobs
  jobs="$(nproc 2>/dev/null || echo 2)"
  if [ ! -f "$dir/.ninja_log" ]; then
    ipc_log "Building $dir for the first time: about 17 minutes on 2 cores (ccache makes rebuilds fast)"
  else
    ipc_log "Building $dir"
  fi
  local start=$SECONDS
  if [ ${#targets[@]} -gt 0 ]; then
    cmake --build "$dir" --parallel "$jobs" --target "${targets[@]}"
  else
    cmake --build "$dir" --parallel "$jobs"
  fi
  ipc_log "Built in $((SECONDS - start)) s"
}
