// What the EVM reports to a tracer while it runs: each message (call, create, precompile, native
// contract) as it starts and ends, each instruction before and after it runs, and each log. The
// executor runs a separate, instrumented copy of the interpreter loop only while a tracer is set,
// so untraced execution pays nothing for this.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ipc/core/evm/executor.h"

namespace ipc::evm {

// One instruction about to run. Pointers stay valid only during the callback.
struct TraceStep {
    std::uint64_t pc = 0;
    std::uint8_t op = 0;
    std::int64_t gas = 0;         // left before the instruction
    int depth = 0;                // 0 for the transaction's own message
    const Word* stack = nullptr;  // bottom first
    std::size_t stackHeight = 0;
    ByteView memory;
    const EthAddress* address = nullptr;  // whose storage the code runs with
    std::int64_t refund = 0;              // the transaction's refund counter so far
    JournaledState* state = nullptr;      // for reading storage; tracers must not write
};

class Tracer {
public:
    virtual ~Tracer() = default;
    // A message starts. For creates `message.recipient` is the new contract's address (zero when
    // the create failed before its address was known).
    virtual void onEnter(const Message& message) { (void)message; }
    // The innermost started message ended.
    virtual void onExit(const CallResult& result) { (void)result; }
    // Before each instruction, and after it: its whole cost (for calls and creates including the
    // gas handed to the callee) and Success, or the exceptional status it halted the frame with.
    virtual void onStep(const TraceStep& step) { (void)step; }
    virtual void onStepEnd(std::int64_t gasCost, Status status) {
        (void)gasCost;
        (void)status;
    }
    // LOG0..LOG4 ran in the innermost message (it may still be reverted later).
    virtual void onLog(const Log& log) { (void)log; }
};

// The mnemonic of an opcode ("PUSH1", "KECCAK256"); undefined opcodes read "opcode 0x0c".
std::string opcodeName(std::uint8_t op);

}  // namespace ipc::evm
