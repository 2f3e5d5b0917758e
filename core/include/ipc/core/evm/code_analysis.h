// Bytecode prepared for the interpreter: a copy padded with zero bytes (so PUSHn at the end of the
// code reads zeros and running off the end meets STOP without a bounds check per opcode) and the
// valid JUMPDEST positions. Deployed code is analysed once per code hash and cached.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "ipc/core/evm/state.h"

namespace ipc::evm {

struct AnalyzedCode {
    std::vector<std::uint8_t> padded;    // code, then 33 zero bytes
    std::vector<std::uint8_t> jumpdest;  // 1 where a JUMPDEST opcode (not push data) is
    std::size_t size = 0;                // the real code size

    static std::shared_ptr<const AnalyzedCode> analyze(ByteView code);
    bool isJumpdest(std::uint64_t pc) const { return pc < size && jumpdest[pc] != 0; }
};
using AnalyzedCodePtr = std::shared_ptr<const AnalyzedCode>;

// Analyses by code hash. Bounded: when full it starts again (analysis is cheap, memory is not).
class CodeCache {
public:
    explicit CodeCache(std::size_t capacity = 4096) : capacity_(capacity) {}
    AnalyzedCodePtr get(const Code& code);

private:
    std::size_t capacity_;
    std::unordered_map<Hash32, AnalyzedCodePtr> entries_;
};

}  // namespace ipc::evm
