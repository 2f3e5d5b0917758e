// The storage thread: ordered commits, tickets, fast-mode merging, and failures (disk full, a
// database locked by another connection) that keep the batch, report and retry.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include <sqlite3.h>

#include "ipc/core/storage/sqlite.h"
#include "ipc/core/storage/store_writer.h"
#include "test_storage_fixtures.h"

using namespace ipc;
using namespace ipc::storage;
using namespace ipc::storage::testing;
using namespace std::chrono_literals;

namespace {

// Polls `done` for up to 10 s: the writer thread reports failures asynchronously, and a loaded
// machine may take a while to schedule it.
template <typename F>
bool eventually(F&& done) {
    for (int i = 0; i < 2000; ++i) {
        if (done()) {
            return true;
        }
        std::this_thread::sleep_for(5ms);
    }
    return false;
}

// Blocks [from, from + count) of the root, with a transaction each and the engine state set to
// the last number.
WriteBatch blocks(std::uint64_t from, std::uint64_t count) {
    WriteBatch b;
    b.blocks.push_back({kRoot, {}});
    for (std::uint64_t n = from; n < from + count; ++n) {
        b.blocks[0].blocks.push_back(makeBlock(n, {makeTx(Kind::Eip1559, n % 3, 9, n)}));
    }
    b.engineState = Bytes{static_cast<std::uint8_t>(from + count - 1)};
    return b;
}

class WriterTest : public ::testing::Test {
protected:
    TempDir dir;
    std::unique_ptr<Store> store = Store::open(dir.file("w.ipcws"), {.busyTimeoutMs = 50});
};

TEST_F(WriterTest, CommitsInOrderAndReportsDurability) {
    StoreWriter writer(*store);
    StoreWriter::Ticket last = 0;
    for (std::uint64_t i = 0; i < 20; ++i) {
        const auto t = writer.submit(blocks(i * 2, 2));
        EXPECT_EQ(t, last + 1);
        last = t;
    }
    writer.waitDurable(5);
    EXPECT_GE(writer.durable(), 5u);
    EXPECT_GE(store->latestHeight(kRoot).value_or(0), 9u);
    writer.flush();
    EXPECT_EQ(writer.durable(), 20u);
    EXPECT_EQ(writer.pending(), 0u);
    EXPECT_EQ(store->latestHeight(kRoot), 39u);
    EXPECT_EQ(store->engineState()->state, Bytes{39});
    EXPECT_FALSE(writer.lastError());
    EXPECT_TRUE(writer.waitDurable(20, 1ms));
    EXPECT_FALSE(writer.waitDurable(21, 1ms));
}

TEST_F(WriterTest, FastModeMergesQueuedBatches) {
    {
        StoreWriter writer(*store, {.maxBatchesPerTransaction = 16});
        for (std::uint64_t i = 0; i < 100; ++i) {
            writer.submit(blocks(i, 1));
        }
        writer.flush();
        EXPECT_EQ(writer.durable(), 100u);
    }
    EXPECT_EQ(store->latestHeight(kRoot), 99u);
    for (std::uint64_t h = 0; h < 100; ++h)
        EXPECT_NE(store->block(kRoot, h), nullptr) << "block " << h;
    // The last batch's engine state wins, as if applied one by one.
    EXPECT_EQ(store->engineState()->state, Bytes{99});
}

TEST_F(WriterTest, DiskFullKeepsTheBatchAndRetries) {
    std::atomic<int> reports{0};
    std::atomic<int> lastCode{0};
    StoreWriter writer(*store, {}, [&](const WriteFailure& f) {
        lastCode = f.extendedCode;
        ++reports;
    });
    writer.flush();
    const auto first = writer.submit(blocks(0, 2));
    writer.waitDurable(first);

    store->setPageLimit(1);  // capped at the current size
    const auto big = writer.submit(blocks(2, 200));
    const auto after = writer.submit(blocks(202, 1));
    ASSERT_TRUE(eventually([&] { return writer.lastError().has_value(); }));
    EXPECT_FALSE(writer.waitDurable(big, 50ms));
    EXPECT_EQ(writer.lastError()->extendedCode & 0xff, SQLITE_FULL);
    EXPECT_NE(writer.lastError()->message.find("full"), std::string::npos);
    EXPECT_EQ(lastCode & 0xff, SQLITE_FULL);
    EXPECT_GE(reports.load(), 1);
    EXPECT_EQ(writer.pending(), 2u);
    EXPECT_EQ(writer.durable(), first);
    // Nothing of the failed batch is in the file.
    EXPECT_EQ(store->latestHeight(kRoot), 1u);
    EXPECT_FALSE(store->block(kRoot, 2));

    // Still full: a retry fails again and counts the attempt.
    writer.retry();
    EXPECT_TRUE(eventually([&] { return writer.lastError()->attempts >= 2; }));

    store->setPageLimit(std::nullopt);
    writer.retry();
    EXPECT_TRUE(writer.waitDurable(after, 10s));
    EXPECT_FALSE(writer.lastError());
    EXPECT_EQ(store->latestHeight(kRoot), 202u);
    EXPECT_EQ(store->accountTransactions(address(9), std::nullopt, 1000).size(), 203u);
}

TEST_F(WriterTest, LockedDatabaseIsRetriedAutomatically) {
    Database other(dir.file("w.ipcws"), Database::Mode::ReadWrite);
    other.exec("BEGIN EXCLUSIVE");
    std::atomic<int> reports{0};
    StoreWriter writer(*store, {.autoRetry = true, .retryDelay = 10ms, .maxRetryDelay = 40ms},
                       [&](const WriteFailure&) { ++reports; });
    const auto t = writer.submit(blocks(0, 3));
    // Backoff retries keep trying while the lock is held.
    ASSERT_TRUE(eventually([&] { return reports.load() >= 2; }));
    ASSERT_TRUE(writer.lastError());
    EXPECT_EQ(writer.lastError()->extendedCode & 0xff, SQLITE_BUSY);
    EXPECT_FALSE(writer.waitDurable(t, 20ms));
    EXPECT_FALSE(store->latestHeight(kRoot));

    other.exec("ROLLBACK");
    EXPECT_TRUE(writer.waitDurable(t, 10s));
    EXPECT_FALSE(writer.lastError());
    EXPECT_EQ(store->latestHeight(kRoot), 2u);
}

TEST_F(WriterTest, DestructionCommitsWhatIsQueued) {
    {
        StoreWriter writer(*store);
        for (std::uint64_t i = 0; i < 10; ++i) {
            writer.submit(blocks(i, 1));
        }
    }
    EXPECT_EQ(store->latestHeight(kRoot), 9u);
}

TEST_F(WriterTest, DestructionGivesUpOnAStoreThatKeepsFailing) {
    std::vector<std::string> messages;
    std::mutex m;
    store->setPageLimit(1);
    {
        StoreWriter writer(*store, {}, [&](const WriteFailure& f) {
            std::lock_guard lock(m);
            messages.push_back(f.message);
        });
        writer.submit(blocks(0, 300));
    }
    ASSERT_FALSE(messages.empty());
    EXPECT_NE(messages.back().find("1 batches not written"), std::string::npos) << messages.back();
    EXPECT_FALSE(store->latestHeight(kRoot));
}

TEST_F(WriterTest, AnInvalidBatchIsReportedAndHoldsTheQueue) {
    StoreWriter writer(*store);
    WriteBatch bad;
    bad.blocks.push_back({kRoot, {nullptr}});
    const auto t = writer.submit(std::move(bad));
    writer.submit(blocks(0, 1));
    ASSERT_TRUE(eventually([&] { return writer.lastError().has_value(); }));
    EXPECT_FALSE(writer.waitDurable(t, 20ms));
    EXPECT_EQ(writer.lastError()->extendedCode, 0);
    EXPECT_NE(writer.lastError()->message.find("null block"), std::string::npos);
    EXPECT_EQ(writer.pending(), 2u);
}

}  // namespace
