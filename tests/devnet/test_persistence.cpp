// Workspaces end to end: a hierarchy kept in a SQLite workspace continues after a restart with the
// same block hashes it would have produced without one, answers are durable before they are
// given, reverts reach the file, a full disk stops nothing from being kept, and files that are
// not workspaces are refused untouched.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "ipc/core/storage/store.h"
#include "ipc/devnet/devnet.h"
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
        d->post([](Hierarchy& h) {
             h.runUntil(12'000);
             inputs(h);
             h.runUntil(h.now() + 2'000);
         }).get();
    }  // stopped: everything is in the file
    auto d = Devnet::open(path_, nullptr, paused());
    const auto restored = d->post([](Hierarchy& h) {
                               h.runUntil(120'000);
                               EXPECT_TRUE(h.checkInvariants().empty());
                               return hashes(h);
                           }).get();
    EXPECT_EQ(restored, hashes(twin));
    // Old blocks are no longer all in memory: they come from the workspace.
    const auto inMemory =
        d->post([](Hierarchy& h) { return h.root().chain->blocksInMemory(); }).get();
    EXPECT_LE(inMemory, Persistence::kKeepRecentBlocks);
}

TEST_F(Workspace, WhatACommandProducedIsDurableBeforeItAnswers) {
    const Topology topo = builtinTemplate("single");
    auto d = Devnet::open(path_, &topo, paused());
    auto reader = storage::Store::open(path_);
    const SubnetId root = d->view()->subnets.front().id;
    for (int i = 1; i <= 5; ++i) {
        const auto height = d->post([&](Hierarchy& h) {
                                 h.mine(root, 3);
                                 return h.root().chain->height();
                             }).get();
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
        d->post([&](Hierarchy& h) { h.mine(root, 10); }).get();
        const std::string id = d->snapshot("ten").get();
        d->post([&](Hierarchy& h) { h.mine(root, 10); }).get();
        d->revert(id).get();
        auto reader = storage::Store::open(path_);
        EXPECT_EQ(reader->latestHeight(root.toString()), 10u);
        d->post([&](Hierarchy& h) { h.mine(root, 2); }).get();
    }
    auto d = Devnet::open(path_, nullptr, paused());
    EXPECT_EQ(d->post([](Hierarchy& h) { return h.root().chain->height(); }).get(), 12u);
}

TEST_F(Workspace, NamedSnapshotsSurviveARestart) {
    const Topology topo = builtinTemplate("two-level");
    std::map<SubnetId, std::vector<Hash32>> atSnapshot;
    std::map<SubnetId, std::vector<Hash32>> twinAfter;
    {
        auto d = Devnet::open(path_, &topo, paused());
        d->post([](Hierarchy& h) {
             h.runUntil(12'000);
             inputs(h);
         }).get();
        EXPECT_EQ(d->snapshot("before-load").get(), "0x1");
        EXPECT_EQ(d->snapshot().get(), "0x2");
        d->deleteSnapshot("0x2").get();
        // Past the blocks kept in memory, so reverting needs the file's history.
        d->post([](Hierarchy& h) { h.runUntil(h.now() + 400'000); }).get();
        // What the hierarchy does after reverting, without a restart.
        twinAfter = d->post([](Hierarchy& h) {
                         h.revert("before-load");
                         h.runUntil(h.now() + 30'000);
                         return hashes(h);
                     }).get();
    }
    // The same again, reverting after a restart.
    std::filesystem::remove(path_);
    {
        auto d = Devnet::open(path_, &topo, paused());
        d->post([](Hierarchy& h) {
             h.runUntil(12'000);
             inputs(h);
         }).get();
        d->snapshot("before-load").get();
        d->snapshot().get();
        d->deleteSnapshot("0x2").get();
        d->post([](Hierarchy& h) { h.runUntil(h.now() + 400'000); }).get();
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
    const auto after = d->post([](Hierarchy& h) {
                            h.runUntil(h.now() + 30'000);
                            EXPECT_TRUE(h.checkInvariants().empty());
                            return hashes(h);
                        }).get();
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
    const auto expected = d->post([](Hierarchy& h) {
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
                           }).get();
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
