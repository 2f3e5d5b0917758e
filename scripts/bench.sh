#!/usr/bin/env bash
# Builds the engine benchmarks in Release (build-bench/, no Qt) and runs them. The Google
# Benchmark lines go to stderr, the summary table (ratios against goals) to stdout:
#   bash scripts/bench.sh                                  # everything, about a minute
#   bash scripts/bench.sh > table.md                       # keep only the table
#   bash scripts/bench.sh --benchmark_filter=checkpoint    # one group
# Other build directory: IPC_BENCH_BUILD_DIR=... ; extra CMake arguments: IPC_CMAKE_ARGS="...".
# Warnings do not stop a benchmark run (-DIPC_WERROR=OFF); check them with the test build:
#   IPC_CMAKE_ARGS="-DIPC_WERROR=ON" bash scripts/run-tests.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build="${IPC_BENCH_BUILD_DIR:-$IPC_ROOT/build-bench}"
ipc_ensure_packages "${IPC_CORE_PACKAGES[@]}"
ipc_configure_and_build "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_GUI=OFF -DBUILD_TESTING=OFF \
  -DBUILD_BENCHMARKS=ON -DIPC_WERROR=OFF -- ipc_bench_engine >&2

ipc_log "Running $build/bench/ipc_bench_engine on $(nproc) cores (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
exec "$build/bench/ipc_bench_engine" "$@"
