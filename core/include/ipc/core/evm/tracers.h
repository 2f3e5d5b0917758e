// The tracers debug_traceTransaction and debug_traceCall offer, as plain data (the RPC layer
// turns them into JSON): geth's default opcode logger (structLogs) and its call tracer (the tree
// of calls and creates with their gas, input, output, errors and logs).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ipc/core/evm/tracer.h"

namespace ipc::evm {

struct StructLogOptions {
    bool disableStorage = false;
    bool disableStack = false;
    bool enableMemory = false;
    bool enableReturnData = false;
    // The most steps kept; later steps are counted but not kept (0: no limit).
    std::size_t limit = 0;
    // The most bytes the kept steps may take (0: no bound); once a step would pass it, that step
    // and all later ones are counted but not kept, and overBudget() says so.
    std::size_t maxBytes = 0;
};

struct StructLog {
    std::uint64_t pc = 0;
    std::uint8_t op = 0;
    std::int64_t gas = 0;
    std::int64_t gasCost = 0;
    int depth = 1;  // 1 for the transaction's own message, as geth counts
    std::int64_t refund = 0;
    std::vector<Word> stack;  // bottom first; empty when disabled
    Bytes memory;             // only with enableMemory
    Bytes returnData;         // only with enableReturnData: the last call's output in this frame
    // SLOAD/SSTORE only: the slots of this contract read or written so far, as geth shows them.
    std::optional<std::map<Word, Word>> storage;
    std::optional<std::string> error;  // the exceptional halt this instruction caused
};

class StructLogger : public Tracer {
public:
    explicit StructLogger(StructLogOptions options = {}) : options_(options) {}

    void onEnter(const Message& message) override;
    void onExit(const CallResult& result) override;
    void onStep(const TraceStep& step) override;
    void onStepEnd(std::int64_t gasCost, Status status) override;

    const std::vector<StructLog>& logs() const { return logs_; }
    // Steps run, kept or not.
    std::size_t steps() const { return steps_; }
    // What the kept steps take in memory (their fields, stacks, memory, return data, storage).
    std::size_t bytes() const { return bytes_; }
    // True when options.maxBytes stopped the logger from keeping steps.
    bool overBudget() const { return overBudget_; }

private:
    StructLogOptions options_;
    std::vector<StructLog> logs_;
    std::size_t steps_ = 0;
    std::size_t bytes_ = 0;
    bool overBudget_ = false;
    bool keptLast_ = false;
    std::map<EthAddress, std::map<Word, Word>> storage_;
    std::vector<Bytes> returnData_;  // per open frame: its last child's output
};

struct CallLog {
    Log log;
    std::size_t position = 0;  // how many of the frame's calls came before it
};

struct CallFrame {
    CallKind kind = CallKind::Call;
    EthAddress from;
    EthAddress to;  // for creates the new contract's address
    Word value;
    std::int64_t gas = 0;
    std::int64_t gasUsed = 0;
    Bytes input;
    Bytes output;  // return data, revert data, or a successful create's deployed code
    Status status = Status::Success;
    std::vector<CallLog> logs;  // kept only while the frame and its callers succeed
    std::vector<CallFrame> calls;
};

class CallTracer : public Tracer {
public:
    explicit CallTracer(bool onlyTopCall = false) : onlyTopCall_(onlyTopCall) {}

    void onEnter(const Message& message) override;
    void onExit(const CallResult& result) override;
    void onLog(const Log& log) override;

    // The transaction's own message, once it has ended.
    const std::optional<CallFrame>& root() const { return root_; }

private:
    bool onlyTopCall_;
    std::vector<CallFrame> open_;
    std::optional<CallFrame> root_;
};

}  // namespace ipc::evm
