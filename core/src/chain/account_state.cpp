// A subnet's accounts (balances, nonces, code, storage) with an undo journal.
#include "ipc/core/chain/account_state.h"

#include <algorithm>

#include "ipc/core/primitives/error.h"

namespace ipc::chain {

U256 AccountState::balance(const EthAddress& a) const {
    auto it = accounts_.find(a);
    return it == accounts_.end() ? U256{} : it->second.balance;
}

std::uint64_t AccountState::nonce(const EthAddress& a) const {
    auto it = accounts_.find(a);
    return it == accounts_.end() ? 0 : it->second.nonce;
}

Account& AccountState::slot(const EthAddress& a) {
    auto it = accounts_.find(a);
    JournalEntry e;
    e.address = a;
    if (it == accounts_.end()) {
        it = accounts_.emplace(a, Account{}).first;
    } else {
        e.account = it->second;
    }
    journal_.push_back(std::move(e));
    touched_.insert(a);
    return it->second;
}

const evm::CodePtr& AccountState::code(const EthAddress& a) const {
    auto it = accounts_.find(a);
    if (it == accounts_.end() || it->second.code == nullptr)
        return evm::Code::empty();
    return it->second.code;
}

bool AccountState::hasCode(const EthAddress& a) const {
    auto it = accounts_.find(a);
    return it != accounts_.end() && it->second.hasCode();
}

evm::Word AccountState::storageAt(const EthAddress& a, const evm::Word& key) const {
    const Storage* s = storageOf(a);
    if (s == nullptr)
        return evm::Word();
    auto it = s->find(key.bytes());
    return it == s->end() ? evm::Word() : it->second;
}

bool AccountState::hasStorage(const EthAddress& a) const {
    return storageOf(a) != nullptr;
}

const Storage* AccountState::storageOf(const EthAddress& a) const {
    auto it = storage_.find(a);
    return it == storage_.end() || it->second.empty() ? nullptr : &it->second;
}

void AccountState::setCode(const EthAddress& a, evm::CodePtr code) {
    if (code != nullptr && code->bytes.empty())
        code = nullptr;
    slot(a).code = std::move(code);
}

void AccountState::setStorage(const EthAddress& a, const evm::Word& key, const evm::Word& value) {
    const StorageKey k = key.bytes();
    JournalEntry e;
    e.kind = JournalEntry::Kind::Slot;
    e.address = a;
    e.key = k;
    e.value = storageAt(a, key);
    if (e.value == value)
        return;
    journal_.push_back(std::move(e));
    if (value.isZero()) {
        auto it = storage_.find(a);
        it->second.erase(k);
        if (it->second.empty())
            storage_.erase(it);
    } else {
        storage_[a][k] = value;
    }
    touched_.insert(a);
    touchedSlots_.emplace(a, k);
}

void AccountState::clearStorage(const EthAddress& a) {
    auto it = storage_.find(a);
    if (it == storage_.end())
        return;
    for (const auto& [k, v] : it->second)
        touchedSlots_.emplace(a, k);
    JournalEntry e;
    e.kind = JournalEntry::Kind::Cleared;
    e.address = a;
    e.storage = std::make_shared<Storage>(std::move(it->second));
    storage_.erase(it);
    journal_.push_back(std::move(e));
}

void AccountState::removeAccount(const EthAddress& a) {
    clearStorage(a);
    auto it = accounts_.find(a);
    if (it == accounts_.end())
        return;
    JournalEntry e;
    e.address = a;
    e.account = it->second;
    journal_.push_back(std::move(e));
    accounts_.erase(it);
    touched_.insert(a);
}

void AccountState::applyEvmChanges(const std::vector<evm::AccountChange>& changes) {
    for (const evm::AccountChange& c : changes) {
        if (c.deleted) {
            removeAccount(c.address);
            continue;
        }
        const U256 balance = c.balance.toU256();
        auto it = accounts_.find(c.address);
        const bool codeNow = c.code != nullptr && !c.code->bytes.empty();
        const bool same = it != accounts_.end() && it->second.balance == balance &&
                          it->second.nonce == c.nonce && it->second.hasCode() == codeNow &&
                          (!codeNow || it->second.code->hash == c.code->hash);
        if (!same) {
            Account& acc = slot(c.address);
            acc.balance = balance;
            acc.nonce = c.nonce;
            acc.code = codeNow ? c.code : nullptr;
        }
        if (c.storageCleared)
            clearStorage(c.address);
        for (const auto& [key, value] : c.storage)
            setStorage(c.address, key, value);
    }
}

void AccountState::setBalance(const EthAddress& a, const U256& v) {
    slot(a).balance = v;
}

void AccountState::credit(const EthAddress& a, const U256& v) {
    const U256 next = balance(a) + v;  // throws before anything changes on overflow
    slot(a).balance = next;
}

void AccountState::debit(const EthAddress& a, const U256& v) {
    const U256 have = balance(a);
    if (have < v) {
        throw Error("insufficient funds: " + a.toChecksumHex() + " has " + have.toDecimal() +
                    " atto, needs " + v.toDecimal());
    }
    slot(a).balance = have - v;
}

void AccountState::transfer(const EthAddress& from, const EthAddress& to, const U256& v) {
    if (v.isZero())
        return;
    const U256 toNext = balance(to) + (from == to ? U256{} : v);
    debit(from, v);
    if (from == to) {
        credit(to, v);
    } else {
        slot(to).balance = toNext;
    }
}

void AccountState::incrementNonce(const EthAddress& a) {
    ++slot(a).nonce;
}

U256 AccountState::totalSupply() const {
    U256 sum;
    for (const auto& [addr, acc] : accounts_)
        sum += acc.balance;
    return sum;
}

void AccountState::revertTo(std::size_t position) {
    while (journal_.size() > position) {
        JournalEntry& e = journal_.back();
        switch (e.kind) {
            case JournalEntry::Kind::Whole:
                if (e.account) {
                    accounts_[e.address] = std::move(*e.account);
                } else {
                    accounts_.erase(e.address);
                }
                break;
            case JournalEntry::Kind::Slot:
                if (e.value.isZero()) {
                    auto it = storage_.find(e.address);
                    if (it != storage_.end()) {
                        it->second.erase(e.key);
                        if (it->second.empty())
                            storage_.erase(it);
                    }
                } else {
                    storage_[e.address][e.key] = e.value;
                }
                break;
            case JournalEntry::Kind::Cleared:
                storage_[e.address] = std::move(*e.storage);
                break;
        }
        journal_.pop_back();
    }
}

void AccountState::commitJournal() {
    if (!journal_.empty())
        journalDropped_ = true;
    journal_.clear();
}

AccountState::Undo AccountState::takeUndo() {
    Undo out;
    out.complete_ = !journalDropped_;
    journalDropped_ = false;
    // The first entry per account and per slot holds the value before the block; later ones
    // only hold values the block itself wrote. Cleared storage maps all stay: undone in reverse
    // order they restore the map, then the first slot entries restore what came before them.
    std::unordered_set<EthAddress> accounts;
    std::set<std::pair<EthAddress, StorageKey>> slots;
    for (JournalEntry& e : journal_) {
        switch (e.kind) {
            case JournalEntry::Kind::Whole:
                if (!accounts.insert(e.address).second)
                    continue;
                break;
            case JournalEntry::Kind::Slot:
                if (!slots.emplace(e.address, e.key).second)
                    continue;
                break;
            case JournalEntry::Kind::Cleared:
                break;
        }
        out.entries_.push_back(std::move(e));
    }
    out.entries_.shrink_to_fit();
    journal_.clear();
    return out;
}

void AccountState::undo(const Undo& undo) {
    applyUndo(undo.entries_);
}

void AccountState::undoPending(const AccountState& from) {
    applyUndo(from.journal_);
}

void AccountState::applyUndo(const std::vector<JournalEntry>& entries) {
    // As revertTo(), but copying: the entries may be shared with the chain's own state.
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        const JournalEntry& e = *it;
        switch (e.kind) {
            case JournalEntry::Kind::Whole:
                if (e.account) {
                    accounts_[e.address] = *e.account;
                } else {
                    accounts_.erase(e.address);
                }
                break;
            case JournalEntry::Kind::Slot:
                if (e.value.isZero()) {
                    auto found = storage_.find(e.address);
                    if (found != storage_.end()) {
                        found->second.erase(e.key);
                        if (found->second.empty())
                            storage_.erase(found);
                    }
                } else {
                    storage_[e.address][e.key] = e.value;
                }
                break;
            case JournalEntry::Kind::Cleared:
                storage_[e.address] = *e.storage;
                break;
        }
    }
}

std::vector<std::pair<EthAddress, Account>> AccountState::takeTouched() {
    std::vector<std::pair<EthAddress, Account>> out;
    out.reserve(touched_.size());
    for (const auto& a : touched_) {
        auto it = accounts_.find(a);
        out.emplace_back(a, it == accounts_.end() ? Account{} : it->second);
    }
    touched_.clear();
    std::sort(out.begin(), out.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
    return out;
}

std::vector<std::pair<std::pair<EthAddress, StorageKey>, evm::Word>>
AccountState::takeTouchedSlots() {
    std::vector<std::pair<std::pair<EthAddress, StorageKey>, evm::Word>> out;
    out.reserve(touchedSlots_.size());
    for (const auto& s : touchedSlots_) {
        const Storage* st = storageOf(s.first);
        evm::Word v;
        if (st != nullptr) {
            auto it = st->find(s.second);
            if (it != st->end())
                v = it->second;
        }
        out.emplace_back(s, v);
    }
    touchedSlots_.clear();
    return out;
}

}  // namespace ipc::chain
