// Bytecode prepared for the interpreter: zero-padded copy and the JUMPDEST map.
#include "ipc/core/evm/code_analysis.h"

namespace ipc::evm {

std::shared_ptr<const AnalyzedCode> AnalyzedCode::analyze(ByteView code) {
    auto out = std::make_shared<AnalyzedCode>();
    out->size = code.size();
    out->padded.assign(code.begin(), code.end());
    out->padded.resize(code.size() + 33, 0);
    out->jumpdest.assign(code.size(), 0);
    for (std::size_t pc = 0; pc < code.size(); ++pc) {
        const std::uint8_t op = code[pc];
        if (op == 0x5b) {
            out->jumpdest[pc] = 1;
        } else if (op >= 0x60 && op <= 0x7f) {
            pc += op - 0x5f;  // skip the push data
        }
    }
    return out;
}

AnalyzedCodePtr CodeCache::get(const Code& code) {
    const auto it = entries_.find(code.hash);
    if (it != entries_.end())
        return it->second;
    if (entries_.size() >= capacity_)
        entries_.clear();
    auto analyzed = AnalyzedCode::analyze(code.bytes);
    entries_.emplace(code.hash, analyzed);
    return analyzed;
}

}  // namespace ipc::evm
