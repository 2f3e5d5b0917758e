// Cross-net transfers as the wizard shows them: the route (up to the common ancestor, then
// down) with each hop's expected wait and the supply limit of up moves; and, driven through
// three-level in virtual time, every step of a real transfer in order, what it waits for while
// a relayer is stopped or a subnet halted, a reverted transaction and a failed message.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/token_amount.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"
#include "ipc/devnet/topology.h"
#include "ipc/devnet/transfer.h"
#include "ipc/devnet/wallet.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {

const EthAddress kAnvil0 = EthAddress::parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
const EthAddress kAnvil3 = EthAddress::parse("0x90f79bf6eb2c4f870365e785982e1f101e93b906");

U256 fil(std::uint64_t whole) {
    return TokenAmount::fromWhole(whole).atto();
}

class ThreeLevel : public ::testing::Test {
protected:
    void SetUp() override {
        DevnetOptions o;
        o.paused = true;
        topology_ = builtinTemplate("three-level");
        devnet_ = Devnet::start(topology_, o);
        // Keep the view alive: the engine thread may publish a newer one meanwhile.
        const auto v = devnet_->view();
        for (const auto& s : v->subnets)
            ids_[s.name] = s.id;
    }

    const SubnetId& id(const std::string& name) const { return ids_.at(name); }
    HierarchyView view() {
        return engine(*devnet_).post([](Hierarchy& h) { return makeHierarchyView(h); }).get();
    }
    void run(std::uint64_t ms) {
        engine(*devnet_).post([ms](Hierarchy& h) { h.runUntil(h.now() + ms); }).get();
    }
    U256 balance(const std::string& subnet, const EthAddress& a) {
        const SubnetId s = id(subnet);
        return engine(*devnet_)
            .post([&](Hierarchy& h) { return h.node(s)->chain->state().balance(a); })
            .get();
    }
    U256 feePaid(const SubnetId& subnet, const Hash32& tx) {
        return engine(*devnet_)
            .post([&](Hierarchy& h) {
                const SubnetNode* n = h.node(subnet);
                const auto loc = n->chain->findTx(tx);
                const auto& r = n->chain->block(loc->block)->receipts[loc->index];
                return U256(r.gasUsed) * r.effectiveGasPrice;
            })
            .get();
    }
    TransferProgress progress(const TransferPlan& plan, const SubnetId& source, const Hash32& tx) {
        const TransferRecord rec =
            engine(*devnet_).post([&](Hierarchy& h) { return readTransfer(h, source, tx); }).get();
        return describeTransfer(plan, rec, view());
    }
    // Runs a second at a time until the transfer is complete (or `limitMs` passes), noting
    // each step the first time it is done and each wait reason seen.
    TransferProgress follow(const TransferPlan& plan, const SubnetId& source, const Hash32& tx,
                            std::uint64_t limitMs, std::vector<std::string>* steps = nullptr,
                            std::vector<WaitReason>* waits = nullptr) {
        TransferProgress p;
        for (std::uint64_t t = 0; t <= limitMs; t += 1000) {
            p = progress(plan, source, tx);
            if (steps != nullptr) {
                const auto note = [&](const StepProgress& s) {
                    const std::string name = std::string(toString(s.step)) + "@" + nameOf(s.where);
                    if (s.done && std::find(steps->begin(), steps->end(), name) == steps->end())
                        steps->push_back(name);
                };
                for (const auto& s : p.start)
                    note(s);
                for (const auto& hop : p.hops) {
                    for (const auto& s : hop.steps)
                        note(s);
                }
                for (const auto& s : p.finish)
                    note(s);
            }
            if (waits != nullptr &&
                std::find(waits->begin(), waits->end(), p.wait.reason) == waits->end())
                waits->push_back(p.wait.reason);
            if (p.complete)
                return p;
            run(1000);
        }
        return p;
    }
    std::string nameOf(const SubnetId& s) const {
        for (const auto& [name, sid] : ids_) {
            if (sid == s)
                return name;
        }
        return s.toString();
    }

    Topology topology_;
    std::unique_ptr<Devnet> devnet_;
    std::map<std::string, SubnetId> ids_;
};

}  // namespace

TEST_F(ThreeLevel, PlanGoesUpToTheCommonAncestorThenDown) {
    const HierarchyView v = view();
    const TransferTiming timing = transferTiming(topology_);
    EXPECT_EQ(timing.chainHeadDelay, 1u);
    EXPECT_EQ(timing.relayerPollMs, 1000u);

    const TransferPlan cousins = planTransfer(v, timing, id("alpha-1"), id("beta-2"));
    ASSERT_EQ(cousins.route.size(), 5u);
    EXPECT_EQ(cousins.route[2], id("root"));
    EXPECT_EQ(cousins.commonAncestor, id("root"));
    ASSERT_EQ(cousins.hops.size(), 4u);
    EXPECT_EQ(cousins.hops[0].direction, HopDirection::Up);
    EXPECT_EQ(cousins.hops[1].direction, HopDirection::Up);
    EXPECT_EQ(cousins.hops[2].direction, HopDirection::Down);
    EXPECT_EQ(cousins.hops[3].direction, HopDirection::Down);
    EXPECT_EQ(cousins.hops[1].from, id("alpha"));
    EXPECT_EQ(cousins.hops[3].to, id("beta-2"));
    // The receipt comes back the other way.
    ASSERT_EQ(cousins.receiptHops.size(), 4u);
    EXPECT_EQ(cousins.receiptHops[0].from, id("beta-2"));
    EXPECT_EQ(cousins.receiptHops[0].direction, HopDirection::Up);
    EXPECT_EQ(cousins.receiptHops[3].to, id("alpha-1"));
    EXPECT_EQ(cousins.receiptHops[3].direction, HopDirection::Down);
    // Up moves are bounded by the circulating supply of what they leave: alpha-1's is smaller.
    ASSERT_TRUE(cousins.supplyLimitedBy.has_value());
    EXPECT_EQ(*cousins.supplyLimitedBy, id("alpha-1"));

    // Latency at current block times: the first hop waits for alpha-1's next checkpoint epoch.
    const SubnetView* a1 = nullptr;
    for (const auto& s : v.subnets) {
        if (s.id == id("alpha-1"))
            a1 = &s;
    }
    ASSERT_NE(a1, nullptr);
    const std::uint64_t epoch = ((a1->height + 1) / 10 + 1) * 10;
    EXPECT_EQ(cousins.hops[0].fromBlocks, epoch - a1->height + 1);
    EXPECT_EQ(cousins.hops[0].expectedMs, (epoch - a1->height + 1) * 1000 + 1000 + 500);
    // Down: one parent block past the message (chain head delay 1), then the child's block.
    EXPECT_EQ(cousins.hops[3].fromBlocks, 1u);
    EXPECT_EQ(cousins.hops[3].expectedMs, 2000u);
    std::uint64_t sum = 0;
    for (const auto& h : cousins.hops)
        sum += h.expectedMs;
    EXPECT_EQ(cousins.expectedMs, sum);
    EXPECT_GT(cousins.receiptMs, 0u);

    const TransferPlan down = planTransfer(v, timing, id("root"), id("alpha-1"));
    ASSERT_EQ(down.hops.size(), 2u);
    EXPECT_EQ(down.hops[0].fromBlocks, 2u);  // the transaction's block, then the delay
    EXPECT_FALSE(down.supplyLimit.has_value());

    // A subnet with little in circulation limits the move out of it.
    HierarchyView lean = v;
    for (auto& s : lean.subnets) {
        if (s.id == id("alpha"))
            s.circulatingSupply = fil(3);
    }
    const TransferPlan limited = planTransfer(lean, timing, id("alpha-1"), id("root"));
    EXPECT_EQ(limited.supplyLimit, fil(3));
    EXPECT_EQ(*limited.supplyLimitedBy, id("alpha"));

    EXPECT_THROW(planTransfer(v, timing, id("alpha"), id("alpha")), Error);
    EXPECT_THROW(planTransfer(v, timing, id("alpha"), SubnetId::parse("/r31337/f01001")), Error);
}

TEST_F(ThreeLevel, RootToAThirdLevelSubnetStepByStep) {
    const TransferPlan plan =
        planTransfer(view(), transferTiming(topology_), id("root"), id("alpha-1"));
    const U256 sourceBefore = balance("root", kAnvil0);
    const U256 destBefore = balance("alpha-1", kAnvil3);
    const Hash32 tx =
        devnet_->wallet().transfer(id("root"), kAnvil0, {id("alpha-1"), kAnvil3}, fil(5)).get();
    const TransferProgress waiting = progress(plan, id("root"), tx);
    EXPECT_EQ(waiting.wait.reason, WaitReason::Inclusion);
    EXPECT_TRUE(waiting.start[0].done);
    EXPECT_FALSE(waiting.start[1].done);

    std::vector<std::string> steps;
    std::vector<WaitReason> waits;
    const TransferProgress done = follow(plan, id("root"), tx, 120000, &steps, &waits);
    ASSERT_TRUE(done.complete);
    EXPECT_TRUE(done.delivered);
    EXPECT_FALSE(done.failed);
    EXPECT_EQ(done.wait.reason, WaitReason::None);
    EXPECT_EQ(done.at, id("alpha-1"));
    const std::vector<std::string> expected = {
        "submitted@root",
        "included@root",
        "committed top-down@root",
        "parent finality@alpha",
        "committed top-down@alpha",
        "parent finality@alpha-1",
        "executed in destination@alpha-1",
        "receipt back@root",
    };
    // Steps done in the same second are noted in list order; the order still holds.
    EXPECT_EQ(steps, expected);
    EXPECT_NE(std::find(waits.begin(), waits.end(), WaitReason::ParentFinality), waits.end());
    EXPECT_NE(std::find(waits.begin(), waits.end(), WaitReason::Receipt), waits.end());
    // Heights come with the steps: the finality in alpha-1 at a height of alpha-1.
    EXPECT_TRUE(done.hops[1].steps[1].height.has_value());
    EXPECT_NE(done.hops[0].steps[0].detail.find("nonce"), std::string::npos);

    EXPECT_EQ(balance("alpha-1", kAnvil3), destBefore + fil(5));
    EXPECT_EQ(balance("root", kAnvil0), sourceBefore - fil(5) - feePaid(id("root"), tx));
    EXPECT_TRUE(
        engine(*devnet_).post([](Hierarchy& h) { return h.checkInvariants(); }).get().empty());
}

TEST_F(ThreeLevel, ASiblingTransferWaitsForAStoppedRelayer) {
    const TransferPlan plan =
        planTransfer(view(), transferTiming(topology_), id("alpha-1"), id("alpha-2"));
    ASSERT_EQ(plan.hops.size(), 2u);
    const U256 destBefore = balance("alpha-2", kAnvil3);
    const SubnetId a1 = id("alpha-1");
    engine(*devnet_).post([a1](Hierarchy& h) { h.setRelayer(a1, false); }).get();
    const Hash32 tx =
        devnet_->wallet().transfer(a1, kAnvil0, {id("alpha-2"), kAnvil3}, fil(2)).get();
    std::vector<WaitReason> waits;
    TransferProgress p = follow(plan, a1, tx, 30000, nullptr, &waits);
    EXPECT_NE(std::find(waits.begin(), waits.end(), WaitReason::CheckpointEpoch), waits.end());
    EXPECT_FALSE(p.complete);
    EXPECT_EQ(p.wait.reason, WaitReason::RelayerStopped);
    EXPECT_EQ(p.wait.subnet, a1);
    EXPECT_EQ(p.at, a1);
    ASSERT_TRUE(p.toward.has_value());
    EXPECT_EQ(*p.toward, id("alpha"));
    EXPECT_TRUE(p.hops[0].active);
    EXPECT_TRUE(p.hops[0].steps[1].done);   // quorum
    EXPECT_FALSE(p.hops[0].steps[2].done);  // not submitted

    engine(*devnet_).post([a1](Hierarchy& h) { h.setRelayer(a1, true); }).get();
    p = follow(plan, a1, tx, 120000);
    ASSERT_TRUE(p.complete);
    EXPECT_EQ(balance("alpha-2", kAnvil3), destBefore + fil(2));
}

TEST_F(ThreeLevel, AHaltedSubnetHoldsATransferUp) {
    const SubnetId alpha = id("alpha");
    const TransferPlan plan = planTransfer(view(), transferTiming(topology_), alpha, id("root"));
    const U256 before = balance("root", kAnvil3);
    const Hash32 tx =
        devnet_->wallet().transfer(alpha, kAnvil0, {id("root"), kAnvil3}, fil(1)).get();
    run(1000);  // included
    std::vector<EthAddress> validators;
    for (const auto& s : view().subnets) {
        if (s.id == alpha) {
            for (const auto& v : s.validators)
                validators.push_back(v.address);
        }
    }
    ASSERT_EQ(validators.size(), 4u);
    engine(*devnet_)
        .post([&](Hierarchy& h) {
            h.setValidatorOnline(alpha, validators[0], false);
            h.setValidatorOnline(alpha, validators[1], false);
        })
        .get();
    run(20000);
    TransferProgress p = progress(plan, alpha, tx);
    EXPECT_EQ(p.wait.reason, WaitReason::SubnetHalted);
    EXPECT_EQ(p.wait.subnet, alpha);
    EXPECT_FALSE(p.delivered);

    engine(*devnet_)
        .post([&](Hierarchy& h) {
            h.setValidatorOnline(alpha, validators[0], true);
            h.setValidatorOnline(alpha, validators[1], true);
        })
        .get();
    p = follow(plan, alpha, tx, 120000);
    ASSERT_TRUE(p.complete);
    EXPECT_EQ(balance("root", kAnvil3), before + fil(1));
}

TEST_F(ThreeLevel, ARevertedTransactionSendsNothing) {
    // A child of the root that does not exist: the root's gateway refuses the fund at once.
    const SubnetId nowhere = SubnetId::parse(id("root").toString() + "/f01001");
    const Hash32 tx =
        devnet_->wallet().transfer(id("root"), kAnvil0, {nowhere, kAnvil3}, fil(1)).get();
    run(2000);
    const TransferRecord rec =
        engine(*devnet_).post([&](Hierarchy& h) { return readTransfer(h, id("root"), tx); }).get();
    EXPECT_TRUE(rec.included);
    EXPECT_FALSE(rec.success);
    EXPECT_NE(rec.revertReason.find("DstSubnet"), std::string::npos);
    EXPECT_FALSE(rec.message.has_value());
    const TransferPlan plan =
        planTransfer(view(), transferTiming(topology_), id("root"), id("alpha"));
    const TransferProgress p = describeTransfer(plan, rec, view());
    EXPECT_EQ(p.wait.reason, WaitReason::Reverted);
    EXPECT_FALSE(p.complete);
    EXPECT_FALSE(p.hops[0].active);
}

TEST_F(ThreeLevel, AFailedMessageSaysWhereAndWaitsForItsReceipt) {
    const HierarchyView v = view();
    const TransferPlan plan = planTransfer(v, transferTiming(topology_), id("alpha"), id("root"));
    TransferRecord rec;
    rec.source = id("alpha");
    rec.txHash = Hash32{};
    rec.included = true;
    rec.height = 3;
    CrossMessageView m;
    m.entries = {
        TraceEntry{MessageStage::Committed, id("alpha"), 3, 3000, "batch of checkpoint 10"},
        TraceEntry{MessageStage::InCheckpoint, id("alpha"), 10, 10000, "checkpoint 10"},
        TraceEntry{MessageStage::Quorum, id("alpha"), 11, 11000, "checkpoint 10"},
        TraceEntry{MessageStage::SubmittedToParent, id("root"), 12, 12000, "checkpoint 10"},
        TraceEntry{MessageStage::ExecutedInParent, id("root"), 13, 13000, "checkpoint 10"},
        TraceEntry{MessageStage::Failed, id("root"), 13, 13000, "Value"},
    };
    m.failure = protocol::XnetFailure::Value;
    rec.message = m;
    TransferProgress p = describeTransfer(plan, rec, v);
    EXPECT_TRUE(p.failed);
    EXPECT_FALSE(p.delivered);
    EXPECT_FALSE(p.complete);
    EXPECT_EQ(p.wait.reason, WaitReason::Failed);
    EXPECT_EQ(p.wait.subnet, id("root"));
    EXPECT_EQ(p.failure, protocol::XnetFailure::Value);
    EXPECT_EQ(p.finish[0].where, id("root"));
    rec.message->entries.push_back(
        TraceEntry{MessageStage::ReceiptReturned, id("alpha"), 30, 30000, ""});
    p = describeTransfer(plan, rec, v);
    EXPECT_TRUE(p.complete);
    EXPECT_EQ(p.wait.reason, WaitReason::None);
}
