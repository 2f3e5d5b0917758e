// The explorer views read from a hierarchy run in virtual time: exact heights, pages, stages and
// verified signatures.
#include <gtest/gtest.h>

#include <algorithm>

#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/evm/executor.h"
#include "ipc/devnet/explorer_views.h"
#include "ipc/devnet/hierarchy.h"
#include "support/test_topologies.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {

using testing_support::kFil;

SubnetSpec spec(const std::string& name, std::uint64_t period = 5) {
    return testing_support::fourValidatorSubnet(name, period);
}

Topology twoLevel() {
    Topology t;
    t.name = "explorer";
    t.accountBalance = TokenAmount::fromWhole(10000);
    SubnetSpec alpha = spec("alpha");
    alpha.children.push_back(spec("alpha-1"));
    t.subnets.push_back(alpha);
    return t;
}

// Runtime code that returns 42 (10 bytes).
const Bytes kRuntime = {0x60, 0x2a, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3};

// Init code that logs one byte (0xab) under topic 0x77, then deploys `runtime`.
Bytes deployCode(const Bytes& runtime) {
    Bytes init = {0x60, 0xab,
                  0x60, 0x00,
                  0x53,  // mstore8(0, 0xab)
                  0x60, 0x77,
                  0x60, 0x01,
                  0x60, 0x00,
                  0xa1,  // log1(0, 1, 0x77)
                  0x60, static_cast<std::uint8_t>(runtime.size()),
                  0x80, 0x60,
                  0x17, 0x60,
                  0x00,
                  0x39,  // codecopy(0, 0x17, size)
                  0x60, 0x00,
                  0xf3};                  // return(0, size)
    for (const std::uint8_t b : runtime)  // (insert() trips GCC 12's -Warray-bounds)
        init.push_back(b);
    return init;
}

// Init code that creates a child from `childInit` with CREATE, then deploys one byte of code.
Bytes factoryCode(const Bytes& childInit) {
    const auto size = static_cast<std::uint8_t>(childInit.size());
    Bytes init = {0x60, size, 0x60, 0x14, 0x60, 0x00, 0x39,  // codecopy(0, 20, size)
                  0x60, size, 0x60, 0x00, 0x60, 0x00, 0xf0,  // create(0, 0, size)
                  0x50,                                      // pop
                  0x60, 0x01, 0x60, 0x00, 0xf3};             // return(0, 1)
    for (const std::uint8_t b : childInit)
        init.push_back(b);
    return init;
}

// A signed creation transaction from the hierarchy's account `account`.
Hash32 deploy(Hierarchy& h, const SubnetNode& n, std::size_t account, const Bytes& init) {
    const EthAddress from = h.accounts()[account].address;
    chain::Transaction t;
    t.type = chain::TxType::Eip1559;
    t.chainId = n.chainId();
    t.nonce = n.chain->mempool().pendingNonce(from, n.chain->state().nonce(from));
    t.maxFeePerGas = U256::parse("1000000000000");
    t.maxPriorityFeePerGas = U256::parse("1000000000");
    t.gasLimit = 300'000;
    t.data = init;
    return h.submit(n.id, chain::sign(t, *h.keyFor(from)));
}

}  // namespace

TEST(ExplorerViews, ContractsListCreationsWithCreatorCodeAndLogs) {
    Hierarchy h(twoLevel());
    h.runUntil(2000);
    const SubnetNode& root = h.root();
    const Hash32 first = deploy(h, root, 0, deployCode(kRuntime));
    ASSERT_TRUE(h.runUntilCondition([&] { return root.chain->findTx(first).has_value(); }, 10'000));
    const std::uint64_t firstBlock = root.chain->height();
    h.runUntil(h.now() + 5'000);
    const Hash32 failed = deploy(h, root, 1, Bytes{0xfe});  // INVALID: the creation fails
    const Hash32 second = deploy(h, root, 1, deployCode(Bytes{0x00}));
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return root.chain->findTx(second).has_value() && root.chain->findTx(failed); },
        10'000));
    h.runUntil(h.now() + 5'000);

    const EthAddress creator0 = h.accounts()[0].address;
    const EthAddress creator1 = h.accounts()[1].address;
    const EthAddress firstAddress = evm::createAddress(creator0, 0);
    const EthAddress secondAddress = evm::createAddress(creator1, 1);

    // Everything, newest first.
    const ContractPage all = makeContractPage(root, root.chain->height(), 100, 100'000);
    EXPECT_FALSE(all.more);
    ASSERT_EQ(all.contracts.size(), 2u);
    EXPECT_EQ(all.contracts[0].address, secondAddress);
    EXPECT_EQ(all.contracts[0].creator, creator1);
    EXPECT_EQ(all.contracts[0].creationTx, second);
    EXPECT_EQ(all.contracts[0].codeSize, 1u);
    EXPECT_EQ(all.contracts[0].creationLogs, 1u);
    EXPECT_EQ(all.contracts[1].address, firstAddress);
    EXPECT_EQ(all.contracts[1].creator, creator0);
    EXPECT_EQ(all.contracts[1].creationTx, first);
    EXPECT_EQ(all.contracts[1].block, firstBlock);
    EXPECT_EQ(all.contracts[1].codeSize, kRuntime.size());

    // A page at a time: one contract, then the rest from where it stopped.
    const ContractPage one = makeContractPage(root, root.chain->height(), 1, 100'000);
    ASSERT_EQ(one.contracts.size(), 1u);
    EXPECT_EQ(one.contracts[0].address, secondAddress);
    EXPECT_TRUE(one.more);
    const ContractPage rest = makeContractPage(root, one.nextBlock, 100, 100'000);
    ASSERT_EQ(rest.contracts.size(), 1u);
    EXPECT_EQ(rest.contracts[0].address, firstAddress);
    // A bounded scan: two blocks at most, whatever they hold.
    const ContractPage small = makeContractPage(root, root.chain->height(), 100, 2);
    EXPECT_TRUE(small.contracts.empty());
    EXPECT_TRUE(small.more);
    EXPECT_EQ(small.nextBlock, root.chain->height() - 2);
    // Another subnet has none.
    EXPECT_TRUE(
        makeContractPage(*h.nodeByName("alpha"), UINT64_MAX, 100, 100'000).contracts.empty());

    // A contract made by another contract's CREATE is listed too, with its factory as creator.
    const Hash32 made = deploy(h, root, 2, factoryCode(deployCode(kRuntime)));
    ASSERT_TRUE(h.runUntilCondition([&] { return root.chain->findTx(made).has_value(); },
                                    h.now() + 10'000));
    const EthAddress factory = evm::createAddress(h.accounts()[2].address, 0);
    const EthAddress child = evm::createAddress(factory, 1);
    const ContractPage withFactory = makeContractPage(root, root.chain->height(), 2, 100'000);
    ASSERT_EQ(withFactory.contracts.size(), 2u);
    EXPECT_EQ(withFactory.contracts[0].address, factory);
    EXPECT_EQ(withFactory.contracts[0].creator, h.accounts()[2].address);
    EXPECT_EQ(withFactory.contracts[0].codeSize, 1u);
    EXPECT_EQ(withFactory.contracts[0].creationLogs, 0u);
    EXPECT_EQ(withFactory.contracts[1].address, child);
    EXPECT_EQ(withFactory.contracts[1].creator, factory);
    EXPECT_EQ(withFactory.contracts[1].creationTx, made);
    EXPECT_EQ(withFactory.contracts[1].codeSize, kRuntime.size());
    EXPECT_EQ(withFactory.contracts[1].creationLogs, 1u);

    // The transactions say which contract they created, with the constructor's log.
    std::vector<TransactionView> txs =
        makeTransactionPage(root, root.chain->height(), 10'000, 100'000).transactions;
    const auto find = [&](const Hash32& hash) {
        return *std::find_if(txs.begin(), txs.end(),
                             [&](const TransactionView& t) { return t.hash == hash; });
    };
    const TransactionView created = find(first);
    EXPECT_FALSE(created.to);
    ASSERT_TRUE(created.contractAddress);
    EXPECT_EQ(*created.contractAddress, firstAddress);
    ASSERT_EQ(created.logs.size(), 1u);
    EXPECT_EQ(created.logs[0].address, firstAddress);
    ASSERT_EQ(created.logs[0].topics.size(), 1u);
    EXPECT_EQ(created.logs[0].topics[0].bytes.back(), 0x77);
    EXPECT_EQ(created.logs[0].data, Bytes{0xab});
    const TransactionView refused = find(failed);
    EXPECT_FALSE(refused.success);
    EXPECT_FALSE(refused.contractAddress);
}

TEST(ExplorerViews, BlockDetailCarriesVerifiedCommitSignatures) {
    Hierarchy h(twoLevel());
    h.runUntil(6000);
    const SubnetNode& alpha = *h.nodeByName("alpha");
    const auto d = makeBlockDetail(h, alpha, 3);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->block.number, 3u);
    EXPECT_EQ(d->gasLimit, chain::GasSchedule::kBlockGasLimit);
    ASSERT_FALSE(d->commitSignatures.empty());
    std::uint64_t power = 0;
    for (const auto& s : d->commitSignatures) {
        EXPECT_TRUE(s.verified) << s.signer.hex();
        EXPECT_GT(s.power, 0u);
        power += s.power;
        // The signature shown is the signer's over the block hash.
        const auto back =
            crypto::recoverAddress(d->block.hash, crypto::Signature::fromBytes(s.signature.view()));
        ASSERT_TRUE(back);
        EXPECT_EQ(*back, s.signer);
    }
    EXPECT_EQ(power, d->block.signedPower);
    EXPECT_FALSE(makeBlockDetail(h, alpha, alpha.chain->height() + 1));
}

TEST(ExplorerViews, TransactionPagesWalkDownWithReceiptsAndStop) {
    Hierarchy h(twoLevel());
    const SubnetNode& alpha = *h.nodeByName("alpha");
    h.runUntil(2000);
    const EthAddress from = h.accounts()[0].address;
    const EthAddress to = crypto::PrivateKey::deterministic(42, 0).ethAddress();
    const Hash32 sent = h.send(h.root().id, from, to, U256(7) * kFil);
    ASSERT_TRUE(
        h.runUntilCondition([&] { return h.root().chain->findTx(sent).has_value(); }, 10'000));
    h.runUntil(h.now() + 20'000);

    // Everything on the root, a few transactions per page.
    std::vector<TransactionView> all;
    std::uint64_t from_ = h.root().chain->height();
    for (int guard = 0; guard < 1000; ++guard) {
        const TransactionPage page = makeTransactionPage(h.root(), from_, 3, 1000);
        for (const auto& t : page.transactions) {
            if (!all.empty()) {
                EXPECT_LE(t.block, all.back().block);  // newest first
            }
            all.push_back(t);
        }
        if (!page.more)
            break;
        EXPECT_LT(page.nextBlock, from_);
        from_ = page.nextBlock;
    }
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const TransactionView& t) { return t.hash == sent; });
    ASSERT_NE(it, all.end());
    EXPECT_EQ(it->from, from);
    ASSERT_TRUE(it->to);
    EXPECT_EQ(*it->to, to);
    EXPECT_EQ(it->value, U256(7) * kFil);
    EXPECT_TRUE(it->success);
    EXPECT_EQ(it->gasUsed, chain::GasSchedule::kTransfer);
    EXPECT_EQ(it->type, "eip1559");
    // Relayer submissions from alpha carry logs of the gateway.
    EXPECT_TRUE(std::any_of(all.begin(), all.end(),
                            [](const TransactionView& t) { return t.system && !t.logs.empty(); }));

    // A bounded scan: two blocks at most, whatever they hold.
    const TransactionPage small = makeTransactionPage(alpha, alpha.chain->height(), 1000, 2);
    EXPECT_TRUE(small.more);
    EXPECT_EQ(small.nextBlock, alpha.chain->height() - 2);
}

TEST(ExplorerViews, CheckpointSummariesPageByOrdinal) {
    Hierarchy h(twoLevel());
    h.runUntil(40'000);
    const SubnetNode& alpha = *h.nodeByName("alpha");
    const std::size_t count = checkpointCount(alpha);
    ASSERT_GE(count, 6u);
    const auto all = makeCheckpointSummaries(alpha, 0, count);
    ASSERT_EQ(all.size(), count);
    for (std::size_t i = 1; i < all.size(); ++i)
        EXPECT_LT(all[i - 1].height, all[i].height);
    // A page from the newer half matches the same ordinals read from the start.
    const auto tail = makeCheckpointSummaries(alpha, count - 2, 10);
    ASSERT_EQ(tail.size(), 2u);
    EXPECT_EQ(tail[0].height, all[count - 2].height);
    EXPECT_EQ(tail[1].hash, all[count - 1].hash);
    EXPECT_TRUE(makeCheckpointSummaries(alpha, count, 5).empty());
    EXPECT_EQ(all.front().threshold * 100 / all.front().totalWeight >= 66, true);
}

TEST(ExplorerViews, CheckpointDetailFollowsEveryStageIntoTheParent) {
    Hierarchy h(twoLevel());
    const SubnetNode& alpha = *h.nodeByName("alpha");
    ASSERT_TRUE(h.runUntilCondition(
        [&] {
            const auto* rec = alpha.gateway().recentCheckpoint(5);
            return rec != nullptr && rec->executedParentHeight.has_value();
        },
        120'000));
    const auto d = makeCheckpointDetail(alpha, 5);
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->hashMatches);
    EXPECT_EQ(d->view.checkpoint.blockHeight, 5u);
    EXPECT_GE(d->view.summary.signedWeight, d->view.summary.threshold);
    ASSERT_FALSE(d->view.signatures.empty());
    for (const auto& s : d->view.signatures)
        EXPECT_TRUE(s.verified);
    EXPECT_EQ(d->membership.size(), 4u);
    EXPECT_TRUE(d->membershipChanges.empty());  // the first checkpoint has nothing to compare
    ASSERT_EQ(d->stages.size(), 4u);
    EXPECT_STREQ(protocol::toString(d->stages[0].stage), "cut");
    EXPECT_EQ(*d->stages[0].height, 5u);
    EXPECT_STREQ(protocol::toString(d->stages[1].stage), "quorum");
    ASSERT_TRUE(d->stages[1].height && d->stages[1].timeMs);
    EXPECT_GT(*d->stages[1].height, 5u);
    EXPECT_EQ(*d->stages[1].where, alpha.id);
    EXPECT_STREQ(protocol::toString(d->stages[2].stage), "submitted");
    EXPECT_STREQ(protocol::toString(d->stages[3].stage), "executed");
    ASSERT_TRUE(d->stages[3].where && d->stages[3].timeMs);
    EXPECT_EQ(*d->stages[3].where, h.root().id);
    // Times only move forward through the stages.
    EXPECT_LE(*d->stages[0].timeMs, *d->stages[1].timeMs);
    EXPECT_LE(*d->stages[1].timeMs, *d->stages[3].timeMs);
    EXPECT_FALSE(makeCheckpointDetail(alpha, 6));

    // A submission waiting in the parent shows the relayer's transaction.
    ASSERT_TRUE(h.runUntilCondition([&] { return !alpha.relayerSubmissions.empty(); }, 120'000));
    const auto [pendingHeight, tx] = *alpha.relayerSubmissions.begin();
    const auto pending = makeCheckpointDetail(alpha, pendingHeight);
    ASSERT_TRUE(pending && pending->submissionTx);
    EXPECT_EQ(*pending->submissionTx, tx);
}

TEST(ExplorerViews, RouteGoesUpToTheCommonAncestorThenDown) {
    Hierarchy h(twoLevel());
    const SubnetId root = h.root().id;
    const SubnetId alpha = h.nodeByName("alpha")->id;
    const SubnetId a1 = h.nodeByName("alpha-1")->id;
    EXPECT_EQ(messageRoute(a1, root), (std::vector<SubnetId>{a1, alpha, root}));
    EXPECT_EQ(messageRoute(root, a1), (std::vector<SubnetId>{root, alpha, a1}));
    EXPECT_EQ(messageRoute(alpha, alpha), (std::vector<SubnetId>{alpha}));
}

TEST(ExplorerViews, CrossMessagesOfASubnetIncludeThosePassingThrough) {
    Hierarchy h(twoLevel());
    const SubnetNode& alpha = *h.nodeByName("alpha");
    const SubnetNode& a1 = *h.nodeByName("alpha-1");
    const EthAddress to = crypto::PrivateKey::deterministic(43, 0).ethAddress();
    h.runUntil(1000);
    h.fund(alpha.id, h.accounts()[0].address, to, U256(3) * kFil);
    h.crossTransfer(h.root().id, h.accounts()[1].address, protocol::IpcAddress{a1.id, to},
                    U256(1) * kFil);
    ASSERT_TRUE(h.runUntilCondition([&] { return a1.chain->state().balance(to) == U256(1) * kFil; },
                                    120'000));

    const auto atA1 = makeCrossMessageViews(h, a1.id, 100);
    const auto transfer = std::find_if(atA1.begin(), atA1.end(), [&](const CrossMessageView& m) {
        return m.kind == protocol::MsgKind::Transfer && m.to.subnet == a1.id;
    });
    ASSERT_NE(transfer, atA1.end());
    EXPECT_EQ(transfer->value, U256(1) * kFil);
    EXPECT_EQ(transfer->route, (std::vector<SubnetId>{h.root().id, alpha.id, a1.id}));
    EXPECT_FALSE(transfer->entries.empty());
    // Both messages pass through alpha; the fund to alpha does not concern alpha-1.
    const auto atAlpha = makeCrossMessageViews(h, alpha.id, 100);
    EXPECT_GT(atAlpha.size(), atA1.size());
    for (std::size_t i = 1; i < atAlpha.size(); ++i)
        EXPECT_LE(atAlpha[i - 1].createdMs, atAlpha[i].createdMs);
    // The limit keeps the newest.
    const auto newest = makeCrossMessageViews(h, alpha.id, 1);
    ASSERT_EQ(newest.size(), 1u);
    EXPECT_EQ(newest.front().tracingId, atAlpha.back().tracingId);
}

TEST(ExplorerViews, OverviewNamesActorParamsAndLastCheckpoint) {
    Hierarchy h(twoLevel());
    h.runUntil(12'000);
    const SubnetNode& alpha = *h.nodeByName("alpha");
    const SubnetOverviewView o = makeSubnetOverview(alpha);
    ASSERT_TRUE(o.actorAddress);
    EXPECT_EQ(*o.actorAddress, *alpha.id.actor());
    ASSERT_TRUE(o.params);
    EXPECT_EQ(o.params->bottomUpCheckPeriod, 5u);
    EXPECT_EQ(o.gatewayParams.bottomUpCheckPeriod, 5u);
    EXPECT_EQ(o.children, 1u);
    ASSERT_TRUE(o.lastCheckpoint);
    EXPECT_EQ(o.lastCheckpoint->height, o.subnet.lastCheckpointCut);
    EXPECT_EQ(o.checkpoints, checkpointCount(alpha));
    ASSERT_TRUE(o.parentFinality);
    EXPECT_EQ(o.parentFinality->height, o.subnet.parentFinality);
    const SubnetOverviewView root = makeSubnetOverview(h.root());
    EXPECT_FALSE(root.actorAddress);
    EXPECT_FALSE(root.params);
}
