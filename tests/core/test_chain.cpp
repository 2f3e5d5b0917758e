// The chain layer of one subnet: the account journal, CometBFT's weighted proposer rotation and
// commit rule, and SubnetChain's admission checks, block production, fee split and base fee.
#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ipc/core/chain/account_state.h"
#include "ipc/core/chain/block.h"
#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/chain/validator_set.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/primitives/error.h"
#include "support/test_values.h"

using namespace ipc;
using namespace ipc::chain;

namespace {

using ipc::testing_support::addr;
using ipc::testing_support::kChainId;
using ipc::testing_support::kEther;
using ipc::testing_support::kGwei;

crypto::PrivateKey key(std::uint64_t i) {
    return crypto::PrivateKey::deterministic(7, i);
}

Transaction transfer(std::uint64_t nonce, const EthAddress& to, const U256& value,
                     const U256& maxFee = U256(2'000'000'000),
                     const U256& tip = U256(1'000'000'000),
                     std::uint64_t gas = GasSchedule::kTransfer) {
    Transaction t;
    t.type = TxType::Eip1559;
    t.chainId = kChainId;
    t.nonce = nonce;
    t.maxFeePerGas = maxFee;
    t.maxPriorityFeePerGas = tip;
    t.gasLimit = gas;
    t.to = to;
    t.value = value;
    return t;
}

TxPtr signTx(const Transaction& t, const crypto::PrivateKey& k, bool system = false) {
    const SignedTransaction stx = sign(t, k);
    return std::make_shared<const IncludedTx>(IncludedTx{stx, k.ethAddress(), hash(stx), system});
}

Validator validator(const EthAddress& a, std::uint64_t power) {
    Validator v;
    v.address = a;
    v.power = power;
    return v;
}

// A built-in contract at 0xc0…01 with a configurable fixed call cost. Call data 0xff reverts;
// anything else credits 1 atto to 0xbeef… and logs the call.
class StubContracts : public SystemContracts {
public:
    static EthAddress address() { return addr(1, 0xc0); }
    static EthAddress sink() { return addr(0xef, 0xbe); }

    std::uint64_t gas = 1000;
    int calls = 0;

    bool isContract(const EthAddress& a) const override { return a == address(); }
    std::uint64_t callGas(const EthAddress&, ByteView) const override { return gas; }
    Bytes call(CallContext& ctx, const EthAddress&, ByteView data) override {
        ++calls;
        ctx.state.credit(sink(), U256(1));
        ctx.logs.push_back(Log{address(), {}, Bytes{1}});
        if (!data.empty() && data[0] == 0xff)
            throw Revert("stub says no");
        return Bytes{0xaa};
    }
    Bytes view(const EthAddress&, ByteView data) const override {
        return Bytes(data.begin(), data.end());
    }
};

// A chain with one validator (the proposer) and funded keys 0..3.
class ChainTest : public ::testing::Test {
protected:
    explicit ChainTest(SystemContracts* contracts = nullptr)
        : chain_(params(), ValidatorSet({validator(proposer(), 10)}), contracts) {
        for (std::uint64_t i = 0; i < 4; ++i)
            chain_.state().setBalance(key(i).ethAddress(), U256(100) * kEther);
        chain_.genesis(1'000);
    }

    static ChainParams params() {
        ChainParams p;
        p.chainId = kChainId;
        return p;
    }
    static EthAddress proposer() { return addr(0x50, 0x99); }

    const Block& produce() {
        now_ += 1000;
        return chain_.produceBlock(now_, proposer(), {}, {});
    }

    // Everything a rejected submit must leave alone.
    struct Snapshot {
        std::size_t mempool;
        std::uint64_t height;
        std::map<EthAddress, Account> accounts;
        bool operator==(const Snapshot&) const = default;
    };
    Snapshot snapshot() const {
        Snapshot s{chain_.mempool().size(), chain_.height(), {}};
        for (const auto& [a, acc] : chain_.state().accounts())
            s.accounts[a] = acc;
        return s;
    }
    void expectRejected(const TxPtr& tx, const std::string& reasonPart) {
        const bool known = chain_.mempool().contains(tx->hash);
        const Snapshot before = snapshot();
        try {
            chain_.submit(tx);
            ADD_FAILURE() << "accepted, expected rejection containing '" << reasonPart << "'";
        } catch (const TxRejected& e) {
            EXPECT_NE(std::string(e.what()).find(reasonPart), std::string::npos) << e.what();
        }
        EXPECT_TRUE(snapshot() == before);
        EXPECT_EQ(chain_.mempool().contains(tx->hash), known);
    }

    SubnetChain chain_;
    std::uint64_t now_ = 1'000;
};

}  // namespace

// ---------------------------------------------------------------- AccountState

TEST(IncludedTxTest, IncludeEncodesOnceForHashAndSize) {
    const auto k = key(1);
    const SignedTransaction stx = sign(transfer(3, key(2).ethAddress(), U256(5)), k);
    const auto inc = include(stx, k.ethAddress(), true);
    const Bytes raw = encode(stx);
    EXPECT_EQ(inc->hash, hash(stx));
    EXPECT_EQ(inc->encodedSize, raw.size());
    EXPECT_EQ(inc->sender, k.ethAddress());
    EXPECT_TRUE(inc->system);
    EXPECT_EQ(inc->signedTx.tx.nonce, 3u);
}

TEST(AccountStateTest, UnknownAccountsAreEmpty) {
    AccountState s;
    EXPECT_EQ(s.balance(addr(1)), U256{});
    EXPECT_EQ(s.nonce(addr(1)), 0u);
    EXPECT_TRUE(s.accounts().empty());
    EXPECT_EQ(s.totalSupply(), U256{});
}

TEST(AccountStateTest, CreditDebitTransferAndSupply) {
    AccountState s;
    s.credit(addr(1), U256(100));
    s.credit(addr(1), U256(50));
    s.transfer(addr(1), addr(2), U256(30));
    s.debit(addr(2), U256(10));
    s.incrementNonce(addr(1));
    EXPECT_EQ(s.balance(addr(1)), U256(120));
    EXPECT_EQ(s.balance(addr(2)), U256(20));
    EXPECT_EQ(s.nonce(addr(1)), 1u);
    EXPECT_EQ(s.totalSupply(), U256(140));
    s.transfer(addr(1), addr(1), U256(120));  // to itself: unchanged
    EXPECT_EQ(s.balance(addr(1)), U256(120));
}

TEST(AccountStateTest, ShortDebitAndTransferThrowAndChangeNothing) {
    AccountState s;
    s.setBalance(addr(1), U256(10));
    const auto mark = s.mark();
    EXPECT_THROW(s.debit(addr(1), U256(11)), Error);
    EXPECT_THROW(s.transfer(addr(1), addr(2), U256(11)), Error);
    EXPECT_THROW(s.debit(addr(3), U256(1)), Error);
    EXPECT_EQ(s.balance(addr(1)), U256(10));
    EXPECT_EQ(s.accounts().size(), 1u);  // neither the recipient nor addr(3) was created
    EXPECT_EQ(s.mark(), mark);           // nothing journaled
}

TEST(AccountStateTest, CreditOverflowThrowsAndChangesNothing) {
    AccountState s;
    s.setBalance(addr(1), U256::max());
    s.setBalance(addr(2), U256(1));
    EXPECT_THROW(s.credit(addr(1), U256(1)), ArithmeticError);
    EXPECT_THROW(s.transfer(addr(2), addr(1), U256(1)), ArithmeticError);
    EXPECT_EQ(s.balance(addr(1)), U256::max());
    EXPECT_EQ(s.balance(addr(2)), U256(1));
}

TEST(AccountStateTest, RevertToUndoesEverythingAfterTheMark) {
    AccountState s;
    s.setBalance(addr(1), U256(100));
    s.incrementNonce(addr(1));
    const auto outer = s.mark();
    s.transfer(addr(1), addr(2), U256(40));  // creates addr(2)
    s.incrementNonce(addr(1));
    const auto inner = s.mark();
    s.transfer(addr(2), addr(3), U256(15));  // creates addr(3)
    s.setBalance(addr(1), U256(7));
    s.revertTo(inner);
    EXPECT_EQ(s.balance(addr(1)), U256(60));
    EXPECT_EQ(s.balance(addr(2)), U256(40));
    EXPECT_EQ(s.accounts().count(addr(3)), 0u);  // created after the mark: gone
    EXPECT_EQ(s.nonce(addr(1)), 2u);
    s.revertTo(outer);
    EXPECT_EQ(s.balance(addr(1)), U256(100));
    EXPECT_EQ(s.nonce(addr(1)), 1u);
    EXPECT_EQ(s.accounts().count(addr(2)), 0u);
    EXPECT_EQ(s.totalSupply(), U256(100));
    EXPECT_EQ(s.mark(), outer);
}

TEST(AccountStateTest, CommitJournalMakesChangesPermanent) {
    AccountState s;
    const auto mark = s.mark();
    s.setBalance(addr(1), U256(5));
    s.commitJournal();
    EXPECT_EQ(s.mark(), 0u);
    s.revertTo(mark);
    EXPECT_EQ(s.balance(addr(1)), U256(5));
}

TEST(AccountStateTest, TakeTouchedIsSortedCurrentAndClears) {
    AccountState s;
    s.setBalance(addr(9), U256(9));
    s.setBalance(addr(3), U256(3));
    s.transfer(addr(9), addr(5, 1), U256(4));
    s.incrementNonce(addr(3));
    const auto touched = s.takeTouched();
    ASSERT_EQ(touched.size(), 3u);
    EXPECT_EQ(touched[0].first, addr(3));
    EXPECT_EQ(touched[0].second, (Account{U256(3), 1}));
    EXPECT_EQ(touched[1].first, addr(9));
    EXPECT_EQ(touched[1].second.balance, U256(5));
    EXPECT_EQ(touched[2].first, addr(5, 1));
    EXPECT_EQ(touched[2].second.balance, U256(4));
    EXPECT_TRUE(s.takeTouched().empty());
    // Reading does not touch; a reverted creation reports the account as empty.
    (void)s.balance(addr(3));
    EXPECT_TRUE(s.takeTouched().empty());
    const auto m = s.mark();
    s.credit(addr(7), U256(1));
    s.revertTo(m);
    const auto afterRevert = s.takeTouched();
    for (const auto& [a, acc] : afterRevert)
        EXPECT_EQ(acc, Account{}) << a.hex();
}

// ---------------------------------------------------------------- ValidatorSet

TEST(ValidatorSetTest, PowerFromCollateralIsMilliUnits) {
    EXPECT_EQ(powerFromCollateral(kEther), 1000u);
    EXPECT_EQ(powerFromCollateral(U256(999'999'999'999'999ULL)), 0u);
    EXPECT_EQ(powerFromCollateral(U256(10) * kEther + U256(1'000'000'000'000'000ULL)), 10001u);
    EXPECT_EQ(powerFromCollateral(U256::max()), UINT64_MAX);
}

TEST(ValidatorSetTest, SortedByAddressWithTotals) {
    ValidatorSet vs({validator(addr(3), 3), validator(addr(1), 1), validator(addr(2), 2)});
    ASSERT_EQ(vs.size(), 3u);
    EXPECT_EQ(vs.validators()[0].address, addr(1));
    EXPECT_EQ(vs.validators()[2].address, addr(3));
    EXPECT_EQ(vs.totalPower(), 6u);
    EXPECT_EQ(vs.onlinePower(), 6u);
    EXPECT_TRUE(vs.setOnline(addr(3), false));
    EXPECT_FALSE(vs.setOnline(addr(4), false));
    EXPECT_EQ(vs.onlinePower(), 3u);
    ASSERT_NE(vs.find(addr(2)), nullptr);
    EXPECT_EQ(vs.find(addr(2))->power, 2u);
    EXPECT_EQ(vs.find(addr(4)), nullptr);
}

TEST(ValidatorSetTest, WeightedRoundRobinGivesProposalsProportionalToPower) {
    ValidatorSet vs({validator(addr(1), 1), validator(addr(2), 2), validator(addr(3), 3)});
    std::map<EthAddress, int> counts;
    std::vector<EthAddress> order;
    for (int round = 0; round < 6; ++round) {
        const auto i = vs.rotateProposer();
        counts[vs.validators()[i].address]++;
        order.push_back(vs.validators()[i].address);
    }
    EXPECT_EQ(counts[addr(1)], 1);
    EXPECT_EQ(counts[addr(2)], 2);
    EXPECT_EQ(counts[addr(3)], 3);
    // CometBFT's sequence for powers 1,2,3 (ties go to the lower address).
    const std::vector<EthAddress> expected{addr(3), addr(2), addr(1), addr(3), addr(2), addr(3)};
    EXPECT_EQ(order, expected);
    // The priorities sum to zero and the cycle repeats.
    std::int64_t sum = 0;
    for (const auto& v : vs.validators())
        sum += v.priority;
    EXPECT_EQ(sum, 0);
    counts.clear();
    for (int round = 0; round < 60; ++round)
        counts[vs.validators()[vs.rotateProposer()].address]++;
    EXPECT_EQ(counts[addr(1)], 10);
    EXPECT_EQ(counts[addr(2)], 20);
    EXPECT_EQ(counts[addr(3)], 30);
}

TEST(ValidatorSetTest, EqualPowersRotateInAddressOrder) {
    ValidatorSet vs({validator(addr(3), 5), validator(addr(1), 5), validator(addr(2), 5)});
    std::vector<EthAddress> order;
    for (int round = 0; round < 6; ++round)
        order.push_back(vs.validators()[vs.rotateProposer()].address);
    const std::vector<EthAddress> expected{addr(1), addr(2), addr(3), addr(1), addr(2), addr(3)};
    EXPECT_EQ(order, expected);
}

TEST(ValidatorSetTest, OfflineValidatorsKeepTheirTurn) {
    ValidatorSet vs({validator(addr(1), 1), validator(addr(2), 1)});
    vs.setOnline(addr(1), false);
    EXPECT_EQ(vs.validators()[vs.rotateProposer()].address, addr(1));
    EXPECT_EQ(vs.validators()[vs.rotateProposer()].address, addr(2));
}

TEST(ValidatorSetTest, CanCommitNeedsMoreThanTwoThirds) {
    ValidatorSet vs({validator(addr(1), 1), validator(addr(2), 1), validator(addr(3), 1)});
    EXPECT_TRUE(vs.canCommit());
    vs.setOnline(addr(3), false);  // exactly 2/3 online: not enough
    EXPECT_FALSE(vs.canCommit());

    ValidatorSet weighted({validator(addr(1), 2), validator(addr(2), 1)});
    weighted.setOnline(addr(2), false);  // 2 of 3: exactly 2/3
    EXPECT_FALSE(weighted.canCommit());

    ValidatorSet justAbove({validator(addr(1), 67), validator(addr(2), 33)});
    justAbove.setOnline(addr(2), false);  // 67 of 100 > 2/3
    EXPECT_TRUE(justAbove.canCommit());

    ValidatorSet justBelow({validator(addr(1), 666), validator(addr(2), 334)});
    justBelow.setOnline(addr(2), false);  // 666 of 1000 < 2/3
    EXPECT_FALSE(justBelow.canCommit());
}

TEST(ValidatorSetTest, SetMembershipKeepsStateOfStayersAndDropsZeroPower) {
    ValidatorSet vs({validator(addr(1), 1), validator(addr(2), 2)});
    vs.setOnline(addr(2), false);
    vs.rotateProposer();
    const auto prio2 = vs.find(addr(2))->priority;
    vs.setMembership({validator(addr(2), 7), validator(addr(1), 0), validator(addr(4), 3)});
    ASSERT_EQ(vs.size(), 2u);
    EXPECT_EQ(vs.find(addr(1)), nullptr);
    ASSERT_NE(vs.find(addr(2)), nullptr);
    EXPECT_FALSE(vs.find(addr(2))->online);
    EXPECT_EQ(vs.find(addr(2))->power, 7u);
    EXPECT_EQ(vs.find(addr(2))->priority, prio2);
    EXPECT_TRUE(vs.find(addr(4))->online);
    EXPECT_EQ(vs.totalPower(), 10u);
    EXPECT_EQ(vs.validators()[0].address, addr(2));
}

// ---------------------------------------------------------------- SubnetChain: genesis, admission

TEST_F(ChainTest, GenesisIsBlockZero) {
    EXPECT_EQ(chain_.height(), 0u);
    ASSERT_EQ(chain_.blocksInMemory(), 1u);
    const Block& g = chain_.head();
    EXPECT_EQ(g.header.number, 0u);
    EXPECT_TRUE(g.header.parentHash.isZero());
    EXPECT_EQ(g.header.timestampMs, 1'000u);
    EXPECT_EQ(g.header.baseFee, params().initialBaseFee);
    EXPECT_EQ(g.header.gasLimit, GasSchedule::kBlockGasLimit);
    EXPECT_EQ(g.header.gasUsed, 0u);
    EXPECT_TRUE(g.transactions.empty());
    EXPECT_EQ(g.hash, g.header.computeHash());
    EXPECT_EQ(chain_.blockByHash(g.hash).get(), &g);
    EXPECT_EQ(chain_.block(0).get(), &g);
    EXPECT_EQ(chain_.block(1), nullptr);
    EXPECT_EQ(chain_.state().balance(key(0).ethAddress()), U256(100) * kEther);
    EXPECT_EQ(g.commit.totalPower, 10u);
}

TEST_F(ChainTest, AcceptsAValidTransfer) {
    const TxPtr tx = signTx(transfer(0, addr(0x42), kEther), key(0));
    EXPECT_EQ(chain_.submit(tx), tx->hash);
    EXPECT_EQ(chain_.mempool().size(), 1u);
    EXPECT_TRUE(chain_.mempool().contains(tx->hash));
    EXPECT_EQ(chain_.state().nonce(key(0).ethAddress()), 0u);  // nothing runs before a block
}

TEST_F(ChainTest, RejectsWrongChainId) {
    Transaction t = transfer(0, addr(0x42), kEther);
    t.chainId = kChainId + 1;
    expectRejected(signTx(t, key(0)), "wrong chain id");
}

TEST_F(ChainTest, RejectsTransactionsWithoutChainId) {
    Transaction t = transfer(0, addr(0x42), kEther);
    t.type = TxType::Legacy;
    t.gasPrice = U256(2) * kGwei;
    t.chainId.reset();  // pre-EIP-155
    expectRejected(signTx(t, key(0)), "replay-protected");
}

TEST_F(ChainTest, RejectsNonceTooLow) {
    chain_.submit(signTx(transfer(0, addr(0x42), kEther), key(0)));
    produce();
    ASSERT_EQ(chain_.state().nonce(key(0).ethAddress()), 1u);
    expectRejected(signTx(transfer(0, addr(0x43), kEther), key(0)), "nonce too low");
}

TEST_F(ChainTest, RejectsInsufficientFundsForValuePlusGas) {
    const U256 maxFee = U256(2) * kGwei;
    const U256 balance = U256(100) * kEther;
    // value + gasLimit * maxFee is one atto more than the balance.
    const U256 value = balance - U256(GasSchedule::kTransfer) * maxFee + U256(1);
    expectRejected(signTx(transfer(0, addr(0x42), value, maxFee), key(0)), "insufficient funds");
    // One atto less fits exactly.
    EXPECT_NO_THROW(
        chain_.submit(signTx(transfer(0, addr(0x42), value - U256(1), maxFee), key(0))));
    // A sender that has nothing.
    expectRejected(signTx(transfer(0, addr(0x42), U256(0)), key(9)), "insufficient funds");
}

TEST_F(ChainTest, RejectsFeeCapBelowBaseFee) {
    const U256 base = chain_.nextBaseFee();
    expectRejected(signTx(transfer(0, addr(0x42), kEther, base - U256(1), U256(0)), key(0)),
                   "less than block base fee");
    Transaction legacy = transfer(0, addr(0x42), kEther);
    legacy.type = TxType::Legacy;
    legacy.gasPrice = base - U256(1);
    expectRejected(signTx(legacy, key(0)), "less than block base fee");
    EXPECT_NO_THROW(chain_.submit(signTx(transfer(0, addr(0x42), kEther, base, U256(0)), key(0))));
}

TEST_F(ChainTest, RejectsPriorityFeeAboveMaxFee) {
    expectRejected(
        signTx(transfer(0, addr(0x42), kEther, U256(2) * kGwei, U256(2) * kGwei + U256(1)), key(0)),
        "priority fee");
}

TEST_F(ChainTest, RejectsIntrinsicGasTooLow) {
    expectRejected(
        signTx(transfer(0, addr(0x42), kEther, U256(2) * kGwei, kGwei, GasSchedule::kTransfer - 1),
               key(0)),
        "intrinsic gas too low: needs 21000, limit is 20999");
    Transaction withData = transfer(0, addr(0x42), kEther);
    withData.data = Bytes{0, 1, 2};  // 4 + 16 + 16
    withData.gasLimit = GasSchedule::kTransfer + 35;
    expectRejected(signTx(withData, key(0)), "intrinsic gas too low");
    withData.gasLimit = GasSchedule::kTransfer + 36;
    EXPECT_NO_THROW(chain_.submit(signTx(withData, key(0))));
    EXPECT_EQ(intrinsicGas(withData.data), GasSchedule::kTransfer + 36);
}

TEST_F(ChainTest, RejectsShortOrOversizedCreationsAndGasAboveTheBlockLimit) {
    Transaction create = transfer(0, addr(0x42), U256(0));
    create.to.reset();
    create.data = Bytes{0x60, 0x00};
    create.gasLimit = 53'000;  // creation costs 53000 + data + initcode words
    expectRejected(signTx(create, key(0)), "intrinsic gas too low");
    create.data = Bytes(49'153, 0x5b);
    create.gasLimit = 20'000'000;
    expectRejected(signTx(create, key(0)), "max initcode size exceeded");
    expectRejected(signTx(transfer(0, addr(0x42), U256(0), U256(2) * kGwei, kGwei,
                                   GasSchedule::kBlockGasLimit + 1),
                          key(0)),
                   "block gas limit");
}

TEST_F(ChainTest, RejectsDuplicates) {
    const TxPtr tx = signTx(transfer(0, addr(0x42), kEther), key(0));
    chain_.submit(tx);
    expectRejected(tx, "already known");
    EXPECT_EQ(chain_.mempool().size(), 1u);
}

// ---------------------------------------------------------------- SubnetChain: blocks

TEST_F(ChainTest, ProducesReadyTransactionsInNonceOrder) {
    const auto sender = key(0).ethAddress();
    std::vector<TxPtr> txs;
    for (std::uint64_t n : {2, 0, 1}) {
        txs.push_back(signTx(transfer(n, addr(0x42), U256(n + 1)), key(0)));
        chain_.submit(txs.back());
    }
    EXPECT_EQ(chain_.mempool().pendingNonce(sender, 0), 3u);
    const Block& b = produce();
    ASSERT_EQ(b.transactions.size(), 3u);
    for (std::uint64_t i = 0; i < 3; ++i) {
        EXPECT_EQ(b.transactions[i]->signedTx.tx.nonce, i);
        EXPECT_TRUE(b.receipts[i].success);
        EXPECT_EQ(b.receipts[i].txHash, b.transactions[i]->hash);
        EXPECT_EQ(b.receipts[i].gasUsed, GasSchedule::kTransfer);
        EXPECT_EQ(b.receipts[i].cumulativeGasUsed, GasSchedule::kTransfer * (i + 1));
    }
    EXPECT_EQ(b.header.gasUsed, 3 * GasSchedule::kTransfer);
    EXPECT_EQ(chain_.state().nonce(sender), 3u);
    EXPECT_EQ(chain_.state().balance(addr(0x42)), U256(6));
    EXPECT_EQ(chain_.mempool().size(), 0u);
    for (std::uint32_t i = 0; i < 3; ++i) {
        const auto loc = chain_.findTx(b.transactions[i]->hash);
        ASSERT_TRUE(loc.has_value());
        EXPECT_EQ(loc->block, 1u);
        EXPECT_EQ(loc->index, i);
    }
    EXPECT_FALSE(chain_.findTx(Hash32{}).has_value());
}

TEST_F(ChainTest, FutureNonceWaitsUntilTheGapFills) {
    const TxPtr n0 = signTx(transfer(0, addr(0x42), U256(1)), key(0));
    const TxPtr n2 = signTx(transfer(2, addr(0x42), U256(3)), key(0));
    chain_.submit(n0);
    chain_.submit(n2);
    const Block& b1 = produce();
    ASSERT_EQ(b1.transactions.size(), 1u);
    EXPECT_EQ(b1.transactions[0]->hash, n0->hash);
    EXPECT_TRUE(chain_.mempool().contains(n2->hash));
    EXPECT_FALSE(chain_.findTx(n2->hash).has_value());
    EXPECT_TRUE(produce().transactions.empty());  // still waiting
    const TxPtr n1 = signTx(transfer(1, addr(0x42), U256(2)), key(0));
    chain_.submit(n1);
    const Block& b3 = produce();
    ASSERT_EQ(b3.transactions.size(), 2u);
    EXPECT_EQ(b3.transactions[0]->hash, n1->hash);
    EXPECT_EQ(b3.transactions[1]->hash, n2->hash);
    EXPECT_EQ(chain_.state().balance(addr(0x42)), U256(6));
}

TEST_F(ChainTest, SendersAreInterleavedByArrival) {
    chain_.submit(signTx(transfer(0, addr(0x42), U256(1)), key(1)));
    chain_.submit(signTx(transfer(0, addr(0x42), U256(1)), key(0)));
    chain_.submit(signTx(transfer(1, addr(0x42), U256(1)), key(1)));
    const Block& b = produce();
    ASSERT_EQ(b.transactions.size(), 3u);
    EXPECT_EQ(b.transactions[0]->sender, key(1).ethAddress());
    EXPECT_EQ(b.transactions[1]->sender, key(0).ethAddress());
    EXPECT_EQ(b.transactions[2]->sender, key(1).ethAddress());
}

TEST_F(ChainTest, ReplacementNeedsTenPercentMoreFee) {
    const U256 fee = U256(2) * kGwei;
    const U256 tip = kGwei;
    const TxPtr original = signTx(transfer(0, addr(0x42), U256(1), fee, tip), key(0));
    chain_.submit(original);
    const U256 bumpedFee = fee + fee / U256(10);
    const U256 bumpedTip = tip + tip / U256(10);
    expectRejected(signTx(transfer(0, addr(0x43), U256(1), bumpedFee - U256(1), bumpedTip), key(0)),
                   "replacement transaction underpriced");
    // Geth also requires the tip to rise by 10 %: a higher cap alone pays the proposer nothing.
    expectRejected(signTx(transfer(0, addr(0x43), U256(1), bumpedFee, bumpedTip - U256(1)), key(0)),
                   "replacement transaction underpriced");
    const TxPtr replacement =
        signTx(transfer(0, addr(0x43), U256(1), bumpedFee, bumpedTip), key(0));
    chain_.submit(replacement);
    EXPECT_EQ(chain_.mempool().size(), 1u);
    EXPECT_FALSE(chain_.mempool().contains(original->hash));
    const Block& b = produce();
    ASSERT_EQ(b.transactions.size(), 1u);
    EXPECT_EQ(b.transactions[0]->hash, replacement->hash);
    EXPECT_EQ(chain_.state().balance(addr(0x43)), U256(1));
    EXPECT_EQ(chain_.state().balance(addr(0x42)), U256{});
}

TEST_F(ChainTest, BaseFeeIsBurntTipGoesToProposerSupplyIsConserved) {
    const auto sender = key(0).ethAddress();
    const U256 supply = chain_.state().totalSupply();
    const U256 senderBefore = chain_.state().balance(sender);
    const U256 maxFee = U256(3) * kGwei;
    const U256 tip = U256(2) * kGwei;
    const U256 value = U256(12345);
    chain_.submit(signTx(transfer(0, addr(0x42), value, maxFee, tip), key(0)));
    const U256 base = chain_.nextBaseFee();
    const Block& b = produce();
    ASSERT_EQ(b.header.baseFee, base);
    ASSERT_EQ(b.receipts.size(), 1u);
    const U256 price = base + tip;  // below the cap
    ASSERT_LT(price, maxFee);
    EXPECT_EQ(b.receipts[0].effectiveGasPrice, price);
    const U256 gas = U256(GasSchedule::kTransfer);
    EXPECT_EQ(chain_.state().balance(sender), senderBefore - value - gas * price);
    EXPECT_EQ(chain_.state().balance(burntFundsAddress()), gas * base);
    EXPECT_EQ(chain_.state().balance(proposer()), gas * tip);
    EXPECT_EQ(chain_.state().balance(addr(0x42)), value);
    EXPECT_EQ(chain_.state().totalSupply(), supply);
    EXPECT_EQ(burntFundsAddress().hex(), "0xff00000000000000000000000000000000000063");
}

TEST_F(ChainTest, TipIsCappedByMaxFee) {
    const U256 base = chain_.nextBaseFee();
    const U256 maxFee = base + U256(5);
    chain_.submit(signTx(transfer(0, addr(0x42), U256(1), maxFee, U256(10)), key(0)));
    const Block& b = produce();
    ASSERT_EQ(b.receipts.size(), 1u);
    EXPECT_EQ(b.receipts[0].effectiveGasPrice, maxFee);
    EXPECT_EQ(chain_.state().balance(proposer()), U256(GasSchedule::kTransfer) * U256(5));
}

TEST_F(ChainTest, LegacyReplayProtectedTransactionsPayTheirGasPrice) {
    const U256 supply = chain_.state().totalSupply();
    Transaction t = transfer(0, addr(0x42), U256(9));
    t.type = TxType::Legacy;
    t.gasPrice = U256(2) * kGwei;
    chain_.submit(signTx(t, key(0)));
    const U256 base = chain_.nextBaseFee();
    const Block& b = produce();
    ASSERT_EQ(b.receipts.size(), 1u);
    EXPECT_EQ(b.receipts[0].effectiveGasPrice, t.gasPrice);
    EXPECT_EQ(chain_.state().balance(proposer()),
              U256(GasSchedule::kTransfer) * (t.gasPrice - base));
    EXPECT_EQ(chain_.state().totalSupply(), supply);
}

TEST_F(ChainTest, BlocksFormAHashChain) {
    for (int i = 0; i < 4; ++i) {
        chain_.submit(signTx(transfer(i, addr(0x42), U256(1)), key(0)));
        produce();
    }
    ASSERT_EQ(chain_.height(), 4u);
    for (std::uint64_t n = 1; n <= 4; ++n) {
        const BlockPtr b = chain_.block(n);
        ASSERT_NE(b, nullptr);
        EXPECT_EQ(b->header.number, n);
        EXPECT_EQ(b->header.parentHash, chain_.block(n - 1)->hash);
        EXPECT_EQ(b->hash, b->header.computeHash());
        EXPECT_EQ(chain_.blockByHash(b->hash), b);
        EXPECT_NE(b->header.stateRoot, chain_.block(n - 1)->header.stateRoot);
        EXPECT_EQ(b->header.proposer, proposer());
        EXPECT_EQ(b->intervalMs, 1000u);
        EXPECT_EQ(b->header.transactionsRoot, listRoot({b->transactions[0]->hash}));
        EXPECT_EQ(b->header.receiptsRoot, listRoot({receiptDigest(b->receipts[0])}));
        EXPECT_EQ(b->commit.signedPower, 10u);
        EXPECT_EQ(b->commit.signers, std::vector<EthAddress>{proposer()});
    }
    EXPECT_EQ(chain_.blockByHash(Hash32{}), nullptr);
    // Changing any header field changes the hash.
    BlockHeader h = chain_.head().header;
    h.timestampMs += 1;
    EXPECT_NE(h.computeHash(), chain_.head().hash);
}

TEST_F(ChainTest, BaseFeeFallsByAnEighthOnEmptyBlocksDownToTheMinimum) {
    U256 expected = params().initialBaseFee;
    for (int i = 0; i < 5; ++i) {
        expected = expected - expected / U256(8);
        EXPECT_EQ(chain_.nextBaseFee(), expected);
        EXPECT_EQ(produce().header.baseFee, expected);
    }
    for (int i = 0; i < 200; ++i)
        produce();
    EXPECT_EQ(chain_.head().header.baseFee, params().minBaseFee);
    EXPECT_EQ(chain_.nextBaseFee(), params().minBaseFee);
}

TEST_F(ChainTest, HooksRunAroundTheTransactions) {
    std::vector<std::string> order;
    chain_.submit(signTx(transfer(0, addr(0x42), U256(1)), key(0)));
    now_ += 1000;
    const Block& b = chain_.produceBlock(
        now_, proposer(),
        [&](AccountState& s, std::uint64_t h, std::vector<Log>& logs) {
            EXPECT_EQ(h, 1u);
            EXPECT_EQ(s.balance(addr(0x42)), U256{});
            s.credit(addr(0x77), U256(5));  // top-down mint
            logs.push_back(Log{addr(0x77), {}, {}});
            order.push_back("before");
        },
        [&](AccountState& s, std::uint64_t h, std::vector<Log>&) {
            EXPECT_EQ(h, 1u);
            EXPECT_EQ(s.balance(addr(0x42)), U256(1));
            order.push_back("after");
        });
    EXPECT_EQ(order, (std::vector<std::string>{"before", "after"}));
    EXPECT_EQ(b.systemLogs.size(), 1u);
    EXPECT_EQ(chain_.state().balance(addr(0x77)), U256(5));
    // Sealing computes the block's bloom once (RPC answers reuse it), system logs included.
    ASSERT_NE(b.logsBloom, nullptr);
    Bloom expected{};
    addToBloom(expected, addr(0x77).view());
    EXPECT_EQ(*b.logsBloom, expected);
    now_ += 1000;
    EXPECT_EQ(chain_.produceBlock(now_, proposer(), {}, {}).logsBloom, nullptr);  // no bloom
}

TEST_F(ChainTest, TransactionsThatNoLongerAffordTheirCostWaitWithTheirSuccessors) {
    const auto sender = key(0).ethAddress();
    const U256 funds = chain_.state().balance(sender);
    chain_.submit(signTx(transfer(0, addr(0x42), U256(1)), key(0)));
    chain_.submit(signTx(transfer(1, addr(0x42), U256(1)), key(0)));
    now_ += 1000;
    const Block& b = chain_.produceBlock(
        now_, proposer(),
        [&](AccountState& s, std::uint64_t, std::vector<Log>&) { s.setBalance(sender, U256(1)); },
        {});
    EXPECT_TRUE(b.transactions.empty());
    EXPECT_EQ(chain_.state().nonce(sender), 0u);
    // Neither is lost: both wait until the sender can pay again.
    EXPECT_EQ(chain_.mempool().size(), 2u);
    now_ += 1000;
    const Block& next = chain_.produceBlock(
        now_, proposer(),
        [&](AccountState& s, std::uint64_t, std::vector<Log>&) { s.setBalance(sender, funds); },
        {});
    EXPECT_EQ(next.transactions.size(), 2u);
    EXPECT_EQ(chain_.state().nonce(sender), 2u);
    EXPECT_EQ(chain_.mempool().size(), 0u);
}

TEST_F(ChainTest, BlockGasLimitDefersTransactions) {
    // Two transactions of 20M gas each: only one fits a 30M block.
    auto big = [](std::uint64_t nonce) {
        Transaction t = transfer(nonce, addr(0x42), U256(1), U256(2) * kGwei, kGwei, 20'000'000);
        return t;
    };
    chain_.submit(signTx(big(0), key(0)));
    chain_.submit(signTx(big(0), key(1)));
    EXPECT_EQ(produce().transactions.size(), 1u);
    EXPECT_EQ(chain_.mempool().size(), 1u);
    EXPECT_EQ(produce().transactions.size(), 1u);
    EXPECT_EQ(chain_.mempool().size(), 0u);
}

// ---------------------------------------------------------------- SubnetChain with contracts

class ContractChainTest : public ChainTest {
protected:
    ContractChainTest() : ChainTest(&stub_) {}
    static StubContracts stub_;

    Transaction callTx(std::uint64_t nonce, Bytes data, std::uint64_t gas, const U256& value = {}) {
        Transaction t =
            transfer(nonce, StubContracts::address(), value, U256(2) * kGwei, kGwei, gas);
        t.data = std::move(data);
        return t;
    }
};
StubContracts ContractChainTest::stub_;

TEST_F(ContractChainTest, SuccessfulCallChargesIntrinsicPlusCallGas) {
    stub_.gas = 1000;
    const Bytes data{0x01, 0x00};
    EXPECT_EQ(chain_.estimateGas(StubContracts::address(), data),
              GasSchedule::kTransfer + 16 + 4 + 1000);
    EXPECT_EQ(chain_.estimateGas(addr(0x42), data), GasSchedule::kTransfer + 20);
    chain_.submit(signTx(callTx(0, data, 100'000, U256(7)), key(0)));
    const Block& b = produce();
    ASSERT_EQ(b.receipts.size(), 1u);
    EXPECT_TRUE(b.receipts[0].success);
    EXPECT_EQ(b.receipts[0].gasUsed, GasSchedule::kTransfer + 20 + 1000);
    EXPECT_EQ(b.receipts[0].returnData, Bytes{0xaa});
    EXPECT_EQ(b.receipts[0].logs.size(), 1u);
    EXPECT_EQ(chain_.state().balance(StubContracts::address()), U256(7));
    EXPECT_EQ(chain_.state().balance(StubContracts::sink()), U256(1));
    EXPECT_EQ(chain_.call(StubContracts::address(), Bytes{9}), Bytes{9});
    EXPECT_TRUE(chain_.call(addr(0x42), Bytes{9}).empty());
}

TEST_F(ContractChainTest, RevertRollsBackButChargesGasAndNonce) {
    stub_.gas = 1000;
    const auto sender = key(0).ethAddress();
    const U256 before = chain_.state().balance(sender);
    const U256 supply = chain_.state().totalSupply();
    chain_.submit(signTx(callTx(0, Bytes{0xff}, 100'000, U256(7)), key(0)));
    const Block& b = produce();
    ASSERT_EQ(b.receipts.size(), 1u);
    const Receipt& r = b.receipts[0];
    EXPECT_FALSE(r.success);
    EXPECT_NE(r.revertReason.find("stub says no"), std::string::npos);
    EXPECT_TRUE(r.logs.empty());
    EXPECT_EQ(r.gasUsed, GasSchedule::kTransfer + 16 + 1000);
    EXPECT_EQ(chain_.state().balance(StubContracts::address()), U256{});
    EXPECT_EQ(chain_.state().balance(StubContracts::sink()), U256{});
    EXPECT_EQ(chain_.state().nonce(sender), 1u);
    EXPECT_EQ(chain_.state().balance(sender), before - U256(r.gasUsed) * r.effectiveGasPrice);
    EXPECT_EQ(chain_.state().totalSupply(), supply);
}

TEST_F(ContractChainTest, OutOfGasUsesTheWholeLimit) {
    stub_.gas = 50'000;
    const auto sender = key(0).ethAddress();
    const U256 before = chain_.state().balance(sender);
    chain_.submit(signTx(callTx(0, Bytes{0x01}, 30'000, U256(7)), key(0)));
    const int callsBefore = stub_.calls;
    const Block& b = produce();
    ASSERT_EQ(b.receipts.size(), 1u);
    EXPECT_FALSE(b.receipts[0].success);
    EXPECT_EQ(b.receipts[0].gasUsed, 30'000u);
    EXPECT_EQ(stub_.calls, callsBefore);
    EXPECT_EQ(chain_.state().balance(sender),
              before - U256(30'000) * b.receipts[0].effectiveGasPrice);
}

TEST_F(ContractChainTest, SystemTransactionsPayNoFee) {
    stub_.gas = 1000;
    const auto sender = key(0).ethAddress();
    const U256 before = chain_.state().balance(sender);
    Transaction t = callTx(0, Bytes{0x01}, 100'000);
    t.maxFeePerGas = U256(0);
    t.maxPriorityFeePerGas = U256(0);
    chain_.submit(signTx(t, key(0), /*system=*/true));
    const Block& b = produce();
    ASSERT_EQ(b.receipts.size(), 1u);
    EXPECT_TRUE(b.receipts[0].success);
    EXPECT_EQ(b.receipts[0].effectiveGasPrice, U256{});
    EXPECT_EQ(chain_.state().balance(sender), before);
    EXPECT_EQ(chain_.state().balance(burntFundsAddress()), U256{});
}

TEST_F(ContractChainTest, BaseFeeFollowsEip1559) {
    const std::uint64_t target = GasSchedule::kBlockGasLimit / 2;
    // Block 1: exactly the target -> block 2 keeps block 1's base fee.
    stub_.gas = target - GasSchedule::kTransfer - 16;
    chain_.submit(signTx(callTx(0, Bytes{0x01}, target), key(0)));
    const Block& b1 = produce();
    ASSERT_EQ(b1.header.gasUsed, target);
    const U256 base1 = b1.header.baseFee;
    EXPECT_EQ(chain_.nextBaseFee(), base1);
    // Block 2: 25M used -> +base * 10M / 15M / 8.
    stub_.gas = 25'000'000 - GasSchedule::kTransfer - 16;
    chain_.submit(signTx(callTx(1, Bytes{0x01}, 25'000'000), key(0)));
    const Block& b2 = produce();
    ASSERT_EQ(b2.header.baseFee, base1);
    ASSERT_EQ(b2.header.gasUsed, 25'000'000u);
    const U256 up = base1 + base1 * U256(10'000'000) / U256(target) / U256(8);
    EXPECT_EQ(chain_.nextBaseFee(), up);
    // Block 3: 5M used -> -base * 10M / 15M / 8.
    stub_.gas = 5'000'000 - GasSchedule::kTransfer - 16;
    chain_.submit(signTx(callTx(2, Bytes{0x01}, 5'000'000), key(0)));
    const Block& b3 = produce();
    ASSERT_EQ(b3.header.baseFee, up);
    EXPECT_EQ(chain_.nextBaseFee(), up - up * U256(10'000'000) / U256(target) / U256(8));
}
