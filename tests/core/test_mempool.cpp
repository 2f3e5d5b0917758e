// The mempool on its own: per-sender nonce order, gaps, replacement by fee, arrival-order
// interleaving, gas and count limits, pruning and the pending nonce.
#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ipc/core/chain/account_state.h"
#include "ipc/core/chain/mempool.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/primitives/error.h"

using namespace ipc;
using namespace ipc::chain;

namespace {

EthAddress sender(std::uint8_t i) {
    FixedBytes<20> b;
    b.bytes[19] = i;
    return EthAddress(b);
}

// The mempool trusts the caller for the sender and the hash, so no signature is needed here.
struct TxSpec {
    std::uint8_t from = 1;
    std::uint64_t nonce = 0;
    std::uint64_t fee = 100;  // max fee per gas (legacy: gas price)
    std::uint64_t tip = 10;
    std::uint64_t gas = 21'000;
    TxType type = TxType::Eip1559;
    std::uint64_t salt = 0;  // makes otherwise equal transactions distinct
};

TxPtr makeTx(const TxSpec& s) {
    IncludedTx tx;
    tx.signedTx.tx.type = s.type;
    tx.signedTx.tx.chainId = 1;
    tx.signedTx.tx.nonce = s.nonce;
    tx.signedTx.tx.maxFeePerGas = U256(s.fee);
    tx.signedTx.tx.maxPriorityFeePerGas = U256(s.tip);
    tx.signedTx.tx.gasPrice = U256(s.fee);
    tx.signedTx.tx.gasLimit = s.gas;
    tx.signedTx.tx.value = U256(s.salt);
    tx.sender = sender(s.from);
    const std::string id = std::to_string(s.from) + "/" + std::to_string(s.nonce) + "/" +
                           std::to_string(s.fee) + "/" + std::to_string(s.tip) + "/" +
                           std::to_string(s.gas) + "/" + std::to_string(s.salt);
    tx.hash = keccak256(std::string_view(id));
    return std::make_shared<const IncludedTx>(std::move(tx));
}

std::string rejection(Mempool& pool, const TxPtr& tx, std::uint64_t stateNonce) {
    try {
        pool.add(tx, stateNonce);
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

std::vector<std::uint64_t> nonces(const std::vector<TxPtr>& txs) {
    std::vector<std::uint64_t> out;
    for (const auto& t : txs)
        out.push_back(t->signedTx.tx.nonce);
    return out;
}

}  // namespace

TEST(MempoolTest, AddAndLookUp) {
    Mempool pool;
    const TxPtr a = makeTx({.from = 1, .nonce = 0});
    const TxPtr b = makeTx({.from = 2, .nonce = 5});
    pool.add(a, 0);
    pool.add(b, 5);
    EXPECT_EQ(pool.size(), 2u);
    EXPECT_TRUE(pool.contains(a->hash));
    EXPECT_TRUE(pool.contains(b->hash));
    EXPECT_FALSE(pool.contains(Hash32{}));
    EXPECT_EQ(pool.all().size(), 2u);
}

TEST(MempoolTest, RejectsNonceBelowTheStateNonceAndStaysUntouched) {
    Mempool pool;
    const std::string why = rejection(pool, makeTx({.from = 1, .nonce = 2}), 3);
    EXPECT_NE(why.find("nonce too low"), std::string::npos) << why;
    EXPECT_EQ(pool.size(), 0u);
    EXPECT_TRUE(pool.all().empty());
    EXPECT_EQ(pool.pendingNonce(sender(1), 3), 3u);
}

TEST(MempoolTest, RejectsTheSameTransactionTwice) {
    Mempool pool;
    const TxPtr a = makeTx({.from = 1, .nonce = 0});
    pool.add(a, 0);
    EXPECT_EQ(rejection(pool, a, 0), "already known");
    EXPECT_EQ(pool.size(), 1u);
}

TEST(MempoolTest, ReplacementNeedsTenPercentOnFeeCapAndTip) {
    Mempool pool;
    const TxPtr original = makeTx({.from = 1, .nonce = 0, .fee = 100, .tip = 10});
    pool.add(original, 0);
    // 109 < 110: underpriced.
    EXPECT_NE(rejection(pool, makeTx({.from = 1, .nonce = 0, .fee = 109, .tip = 20}), 0)
                  .find("replacement transaction underpriced"),
              std::string::npos);
    // Fee cap bumped but the tip is not: geth rejects it as well.
    EXPECT_NE(rejection(pool, makeTx({.from = 1, .nonce = 0, .fee = 200, .tip = 10}), 0)
                  .find("replacement transaction underpriced"),
              std::string::npos);
    EXPECT_TRUE(pool.contains(original->hash));
    EXPECT_EQ(pool.size(), 1u);
    // Exactly +10 % on both is enough.
    const TxPtr replacement = makeTx({.from = 1, .nonce = 0, .fee = 110, .tip = 11});
    pool.add(replacement, 0);
    EXPECT_EQ(pool.size(), 1u);
    EXPECT_FALSE(pool.contains(original->hash));
    EXPECT_TRUE(pool.contains(replacement->hash));
}

TEST(MempoolTest, LegacyReplacementComparesGasPrice) {
    Mempool pool;
    pool.add(makeTx({.from = 1, .nonce = 0, .fee = 15, .type = TxType::Legacy}), 0);
    // 15 * 1.1 = 16.5, floored to 16 as geth does.
    EXPECT_FALSE(
        rejection(pool,
                  makeTx({.from = 1, .nonce = 0, .fee = 15, .type = TxType::Legacy, .salt = 1}), 0)
            .empty());
    EXPECT_EQ(
        rejection(pool, makeTx({.from = 1, .nonce = 0, .fee = 16, .type = TxType::Legacy}), 0), "");
    EXPECT_EQ(pool.size(), 1u);
}

TEST(MempoolTest, TakeReadyReturnsConsecutiveRunsFromTheStateNonce) {
    Mempool pool;
    AccountState state;
    state.incrementNonce(sender(1));  // sender 1 is at nonce 1
    for (std::uint64_t n : {3, 1, 2, 5})
        pool.add(makeTx({.from = 1, .nonce = n}), 1);
    const auto ready = pool.takeReady(state, 30'000'000);
    EXPECT_EQ(nonces(ready), (std::vector<std::uint64_t>{1, 2, 3}));
    EXPECT_EQ(pool.size(), 1u);  // nonce 5 waits for 4
    state.incrementNonce(sender(1));
    state.incrementNonce(sender(1));
    state.incrementNonce(sender(1));
    EXPECT_TRUE(pool.takeReady(state, 30'000'000).empty());
    EXPECT_EQ(pool.pendingNonce(sender(1), 4), 4u);
    pool.add(makeTx({.from = 1, .nonce = 4}), 4);
    EXPECT_EQ(pool.pendingNonce(sender(1), 4), 6u);
    EXPECT_EQ(nonces(pool.takeReady(state, 30'000'000)), (std::vector<std::uint64_t>{4, 5}));
    EXPECT_EQ(pool.size(), 0u);
}

TEST(MempoolTest, SendersInterleaveByArrival) {
    Mempool pool;
    AccountState state;
    pool.add(makeTx({.from = 2, .nonce = 0}), 0);  // arrival 0
    pool.add(makeTx({.from = 1, .nonce = 0}), 0);  // arrival 1
    pool.add(makeTx({.from = 1, .nonce = 1}), 0);  // arrival 2
    pool.add(makeTx({.from = 2, .nonce = 1}), 0);  // arrival 3
    const auto ready = pool.takeReady(state, 30'000'000);
    ASSERT_EQ(ready.size(), 4u);
    EXPECT_EQ(ready[0]->sender, sender(2));
    EXPECT_EQ(ready[1]->sender, sender(1));
    EXPECT_EQ(ready[2]->sender, sender(1));
    EXPECT_EQ(ready[3]->sender, sender(2));
}

TEST(MempoolTest, GasLimitSkipsASenderButNotOthers) {
    Mempool pool;
    AccountState state;
    pool.add(makeTx({.from = 1, .nonce = 0, .gas = 60'000}), 0);
    pool.add(makeTx({.from = 1, .nonce = 1, .gas = 21'000}), 0);
    pool.add(makeTx({.from = 2, .nonce = 0, .gas = 21'000}), 0);
    const auto ready = pool.takeReady(state, 50'000);
    ASSERT_EQ(ready.size(), 1u);
    EXPECT_EQ(ready[0]->sender, sender(2));
    EXPECT_EQ(pool.size(), 2u);  // sender 1 keeps both, in order
    EXPECT_EQ(nonces(pool.takeReady(state, 100'000)), (std::vector<std::uint64_t>{0, 1}));
}

TEST(MempoolTest, TakeReadyHonoursMaxCount) {
    Mempool pool;
    AccountState state;
    for (std::uint64_t n = 0; n < 5; ++n)
        pool.add(makeTx({.from = 1, .nonce = n}), 0);
    EXPECT_EQ(nonces(pool.takeReady(state, 30'000'000, 2)), (std::vector<std::uint64_t>{0, 1}));
    EXPECT_EQ(pool.size(), 3u);
    state.incrementNonce(sender(1));
    state.incrementNonce(sender(1));
    EXPECT_EQ(nonces(pool.takeReady(state, 30'000'000, 2)), (std::vector<std::uint64_t>{2, 3}));
}

TEST(MempoolTest, PruneDropsStaleNonces) {
    Mempool pool;
    AccountState state;
    for (std::uint64_t n = 0; n < 4; ++n)
        pool.add(makeTx({.from = 1, .nonce = n}), 0);
    pool.add(makeTx({.from = 2, .nonce = 0}), 0);
    state.incrementNonce(sender(1));
    state.incrementNonce(sender(1));
    state.incrementNonce(sender(2));
    pool.prune(state);
    EXPECT_EQ(pool.size(), 2u);
    EXPECT_EQ(nonces(pool.all()), (std::vector<std::uint64_t>{2, 3}));
    EXPECT_EQ(pool.pendingNonce(sender(2), 1), 1u);
}

TEST(MempoolTest, ReplacementKeepsItsPlaceInLine) {
    Mempool pool;
    AccountState state;
    pool.add(makeTx({.from = 1, .nonce = 0, .fee = 100, .tip = 10}), 0);
    pool.add(makeTx({.from = 2, .nonce = 0}), 0);
    pool.add(makeTx({.from = 1, .nonce = 0, .fee = 200, .tip = 20}), 0);
    const auto ready = pool.takeReady(state, 30'000'000);
    ASSERT_EQ(ready.size(), 2u);
    EXPECT_EQ(ready[0]->sender, sender(1));
    EXPECT_EQ(ready[0]->signedTx.tx.maxFeePerGas, U256(200));
}

TEST(MempoolTest, FullPoolRejectsNewTransactionsButAllowsReplacements) {
    Mempool pool;
    for (std::uint64_t n = 0; n < Mempool::kMaxSize; ++n)
        pool.add(makeTx({.from = 1, .nonce = n}), 0);
    ASSERT_EQ(pool.size(), Mempool::kMaxSize);
    EXPECT_EQ(rejection(pool, makeTx({.from = 2, .nonce = 0}), 0), "mempool full");
    EXPECT_EQ(pool.pendingNonce(sender(2), 0), 0u);
    EXPECT_EQ(rejection(pool, makeTx({.from = 1, .nonce = 7, .fee = 1000, .tip = 100}), 0), "");
    EXPECT_EQ(pool.size(), Mempool::kMaxSize);
    AccountState state;
    EXPECT_EQ(pool.takeReady(state, 30'000'000, 10).size(), 10u);
    EXPECT_EQ(rejection(pool, makeTx({.from = 2, .nonce = 0}), 0), "");
}
