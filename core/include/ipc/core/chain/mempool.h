// Pending transactions of one subnet: per-sender nonce order, future nonces wait for the gap to
// fill, a same-nonce transaction replaces an earlier one only with a fee at least 10 % higher.
#pragma once

#include <cstdint>
#include <map>
#include <unordered_map>
#include <vector>

#include "ipc/core/chain/account_state.h"
#include "ipc/core/chain/block.h"
#include "ipc/core/chain/state_io.h"

namespace ipc::chain {

class Mempool {
public:
    // Throws ipc::Error with the reason ("nonce too low", "replacement transaction
    // underpriced", "already known", "mempool full") and leaves the pool untouched.
    void add(TxPtr tx, std::uint64_t stateNonce);

    // Removes and returns transactions that can run now: for each sender the consecutive run
    // starting at its state nonce, senders interleaved by arrival order, up to `maxGas` of gas
    // limits and `maxCount` transactions.
    std::vector<TxPtr> takeReady(const AccountState& state, std::uint64_t maxGas,
                                 std::size_t maxCount = 5000);

    // Drops transactions whose nonce is below the sender's state nonce.
    void prune(const AccountState& state);

    // Nonce after the sender's consecutive pending run (eth_getTransactionCount "pending").
    std::uint64_t pendingNonce(const EthAddress& sender, std::uint64_t stateNonce) const;

    std::size_t size() const { return count_; }
    bool contains(const Hash32& hash) const;
    std::vector<TxPtr> all() const;

    static constexpr std::size_t kMaxSize = 100'000;

    // State codec: every transaction as its raw signed bytes with its arrival order, so a
    // restored pool hands out transactions in the same order. Decoding recovers each sender.
    void encodeState(StateWriter& w) const;
    static Mempool decodeState(StateReader& r);

private:
    struct Entry {
        TxPtr tx;
        std::uint64_t arrival = 0;
    };
    std::unordered_map<EthAddress, std::map<std::uint64_t, Entry>> bySender_;
    std::size_t count_ = 0;
    std::uint64_t arrivals_ = 0;
};

}  // namespace ipc::chain
