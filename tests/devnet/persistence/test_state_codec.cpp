// The hierarchy's state codec: a restored hierarchy continues exactly as the original (same
// block hashes, receipts, traces and state bytes), and damaged or foreign input is refused
// with an ipc::Error instead of crashing.
#include <gtest/gtest.h>

#include <random>

#include "ipc/core/crypto/hash.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/template_contracts.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {

const U256 kFil = U256::parse("1000000000000000000");

// Archives holding every block `h` has produced so far, one per chain.
std::map<SubnetId, std::shared_ptr<chain::InMemoryBlockArchive>> archivesOf(const Hierarchy& h) {
    std::map<SubnetId, std::shared_ptr<chain::InMemoryBlockArchive>> out;
    for (const auto& n : h.nodes()) {
        auto a = std::make_shared<chain::InMemoryBlockArchive>();
        for (std::uint64_t i = 0; i <= n->chain->height(); ++i)
            a->append(n->chain->block(i));
        out[n->id] = a;
    }
    return out;
}

std::unique_ptr<Hierarchy> restoreFrom(const Hierarchy& a) {
    auto archives = archivesOf(a);
    return Hierarchy::restore(a.saveState(), [archives](const SubnetId& id) {
        auto it = archives.find(id);
        return it == archives.end() ? nullptr : std::shared_ptr<chain::BlockArchive>(it->second);
    });
}

void expectInvariants(const Hierarchy& h) {
    for (const auto& v : h.checkInvariants())
        ADD_FAILURE() << v;
}

// Same subnets, every block hash and receipt, traces, and the same state bytes.
void expectSame(const Hierarchy& a, const Hierarchy& b) {
    ASSERT_EQ(a.nodes().size(), b.nodes().size());
    EXPECT_EQ(a.now(), b.now());
    for (std::size_t i = 0; i < a.nodes().size(); ++i) {
        const SubnetNode& na = *a.nodes()[i];
        const SubnetNode& nb = *b.nodes()[i];
        ASSERT_EQ(na.id, nb.id);
        ASSERT_EQ(na.chain->height(), nb.chain->height()) << na.name;
        for (std::uint64_t h = 0; h <= na.chain->height(); ++h) {
            const auto ba = na.chain->block(h);
            const auto bb = nb.chain->block(h);
            ASSERT_TRUE(ba && bb) << na.name << " block " << h;
            ASSERT_EQ(ba->hash, bb->hash) << na.name << " block " << h;
            ASSERT_EQ(ba->receipts.size(), bb->receipts.size());
            for (std::size_t r = 0; r < ba->receipts.size(); ++r) {
                EXPECT_EQ(chain::receiptDigest(ba->receipts[r]),
                          chain::receiptDigest(bb->receipts[r]));
            }
        }
    }
    ASSERT_EQ(a.messages().size(), b.messages().size());
    for (const auto& [id, t] : a.messages()) {
        const MessageTrace* o = b.trace(id);
        ASSERT_NE(o, nullptr);
        EXPECT_EQ(t.stage, o->stage);
        EXPECT_EQ(t.entries.size(), o->entries.size());
    }
    expectInvariants(a);
    expectInvariants(b);
    EXPECT_TRUE(a.saveState() == b.saveState()) << "state bytes differ";
}

const SubnetNode& firstChild(const Hierarchy& h) {
    return *h.root().children.front();
}

// Inputs given to both hierarchies after the save.
void furtherInputs(Hierarchy& h) {
    const auto& acc = h.accounts();
    const SubnetNode& child = firstChild(h);
    h.send(h.root().id, acc[1].address, acc[2].address, U256(5) * kFil);
    h.fund(child.id, acc[3].address, acc[3].address, U256(2) * kFil);
    h.runUntil(h.now() + 15'000);
    h.release(child.id, acc[3].address, acc[4].address, kFil);
    h.runUntil(h.now() + 40'000);
}

class StateCodecTemplates : public ::testing::TestWithParam<std::string> {};

TEST_P(StateCodecTemplates, RestoredHierarchyContinuesIdentically) {
    Hierarchy a(builtinTemplate(GetParam()));
    a.runUntil(23'500);
    auto b = restoreFrom(a);
    expectSame(a, *b);
    if (!a.root().children.empty()) {
        furtherInputs(a);
        furtherInputs(*b);
    } else {
        for (Hierarchy* h : {&a, b.get()}) {
            h->send(h->root().id, h->accounts()[1].address, h->accounts()[2].address, kFil);
            h->runUntil(h->now() + 20'000);
        }
    }
    expectSame(a, *b);
}

INSTANTIATE_TEST_SUITE_P(Builtin, StateCodecTemplates,
                         ::testing::Values("single", "two-level", "three-level", "workshop",
                                           "xnet-demo"),
                         [](const auto& p) {
                             std::string s = p.param;
                             std::replace(s.begin(), s.end(), '-', '_');
                             return s;
                         });

// Saved before the first block: the template contracts' creation transactions wait in the
// mempools and the restored hierarchy deploys them exactly as the original does.
TEST(StateCodec, PendingTemplateDeploymentsSurviveTheRoundTrip) {
    Hierarchy a(builtinTemplate("xnet-demo"));
    auto b = restoreFrom(a);
    expectSame(a, *b);
    for (Hierarchy* h : {&a, b.get()})
        h->runUntil(3'000);
    expectSame(a, *b);
    const EthAddress counter = EthAddress::parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    EXPECT_TRUE(b->root().chain->state().hasCode(counter));
    EXPECT_TRUE(b->nodeByName("alpha-1")->chain->state().hasCode(counter));
}

// The topology's `contracts:` are kept (format version 5): a resumed xnet-demo workspace lists
// the same contracts, with their constructor arguments, in `ipc-devnet up`'s banner.
TEST(StateCodec, TheTopologysContractsAreKept) {
    Hierarchy a(builtinTemplate("xnet-demo"));
    a.runUntil(3'000);
    auto b = restoreFrom(a);
    const auto& kept = b->topology().contracts;
    const auto& original = a.topology().contracts;
    ASSERT_FALSE(original.empty());
    ASSERT_EQ(kept.size(), original.size());
    for (std::size_t i = 0; i < kept.size(); ++i) {
        EXPECT_EQ(kept[i].name, original[i].name);
        EXPECT_EQ(kept[i].artifact, original[i].artifact);
        EXPECT_EQ(kept[i].subnet, original[i].subnet);
        EXPECT_EQ(kept[i].deployer, original[i].deployer);
        EXPECT_EQ(kept[i].value.atto(), original[i].value.atto());
        EXPECT_EQ(kept[i].line, original[i].line);
        ASSERT_EQ(kept[i].args.size(), original[i].args.size());
        for (std::size_t j = 0; j < kept[i].args.size(); ++j) {
            EXPECT_EQ(kept[i].args[j].kind, original[i].args[j].kind);
            EXPECT_EQ(kept[i].args[j].text, original[i].args[j].text);
            EXPECT_EQ(kept[i].args[j].quoted, original[i].args[j].quoted);
            EXPECT_EQ(kept[i].args[j].account, original[i].args[j].account);
        }
    }
    const std::string banner = templateContractsBanner(*b);
    EXPECT_NE(banner.find("XnetPingPong"), std::string::npos) << banner;
    EXPECT_EQ(banner, templateContractsBanner(a));
}

// Everything in flight at once when the state is saved.
TEST(StateCodec, InFlightInputsSurviveTheRoundTrip) {
    Hierarchy a(builtinTemplate("two-level"));
    a.runUntil(12'000);
    const auto& acc = a.accounts();
    const SubnetNode& alpha = *a.nodeByName("alpha");
    const SubnetNode& beta = *a.nodeByName("beta");
    a.fund(alpha.id, acc[1].address, acc[1].address, U256(3) * kFil);
    a.release(alpha.id, acc[2].address, acc[2].address, kFil);
    const Hash32 x = a.crossTransfer(alpha.id, acc[3].address,
                                     protocol::IpcAddress{beta.id, acc[4].address}, kFil);
    NewSubnet spec;
    spec.parent = a.root().id;
    spec.name = "gamma";
    spec.validators = 2;
    spec.params.minValidators = 2;
    spec.params.minActivationCollateral = U256(20) * kFil;
    const SubnetId gamma = a.createSubnet(spec);
    a.setValidatorOnline(beta.id, beta.chain->validators().validators().front().address, false);
    a.runUntil(a.now() + 4'500);
    a.setRelayer(alpha.id, false);
    a.send(a.root().id, acc[5].address, acc[6].address, kFil);
    a.send(alpha.id, acc[5].address, acc[6].address, kFil);
    ASSERT_GT(a.root().chain->mempool().size(), 0u);
    ASSERT_GT(alpha.chain->mempool().size(), 0u);
    (void)x;

    auto b = restoreFrom(a);
    expectSame(a, *b);
    EXPECT_EQ(b->root().chain->mempool().size(), a.root().chain->mempool().size());
    // Did the cross transfer leave alpha but not arrive yet?
    bool inFlight = false;
    for (const auto& [id, t] : a.messages()) {
        if (t.stage != MessageStage::Delivered && t.stage != MessageStage::ReceiptReturned)
            inFlight = true;
    }
    EXPECT_TRUE(inFlight);

    for (Hierarchy* h : {&a, b.get()}) {
        h->runUntil(h->now() + 10'000);
        h->setRelayer(alpha.id, true);
        h->setValidatorOnline(beta.id, beta.chain->validators().validators().front().address, true);
        h->send(alpha.id, acc[7].address, acc[8].address, U256(2) * kFil);
        h->runUntil(h->now() + 60'000);
    }
    expectSame(a, *b);
    EXPECT_NE(b->node(gamma), nullptr);
    EXPECT_GT(b->node(gamma)->chain->height(), 0u);
}

// The restored hierarchy keeps only the heads in memory and reads older blocks from the archive.
TEST(StateCodec, RestoreReadsHistoryFromTheArchive) {
    Hierarchy a(builtinTemplate("single"));
    a.runUntil(30'000);
    auto b = restoreFrom(a);
    for (const auto& n : b->nodes()) {
        EXPECT_EQ(n->chain->blocksInMemory(), 1u) << n->name;
        EXPECT_EQ(n->chain->block(3)->hash, a.node(n->id)->chain->block(3)->hash);
    }
    // Without the history a restore names the missing head.
    try {
        Hierarchy::restore(a.saveState(), nullptr);
        FAIL() << "restored without history";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("no block 30"), std::string::npos) << e.what();
    }
}

// ---------------------------------------------------------------- bad input

std::string restoreError(ByteView blob, const HistoryLookup& history = nullptr) {
    try {
        Hierarchy::restore(blob, history);
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

class StateCodecBadInput : public ::testing::Test {
protected:
    void SetUp() override {
        h_ = std::make_unique<Hierarchy>(builtinTemplate("two-level"));
        h_->runUntil(14'000);
        h_->send(h_->root().id, h_->accounts()[1].address, h_->accounts()[2].address, kFil);
        blob_ = h_->saveState();
        archives_ = archivesOf(*h_);
        history_ = [this](const SubnetId& id) -> std::shared_ptr<chain::BlockArchive> {
            auto it = archives_.find(id);
            return it == archives_.end() ? nullptr : it->second;
        };
    }
    // A blob with `payload` and a valid checksum, so the decoder itself meets the damage.
    Bytes withChecksum(const Bytes& payload) const {
        Bytes out(blob_.begin(), blob_.begin() + 12);
        append(out, keccak256(payload).view());
        append(out, payload);
        return out;
    }
    Bytes payload() const { return Bytes(blob_.begin() + 44, blob_.end()); }

    std::unique_ptr<Hierarchy> h_;
    Bytes blob_;
    std::map<SubnetId, std::shared_ptr<chain::InMemoryBlockArchive>> archives_;
    HistoryLookup history_;
};

TEST_F(StateCodecBadInput, TheOriginalRestores) {
    EXPECT_EQ(restoreError(blob_, history_), "");
}

TEST_F(StateCodecBadInput, WrongMagicTruncatedNewerVersionDamaged) {
    Bytes b = blob_;
    b[0] = 'X';
    EXPECT_NE(restoreError(b, history_).find("does not start with \"IPCSTATE\""),
              std::string::npos);
    EXPECT_NE(restoreError(Bytes{}, history_).find("IPCSTATE"), std::string::npos);
    b = blob_;
    b[11] = static_cast<std::uint8_t>(Hierarchy::kStateVersion + 1);
    EXPECT_NE(
        restoreError(b, history_)
            .find("format version " + std::to_string(Hierarchy::kStateVersion + 1) + ", newer"),
        std::string::npos);
    // Version 1 predates IPC's FvmAddress payload encoding: refused with the reason.
    b = blob_;
    b[11] = 1;
    EXPECT_NE(restoreError(b, history_).find("format version 1, written before"),
              std::string::npos);
    b = blob_;
    b[b.size() / 2] ^= 0x40;
    EXPECT_NE(restoreError(b, history_).find("checksum does not match"), std::string::npos);
    for (std::size_t len : {std::size_t{5}, std::size_t{43}, std::size_t{44}, blob_.size() - 1}) {
        const Bytes t(blob_.begin(), blob_.begin() + static_cast<std::ptrdiff_t>(len));
        EXPECT_NE(restoreError(t, history_), "") << len;
    }
}

TEST_F(StateCodecBadInput, DecoderNamesTheField) {
    // A payload cut short but with a valid checksum: the reader says what is missing.
    Bytes p = payload();
    const auto item = rlp::decode(p);
    auto items = item.items;
    items.pop_back();  // nextKeyIndex
    const std::string e = restoreError(withChecksum(rlp::encode(rlp::Item::list(items))), history_);
    EXPECT_NE(e.find("nextKeyIndex"), std::string::npos) << e;
    items = item.items;
    items.push_back(rlp::Item::string({1}));
    EXPECT_NE(
        restoreError(withChecksum(rlp::encode(rlp::Item::list(items))), history_).find("trailing"),
        std::string::npos);
}

TEST_F(StateCodecBadInput, ThousandsOfMutationsNeverCrash) {
    std::mt19937_64 rng(7);
    const Bytes base = payload();
    std::size_t refused = 0;
    std::size_t restored = 0;
    // Raw blobs: the checksum or header catches them.
    for (int i = 0; i < 1000; ++i) {
        Bytes b = blob_;
        const std::size_t at = rng() % b.size();
        b[at] = static_cast<std::uint8_t>(b[at] ^ (1u + rng() % 255));
        EXPECT_NE(restoreError(b, history_), "") << "mutation at " << at;
    }
    // Payloads with a fixed-up checksum: the decoder meets every kind of damage.
    for (int i = 0; i < 2500; ++i) {
        Bytes p = base;
        const int kind = static_cast<int>(rng() % 4);
        const std::size_t at = rng() % p.size();
        if (kind == 0) {
            p[at] = static_cast<std::uint8_t>(rng());
        } else if (kind == 1) {
            p.resize(at);
        } else if (kind == 2) {
            p.insert(p.begin() + static_cast<std::ptrdiff_t>(at), static_cast<std::uint8_t>(rng()));
        } else {
            p.erase(p.begin() + static_cast<std::ptrdiff_t>(at));
        }
        try {
            auto r = Hierarchy::restore(withChecksum(p), history_);
            (void)r->saveState();
            ++restored;
        } catch (const Error&) {
            ++refused;
        }
    }
    // Most damage is refused; a changed balance or counter is still a well-formed state.
    EXPECT_GT(refused, 1500u);
    EXPECT_GT(restored, 0u);
    EXPECT_EQ(refused + restored, 2500u);
}

TEST_F(StateCodecBadInput, ForeignHistoryIsRefused) {
    // Same subnet ids (registry nonces), other keys: other blocks at every height.
    Topology t = builtinTemplate("two-level");
    t.seed = 99;
    Hierarchy other(t);
    other.runUntil(30'000);
    auto foreign = archivesOf(other);
    const std::string e = restoreError(blob_, [&](const SubnetId& id) {
        return std::shared_ptr<chain::BlockArchive>(foreign.at(id));
    });
    EXPECT_NE(e.find("saved state stands on"), std::string::npos) << e;
}

}  // namespace
