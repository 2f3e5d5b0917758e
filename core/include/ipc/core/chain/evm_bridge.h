// The chain's side of the EVM: the interpreter's state backend over a subnet's AccountState, and
// the built-in contracts (gateway, registry, subnet actors) as native contracts that EVM code can
// call at their well-known addresses.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ipc/core/chain/account_state.h"
#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/evm/executor.h"

namespace ipc::chain {

// Reads accounts, code and storage straight from the chain state (no copy); the EVM's journaled
// overlay keeps every change until the transaction ends.
//
// The built-in contracts (given as `builtins`) have code in EVM code's eyes, as IPC's Solidity
// contracts do, so EXTCODESIZE is not zero and Solidity's check before a call that returns
// nothing passes: a one-byte stand-in (INVALID) that never runs, since the executor answers their
// addresses natively. The chain state never holds it: dropBuiltinCode() takes it out of a
// transaction's changes.
class ChainStateBackend : public evm::StateBackend {
public:
    explicit ChainStateBackend(const AccountState& state, const SystemContracts* builtins = nullptr)
        : state_(state), builtins_(builtins) {}
    std::optional<evm::AccountInfo> account(const EthAddress& address) const override;
    evm::Word storage(const EthAddress& address, const evm::Word& slot) const override;
    bool hasStorage(const EthAddress& address) const override;
    void dropBuiltinCode(std::vector<evm::AccountChange>& changes) const;

private:
    const AccountState& state_;
    const SystemContracts* builtins_;
};

class SystemContractNative;

// The built-in contracts as the EVM code of one transaction reaches them. A block's transaction
// changes the chain's own contracts; eth_call and eth_estimateGas change a copy, made at the
// first state-changing call, so the chain never changes. The session also books every balance
// change the built-ins' calls made, so that balance which reached them otherwise (a SELFDESTRUCT
// beneficiary) can be told apart when the transaction ends.
class SystemContractsSession {
public:
    // A block's transaction at `height`: calls change `contracts`.
    SystemContractsSession(SystemContracts& contracts, std::uint64_t height,
                           std::uint64_t timestampMs);
    // eth_call: calls change a copy of `contracts`.
    SystemContractsSession(const SystemContracts& contracts, std::uint64_t height,
                           std::uint64_t timestampMs);
    ~SystemContractsSession();
    SystemContractsSession(const SystemContractsSession&) = delete;
    SystemContractsSession& operator=(const SystemContractsSession&) = delete;

    // Registers every built-in contract with `executor` (which must not outlive the session) and
    // notes their balances in `state`, the state the transaction starts from.
    void attach(evm::Executor& executor, const AccountState& state);
    // After the transaction's changes are in `state`: hands balance that arrived at a built-in
    // without one of its calls to SystemContracts::acceptForcedBalance.
    void settleForcedBalances(const AccountState& state);

    const SystemContracts& contracts() const { return live_ != nullptr ? *live_ : *readOnly_; }
    // The contracts a state-changing call changes; null when they cannot be changed from EVM
    // code (SystemContracts::clone() gives no copy).
    SystemContracts* writable();
    std::uint64_t height() const { return height_; }
    std::uint64_t timestampMs() const { return timestampMs_; }

    // Balance moved into and out of `a` by a built-in call that succeeded; the caller journals
    // the matching unbook() so a revert takes it back.
    void book(const EthAddress& a, const U256& in, const U256& out);
    void unbook(const EthAddress& a, const U256& in, const U256& out);

private:
    struct Flow {
        U256 in;
        U256 out;
    };
    const SystemContracts* readOnly_;
    SystemContracts* live_ = nullptr;
    std::unique_ptr<SystemContracts> copy_;
    std::uint64_t height_;
    std::uint64_t timestampMs_;
    std::vector<std::unique_ptr<SystemContractNative>> natives_;
    std::map<EthAddress, U256> before_;
    std::map<EthAddress, Flow> booked_;
};

// A built-in contract as EVM code sees it, answering CALL as its Solidity counterpart would:
// getters return their ABI data; state-changing functions (fund, release, join, ...) run with
// msg.sender = the calling contract and msg.value moved from it, their events logged at the
// contract's address and their changes undone with the frame that made them; a STATICCALL into
// one fails as a state write in a static context does (all its gas, no data); a failing call
// reverts with Error(string).
class SystemContractNative : public evm::NativeContract {
public:
    // Gas a getter costs from EVM code (a cold storage read, roughly what Solidity pays).
    static constexpr std::int64_t kViewGas = 2600;

    SystemContractNative(SystemContractsSession& session, EthAddress address)
        : session_(session), address_(address) {}
    evm::NativeResult call(const evm::NativeCall& call) override;

private:
    evm::NativeResult view(const evm::NativeCall& call) const;
    evm::NativeResult change(const evm::NativeCall& call, std::uint64_t gas);

    SystemContractsSession& session_;
    EthAddress address_;
};

// The revert data of a built-in contract's failure: its custom error (Revert::data), else
// Error(what).
Bytes revertData(const Error& e);

// What a failed EVM execution reports: abi::revertMessage() of the revert data for a revert
// ("execution reverted: <reason>" for Error(string), "execution reverted: panic code 0x11
// (...)", "execution reverted" without data; see ipc/core/abi/revert.h), else the halt's name
// ("out of gas", ...). `errors` names the custom errors it knows.
std::string failureReason(evm::Status status, ByteView output,
                          const abi::ErrorRegistry* errors = nullptr);
// The reason carried by Error(string) revert data, if that is what `output` is.
std::optional<std::string> errorStringOf(ByteView output);

}  // namespace ipc::chain
