// Shared by the EVM tests: an in-memory world with one contract under test, and a runner that
// makes one message call the way the differential format defines it (caller, contract, coinbase
// and precompiles warm; no intrinsic gas; refund counter reported, not applied).
#pragma once

#include <string>

#include "ipc/core/evm/executor.h"
#include "ipc/core/evm/precompiles.h"
#include "ipc/core/evm/tracer.h"

namespace ipc::evm::testing {

inline EthAddress address(std::uint64_t n) {
    FixedBytes<20> b;
    for (int i = 0; i < 8; ++i)
        b.bytes[19 - i] = static_cast<std::uint8_t>(n >> (8 * i));
    return EthAddress(b);
}

inline Bytes code(std::string_view hex) {
    return fromHex(hex);
}

// PUSH20 <address> as hex text, for assembling call sequences.
inline std::string push(const EthAddress& a) {
    return "73" + a.bytes().hex(false);
}

struct Run {
    CallResult result;
    std::int64_t gasUsed = 0;
    std::int64_t refund = 0;
    std::vector<Log> logs;
};

class World {
public:
    EthAddress caller = address(0xca11e5);
    EthAddress contract = address(0xc0ffee);
    BlockContext block;
    MemoryBackend backend;

    World() {
        block.coinbase = address(0xc0de);
        backend.put(caller).balance = Word::fromU256(U256::parse("1000000000000000000000000"));
    }

    void deploy(const EthAddress& at, Bytes bytecode) {
        backend.put(at).code = Code::make(std::move(bytecode));
    }

    // Calls `contract` (which holds `bytecode`) with `input` and `gas`; commits the changes to
    // the backend afterwards.
    Run call(Bytes bytecode, std::int64_t gas, Bytes input = {}, Word value = Word(),
             const std::vector<Word>& warmSlots = {}) {
        deploy(contract, std::move(bytecode));
        return callExisting(gas, std::move(input), value, warmSlots);
    }

    Run callExisting(std::int64_t gas, Bytes input = {}, Word value = Word(),
                     const std::vector<Word>& warmSlots = {}) {
        JournaledState state(backend);
        Executor executor(state, block, TxContext{caller, Word(10)});
        for (const auto& [at, native] : natives)
            executor.addNativeContract(at, native);
        executor.setTracer(tracer);
        state.warmAddress(caller);
        state.warmAddress(contract);
        state.warmAddress(block.coinbase);
        for (int i = 1; i <= kLastPrecompile; ++i)
            state.warmAddress(address(i));
        for (const Word& slot : warmSlots)
            state.warmSlot(contract, slot);
        Message m;
        m.kind = CallKind::Call;
        m.gas = gas;
        m.sender = caller;
        m.recipient = contract;
        m.codeAddress = contract;
        m.value = value;
        m.input = std::move(input);
        Run run;
        run.result = executor.call(m);
        run.gasUsed = gas - run.result.gasLeft;
        run.refund = run.result.success() ? state.refund() : 0;
        run.logs = state.logs();
        backend.apply(state.finishTransaction());
        return run;
    }

    Word storage(const EthAddress& at, std::uint64_t slot) const {
        return backend.storage(at, Word(slot));
    }

    std::vector<std::pair<EthAddress, NativeContract*>> natives;
    Tracer* tracer = nullptr;  // reported to, when set
};

}  // namespace ipc::evm::testing
