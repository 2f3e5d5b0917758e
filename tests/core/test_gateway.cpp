// The gateway on both sides of a parent/child pair (IPC_PROTOCOL.md §3-§6): fund locks and
// queues top-down, release burns and batches bottom-up, checkpoints are cut per period or when
// a batch fills, quorum is weighted, top-down apply mints and checks nonces, bottom-up execution
// pays out or fails softly, sibling messages route through the common parent, and every
// executed non-Result message answers with exactly one Result.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ipc/core/chain/account_state.h"
#include "ipc/core/chain/state_io.h"
#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/encoding/rlp.h"
#include "ipc/core/ipc/events.h"
#include "ipc/core/ipc/gateway.h"
#include "ipc/core/ipc/state_codec.h"
#include "ipc/core/ipc/types.h"
#include "ipc/core/primitives/error.h"
#include "support/test_values.h"

using namespace ipc;
using namespace ipc::protocol;
using ipc::chain::AccountState;
using ipc::chain::Log;
using ipc::chain::Revert;

namespace {

using ipc::testing_support::addr;

crypto::PrivateKey key(std::uint64_t i) {
    return crypto::PrivateKey::deterministic(11, i);
}

Member member(std::uint64_t keyIndex, std::uint64_t weight) {
    const auto k = key(keyIndex);
    return Member{k.ethAddress(), k.publicKey().uncompressed(), U256(weight), weight};
}

Hash32 word(const EthAddress& a) {
    Hash32 w;
    std::copy(a.view().begin(), a.view().end(), w.bytes.begin() + 12);
    return w;
}

std::size_t countKind(const std::vector<MessageEvent>& events, MessageEvent::Kind k) {
    std::size_t n = 0;
    for (const auto& e : events)
        n += e.kind == k ? 1 : 0;
    return n;
}

const EthAddress kGw = gatewayAddress();
const U256 kStake = U256(1000);
const U256 kGenesisCirc = U256(500);

// A root /r31337 with one registered child whose gateway runs next to it.
class GatewayTest : public ::testing::Test {
protected:
    GatewayTest()
        : root_(31337),
          childId_(root_.child(addr(0xa1, 0x10))),
          parent_(root_, params()),
          child_(childId_, params()) {
        ps_.setBalance(alice(), U256(10'000));
        cs_.setBalance(carol(), kGenesisCirc);  // the child's genesis balances
    }

    static GatewayParams params() { return GatewayParams{10, 67, 10}; }
    static EthAddress alice() { return addr(0x01); }  // parent user
    static EthAddress bob() { return addr(0x02); }    // child user
    static EthAddress carol() { return addr(0x03); }  // child user with genesis funds

    void registerChild() {
        ps_.credit(kGw, kStake + kGenesisCirc);  // the subnet actor moved them here
        parent_.registerChild(childId_, kStake, kGenesisCirc, 1);
    }
    Envelope fund(const EthAddress& from, const EthAddress& to, const U256& v, std::uint64_t h) {
        ps_.transfer(from, kGw, v);  // the payable value
        return parent_.fund(ps_, h, from, v, childId_, to, logs_);
    }
    Envelope release(const EthAddress& from, const EthAddress& to, const U256& v, std::uint64_t h) {
        cs_.transfer(from, kGw, v);
        return child_.release(cs_, h, from, v, to, logs_);
    }
    // The child executes parent finality at parent height `parentHeight`.
    void syncTopDown(std::uint64_t parentHeight, std::uint64_t childHeight) {
        const auto msgs = parent_.topDownMessages(childId_, synced_, parentHeight);
        child_.applyTopDown(cs_, childHeight, ParentFinality{parentHeight, Hash32{}}, msgs, {},
                            logs_);
        synced_ = parentHeight;
    }
    // Cut at `childHeight` (must produce a checkpoint) and execute it in the parent.
    BottomUpCheckpoint relay(std::uint64_t childHeight, std::uint64_t parentHeight) {
        const auto cut = child_.maybeCutCheckpoint(childHeight, Hash32{}, 0, 1, childHeight, logs_);
        EXPECT_TRUE(cut.has_value());
        const BottomUpCheckpoint cp = child_.recentCheckpoint(childHeight)->checkpoint;
        parent_.execBottomUp(ps_, parentHeight, childId_, cp.msgs, logs_);
        return cp;
    }
    void expectParentLocked() const { EXPECT_EQ(ps_.balance(kGw), parent_.lockedValue()); }

    SubnetId root_;
    SubnetId childId_;
    Gateway parent_;
    Gateway child_;
    AccountState ps_;
    AccountState cs_;
    std::vector<Log> logs_;
    std::uint64_t synced_ = 0;
};

}  // namespace

// ---------------------------------------------------------------- registration, stake

TEST(GatewayBasicsTest, WellKnownAddressesAndPeriod) {
    EXPECT_EQ(gatewayAddress().hex(), "0x77aa40b105843728088c0132e43fc44348881da8");
    EXPECT_EQ(registryAddress().hex(), "0x74539671a1d2f1c8f200826baba665179f53a1b7");
    EXPECT_THROW(Gateway(SubnetId(1), GatewayParams{0, 67, 10}), Error);
    EXPECT_STREQ(toString(CheckpointStage::Quorum), "quorum");
}

TEST(GatewayBasicsTest, MajorityFollowsIpcIntegerThreshold) {
    // IPC: threshold = total * pct / 100 (integer division), passes when weight >= threshold.
    EXPECT_EQ(majorityThreshold(100, 67), 67u);
    EXPECT_TRUE(reachesMajority(67, 100, 67));
    EXPECT_FALSE(reachesMajority(66, 100, 67));
    EXPECT_EQ(majorityThreshold(3, 67), 2u);  // 201 / 100
    EXPECT_TRUE(reachesMajority(2, 3, 67));
    EXPECT_FALSE(reachesMajority(1, 3, 67));
    EXPECT_EQ(majorityThreshold(10, 51), 5u);
    EXPECT_TRUE(reachesMajority(5, 10, 51));
    EXPECT_TRUE(reachesMajority(10, 10, 100));
    EXPECT_FALSE(reachesMajority(9, 10, 100));
    EXPECT_TRUE(reachesMajority(UINT64_MAX, UINT64_MAX, 100));  // no overflow
    EXPECT_FALSE(reachesMajority(UINT64_MAX / 2, UINT64_MAX, 67));
}

TEST_F(GatewayTest, RegisterChildAndStakeBookkeeping) {
    registerChild();
    const ChildSubnet* c = parent_.child(childId_);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->stake, kStake);
    EXPECT_EQ(c->circSupply, kGenesisCirc);
    EXPECT_EQ(c->genesisEpoch, 1u);
    EXPECT_EQ(c->topDownNonce, 0u);
    EXPECT_EQ(parent_.lockedValue(), kStake + kGenesisCirc);
    expectParentLocked();
    EXPECT_THROW(parent_.registerChild(childId_, U256(1), U256(0), 2), Revert);

    ps_.credit(kGw, U256(250));
    parent_.addStake(childId_, U256(250));
    EXPECT_EQ(parent_.child(childId_)->stake, kStake + U256(250));
    parent_.releaseStake(ps_, childId_, U256(50), addr(0x77));
    EXPECT_EQ(ps_.balance(addr(0x77)), U256(50));
    EXPECT_EQ(parent_.child(childId_)->stake, kStake + U256(200));
    expectParentLocked();
    EXPECT_THROW(parent_.releaseStake(ps_, childId_, kStake + U256(201), addr(0x77)), Revert);
    const SubnetId stranger = root_.child(addr(0xee));
    EXPECT_THROW(parent_.addStake(stranger, U256(1)), Revert);
    EXPECT_THROW(parent_.releaseStake(ps_, stranger, U256(1), addr(0x77)), Revert);
    EXPECT_EQ(parent_.child(stranger), nullptr);
}

TEST_F(GatewayTest, KillNeedsNoSupplyAndNoStake) {
    registerChild();
    EXPECT_THROW(parent_.killChild(childId_), Revert);
    EXPECT_THROW(parent_.killChild(root_.child(addr(0xee))), Revert);
    Gateway g(root_, params());
    g.registerChild(childId_, U256(0), U256(0), 1);
    g.killChild(childId_);
    EXPECT_TRUE(g.child(childId_)->killed);
    AccountState s;
    s.setBalance(alice(), U256(5));
    s.transfer(alice(), kGw, U256(5));
    EXPECT_THROW(g.fund(s, 3, alice(), U256(5), childId_, bob(), logs_), Revert);
}

// ---------------------------------------------------------------- fund (parent side)

TEST_F(GatewayTest, FundLocksValueAndQueuesATopDownMessage) {
    registerChild();
    const Envelope e = fund(alice(), bob(), U256(100), 5);
    EXPECT_EQ(e.kind, MsgKind::Transfer);
    EXPECT_EQ(e.localNonce, 0u);
    EXPECT_EQ(e.originalNonce, 0u);
    EXPECT_EQ(e.value, U256(100));
    EXPECT_EQ(e.to, (IpcAddress{childId_, bob()}));
    EXPECT_EQ(e.from, (IpcAddress{root_, alice()}));
    const ChildSubnet* c = parent_.child(childId_);
    EXPECT_EQ(c->circSupply, kGenesisCirc + U256(100));
    EXPECT_EQ(c->topDownNonce, 1u);
    EXPECT_EQ(ps_.balance(alice()), U256(9'900));
    expectParentLocked();

    const Envelope e2 = fund(alice(), carol(), U256(7), 5);
    EXPECT_EQ(e2.localNonce, 1u);
    EXPECT_EQ(e2.originalNonce, 1u);
    EXPECT_EQ(parent_.child(childId_)->topDownNonce, 2u);
    expectParentLocked();

    ASSERT_EQ(logs_.size(), 2u);
    EXPECT_EQ(logs_[0].address, kGw);
    ASSERT_EQ(logs_[0].topics.size(), 3u);
    EXPECT_EQ(logs_[0].topics[0], keccak256(std::string_view(events::kNewTopDownMessage)));
    EXPECT_EQ(logs_[0].topics[1], word(*childId_.actor()));
    EXPECT_EQ(logs_[0].topics[2], tracingId(e));

    const auto evs = parent_.takeMessageEvents();
    ASSERT_EQ(evs.size(), 2u);
    EXPECT_EQ(evs[0].kind, MessageEvent::Kind::CommittedTopDown);
    EXPECT_EQ(evs[0].tracingId, tracingId(e));
    EXPECT_EQ(evs[0].nextHop, std::optional<SubnetId>(childId_));
    EXPECT_TRUE(parent_.takeMessageEvents().empty());
}

TEST_F(GatewayTest, FundRejections) {
    registerChild();
    EXPECT_THROW(parent_.fund(ps_, 5, alice(), U256(0), childId_, bob(), logs_), Revert);
    // Not a direct child: the root itself, a grandchild, an unregistered child.
    EXPECT_THROW(parent_.fund(ps_, 5, alice(), U256(1), root_, bob(), logs_), Revert);
    EXPECT_THROW(parent_.fund(ps_, 5, alice(), U256(1), childId_.child(addr(0xb1)), bob(), logs_),
                 Revert);
    EXPECT_THROW(parent_.fund(ps_, 5, alice(), U256(1), root_.child(addr(0xee)), bob(), logs_),
                 Revert);
    EXPECT_EQ(parent_.child(childId_)->topDownNonce, 0u);
    EXPECT_EQ(parent_.child(childId_)->circSupply, kGenesisCirc);
    EXPECT_TRUE(parent_.topDownQueue(childId_).empty());
    EXPECT_TRUE(logs_.empty());
}

TEST_F(GatewayTest, TopDownQueueIsIndexedByParentHeight) {
    registerChild();
    fund(alice(), bob(), U256(1), 5);
    fund(alice(), bob(), U256(2), 5);
    fund(alice(), bob(), U256(3), 7);
    fund(alice(), bob(), U256(4), 9);
    ASSERT_EQ(parent_.topDownQueue(childId_).size(), 4u);
    EXPECT_EQ(parent_.topDownQueue(childId_)[2].parentHeight, 7u);
    auto values = [&](std::uint64_t from, std::uint64_t to) {
        std::vector<std::uint64_t> out;
        for (const auto& m : parent_.topDownMessages(childId_, from, to))
            out.push_back(m.value.toUint64());
        return out;
    };
    EXPECT_EQ(values(0, 4), std::vector<std::uint64_t>{});
    EXPECT_EQ(values(0, 5), (std::vector<std::uint64_t>{1, 2}));
    EXPECT_EQ(values(4, 5), (std::vector<std::uint64_t>{1, 2}));
    EXPECT_EQ(values(5, 7), (std::vector<std::uint64_t>{3}));
    EXPECT_EQ(values(5, 8), (std::vector<std::uint64_t>{3}));
    EXPECT_EQ(values(7, 100), (std::vector<std::uint64_t>{4}));
    EXPECT_EQ(values(0, 100), (std::vector<std::uint64_t>{1, 2, 3, 4}));
    EXPECT_TRUE(parent_.topDownMessages(root_.child(addr(0xee)), 0, 100).empty());
    EXPECT_TRUE(parent_.topDownQueue(root_.child(addr(0xee))).empty());
}

// ---------------------------------------------------------------- release (child side)

TEST_F(GatewayTest, ReleaseBurnsAndBatchesForTheNextEpoch) {
    const U256 supply = cs_.totalSupply();
    const Envelope e = release(carol(), alice(), U256(40), 3);
    EXPECT_EQ(e.kind, MsgKind::Transfer);
    EXPECT_EQ(e.localNonce, 0u);
    EXPECT_EQ(e.originalNonce, 0u);
    EXPECT_EQ(e.to, (IpcAddress{root_, alice()}));
    EXPECT_EQ(e.from, (IpcAddress{childId_, carol()}));
    EXPECT_EQ(cs_.balance(kGw), U256{});  // burnt
    EXPECT_EQ(cs_.totalSupply(), supply - U256(40));
    EXPECT_EQ(child_.bottomUpNonce(), 1u);
    ASSERT_EQ(child_.pendingBatches().count(10), 1u);
    EXPECT_EQ(child_.pendingBatches().at(10).size(), 1u);

    // Epoch (h / period + 1) * period.
    release(carol(), alice(), U256(1), 0);
    release(carol(), alice(), U256(1), 9);
    release(carol(), alice(), U256(1), 10);
    release(carol(), alice(), U256(1), 15);
    EXPECT_EQ(child_.pendingBatches().at(10).size(), 3u);
    EXPECT_EQ(child_.pendingBatches().at(20).size(), 2u);
    EXPECT_EQ(child_.bottomUpNonce(), 5u);

    const auto evs = child_.takeMessageEvents();
    ASSERT_EQ(evs.size(), 5u);
    EXPECT_EQ(evs[0].kind, MessageEvent::Kind::CommittedBottomUp);
    EXPECT_EQ(evs[0].checkpointEpoch, 10u);
    EXPECT_EQ(evs[3].checkpointEpoch, 20u);
    EXPECT_EQ(evs[0].nextHop, std::optional<SubnetId>(root_));
    ASSERT_FALSE(logs_.empty());
    EXPECT_EQ(logs_[0].topics[0], keccak256(std::string_view(events::kQueuedBottomUpMessage)));
    EXPECT_EQ(logs_[0].topics[1], tracingId(e));
}

TEST_F(GatewayTest, ReleaseRejections) {
    EXPECT_THROW(child_.release(cs_, 3, carol(), U256(0), alice(), logs_), Revert);
    ps_.transfer(alice(), kGw, U256(5));
    EXPECT_THROW(parent_.release(ps_, 3, alice(), U256(5), bob(), logs_), Revert);  // root
    EXPECT_EQ(child_.bottomUpNonce(), 0u);
    EXPECT_TRUE(child_.pendingBatches().empty());
}

// ---------------------------------------------------------------- checkpoint cutting

TEST_F(GatewayTest, CheckpointsAreCutAtMultiplesOfThePeriod) {
    const Envelope e = release(carol(), alice(), U256(40), 3);
    release(carol(), alice(), U256(2), 10);  // belongs to epoch 20
    for (std::uint64_t h = 1; h < 10; ++h)
        EXPECT_FALSE(child_.maybeCutCheckpoint(h, Hash32{}, 0, 1, h, logs_).has_value()) << h;
    logs_.clear();
    const Hash32 blockHash = keccak256(std::string_view("child block 10"));
    const auto cut = child_.maybeCutCheckpoint(10, blockHash, 12'345, 3, 10, logs_);
    ASSERT_EQ(cut, std::optional<std::uint64_t>(10));
    const CheckpointRecord* rec = child_.recentCheckpoint(10);
    ASSERT_NE(rec, nullptr);
    const BottomUpCheckpoint& c = rec->checkpoint;
    EXPECT_EQ(c.subnet, childId_);
    EXPECT_EQ(c.blockHeight, 10u);
    EXPECT_EQ(c.blockHash, blockHash);
    EXPECT_EQ(c.nextConfigurationNumber, 1u);
    ASSERT_EQ(c.msgs.size(), 1u);
    EXPECT_EQ(c.msgs[0], e);
    EXPECT_EQ(c.activity.totalActiveValidators, 3u);
    EXPECT_EQ(c.activity.totalNumBlocksCommitted, 10u);
    EXPECT_EQ(rec->hash, checkpointHash(c));
    EXPECT_EQ(rec->cutTimeMs, 12'345u);
    EXPECT_EQ(rec->stage, CheckpointStage::Signing);
    ASSERT_EQ(logs_.size(), 1u);
    EXPECT_EQ(logs_[0].topics[0], keccak256(std::string_view(events::kNewBottomUpCheckpoint)));
    EXPECT_EQ(child_.pendingBatches().count(10), 0u);
    EXPECT_EQ(child_.pendingBatches().at(20).size(), 1u);

    // Empty epochs still get a checkpoint, so heights stay consecutive multiples.
    EXPECT_EQ(child_.maybeCutCheckpoint(20, Hash32{}, 0, 1, 20, logs_),
              std::optional<std::uint64_t>(20));
    EXPECT_EQ(child_.recentCheckpoint(20)->checkpoint.msgs.size(), 1u);
    EXPECT_EQ(child_.maybeCutCheckpoint(30, Hash32{}, 0, 1, 30, logs_),
              std::optional<std::uint64_t>(30));
    EXPECT_TRUE(child_.recentCheckpoint(30)->checkpoint.msgs.empty());
    EXPECT_EQ(child_.recentCheckpoints().size(), 3u);
    EXPECT_EQ(child_.recentCheckpoint(25), nullptr);
}

TEST_F(GatewayTest, FullBatchIsCutEarlyExactlyAtTheLimit) {
    for (int i = 0; i < 9; ++i)
        release(carol(), alice(), U256(1), 13);
    EXPECT_FALSE(child_.maybeCutCheckpoint(13, Hash32{}, 0, 1, 13, logs_).has_value());
    release(carol(), alice(), U256(1), 14);  // the tenth
    EXPECT_EQ(child_.maybeCutCheckpoint(14, Hash32{}, 0, 1, 14, logs_),
              std::optional<std::uint64_t>(14));
    const BottomUpCheckpoint& c = child_.recentCheckpoint(14)->checkpoint;
    EXPECT_EQ(c.blockHeight, 14u);
    ASSERT_EQ(c.msgs.size(), 10u);
    for (std::uint64_t i = 0; i < 10; ++i)
        EXPECT_EQ(c.msgs[i].localNonce, i);
    EXPECT_EQ(child_.pendingBatches().count(20), 0u);
    EXPECT_FALSE(child_.maybeCutCheckpoint(15, Hash32{}, 0, 1, 15, logs_).has_value());
    EXPECT_TRUE(child_.maybeCutCheckpoint(20, Hash32{}, 0, 1, 20, logs_).has_value());
    EXPECT_TRUE(child_.recentCheckpoint(20)->checkpoint.msgs.empty());
}

TEST_F(GatewayTest, OverfullBatchesSpillIntoTheNextCutInNonceOrder) {
    // 12 messages in one block before the epoch: an early cut takes 10, 2 wait.
    for (int i = 0; i < 12; ++i)
        release(carol(), alice(), U256(1), 13);
    ASSERT_TRUE(child_.maybeCutCheckpoint(13, Hash32{}, 0, 1, 13, logs_).has_value());
    EXPECT_EQ(child_.recentCheckpoint(13)->checkpoint.msgs.size(), 10u);
    ASSERT_EQ(child_.pendingBatches().at(20).size(), 2u);
    ASSERT_TRUE(child_.maybeCutCheckpoint(20, Hash32{}, 0, 1, 20, logs_).has_value());
    const auto& at20 = child_.recentCheckpoint(20)->checkpoint.msgs;
    ASSERT_EQ(at20.size(), 2u);
    EXPECT_EQ(at20[0].localNonce, 10u);
    EXPECT_EQ(at20[1].localNonce, 11u);

    // 13 messages land in epoch 30 without a cut before it: the epoch cut takes 10 and the
    // rest moves to epoch 40, ahead of messages sent later.
    for (int i = 0; i < 13; ++i)
        release(carol(), alice(), U256(1), 29);
    release(carol(), alice(), U256(1), 30);  // epoch 40, nonce 25
    ASSERT_TRUE(child_.maybeCutCheckpoint(30, Hash32{}, 0, 1, 30, logs_).has_value());
    EXPECT_EQ(child_.recentCheckpoint(30)->checkpoint.msgs.size(), 10u);
    ASSERT_TRUE(child_.maybeCutCheckpoint(40, Hash32{}, 0, 1, 40, logs_).has_value());
    const auto& at40 = child_.recentCheckpoint(40)->checkpoint.msgs;
    ASSERT_EQ(at40.size(), 4u);
    for (std::uint64_t i = 0; i < 4; ++i)
        EXPECT_EQ(at40[i].localNonce, 22 + i);
}

// ---------------------------------------------------------------- quorum (child side)

TEST_F(GatewayTest, QuorumByWeightAtTheBoundary) {
    child_.setMembership({member(0, 40), member(1, 26), member(2, 1), member(3, 33)}, 0);
    ASSERT_TRUE(child_.maybeCutCheckpoint(10, Hash32{}, 0, 4, 10, logs_).has_value());
    CheckpointRecord* rec = child_.recentCheckpoint(10);
    EXPECT_EQ(rec->totalWeight, 100u);
    EXPECT_EQ(rec->threshold, 67u);
    EXPECT_EQ(rec->membership.size(), 4u);
    logs_.clear();
    EXPECT_FALSE(
        child_.addCheckpointSignature(10, key(0).ethAddress(), key(0).sign(rec->hash), 11, logs_));
    EXPECT_FALSE(
        child_.addCheckpointSignature(10, key(1).ethAddress(), key(1).sign(rec->hash), 11, logs_));
    EXPECT_EQ(rec->signedWeight, 66u);  // one short
    EXPECT_EQ(rec->stage, CheckpointStage::Signing);
    EXPECT_TRUE(logs_.empty());
    EXPECT_TRUE(
        child_.addCheckpointSignature(10, key(2).ethAddress(), key(2).sign(rec->hash), 12, logs_));
    EXPECT_EQ(rec->signedWeight, 67u);  // exactly the threshold
    EXPECT_EQ(rec->stage, CheckpointStage::Quorum);
    EXPECT_EQ(rec->quorumHeight, std::optional<std::uint64_t>(12));
    ASSERT_EQ(logs_.size(), 1u);
    EXPECT_EQ(logs_[0].topics[0], keccak256(std::string_view(events::kQuorumReached)));
    // Later signatures are still recorded but quorum is reported once.
    EXPECT_FALSE(
        child_.addCheckpointSignature(10, key(3).ethAddress(), key(3).sign(rec->hash), 13, logs_));
    EXPECT_EQ(rec->signatures.size(), 4u);
    EXPECT_EQ(rec->signatures[2].height, 12u);
    EXPECT_EQ(rec->signatures[2].weight, 1u);
}

TEST_F(GatewayTest, QuorumThresholdRoundsLikeIpc) {
    // total 3, 67 %: IPC's threshold is 3 * 67 / 100 = 2.
    child_.setMembership({member(0, 1), member(1, 1), member(2, 1)}, 0);
    ASSERT_TRUE(child_.maybeCutCheckpoint(10, Hash32{}, 0, 3, 10, logs_).has_value());
    CheckpointRecord* rec = child_.recentCheckpoint(10);
    EXPECT_EQ(rec->threshold, 2u);
    EXPECT_FALSE(
        child_.addCheckpointSignature(10, key(0).ethAddress(), key(0).sign(rec->hash), 11, logs_));
    EXPECT_TRUE(
        child_.addCheckpointSignature(10, key(1).ethAddress(), key(1).sign(rec->hash), 11, logs_));
}

TEST_F(GatewayTest, BadCheckpointSignaturesAreRejectedWithoutEffect) {
    child_.setMembership({member(0, 50), member(1, 50)}, 0);
    ASSERT_TRUE(child_.maybeCutCheckpoint(10, Hash32{}, 0, 2, 10, logs_).has_value());
    CheckpointRecord* rec = child_.recentCheckpoint(10);
    const auto k0 = key(0);
    const auto k1 = key(1);
    const auto outsider = key(5);
    // Unknown checkpoint height.
    EXPECT_THROW(child_.addCheckpointSignature(20, k0.ethAddress(), k0.sign(rec->hash), 11, logs_),
                 Revert);
    // Not a member, even with a valid signature of its own.
    EXPECT_THROW(child_.addCheckpointSignature(10, outsider.ethAddress(), outsider.sign(rec->hash),
                                               11, logs_),
                 Revert);
    // Signed by someone else than the claimed signer.
    EXPECT_THROW(child_.addCheckpointSignature(10, k0.ethAddress(), k1.sign(rec->hash), 11, logs_),
                 Revert);
    // Signed over another hash.
    EXPECT_THROW(child_.addCheckpointSignature(
                     10, k0.ethAddress(), k0.sign(keccak256(std::string_view("other"))), 11, logs_),
                 Revert);
    EXPECT_TRUE(rec->signatures.empty());
    EXPECT_EQ(rec->signedWeight, 0u);
    // Duplicates.
    child_.addCheckpointSignature(10, k0.ethAddress(), k0.sign(rec->hash), 11, logs_);
    EXPECT_THROW(child_.addCheckpointSignature(10, k0.ethAddress(), k0.sign(rec->hash), 12, logs_),
                 Revert);
    EXPECT_EQ(rec->signatures.size(), 1u);
    EXPECT_EQ(rec->signedWeight, 50u);
    EXPECT_EQ(rec->stage, CheckpointStage::Signing);
}

TEST_F(GatewayTest, MembershipChangesApplyAtTheNextCut) {
    child_.setMembership({member(0, 1000)}, 0);
    const auto k1 = key(1);
    const PowerChange join{1, k1.ethAddress(), k1.publicKey().uncompressed(),
                           U256(2'000'000'000'000'000'000ULL)};
    const PowerChange leave{2, key(0).ethAddress(), key(0).publicKey().uncompressed(), U256(0)};
    child_.applyTopDown(cs_, 3, ParentFinality{7, Hash32{}}, {}, {join}, logs_);
    child_.applyTopDown(cs_, 4, ParentFinality{8, Hash32{}}, {}, {join, leave}, logs_);  // dup
    EXPECT_EQ(child_.membership().size(), 1u);  // not before the cut
    ASSERT_TRUE(child_.maybeCutCheckpoint(10, Hash32{}, 0, 1, 10, logs_).has_value());
    const CheckpointRecord* rec = child_.recentCheckpoint(10);
    // The configuration before the change signs this checkpoint.
    ASSERT_EQ(rec->membership.size(), 1u);
    EXPECT_EQ(rec->membership[0].addr, key(0).ethAddress());
    EXPECT_EQ(rec->checkpoint.nextConfigurationNumber, 3u);
    EXPECT_EQ(child_.lastAppliedPowerChange(), 2u);
    EXPECT_EQ(child_.membershipConfigurationNumber(), 2u);
    ASSERT_EQ(child_.membership().size(), 1u);
    EXPECT_EQ(child_.membership()[0].addr, k1.ethAddress());
    EXPECT_EQ(child_.membership()[0].weight, 2000u);
    ASSERT_TRUE(child_.maybeCutCheckpoint(20, Hash32{}, 0, 1, 20, logs_).has_value());
    EXPECT_EQ(child_.recentCheckpoint(20)->checkpoint.nextConfigurationNumber, 3u);
    EXPECT_EQ(child_.recentCheckpoint(20)->membership[0].addr, k1.ethAddress());
}

// ---------------------------------------------------------------- top-down apply (child side)

TEST_F(GatewayTest, ApplyTopDownMintsAndDeliversInNonceOrder) {
    registerChild();
    const Envelope a = fund(alice(), bob(), U256(100), 5);
    const Envelope b = fund(alice(), carol(), U256(30), 6);
    const U256 childSupply = cs_.totalSupply();
    // Hand them over out of order: the gateway sorts by nonce.
    child_.applyTopDown(cs_, 2, ParentFinality{6, keccak256(std::string_view("p6"))}, {b, a}, {},
                        logs_);
    EXPECT_EQ(child_.appliedTopDownNonce(), 2u);
    EXPECT_EQ(cs_.balance(bob()), U256(100));
    EXPECT_EQ(cs_.balance(carol()), kGenesisCirc + U256(30));
    EXPECT_EQ(cs_.balance(kGw), U256{});
    EXPECT_EQ(cs_.totalSupply(), childSupply + U256(130));
    EXPECT_EQ(cs_.totalSupply(), parent_.child(childId_)->circSupply);
    ASSERT_TRUE(child_.latestParentFinality().has_value());
    EXPECT_EQ(child_.latestParentFinality()->height, 6u);
    EXPECT_EQ(child_.recentFinalities().count(6), 1u);

    const auto evs = child_.takeMessageEvents();
    ASSERT_EQ(countKind(evs, MessageEvent::Kind::Delivered), 2u);
    EXPECT_EQ(evs[0].kind, MessageEvent::Kind::Delivered);
    EXPECT_EQ(evs[0].msg.localNonce, 0u);
    // One Ok receipt per delivered transfer, value 0, travelling back up.
    const auto& batch = child_.pendingBatches().at(10);
    ASSERT_EQ(batch.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        const Envelope& original = i == 0 ? a : b;
        EXPECT_EQ(batch[i].kind, MsgKind::Result);
        EXPECT_EQ(batch[i].value, U256{});
        EXPECT_EQ(batch[i].to, original.from);
        EXPECT_EQ(batch[i].from, original.to);
        EXPECT_EQ(batch[i].localNonce, i);
        const ResultMsg r = decodeResultMsg(batch[i].message);
        EXPECT_EQ(r.id, tracingId(original));
        EXPECT_EQ(r.outcome, Outcome::Ok);
        EXPECT_TRUE(r.ret.empty());
    }
}

TEST_F(GatewayTest, NonceGapFailsWithARefundReceipt) {
    registerChild();
    const Envelope m0 = fund(alice(), bob(), U256(10), 5);
    const Envelope m1 = fund(alice(), bob(), U256(20), 5);
    const Envelope m2 = fund(alice(), bob(), U256(40), 5);
    (void)m1;
    child_.applyTopDown(cs_, 2, ParentFinality{5, Hash32{}}, {m0, m2}, {}, logs_);
    EXPECT_EQ(child_.appliedTopDownNonce(), 1u);
    EXPECT_EQ(cs_.balance(bob()), U256(10));
    EXPECT_EQ(cs_.balance(kGw), U256{});  // the refund is burnt on its way up
    const auto evs = child_.takeMessageEvents();
    ASSERT_EQ(countKind(evs, MessageEvent::Kind::Failed), 1u);
    for (const auto& e : evs) {
        if (e.kind == MessageEvent::Kind::Failed) {
            EXPECT_EQ(e.failure, std::optional<XnetFailure>(XnetFailure::Nonce));
            EXPECT_EQ(e.msg.localNonce, 2u);
        }
    }
    const auto& batch = child_.pendingBatches().at(10);
    ASSERT_EQ(batch.size(), 2u);
    const Envelope& refund = batch[1];
    EXPECT_EQ(refund.kind, MsgKind::Result);
    EXPECT_EQ(refund.value, U256(40));
    EXPECT_EQ(refund.to, m2.from);
    const ResultMsg r = decodeResultMsg(refund.message);
    EXPECT_EQ(r.id, tracingId(m2));
    EXPECT_EQ(r.outcome, Outcome::SystemErr);
    EXPECT_EQ(r.ret, Bytes{static_cast<std::uint8_t>(XnetFailure::Nonce)});

    // The refund reaches alice when the checkpoint executes in the parent.
    const U256 aliceBefore = ps_.balance(alice());
    relay(10, 20);
    EXPECT_EQ(ps_.balance(alice()), aliceBefore + U256(40));
    EXPECT_EQ(parent_.child(childId_)->circSupply, kGenesisCirc + U256(30));
    EXPECT_EQ(parent_.child(childId_)->appliedBottomUpNonce, 2u);
    expectParentLocked();
}

// ---------------------------------------------------------------- bottom-up exec (parent side)

TEST_F(GatewayTest, RoundTripConservesSupplyAndAnswersEveryNonResult) {
    registerChild();
    const U256 aliceStart = ps_.balance(alice());
    fund(alice(), bob(), U256(100), 5);
    syncTopDown(5, 2);
    const Envelope rel = release(bob(), addr(0x44), U256(40), 3);
    EXPECT_EQ(cs_.totalSupply(), kGenesisCirc + U256(60));
    parent_.takeMessageEvents();
    const BottomUpCheckpoint cp = relay(10, 20);
    ASSERT_EQ(cp.msgs.size(), 2u);  // the Ok receipt of the fund, then the release
    EXPECT_EQ(cp.msgs[0].kind, MsgKind::Result);
    EXPECT_EQ(cp.msgs[1], rel);

    const ChildSubnet* c = parent_.child(childId_);
    EXPECT_EQ(c->circSupply, kGenesisCirc + U256(60));
    EXPECT_EQ(c->appliedBottomUpNonce, 2u);
    EXPECT_EQ(ps_.balance(addr(0x44)), U256(40));
    EXPECT_EQ(ps_.balance(alice()), aliceStart - U256(100));
    expectParentLocked();
    // Exactly one new top-down message: the receipt for the release; none for the Result.
    ASSERT_EQ(parent_.topDownQueue(childId_).size(), 2u);
    const Envelope& receipt = parent_.topDownQueue(childId_)[1].msg;
    EXPECT_EQ(receipt.kind, MsgKind::Result);
    EXPECT_EQ(receipt.to, rel.from);
    EXPECT_EQ(receipt.value, U256{});
    EXPECT_EQ(receipt.localNonce, 1u);
    EXPECT_EQ(decodeResultMsg(receipt.message).id, tracingId(rel));
    const auto evs = parent_.takeMessageEvents();
    EXPECT_EQ(countKind(evs, MessageEvent::Kind::Delivered), 2u);
    EXPECT_EQ(countKind(evs, MessageEvent::Kind::CommittedTopDown), 1u);

    // The receipt lands in the child and is not answered again.
    syncTopDown(20, 11);
    EXPECT_EQ(child_.appliedTopDownNonce(), 2u);
    EXPECT_TRUE(child_.pendingBatches().count(20) == 0 || child_.pendingBatches().at(20).empty());
    EXPECT_EQ(cs_.totalSupply(), parent_.child(childId_)->circSupply);
}

TEST_F(GatewayTest, ReleaseAboveCircSupplyFailsWithValueAndKeepsNoncesSequential) {
    registerChild();
    Envelope tooMuch;
    tooMuch.kind = MsgKind::Transfer;
    tooMuch.localNonce = 0;
    tooMuch.originalNonce = 0;
    tooMuch.value = kGenesisCirc + U256(1);
    tooMuch.to = IpcAddress{root_, addr(0x44)};
    tooMuch.from = IpcAddress{childId_, carol()};
    Envelope fine = tooMuch;
    fine.localNonce = 1;
    fine.originalNonce = 1;
    fine.value = U256(5);
    parent_.execBottomUp(ps_, 20, childId_, {tooMuch, fine}, logs_);
    const ChildSubnet* c = parent_.child(childId_);
    EXPECT_EQ(ps_.balance(addr(0x44)), U256(5));
    EXPECT_EQ(c->circSupply, kGenesisCirc - U256(5));
    EXPECT_EQ(c->appliedBottomUpNonce, 2u);
    expectParentLocked();
    const auto evs = parent_.takeMessageEvents();
    ASSERT_EQ(countKind(evs, MessageEvent::Kind::Failed), 1u);
    EXPECT_EQ(evs[0].failure, std::optional<XnetFailure>(XnetFailure::Value));
    // Both get a receipt; the failed one carries no value (nothing was locked for it).
    const auto& q = parent_.topDownQueue(childId_);
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[0].msg.value, U256{});
    const ResultMsg r = decodeResultMsg(q[0].msg.message);
    EXPECT_EQ(r.outcome, Outcome::SystemErr);
    EXPECT_EQ(r.ret, Bytes{static_cast<std::uint8_t>(XnetFailure::Value)});
    EXPECT_EQ(decodeResultMsg(q[1].msg.message).outcome, Outcome::Ok);
}

TEST_F(GatewayTest, BottomUpNonceMismatchRefundsIntoTheChild) {
    registerChild();
    Envelope m;
    m.kind = MsgKind::Transfer;
    m.localNonce = 3;  // the parent expects 0
    m.originalNonce = 3;
    m.value = U256(50);
    m.to = IpcAddress{root_, addr(0x44)};
    m.from = IpcAddress{childId_, carol()};
    parent_.execBottomUp(ps_, 20, childId_, {m}, logs_);
    const ChildSubnet* c = parent_.child(childId_);
    EXPECT_EQ(c->appliedBottomUpNonce, 0u);
    EXPECT_EQ(ps_.balance(addr(0x44)), U256{});
    EXPECT_EQ(c->circSupply, kGenesisCirc);  // taken out, then the refund goes back down
    ASSERT_EQ(parent_.topDownQueue(childId_).size(), 1u);
    EXPECT_EQ(parent_.topDownQueue(childId_)[0].msg.value, U256(50));
    expectParentLocked();
    EXPECT_THROW(parent_.execBottomUp(ps_, 20, root_.child(addr(0xee)), {m}, logs_), Revert);
}

TEST_F(GatewayTest, BottomUpMessageFromOutsideTheChildFailsWithSender) {
    registerChild();
    Envelope m;
    m.kind = MsgKind::Transfer;
    m.value = U256(50);
    m.to = IpcAddress{root_, addr(0x44)};
    m.from = IpcAddress{root_.child(addr(0xee)), carol()};  // claims to come from a stranger
    // The refund cannot travel to a subnet that does not exist; that must not revert the
    // checkpoint (the child could never submit it again): the receipt is dropped and burnt.
    parent_.execBottomUp(ps_, 20, childId_, {m}, logs_);
    const auto evs = parent_.takeMessageEvents();
    ASSERT_EQ(evs.size(), 2u);
    EXPECT_EQ(evs[0].kind, MessageEvent::Kind::Failed);
    EXPECT_EQ(evs[0].failure, std::optional<XnetFailure>(XnetFailure::Sender));
    EXPECT_EQ(evs[1].kind, MessageEvent::Kind::Failed);
    EXPECT_EQ(evs[1].msg.kind, MsgKind::Result);
    EXPECT_EQ(evs[1].failure, std::optional<XnetFailure>(XnetFailure::DstSubnet));
    EXPECT_EQ(ps_.balance(addr(0x44)), U256{});
    EXPECT_EQ(parent_.child(childId_)->appliedBottomUpNonce, 1u);
    EXPECT_EQ(parent_.child(childId_)->circSupply, kGenesisCirc - U256(50));
    expectParentLocked();
}

// ---------------------------------------------------------------- multi-hop routing

// /r31337/A with two children B and C: the middle gateway is the common parent of B and C.
class RoutingTest : public ::testing::Test {
protected:
    RoutingTest()
        : root_(31337),
          a_(root_.child(addr(0xa0, 0x10))),
          b_(a_.child(addr(0xb0, 0x20))),
          c_(a_.child(addr(0xc0, 0x30))),
          mid_(a_, GatewayParams{10, 67, 10}),
          gwC_(c_, GatewayParams{10, 67, 10}),
          gwB_(b_, GatewayParams{10, 67, 10}) {
        ms_.credit(kGw, U256(2000) + U256(2000));
        mid_.registerChild(b_, U256(1000), U256(1000), 1);
        mid_.registerChild(c_, U256(1000), U256(1000), 1);
    }

    SubnetId root_, a_, b_, c_;
    Gateway mid_, gwC_, gwB_;
    AccountState ms_, cs_, bs_;
    std::vector<Log> logs_;
};

TEST_F(RoutingTest, SiblingMessageGoesThroughTheCommonParent) {
    Envelope m;
    m.kind = MsgKind::Transfer;
    m.localNonce = 0;
    m.originalNonce = 7;
    m.value = U256(30);
    m.to = IpcAddress{c_, addr(0x55)};
    m.from = IpcAddress{b_, addr(0x66)};
    mid_.execBottomUp(ms_, 40, b_, {m}, logs_);
    EXPECT_EQ(mid_.child(b_)->circSupply, U256(970));
    EXPECT_EQ(mid_.child(c_)->circSupply, U256(1030));
    EXPECT_EQ(mid_.child(c_)->topDownNonce, 1u);
    EXPECT_EQ(mid_.child(b_)->appliedBottomUpNonce, 1u);
    EXPECT_EQ(ms_.balance(kGw), mid_.lockedValue());
    EXPECT_EQ(ms_.balance(addr(0x55)), U256{});  // not delivered here
    EXPECT_TRUE(mid_.topDownQueue(b_).empty());  // no receipt at an intermediate hop
    ASSERT_EQ(mid_.topDownQueue(c_).size(), 1u);
    const TopDownEntry& forwarded = mid_.topDownQueue(c_)[0];
    EXPECT_EQ(forwarded.parentHeight, 40u);
    EXPECT_EQ(forwarded.msg.localNonce, 0u);     // c's own top-down nonce
    EXPECT_EQ(forwarded.msg.originalNonce, 7u);  // set once
    EXPECT_EQ(tracingId(forwarded.msg), tracingId(m));
    const auto evs = mid_.takeMessageEvents();
    ASSERT_EQ(evs.size(), 1u);
    EXPECT_EQ(evs[0].kind, MessageEvent::Kind::CommittedTopDown);
    EXPECT_EQ(evs[0].nextHop, std::optional<SubnetId>(c_));

    // C executes it and answers; the answer goes up to A and down to B.
    gwC_.applyTopDown(cs_, 5, ParentFinality{40, Hash32{}}, mid_.topDownMessages(c_, 0, 40), {},
                      logs_);
    EXPECT_EQ(cs_.balance(addr(0x55)), U256(30));
    ASSERT_TRUE(gwC_.maybeCutCheckpoint(10, Hash32{}, 0, 1, 10, logs_).has_value());
    const auto& up = gwC_.recentCheckpoint(10)->checkpoint.msgs;
    ASSERT_EQ(up.size(), 1u);
    EXPECT_EQ(up[0].kind, MsgKind::Result);
    EXPECT_EQ(up[0].to, m.from);
    mid_.execBottomUp(ms_, 50, c_, up, logs_);
    ASSERT_EQ(mid_.topDownQueue(b_).size(), 1u);
    EXPECT_EQ(mid_.topDownQueue(b_)[0].msg.kind, MsgKind::Result);
    EXPECT_EQ(decodeResultMsg(mid_.topDownQueue(b_)[0].msg.message).id, tracingId(m));
    EXPECT_EQ(mid_.topDownQueue(c_).size(), 1u);  // the Result itself is not answered
    gwB_.applyTopDown(bs_, 7, ParentFinality{50, Hash32{}}, mid_.topDownMessages(b_, 0, 50), {},
                      logs_);
    EXPECT_EQ(gwB_.appliedTopDownNonce(), 1u);
    EXPECT_TRUE(gwB_.pendingBatches().empty());
    EXPECT_EQ(ms_.balance(kGw), mid_.lockedValue());
}

TEST_F(RoutingTest, MessagesBeyondTheParentGoUpAndAreBurnt) {
    Envelope m;
    m.kind = MsgKind::Transfer;
    m.value = U256(25);
    m.to = IpcAddress{root_, addr(0x55)};
    m.from = IpcAddress{b_, addr(0x66)};
    mid_.execBottomUp(ms_, 40, b_, {m}, logs_);
    EXPECT_EQ(mid_.child(b_)->circSupply, U256(975));
    EXPECT_EQ(ms_.balance(kGw), mid_.lockedValue());  // the 25 left A: burnt
    ASSERT_EQ(mid_.pendingBatches().at(50).size(), 1u);
    EXPECT_EQ(mid_.pendingBatches().at(50)[0].localNonce, 0u);
    EXPECT_EQ(mid_.pendingBatches().at(50)[0].originalNonce, 0u);
}

TEST_F(RoutingTest, TopDownMessagesForGrandchildrenAreForwarded) {
    // A executes a top-down message from the root addressed to C.
    Envelope m;
    m.kind = MsgKind::Transfer;
    m.localNonce = 0;
    m.originalNonce = 0;
    m.value = U256(11);
    m.to = IpcAddress{c_, addr(0x55)};
    m.from = IpcAddress{root_, addr(0x66)};
    const U256 before = ms_.balance(kGw);
    mid_.applyTopDown(ms_, 3, ParentFinality{9, Hash32{}}, {m}, {}, logs_);
    EXPECT_EQ(mid_.appliedTopDownNonce(), 1u);
    EXPECT_EQ(mid_.child(c_)->circSupply, U256(1011));
    EXPECT_EQ(ms_.balance(kGw), before + U256(11));
    EXPECT_EQ(ms_.balance(kGw), mid_.lockedValue());
    ASSERT_EQ(mid_.topDownQueue(c_).size(), 1u);
    EXPECT_TRUE(mid_.pendingBatches().empty());  // no receipt until C executes it
}

TEST_F(RoutingTest, SendCrossMessageRoutesAndRejectsBadDestinations) {
    ms_.setBalance(addr(0x66), U256(100));
    auto send = [&](const IpcAddress& to, const U256& v, MsgKind kind = MsgKind::Transfer) {
        ms_.transfer(addr(0x66), kGw, v);
        return mid_.sendCrossMessage(ms_, 4, addr(0x66), v, to, logs_, kind, Bytes{1, 2});
    };
    // Down to a child, up towards the root, sideways through the root.
    EXPECT_EQ(send(IpcAddress{c_, addr(0x55)}, U256(10)).localNonce, 0u);
    EXPECT_EQ(mid_.child(c_)->circSupply, U256(1010));
    const Envelope up = send(IpcAddress{root_.child(addr(0xdd)), addr(0x55)}, U256(10));
    EXPECT_EQ(up.localNonce, 0u);
    EXPECT_EQ(mid_.bottomUpNonce(), 1u);
    EXPECT_EQ(send(IpcAddress{root_, addr(0x55)}, U256(0), MsgKind::Call).kind, MsgKind::Call);
    EXPECT_EQ(ms_.balance(kGw), mid_.lockedValue());

    const U256 balance = ms_.balance(addr(0x66));
    EXPECT_THROW(mid_.sendCrossMessage(ms_, 4, addr(0x66), U256(0), IpcAddress{a_, addr(1)}, logs_),
                 Revert);  // reflexive
    EXPECT_THROW(mid_.sendCrossMessage(ms_, 4, addr(0x66), U256(1), IpcAddress{c_, addr(1)}, logs_,
                                       MsgKind::Result),
                 Revert);
    EXPECT_THROW(mid_.sendCrossMessage(ms_, 4, addr(0x66), U256(0), IpcAddress{c_, addr(1)}, logs_),
                 Revert);  // transfer of nothing
    EXPECT_THROW(mid_.sendCrossMessage(ms_, 4, addr(0x66), U256(1),
                                       IpcAddress{SubnetId(1, {addr(0xa0, 0x10)}), addr(1)}, logs_),
                 Revert);  // another root
    EXPECT_THROW(mid_.sendCrossMessage(ms_, 4, addr(0x66), U256(1),
                                       IpcAddress{a_.child(addr(0xee)), addr(1)}, logs_),
                 Revert);  // no such child
    EXPECT_EQ(ms_.balance(addr(0x66)), balance);
    EXPECT_EQ(mid_.child(c_)->topDownNonce, 1u);
    EXPECT_EQ(mid_.bottomUpNonce(), 2u);
}

TEST_F(RoutingTest, ReceiptForAKilledSubnetDoesNotWedgeTheAnsweringSubnet) {
    // D holds no stake and sends all it has to C, then is killed.
    const SubnetId d = a_.child(addr(0xd0, 0x40));
    ms_.credit(kGw, U256(30));
    mid_.registerChild(d, U256(0), U256(30), 1);
    Envelope m;
    m.kind = MsgKind::Transfer;
    m.value = U256(30);
    m.to = IpcAddress{c_, addr(0x55)};
    m.from = IpcAddress{d, addr(0x66)};
    mid_.execBottomUp(ms_, 40, d, {m}, logs_);
    mid_.killChild(d);
    gwC_.applyTopDown(cs_, 5, ParentFinality{40, Hash32{}}, mid_.topDownMessages(c_, 0, 40), {},
                      logs_);
    ASSERT_TRUE(gwC_.maybeCutCheckpoint(10, Hash32{}, 0, 1, 10, logs_).has_value());
    const auto& up = gwC_.recentCheckpoint(10)->checkpoint.msgs;
    ASSERT_EQ(up.size(), 1u);
    mid_.takeMessageEvents();
    EXPECT_NO_THROW(mid_.execBottomUp(ms_, 50, c_, up, logs_));
    EXPECT_EQ(mid_.child(c_)->appliedBottomUpNonce, 1u);
    const auto evs = mid_.takeMessageEvents();
    ASSERT_EQ(evs.size(), 1u);
    EXPECT_EQ(evs[0].kind, MessageEvent::Kind::Failed);
    EXPECT_EQ(evs[0].failure, std::optional<XnetFailure>(XnetFailure::DstSubnet));
    EXPECT_EQ(ms_.balance(kGw), mid_.lockedValue());
}

TEST_F(RoutingTest, TopDownMessageForAKilledGrandchildIsRefundedUpwards) {
    const SubnetId d = a_.child(addr(0xd0, 0x40));
    mid_.registerChild(d, U256(0), U256(0), 1);
    mid_.killChild(d);
    Envelope m;
    m.kind = MsgKind::Transfer;
    m.value = U256(11);
    m.to = IpcAddress{d, addr(0x55)};
    m.from = IpcAddress{root_, addr(0x66)};
    const U256 locked = mid_.lockedValue();
    mid_.applyTopDown(ms_, 3, ParentFinality{9, Hash32{}}, {m}, {}, logs_);
    EXPECT_EQ(mid_.appliedTopDownNonce(), 1u);
    EXPECT_EQ(mid_.lockedValue(), locked);
    EXPECT_EQ(ms_.balance(kGw), mid_.lockedValue());  // minted, then burnt with the refund
    ASSERT_EQ(mid_.pendingBatches().at(10).size(), 1u);
    const Envelope& refund = mid_.pendingBatches().at(10)[0];
    EXPECT_EQ(refund.kind, MsgKind::Result);
    EXPECT_EQ(refund.value, U256(11));
    EXPECT_EQ(refund.to, m.from);
    const ResultMsg r = decodeResultMsg(refund.message);
    EXPECT_EQ(r.outcome, Outcome::SystemErr);
    EXPECT_EQ(r.ret, Bytes{static_cast<std::uint8_t>(XnetFailure::DstSubnet)});
}

TEST_F(GatewayTest, TopDownMessageNotForThisSubnetOrBelowFailsWithDstSubnet) {
    Envelope m;
    m.kind = MsgKind::Transfer;
    m.value = U256(9);
    m.to = IpcAddress{root_, addr(0x55)};  // the parent itself: never a top-down destination
    m.from = IpcAddress{root_, alice()};
    const U256 supply = cs_.totalSupply();
    child_.applyTopDown(cs_, 2, ParentFinality{5, Hash32{}}, {m}, {}, logs_);
    EXPECT_EQ(child_.appliedTopDownNonce(), 1u);
    EXPECT_EQ(cs_.totalSupply(), supply);  // minted and burnt again
    ASSERT_EQ(child_.pendingBatches().at(10).size(), 1u);
    EXPECT_EQ(child_.pendingBatches().at(10)[0].value, U256(9));
    const auto evs = child_.takeMessageEvents();
    ASSERT_FALSE(evs.empty());
    EXPECT_EQ(evs[0].failure, std::optional<XnetFailure>(XnetFailure::DstSubnet));
}

// ---------------------------------------------------------------- history outside memory

namespace {

// What a store keeps: records as they were when the gateway handed them over.
class MapHistory : public GatewayHistory {
public:
    std::map<std::uint64_t, ParentFinality> finalities;
    std::map<std::uint64_t, CheckpointRecord> checkpoints;
    mutable int reads = 0;

    std::optional<ParentFinality> parentFinality(std::uint64_t h) const override {
        ++reads;
        auto it = finalities.find(h);
        return it == finalities.end() ? std::nullopt : std::optional(it->second);
    }
    std::optional<CheckpointRecord> checkpoint(std::uint64_t h) const override {
        ++reads;
        auto it = checkpoints.find(h);
        return it == checkpoints.end() ? std::nullopt : std::optional(it->second);
    }
    std::vector<CheckpointRecord> checkpointsFrom(std::uint64_t from, std::uint64_t below,
                                                  std::size_t count) const override {
        ++reads;
        std::vector<CheckpointRecord> out;
        for (auto it = checkpoints.lower_bound(from);
             it != checkpoints.end() && it->first < below && out.size() < count; ++it)
            out.push_back(it->second);
        return out;
    }
    std::vector<CheckpointRecord> checkpointsBefore(std::uint64_t below, std::uint64_t skip,
                                                    std::size_t count) const override {
        ++reads;
        std::vector<CheckpointRecord> newestFirst;
        for (auto it = std::make_reverse_iterator(checkpoints.lower_bound(below));
             it != checkpoints.rend(); ++it) {
            if (skip > 0) {
                --skip;
                continue;
            }
            if (newestFirst.size() == count)
                break;
            newestFirst.push_back(it->second);
        }
        return {newestFirst.rbegin(), newestFirst.rend()};
    }
};

std::vector<std::uint64_t> heights(const std::vector<CheckpointRecord>& records) {
    std::vector<std::uint64_t> out;
    for (const auto& r : records)
        out.push_back(r.checkpoint.blockHeight);
    return out;
}

Bytes encoded(const std::optional<CheckpointRecord>& r) {
    return r ? encodeCheckpointRecord(*r) : Bytes{};
}

}  // namespace

class GatewayHistoryTest : public GatewayTest {
protected:
    // Cuts checkpoints at 10, 20, ..., 10 * n and finalities at parent heights 1..2n; the first
    // `executed` checkpoints are executed in the parent.
    void run(std::uint64_t n, std::uint64_t executed) {
        child_.setMembership({member(1, 1000)}, 0);
        for (std::uint64_t i = 1; i <= n; ++i) {
            syncTopDown(2 * i - 1, 10 * i - 1);
            syncTopDown(2 * i, 10 * i);
            if (i == n / 2)  // a membership change the inspector shows against the previous
                child_.setMembership({member(1, 1000), member(2, 500)}, 1);
            ASSERT_TRUE(child_.maybeCutCheckpoint(10 * i, Hash32{}, i, 1, 10, logs_));
            if (i <= executed) {
                CheckpointRecord* rec = child_.recentCheckpoint(10 * i);
                rec->stage = CheckpointStage::Executed;
                rec->executedParentHeight = 100 + i;
            }
        }
    }
    // What the workspace does before the gateway forgets: every record is kept as it is now.
    std::shared_ptr<MapHistory> keepEverything() {
        auto h = std::make_shared<MapHistory>();
        h->finalities = child_.recentFinalities();
        h->checkpoints = child_.recentCheckpoints();
        child_.setHistory(h);
        return h;
    }
};

TEST_F(GatewayHistoryTest, ForgottenRecordsReadTheSameFromTheHistory) {
    run(30, 25);
    const Gateway all = child_;  // nothing forgotten
    auto history = keepEverything();
    child_.forgetDurableHistory(8, 12);

    // Executed checkpoints beyond the newest 8 left memory; the 5 on their way all stay.
    EXPECT_EQ(child_.recentCheckpoints().size(), 8u);
    EXPECT_EQ(child_.recentCheckpoints().begin()->first, 230u);
    EXPECT_EQ(child_.recentFinalities().size(), 12u);
    EXPECT_EQ(child_.checkpointCount(), 30u);

    for (std::uint64_t h = 0; h <= 320; ++h) {
        EXPECT_EQ(encoded(child_.findCheckpoint(h)), encoded(all.findCheckpoint(h))) << h;
        EXPECT_EQ(encoded(child_.checkpointBefore(h)), encoded(all.checkpointBefore(h))) << h;
    }
    for (std::uint64_t p = 0; p <= 62; ++p)
        EXPECT_EQ(child_.parentFinality(p), all.parentFinality(p)) << p;
    // Every page of every size, by position and by height.
    for (std::uint64_t first = 0; first <= 31; ++first) {
        for (std::size_t count : {0u, 1u, 3u, 7u, 22u, 40u}) {
            EXPECT_EQ(heights(child_.checkpointsAt(first, count)),
                      heights(all.checkpointsAt(first, count)))
                << first << " " << count;
            EXPECT_EQ(heights(child_.checkpointsFrom(first * 10 + 5, count)),
                      heights(all.checkpointsFrom(first * 10 + 5, count)))
                << first << " " << count;
        }
    }
    EXPECT_EQ(encodeCheckpointRecord(child_.checkpointsAt(0, 1).front()),
              encodeCheckpointRecord(*all.recentCheckpoint(10)));
}

TEST_F(GatewayHistoryTest, MemoryIsCompleteAboveItsOldestRecord) {
    run(12, 12);
    keepEverything();
    child_.forgetDurableHistory(4, 4);
    auto stale =
        std::make_shared<MapHistory>(*static_cast<const MapHistory*>(child_.history().get()));
    // A leftover of a reverted future: heights above what memory starts with.
    stale->checkpoints[125] = stale->checkpoints.at(10);
    stale->finalities[30] = ParentFinality{30, Hash32{}};
    child_.setHistory(stale);
    stale->reads = 0;
    EXPECT_FALSE(child_.findCheckpoint(125));
    EXPECT_FALSE(child_.findCheckpoint(135));  // in no list: memory says no without asking
    EXPECT_FALSE(child_.parentFinality(30));
    EXPECT_EQ(stale->reads, 0);
    EXPECT_EQ(heights(child_.checkpointsFrom(85, 10)),
              (std::vector<std::uint64_t>{90, 100, 110, 120}));
    EXPECT_EQ(stale->reads, 1);  // only for the part below memory
    EXPECT_TRUE(child_.findCheckpoint(80));
    EXPECT_EQ(stale->reads, 2);
}

TEST_F(GatewayHistoryTest, ACheckpointOnItsWayStopsForgetting) {
    run(20, 15);
    // The sixth is not executed yet (a relayer that was off): neither it nor later ones go.
    child_.recentCheckpoint(60)->stage = CheckpointStage::Submitted;
    keepEverything();
    child_.forgetDurableHistory(2, 2);
    EXPECT_EQ(child_.recentCheckpoints().begin()->first, 60u);
    EXPECT_EQ(child_.checkpointCount(), 20u);
    // Nothing may leave memory without a history to read it back from; at least one stays.
    Gateway bare(childId_, params());
    EXPECT_THROW(bare.forgetDurableHistory(0, 0), Error);
    child_.recentCheckpoint(60)->stage = CheckpointStage::Executed;
    for (std::uint64_t h = 160; h <= 200; h += 10)
        child_.recentCheckpoint(h)->stage = CheckpointStage::Executed;
    keepEverything();
    child_.forgetDurableHistory(0, 0);
    EXPECT_EQ(child_.recentCheckpoints().size(), 1u);
    EXPECT_EQ(child_.recentFinalities().size(), 1u);
    EXPECT_EQ(child_.checkpointCount(), 20u);
}

TEST_F(GatewayHistoryTest, TheForgottenCountSurvivesTheStateAndOldStatesForgotNothing) {
    run(10, 10);
    keepEverything();
    child_.forgetDurableHistory(3, 3);
    chain::StateWriter w;
    child_.encodeState(w);
    const Bytes state = w.encoded();
    const rlp::Item item = rlp::decode(state);
    chain::StateReader r(item, "gateway");
    Gateway restored = Gateway::decodeState(r);
    r.finish();
    EXPECT_EQ(restored.checkpointCount(), 10u);
    EXPECT_EQ(restored.recentCheckpoints().size(), 3u);
    EXPECT_FALSE(restored.history());  // the owner gives it back
    EXPECT_FALSE(restored.findCheckpoint(10));
    restored.setHistory(child_.history());
    EXPECT_EQ(encoded(restored.findCheckpoint(10)), encoded(child_.findCheckpoint(10)));

    // A state written before the count existed: the same list without its last field.
    rlp::Item old = item;
    old.items.pop_back();
    chain::StateReader oldReader(old, "gateway");
    const Gateway fresh = Gateway::decodeState(oldReader);
    EXPECT_EQ(fresh.checkpointCount(), 3u);
}

TEST(CheckpointRecordCodec, RoundTripsAndNamesWhatIsWrong) {
    CheckpointRecord rec;
    rec.checkpoint.subnet = SubnetId(31337);
    rec.checkpoint.blockHeight = 40;
    rec.membership = {member(1, 1000), member(2, 500)};
    rec.totalWeight = 1500;
    rec.threshold = 1005;
    const auto k = key(1);
    rec.hash = checkpointHash(rec.checkpoint);
    rec.signatures.push_back(CheckpointSignature{k.ethAddress(), k.sign(rec.hash), 1000, 41});
    rec.signedWeight = 1000;
    rec.stage = CheckpointStage::Executed;
    rec.cutTimeMs = 4000;
    rec.quorumHeight = 41;
    rec.executedParentHeight = 9;
    const Bytes bytes = encodeCheckpointRecord(rec);
    const CheckpointRecord back = decodeCheckpointRecord(bytes);
    EXPECT_EQ(encodeCheckpointRecord(back), bytes);
    EXPECT_EQ(back.signatures.size(), 1u);
    EXPECT_EQ(back.signatures[0].height, 41u);
    EXPECT_EQ(back.executedParentHeight, std::optional<std::uint64_t>(9));
    EXPECT_EQ(back.submittedParentHeight, std::nullopt);
    EXPECT_THROW(decodeCheckpointRecord(Bytes{0x01, 0x02}), ParseError);
    Bytes cut = bytes;
    cut.resize(cut.size() - 3);
    EXPECT_THROW(decodeCheckpointRecord(cut), ParseError);
}

// One stage list for records, events and views: its names, and the values the state codec and
// the store keep (Cut, an event's stage only, comes after them).
TEST(CheckpointStages, NamesAndStoredValues) {
    EXPECT_STREQ(toString(CheckpointStage::Cut), "cut");
    EXPECT_STREQ(toString(CheckpointStage::Signing), "signing");
    EXPECT_STREQ(toString(CheckpointStage::Quorum), "quorum");
    EXPECT_STREQ(toString(CheckpointStage::Submitted), "submitted");
    EXPECT_STREQ(toString(CheckpointStage::Executed), "executed");
    EXPECT_EQ(static_cast<int>(CheckpointStage::Signing), 0);
    EXPECT_EQ(static_cast<int>(CheckpointStage::Quorum), 1);
    EXPECT_EQ(static_cast<int>(CheckpointStage::Submitted), 2);
    EXPECT_EQ(static_cast<int>(CheckpointStage::Executed), 3);
    EXPECT_EQ(static_cast<int>(CheckpointStage::Cut), 4);
}
