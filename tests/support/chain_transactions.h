// Devnet tests' transactions: one signed by an account the hierarchy holds the key of, submitted
// on a subnet and run in virtual time until it is in a block.
#pragma once

#include <gtest/gtest.h>

#include <optional>

#include "ipc/core/chain/transaction.h"
#include "ipc/devnet/hierarchy.h"

namespace ipc::testing_support {

// Runs `data` to `to` (none: a creation) from `from` on `n` until it is in a block (at most 30
// s of virtual time); its hash.
inline Hash32 runTransaction(devnet::Hierarchy& h, const devnet::SubnetNode& n,
                             const EthAddress& from, std::optional<EthAddress> to, Bytes data,
                             const U256& value = {}) {
    chain::Transaction t;
    t.chainId = n.chain->params().chainId;
    t.nonce = n.chain->state().nonce(from) + n.chain->mempool().size();
    t.maxFeePerGas = n.chain->nextBaseFee() * U256(2);
    t.maxPriorityFeePerGas = U256(1);
    t.gasLimit = 3'000'000;
    t.to = to;
    t.value = value;
    t.data = std::move(data);
    const Hash32 tx = h.submit(n.id, chain::sign(t, *h.keyFor(from)));
    EXPECT_TRUE(
        h.runUntilCondition([&] { return n.chain->findTx(tx).has_value(); }, h.now() + 30'000));
    return tx;
}

}  // namespace ipc::testing_support
