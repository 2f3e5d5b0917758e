// libFuzzer target for the EVM: random bytecode, calldata and gas run as a message call (and as a
// transaction) against an in-memory state. Nothing may escape as an exception; gas used never
// exceeds the gas given; an exceptional halt uses all of it; a failed call leaves the state
// exactly as it was.
//
// Input layout: [flags][gas: 3 bytes][code length: 2 bytes][code][calldata]. The called contract
// and a second one at 0xb0b0 (which the code can call) both hold the code, so calls recurse.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>

#include "ipc/core/evm/executor.h"

namespace {

using namespace ipc;
using namespace ipc::evm;

EthAddress addressOf(std::uint64_t n) {
    FixedBytes<20> b;
    for (int i = 0; i < 8; ++i)
        b.bytes[19 - i] = static_cast<std::uint8_t>(n >> (8 * i));
    return EthAddress(b);
}

bool sameAccounts(const std::map<EthAddress, MemoryBackend::Account>& a,
                  const std::map<EthAddress, MemoryBackend::Account>& b) {
    if (a.size() != b.size())
        return false;
    for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j) {
        if (i->first != j->first || i->second.balance != j->second.balance ||
            i->second.nonce != j->second.nonce || i->second.code->bytes != j->second.code->bytes ||
            i->second.storage != j->second.storage)
            return false;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 6)
        return 0;
    const std::uint8_t flags = data[0];
    // Up to ~4 M gas: enough for deep calls and megabytes of memory, bounded time per input
    // (loops burn all of it under the sanitizers).
    const std::int64_t gas =
        (std::int64_t(data[1] & 0x3f) << 16) | (std::int64_t(data[2]) << 8) | data[3];
    std::size_t codeLen = (std::size_t(data[4]) << 8) | data[5];
    const std::uint8_t* rest = data + 6;
    const std::size_t restSize = size - 6;
    if (codeLen > restSize)
        codeLen = restSize;
    const Bytes code(rest, rest + codeLen);
    const Bytes calldata(rest + codeLen, rest + restSize);

    const EthAddress caller = addressOf(0xca11e5);
    const EthAddress contract = addressOf(0xc0ffee);
    const EthAddress other = addressOf(0xb0b0);
    MemoryBackend backend;
    backend.put(caller).balance = Word(1'000'000'000'000ULL);
    backend.put(contract).code = Code::make(code);
    backend.put(contract).balance = Word(1000);
    backend.put(other).code = Code::make(code);
    backend.setStorage(contract, Word(0), Word(flags));
    backend.setStorage(contract, Word(1), Word(1));
    const auto before = backend.accounts();

    BlockContext block;
    block.coinbase = addressOf(0xc0de);
    JournaledState state(backend);
    Executor executor(state, block, TxContext{caller, Word(10)});

    if ((flags & 1) == 0) {
        state.warmAddress(caller);
        state.warmAddress(contract);
        Message m;
        m.gas = gas;
        m.sender = caller;
        m.recipient = contract;
        m.codeAddress = contract;
        m.value = Word(flags & 6);
        m.isStatic = (flags & 8) != 0;
        m.input = calldata;
        const CallResult r = executor.call(m);
        if (r.gasLeft < 0 || r.gasLeft > gas)
            std::abort();
        if (r.status != Status::Success && r.status != Status::Revert && r.gasLeft != 0)
            std::abort();
        const bool success = r.success();
        backend.apply(state.finishTransaction());
        if (!success && !sameAccounts(before, backend.accounts()))
            std::abort();  // a failed call must leave nothing behind
    } else {
        Transaction tx;
        tx.sender = caller;
        if ((flags & 2) == 0)
            tx.to = contract;
        tx.data = (flags & 2) == 0 ? calldata : code;
        tx.gasLimit = gas + 60000;
        tx.gasPrice = Word(10);
        tx.value = Word(flags >> 4);
        const TxResult r = executor.transact(tx);
        if (r.valid && (r.gasUsed < 0 || r.gasUsed > tx.gasLimit || r.refund > r.gasUsed / 4))
            std::abort();
    }
    return 0;
}
