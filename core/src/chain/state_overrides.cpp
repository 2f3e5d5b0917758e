// An account view with eth_call's state overrides applied over the chain's accounts.
#include "ipc/core/chain/state_overrides.h"

#include <algorithm>

namespace ipc::chain {

OverrideBackend::OverrideBackend(const evm::StateBackend& inner, const StateOverrides& overrides)
    : inner_(inner), overrides_(overrides) {
    for (const auto& [address, o] : overrides_) {
        if (o.code)
            code_[address] = o.code->empty() ? nullptr : evm::Code::make(*o.code);
    }
}

std::optional<evm::AccountInfo> OverrideBackend::account(const EthAddress& address) const {
    const auto it = overrides_.find(address);
    if (it == overrides_.end())
        return inner_.account(address);
    evm::AccountInfo info = inner_.account(address).value_or(evm::AccountInfo{});
    const AccountOverride& o = it->second;
    if (o.balance)
        info.balance = *o.balance;
    if (o.nonce)
        info.nonce = *o.nonce;
    if (o.code)
        info.code = code_.at(address);
    return info;
}

evm::Word OverrideBackend::storage(const EthAddress& address, const evm::Word& slot) const {
    const auto it = overrides_.find(address);
    if (it == overrides_.end())
        return inner_.storage(address, slot);
    const AccountOverride& o = it->second;
    if (o.state) {
        const auto s = o.state->find(slot);
        return s == o.state->end() ? evm::Word() : s->second;
    }
    const auto d = o.stateDiff.find(slot);
    return d == o.stateDiff.end() ? inner_.storage(address, slot) : d->second;
}

bool OverrideBackend::hasStorage(const EthAddress& address) const {
    const auto it = overrides_.find(address);
    if (it == overrides_.end())
        return inner_.hasStorage(address);
    const AccountOverride& o = it->second;
    const auto nonZero = [](const auto& slot) { return slot.second != evm::Word(); };
    if (o.state)
        return std::any_of(o.state->begin(), o.state->end(), nonZero);
    return inner_.hasStorage(address) ||
           std::any_of(o.stateDiff.begin(), o.stateDiff.end(), nonZero);
}

}  // namespace ipc::chain
