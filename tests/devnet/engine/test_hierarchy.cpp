// Scenario tests for the running hierarchy, in virtual time: no sleeps, exact outcomes.
#include <gtest/gtest.h>

#include <set>

#include "ipc/core/crypto/bip32.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/devnet/hierarchy.h"
#include "support/test_topologies.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {

using testing_support::kFil;

SubnetSpec spec(const std::string& name, std::uint64_t period = 10) {
    return testing_support::fourValidatorSubnet(name, period);
}

Topology threeLevel() {
    Topology t;
    t.name = "three-level";
    t.accountBalance = TokenAmount::fromWhole(10000);
    for (const char* top : {"alpha", "beta"}) {
        SubnetSpec s = spec(top);
        s.children.push_back(spec(std::string(top) + "-1"));
        s.children.push_back(spec(std::string(top) + "-2"));
        t.subnets.push_back(s);
    }
    return t;
}

Topology single(std::uint64_t period = 10) {
    Topology t;
    t.name = "single";
    t.accountBalance = TokenAmount::fromWhole(10000);
    t.subnets.push_back(spec("alpha", period));
    return t;
}

void expectInvariants(const Hierarchy& h) {
    const auto violations = h.checkInvariants();
    for (const auto& v : violations)
        ADD_FAILURE() << v;
}

}  // namespace

TEST(Hierarchy, ThreeLevelStartsSevenChains) {
    Hierarchy h(threeLevel());
    ASSERT_EQ(h.nodes().size(), 7u);
    EXPECT_EQ(h.accounts().size(), 10u);
    EXPECT_EQ(h.accounts()[0].address.toChecksumHex(),
              "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    EXPECT_EQ(h.root().chain->state().balance(h.accounts()[0].address), U256(10000) * kFil);
    const SubnetNode* a1 = h.nodeByName("alpha-1");
    ASSERT_NE(a1, nullptr);
    EXPECT_EQ(a1->id.depth(), 2u);
    EXPECT_EQ(a1->chain->state().balance(h.accounts()[3].address), U256(1000) * kFil);
    EXPECT_EQ(a1->chain->validators().size(), 4u);
    expectInvariants(h);
    h.runUntil(1000);
    for (const auto& n : h.nodes())
        EXPECT_EQ(n->chain->height(), 1u) << n->name;
    expectInvariants(h);
}

TEST(Hierarchy, SameSeedSameHashes) {
    Hierarchy a(threeLevel());
    Hierarchy b(threeLevel());
    a.runUntil(30'000);
    b.runUntil(30'000);
    for (std::size_t i = 0; i < a.nodes().size(); ++i) {
        EXPECT_EQ(a.nodes()[i]->id, b.nodes()[i]->id);
        EXPECT_EQ(a.nodes()[i]->chain->head().hash, b.nodes()[i]->chain->head().hash);
    }
}

TEST(Hierarchy, CheckpointsFlowUpAndAreAccepted) {
    Hierarchy h(threeLevel());
    ASSERT_TRUE(h.runUntilRootHeight(60));
    for (const auto& n : h.nodes()) {
        if (n->parent == nullptr)
            continue;
        ASSERT_NE(n->actor(), nullptr);
        EXPECT_GE(n->actor()->lastBottomUpCheckpointHeight(), 40u) << n->name;
        EXPECT_EQ(n->actor()->lastBottomUpCheckpointHeight() % 10, 0u);
    }
    expectInvariants(h);
}

TEST(Hierarchy, FundLandsInChildWhenFinalityAllows) {
    Hierarchy h(single());
    const SubnetNode& alpha = *h.nodeByName("alpha");
    const EthAddress from = h.accounts()[0].address;
    const EthAddress to = crypto::PrivateKey::deterministic(99, 0).ethAddress();
    h.runUntil(2000);
    h.fund(alpha.id, from, to, U256(5) * kFil);
    // Included in the root's next block (3), final in alpha once root height 3 + delay 1 is
    // reached and alpha produces its next block.
    ASSERT_TRUE(h.runUntilCondition([&] { return h.root().chain->height() >= 3; }, 10'000));
    EXPECT_EQ(alpha.chain->state().balance(to), U256(0));
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return alpha.chain->state().balance(to) == U256(5) * kFil; }, 10'000));
    EXPECT_EQ(alpha.gateway().latestParentFinality()->height, 3u);
    expectInvariants(h);
    // The Result receipt goes back up and is delivered at the root after a checkpoint.
    ASSERT_EQ(h.messages().size() >= 1, true);
    ASSERT_TRUE(h.runUntilCondition(
        [&] {
            for (const auto& [id, t] : h.messages()) {
                if (t.envelope.kind == protocol::MsgKind::Transfer &&
                    t.stage == MessageStage::ReceiptReturned) {
                    return true;
                }
            }
            return false;
        },
        60'000));
    expectInvariants(h);
}

TEST(Hierarchy, ReleaseLandsInParentAfterCheckpoint) {
    Hierarchy h(single());
    const SubnetNode& alpha = *h.nodeByName("alpha");
    const EthAddress from = h.accounts()[1].address;
    const EthAddress to = crypto::PrivateKey::deterministic(77, 0).ethAddress();
    h.runUntil(1000);
    h.release(alpha.id, from, to, U256(3) * kFil);
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return h.root().chain->state().balance(to) == U256(3) * kFil; }, 60'000));
    EXPECT_GE(alpha.actor()->lastBottomUpCheckpointHeight(), 10u);
    expectInvariants(h);
}

TEST(Hierarchy, SiblingTransferTravelsUpAndDown) {
    Hierarchy h(threeLevel());
    const SubnetNode& a1 = *h.nodeByName("alpha-1");
    const SubnetNode& b2 = *h.nodeByName("beta-2");
    const EthAddress from = h.accounts()[2].address;
    const EthAddress to = crypto::PrivateKey::deterministic(55, 0).ethAddress();
    h.runUntil(1000);
    h.crossTransfer(a1.id, from, protocol::IpcAddress{b2.id, to}, U256(2) * kFil);
    ASSERT_TRUE(h.runUntilCondition([&] { return b2.chain->state().balance(to) == U256(2) * kFil; },
                                    300'000));
    expectInvariants(h);
    // The trace went through alpha, the root and beta.
    const MessageTrace* t = nullptr;
    for (const auto& [id, tr] : h.messages()) {
        if (tr.envelope.kind == protocol::MsgKind::Transfer && tr.envelope.to.raw == to)
            t = &tr;
    }
    ASSERT_NE(t, nullptr);
    std::set<SubnetId> seen;
    for (const auto& e : t->entries)
        seen.insert(e.subnet);
    EXPECT_TRUE(seen.count(h.root().id));
    EXPECT_TRUE(seen.count(h.nodeByName("alpha")->id));
    EXPECT_TRUE(seen.count(h.nodeByName("beta")->id));
    EXPECT_TRUE(seen.count(b2.id));
    ASSERT_TRUE(
        h.runUntilCondition([&] { return t->stage == MessageStage::ReceiptReturned; }, 600'000));
    expectInvariants(h);
}

TEST(Hierarchy, HaltsWhenValidatorsGoOfflineAndRecovers) {
    Hierarchy h(single());
    const SubnetNode& alpha = *h.nodeByName("alpha");
    h.runUntil(5000);
    const auto height = alpha.chain->height();
    const auto vals = alpha.chain->validators().validators();
    h.setValidatorOnline(alpha.id, vals[0].address, false);
    h.setValidatorOnline(alpha.id, vals[1].address, false);
    h.runUntil(10'000);
    EXPECT_EQ(alpha.status, SubnetStatus::Halted);
    EXPECT_EQ(alpha.chain->height(), height);
    h.setValidatorOnline(alpha.id, vals[1].address, true);
    h.runUntil(15'000);
    EXPECT_EQ(alpha.status, SubnetStatus::Running);
    EXPECT_GT(alpha.chain->height(), height);
    expectInvariants(h);
}

TEST(Hierarchy, CheckpointsPileUpWithoutRelayerAndDrainInOrder) {
    Hierarchy h(single());
    const SubnetNode& alpha = *h.nodeByName("alpha");
    h.setRelayer(alpha.id, false);
    h.runUntil(45'000);
    EXPECT_EQ(alpha.actor()->lastBottomUpCheckpointHeight(), 0u);
    EXPECT_GE(alpha.gateway().recentCheckpoints().size(), 4u);
    h.setRelayer(alpha.id, true);
    h.runUntil(60'000);
    EXPECT_GE(alpha.actor()->lastBottomUpCheckpointHeight(), 40u);
    expectInvariants(h);
}

TEST(Hierarchy, FederatedAndStaticSubnetsRun) {
    Topology t = single();
    SubnetSpec fed = spec("fed");
    fed.params.permissionMode = protocol::PermissionMode::Federated;
    SubnetSpec stat = spec("stat");
    stat.params.permissionMode = protocol::PermissionMode::Static;
    t.subnets.push_back(fed);
    t.subnets.push_back(stat);
    Hierarchy h(t);
    ASSERT_EQ(h.nodes().size(), 4u);
    const SubnetNode& f = *h.nodeByName("fed");
    const SubnetNode& s = *h.nodeByName("stat");
    EXPECT_EQ(f.chain->validators().size(), 4u);
    // Federated subnets lock no collateral in the parent; static ones do.
    EXPECT_TRUE(h.root().gateway().child(f.id)->stake.isZero());
    EXPECT_EQ(h.root().gateway().child(s.id)->stake, U256(40) * kFil);
    ASSERT_TRUE(h.runUntilRootHeight(30));
    EXPECT_GE(f.actor()->lastBottomUpCheckpointHeight(), 20u);
    EXPECT_GE(s.actor()->lastBottomUpCheckpointHeight(), 20u);
    // A static subnet's membership is fixed once it runs.
    const EthAddress joiner = h.accounts()[5].address;
    const auto pub = h.keyFor(joiner)->publicKey().uncompressed();
    const Hash32 tx = h.send(
        h.root().id, joiner, *s.id.actor(), U256(10) * kFil,
        ipc::abi::encodeCall(protocol::sig::kJoin, {ipc::abi::Value::bytes(pub.toBytes()),
                                                    ipc::abi::Value::uint(U256(10) * kFil)}));
    h.runUntil(h.now() + 2000);
    const auto loc = h.root().chain->findTx(tx);
    ASSERT_TRUE(loc.has_value());
    const auto& receipt = h.root().chain->block(loc->block)->receipts[loc->index];
    EXPECT_FALSE(receipt.success);
    EXPECT_NE(receipt.revertReason.find("static"), std::string::npos) << receipt.revertReason;
    expectInvariants(h);
}
