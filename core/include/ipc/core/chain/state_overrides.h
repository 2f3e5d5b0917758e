// eth_call's state overrides (geth's third parameter): for one call, pretend some accounts have
// another balance, nonce or code, or other storage (all of it, `state`, or some slots,
// `stateDiff`). Nothing of the chain changes.
#pragma once

#include <map>
#include <optional>

#include "ipc/core/evm/state.h"

namespace ipc::chain {

struct AccountOverride {
    std::optional<evm::Word> balance;
    std::optional<std::uint64_t> nonce;
    std::optional<Bytes> code;
    // The account's whole storage: slots not named read as zero.
    std::optional<std::map<evm::Word, evm::Word>> state;
    // Only these slots; the others read as they are.
    std::map<evm::Word, evm::Word> stateDiff;
};
using StateOverrides = std::map<EthAddress, AccountOverride>;

// Answers from `inner` with `overrides` applied. An overridden account that does not exist
// exists for the call.
class OverrideBackend : public evm::StateBackend {
public:
    OverrideBackend(const evm::StateBackend& inner, const StateOverrides& overrides);
    std::optional<evm::AccountInfo> account(const EthAddress& address) const override;
    evm::Word storage(const EthAddress& address, const evm::Word& slot) const override;
    bool hasStorage(const EthAddress& address) const override;

private:
    const evm::StateBackend& inner_;
    const StateOverrides& overrides_;
    std::map<EthAddress, evm::CodePtr> code_;  // made once per overridden code
};

}  // namespace ipc::chain
