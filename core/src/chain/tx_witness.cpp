// Recording what an EVM transaction read, and answering a rerun from that record.
#include "ipc/core/chain/tx_witness.h"

namespace ipc::chain {

std::optional<evm::AccountInfo> RecordingBackend::account(const EthAddress& address) const {
    auto it = witness_.accounts.find(address);
    if (it == witness_.accounts.end())
        it = witness_.accounts.emplace(address, inner_.account(address)).first;
    return it->second;
}

evm::Word RecordingBackend::storage(const EthAddress& address, const evm::Word& slot) const {
    const auto key = std::make_pair(address, slot);
    auto it = witness_.storage.find(key);
    if (it == witness_.storage.end())
        it = witness_.storage.emplace(key, inner_.storage(address, slot)).first;
    return it->second;
}

bool RecordingBackend::hasStorage(const EthAddress& address) const {
    auto it = witness_.hasStorage.find(address);
    if (it == witness_.hasStorage.end())
        it = witness_.hasStorage.emplace(address, inner_.hasStorage(address)).first;
    return it->second;
}

std::optional<evm::AccountInfo> WitnessBackend::account(const EthAddress& address) const {
    const auto it = witness_.accounts.find(address);
    return it == witness_.accounts.end() ? std::nullopt : it->second;
}

evm::Word WitnessBackend::storage(const EthAddress& address, const evm::Word& slot) const {
    const auto it = witness_.storage.find(std::make_pair(address, slot));
    return it == witness_.storage.end() ? evm::Word() : it->second;
}

bool WitnessBackend::hasStorage(const EthAddress& address) const {
    const auto it = witness_.hasStorage.find(address);
    return it != witness_.hasStorage.end() && it->second;
}

}  // namespace ipc::chain
