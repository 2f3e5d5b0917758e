// Account balances, nonces, contract code and storage of one subnet, with a journal so a failed
// call can be undone and a per-block record of touched accounts and slots for the state
// commitment.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ipc/core/chain/state_io.h"
#include "ipc/core/evm/state.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::chain {

struct Account {
    U256 balance;
    std::uint64_t nonce = 0;
    evm::CodePtr code;  // null: no code

    bool hasCode() const { return code != nullptr && !code->bytes.empty(); }
    bool operator==(const Account& o) const {
        return balance == o.balance && nonce == o.nonce && hasCode() == o.hasCode() &&
               (!hasCode() || code->hash == o.code->hash);
    }
};

// A contract's storage: big-endian slot -> non-zero value, ordered so it encodes canonically.
using StorageKey = std::array<std::uint8_t, 32>;
using Storage = std::map<StorageKey, evm::Word>;

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

    // ---- contracts ----
    // The account's code (Code::empty() when it has none).
    const evm::CodePtr& code(const EthAddress& a) const;
    bool hasCode(const EthAddress& a) const;
    evm::Word storageAt(const EthAddress& a, const evm::Word& key) const;
    bool hasStorage(const EthAddress& a) const;
    // The account's storage, or null when it has none.
    const Storage* storageOf(const EthAddress& a) const;
    void setCode(const EthAddress& a, evm::CodePtr code);
    // A zero value deletes the slot.
    void setStorage(const EthAddress& a, const evm::Word& key, const evm::Word& value);
    // Removes the account with its code and storage (self-destruct, EIP-161 cleanup).
    void removeAccount(const EthAddress& a);
    // Writes what an EVM transaction changed (JournaledState::finishTransaction()); accounts
    // it only read are left alone. Journaled like every other change.
    void applyEvmChanges(const std::vector<evm::AccountChange>& changes);

    // Sum of all balances (the subnet's total supply in circulation).
    U256 totalSupply() const;

    // Journal: mark() returns a position, revertTo(position) undoes every change after it.
    std::size_t mark() const { return journal_.size(); }
    void revertTo(std::size_t position);
    // Forget the journal; keeps the touched-set for the commitment. Changes forgotten this way
    // cannot be undone later, so the next takeUndo() says its record is incomplete.
    void commitJournal();

    // ---- history ----
    // What one block's changes overwrote: the earlier value of every account and slot it
    // changed (the first one only), enough to take a copy of the state back to before it.
    class Undo;
    // Ends a block as commitJournal() does, returning what its changes overwrote.
    Undo takeUndo();
    // Takes this state back to before the changes `undo` records (meant for a copy of the
    // chain's state: nothing is journaled or marked touched).
    void undo(const Undo& undo);
    // The same for the changes made since the last block ended (the journal), leaving the
    // journal itself as it is.
    void undoPending(const AccountState& from);
    // False when commitJournal() forgot changes since the last block ended.
    bool journalComplete() const { return !journalDropped_; }

    // Accounts changed since the last call, sorted by address; clears the set.
    std::vector<std::pair<EthAddress, Account>> takeTouched();
    // Storage slots written since the last call, with their values now (zero: deleted), sorted
    // by address and slot; clears the set.
    std::vector<std::pair<std::pair<EthAddress, StorageKey>, evm::Word>> takeTouchedSlots();

    // State codec: accounts and the touched set (sorted, so equal states encode equally). The
    // journal is not saved: it is empty between blocks.
    void encodeState(StateWriter& w) const;
    static AccountState decodeState(StateReader& r);

private:
    Account& slot(const EthAddress& a);
    void clearStorage(const EthAddress& a);

    // One undo step: an account's previous value (absent: it did not exist), one slot's previous
    // value (zero: unset), or a whole storage map that was cleared.
    struct JournalEntry {
        enum class Kind : std::uint8_t { Whole, Slot, Cleared };
        Kind kind = Kind::Whole;
        EthAddress address;
        std::optional<Account> account;
        StorageKey key{};
        evm::Word value;
        std::shared_ptr<Storage> storage;
    };

    std::unordered_map<EthAddress, Account> accounts_;
    std::unordered_map<EthAddress, Storage> storage_;  // only accounts with non-zero slots
    void applyUndo(const std::vector<JournalEntry>& entries);

    std::vector<JournalEntry> journal_;
    bool journalDropped_ = false;  // commitJournal() forgot changes since the last takeUndo()
    std::unordered_set<EthAddress> touched_;
    std::set<std::pair<EthAddress, StorageKey>> touchedSlots_;
};

class AccountState::Undo {
public:
    // False when changes before or during the block were committed without a record (a balance
    // set by hand between blocks): the state before the block cannot be rebuilt from it.
    bool complete() const { return complete_; }
    std::size_t entries() const { return entries_.size(); }

private:
    friend class AccountState;
    std::vector<JournalEntry> entries_;
    bool complete_ = true;
};

}  // namespace ipc::chain
