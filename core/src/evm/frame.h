// Internal to the EVM executor: a call frame and the interpreter that runs it.
#pragma once

#include <cstdint>

#include "ipc/core/evm/executor.h"

namespace ipc::evm {

struct Executor::Frame {
    Message msg;
    AnalyzedCodePtr code;
    JournaledState::Account* self = nullptr;  // msg.recipient's account
    std::size_t pc = 0;
    std::int64_t gas = 0;
    Word* stackBase = nullptr;  // kStackLimit words, owned by the executor
    Word* top = nullptr;        // next free stack slot
    Bytes memory;               // always a whole number of 32-byte words
    Bytes returnData;           // the last child's output (RETURNDATA*)
    std::size_t snapshot = 0;

    // While suspended on a child: where its output goes in memory (calls only).
    std::uint64_t childOutOffset = 0;
    std::uint64_t childOutSize = 0;
    Message child;

    // Set when the frame halts.
    Status status = Status::Success;
    Bytes output;
};

inline constexpr int kStackLimit = 1024;

enum class RunOutcome { Halted, ChildCall };

struct Interpreter {
    // Runs `frame` until it halts (status/output set) or asks for a child call/create
    // (frame.child set, arguments already popped and paid for).
    static RunOutcome run(Executor& executor, Executor::Frame& frame);

private:
    // kTraced: the instrumented copy, run only while the executor has a tracer.
    template <bool kTraced>
    static RunOutcome loop(Executor& executor, Executor::Frame& frame);
};

}  // namespace ipc::evm
