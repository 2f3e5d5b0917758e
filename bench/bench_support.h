// What the benchmark programs share: wall-clock timing, resident memory, the last figure of each
// benchmark for the summary table, and running Google Benchmark with its progress on stderr so
// stdout carries only the summary.
#pragma once

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <chrono>
#include <cstddef>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <string>

namespace ipc::bench {

using Clock = std::chrono::steady_clock;

inline double secondsSince(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// The process's resident set size in bytes (Linux /proc/self/statm).
inline std::size_t residentBytes() {
    std::ifstream statm("/proc/self/statm");
    std::size_t pages = 0;
    std::size_t resident = 0;
    statm >> pages >> resident;
    return resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

// The last measurement of each benchmark, read by the summary table. Written from the benchmark
// bodies (Google Benchmark runs them on the main thread, one after the other).
inline std::map<std::string, double>& results() {
    static std::map<std::string, double> r;
    return r;
}

// Runs the registered benchmarks, progress on stderr (coloured on a terminal), then `summary()`
// on stdout. Returns the process's exit code (1 for arguments Google Benchmark does not know).
inline int runBenchmarks(int argc, char** argv, const std::function<void()>& summary) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::ConsoleReporter progress(isatty(STDERR_FILENO) != 0
                                            ? benchmark::ConsoleReporter::OO_ColorTabular
                                            : benchmark::ConsoleReporter::OO_Tabular);
    progress.SetOutputStream(&std::cerr);
    progress.SetErrorStream(&std::cerr);
    benchmark::RunSpecifiedBenchmarks(&progress);
    benchmark::Shutdown();
    summary();
    return 0;
}

}  // namespace ipc::bench
