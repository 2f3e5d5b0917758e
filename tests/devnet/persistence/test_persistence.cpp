// Workspaces end to end: a hierarchy kept in a SQLite workspace continues after a restart with the
// same block hashes it would have produced without one, answers are durable before they are
// given, reverts reach the file, a full disk stops nothing from being kept, and files that are
// not workspaces are refused untouched.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "ipc/core/encoding/abi.h"
#include "ipc/core/ipc/gateway.h"
#include "ipc/core/ipc/state_codec.h"
#include "ipc/core/storage/store.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"
#include "ipc/devnet/explorer_views.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/persistence.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {

const U256 kFil = U256::parse("1000000000000000000");

class Workspace : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("ipc-persist-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        path_ = (dir_ / "w.ipcws").string();
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    std::filesystem::path dir_;
    std::string path_;
};

DevnetOptions paused() {
    DevnetOptions o;
    o.paused = true;
    return o;
}

// The inputs both runs get: transfers, a fund into a child and a cross-net transfer between
// siblings, so messages are in flight across the restart.
void inputs(Hierarchy& h) {
    const auto& a = h.accounts();
    const SubnetId root = h.root().id;
    const SubnetId alpha = h.nodes()[1]->id;
    const SubnetId beta = h.nodes()[2]->id;
    h.send(root, a[0].address, a[1].address, kFil);
    h.fund(alpha, a[0].address, a[2].address, U256(5) * kFil);
    h.fund(beta, a[0].address, a[3].address, U256(5) * kFil);
    h.runUntil(h.now() + 20'000);
    h.crossTransfer(alpha, a[2].address, protocol::IpcAddress{beta, a[4].address}, kFil);
    h.send(root, a[1].address, a[5].address, kFil);  // still in the mempool at the restart
}

std::map<SubnetId, std::vector<Hash32>> hashes(const Hierarchy& h) {
    std::map<SubnetId, std::vector<Hash32>> out;
    for (const auto& n : h.nodes()) {
        for (std::uint64_t k = 0; k <= n->chain->height(); ++k) {
            auto b = n->chain->block(k);
            out[n->id].push_back(b ? b->hash : Hash32());
        }
    }
    return out;
}

// Everything a user can read about the checkpoints and parent finalities of every subnet: the
// gateway's getters over eth_call for every height, the explorer's checkpoint list page by page
// and every checkpoint's detail (signatures re-verified, membership changes, stages).
using Readings = std::map<std::string, std::string>;

Readings readings(const Hierarchy& h) {
    Readings out;
    for (const auto& n : h.nodes()) {
        const std::string id = n->id.toString() + " ";
        const std::uint64_t parentHeight = n->parent ? n->parent->chain->height() : 0;
        for (std::uint64_t k = 0; k <= std::max(n->chain->height(), parentHeight); ++k) {
            const U256 arg(k);
            out[id + "bottomUpCheckpoint " + std::to_string(k)] = toHex(n->chain->call(
                protocol::gatewayAddress(),
                ipc::abi::encodeCall("bottomUpCheckpoint(uint256)", {ipc::abi::Value::uint(arg)})));
            out[id + "getParentFinality " + std::to_string(k)] = toHex(n->chain->call(
                protocol::gatewayAddress(),
                ipc::abi::encodeCall("getParentFinality(uint256)", {ipc::abi::Value::uint(arg)})));
        }
        const std::size_t count = checkpointCount(*n);
        out[id + "count"] = std::to_string(count);
        for (std::size_t first = 0; first < count; first += 7) {
            std::ostringstream page;
            for (const auto& c : makeCheckpointSummaries(*n, first, 7)) {
                page << c.height << ' ' << c.hash.hex() << ' ' << c.messages << ' '
                     << c.signedWeight << '/' << c.threshold << '/' << c.totalWeight << ' '
                     << static_cast<int>(c.stage) << ' ' << c.cutTimeMs << ' '
                     << c.quorumHeight.value_or(0) << ' ' << c.submittedParentHeight.value_or(0)
                     << ' ' << c.executedParentHeight.value_or(0) << ';';
                const auto d = makeCheckpointDetail(*n, c.height);
                if (!d) {
                    out[id + "detail " + std::to_string(c.height)] = "missing";
                    continue;
                }
                std::ostringstream detail;
                detail << d->hashMatches << ' ' << d->membership.size() << ':';
                for (const auto& sig : d->view.signatures)
                    detail << sig.signer.hex() << '=' << sig.weight << '@' << sig.height
                           << (sig.verified ? "+" : "-") << ' ';
                for (const auto& m : d->membershipChanges)
                    detail << m.validator.hex() << ' ' << m.weightBefore << "->" << m.weightAfter
                           << ' ';
                for (const auto& st : d->stages)
                    detail << protocol::toString(st.stage) << '@' << st.height.value_or(0) << ','
                           << st.timeMs.value_or(0) << ' ';
                out[id + "detail " + std::to_string(c.height)] = detail.str();
            }
            out[id + "page " + std::to_string(first)] = page.str();
        }
        std::ostringstream from;
        for (const auto& rec : n->gateway().checkpointsFrom(15, 1000))
            from << rec.checkpoint.blockHeight << ' ';
        out[id + "checkpointsFrom 15"] = from.str();
    }
    return out;
}

// The first difference, so a failure names what reads differently.
void expectSameReadings(const Readings& got, const Readings& expected) {
    EXPECT_EQ(got.size(), expected.size());
    for (const auto& [key, value] : expected) {
        const auto it = got.find(key);
        if (it == got.end()) {
            ADD_FAILURE() << "missing: " << key;
            return;
        }
        if (it->second != value) {
            ADD_FAILURE() << key << "\n  got:      " << it->second << "\n  expected: " << value;
            return;
        }
    }
}

// Memory holds the newest records only (and every checkpoint not yet executed), while the
// counts cover all of them.
void expectOnlyRecentInMemory(const Hierarchy& h) {
    for (const auto& n : h.nodes()) {
        if (n->parent == nullptr)
            continue;
        const auto& g = n->gateway();
        std::size_t onTheirWay = 0;
        for (const auto& entry : g.recentCheckpoints())
            onTheirWay += entry.second.stage != protocol::CheckpointStage::Executed ? 1 : 0;
        EXPECT_LE(g.recentCheckpoints().size(), Persistence::kKeepCheckpoints + onTheirWay);
        EXPECT_LE(g.recentFinalities().size(), Persistence::kKeepFinalities);
        EXPECT_GT(g.checkpointCount(), g.recentCheckpoints().size() + 20);
    }
}

}  // namespace

TEST_F(Workspace, RestartContinuesWithTheSameBlockHashes) {
    const Topology topo = builtinTemplate("two-level");
    // Without a restart.
    Hierarchy twin(topo);
    twin.runUntil(12'000);
    inputs(twin);
    twin.runUntil(twin.now() + 2'000);
    twin.runUntil(120'000);
    ASSERT_TRUE(twin.checkInvariants().empty());

    {
        auto d = Devnet::open(path_, &topo, paused());
        engine(*d)
            .post([](Hierarchy& h) {
                h.runUntil(12'000);
                inputs(h);
                h.runUntil(h.now() + 2'000);
            })
            .get();
    }  // stopped: everything is in the file
    auto d = Devnet::open(path_, nullptr, paused());
    const auto restored = engine(*d)
                              .post([](Hierarchy& h) {
                                  h.runUntil(120'000);
                                  EXPECT_TRUE(h.checkInvariants().empty());
                                  return hashes(h);
                              })
                              .get();
    EXPECT_EQ(restored, hashes(twin));
    // Old blocks are no longer all in memory: they come from the workspace.
    const auto inMemory =
        engine(*d).post([](Hierarchy& h) { return h.root().chain->blocksInMemory(); }).get();
    EXPECT_LE(inMemory, Persistence::kKeepRecentBlocks);
}

TEST_F(Workspace, WhatACommandProducedIsDurableBeforeItAnswers) {
    const Topology topo = builtinTemplate("single");
    auto d = Devnet::open(path_, &topo, paused());
    auto reader = storage::Store::open(path_);
    const SubnetId root = d->view()->subnets.front().id;
    for (int i = 1; i <= 5; ++i) {
        const auto height = engine(*d)
                                .post([&](Hierarchy& h) {
                                    h.mine(root, 3);
                                    return h.root().chain->height();
                                })
                                .get();
        EXPECT_EQ(reader->latestHeight(root.toString()), height);
    }
    // The view never shows a block the file does not have.
    EXPECT_LE(d->view()->subnets.front().height, *reader->latestHeight(root.toString()));
}

TEST_F(Workspace, RevertReachesTheFile) {
    const Topology topo = builtinTemplate("single");
    {
        auto d = Devnet::open(path_, &topo, paused());
        const SubnetId root = d->view()->subnets.front().id;
        engine(*d).post([&](Hierarchy& h) { h.mine(root, 10); }).get();
        const std::string id = d->snapshot("ten").get();
        engine(*d).post([&](Hierarchy& h) { h.mine(root, 10); }).get();
        d->revert(id).get();
        auto reader = storage::Store::open(path_);
        EXPECT_EQ(reader->latestHeight(root.toString()), 10u);
        engine(*d).post([&](Hierarchy& h) { h.mine(root, 2); }).get();
    }
    auto d = Devnet::open(path_, nullptr, paused());
    EXPECT_EQ(engine(*d).post([](Hierarchy& h) { return h.root().chain->height(); }).get(), 12u);
}

TEST_F(Workspace, NamedSnapshotsSurviveARestart) {
    const Topology topo = builtinTemplate("two-level");
    std::map<SubnetId, std::vector<Hash32>> atSnapshot;
    std::map<SubnetId, std::vector<Hash32>> twinAfter;
    {
        auto d = Devnet::open(path_, &topo, paused());
        engine(*d)
            .post([](Hierarchy& h) {
                h.runUntil(12'000);
                inputs(h);
            })
            .get();
        EXPECT_EQ(d->snapshot("before-load").get(), "0x1");
        EXPECT_EQ(d->snapshot().get(), "0x2");
        d->deleteSnapshot("0x2").get();
        // Past the blocks kept in memory, so reverting needs the file's history.
        engine(*d).post([](Hierarchy& h) { h.runUntil(h.now() + 400'000); }).get();
        // What the hierarchy does after reverting, without a restart.
        twinAfter = engine(*d)
                        .post([](Hierarchy& h) {
                            h.revert("before-load");
                            h.runUntil(h.now() + 30'000);
                            return hashes(h);
                        })
                        .get();
    }
    // The same again, reverting after a restart.
    std::filesystem::remove(path_);
    {
        auto d = Devnet::open(path_, &topo, paused());
        engine(*d)
            .post([](Hierarchy& h) {
                h.runUntil(12'000);
                inputs(h);
            })
            .get();
        d->snapshot("before-load").get();
        d->snapshot().get();
        d->deleteSnapshot("0x2").get();
        engine(*d).post([](Hierarchy& h) { h.runUntil(h.now() + 400'000); }).get();
    }
    auto d = Devnet::open(path_, nullptr, paused());
    const auto kept = d->listSnapshots().get();
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_EQ(kept[0].id, "0x1");
    EXPECT_EQ(kept[0].name, "before-load");
    EXPECT_EQ(kept[0].heights.size(), 3u);
    // Ids keep counting where they were: 0x2 was used before the restart.
    EXPECT_EQ(d->snapshot().get(), "0x3");
    d->revert("before-load").get();
    const auto after = engine(*d)
                           .post([](Hierarchy& h) {
                               h.runUntil(h.now() + 30'000);
                               EXPECT_TRUE(h.checkInvariants().empty());
                               return hashes(h);
                           })
                           .get();
    EXPECT_EQ(after, twinAfter);
    // The revert dropped 0x3 (taken later); the file agrees after another restart.
    d.reset();
    auto again = Devnet::open(path_, nullptr, paused());
    const auto left = again->listSnapshots().get();
    ASSERT_EQ(left.size(), 1u);
    EXPECT_EQ(left[0].name, "before-load");
}

TEST_F(Workspace, SubnetParametersAreKept) {
    const Topology topo = builtinTemplate("three-level");
    auto d = Devnet::open(path_, &topo, paused());
    const auto expected = engine(*d)
                              .post([](Hierarchy& h) {
                                  std::map<std::string, StoredSubnetParams> out;
                                  for (const auto& n : h.nodes()) {
                                      StoredSubnetParams p;
                                      p.blockTimeMs = n->blockTimeMs;
                                      p.chainId = n->chainId();
                                      if (n->actor() != nullptr)
                                          p.actor = n->actor()->params();
                                      out[n->id.toString()] = p;
                                  }
                                  return out;
                              })
                              .get();
    auto reader = storage::Store::open(path_);
    const auto subnets = reader->subnets();
    ASSERT_EQ(subnets.size(), expected.size());
    for (const auto& s : subnets) {
        const StoredSubnetParams got = decodeStoredSubnetParams(s.params);
        const StoredSubnetParams& want = expected.at(s.id);
        EXPECT_EQ(got.blockTimeMs, want.blockTimeMs) << s.id;
        EXPECT_EQ(got.chainId, s.chainId) << s.id;
        ASSERT_EQ(got.actor.has_value(), !s.parent.empty()) << s.id;
        if (got.actor) {
            EXPECT_EQ(got.actor->minValidators, want.actor->minValidators) << s.id;
            EXPECT_EQ(got.actor->bottomUpCheckPeriod, want.actor->bottomUpCheckPeriod) << s.id;
            EXPECT_EQ(got.actor->majorityPercentage, want.actor->majorityPercentage) << s.id;
            EXPECT_EQ(got.actor->minActivationCollateral, want.actor->minActivationCollateral);
        }
    }
    EXPECT_THROW(decodeStoredSubnetParams(Bytes{0x01, 0x02}), ParseError);
}

TEST_F(Workspace, AFullDiskKeepsEverythingAndRecovers) {
    const Topology topo = builtinTemplate("single");
    auto store = std::shared_ptr<storage::Store>(storage::Store::open(path_));
    Persistence p(store);
    Hierarchy h(topo);
    p.attach(h);
    ASSERT_TRUE(p.flush(h));
    h.runUntil(10'000);
    ASSERT_TRUE(p.flush(h));
    const std::string root = h.root().id.toString();
    const auto before = store->latestHeight(root);
    // No room for more pages: the next flush fails and changes nothing in the file.
    const auto pages = std::filesystem::file_size(path_) / 4096 + 1;
    store->setPageLimit(pages);
    h.runUntil(60'000);
    EXPECT_FALSE(p.flush(h));
    ASSERT_TRUE(p.lastError().has_value());
    EXPECT_EQ(store->latestHeight(root), before);
    // Space returns: the same changes land, nothing lost.
    store->setPageLimit(std::nullopt);
    bool ok = false;
    for (int i = 0; i < 50 && !ok; ++i)
        ok = p.flush(h);
    EXPECT_TRUE(ok);
    EXPECT_FALSE(p.lastError().has_value());
    EXPECT_EQ(store->latestHeight(root), h.root().chain->height());
    for (std::uint64_t k = 0; k <= h.root().chain->height(); ++k)
        EXPECT_NE(store->block(root, k), nullptr) << k;
}

TEST_F(Workspace, FilesThatAreNotWorkspacesAreRefusedUntouched) {
    const std::string text = dir_ / "notes.txt";
    {
        std::ofstream f(text);
        f << "not a workspace at all, just some text that is long enough to look like a file\n";
    }
    const auto read = [](const std::string& p) {
        std::ifstream in(p, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    };
    const std::string before = read(text);
    const Topology topo = builtinTemplate("single");
    EXPECT_THROW(Devnet::open(text, &topo, paused()), Error);
    EXPECT_EQ(read(text), before);
    // An empty workspace needs a topology to start from.
    EXPECT_THROW(Devnet::open(path_, nullptr, paused()), Error);
}

TEST_F(Workspace, OldCheckpointsAndFinalitiesLeaveMemoryAndReadTheSame) {
    const Topology topo = builtinTemplate("two-level");
    // In memory, where nothing is ever forgotten.
    Hierarchy twin(topo);
    twin.runUntil(12'000);
    inputs(twin);
    twin.runUntil(900'000);

    auto d = Devnet::open(path_, &topo, paused());
    engine(*d)
        .post([](Hierarchy& h) {
            h.runUntil(12'000);
            inputs(h);
        })
        .get();
    for (std::uint64_t t = 60'000; t <= 900'000; t += 60'000)
        engine(*d).post([t](Hierarchy& h) { h.runUntil(t); }).get();
    engine(*d).post([](Hierarchy& h) { expectOnlyRecentInMemory(h); }).get();
    const Readings expected = readings(twin);
    ASSERT_GT(expected.size(), 5000u);
    expectSameReadings(engine(*d).post([](Hierarchy& h) { return readings(h); }).get(), expected);

    // After a restart: the same answers, and it goes on as the twin does.
    d.reset();
    d = Devnet::open(path_, nullptr, paused());
    expectSameReadings(engine(*d).post([](Hierarchy& h) { return readings(h); }).get(), expected);
    twin.runUntil(960'000);
    engine(*d).post([](Hierarchy& h) { h.runUntil(960'000); }).get();
    expectSameReadings(engine(*d).post([](Hierarchy& h) { return readings(h); }).get(),
                       readings(twin));

    // Snapshot, run on (more records leave memory), revert and run again: what the reverted
    // future forgot to the file must not show.
    const std::string twinSnapshot = twin.snapshot();
    twin.runUntil(1'200'000);
    twin.revert(twinSnapshot);
    twin.runUntil(1'020'000);
    const std::string id = d->snapshot().get();
    for (std::uint64_t t = 1'020'000; t <= 1'200'000; t += 60'000)
        engine(*d).post([t](Hierarchy& h) { h.runUntil(t); }).get();
    d->revert(id).get();
    expectSameReadings(engine(*d).post([](Hierarchy& h) { return readings(h); }).get(), [&] {
        Hierarchy again(topo);
        again.runUntil(12'000);
        inputs(again);
        again.runUntil(960'000);
        return readings(again);
    }());
    engine(*d).post([](Hierarchy& h) { h.runUntil(1'020'000); }).get();
    engine(*d).post([](Hierarchy& h) { expectOnlyRecentInMemory(h); }).get();
    expectSameReadings(engine(*d).post([](Hierarchy& h) { return readings(h); }).get(),
                       readings(twin));
    ASSERT_TRUE(engine(*d).post([](Hierarchy& h) { return h.checkInvariants(); }).get().empty());
}

TEST_F(Workspace, AWorkspaceWithoutCheckpointRecordsGetsThemBeforeAnythingLeavesMemory) {
    const Topology topo = builtinTemplate("single");
    Hierarchy twin(topo);
    twin.runUntil(1'000'000);
    {
        auto d = Devnet::open(path_, &topo, paused());
        engine(*d).post([](Hierarchy& h) { h.runUntil(1'000'000); }).get();
    }
    {
        // As an older version wrote it: no engine records, no finality hashes; and the state
        // from before anything was forgotten.
        auto store = storage::Store::open(path_);
        auto twinState = twin.saveState();
        storage::WriteBatch b;
        b.engineState = twinState;
        store->write(b);
    }
    {
        sqlite3* raw = nullptr;
        ASSERT_EQ(sqlite3_open(path_.c_str(), &raw), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(raw,
                               "UPDATE checkpoints SET record = x''; "
                               "UPDATE parent_finalities SET block_hash = NULL;",
                               nullptr, nullptr, nullptr),
                  SQLITE_OK);
        sqlite3_close(raw);
    }
    const Readings expected = readings(twin);
    auto d = Devnet::open(path_, nullptr, paused());
    engine(*d)
        .post([](Hierarchy& h) { h.mine(h.root().id, 1); })
        .get();  // a flush, then forgetting
    engine(*d)
        .post([](Hierarchy& h) {
            const auto& g = h.nodes()[1]->gateway();
            EXPECT_GT(g.checkpointCount(), Persistence::kKeepCheckpoints + 20);
            EXPECT_LE(g.recentCheckpoints().size(), Persistence::kKeepCheckpoints + 2);
            EXPECT_LE(g.recentFinalities().size(), Persistence::kKeepFinalities);
        })
        .get();
    twin.mine(twin.root().id, 1);
    expectSameReadings(engine(*d).post([](Hierarchy& h) { return readings(h); }).get(),
                       readings(twin));
    ASSERT_GT(expected.size(), 500u);
}

TEST_F(Workspace, NothingLeavesMemoryWhileChangesWaitForAFullDisk) {
    const Topology topo = builtinTemplate("single");
    Hierarchy twin(topo);
    twin.runUntil(1'000'000);
    auto store = std::shared_ptr<storage::Store>(storage::Store::open(path_));
    Persistence p(store);
    Hierarchy h(topo);
    p.attach(h);
    h.runUntil(120'000);
    ASSERT_TRUE(p.flush(h));
    store->setPageLimit(std::filesystem::file_size(path_) / 4096 + 1);
    h.runUntil(180'000);
    EXPECT_FALSE(p.flush(h));  // this batch waits for space
    // Far more checkpoints are executed than memory keeps, none of them in the file yet.
    h.runUntil(1'000'000);
    store->setPageLimit(std::nullopt);
    bool ok = false;
    for (int i = 0; i < 50 && !ok; ++i)
        ok = p.flush(h);
    ASSERT_TRUE(ok);
    const Readings expected = readings(twin);
    expectSameReadings(readings(h), expected);
    ASSERT_TRUE(p.flush(h));  // now everything is in the file, and old records leave memory
    expectOnlyRecentInMemory(h);
    expectSameReadings(readings(h), expected);
}

// Workspaces saved before FvmAddress payloads carried IPC's ABI head (state format version 1)
// hold checkpoint hashes, signatures and message ids that IPC would not compute: they are
// refused with the reason, and the file is left as it was.
TEST_F(Workspace, AStateFromBeforeIpcsAddressEncodingIsRefusedUntouched) {
    const Topology topo = builtinTemplate("single");
    {
        auto d = Devnet::open(path_, &topo, paused());
        engine(*d)
            .post([](Hierarchy& h) {
                h.fund(h.nodes()[1]->id, h.accounts()[0].address, h.accounts()[1].address, kFil);
                h.runUntil(30'000);
            })
            .get();
    }
    {
        // Stamp the saved state as format version 1 (the checksum covers the body only).
        auto store = storage::Store::open(path_);
        auto saved = store->engineState();
        ASSERT_TRUE(saved);
        Bytes old = saved->state;
        ASSERT_EQ(old.at(11), Hierarchy::kStateVersion);
        old[8] = old[9] = old[10] = 0;
        old[11] = 1;
        storage::WriteBatch b;
        b.engineState = old;
        store->write(b);
    }
    const auto read = [](const std::string& p) {
        std::ifstream in(p, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    };
    const std::string before = read(path_);
    try {
        Devnet::open(path_, nullptr, paused());
        ADD_FAILURE() << "a version 1 workspace opened";
    } catch (const Error& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("format version 1"), std::string::npos) << what;
        EXPECT_NE(what.find("FvmAddress"), std::string::npos) << what;
        EXPECT_NE(what.find("start a new hierarchy"), std::string::npos) << what;
    }
    EXPECT_EQ(read(path_), before);
}
