#!/usr/bin/env bash
# Builds the engine benchmarks in Release (build-bench/, no Qt) and runs them. The Google
# Benchmark lines go to stderr, the summary table (ratios against goals) to stdout:
#   bash scripts/bench.sh                                  # everything, about a minute
#   bash scripts/bench.sh > table.md                       # keep only the table
#   bash scripts/bench.sh --benchmark_filter=checkpoint    # one group
#   bash scripts/bench.sh --ui [--minutes N]               # UI stalls (needs Qt; see below)
#   bash scripts/bench.sh storage                          # the SQLite store (ipc_bench_storage)
#   IPC_BENCH_BLOCKS=20000 bash scripts/bench.sh storage   # a small workspace, seconds not minutes
#   bash scripts/bench.sh rpc                              # JSON-RPC over HTTP (ipc_bench_rpc)
#   bash scripts/bench.sh evm-peers                        # the EVM against a Hardhat node and
#                                                          # @ethereumjs/evm, with ratios (below)
# Other build directory: IPC_BENCH_BUILD_DIR=... ; extra CMake arguments: IPC_CMAKE_ARGS="...".
# Warnings do not stop a benchmark run (-DIPC_WERROR=OFF); check them with the test build:
#   IPC_CMAKE_ARGS="-DIPC_WERROR=ON" bash scripts/run-tests.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bench=ipc_bench_engine
case "${1:-}" in
  storage | rpc)
    bench="ipc_bench_$1"
    shift
    ;;
esac

# The UI stall benchmark (the real window offscreen, three-level at 100 ms blocks, x10) needs
# Qt, so it builds in its own directory (build-bench-gui/); a minute of wall time by default:
#   bash scripts/bench.sh --ui                  # ten virtual minutes
#   bash scripts/bench.sh --ui --minutes 2      # a shorter run
if [ "${1:-}" = "--ui" ]; then
  shift
  gui_build="${IPC_BENCH_GUI_BUILD_DIR:-$IPC_ROOT/build-bench-gui}"
  ipc_ensure_packages "${IPC_CORE_PACKAGES[@]}" "${IPC_GUI_PACKAGES[@]}"
  ipc_configure_and_build "$gui_build" -DCMAKE_BUILD_TYPE=Release -DBUILD_GUI=ON \
    -DBUILD_TESTING=OFF -DBUILD_BENCHMARKS=ON -DIPC_WERROR=OFF -- ipc_bench_ui_stall >&2
  ipc_log "Running $gui_build/bench/ipc_bench_ui_stall on $(nproc) cores (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  QT_QPA_PLATFORM=offscreen exec "$gui_build/bench/ipc_bench_ui_stall" "$@"
fi

build="${IPC_BENCH_BUILD_DIR:-$IPC_ROOT/build-bench}"

# The EVM's side-by-side benchmarks (bench/peers/evm-peers.sh): the interpreter, in-process
# contract transfers and 1,000,000 calls with RSS, then the devnet and a Hardhat node over
# JSON-RPC with the same load, and the ratios against issue 20's goals on stdout. Options:
# --calls N --txs N --window W --gas G1,G2 --transfers N --contract-calls N. An existing build of
# ipc-devnet and the benchmarks can be used as it is: IPC_BENCH_NO_BUILD=1 IPC_BENCH_BUILD_DIR=...
if [ "${1:-}" = "evm-peers" ]; then
  shift
  if [ "${IPC_BENCH_NO_BUILD:-0}" != 1 ]; then
    ipc_ensure_packages "${IPC_CORE_PACKAGES[@]}"
    ipc_configure_and_build "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_GUI=OFF \
      -DBUILD_TESTING=OFF -DBUILD_BENCHMARKS=ON -DIPC_WERROR=OFF -- \
      ipc-devnet ipc_bench_evm ipc_bench_evm_chain >&2
  fi
  exec bash "$IPC_ROOT/bench/peers/evm-peers.sh" "$build" "$@"
fi
ipc_ensure_packages "${IPC_CORE_PACKAGES[@]}"
ipc_configure_and_build "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_GUI=OFF -DBUILD_TESTING=OFF \
  -DBUILD_BENCHMARKS=ON -DIPC_WERROR=OFF -- "$bench" >&2

ipc_log "Running $build/bench/$bench on $(nproc) cores (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
exec "$build/bench/$bench" "$@"
