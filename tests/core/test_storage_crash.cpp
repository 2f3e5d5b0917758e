// Durability: a child process writes through the storage thread and is killed with SIGKILL at a
// random moment. Every batch whose waitDurable() returned before the kill (reported through a
// pipe) must be in the file, batches must be all-or-nothing, and the file must open cleanly.
#include <gtest/gtest.h>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>
#include <thread>

#include "ipc/core/storage/sqlite.h"
#include "ipc/core/storage/store_writer.h"
#include "test_storage_fixtures.h"

using namespace ipc;
using namespace ipc::storage;
using namespace ipc::storage::testing;

namespace {

// Block n with one transaction, the sender's account row and the engine state, all in one
// batch: after a crash the engine state must name exactly the latest block.
WriteBatch batchFor(std::uint64_t n) {
    WriteBatch b;
    b.blocks.push_back({kRoot, {makeBlock(n, {makeTx(Kind::Eip1559, n % 4, 9, n)})}});
    b.accounts.push_back({kRoot, address(n % 4), U256(n), n + 1});
    Bytes state(8);
    for (int i = 0; i < 8; ++i) {
        state[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(n >> (8 * i));
    }
    b.engineState = state;
    return b;
}

std::uint64_t stateNumber(const Bytes& state) {
    std::uint64_t n = 0;
    for (int i = 0; i < 8; ++i) {
        n |= std::uint64_t{state.at(static_cast<std::size_t>(i))} << (8 * i);
    }
    return n;
}

[[noreturn]] void writeUntilKilled(const std::string& path, int reportFd, unsigned seed) {
    try {
        auto store = Store::open(path);
        StoreWriter writer(*store, {.maxBatchesPerTransaction = 8});
        std::mt19937 rng(seed);
        for (std::uint64_t n = 0;; ++n) {
            const auto ticket = writer.submit(batchFor(n));
            // Waiting only now and then lets batches queue up and merge, as in fast mode.
            if (rng() % 4 == 0) {
                writer.waitDurable(ticket);
                if (write(reportFd, &n, sizeof n) != sizeof n) {
                    _exit(3);
                }
            }
        }
    } catch (...) {
        _exit(2);
    }
}

TEST(StorageCrash, DurableBatchesSurviveSigkill) {
    std::mt19937 rng(20240611);
    for (int round = 0; round < 6; ++round) {
        TempDir dir;
        const std::string path = dir.file("crash.ipcws");
        int fds[2];
        ASSERT_EQ(pipe(fds), 0);
        const pid_t pid = fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            close(fds[0]);
            writeUntilKilled(path, fds[1], static_cast<unsigned>(round));
        }
        close(fds[1]);
        // The kill lands at a random moment after the child's first durable batch, so every
        // round checks something however loaded the machine is.
        pollfd ready{fds[0], POLLIN, 0};
        const bool started = poll(&ready, 1, 10000) == 1;
        std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 300));
        ASSERT_EQ(kill(pid, SIGKILL), 0);
        int status = 0;
        ASSERT_EQ(waitpid(pid, &status, 0), pid);
        ASSERT_TRUE(started) << "the child never reported a durable batch";
        ASSERT_TRUE(WIFSIGNALED(status)) << "child exited early with " << WEXITSTATUS(status);

        std::optional<std::uint64_t> lastDurable;
        std::uint64_t n = 0;
        while (read(fds[0], &n, sizeof n) == sizeof n) {
            lastDurable = n;
        }
        close(fds[0]);

        ASSERT_TRUE(lastDurable);
        auto store = Store::open(path, {.create = false});
        const auto latest = store->latestHeight(kRoot);
        ASSERT_TRUE(latest) << "round " << round;
        EXPECT_GE(*latest, *lastDurable) << "round " << round;
        // All or nothing per batch: the engine state and the account row belong to the latest
        // block, and every block below it is complete.
        ASSERT_TRUE(store->engineState());
        EXPECT_EQ(stateNumber(store->engineState()->state), *latest);
        EXPECT_EQ(store->account(kRoot, address(*latest % 4))->nonce, *latest + 1);
        for (std::uint64_t h = 0; h <= *latest; ++h) {
            const auto block = store->block(kRoot, h);
            ASSERT_TRUE(block) << "round " << round << " block " << h;
            ASSERT_EQ(block->transactions.size(), 1u);
            const auto loc = store->transaction(block->transactions[0]->hash);
            ASSERT_TRUE(loc);
            EXPECT_EQ(loc->blockNumber, h);
        }
        store.reset();
        Database check(path, Database::Mode::ReadOnly);
        Statement quick(check, "PRAGMA quick_check");
        ASSERT_TRUE(quick.step());
        EXPECT_EQ(quick.columnText(0), "ok");
    }
}

}  // namespace
