// The devnet facade's typed queries and commands (queries.h): each answered from a small
// hierarchy run in virtual time, and through Devnet::ask on a paused devnet, where an unknown
// subnet is a clear error in the future that changes nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <future>

#include "ipc/core/primitives/error.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/query_answers.h"
#include "support/test_topologies.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {

using testing_support::kFil;

// A subnet no hierarchy here has: a child of the root under an actor nobody deployed.
SubnetId unknownSubnet(const SubnetId& root) {
    return root.child(EthAddress::parse("0x00000000000000000000000000000000000000ab"));
}

SubnetSpec spec(const std::string& name) {
    return testing_support::fourValidatorSubnet(name, 5);
}

Topology twoLevel() {
    Topology t;
    t.name = "facade";
    t.accountBalance = TokenAmount::fromWhole(10000);
    t.subnets.push_back(spec("alpha"));
    return t;
}

// A hierarchy where the root has blocks with a plain send, alpha has cut checkpoints and a fund
// from the root to alpha has been delivered.
class FacadeQueries : public ::testing::Test {
protected:
    void SetUp() override {
        h_ = std::make_unique<Hierarchy>(twoLevel());
        ASSERT_TRUE(h_->runUntilRootHeight(3, 600'000));
        root_ = h_->root().id;
        alpha_ = h_->root().children.at(0)->id;
        from_ = h_->accounts().at(0).address;
        to_ = h_->accounts().at(1).address;
        tx_ = h_->send(root_, from_, to_, U256(12345));
        funding_ = h_->fund(alpha_, from_, to_, kFil);
        const SubnetNode& alpha = *h_->node(alpha_);
        ASSERT_TRUE(h_->runUntilCondition(
            [&] {
                const auto id = messageOfTransaction(*h_, root_, funding_);
                const MessageTrace* t = id ? h_->trace(*id) : nullptr;
                return t != nullptr && t->stage == MessageStage::Delivered &&
                       checkpointCount(alpha) >= 2;
            },
            600'000));
        tracing_ = *messageOfTransaction(*h_, root_, funding_);
    }

    std::unique_ptr<Hierarchy> h_;
    SubnetId root_;
    SubnetId alpha_;
    EthAddress from_;
    EthAddress to_;
    Hash32 tx_;
    Hash32 funding_;
    Hash32 tracing_;
};

TEST_F(FacadeQueries, ExplorerPagesOfOneSubnet) {
    const auto blocks = answer(*h_, BlocksQuery{root_, 1, 3});
    ASSERT_EQ(blocks.size(), 3u);
    EXPECT_EQ(blocks[0].number, 1u);
    EXPECT_EQ(blocks[2].number, 3u);
    EXPECT_EQ(blocks[1].parentHash, blocks[0].hash);

    const std::uint64_t head = h_->root().chain->height();
    const auto page = answer(*h_, TransactionsQuery{root_, head, 100, 1000});
    EXPECT_TRUE(std::any_of(page.transactions.begin(), page.transactions.end(),
                            [&](const TransactionView& t) { return t.hash == tx_; }));
    EXPECT_FALSE(page.more);

    const auto contracts = answer(*h_, ContractsQuery{root_, head, 10, 1000});
    for (const auto& c : contracts.contracts)
        EXPECT_LE(c.block, head);

    const auto checkpoints = answer(*h_, CheckpointsQuery{alpha_, 0, 10});
    ASSERT_GE(checkpoints.size(), 2u);
    EXPECT_EQ(checkpoints[0].height, 5u);
    EXPECT_EQ(checkpoints[1].height, 10u);

    const auto overview = answer(*h_, OverviewQuery{alpha_});
    EXPECT_EQ(overview.subnet.id, alpha_);
    ASSERT_TRUE(overview.subnet.parent.has_value());
    EXPECT_EQ(*overview.subnet.parent, root_);
    EXPECT_EQ(overview.checkpoints, checkpointCount(*h_->node(alpha_)));

    const auto block = answer(*h_, BlockDetailQuery{root_, 2});
    ASSERT_TRUE(block.has_value());
    EXPECT_EQ(block->block.number, 2u);
    EXPECT_FALSE(answer(*h_, BlockDetailQuery{root_, head + 1000}).has_value());

    const auto detail = answer(*h_, CheckpointDetailQuery{alpha_, 5});
    ASSERT_TRUE(detail.has_value());
    EXPECT_TRUE(detail->hashMatches);
    EXPECT_FALSE(answer(*h_, CheckpointDetailQuery{alpha_, 7}).has_value());
}

TEST_F(FacadeQueries, MessagesAndTransfers) {
    const auto inAlpha = answer(*h_, SubnetMessagesQuery{alpha_, 10});
    ASSERT_EQ(inAlpha.size(), 2u);  // the fund and its receipt
    EXPECT_EQ(inAlpha[0].tracingId, tracing_);
    EXPECT_EQ(inAlpha[1].answers, std::optional<Hash32>(tracing_));
    const auto all = answer(*h_, MessagesQuery{10});
    ASSERT_FALSE(all.empty());
    EXPECT_TRUE(std::any_of(all.begin(), all.end(),
                            [&](const CrossMessageView& m) { return m.tracingId == tracing_; }));

    const TransferRecord byTx = answer(*h_, TransferByTxQuery{root_, funding_});
    EXPECT_TRUE(byTx.included);
    ASSERT_TRUE(byTx.message.has_value());
    EXPECT_EQ(byTx.message->tracingId, tracing_);
    EXPECT_EQ(byTx.message->value, kFil);

    const auto byId = answer(*h_, TransferByMessageQuery{tracing_});
    ASSERT_TRUE(byId.has_value());
    EXPECT_EQ(byId->source, root_);
    EXPECT_FALSE(answer(*h_, TransferByMessageQuery{Hash32()}).has_value());
}

TEST_F(FacadeQueries, AccountsAndFees) {
    const BalanceSheet sheet = answer(*h_, BalancesQuery{{from_, to_}});
    ASSERT_EQ(sheet.subnets.size(), 2u);
    EXPECT_EQ(sheet.subnets[0], root_);
    EXPECT_EQ(sheet.balances.at(from_)[0], h_->root().chain->state().balance(from_));
    EXPECT_EQ(sheet.balances.at(to_)[1], h_->node(alpha_)->chain->state().balance(to_));
    EXPECT_GE(sheet.balances.at(to_)[1], kFil);  // the fund arrived

    const auto accounts = answer(*h_, DevnetAccountsQuery{});
    ASSERT_EQ(accounts.size(), h_->accounts().size());
    EXPECT_EQ(accounts[0].address, from_);
    EXPECT_EQ(accounts[0].label, h_->accounts()[0].label);

    const FeeQuote fee = answer(*h_, FeeQuery{root_, to_});
    EXPECT_EQ(fee.gasLimit, 21'000u);
    EXPECT_GE(fee.maxFee, fee.expectedFee);
    const FeeQuote transferFee =
        answer(*h_, TransferFeeQuery{root_, from_, protocol::IpcAddress{alpha_, to_}, kFil});
    EXPECT_GT(transferFee.gasLimit, 21'000u);
}

TEST_F(FacadeQueries, SearchFindsEachKind) {
    SearchQuery q;
    q.target = SearchTarget::BlockNumber;
    q.number = 2;
    SearchAnswer a = answer(*h_, q);
    EXPECT_EQ(a.found, SearchAnswer::Found::Block);
    EXPECT_EQ(a.subnet, root_);
    EXPECT_EQ(a.blockHash, h_->root().chain->block(2)->hash);

    q.preferred = alpha_;
    q.number = 1'000'000;
    a = answer(*h_, q);
    EXPECT_EQ(a.found, SearchAnswer::Found::Nothing);
    EXPECT_EQ(a.subnet, alpha_);  // the subnet searched, with its height
    EXPECT_EQ(a.chainHeight, h_->node(alpha_)->chain->height());

    q = {};
    q.target = SearchTarget::Hash;
    q.hash = tx_;
    a = answer(*h_, q);
    EXPECT_EQ(a.found, SearchAnswer::Found::Transaction);
    EXPECT_EQ(a.subnet, root_);
    q.hash = tracing_;
    EXPECT_EQ(answer(*h_, q).found, SearchAnswer::Found::Message);
    q.hash = Hash32();
    EXPECT_EQ(answer(*h_, q).found, SearchAnswer::Found::Nothing);

    q = {};
    q.target = SearchTarget::CheckpointHeight;
    q.number = 5;
    a = answer(*h_, q);
    EXPECT_EQ(a.found, SearchAnswer::Found::Checkpoint);
    EXPECT_EQ(a.subnet, alpha_);

    q = {};
    q.target = SearchTarget::Address;
    q.address = from_;
    a = answer(*h_, q);
    EXPECT_EQ(a.found, SearchAnswer::Found::DevnetAccount);
    EXPECT_EQ(a.accountLabel, h_->accounts()[0].label);
    q.address = *alpha_.actor();
    EXPECT_EQ(answer(*h_, q).found, SearchAnswer::Found::SubnetActor);

    q = {};
    q.target = SearchTarget::Subnet;
    q.subnet = alpha_;
    a = answer(*h_, q);
    EXPECT_EQ(a.found, SearchAnswer::Found::Subnet);
    EXPECT_EQ(a.subnetName, "alpha");
    q.subnet = unknownSubnet(root_);
    EXPECT_EQ(answer(*h_, q).found, SearchAnswer::Found::Nothing);
}

TEST_F(FacadeQueries, CommandsChangeTheHierarchy) {
    const std::uint64_t height = h_->root().chain->height();
    EXPECT_EQ(answer(*h_, MineCommand{root_, 2}), height + 2);

    (void)answer(*h_, SetRelayerCommand{alpha_, false});
    EXPECT_FALSE(h_->node(alpha_)->relayerOn);
    const EthAddress validator = makeSubnetView(*h_->node(alpha_)).validators.at(0).address;
    (void)answer(*h_, SetValidatorOnlineCommand{alpha_, validator, false});
    EXPECT_FALSE(makeSubnetView(*h_->node(alpha_)).validators.at(0).online);

    EXPECT_EQ(answer(*h_, SnapshotsQuery{}).size(), 0u);
    const std::string id = answer(*h_, TakeSnapshotCommand{"before"});
    ASSERT_EQ(answer(*h_, SnapshotsQuery{}).size(), 1u);
    EXPECT_EQ(answer(*h_, SnapshotsQuery{})[0].name, "before");

    const Hash32 fund = answer(*h_, FundCommand{alpha_, from_, to_, kFil});
    const Hash32 release = answer(*h_, ReleaseCommand{alpha_, to_, to_, U256(1)});
    EXPECT_NE(fund, release);
    const Hash32 sent = answer(
        *h_, WalletSendCommand{[&](Hierarchy& hh) { return hh.send(root_, from_, to_, U256(7)); }});
    EXPECT_NE(sent, fund);

    (void)answer(*h_, RevertSnapshotCommand{id, true});
    EXPECT_EQ(h_->root().chain->height(), height + 2);
    EXPECT_FALSE(h_->node(alpha_)->relayerOn);  // the snapshot was taken after it stopped
    (void)answer(*h_, DeleteSnapshotCommand{id});
    EXPECT_TRUE(answer(*h_, SnapshotsQuery{}).empty());

    NewSubnet n;
    n.parent = root_;
    n.name = "beta";
    n.params = spec("beta").params;
    const SubnetId beta = answer(*h_, CreateSubnetCommand{n});
    EXPECT_EQ(beta.parent(), std::optional<SubnetId>(root_));
    EXPECT_EQ(answer(*h_, TopologyQuery{}).name, "facade");
    (void)answer(*h_, SyncCommand{});
    EXPECT_TRUE(h_->checkInvariants().empty());
}

TEST_F(FacadeQueries, AnUnknownSubnetIsRefusedByName) {
    const SubnetId unknown = unknownSubnet(root_);
    const auto refusal = [&](auto query) {
        try {
            (void)answer(*h_, query);
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string("answered");
    };
    const std::string words = "no subnet " + unknown.toString();
    EXPECT_NE(refusal(BlocksQuery{unknown, 0, 1}).find(words), std::string::npos);
    EXPECT_NE(refusal(CheckpointsQuery{unknown, 0, 1}).find(words), std::string::npos);
    EXPECT_NE(refusal(TransactionsQuery{unknown, 0, 1, 1}).find(words), std::string::npos);
    EXPECT_NE(refusal(ContractsQuery{unknown, 0, 1, 1}).find(words), std::string::npos);
    EXPECT_NE(refusal(OverviewQuery{unknown}).find(words), std::string::npos);
    EXPECT_NE(refusal(BlockDetailQuery{unknown, 1}).find(words), std::string::npos);
    EXPECT_NE(refusal(CheckpointDetailQuery{unknown, 5}).find(words), std::string::npos);
    EXPECT_NE(refusal(SubnetMessagesQuery{unknown, 5}).find(words), std::string::npos);
    EXPECT_NE(refusal(MineCommand{unknown, 1}).find(words), std::string::npos);
}

DevnetOptions paused() {
    DevnetOptions o;
    o.paused = true;
    return o;
}

TEST(FacadeAsk, AnswersThroughTheFutureAndRefusesAnUnknownSubnet) {
    auto d = Devnet::start(twoLevel(), paused());
    const SubnetId root = d->view()->subnets.at(0).id;
    EXPECT_EQ(d->ask(MineCommand{root, 3}).get(), 3u);
    EXPECT_EQ(d->ask(BlocksQuery{root, 1, 3}).get().size(), 3u);
    EXPECT_EQ(d->ask(TopologyQuery{}).get().name, "facade");

    const SubnetId unknown = unknownSubnet(root);
    auto refused = d->ask(BlocksQuery{unknown, 0, 1});
    try {
        (void)refused.get();
        FAIL() << "an unknown subnet was answered";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("no subnet " + unknown.toString()), std::string::npos);
    }
    EXPECT_THROW((void)d->ask(MineCommand{unknown, 1}).get(), Error);
    // Nothing changed, and the engine keeps answering.
    EXPECT_EQ(d->ask(OverviewQuery{root}).get().subnet.height, 3u);
}

TEST(FacadeAsk, TheNonBlockingFormHandsOverResultOrErrorAndAFreshView) {
    auto d = Devnet::start(twoLevel(), paused());
    const SubnetId root = d->view()->subnets.at(0).id;

    std::promise<std::uint64_t> viewHeight;
    d->ask(MineCommand{root, 2},
           [&, raw = d.get()](std::optional<std::uint64_t> height, std::exception_ptr error) {
               EXPECT_FALSE(error);
               EXPECT_EQ(height, std::optional<std::uint64_t>(2));
               // A command's answer comes with the published view already showing it.
               viewHeight.set_value(raw->view()->subnets.at(0).height);
           });
    EXPECT_EQ(viewHeight.get_future().get(), 2u);

    std::promise<std::string> refusal;
    d->ask(OverviewQuery{unknownSubnet(root)},
           [&](std::optional<SubnetOverviewView> overview, std::exception_ptr error) {
               EXPECT_FALSE(overview.has_value());
               try {
                   std::rethrow_exception(error);
               } catch (const Error& e) {
                   refusal.set_value(e.what());
               } catch (...) {
                   refusal.set_value("another exception");
               }
           });
    EXPECT_NE(refusal.get_future().get().find("no subnet"), std::string::npos);
}

}  // namespace

// What `ipc-devnet up` prints and how it runs: the start banner's facts, running in bounded
// chunks to an exact root height, and the report when it stops.
TEST(FacadeAsk, StartInfoRunUntilAndStopReport) {
    auto d = Devnet::start(twoLevel(), paused());
    const StartInfo start = d->ask(StartInfoQuery{}).get();
    EXPECT_EQ(start.rootHeight, 0u);
    ASSERT_EQ(start.chains.size(), 2u);
    EXPECT_EQ(start.chains[0].parentName, "");
    EXPECT_EQ(start.chains[1].name, "alpha");
    EXPECT_EQ(start.chains[1].parentName, start.chains[0].name);
    EXPECT_EQ(start.chains[1].validators, 4u);
    EXPECT_EQ(start.chains[1].blockTimeMs, 1000u);
    EXPECT_NE(start.chains[0].chainId, start.chains[1].chainId);
    ASSERT_FALSE(start.accounts.empty());
    EXPECT_EQ(start.accounts[0].rootBalance, U256(10000) * kFil);
    EXPECT_EQ(start.accounts[0].privateKeyHex.size(), 66u);  // 0x and 32 bytes
    EXPECT_EQ(start.accounts[0].privateKeyHex.rfind("0x", 0), 0u);
    EXPECT_FALSE(start.mnemonic.empty());

    // A chunk of a few tasks stops short; repeated chunks reach the height exactly.
    const RunProgress first = d->ask(RunUntilCommand{20, 3}).get();
    EXPECT_FALSE(first.done);
    EXPECT_LT(first.rootHeight, 20u);
    RunProgress p = first;
    for (int chunks = 0; !p.done && chunks < 1000; ++chunks)
        p = d->ask(RunUntilCommand{20, 50}).get();
    EXPECT_TRUE(p.done);
    EXPECT_EQ(p.rootHeight, 20u);
    EXPECT_EQ(d->view()->subnets.at(0).height, 20u);  // the command refreshed the view

    const StopReport report = d->ask(StopReportQuery{}).get();
    EXPECT_EQ(report.rootHeight, 20u);
    EXPECT_GT(report.timeMs, 0u);
    EXPECT_TRUE(report.violations.empty());
    EXPECT_NE(report.summaryJson.find("alpha"), std::string::npos);
}
