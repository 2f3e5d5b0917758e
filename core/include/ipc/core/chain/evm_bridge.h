// The chain's side of the EVM: the interpreter's state backend over a subnet's AccountState, and
// the built-in contracts (gateway, registry, subnet actors) as native contracts that EVM code can
// call at their well-known addresses.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ipc/core/chain/account_state.h"
#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/evm/executor.h"

namespace ipc::chain {

// Reads accounts, code and storage straight from the chain state (no copy); the EVM's journaled
// overlay keeps every change until the transaction ends.
class ChainStateBackend : public evm::StateBackend {
public:
    explicit ChainStateBackend(const AccountState& state) : state_(state) {}
    std::optional<evm::AccountInfo> account(const EthAddress& address) const override;
    evm::Word storage(const EthAddress& address, const evm::Word& slot) const override;
    bool hasStorage(const EthAddress& address) const override;

private:
    const AccountState& state_;
};

// A built-in contract as EVM code sees it. Its getters answer CALL and STATICCALL with the ABI
// return data Solidity would produce, and a failing getter reverts with Error(string). Calls
// that would change the contract's state, or carry value, revert: those are made with a
// transaction sent to the contract itself.
class SystemContractNative : public evm::NativeContract {
public:
    // Gas a getter costs from EVM code (a cold storage read, roughly what Solidity pays).
    static constexpr std::int64_t kViewGas = 2600;

    SystemContractNative(const SystemContracts& contracts, EthAddress address)
        : contracts_(contracts), address_(address) {}
    evm::NativeResult call(const evm::NativeCall& call) override;

private:
    const SystemContracts& contracts_;
    EthAddress address_;
};

// Registers every built-in contract with `executor`; the returned objects must outlive it.
std::vector<std::unique_ptr<SystemContractNative>> registerSystemContracts(
    evm::Executor& executor, const SystemContracts* contracts);

// What a failed EVM execution reports: "execution reverted: <reason>" for Error(string) and
// "execution reverted: panic 0x.." for Panic(uint256) revert data, "execution reverted" for
// other revert data, else the halt's name ("out of gas", ...).
std::string failureReason(evm::Status status, ByteView output);
// The reason carried by Error(string) revert data, if that is what `output` is.
std::optional<std::string> errorStringOf(ByteView output);

}  // namespace ipc::chain
