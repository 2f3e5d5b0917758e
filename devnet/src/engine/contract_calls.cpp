// Contract code run without changing anything: mined transactions again, with a tracer.
#include "ipc/devnet/contract_calls.h"

#include <string>

#include "ipc/core/encoding/abi.h"
#include "ipc/core/primitives/error.h"

namespace ipc::devnet {

std::uint64_t nextTimestampMs(const SubnetNode& n) {
    return n.chain->head().header.timestampMs + n.blockTimeMs;
}

evm::CallFrame receiptFrame(const chain::IncludedTx& tx, const chain::Receipt& r) {
    evm::CallFrame f;
    f.kind = evm::CallKind::Call;
    f.from = tx.sender;
    f.to = tx.signedTx.tx.to.value_or(EthAddress{});
    f.value = evm::Word::fromU256(tx.signedTx.tx.value);
    f.gas = static_cast<std::int64_t>(tx.signedTx.tx.gasLimit);
    f.gasUsed = static_cast<std::int64_t>(r.gasUsed);
    f.input = tx.signedTx.tx.data;
    if (r.success) {
        f.output = r.returnData;
    } else {
        f.status = evm::Status::Revert;
        f.output = r.revertReason.empty()
                       ? Bytes{}
                       : abi::encodeCall("Error(string)", {abi::Value::string(r.revertReason)});
    }
    for (const chain::Log& l : r.logs)
        f.logs.push_back(evm::CallLog{evm::Log{l.address, l.topics, l.data}, 0});
    return f;
}

MinedRun rerunMined(const SubnetNode& n, const Hash32& hash, evm::Tracer* tracer) {
    const chain::SubnetChain& c = *n.chain;
    const auto loc = c.findTx(hash);
    const chain::BlockPtr b = loc ? c.block(loc->block) : nullptr;
    if (b == nullptr)
        throw Error("transaction " + hash.hex() + " not found");
    const chain::IncludedTx& tx = *b->transactions[loc->index];
    const chain::Receipt& receipt = b->receipts[loc->index];
    MinedRun run;
    run.gasLimit = tx.signedTx.tx.gasLimit;
    run.gasUsed = receipt.gasUsed;
    run.witness = c.witness(hash);
    if (run.witness == nullptr) {
        if (c.runsEvm(tx.signedTx.tx.to)) {
            throw Error("transaction " + hash.hex() +
                        " cannot be traced: the chain keeps what its newest " +
                        std::to_string(chain::SubnetChain::kRetraceableTxs) +
                        " EVM transactions read, in memory; this one is older or was mined "
                        "before the devnet was restarted");
        }
        run.nativeFrame = receiptFrame(tx, receipt);
        run.result.valid = true;
        run.result.status = receipt.success ? evm::Status::Success : evm::Status::Revert;
        run.result.gasUsed = static_cast<std::int64_t>(receipt.gasUsed);
        run.result.output = run.nativeFrame->output;
        return run;
    }
    auto res = c.retrace(hash, tracer);
    if (!res)
        throw Error("transaction " + hash.hex() + " is no longer retraceable");
    run.result = std::move(*res);
    return run;
}

const char* callTypeName(evm::CallKind kind) {
    switch (kind) {
        case evm::CallKind::Call:
            return "CALL";
        case evm::CallKind::CallCode:
            return "CALLCODE";
        case evm::CallKind::DelegateCall:
            return "DELEGATECALL";
        case evm::CallKind::StaticCall:
            return "STATICCALL";
        case evm::CallKind::Create:
            return "CREATE";
        case evm::CallKind::Create2:
            return "CREATE2";
    }
    return "CALL";
}

}  // namespace ipc::devnet
