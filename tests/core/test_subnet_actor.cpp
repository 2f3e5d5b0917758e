// The subnet actor in its parent (IPC_PROTOCOL.md §2, §4): joining and bootstrap, genesis
// balances, queued power changes with configuration numbers, checkpoint verification (every
// rejection leaves the state as it was), confirmation of changes, claims and kill.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "ipc/core/chain/account_state.h"
#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/ipc/events.h"
#include "ipc/core/ipc/gateway.h"
#include "ipc/core/ipc/subnet_actor.h"
#include "ipc/core/primitives/error.h"
#include "support/test_values.h"

using namespace ipc;
using namespace ipc::protocol;
using ipc::chain::AccountState;
using ipc::chain::Log;
using ipc::chain::Revert;

namespace {

const U256 kFil = U256(1'000'000'000'000'000'000ULL);
const EthAddress kGw = gatewayAddress();

using ipc::testing_support::addr;

crypto::PrivateKey key(std::uint64_t i) {
    return crypto::PrivateKey::deterministic(23, i);
}
EthAddress val(std::uint64_t i) {
    return key(i).ethAddress();
}
FixedBytes<65> pub(std::uint64_t i) {
    return key(i).publicKey().uncompressed();
}

// Everything a rejected call must leave alone.
struct Snapshot {
    bool bootstrapped = false;
    bool killed = false;
    std::uint64_t lastCheckpoint = 0;
    std::uint64_t nextConfig = 0;
    std::vector<std::tuple<EthAddress, U256, U256>> validators;
    std::vector<std::uint64_t> changes;
    std::map<EthAddress, U256> genesis;
    std::map<EthAddress, U256> accounts;
    std::vector<std::tuple<U256, U256, std::uint64_t, std::uint64_t, bool>> children;
    std::size_t topDown = 0;
    bool operator==(const Snapshot&) const = default;
};

class SubnetActorTest : public ::testing::Test {
protected:
    SubnetActorTest() : root_(31337), gateway_(root_, GatewayParams{10, 67, 10}) {
        for (std::uint64_t i = 0; i < 6; ++i)
            state_.setBalance(val(i), U256(100) * kFil);
        state_.setBalance(owner(), U256(100) * kFil);
        state_.setBalance(funder(), U256(100) * kFil);
    }

    static EthAddress actorAddress() { return addr(0xac, 0x10); }
    static EthAddress owner() { return addr(0x0e); }
    static EthAddress funder() { return addr(0xf0); }

    static SubnetParams defaultParams() {
        SubnetParams p;
        p.minActivationCollateral = U256(3) * kFil;
        p.minValidators = 2;
        p.bottomUpCheckPeriod = 10;
        p.majorityPercentage = 67;
        return p;
    }
    SubnetActor& make(SubnetParams p = defaultParams()) {
        actor_.emplace(actorAddress(), root_, p, owner(), 1);
        return *actor_;
    }
    SubnetActor& actor() { return *actor_; }

    // Payable calls: the value moves to the actor first and comes back if the call reverts.
    template <class F>
    auto payable(const EthAddress& from, const U256& value, F call) {
        const auto mark = state_.mark();
        state_.transfer(from, actorAddress(), value);
        try {
            return call();
        } catch (...) {
            state_.revertTo(mark);
            throw;
        }
    }
    bool join(std::uint64_t i, const U256& value, std::uint64_t height = 2) {
        return payable(val(i), value, [&] {
            return actor().join(state_, height, val(i), pub(i), value, gateway_);
        });
    }
    void stake(std::uint64_t i, const U256& value, std::uint64_t height = 2) {
        payable(val(i), value, [&] { actor().stake(state_, height, val(i), value, gateway_); });
    }
    void preFund(const EthAddress& from, const U256& value) {
        payable(from, value, [&] { actor().preFund(from, value); });
    }
    // Two validators with 2 and 1 FIL: bootstrapped, total power 3000.
    void bootstrap() {
        make();
        preFund(funder(), U256(10) * kFil);
        join(0, U256(2) * kFil);
        ASSERT_TRUE(join(1, U256(1) * kFil));
    }

    BottomUpCheckpoint checkpoint(std::uint64_t height, std::uint64_t nextConfig = 1) const {
        BottomUpCheckpoint c;
        c.subnet = actor_->id();
        c.blockHeight = height;
        c.blockHash = keccak256(std::string_view("child block"));
        c.nextConfigurationNumber = nextConfig;
        return c;
    }
    // Signatories sorted ascending, with their signatures.
    std::pair<std::vector<EthAddress>, std::vector<crypto::Signature>> sign(
        const BottomUpCheckpoint& c, std::vector<std::uint64_t> keys) const {
        std::sort(keys.begin(), keys.end(),
                  [](std::uint64_t a, std::uint64_t b) { return val(a) < val(b); });
        std::vector<EthAddress> who;
        std::vector<crypto::Signature> sigs;
        for (auto k : keys) {
            who.push_back(val(k));
            sigs.push_back(key(k).sign(checkpointHash(c)));
        }
        return {who, sigs};
    }
    void submit(const BottomUpCheckpoint& c, const std::vector<EthAddress>& who,
                const std::vector<crypto::Signature>& sigs, std::uint64_t height = 30) {
        actor().submitCheckpoint(state_, height, c, who, sigs, gateway_, logs_);
    }
    void submit(const BottomUpCheckpoint& c, const std::vector<std::uint64_t>& keys) {
        const auto [who, sigs] = sign(c, keys);
        submit(c, who, sigs);
    }

    Snapshot snapshot() const {
        Snapshot s;
        const SubnetActor& a = *actor_;
        s.bootstrapped = a.bootstrapped();
        s.killed = a.killed();
        s.lastCheckpoint = a.lastBottomUpCheckpointHeight();
        s.nextConfig = a.nextConfigurationNumber();
        for (const auto& [k, v] : a.validators())
            s.validators.emplace_back(k, v.confirmed, v.pending);
        for (const auto& q : a.queuedChanges())
            s.changes.push_back(q.change.configurationNumber);
        s.genesis = a.genesisBalances();
        for (const auto& [k, acc] : state_.accounts())
            s.accounts[k] = acc.balance;
        for (const auto& [id, c] : gateway_.children()) {
            s.children.emplace_back(c.stake, c.circSupply, c.topDownNonce, c.appliedBottomUpNonce,
                                    c.killed);
            s.topDown += gateway_.topDownQueue(id).size();
        }
        return s;
    }
    template <class F>
    void expectRevert(F call, const std::string& reasonPart) {
        const Snapshot before = snapshot();
        try {
            call();
            ADD_FAILURE() << "no revert, expected '" << reasonPart << "'";
        } catch (const Revert& e) {
            EXPECT_NE(std::string(e.what()).find(reasonPart), std::string::npos) << e.what();
        }
        EXPECT_TRUE(snapshot() == before) << "state changed by a reverted call";
    }

    SubnetId root_;
    Gateway gateway_;
    AccountState state_;
    std::optional<SubnetActor> actor_;
    std::vector<Log> logs_;
};

}  // namespace

// ---------------------------------------------------------------- parameters

TEST(SubnetParamsTest, ValidateRanges) {
    SubnetParams p;
    EXPECT_NO_THROW(p.validate());
    auto bad = [](auto change) {
        SubnetParams q;
        change(q);
        EXPECT_THROW(q.validate(), ParseError);
    };
    bad([](SubnetParams& q) { q.bottomUpCheckPeriod = 0; });
    bad([](SubnetParams& q) { q.majorityPercentage = 50; });
    bad([](SubnetParams& q) { q.majorityPercentage = 101; });
    bad([](SubnetParams& q) { q.activeValidatorsLimit = 0; });
    bad([](SubnetParams& q) { q.activeValidatorsLimit = 257; });
    bad([](SubnetParams& q) { q.minValidators = 0; });
    bad([](SubnetParams& q) {
        q.activeValidatorsLimit = 3;
        q.minValidators = 4;
    });
    bad([](SubnetParams& q) { q.maxMsgsPerBatch = 0; });
    SubnetParams edge;
    edge.majorityPercentage = 51;
    edge.activeValidatorsLimit = 256;
    EXPECT_NO_THROW(edge.validate());
    EXPECT_EQ(parsePermissionMode("federated"), PermissionMode::Federated);
    EXPECT_STREQ(toString(PermissionMode::Static), "static");
    EXPECT_THROW(parsePermissionMode("Collateral"), ParseError);
    EXPECT_THROW(
        SubnetActor(addr(1), SubnetId(1), SubnetParams{.bottomUpCheckPeriod = 0}, addr(2), 0),
        ParseError);
}

// ---------------------------------------------------------------- join, bootstrap

TEST_F(SubnetActorTest, IdentityAndGetters) {
    make();
    EXPECT_EQ(actor().id(), root_.child(actorAddress()));
    EXPECT_EQ(actor().address(), actorAddress());
    EXPECT_EQ(actor().owner(), owner());
    EXPECT_FALSE(actor().bootstrapped());
    EXPECT_EQ(actor().nextConfigurationNumber(), 1u);
    EXPECT_EQ(actor().lastBottomUpCheckpointHeight(), 0u);
}

TEST_F(SubnetActorTest, JoinRejectsKeysThatAreNotTheSenders) {
    make();
    expectRevert(
        [&] {
            payable(val(0), kFil,
                    [&] { return actor().join(state_, 2, val(0), pub(1), kFil, gateway_); });
        },
        "does not belong to the sender");
    expectRevert(
        [&] {
            payable(val(0), kFil, [&] {
                return actor().join(state_, 2, val(0), FixedBytes<65>{}, kFil, gateway_);
            });
        },
        "not a valid secp256k1 public key");
    expectRevert([&] { join(0, U256(0)); }, "collateral");
    EXPECT_TRUE(actor().validators().empty());
}

TEST_F(SubnetActorTest, BootstrapNeedsMinCollateralAndMinValidators) {
    make();
    // Enough collateral from one validator, but two are needed.
    EXPECT_FALSE(join(0, U256(5) * kFil));
    EXPECT_FALSE(actor().bootstrapped());
    EXPECT_EQ(state_.balance(actorAddress()), U256(5) * kFil);
    // A second validator with too little would still bootstrap: 6 >= 3 and 2 >= 2.
    EXPECT_TRUE(join(1, kFil, 4));
    EXPECT_TRUE(actor().bootstrapped());
    EXPECT_EQ(actor().bootstrapHeight(), 4u);
    const ChildSubnet* c = gateway_.child(actor().id());
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->stake, U256(6) * kFil);
    EXPECT_EQ(c->genesisEpoch, 4u);
    EXPECT_EQ(state_.balance(kGw), U256(6) * kFil);
    EXPECT_EQ(state_.balance(actorAddress()), U256{});
    // Genesis validators count at once: confirmed, no queued change.
    EXPECT_EQ(actor().validators().at(val(0)).confirmed, U256(5) * kFil);
    EXPECT_TRUE(actor().queuedChanges().empty());
    EXPECT_EQ(actor().nextConfigurationNumber(), 1u);
}

TEST_F(SubnetActorTest, BootstrapWaitsForEnoughCollateral) {
    make();
    EXPECT_FALSE(join(0, kFil));
    EXPECT_FALSE(join(1, kFil));  // two validators, 2 < 3 FIL
    EXPECT_FALSE(actor().bootstrapped());
    stake(1, kFil);  // 3 FIL: stake before bootstrap also tries it
    EXPECT_TRUE(actor().bootstrapped());
    EXPECT_EQ(gateway_.child(actor().id())->stake, U256(3) * kFil);
}

TEST_F(SubnetActorTest, BeforeBootstrapUnstakeAndLeavePayBackAtOnce) {
    make();
    join(0, U256(2) * kFil);
    const U256 before = state_.balance(val(0));
    actor().unstake(2, val(0), kFil / U256(2), state_);
    EXPECT_EQ(state_.balance(val(0)), before + kFil / U256(2));
    EXPECT_EQ(actor().validators().at(val(0)).confirmed, kFil + kFil / U256(2));
    expectRevert([&] { actor().unstake(2, val(0), kFil + kFil / U256(2), state_); }, "leave");
    actor().leave(state_, 3, val(0));
    EXPECT_EQ(state_.balance(val(0)), U256(100) * kFil);
    EXPECT_TRUE(actor().validators().empty());
    EXPECT_EQ(state_.balance(actorAddress()), U256{});
    expectRevert([&] { actor().leave(state_, 3, val(0)); }, "not a validator");
    expectRevert([&] { stake(0, kFil); }, "join first");
}

TEST_F(SubnetActorTest, PreFundAndPreReleaseOnlyBeforeBootstrap) {
    make();
    preFund(funder(), U256(4) * kFil);
    preFund(val(2), U256(1) * kFil);
    preFund(funder(), U256(1) * kFil);
    EXPECT_EQ(actor().genesisBalances().at(funder()), U256(5) * kFil);
    EXPECT_EQ(actor().genesisCircSupply(), U256(6) * kFil);
    expectRevert([&] { actor().preRelease(state_, funder(), U256(6) * kFil); }, "exceeds");
    expectRevert([&] { actor().preRelease(state_, val(3), U256(1)); }, "exceeds");
    expectRevert([&] { preFund(funder(), U256(0)); }, "greater than zero");
    actor().preRelease(state_, val(2), kFil);  // all of it: the entry goes
    EXPECT_EQ(actor().genesisBalances().count(val(2)), 0u);
    EXPECT_EQ(state_.balance(val(2)), U256(100) * kFil);
    actor().preRelease(state_, funder(), kFil);
    EXPECT_EQ(actor().genesisCircSupply(), U256(4) * kFil);

    join(0, U256(2) * kFil);
    ASSERT_TRUE(join(1, U256(1) * kFil));
    // Genesis supply is locked in the gateway as the child's circulating supply.
    const ChildSubnet* c = gateway_.child(actor().id());
    EXPECT_EQ(c->circSupply, U256(4) * kFil);
    EXPECT_EQ(c->stake, U256(3) * kFil);
    EXPECT_EQ(state_.balance(kGw), U256(7) * kFil);
    EXPECT_EQ(state_.balance(kGw), gateway_.lockedValue());
    EXPECT_EQ(state_.balance(actorAddress()), U256{});
    expectRevert([&] { preFund(funder(), kFil); }, "before bootstrap");
    expectRevert([&] { actor().preRelease(state_, funder(), kFil); }, "before bootstrap");
}

// ---------------------------------------------------------------- after bootstrap: queued changes

TEST_F(SubnetActorTest, AfterBootstrapPowerChangesAreQueuedWithConfigurationNumbers) {
    bootstrap();
    const SubnetId id = actor().id();
    const U256 stakeBefore = gateway_.child(id)->stake;
    ASSERT_TRUE(join(2, U256(4) * kFil, 5) == false);    // 1
    stake(0, kFil, 6);                                   // 2
    actor().unstake(7, val(1), kFil / U256(4), state_);  // 3
    actor().leave(state_, 8, val(0));                    // 4
    const auto& q = actor().queuedChanges();
    ASSERT_EQ(q.size(), 4u);
    for (std::uint64_t i = 0; i < 4; ++i) {
        EXPECT_EQ(q[i].change.configurationNumber, i + 1);
        EXPECT_EQ(q[i].parentHeight, i + 5);
    }
    EXPECT_EQ(q[0].change.validator, val(2));
    EXPECT_EQ(q[0].change.newCollateral, U256(4) * kFil);
    EXPECT_EQ(q[0].change.publicKey, pub(2));
    EXPECT_EQ(q[1].change.newCollateral, U256(3) * kFil);
    EXPECT_EQ(q[1].previous, U256(2) * kFil);
    EXPECT_EQ(q[2].change.newCollateral, kFil - kFil / U256(4));
    EXPECT_EQ(q[3].change.newCollateral, U256{});
    EXPECT_EQ(actor().nextConfigurationNumber(), 5u);
    // Nothing is confirmed yet: the quorum still uses the genesis powers.
    EXPECT_EQ(actor().validators().at(val(0)).confirmed, U256(2) * kFil);
    EXPECT_EQ(actor().validators().at(val(0)).pending, U256{});
    EXPECT_EQ(actor().validators().at(val(2)).confirmed, U256{});
    const auto members = actor().activeMembers();
    ASSERT_EQ(members.size(), 2u);
    std::uint64_t total = 0;
    for (const auto& m : members)
        total += m.weight;
    EXPECT_EQ(total, 3000u);
    EXPECT_EQ(actor().totalConfirmedCollateral(), U256(3) * kFil);
    // Join and stake lock their value in the gateway at once; unstake and leave release later.
    EXPECT_EQ(gateway_.child(id)->stake, stakeBefore + U256(5) * kFil);
    EXPECT_EQ(state_.balance(kGw), gateway_.lockedValue());
    // The child learns them through top-down finality, by parent height.
    EXPECT_EQ(actor().powerChanges(0, 4).size(), 0u);
    EXPECT_EQ(actor().powerChanges(4, 6).size(), 2u);
    EXPECT_EQ(actor().powerChanges(6, 100).size(), 2u);
}

TEST_F(SubnetActorTest, AfterBootstrapCallRejections) {
    bootstrap();
    expectRevert([&] { join(0, kFil); }, "already a validator");
    expectRevert([&] { stake(4, kFil); }, "join first");
    expectRevert([&] { actor().unstake(5, val(1), kFil, state_); }, "use leave");
    expectRevert([&] { actor().unstake(5, val(1), U256(0), state_); }, "greater than zero");
    expectRevert([&] { actor().unstake(5, val(4), U256(1), state_); }, "not a validator");
    expectRevert([&] { actor().leave(state_, 5, val(4)); }, "not a validator");
    expectRevert([&] { actor().claim(state_, val(0)); }, "nothing to claim");
}

// ---------------------------------------------------------------- checkpoints

TEST_F(SubnetActorTest, AcceptedCheckpointMovesHeightAndExecutesMessages) {
    bootstrap();
    BottomUpCheckpoint c = checkpoint(10);
    Envelope release;
    release.kind = MsgKind::Transfer;
    release.value = kFil;
    release.to = IpcAddress{root_, addr(0x44)};
    release.from = IpcAddress{actor().id(), funder()};
    c.msgs.push_back(release);
    submit(c, {0, 1});
    EXPECT_EQ(actor().lastBottomUpCheckpointHeight(), 10u);
    EXPECT_EQ(state_.balance(addr(0x44)), kFil);
    EXPECT_EQ(gateway_.child(actor().id())->circSupply, U256(9) * kFil);
    EXPECT_EQ(gateway_.child(actor().id())->appliedBottomUpNonce, 1u);
    EXPECT_EQ(state_.balance(kGw), gateway_.lockedValue());
    ASSERT_FALSE(logs_.empty());
    EXPECT_EQ(logs_.back().address, kGw);  // IPC's gateway emits it, naming the actor
    EXPECT_EQ(logs_.back().topics[0], keccak256(std::string_view(events::kCheckpointCommitted)));
    EXPECT_EQ(EthAddress::fromBytes(ByteView(logs_.back().topics.at(1).bytes).subspan(12)),
              actorAddress());
    // The next one is 20. The 2 FIL validator alone has 2000 of 3000, below the threshold
    // 3000 * 67 / 100 = 2010.
    expectRevert([&] { submit(checkpoint(20), {0}); }, "InvalidSignatureErr");
    submit(checkpoint(20), {1, 0});
    EXPECT_EQ(actor().lastBottomUpCheckpointHeight(), 20u);
}

TEST_F(SubnetActorTest, CheckpointHeightRules) {
    bootstrap();
    expectRevert([&] { submit(checkpoint(20), {0, 1}); }, "CannotSubmitFutureCheckpoint");
    expectRevert([&] { submit(checkpoint(0), {0, 1}); }, "AlreadySubmitted");
    // Not an epoch and not a full batch.
    expectRevert([&] { submit(checkpoint(7), {0, 1}); }, "InvalidCheckpointEpoch");
    BottomUpCheckpoint nine = checkpoint(7);
    for (std::uint64_t i = 0; i < 9; ++i) {
        Envelope m;
        m.kind = MsgKind::Transfer;
        m.localNonce = i;
        m.value = U256(1);
        m.to = IpcAddress{root_, addr(0x44)};
        m.from = IpcAddress{actor().id(), funder()};
        nine.msgs.push_back(m);
    }
    expectRevert([&] { submit(nine, {0, 1}); }, "InvalidCheckpointEpoch");
    // A full batch may come early.
    BottomUpCheckpoint full = nine;
    Envelope tenth = nine.msgs.back();
    tenth.localNonce = 9;
    full.msgs.push_back(tenth);
    submit(full, {0, 1});
    EXPECT_EQ(actor().lastBottomUpCheckpointHeight(), 7u);
    EXPECT_EQ(state_.balance(addr(0x44)), U256(10));
    // Then the epoch it belongs to, not later, and nothing at or below 7.
    expectRevert([&] { submit(checkpoint(7), {0, 1}); }, "AlreadySubmitted");
    expectRevert([&] { submit(checkpoint(5), {0, 1}); }, "AlreadySubmitted");
    expectRevert([&] { submit(checkpoint(20), {0, 1}); }, "CannotSubmitFutureCheckpoint");
    submit(checkpoint(10), {0, 1});
    expectRevert([&] { submit(checkpoint(10), {0, 1}); }, "AlreadySubmitted");
}

TEST_F(SubnetActorTest, CheckpointSignatureRejections) {
    bootstrap();
    const BottomUpCheckpoint c = checkpoint(10);
    const auto [who, sigs] = sign(c, {0, 1});
    // Wrong subnet.
    BottomUpCheckpoint other = c;
    other.subnet = root_.child(addr(0xee));
    {
        const auto [w, s] = sign(other, {0, 1});
        expectRevert([&] { submit(other, w, s); }, "checkpoint is for");
    }
    // Unsorted.
    expectRevert([&] { submit(c, {who[1], who[0]}, {sigs[1], sigs[0]}); }, "NotSorted");
    // Duplicates.
    expectRevert(
        [&] {
            submit(c, {who[0], who[0], who[1]}, {sigs[0], sigs[0], sigs[1]});
        },
        "Duplicate");
    // A signatory that is not a validator (with its own valid signature).
    {
        const auto [w, s] = sign(c, {0, 1, 4});
        expectRevert([&] { submit(c, w, s); }, "NotValidator");
    }
    // Forged: the signature of validator 1 presented for validator 0.
    expectRevert([&] { submit(c, who, {sigs[1], sigs[1]}); }, "InvalidSignatureErr");
    // Signed over another checkpoint.
    {
        const auto [w, s] = sign(checkpoint(10, 2), {0, 1});
        expectRevert([&] { submit(c, w, s); }, "InvalidSignatureErr");
    }
    // Not enough weight: the 1 FIL validator alone.
    {
        const auto [w, s] = sign(c, {1});
        expectRevert([&] { submit(c, w, s); }, "InvalidSignatureErr");
    }
    // Confirming changes the parent never queued (nothing is queued: next is 1).
    {
        const auto [w, s] = sign(checkpoint(10, 2), {0, 1});
        expectRevert([&] { submit(checkpoint(10, 2), w, s); }, "CannotConfirmFutureChanges");
    }
    expectRevert([&] { submit(c, who, {sigs[0]}); }, "differ in length");
    expectRevert([&] { submit(c, {}, {}); }, "no signatures");
    submit(c, who, sigs);
    EXPECT_EQ(actor().lastBottomUpCheckpointHeight(), 10u);
}

TEST_F(SubnetActorTest, CheckpointBeforeBootstrapIsRejected) {
    make();
    join(0, kFil);
    expectRevert([&] { submit(checkpoint(10), {0}); }, "not bootstrapped");
}

TEST_F(SubnetActorTest, QuorumUsesConfirmedPowerAtTheBoundary) {
    // Validators of 67 and 33 FIL: exactly 67 % of the confirmed power is enough.
    SubnetParams p = defaultParams();
    make(p);
    join(0, U256(67) * kFil);
    ASSERT_TRUE(join(1, U256(33) * kFil));
    submit(checkpoint(10), {0});
    // A big pending stake of validator 1 does not count until confirmed.
    stake(1, U256(60) * kFil, 12);
    submit(checkpoint(20, 1), {0});
    // Confirming it (next configuration 2 covers change 1) shifts the quorum.
    submit(checkpoint(30, 2), {0, 1});
    EXPECT_EQ(actor().validators().at(val(1)).confirmed, U256(93) * kFil);
    // 160 FIL confirmed now: threshold 107.2, so neither 67 nor 93 alone is enough.
    expectRevert([&] { submit(checkpoint(40, 2), {0}); }, "InvalidSignatureErr");
    expectRevert([&] { submit(checkpoint(40, 2), {1}); }, "InvalidSignatureErr");
    submit(checkpoint(40, 2), {0, 1});
}

TEST_F(SubnetActorTest, AcceptedCheckpointConfirmsChangesBelowItsNextConfigurationNumber) {
    bootstrap();
    const SubnetId id = actor().id();
    actor().unstake(11, val(0), kFil, state_);  // 1: 2 -> 1 FIL
    ASSERT_FALSE(join(2, U256(2) * kFil, 12));  // 2
    stake(1, kFil, 13);                         // 3
    const U256 stakeBefore = gateway_.child(id)->stake;
    // The child applied changes 1 and 2 before cutting: next configuration number 3.
    submit(checkpoint(10, 3), {0, 1});
    ASSERT_EQ(actor().queuedChanges().size(), 1u);
    EXPECT_EQ(actor().queuedChanges()[0].change.configurationNumber, 3u);
    EXPECT_EQ(actor().validators().at(val(0)).confirmed, kFil);
    EXPECT_EQ(actor().validators().at(val(2)).confirmed, U256(2) * kFil);
    EXPECT_EQ(actor().validators().at(val(1)).confirmed, kFil);  // change 3 still pending
    EXPECT_EQ(actor().validators().at(val(1)).pending, U256(2) * kFil);
    // The released collateral leaves the gateway and becomes claimable.
    EXPECT_EQ(actor().claimable(val(0)), kFil);
    EXPECT_EQ(gateway_.child(id)->stake, stakeBefore - kFil);
    EXPECT_EQ(state_.balance(actorAddress()), kFil);
    EXPECT_EQ(state_.balance(kGw), gateway_.lockedValue());
    // Claim pays once.
    const U256 before = state_.balance(val(0));
    actor().claim(state_, val(0));
    EXPECT_EQ(state_.balance(val(0)), before + kFil);
    EXPECT_EQ(actor().claimable(val(0)), U256{});
    EXPECT_EQ(state_.balance(actorAddress()), U256{});
    expectRevert([&] { actor().claim(state_, val(0)); }, "nothing to claim");
    // A checkpoint that covers nothing new confirms nothing.
    submit(checkpoint(20, 3), {0, 1, 2});
    EXPECT_EQ(actor().queuedChanges().size(), 1u);
    submit(checkpoint(30, 4), {0, 1, 2});
    EXPECT_TRUE(actor().queuedChanges().empty());
    EXPECT_EQ(actor().validators().at(val(1)).confirmed, U256(2) * kFil);
}

TEST_F(SubnetActorTest, ActiveValidatorsLimitKeepsTheLargest) {
    SubnetParams p = defaultParams();
    p.activeValidatorsLimit = 2;
    p.minActivationCollateral = U256(6) * kFil;  // all three are genesis validators
    make(p);
    join(0, U256(1) * kFil);
    join(1, U256(3) * kFil);
    join(2, U256(2) * kFil);
    ASSERT_TRUE(actor().bootstrapped());
    const auto members = actor().activeMembers();
    ASSERT_EQ(members.size(), 2u);
    for (const auto& m : members)
        EXPECT_NE(m.addr, val(0));
    EXPECT_TRUE(members[0].addr < members[1].addr);
    const auto [w, s] = sign(checkpoint(10), {0, 1, 2});
    expectRevert([&] { submit(checkpoint(10), w, s); }, "NotValidator");
    submit(checkpoint(10), {1, 2});
}

// ---------------------------------------------------------------- leave, kill

TEST_F(SubnetActorTest, LeaveAfterBootstrapReleasesEverythingOnConfirmation) {
    bootstrap();
    actor().leave(state_, 11, val(1));
    EXPECT_EQ(actor().validators().at(val(1)).pending, U256{});
    expectRevert([&] { actor().leave(state_, 12, val(1)); }, "not a validator");
    submit(checkpoint(10, 2), {0, 1});  // validator 1 still signs: its change is not confirmed
    EXPECT_EQ(actor().validators().count(val(1)), 0u);
    EXPECT_EQ(actor().claimable(val(1)), kFil);
    EXPECT_EQ(actor().activeMembers().size(), 1u);
}

TEST_F(SubnetActorTest, KillNeedsNoValidatorsAndNoCirculatingSupply) {
    bootstrap();  // with 10 FIL genesis supply
    expectRevert([&] { actor().kill(state_, owner(), gateway_); }, "validators");
    actor().leave(state_, 11, val(0));
    actor().leave(state_, 11, val(1));
    submit(checkpoint(10, 3), {0, 1});
    EXPECT_TRUE(actor().validators().empty());
    expectRevert([&] { actor().kill(state_, owner(), gateway_); }, "circulating supply");
    // Everything is released back to the parent.
    BottomUpCheckpoint c = checkpoint(20, 3);
    Envelope all;
    all.kind = MsgKind::Transfer;
    all.value = U256(10) * kFil;
    all.to = IpcAddress{root_, funder()};
    all.from = IpcAddress{actor().id(), funder()};
    c.msgs.push_back(all);
    // No validators are left to sign: the relayer cannot submit it, so kill stays impossible.
    expectRevert([&] { submit(c, {0, 1}); }, "NotValidator");
}

TEST_F(SubnetActorTest, KillAfterEverythingLeft) {
    make();
    join(0, U256(2) * kFil);
    ASSERT_TRUE(join(1, U256(1) * kFil));  // no genesis supply
    actor().leave(state_, 11, val(0));
    actor().leave(state_, 11, val(1));
    submit(checkpoint(10, 3), {0, 1});
    actor().kill(state_, owner(), gateway_);
    EXPECT_TRUE(actor().killed());
    EXPECT_TRUE(gateway_.child(actor().id())->killed);
    EXPECT_EQ(gateway_.child(actor().id())->stake, U256{});
    actor().claim(state_, val(0));
    actor().claim(state_, val(1));
    EXPECT_EQ(state_.balance(val(0)), U256(100) * kFil);
    EXPECT_EQ(state_.balance(val(1)), U256(100) * kFil);
    expectRevert([&] { actor().kill(state_, owner(), gateway_); }, "already killed");
    expectRevert([&] { join(2, kFil); }, "killed");
    expectRevert([&] { submit(checkpoint(20, 3), {0}); }, "killed");
}

TEST_F(SubnetActorTest, KillBeforeBootstrapRefundsGenesisBalances) {
    make();
    preFund(funder(), U256(3) * kFil);
    join(0, kFil);
    expectRevert([&] { actor().kill(state_, owner(), gateway_); }, "validators");
    actor().leave(state_, 3, val(0));
    actor().kill(state_, owner(), gateway_);
    EXPECT_EQ(state_.balance(funder()), U256(100) * kFil);
    EXPECT_EQ(state_.balance(actorAddress()), U256{});
    EXPECT_TRUE(actor().genesisBalances().empty());
    EXPECT_EQ(gateway_.child(actor().id()), nullptr);
}

// ---------------------------------------------------------------- federated mode

TEST_F(SubnetActorTest, FederatedPowerIsSetByTheOwnerOnly) {
    SubnetParams p = defaultParams();
    p.permissionMode = PermissionMode::Federated;
    make(p);
    expectRevert([&] { join(0, kFil); }, "collateral subnet");
    expectRevert(
        [&] {
            actor().setFederatedPower(state_, 2, val(0), {val(0)}, {pub(0)}, {U256(1)}, gateway_);
        },
        "only the subnet owner");
    expectRevert(
        [&] {
            actor().setFederatedPower(state_, 2, owner(), {val(0)}, {pub(1)}, {U256(1)}, gateway_);
        },
        "does not match");
    expectRevert(
        [&] { actor().setFederatedPower(state_, 2, owner(), {val(0)}, {}, {U256(1)}, gateway_); },
        "same length");
    preFund(funder(), U256(2) * kFil);
    EXPECT_FALSE(actor().setFederatedPower(state_, 2, owner(), {val(0)}, {pub(0)}, {U256(5) * kFil},
                                           gateway_));
    // Federated power is not collateral: leaving must not pay it out of the actor's balance
    // (which holds the genesis funds).
    expectRevert([&] { actor().leave(state_, 3, val(0)); }, "federated");
    EXPECT_TRUE(actor().setFederatedPower(state_, 3, owner(), {val(0), val(1)}, {pub(0), pub(1)},
                                          {U256(5) * kFil, U256(1) * kFil}, gateway_));
    const ChildSubnet* c = gateway_.child(actor().id());
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->stake, U256{});  // nothing locked for federated power
    EXPECT_EQ(c->circSupply, U256(2) * kFil);
    EXPECT_EQ(state_.balance(kGw), gateway_.lockedValue());
    // After bootstrap changes are queued.
    actor().setFederatedPower(state_, 4, owner(), {val(1)}, {pub(1)}, {U256(0)}, gateway_);
    EXPECT_EQ(actor().queuedChanges().size(), 1u);
    expectRevert([&] { actor().leave(state_, 5, val(0)); }, "federated");
    submit(checkpoint(10, 2), {0});
    EXPECT_EQ(actor().validators().count(val(1)), 0u);
    EXPECT_EQ(actor().claimable(val(1)), U256{});
}

// ---------------------------------------------------------------- static mode

TEST_F(SubnetActorTest, StaticValidatorsMayLeaveOnlyBeforeTheSubnetStarts) {
    SubnetParams p = defaultParams();
    p.permissionMode = PermissionMode::Static;
    make(p);
    join(2, kFil);
    actor().leave(state_, 2, val(2));  // collateral held by the actor comes back
    EXPECT_EQ(state_.balance(val(2)), U256(100) * kFil);
    join(0, U256(2) * kFil);
    ASSERT_TRUE(join(1, kFil));
    EXPECT_EQ(gateway_.child(actor().id())->stake, U256(3) * kFil);
    expectRevert([&] { actor().leave(state_, 5, val(0)); }, "static");
    expectRevert([&] { join(2, kFil); }, "static");
    expectRevert([&] { stake(0, kFil); }, "static");
    EXPECT_TRUE(actor().queuedChanges().empty());
}
