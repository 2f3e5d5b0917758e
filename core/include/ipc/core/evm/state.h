// The world state the EVM runs against during one transaction: a journaled overlay over a
// read-only backend. Every change (balance, nonce, code, storage, transient storage, warm
// addresses and slots, logs, refund counter, self-destructs) is recorded in a journal, so a frame
// that reverts undoes exactly its own changes. At the end of a transaction the caller takes the
// changed accounts (changes()) and writes them to its own store; MemoryBackend does that for tests.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "ipc/core/evm/word.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"

namespace ipc::evm {

// Contract code with its keccak256, shared between accounts, frames and the analysis cache.
struct Code {
    Bytes bytes;
    Hash32 hash;

    static std::shared_ptr<const Code> make(Bytes bytes);
    static const std::shared_ptr<const Code>& empty();
};
using CodePtr = std::shared_ptr<const Code>;

// An account as a backend stores it (storage is read slot by slot).
struct AccountInfo {
    Word balance;
    std::uint64_t nonce = 0;
    CodePtr code;  // null for no code
};

// Where the state comes from: the chain's account store, or MemoryBackend in tests.
class StateBackend {
public:
    virtual ~StateBackend() = default;
    virtual std::optional<AccountInfo> account(const EthAddress& address) const = 0;
    virtual Word storage(const EthAddress& address, const Word& slot) const = 0;
    // True when the account has any non-zero storage slot (EIP-7610 create collision).
    virtual bool hasStorage(const EthAddress& address) const = 0;
};

// One changed account after a transaction, as JournaledState::changes() reports it.
struct AccountChange {
    EthAddress address;
    bool deleted = false;  // self-destructed, or empty and touched (EIP-161)
    Word balance;
    std::uint64_t nonce = 0;
    CodePtr code;
    bool storageCleared = false;                 // created in this transaction: old storage is gone
    std::optional<EthAddress> creator;           // created in this transaction by this account
    std::vector<std::pair<Word, Word>> storage;  // written slots (zero means delete)
};

struct Log {
    EthAddress address;
    std::vector<Hash32> topics;
    Bytes data;
};

// Accounts and storage in memory, ordered by address and slot (test fixtures, the fuzz target, the
// differential runner).
class MemoryBackend : public StateBackend {
public:
    struct Account {
        Word balance;
        std::uint64_t nonce = 0;
        CodePtr code = Code::empty();
        std::map<std::array<std::uint8_t, 32>, Word> storage;  // big-endian slot -> non-zero value
    };

    std::optional<AccountInfo> account(const EthAddress& address) const override;
    Word storage(const EthAddress& address, const Word& slot) const override;
    bool hasStorage(const EthAddress& address) const override;

    Account& put(const EthAddress& address);  // creates an empty account when missing
    void setStorage(const EthAddress& address, const Word& slot, const Word& value);
    void apply(const std::vector<AccountChange>& changes);
    const std::map<EthAddress, Account>& accounts() const { return accounts_; }

private:
    std::map<EthAddress, Account> accounts_;
};

class JournaledState {
public:
    struct Slot {
        Word original;  // value at the start of the transaction (EIP-2200)
        Word current;
        bool warm = false;
        bool written = false;
    };
    struct Account {
        bool exists = false;
        Word balance;
        std::uint64_t nonce = 0;
        CodePtr code;
        bool warm = false;
        bool touched = false;
        bool created = false;  // created in this transaction (EIP-6780)
        bool selfDestructed = false;
        bool modified = false;  // written at some point (a reverted write still counts)
        bool storageCleared = false;
        EthAddress creator;  // whose CREATE or CREATE2 made it, when `created`
        std::unordered_map<Word, Slot, WordHash> storage;
        std::unordered_map<Word, Word, WordHash> transient;

        bool isEmpty() const { return nonce == 0 && balance.isZero() && code->bytes.empty(); }
    };

    explicit JournaledState(const StateBackend& backend) : backend_(backend) {}
    JournaledState(const JournaledState&) = delete;
    JournaledState& operator=(const JournaledState&) = delete;

    // The account, loaded from the backend on first use. References stay valid until
    // finishTransaction().
    Account& account(const EthAddress& address);

    bool exists(const EthAddress& address) { return account(address).exists; }
    // Non-existent, or EIP-161 empty (no code, zero nonce and balance).
    bool isDead(const EthAddress& address) {
        const Account& a = account(address);
        return !a.exists || a.isEmpty();
    }
    Word balance(const EthAddress& address) { return account(address).balance; }
    std::uint64_t nonce(const EthAddress& address) { return account(address).nonce; }
    const CodePtr& code(const EthAddress& address) { return account(address).code; }

    void setNonce(const EthAddress& address, std::uint64_t nonce);
    void setCode(const EthAddress& address, CodePtr code);
    void addBalance(const EthAddress& address, const Word& amount);
    void setBalance(const EthAddress& address, const Word& amount);
    // False (and nothing changes) when `from` has less than `amount`. Touches both accounts.
    bool transfer(const EthAddress& from, const EthAddress& to, const Word& amount);
    // Marks an account touched (EIP-161: deleted at the end of the transaction if empty).
    void touch(const EthAddress& address);
    // Turns `address` into a fresh contract account (nonce 1, no storage), keeping its balance;
    // `creator` is the account whose CREATE or CREATE2 (or creation transaction) made it.
    void createContract(const EthAddress& address, const EthAddress& creator);
    // EIP-7610/684 collision: the address has code, a nonce, or storage.
    bool hasCollision(const EthAddress& address);

    Slot& slot(Account& account, const EthAddress& address, const Word& key);
    Word storage(const EthAddress& address, const Word& key) {
        return slot(account(address), address, key).current;
    }
    void setStorage(Account& account, const Word& key, Slot& slot, const Word& value);
    void setStorage(const EthAddress& address, const Word& key, const Word& value);

    Word transientStorage(const EthAddress& address, const Word& key);
    void setTransientStorage(const EthAddress& address, const Word& key, const Word& value);

    // Warms an address or slot; returns true when it was cold (EIP-2929).
    bool warmAddress(const EthAddress& address);
    bool warmSlot(Account& account, const Word& key, Slot& slot);
    bool warmSlot(const EthAddress& address, const Word& key);
    bool isWarm(const EthAddress& address) { return account(address).warm; }

    void addLog(Log log);
    const std::vector<Log>& logs() const { return logs_; }

    std::int64_t refund() const { return refund_; }
    void addRefund(std::int64_t delta);

    // SELFDESTRUCT's bookkeeping (EIP-6780): marks an account created in this transaction for
    // deletion at its end.
    void markSelfDestructed(const EthAddress& address);

    // State kept outside this overlay (the built-in IPC contracts' own state, changed by a
    // native call) joins the journal through an undo step: revert() runs it when the change is
    // rolled back, finishTransaction() drops it when the change stays.
    void recordUndo(std::function<void()> undo);

    std::size_t snapshot() const { return journal_.size(); }
    void revert(std::size_t snapshot);

    // Ends the transaction: deletes self-destructed and touched empty accounts, and returns every
    // account the transaction loaded (existing or deleted) in address order, with its written
    // slots. Clears the journal, logs, refund, transient storage and warm sets; the state is then
    // empty (reads go to the backend again).
    std::vector<AccountChange> finishTransaction();

private:
    enum class Change : std::uint8_t {
        Balance,
        Nonce,
        Code,
        Storage,
        Transient,
        WarmAddress,
        WarmSlot,
        Touched,
        Created,
        SelfDestructed,
        Log,
        Refund,
        External,
    };
    // Trivially copyable, so the journal grows without running constructors; the rare entries
    // that need more (old code, a whole account) keep it in a side stack, popped in step.
    struct Entry {
        Change change;
        Account* account = nullptr;
        Word key;
        Word previous;
        std::uint64_t previousNonce = 0;
    };
    void record(const Entry& entry) { journal_.push_back(entry); }

    const StateBackend& backend_;
    std::unordered_map<EthAddress, Account> accounts_;
    std::vector<Entry> journal_;
    std::vector<CodePtr> codeUndo_;                      // Change::Code
    std::vector<std::unique_ptr<Account>> accountUndo_;  // Change::Created
    std::vector<std::function<void()>> externalUndo_;    // Change::External
    std::vector<Log> logs_;
    std::int64_t refund_ = 0;
};

}  // namespace ipc::evm
