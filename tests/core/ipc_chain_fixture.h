// What the tests of EVM code on a subnet chain with IPC's built-in contracts share: test
// addresses, compiled contract fixtures (tests/fixtures/contracts) and a fixture that runs one
// subnet's chain with its gateway, sending one signed transaction per block.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/chain/validator_set.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/ipc/contracts.h"
#include "support/contract_fixtures.h"
#include "support/test_values.h"

namespace ipc::chaintest {

using testing_support::kChainId;
using testing_support::kGwei;
inline const U256 kFil = testing_support::kEther;

using testing_support::addr;

inline chain::Validator validator(const EthAddress& a, std::uint64_t power) {
    chain::Validator v;
    v.address = a;
    v.power = power;
    return v;
}

using testing_support::contractFixture;

// One subnet's chain (id `self`) with IPC's built-in contracts; accounts key(0..2) hold 100 FIL.
class IpcChainTest : public ::testing::Test {
protected:
    IpcChainTest(SubnetId self, std::uint64_t keySeed)
        : keySeed_(keySeed),
          contracts_(std::move(self), protocol::GatewayParams{10, 67, 10}),
          chain_(params(), chain::ValidatorSet({validator(proposer(), 10)}), &contracts_) {
        for (std::uint64_t i = 0; i < 3; ++i)
            chain_.state().setBalance(key(i).ethAddress(), U256(100) * kFil);
    }

    crypto::PrivateKey key(std::uint64_t i) const {
        return crypto::PrivateKey::deterministic(keySeed_, i);
    }
    static chain::ChainParams params() {
        chain::ChainParams p;
        p.chainId = kChainId;
        return p;
    }
    static EthAddress proposer() { return addr(0x50, 0x99); }

    // Signs an EIP-1559 transaction from key(k) and produces the block that carries it.
    const chain::Block& sendTx(std::uint64_t k, std::optional<EthAddress> to, Bytes data,
                               std::uint64_t gas, U256 value) {
        chain::Transaction t;
        t.type = chain::TxType::Eip1559;
        t.chainId = kChainId;
        t.nonce = chain_.state().nonce(key(k).ethAddress());
        t.maxFeePerGas = U256(3) * kGwei;
        t.maxPriorityFeePerGas = kGwei;
        t.gasLimit = gas;
        t.to = std::move(to);
        t.value = value;
        t.data = std::move(data);
        chain_.submit(chain::include(chain::sign(t, key(k)), key(k).ethAddress()));
        now_ += 1000;
        const chain::Block& b = chain_.produceBlock(now_, proposer(), {}, {});
        EXPECT_EQ(b.receipts.size(), 1u);
        return b;
    }

    // What Hierarchy's invariant checker requires of every gateway: its balance is the value
    // locked in it plus what was forced in (SELFDESTRUCT).
    void expectGatewayBalanceAccounted() const {
        EXPECT_EQ(chain_.state().balance(protocol::gatewayAddress()),
                  contracts_.gateway().lockedValue() + contracts_.gateway().forcedBalance());
    }

    std::uint64_t keySeed_;
    protocol::IpcContracts contracts_;
    chain::SubnetChain chain_;
    std::uint64_t now_ = 1'000;
};

}  // namespace ipc::chaintest
