// Writing batches and reading them back: blocks, transactions, accounts, validators,
// checkpoints, messages, finality, engine state, truncation, snapshots, keystore rows, settings,
// and reads from another thread while a writer commits.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "ipc/core/storage/sqlite.h"
#include "ipc/core/storage/store.h"
#include "test_storage_fixtures.h"

using namespace ipc;
using namespace ipc::storage;
using namespace ipc::storage::testing;

namespace {

class StoreTest : public ::testing::Test {
protected:
    TempDir dir;
    std::unique_ptr<Store> store = Store::open(dir.file("w.ipcws"));

    // Blocks 0..count-1 of `subnet`; block n holds n % 4 transactions from account n % 5.
    std::vector<std::shared_ptr<chain::Block>> chain(const std::string& subnet, std::uint64_t count,
                                                     std::uint64_t firstNonce = 0) {
        std::vector<std::shared_ptr<chain::Block>> blocks;
        WriteBatch batch;
        batch.blocks.push_back({subnet, {}});
        std::uint64_t nonce = firstNonce;
        for (std::uint64_t n = 0; n < count; ++n) {
            std::vector<chain::TxPtr> txs;
            for (std::uint64_t i = 0; i < n % 4; ++i) {
                txs.push_back(makeTx(Kind::Eip1559, n % 5, 10 + i, nonce++));
            }
            blocks.push_back(makeBlock(n, std::move(txs)));
            batch.blocks[0].blocks.push_back(blocks.back());
        }
        store->write(batch);
        return blocks;
    }
};

TEST_F(StoreTest, BlocksReadBackByNumberAndHash) {
    const auto blocks = chain(kRoot, 10);
    for (const auto& b : blocks) {
        auto byNumber = store->block(kRoot, b->header.number);
        ASSERT_TRUE(byNumber);
        expectSameBlock(*b, *byNumber);
        auto byHash = store->blockByHash(b->hash);
        ASSERT_TRUE(byHash);
        EXPECT_EQ(byHash->header.number, b->header.number);
    }
    EXPECT_FALSE(store->block(kRoot, 10));
    EXPECT_FALSE(store->block(kChild, 0));
    EXPECT_FALSE(store->blockByHash(hashOf("nothing")));
    EXPECT_EQ(store->latestHeight(kRoot), 9u);
    EXPECT_FALSE(store->latestHeight(kChild));
}

TEST_F(StoreTest, SubnetsKeepSeparateChains) {
    chain(kRoot, 5);
    const auto child = chain(kChild, 3, 100);
    EXPECT_EQ(store->latestHeight(kRoot), 4u);
    EXPECT_EQ(store->latestHeight(kChild), 2u);
    expectSameBlock(*child[1], *store->block(kChild, 1));
    const auto heights = store->latestHeights();
    ASSERT_EQ(heights.size(), 2u);
    EXPECT_EQ(heights[0], (std::pair<std::string, std::uint64_t>{kRoot, 4}));
    EXPECT_EQ(heights[1], (std::pair<std::string, std::uint64_t>{kChild, 2}));
}

TEST_F(StoreTest, SubnetRecordsAreUpserted) {
    WriteBatch b;
    b.subnets.push_back({kRoot, "root", "", 31337, Bytes{1}});
    b.subnets.push_back({kChild, "child", kRoot, 42, Bytes{}});
    store->write(b);
    b.subnets = {{kChild, "renamed", kRoot, 43, Bytes{2}}};
    store->write(b);
    const auto subnets = store->subnets();
    ASSERT_EQ(subnets.size(), 2u);
    EXPECT_EQ(subnets[0], (SubnetRecord{kRoot, "root", "", 31337, Bytes{1}}));
    EXPECT_EQ(subnets[1], (SubnetRecord{kChild, "renamed", kRoot, 43, Bytes{2}}));
    WriteBatch bad;
    bad.subnets.push_back({"", "nameless", "", 1, {}});
    EXPECT_THROW(store->write(bad), Error);
}

TEST_F(StoreTest, BlocksReadBackByHeightOnTheirOwnSubnet) {
    const auto blocks = chain(kRoot, 20);
    for (std::uint64_t h = 0; h < 20; ++h) {
        const auto back = store->block(kRoot, h);
        ASSERT_NE(back, nullptr);
        EXPECT_EQ(back->header.number, h);
        EXPECT_EQ(back->hash, blocks[h]->hash);
        EXPECT_EQ(back->header.timestampMs, blocks[h]->header.timestampMs);
        EXPECT_EQ(back->transactions.size(), blocks[h]->transactions.size());
    }
    EXPECT_EQ(store->latestHeight(kRoot), 19u);
    EXPECT_EQ(store->block(kRoot, 20), nullptr);
    EXPECT_EQ(store->block(kChild, 5), nullptr);
}

TEST_F(StoreTest, TransactionsAreFoundByHashAndAccount) {
    const auto blocks = chain(kRoot, 12);
    const auto& tx = blocks[7]->transactions[2];
    const auto loc = store->transaction(tx->hash);
    ASSERT_TRUE(loc);
    EXPECT_EQ(loc->hash, tx->hash);
    EXPECT_EQ(loc->subnet, kRoot);
    EXPECT_EQ(loc->blockNumber, 7u);
    EXPECT_EQ(loc->index, 2u);
    EXPECT_EQ(loc->from, address(7 % 5));
    EXPECT_EQ(loc->to, address(12));
    EXPECT_FALSE(store->transaction(hashOf("missing")));

    // Account 2 sent the transactions of blocks 2, 7 (n % 5 == 2): 2 + 3 = 5, newest first.
    const auto sent = store->accountTransactions(address(2), std::nullopt, 50);
    ASSERT_EQ(sent.size(), 5u);
    EXPECT_EQ(sent[0].blockNumber, 7u);
    EXPECT_EQ(sent[0].index, 2u);
    EXPECT_EQ(sent[4].blockNumber, 2u);
    EXPECT_EQ(sent[4].index, 0u);
    const auto page = store->accountTransactions(address(2), std::nullopt, 2, 1);
    ASSERT_EQ(page.size(), 2u);
    EXPECT_EQ(page[0].hash, sent[1].hash);
    EXPECT_EQ(page[1].hash, sent[2].hash);

    // Address 10 received the first transaction of every block with one or more.
    const auto received = store->accountTransactions(address(10), std::nullopt, 100);
    EXPECT_EQ(received.size(), 9u);
    for (const auto& t : received) {
        EXPECT_EQ(t.to, address(10));
    }
    EXPECT_TRUE(store->accountTransactions(address(99), std::nullopt, 10).empty());
}

TEST_F(StoreTest, AccountTransactionsFilterBySubnet) {
    chain(kRoot, 4);
    chain(kChild, 4, 50);
    const auto all = store->accountTransactions(address(10), std::nullopt, 100);
    const auto root = store->accountTransactions(address(10), std::string(kRoot), 100);
    const auto child = store->accountTransactions(address(10), std::string(kChild), 100);
    EXPECT_EQ(root.size(), 3u);
    EXPECT_EQ(child.size(), 3u);
    ASSERT_EQ(all.size(), 6u);
    EXPECT_EQ(all[0].subnet, kChild);  // written last, so newest
    for (const auto& t : child) {
        EXPECT_EQ(t.subnet, kChild);
    }
    EXPECT_TRUE(store->accountTransactions(address(10), std::string("/r9"), 100).empty());
}

TEST_F(StoreTest, ContractCreationHasNoRecipient) {
    WriteBatch b;
    auto create = makeTx(Kind::Create, 3, 0, 0);
    b.blocks.push_back({kRoot, {makeBlock(0, {create})}});
    store->write(b);
    const auto loc = store->transaction(create->hash);
    ASSERT_TRUE(loc);
    EXPECT_FALSE(loc->to);
    EXPECT_EQ(store->accountTransactions(address(3), std::nullopt, 10).size(), 1u);
}

TEST_F(StoreTest, RewritingAHeightReplacesTheBlockAndItsTransactions) {
    chain(kRoot, 3);
    const auto oldTx = store->block(kRoot, 2)->transactions[0]->hash;
    WriteBatch b;
    auto fork = makeBlock(2, {makeTx(Kind::Legacy, 4, 20, 77)});
    b.blocks.push_back({kRoot, {fork}});
    store->write(b);
    expectSameBlock(*fork, *store->block(kRoot, 2));
    EXPECT_FALSE(store->transaction(oldTx));
    EXPECT_TRUE(store->transaction(fork->transactions[0]->hash));
    EXPECT_EQ(store->accountTransactions(address(20), std::nullopt, 10).size(), 1u);
}

TEST_F(StoreTest, AccountsHoldLatestValues) {
    WriteBatch b;
    b.accounts.push_back({kRoot, address(1), U256(100), 1});
    b.accounts.push_back({kRoot, address(2), U256::max(), 0});
    b.accounts.push_back({kChild, address(1), U256(0), 5});
    store->write(b);
    b.accounts = {{kRoot, address(1), U256(40), 2}};
    store->write(b);
    EXPECT_EQ(store->account(kRoot, address(1)), (AccountRecord{kRoot, address(1), U256(40), 2}));
    EXPECT_EQ(store->account(kRoot, address(2))->balance, U256::max());
    EXPECT_EQ(store->account(kChild, address(1))->balance, U256(0));
    EXPECT_FALSE(store->account(kChild, address(2)));
    EXPECT_EQ(store->accounts(kRoot).size(), 2u);
}

TEST_F(StoreTest, ValidatorHistoryAndFinality) {
    WriteBatch b;
    b.validators.push_back({kChild, 0, address(100), 10, U256(1000), 0});
    b.validators.push_back({kChild, 0, address(101), 20, U256(2000), 0});
    b.validators.push_back({kChild, 1, address(101), 0, U256(0), 30});
    b.finalities.push_back({kChild, 10, 5});
    b.finalities.push_back({kChild, 20, 12});
    store->write(b);
    const auto history = store->validatorHistory(kChild);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[2], (ValidatorRecord{kChild, 1, address(101), 0, U256(0), 30}));
    EXPECT_EQ(store->latestParentFinality(kChild), (ParentFinalityRecord{kChild, 20, 12}));
    EXPECT_FALSE(store->latestParentFinality(kRoot));
}

TEST_F(StoreTest, ParentFinalityByParentHeightWithBlockHash) {
    WriteBatch b;
    b.subnets = {{kRoot, "root", "", 1, {}}, {kChild, "child", kRoot, 2, {}}};
    b.finalities.push_back({kChild, 10, 5, hashOf("parent 10")});
    b.finalities.push_back({kChild, 20, 12, std::nullopt});
    b.finalities.push_back({kRoot, 15, 3, hashOf("other 15")});
    store->write(b);

    EXPECT_EQ(store->parentFinality(kChild, 10),
              (ParentFinalityRecord{kChild, 10, 5, hashOf("parent 10")}));
    EXPECT_EQ(store->parentFinality(kChild, 20), (ParentFinalityRecord{kChild, 20, 12}));
    EXPECT_FALSE(store->parentFinality(kChild, 20)->blockHash);
    EXPECT_EQ(store->latestParentFinality(kChild), (ParentFinalityRecord{kChild, 20, 12}));
    EXPECT_FALSE(store->parentFinality(kChild, 15));  // the other subnet's parent height
    EXPECT_FALSE(store->parentFinality(kChild, 11));
    EXPECT_FALSE(store->parentFinality("/r9", 10));
    EXPECT_EQ(store->parentFinality(kRoot, 15)->blockHash, hashOf("other 15"));

    // A later write of the same parent height replaces the row, hash included.
    b = {};
    b.finalities.push_back({kChild, 20, 13, hashOf("parent 20")});
    b.finalities.push_back({kChild, 10, 5, std::nullopt});
    store->write(b);
    EXPECT_EQ(store->latestParentFinality(kChild),
              (ParentFinalityRecord{kChild, 20, 13, hashOf("parent 20")}));
    EXPECT_EQ(store->parentFinality(kChild, 10), (ParentFinalityRecord{kChild, 10, 5}));
}

CheckpointRecord checkpointAt(std::uint64_t height) {
    CheckpointRecord c;
    c.subnet = kChild;
    c.height = height;
    c.hash = hashOf("ckpt " + std::to_string(height));
    c.encoded = Bytes(100, static_cast<std::uint8_t>(height));
    c.status = 1;
    c.stageHeights = {height, height + 3};
    c.record = Bytes(40, static_cast<std::uint8_t>(height + 1));
    return c;
}

std::vector<std::uint64_t> heightsOf(const std::vector<CheckpointRecord>& page) {
    std::vector<std::uint64_t> out;
    for (const CheckpointRecord& c : page) {
        out.push_back(c.height);
    }
    return out;
}

TEST_F(StoreTest, CheckpointsWithSignatures) {
    WriteBatch b;
    for (std::uint64_t h = 10; h <= 50; h += 10) {
        b.checkpoints.push_back(checkpointAt(h));
    }
    FixedBytes<65> sig;
    sig.bytes.fill(0xab);
    b.checkpoints[1].signatures.push_back({address(100), sig, 10});
    store->write(b);

    // A later batch carries the status change and one more signature only.
    CheckpointRecord update = checkpointAt(20);
    update.status = 3;
    update.stageHeights = {20, 23, 40};
    FixedBytes<65> sig2;
    sig2.bytes.fill(0xcd);
    update.signatures.push_back({address(101), sig2, 20});
    b = {};
    b.checkpoints.push_back(update);
    store->write(b);

    const auto c = store->checkpoint(kChild, 20);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->status, 3u);
    EXPECT_EQ(c->stageHeights, (std::vector<std::uint64_t>{20, 23, 40}));
    EXPECT_EQ(c->encoded, checkpointAt(20).encoded);
    ASSERT_EQ(c->signatures.size(), 2u);
    EXPECT_EQ(c->signatures[0], (CheckpointSignature{address(100), sig, 10}));
    EXPECT_EQ(c->signatures[1], (CheckpointSignature{address(101), sig2, 20}));
    EXPECT_FALSE(store->checkpoint(kChild, 25));

    const auto page = store->checkpoints(kChild, 45, 3);
    ASSERT_EQ(page.size(), 3u);
    EXPECT_EQ(page[0].height, 40u);
    EXPECT_EQ(page[2].height, 20u);
    EXPECT_TRUE(page[2].signatures.empty());
    EXPECT_EQ(page[0], checkpointAt(40));
}

TEST_F(StoreTest, CheckpointRecordIsReplacedWhileSignaturesAccumulate) {
    FixedBytes<65> sig;
    sig.bytes.fill(0xab);
    WriteBatch b;
    b.checkpoints.push_back(checkpointAt(10));
    b.checkpoints[0].signatures.push_back({address(100), sig, 10});
    store->write(b);
    EXPECT_EQ(store->checkpoint(kChild, 10)->record, checkpointAt(10).record);

    // The engine's newer encoding (now holding both signatures) replaces the old one; the batch
    // carries only the new signature row.
    CheckpointRecord update = checkpointAt(10);
    update.record = Bytes{7, 7, 7};
    update.signatures.push_back({address(101), sig, 20});
    b = {};
    b.checkpoints.push_back(update);
    store->write(b);
    auto c = store->checkpoint(kChild, 10);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->record, (Bytes{7, 7, 7}));
    ASSERT_EQ(c->signatures.size(), 2u);
    EXPECT_EQ(store->checkpoints(kChild, 10, 1)[0].record, (Bytes{7, 7, 7}));
    EXPECT_EQ(store->checkpointsFrom(kChild, 10, 1)[0].record, (Bytes{7, 7, 7}));

    // An empty record is stored as given, and still leaves the signatures alone.
    update.record.clear();
    update.signatures.clear();
    b = {};
    b.checkpoints.push_back(update);
    store->write(b);
    c = store->checkpoint(kChild, 10);
    EXPECT_TRUE(c->record.empty());
    EXPECT_EQ(c->signatures.size(), 2u);
}

TEST_F(StoreTest, CheckpointPagesSkipAndRunForwards) {
    WriteBatch b;
    b.subnets = {{kRoot, "root", "", 1, {}}, {kChild, "child", kRoot, 2, {}}};
    for (std::uint64_t h = 10; h <= 100; h += 10) {
        b.checkpoints.push_back(checkpointAt(h));
        b.checkpoints.push_back(checkpointAt(h + 5));
        b.checkpoints.back().subnet = kRoot;  // interleaved, must never show up below
    }
    store->write(b);

    using H = std::vector<std::uint64_t>;
    EXPECT_EQ(heightsOf(store->checkpoints(kChild, 100, 3)), (H{100, 90, 80}));
    EXPECT_EQ(heightsOf(store->checkpoints(kChild, 100, 3, 0)), (H{100, 90, 80}));
    EXPECT_EQ(heightsOf(store->checkpoints(kChild, 95, 3, 2)), (H{70, 60, 50}));
    EXPECT_EQ(heightsOf(store->checkpoints(kChild, 100, 5, 8)), (H{20, 10}));
    EXPECT_TRUE(store->checkpoints(kChild, 100, 5, 10).empty());
    EXPECT_TRUE(store->checkpoints(kChild, 100, 5, 1000).empty());
    EXPECT_TRUE(store->checkpoints(kChild, 100, 5, SIZE_MAX).empty());
    EXPECT_TRUE(store->checkpoints(kChild, 100, 0, 2).empty());
    EXPECT_EQ(store->checkpoints(kChild, 60, 1, 1)[0], checkpointAt(50));

    EXPECT_EQ(heightsOf(store->checkpointsFrom(kChild, 0, 3)), (H{10, 20, 30}));
    EXPECT_EQ(heightsOf(store->checkpointsFrom(kChild, 45, 3)), (H{50, 60, 70}));
    EXPECT_EQ(heightsOf(store->checkpointsFrom(kChild, 50, 2)), (H{50, 60}));
    EXPECT_EQ(heightsOf(store->checkpointsFrom(kChild, 80, 100)), (H{80, 90, 100}));
    EXPECT_TRUE(store->checkpointsFrom(kChild, 101, 10).empty());
    EXPECT_TRUE(store->checkpointsFrom(kChild, 10, 0).empty());
    EXPECT_EQ(store->checkpointsFrom(kChild, 0, 10).size(), 10u);
    const auto first = store->checkpointsFrom(kChild, 0, 1);
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first[0], checkpointAt(10));  // same columns as the page: record, no signatures

    CheckpointRecord rootFirst = checkpointAt(15);
    rootFirst.subnet = kRoot;
    EXPECT_EQ(heightsOf(store->checkpointsFrom(kRoot, 0, 2)), (H{15, 25}));
    EXPECT_EQ(store->checkpointsFrom(kRoot, 0, 1)[0], rootFirst);
    EXPECT_TRUE(store->checkpointsFrom("/r9", 0, 10).empty());
    EXPECT_TRUE(store->checkpoints("/r9", 100, 10, 1).empty());
}

// Keys are sid << 40 | height: the last height of one subnet and the first of the next are
// neighbours in the table, and neither query may cross from one into the other.
TEST_F(StoreTest, CheckpointPagesStopAtTheSubnetKeyBoundary) {
    constexpr std::uint64_t kLast = (std::uint64_t{1} << 40) - 1;
    WriteBatch b;
    b.subnets = {{kRoot, "root", "", 1, {}}, {kChild, "child", kRoot, 2, {}}};
    CheckpointRecord rootLast = checkpointAt(kLast);
    rootLast.subnet = kRoot;
    CheckpointRecord rootBefore = checkpointAt(kLast - 1);
    rootBefore.subnet = kRoot;
    b.checkpoints = {rootBefore, rootLast, checkpointAt(0), checkpointAt(1)};
    store->write(b);

    using H = std::vector<std::uint64_t>;
    EXPECT_EQ(heightsOf(store->checkpointsFrom(kRoot, kLast - 1, 10)), (H{kLast - 1, kLast}));
    EXPECT_EQ(heightsOf(store->checkpointsFrom(kRoot, kLast, 10)), (H{kLast}));
    EXPECT_TRUE(store->checkpointsFrom(kRoot, kLast + 1, 10).empty());
    EXPECT_TRUE(store->checkpointsFrom(kRoot, UINT64_MAX, 10).empty());
    EXPECT_EQ(heightsOf(store->checkpoints(kRoot, UINT64_MAX, 10)), (H{kLast, kLast - 1}));
    EXPECT_EQ(heightsOf(store->checkpoints(kRoot, UINT64_MAX, 10, 1)), (H{kLast - 1}));
    EXPECT_EQ(heightsOf(store->checkpoints(kChild, UINT64_MAX, 10)), (H{1, 0}));
    EXPECT_EQ(heightsOf(store->checkpoints(kChild, 0, 10)), (H{0}));
    EXPECT_EQ(heightsOf(store->checkpointsFrom(kChild, 0, 10)), (H{0, 1}));
    EXPECT_EQ(store->checkpoint(kRoot, kLast)->record, rootLast.record);
    EXPECT_FALSE(store->checkpoint(kRoot, kLast + 1));
}

MessageRecord messageNo(int i) {
    MessageRecord m;
    m.tracingId = hashOf("msg " + std::to_string(i));
    m.kind = 0;
    m.fromSubnet = i % 2 ? kRoot : kChild;
    m.toSubnet = i % 2 ? kChild : kRoot;
    m.from = address(1);
    m.to = address(2);
    m.value = U256(static_cast<std::uint64_t>(i));
    m.stage = 1;
    m.hops = Bytes{static_cast<std::uint8_t>(i)};
    return m;
}

TEST_F(StoreTest, MessagesByTracingIdAndSubnet) {
    WriteBatch b;
    for (int i = 0; i < 6; ++i) {
        b.messages.push_back(messageNo(i));
    }
    b.messages.push_back(messageNo(6));
    b.messages.back().fromSubnet = "/r31337/t410fother";
    b.messages.back().toSubnet = "/r31337/t410fthird";
    store->write(b);
    MessageRecord delivered = messageNo(3);
    delivered.stage = 4;
    delivered.hops = Bytes{3, 3, 3};
    b = {};
    b.messages.push_back(delivered);
    store->write(b);

    EXPECT_EQ(store->message(delivered.tracingId), delivered);
    EXPECT_FALSE(store->message(hashOf("none")));
    const auto ofRoot = store->messages(kRoot, 10);
    ASSERT_EQ(ofRoot.size(), 6u);
    EXPECT_EQ(ofRoot[0], messageNo(5));  // first recorded order, newest first
    EXPECT_EQ(ofRoot[2], delivered);     // an update keeps its place
    const auto page = store->messages(kChild, 2, 2);
    ASSERT_EQ(page.size(), 2u);
    EXPECT_EQ(page[0].tracingId, messageNo(3).tracingId);
    EXPECT_EQ(page[1].tracingId, messageNo(2).tracingId);
    EXPECT_EQ(store->messages("/r31337/t410fthird", 10).size(), 1u);
}

TEST_F(StoreTest, EngineStateIsOneRow) {
    EXPECT_FALSE(store->engineState());
    WriteBatch b;
    b.engineState = Bytes{1, 2, 3};
    store->write(b);
    b.engineState = Bytes{4};
    store->write(b);
    const auto s = store->engineState();
    ASSERT_TRUE(s);
    EXPECT_EQ(s->state, Bytes{4});
    EXPECT_GT(s->updatedMs, 0);
}

// The engine state is bound without SQLite copying it (it is megabytes in a long run): the row
// still holds exactly the bytes of the batch, large or empty, and the batch is left untouched.
TEST_F(StoreTest, LargeAndEmptyEngineStatesAreStoredExactly) {
    Bytes big(3 * 1024 * 1024 + 17);
    for (std::size_t i = 0; i < big.size(); ++i)
        big[i] = static_cast<std::uint8_t>(i * 131 + (i >> 12));
    WriteBatch b;
    b.engineState = big;
    store->write(b);
    EXPECT_EQ(*b.engineState, big);
    ASSERT_TRUE(store->engineState());
    EXPECT_EQ(store->engineState()->state, big);
    b.engineState = Bytes{};
    store->write(b);
    ASSERT_TRUE(store->engineState());
    EXPECT_TRUE(store->engineState()->state.empty());
}

TEST_F(StoreTest, AFailingBatchLeavesNothingBehind) {
    chain(kRoot, 2);
    WriteBatch b;
    b.accounts.push_back({kRoot, address(1), U256(5), 1});
    b.blocks.push_back({kChild, {makeBlock(0, {makeTx(Kind::Eip1559, 1, 2, 0)})}});
    b.blocks.push_back({kRoot, {nullptr}});
    EXPECT_THROW(store->write(b), Error);
    EXPECT_FALSE(store->account(kRoot, address(1)));
    EXPECT_FALSE(store->latestHeight(kChild));
    EXPECT_EQ(store->subnets().size(), 1u);
    // Ids handed out inside the failed transaction are not reused wrongly afterwards.
    b.blocks.pop_back();
    store->write(b);
    EXPECT_EQ(store->latestHeight(kChild), 0u);
    EXPECT_EQ(store->account(kRoot, address(1))->nonce, 1u);
    EXPECT_EQ(store->accountTransactions(address(2), std::string(kChild), 5).size(), 1u);
}

TEST_F(StoreTest, TooHighABlockNumberIsRefused) {
    WriteBatch b;
    b.blocks.push_back({kRoot, {makeBlock(1ULL << 40)}});
    EXPECT_THROW(store->write(b), Error);
    EXPECT_FALSE(store->block(kRoot, 1ULL << 40));
}

TEST_F(StoreTest, TruncateAboveRemovesLaterHistoryOfOneSubnet) {
    const auto blocks = chain(kRoot, 10);
    chain(kChild, 10, 500);
    WriteBatch b;
    b.checkpoints = {checkpointAt(4), checkpointAt(8)};
    for (auto& c : b.checkpoints) {
        c.subnet = kRoot;
        c.signatures.push_back({address(100), {}, 1});
    }
    b.validators = {{kRoot, 0, address(100), 1, U256(1), 0},
                    {kRoot, 1, address(100), 2, U256(1), 7}};
    b.finalities = {{kRoot, 3, 2, hashOf("p3")}, {kRoot, 9, 8, hashOf("p9")}};
    store->write(b);

    store->truncateAbove(kRoot, 5);
    EXPECT_EQ(store->latestHeight(kRoot), 5u);
    EXPECT_EQ(store->latestHeight(kChild), 9u);
    EXPECT_FALSE(store->transaction(blocks[7]->transactions[0]->hash));
    EXPECT_TRUE(store->transaction(blocks[5]->transactions[0]->hash));
    EXPECT_TRUE(store->blockByHash(blocks[5]->hash));
    EXPECT_FALSE(store->blockByHash(blocks[6]->hash));
    // Account 2 sent in blocks 2 and 7 on the root: block 7's are gone.
    EXPECT_EQ(store->accountTransactions(address(2), std::string(kRoot), 50).size(), 2u);
    EXPECT_EQ(store->checkpoints(kRoot, 100, 10).size(), 1u);
    EXPECT_EQ(heightsOf(store->checkpointsFrom(kRoot, 0, 10)), (std::vector<std::uint64_t>{4}));
    EXPECT_EQ(store->checkpoint(kRoot, 4)->record, checkpointAt(4).record);
    EXPECT_FALSE(store->checkpoint(kRoot, 8));
    EXPECT_EQ(store->validatorHistory(kRoot).size(), 1u);
    EXPECT_EQ(store->latestParentFinality(kRoot),
              (ParentFinalityRecord{kRoot, 3, 2, hashOf("p3")}));
    EXPECT_FALSE(store->parentFinality(kRoot, 9));

    // The chain continues from there.
    b = {};
    auto next = makeBlock(6, {makeTx(Kind::Eip155, 2, 30, 900)});
    b.blocks.push_back({kRoot, {next}});
    store->write(b);
    expectSameBlock(*next, *store->block(kRoot, 6));
    EXPECT_EQ(store->accountTransactions(address(2), std::string(kRoot), 50).size(), 3u);
}

TEST_F(StoreTest, Snapshots) {
    const std::vector<std::pair<std::string, std::uint64_t>> heights = {{kRoot, 10}, {kChild, 4}};
    const auto a = store->saveSnapshot("before upgrade", heights, Bytes{1, 2, 3});
    const auto b = store->saveSnapshot("later", {{kRoot, 20}}, Bytes{});
    EXPECT_NE(a, b);
    const auto list = store->snapshots();
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].name, "before upgrade");
    EXPECT_EQ(list[0].heights, heights);
    EXPECT_GT(list[0].createdMs, 0);
    const auto loaded = store->loadSnapshot(a);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->state, (Bytes{1, 2, 3}));
    EXPECT_EQ(loaded->info.heights, heights);
    EXPECT_TRUE(store->deleteSnapshot(a));
    EXPECT_FALSE(store->deleteSnapshot(a));
    EXPECT_FALSE(store->loadSnapshot(a));
    EXPECT_EQ(store->snapshots().size(), 1u);
    EXPECT_THROW(store->saveSnapshot("", {}, Bytes{}), Error);
    // A subnet listed twice is refused as a whole.
    EXPECT_THROW(store->saveSnapshot("dup", {{kRoot, 1}, {kRoot, 2}}, Bytes{}), StorageError);
    EXPECT_EQ(store->snapshots().size(), 1u);
}

TEST_F(StoreTest, KeystoreRowsAndSettings) {
    const KeystoreRow alice{"0xaaa", "alice", "secp256k1", Bytes{1, 2}, true};
    const KeystoreRow bob{"0xbbb", "bob", "secp256k1", Bytes{3}, false};
    store->putKey(bob);
    store->putKey(alice);
    EXPECT_EQ(store->keys(), (std::vector<KeystoreRow>{alice, bob}));
    KeystoreRow renamed = alice;
    renamed.label = "Alice";
    store->putKey(renamed);
    EXPECT_EQ(store->key("0xaaa"), renamed);
    EXPECT_TRUE(store->deleteKey("0xaaa"));
    EXPECT_FALSE(store->deleteKey("0xaaa"));
    EXPECT_FALSE(store->key("0xaaa"));
    EXPECT_THROW(store->putKey({"", "x", "y", {}, false}), Error);

    EXPECT_FALSE(store->setting("speed"));
    store->setSetting("speed", "4x");
    store->setSetting("speed", "8x");
    EXPECT_EQ(store->setting("speed"), "8x");
}

TEST_F(StoreTest, DataSurvivesReopening) {
    const auto blocks = chain(kRoot, 5);
    store->setSetting("k", "v");
    store.reset();
    store = Store::open(dir.file("w.ipcws"));
    expectSameBlock(*blocks[4], *store->block(kRoot, 4));
    EXPECT_EQ(store->setting("k"), "v");
    EXPECT_EQ(store->accountTransactions(address(2), std::nullopt, 50).size(), 2u);
}

TEST_F(StoreTest, ReadsFromAnotherThreadWhileWriting) {
    chain(kRoot, 1);
    std::atomic<bool> done{false};
    std::atomic<std::uint64_t> reads{0};
    std::uint64_t lastSeen = 0;
    bool monotonic = true;
    std::thread reader([&] {
        while (!done) {
            const auto h = store->latestHeight(kRoot);
            if (h) {
                monotonic = monotonic && *h >= lastSeen;
                lastSeen = *h;
                monotonic = monotonic && store->block(kRoot, *h) != nullptr;
            }
            ++reads;
        }
    });
    while (reads == 0) {
        std::this_thread::yield();
    }
    for (std::uint64_t n = 1; n < 60; ++n) {
        WriteBatch b;
        b.blocks.push_back({kRoot, {makeBlock(n)}});
        store->write(b);
    }
    done = true;
    reader.join();
    EXPECT_TRUE(monotonic);
    EXPECT_LE(lastSeen, 59u);
    EXPECT_EQ(store->latestHeight(kRoot), 59u);
}

}  // namespace
