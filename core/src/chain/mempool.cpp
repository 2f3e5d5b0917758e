// Pending transactions of one subnet: nonce order per sender, gaps, fee-bumped replacement.
#include "ipc/core/chain/mempool.h"

#include <queue>

#include "ipc/core/primitives/error.h"

namespace ipc::chain {

namespace {
U256 feeCap(const Transaction& tx) {
    return paysGasPrice(tx.type) ? tx.gasPrice : tx.maxFeePerGas;
}
U256 tipCap(const Transaction& tx) {
    return paysGasPrice(tx.type) ? tx.gasPrice : tx.maxPriorityFeePerGas;
}
// Geth's price bump: both the fee cap and the tip must rise by 10 % (floored), otherwise a
// replacement could raise the cap while paying the proposer no more.
bool bumped(const U256& next, const U256& old) {
    return next >= old + old / U256(10);
}
}  // namespace

void Mempool::add(TxPtr tx, std::uint64_t stateNonce) {
    const auto nonce = tx->signedTx.tx.nonce;
    if (nonce < stateNonce) {
        throw Error("nonce too low: next nonce of " + tx->sender.toChecksumHex() + " is " +
                    std::to_string(stateNonce) + ", transaction has " + std::to_string(nonce));
    }
    auto senderIt = bySender_.find(tx->sender);
    if (senderIt != bySender_.end()) {
        auto it = senderIt->second.find(nonce);
        if (it != senderIt->second.end()) {
            if (it->second.tx->hash == tx->hash)
                throw Error("already known");
            const Transaction& old = it->second.tx->signedTx.tx;
            const Transaction& next = tx->signedTx.tx;
            if (!bumped(feeCap(next), feeCap(old)) || !bumped(tipCap(next), tipCap(old))) {
                throw Error("replacement transaction underpriced");
            }
            it->second.tx = std::move(tx);
            return;
        }
    }
    if (count_ >= kMaxSize)
        throw Error("mempool full");
    // Only now may a queue be created: a rejected add must leave no empty queue behind.
    const EthAddress from = tx->sender;
    bySender_[from].emplace(nonce, Entry{std::move(tx), arrivals_++});
    ++count_;
}

std::vector<TxPtr> Mempool::takeReady(const AccountState& state, std::uint64_t maxGas,
                                      std::size_t maxCount) {
    struct Head {
        std::uint64_t arrival;
        EthAddress sender;
        std::uint64_t nonce;
        bool operator>(const Head& o) const { return arrival > o.arrival; }
    };
    std::priority_queue<Head, std::vector<Head>, std::greater<>> heads;
    for (auto& [sender, queue] : bySender_) {
        const auto next = state.nonce(sender);
        auto it = queue.find(next);
        if (it != queue.end())
            heads.push({it->second.arrival, sender, next});
    }
    std::vector<TxPtr> out;
    std::uint64_t gas = 0;
    while (!heads.empty() && out.size() < maxCount) {
        Head h = heads.top();
        heads.pop();
        auto& queue = bySender_[h.sender];
        auto it = queue.find(h.nonce);
        const auto limit = it->second.tx->signedTx.tx.gasLimit;
        if (gas + limit > maxGas)
            continue;  // this sender waits for the next block
        gas += limit;
        out.push_back(it->second.tx);
        queue.erase(it);
        --count_;
        auto nextIt = queue.find(h.nonce + 1);
        if (nextIt != queue.end())
            heads.push({nextIt->second.arrival, h.sender, h.nonce + 1});
        if (queue.empty())
            bySender_.erase(h.sender);
    }
    return out;
}

void Mempool::prune(const AccountState& state) {
    for (auto it = bySender_.begin(); it != bySender_.end();) {
        const auto next = state.nonce(it->first);
        auto& queue = it->second;
        while (!queue.empty() && queue.begin()->first < next) {
            queue.erase(queue.begin());
            --count_;
        }
        it = queue.empty() ? bySender_.erase(it) : std::next(it);
    }
}

std::uint64_t Mempool::pendingNonce(const EthAddress& sender, std::uint64_t stateNonce) const {
    auto it = bySender_.find(sender);
    if (it == bySender_.end())
        return stateNonce;
    std::uint64_t n = stateNonce;
    while (it->second.count(n) != 0)
        ++n;
    return n;
}

bool Mempool::contains(const Hash32& hash) const {
    for (const auto& [sender, queue] : bySender_) {
        for (const auto& [nonce, e] : queue) {
            if (e.tx->hash == hash)
                return true;
        }
    }
    return false;
}

std::vector<TxPtr> Mempool::all() const {
    std::vector<TxPtr> out;
    for (const auto& [sender, queue] : bySender_) {
        for (const auto& [nonce, e] : queue)
            out.push_back(e.tx);
    }
    return out;
}

}  // namespace ipc::chain
