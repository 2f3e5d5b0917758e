// Account balances and nonces of one subnet, with a journal so a failed call can be undone and
// a per-block record of touched accounts for the state commitment.
#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ipc/core/chain/state_io.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::chain {

struct Account {
    U256 balance;
    std::uint64_t nonce = 0;
    bool operator==(const Account&) const = default;
};

class AccountState {
public:
    U256 balance(const EthAddress& a) const;
    std::uint64_t nonce(const EthAddress& a) const;
    const std::unordered_map<EthAddress, Account>& accounts() const { return accounts_; }

    void setBalance(const EthAddress& a, const U256& v);
    void credit(const EthAddress& a, const U256& v);
    // Throws ipc::Error("insufficient funds ...") and changes nothing when the balance is short.
    void debit(const EthAddress& a, const U256& v);
    void transfer(const EthAddress& from, const EthAddress& to, const U256& v);
    void incrementNonce(const EthAddress& a);

    // Sum of all balances (the subnet's total supply in circulation).
    U256 totalSupply() const;

    // Journal: mark() returns a position, revertTo(position) undoes every change after it.
    std::size_t mark() const { return journal_.size(); }
    void revertTo(std::size_t position);
    // Forget the journal (end of block); keeps the touched-set for the commitment.
    void commitJournal() { journal_.clear(); }

    // Accounts changed since the last call, sorted by address; clears the set.
    std::vector<std::pair<EthAddress, Account>> takeTouched();

    // State codec: accounts and the touched set (sorted, so equal states encode equally). The
    // journal is not saved: it is empty between blocks.
    void encodeState(StateWriter& w) const;
    static AccountState decodeState(StateReader& r);

private:
    Account& slot(const EthAddress& a);

    std::unordered_map<EthAddress, Account> accounts_;
    std::vector<std::pair<EthAddress, std::optional<Account>>> journal_;
    std::unordered_set<EthAddress> touched_;
};

}  // namespace ipc::chain
