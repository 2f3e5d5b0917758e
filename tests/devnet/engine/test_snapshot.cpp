// Whole-hierarchy snapshots: revert undoes transactions, messages in flight, new subnets and
// faults, and the hierarchy then runs on exactly as a twin that never took the detour.
#include <gtest/gtest.h>

#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"
#include "ipc/devnet/hierarchy.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {

const U256 kFil = U256::parse("1000000000000000000");

std::vector<Hash32> allHashes(const Hierarchy& h) {
    std::vector<Hash32> out;
    for (const auto& n : h.nodes()) {
        for (std::uint64_t i = 0; i <= n->chain->height(); ++i)
            out.push_back(n->chain->block(i)->hash);
    }
    return out;
}

// What both the reverted hierarchy and its twin do up to the snapshot, and after it.
void before(Hierarchy& h) {
    h.runUntil(11'000);
    const auto& acc = h.accounts();
    h.fund(h.nodeByName("alpha")->id, acc[1].address, acc[1].address, U256(2) * kFil);
    h.runUntil(13'500);
    h.send(h.root().id, acc[2].address, acc[3].address, kFil);  // in the mempool at snapshot
}

void after(Hierarchy& h) {
    const auto& acc = h.accounts();
    h.send(h.nodeByName("beta")->id, acc[4].address, acc[5].address, kFil);
    h.runUntil(h.now() + 45'000);
}

// The detour: transactions, a cross-net transfer in flight, a new subnet, a validator offline.
void detour(Hierarchy& h) {
    const auto& acc = h.accounts();
    const SubnetNode& alpha = *h.nodeByName("alpha");
    const SubnetNode& beta = *h.nodeByName("beta");
    h.send(h.root().id, acc[6].address, acc[7].address, U256(9) * kFil);
    h.crossTransfer(alpha.id, acc[3].address, protocol::IpcAddress{beta.id, acc[8].address}, kFil);
    NewSubnet spec;
    spec.parent = h.root().id;
    spec.name = "gamma";
    spec.validators = 2;
    spec.params.minValidators = 2;
    spec.params.minActivationCollateral = U256(20) * kFil;
    h.createSubnet(spec);
    h.setValidatorOnline(beta.id, beta.chain->validators().validators().front().address, false);
    h.setRelayer(alpha.id, false);
    h.runUntil(h.now() + 25'000);
}

TEST(Snapshot, RevertRestoresEverythingAndRunsOnLikeATwin) {
    Hierarchy h(builtinTemplate("two-level"));
    Hierarchy twin(builtinTemplate("two-level"));
    before(h);
    before(twin);
    const Bytes atSnapshot = h.saveState();
    const auto hashesAtSnapshot = allHashes(h);
    const std::string id = h.snapshot("start");
    EXPECT_EQ(id, "0x1");

    detour(h);
    ASSERT_NE(h.nodeByName("gamma"), nullptr);
    ASSERT_GT(h.nodeByName("gamma")->chain->height(), 0u);
    ASSERT_NE(h.saveState(), atSnapshot);

    std::vector<Event> events;
    auto sub = h.events().subscribe([&](const Event& e) { events.push_back(e); });
    h.revert("start");
    ASSERT_EQ(events.size(), 1u);
    ASSERT_TRUE(std::holds_alternative<HierarchyReset>(events[0]));
    EXPECT_EQ(std::get<HierarchyReset>(events[0]).snapshot, id);
    EXPECT_EQ(std::get<HierarchyReset>(events[0]).timeMs, 13'500u);

    // Heights, balances, nonces, mempools, traces, subnets: all of it is in the state bytes.
    EXPECT_TRUE(h.saveState() == atSnapshot);
    EXPECT_EQ(h.nodeByName("gamma"), nullptr);
    EXPECT_EQ(allHashes(h), hashesAtSnapshot);
    EXPECT_EQ(h.root().chain->mempool().size(), 1u);
    EXPECT_EQ(h.now(), 13'500u);
    for (const auto& v : h.checkInvariants())
        ADD_FAILURE() << v;

    after(h);
    after(twin);
    EXPECT_EQ(allHashes(h), allHashes(twin));
    EXPECT_TRUE(h.saveState() == twin.saveState());
    for (const auto& v : h.checkInvariants())
        ADD_FAILURE() << v;

    // The snapshot stays; reverting to it again works the same.
    ASSERT_EQ(h.listSnapshots().size(), 1u);
    h.revert(id);
    EXPECT_TRUE(h.saveState() == atSnapshot);
}

TEST(Snapshot, LaterSnapshotsGoAndUnknownIdsChangeNothing) {
    Hierarchy h(builtinTemplate("single"));
    h.runUntil(5'000);
    const std::string a = h.snapshot();
    h.runUntil(9'000);
    const std::string b = h.snapshot("b");
    h.runUntil(12'000);
    const std::string c = h.snapshot();
    EXPECT_EQ(a, "0x1");
    EXPECT_EQ(b, "0x2");
    EXPECT_EQ(c, "0x3");
    const auto list = h.listSnapshots();
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[1].name, "b");
    EXPECT_EQ(list[1].timeMs, 9'000u);
    EXPECT_EQ(list[1].heights.front().second, 9u);
    EXPECT_THROW(h.snapshot("b"), Error);

    const Bytes now = h.saveState();
    EXPECT_THROW(h.revert("0x9"), Error);
    EXPECT_THROW(h.revert("nope"), Error);
    EXPECT_THROW(h.deleteSnapshot("nope"), Error);
    EXPECT_TRUE(h.saveState() == now);

    h.revert("b");  // c is gone: its history above b's heights no longer exists
    ASSERT_EQ(h.listSnapshots().size(), 2u);
    EXPECT_EQ(h.root().chain->height(), 9u);
    EXPECT_THROW(h.revert(c), Error);
    h.revert(a, false);  // evm_revert: the snapshot itself goes too
    EXPECT_TRUE(h.listSnapshots().empty());
    EXPECT_EQ(h.root().chain->height(), 5u);
    EXPECT_EQ(h.snapshot(), "0x4");  // ids are never reused
    h.deleteSnapshot("0x4");
    EXPECT_TRUE(h.listSnapshots().empty());
}

TEST(Snapshot, RevertKeepsArchivedHistory) {
    Hierarchy h(builtinTemplate("single"));
    auto archive = std::make_shared<chain::InMemoryBlockArchive>();
    auto* root = h.node(h.root().id);
    root->chain->setArchive(archive, 4);
    archive->append(root->chain->block(0));
    auto sub = h.events().subscribe([&](const Event& e) {
        if (const auto* b = std::get_if<BlockProduced>(&e); b != nullptr && b->subnet == root->id) {
            archive->append(root->chain->block(b->block.number));
            root->chain->pruneTo(b->block.number);
        }
    });
    h.runUntil(20'000);
    h.snapshot("s");
    const Hash32 at3 = h.root().chain->block(3)->hash;
    h.runUntil(40'000);
    sub.reset();
    h.revert("s");
    archive->truncate(h.root().chain->height());
    EXPECT_EQ(h.root().chain->height(), 20u);
    EXPECT_EQ(h.root().chain->block(3)->hash, at3);
    EXPECT_EQ(h.root().chain->archive(), archive);
    h.runUntil(25'000);
    EXPECT_EQ(h.root().chain->height(), 25u);
}

TEST(Snapshot, DevnetFacadeRebasesVirtualTime) {
    DevnetOptions o;
    o.paused = true;
    auto d = Devnet::start(builtinTemplate("single"), o);
    engine(*d).post([](Hierarchy& h) { h.runUntil(4'000); }).get();
    const std::string id = d->snapshot("x").get();
    engine(*d).post([](Hierarchy& h) { h.runUntil(9'000); }).get();
    d->revert("x").get();
    EXPECT_EQ(engine(*d).post([](Hierarchy& h) { return h.now(); }).get(), 4'000u);
    EXPECT_EQ(d->listSnapshots().get().size(), 1u);
    EXPECT_THROW(d->revert("missing").get(), Error);
    d->deleteSnapshot(id).get();
    EXPECT_TRUE(d->listSnapshots().get().empty());
}

}  // namespace
