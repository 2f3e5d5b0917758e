#include "ipc/core/chain/evm_bridge.h"

#include <algorithm>

#include "ipc/core/encoding/abi.h"

namespace ipc::chain {

std::optional<evm::AccountInfo> ChainStateBackend::account(const EthAddress& address) const {
    const auto& accounts = state_.accounts();
    const auto it = accounts.find(address);
    if (it == accounts.end())
        return std::nullopt;
    const Account& a = it->second;
    return evm::AccountInfo{evm::Word::fromU256(a.balance), a.nonce,
                            a.hasCode() ? a.code : evm::Code::empty()};
}

evm::Word ChainStateBackend::storage(const EthAddress& address, const evm::Word& slot) const {
    return state_.storageAt(address, slot);
}

bool ChainStateBackend::hasStorage(const EthAddress& address) const {
    return state_.hasStorage(address);
}

namespace {

Bytes errorString(const std::string& reason) {
    return abi::encodeCall("Error(string)", {abi::Value::string(reason)});
}

}  // namespace

evm::NativeResult SystemContractNative::call(const evm::NativeCall& call) {
    evm::NativeResult r;
    r.gasUsed = std::min(kViewGas, call.gas);
    if (call.gas < kViewGas) {
        r.output =
            errorString("out of gas: a built-in contract call needs " + std::to_string(kViewGas));
        return r;
    }
    if (!call.value.isZero()) {
        r.output = errorString(
            "built-in contracts accept value only from transactions, not "
            "from contract calls");
        return r;
    }
    if (contracts_.callGas(address_, call.input) != 0) {
        r.output = errorString(
            "state-changing calls into built-in contracts are made with a "
            "transaction, not from contract code");
        return r;
    }
    try {
        r.output = contracts_.view(address_, call.input);
        r.success = true;
    } catch (const Error& e) {
        r.output = errorString(e.what());
    }
    return r;
}

std::vector<std::unique_ptr<SystemContractNative>> registerSystemContracts(
    evm::Executor& executor, const SystemContracts* contracts) {
    std::vector<std::unique_ptr<SystemContractNative>> out;
    if (contracts == nullptr)
        return out;
    for (const EthAddress& a : contracts->addresses()) {
        out.push_back(std::make_unique<SystemContractNative>(*contracts, a));
        executor.addNativeContract(a, out.back().get());
    }
    return out;
}

std::optional<std::string> errorStringOf(ByteView output) {
    static const FixedBytes<4> kError = abi::selector("Error(string)");
    if (output.size() < 4 || !std::equal(kError.bytes.begin(), kError.bytes.end(), output.begin()))
        return std::nullopt;
    try {
        return abi::decodeCall("Error(string)", output).at(0).asString();
    } catch (const Error&) {
        return std::nullopt;
    }
}

std::string failureReason(evm::Status status, ByteView output) {
    if (status != evm::Status::Revert)
        return std::string(evm::statusName(status));
    if (auto reason = errorStringOf(output))
        return "execution reverted: " + *reason;
    static const FixedBytes<4> kPanic = abi::selector("Panic(uint256)");
    if (output.size() == 36 && std::equal(kPanic.bytes.begin(), kPanic.bytes.end(), output.begin()))
        return "execution reverted: panic " + toHex(output.subspan(34, 2));
    return "execution reverted";
}

}  // namespace ipc::chain
