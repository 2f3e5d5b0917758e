// The journaled world state one EVM transaction runs against, over a read-only backend.
#include "ipc/core/evm/state.h"

#include <algorithm>

#include "ipc/core/crypto/hash.h"

namespace ipc::evm {

CodePtr Code::make(Bytes bytes) {
    if (bytes.empty())
        return empty();
    auto code = std::make_shared<Code>();
    code->hash = keccak256(ByteView(bytes));
    code->bytes = std::move(bytes);
    return code;
}

const CodePtr& Code::empty() {
    static const CodePtr instance = [] {
        auto code = std::make_shared<Code>();
        code->hash = keccak256(ByteView());
        return CodePtr(std::move(code));
    }();
    return instance;
}

// ---- MemoryBackend

std::optional<AccountInfo> MemoryBackend::account(const EthAddress& address) const {
    const auto it = accounts_.find(address);
    if (it == accounts_.end())
        return std::nullopt;
    return AccountInfo{it->second.balance, it->second.nonce, it->second.code};
}

Word MemoryBackend::storage(const EthAddress& address, const Word& slot) const {
    const auto it = accounts_.find(address);
    if (it == accounts_.end())
        return Word();
    const auto s = it->second.storage.find(slot.bytes());
    return s == it->second.storage.end() ? Word() : s->second;
}

bool MemoryBackend::hasStorage(const EthAddress& address) const {
    const auto it = accounts_.find(address);
    return it != accounts_.end() && !it->second.storage.empty();
}

MemoryBackend::Account& MemoryBackend::put(const EthAddress& address) {
    return accounts_[address];
}

void MemoryBackend::setStorage(const EthAddress& address, const Word& slot, const Word& value) {
    auto& storage = put(address).storage;
    if (value.isZero())
        storage.erase(slot.bytes());
    else
        storage[slot.bytes()] = value;
}

void MemoryBackend::apply(const std::vector<AccountChange>& changes) {
    for (const AccountChange& change : changes) {
        if (change.deleted) {
            accounts_.erase(change.address);
            continue;
        }
        Account& a = put(change.address);
        a.balance = change.balance;
        a.nonce = change.nonce;
        a.code = change.code ? change.code : Code::empty();
        if (change.storageCleared)
            a.storage.clear();
        for (const auto& [slot, value] : change.storage)
            setStorage(change.address, slot, value);
    }
}

// ---- JournaledState

JournaledState::Account& JournaledState::account(const EthAddress& address) {
    auto it = accounts_.find(address);
    if (it != accounts_.end())
        return it->second;
    Account& a = accounts_[address];
    if (auto info = backend_.account(address)) {
        a.exists = true;
        a.balance = info->balance;
        a.nonce = info->nonce;
        a.code = info->code ? info->code : Code::empty();
    } else {
        a.code = Code::empty();
    }
    return a;
}

void JournaledState::setNonce(const EthAddress& address, std::uint64_t nonce) {
    Account& a = account(address);
    Entry e{Change::Nonce, &a};
    e.previousNonce = a.nonce;
    record(e);
    a.nonce = nonce;
    a.modified = true;
    if (!a.exists) {
        touch(address);
    }
}

void JournaledState::setCode(const EthAddress& address, CodePtr code) {
    Account& a = account(address);
    codeUndo_.push_back(a.code);
    record(Entry{Change::Code, &a});
    a.code = std::move(code);
    a.modified = true;
}

void JournaledState::touch(const EthAddress& address) {
    Account& a = account(address);
    if (a.touched && a.exists)
        return;
    Entry e{Change::Touched, &a};
    e.previousNonce = (a.touched ? 1 : 0) | (a.exists ? 2 : 0);
    record(e);
    a.touched = true;
    a.modified = true;
    a.exists = true;
}

void JournaledState::addBalance(const EthAddress& address, const Word& amount) {
    Account& a = account(address);
    touch(address);
    Entry e{Change::Balance, &a};
    e.previous = a.balance;
    record(e);
    a.balance = a.balance + amount;
}

void JournaledState::setBalance(const EthAddress& address, const Word& amount) {
    Account& a = account(address);
    touch(address);
    Entry e{Change::Balance, &a};
    e.previous = a.balance;
    record(e);
    a.balance = amount;
}

bool JournaledState::transfer(const EthAddress& from, const EthAddress& to, const Word& amount) {
    Account& source = account(from);
    if (source.balance < amount)
        return false;
    touch(from);
    Entry e{Change::Balance, &source};
    e.previous = source.balance;
    record(e);
    source.balance = source.balance - amount;
    addBalance(to, amount);
    return true;
}

void JournaledState::createContract(const EthAddress& address, const EthAddress& creator) {
    Account& a = account(address);
    accountUndo_.push_back(std::make_unique<Account>(a));
    record(Entry{Change::Created, &a});
    const Word balance = a.balance;
    a.storage.clear();
    a.exists = true;
    a.touched = true;
    a.modified = true;
    a.created = true;
    a.storageCleared = true;
    a.creator = creator;
    a.balance = balance;
    a.nonce = 1;
    a.code = Code::empty();
}

bool JournaledState::hasCollision(const EthAddress& address) {
    Account& a = account(address);
    if (a.nonce != 0 || !a.code->bytes.empty())
        return true;
    if (a.storageCleared)
        return std::any_of(a.storage.begin(), a.storage.end(),
                           [](const auto& kv) { return !kv.second.current.isZero(); });
    if (backend_.hasStorage(address))
        return true;
    return std::any_of(a.storage.begin(), a.storage.end(),
                       [](const auto& kv) { return !kv.second.current.isZero(); });
}

JournaledState::Slot& JournaledState::slot(Account& a, const EthAddress& address, const Word& key) {
    auto it = a.storage.find(key);
    if (it != a.storage.end())
        return it->second;
    Slot& s = a.storage[key];
    if (!a.storageCleared) {
        s.original = backend_.storage(address, key);
        s.current = s.original;
    }
    return s;
}

void JournaledState::setStorage(Account& a, const Word& key, Slot& s, const Word& value) {
    Entry e{Change::Storage, &a};
    e.key = key;
    e.previous = s.current;
    e.previousNonce = s.written ? 1 : 0;
    record(e);
    s.current = value;
    s.written = true;
    a.modified = true;
}

void JournaledState::setStorage(const EthAddress& address, const Word& key, const Word& value) {
    Account& a = account(address);
    setStorage(a, key, slot(a, address, key), value);
}

Word JournaledState::transientStorage(const EthAddress& address, const Word& key) {
    Account& a = account(address);
    const auto it = a.transient.find(key);
    return it == a.transient.end() ? Word() : it->second;
}

void JournaledState::setTransientStorage(const EthAddress& address, const Word& key,
                                         const Word& value) {
    Account& a = account(address);
    Word& v = a.transient[key];
    Entry e{Change::Transient, &a};
    e.key = key;
    e.previous = v;
    record(e);
    v = value;
}

bool JournaledState::warmAddress(const EthAddress& address) {
    Account& a = account(address);
    if (a.warm)
        return false;
    record(Entry{Change::WarmAddress, &a});
    a.warm = true;
    return true;
}

bool JournaledState::warmSlot(Account& a, const Word& key, Slot& s) {
    if (s.warm)
        return false;
    Entry e{Change::WarmSlot, &a};
    e.key = key;
    record(e);
    s.warm = true;
    return true;
}

bool JournaledState::warmSlot(const EthAddress& address, const Word& key) {
    Account& a = account(address);
    return warmSlot(a, key, slot(a, address, key));
}

void JournaledState::addLog(Log log) {
    record(Entry{Change::Log});
    logs_.push_back(std::move(log));
}

void JournaledState::addRefund(std::int64_t delta) {
    Entry e{Change::Refund};
    e.previousNonce = static_cast<std::uint64_t>(refund_);
    record(e);
    refund_ += delta;
}

void JournaledState::markSelfDestructed(const EthAddress& address) {
    Account& a = account(address);
    if (a.selfDestructed)
        return;
    record(Entry{Change::SelfDestructed, &a});
    a.selfDestructed = true;
}

void JournaledState::recordUndo(std::function<void()> undo) {
    externalUndo_.push_back(std::move(undo));
    record(Entry{Change::External});
}

void JournaledState::revert(std::size_t snapshot) {
    while (journal_.size() > snapshot) {
        Entry& e = journal_.back();
        Account* a = e.account;
        switch (e.change) {
            case Change::Balance:
                a->balance = e.previous;
                break;
            case Change::Nonce:
                a->nonce = e.previousNonce;
                break;
            case Change::Code:
                a->code = std::move(codeUndo_.back());
                codeUndo_.pop_back();
                break;
            case Change::Storage: {
                Slot& s = a->storage[e.key];
                s.current = e.previous;
                s.written = e.previousNonce != 0;
                break;
            }
            case Change::Transient:
                a->transient[e.key] = e.previous;
                break;
            case Change::WarmAddress:
                a->warm = false;
                break;
            case Change::WarmSlot:
                a->storage[e.key].warm = false;
                break;
            case Change::Touched:
                a->touched = (e.previousNonce & 1) != 0;
                a->exists = (e.previousNonce & 2) != 0;
                break;
            case Change::Created: {
                // Warm flags are journaled separately and may have changed since; keep them.
                const bool warm = a->warm;
                *a = std::move(*accountUndo_.back());
                accountUndo_.pop_back();
                a->warm = warm;
                break;
            }
            case Change::SelfDestructed:
                a->selfDestructed = false;
                break;
            case Change::Log:
                logs_.pop_back();
                break;
            case Change::Refund:
                refund_ = static_cast<std::int64_t>(e.previousNonce);
                break;
            case Change::External: {
                std::function<void()> undo = std::move(externalUndo_.back());
                externalUndo_.pop_back();
                undo();
                break;
            }
        }
        journal_.pop_back();
    }
}

std::vector<AccountChange> JournaledState::finishTransaction() {
    std::vector<AccountChange> changes;
    for (auto& [address, a] : accounts_) {
        AccountChange c;
        c.address = address;
        if (a.selfDestructed || (a.touched && a.isEmpty())) {
            c.deleted = true;
            changes.push_back(std::move(c));
            continue;
        }
        if (!a.exists || !a.modified)
            continue;
        c.balance = a.balance;
        c.nonce = a.nonce;
        c.code = a.code;
        c.storageCleared = a.storageCleared;
        if (a.created)
            c.creator = a.creator;
        for (const auto& [key, s] : a.storage) {
            if (s.written && (s.current != s.original || a.storageCleared))
                c.storage.emplace_back(key, s.current);
        }
        std::sort(c.storage.begin(), c.storage.end(),
                  [](const auto& x, const auto& y) { return x.first.bytes() < y.first.bytes(); });
        changes.push_back(std::move(c));
    }
    std::sort(changes.begin(), changes.end(),
              [](const AccountChange& x, const AccountChange& y) { return x.address < y.address; });
    accounts_.clear();
    journal_.clear();
    codeUndo_.clear();
    accountUndo_.clear();
    externalUndo_.clear();
    logs_.clear();
    refund_ = 0;
    return changes;
}

}  // namespace ipc::evm
