// What an EVM transaction read from the chain state: every account and storage slot, with the
// value it had before the transaction ran. That is all a deterministic run depends on, so a recent
// transaction can be run again later, exactly as it ran in its block, for debug_traceTransaction;
// it is also the prestate that geth's prestateTracer reports.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <utility>

#include "ipc/core/evm/executor.h"
#include "ipc/core/evm/state.h"

namespace ipc::chain {

struct TxWitness {
    std::map<EthAddress, std::optional<evm::AccountInfo>> accounts;  // nullopt: did not exist
    // Storage slots read, by account and key (not named `slots`: Qt defines that as a macro).
    std::map<std::pair<EthAddress, evm::Word>, evm::Word> storage;
    std::map<EthAddress, bool> hasStorage;
    // How it ran: the block it ran in and the transaction as the executor took it.
    evm::BlockContext block;
    evm::Transaction tx;
};

// Passes reads through to `inner` and writes each first answer into `witness`.
class RecordingBackend : public evm::StateBackend {
public:
    RecordingBackend(const evm::StateBackend& inner, TxWitness& witness)
        : inner_(inner), witness_(witness) {}
    std::optional<evm::AccountInfo> account(const EthAddress& address) const override;
    evm::Word storage(const EthAddress& address, const evm::Word& slot) const override;
    bool hasStorage(const EthAddress& address) const override;

private:
    const evm::StateBackend& inner_;
    TxWitness& witness_;
};

// Answers from a witness alone: a rerun reads exactly what the first run read. Anything else
// (which a deterministic rerun never asks for) reads as absent.
class WitnessBackend : public evm::StateBackend {
public:
    explicit WitnessBackend(const TxWitness& witness) : witness_(witness) {}
    std::optional<evm::AccountInfo> account(const EthAddress& address) const override;
    evm::Word storage(const EthAddress& address, const evm::Word& slot) const override;
    bool hasStorage(const EthAddress& address) const override;

private:
    const TxWitness& witness_;
};

}  // namespace ipc::chain
