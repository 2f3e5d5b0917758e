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
    if (it == accounts_.end()) {
        journal_.emplace_back(a, std::nullopt);
        it = accounts_.emplace(a, Account{}).first;
    } else {
        journal_.emplace_back(a, it->second);
    }
    touched_.insert(a);
    return it->second;
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
        auto& [addr, old] = journal_.back();
        if (old) {
            accounts_[addr] = *old;
        } else {
            accounts_.erase(addr);
        }
        journal_.pop_back();
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

}  // namespace ipc::chain
