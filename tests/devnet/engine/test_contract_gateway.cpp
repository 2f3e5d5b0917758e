// Contracts using the gateway in a running hierarchy ("single": the root and its child alpha),
// in virtual time: a contract on the root funds alpha and the value arrives there after the
// top-down relay; a contract in alpha releases to the root and the value arrives after the
// checkpoint; a SELFDESTRUCT into alpha's gateway keeps every invariant.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "ipc/core/chain/transaction.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/evm/executor.h"
#include "ipc/core/ipc/gateway.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/topology.h"
#include "support/chain_transactions.h"
#include "support/contract_fixtures.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {

using ipc::testing_support::contractFixture;

const U256 kFil = U256::parse("1000000000000000000");

Bytes gatewayUserCode() {
    return contractFixture("GatewayUser");
}

Bytes selector(std::string_view signature) {
    const auto s = ipc::abi::selector(signature);
    return Bytes(s.bytes.begin(), s.bytes.end());
}

Bytes uintWord(std::uint64_t v) {
    return ipc::abi::encode(ipc::abi::Type::parse("(uint256)"),
                            ipc::abi::Value::tuple({ipc::abi::Value::uint(v)}));
}

void expectInvariants(const Hierarchy& h) {
    for (const auto& v : h.checkInvariants())
        ADD_FAILURE() << v;
}

class ContractGateway : public ::testing::Test {
protected:
    ContractGateway() : h(builtinTemplate("single")), alpha(*h.nodeByName("alpha")) {
        h.runUntil(2'500);
    }
    const EthAddress& account(std::size_t i) const { return h.accounts()[i].address; }

    // Runs `tx` from account(0) on `n` to its receipt, which must succeed.
    const chain::Receipt& run(const SubnetNode& n, std::optional<EthAddress> to, Bytes data,
                              const U256& value = {}) {
        const Hash32 tx =
            ipc::testing_support::runTransaction(h, n, account(0), to, std::move(data), value);
        const auto loc = n.chain->findTx(tx);
        const chain::Receipt& r = n.chain->block(loc->block)->receipts.at(loc->index);
        EXPECT_TRUE(r.success) << r.revertReason;
        return r;
    }
    EthAddress deploy(const SubnetNode& n, Bytes code, const U256& value) {
        const std::uint64_t nonce = n.chain->state().nonce(account(0));
        run(n, std::nullopt, std::move(code), value);
        return evm::createAddress(account(0), nonce);
    }
    EthAddress deployUser(const SubnetNode& n, const U256& value) {
        return deploy(n, gatewayUserCode(), value);
    }
    U256 viewUint(const SubnetNode& n, const EthAddress& c, std::string_view getter) {
        chain::EvmCall call;
        call.from = account(0);
        call.to = c;
        call.data = ipc::abi::encodeCall(getter, {});
        const evm::TxResult r = n.chain->simulate(call, h.now());
        EXPECT_EQ(r.status, evm::Status::Success);
        return ipc::abi::decode(ipc::abi::Type::parse("(uint256)"), r.output).at(0).asUint();
    }
    // Has `sender` (an XnetCounter) sent a Call that was answered with `outcome`?
    const MessageTrace* answeredCall(const EthAddress& sender) const {
        for (const auto& [id, t] : h.messages()) {
            if (t.envelope.kind == protocol::MsgKind::Call && t.envelope.from.raw == sender &&
                t.stage == MessageStage::ReceiptReturned)
                return &t;
        }
        return nullptr;
    }
    Bytes sendCall(const SubnetId& to, const EthAddress& target, const Bytes& method,
                   const Bytes& params) const {
        return ipc::abi::encodeCall(
            "send((uint64,address[]),address,bytes4,bytes)",
            {protocol::toAbi(to), ipc::abi::Value::address(target),
             ipc::abi::Value::fixedBytes(method), ipc::abi::Value::bytes(params)});
    }

    Hierarchy h;
    const SubnetNode& alpha;
};

TEST_F(ContractGateway, AContractFundsTheChildAndTheValueArrivesAfterTheRelay) {
    const EthAddress user = deployUser(h.root(), U256(10) * kFil);
    const EthAddress dave = crypto::PrivateKey::deterministic(505, 0).ethAddress();
    run(h.root(), user,
        ipc::abi::encodeCall("fund((uint64,address[]),address,uint256)",
                             {protocol::toAbi(alpha.id), ipc::abi::Value::address(dave),
                              ipc::abi::Value::uint(U256(3) * kFil)}));
    EXPECT_EQ(h.root().chain->state().balance(user), U256(7) * kFil);
    EXPECT_EQ(alpha.chain->state().balance(dave), U256{});
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return alpha.chain->state().balance(dave) == U256(3) * kFil; }, h.now() + 60'000));
    // The message is traced like a wallet's fund, from the contract.
    bool traced = false;
    for (const auto& [id, t] : h.messages())
        traced = traced || (t.envelope.from.raw == user && t.envelope.to.raw == dave);
    EXPECT_TRUE(traced);
    expectInvariants(h);
}

TEST_F(ContractGateway, AContractInTheChildReleasesToTheRoot) {
    const EthAddress user = deployUser(alpha, U256(10) * kFil);
    const EthAddress erin = crypto::PrivateKey::deterministic(505, 1).ethAddress();
    run(alpha, user,
        ipc::abi::encodeCall("release(address,uint256)", {ipc::abi::Value::address(erin),
                                                          ipc::abi::Value::uint(U256(2) * kFil)}));
    EXPECT_EQ(alpha.chain->state().balance(user), U256(8) * kFil);
    ASSERT_TRUE(
        h.runUntilCondition([&] { return h.root().chain->state().balance(erin) == U256(2) * kFil; },
                            h.now() + 120'000));
    expectInvariants(h);
}

TEST_F(ContractGateway, SelfdestructIntoTheGatewayKeepsTheInvariants) {
    const EthAddress user = deployUser(alpha, U256(4) * kFil);
    const U256 before = alpha.chain->state().balance(protocol::gatewayAddress());
    run(alpha, user, ipc::abi::encodeCall("destroyToGateway()", {}));
    EXPECT_EQ(alpha.chain->state().balance(protocol::gatewayAddress()), before + U256(4) * kFil);
    EXPECT_EQ(alpha.gateway().forcedBalance(), U256(4) * kFil);
    expectInvariants(h);
    h.runUntil(h.now() + 30'000);  // checkpoints and relays go on as before
    expectInvariants(h);
}

// A contract on the root calls a contract in alpha; the answer comes back with the checkpoint
// and reaches the caller's handler.
TEST_F(ContractGateway, ACallGoesDownAndItsResultComesBackUp) {
    const EthAddress a = deploy(h.root(), contractFixture("XnetCounter"), U256{});
    const EthAddress b = deploy(alpha, contractFixture("XnetCounter"), U256{});
    run(h.root(), a, sendCall(alpha.id, b, selector("increment(uint256)"), uintWord(4)),
        U256(2) * kFil);
    ASSERT_TRUE(h.runUntilCondition([&] { return answeredCall(a) != nullptr; }, h.now() + 120'000));
    EXPECT_EQ(viewUint(alpha, b, "count()"), U256(4));
    EXPECT_EQ(alpha.chain->state().balance(b), U256(2) * kFil);
    ASSERT_TRUE(h.runUntilCondition([&] { return viewUint(h.root(), a, "results()") == U256(1); },
                                    h.now() + 60'000));
    EXPECT_EQ(viewUint(h.root(), a, "lastOutcome()"), U256{});  // Ok
    const MessageTrace* t = answeredCall(a);
    ASSERT_NE(t, nullptr);
    ASSERT_TRUE(t->resultId.has_value());
    const MessageTrace* result = h.trace(*t->resultId);
    ASSERT_NE(result, nullptr);
    const protocol::ResultMsg r = protocol::decodeResultMsg(result->envelope.message);
    EXPECT_EQ(r.outcome, protocol::Outcome::Ok);
    EXPECT_EQ(r.id, t->id);
    EXPECT_EQ(t->results, 1u);
    expectInvariants(h);
}

// A contract in alpha calls a contract on the root that refuses: ActorErr, the value refunded
// to the sender in alpha.
TEST_F(ContractGateway, ARefusedCallComesBackAsActorErrWithTheValue) {
    const EthAddress a = deploy(alpha, contractFixture("XnetCounter"), U256{});
    const EthAddress b = deploy(h.root(), contractFixture("XnetCounter"), U256{});
    run(alpha, a, sendCall(h.root().id, b, selector("other()"), {}), U256(3) * kFil);
    EXPECT_EQ(alpha.chain->state().balance(a), U256{});
    ASSERT_TRUE(h.runUntilCondition([&] { return viewUint(alpha, a, "results()") == U256(1); },
                                    h.now() + 180'000));
    EXPECT_EQ(viewUint(alpha, a, "lastOutcome()"), U256(2));  // ActorErr
    EXPECT_EQ(alpha.chain->state().balance(a), U256(3) * kFil);
    EXPECT_EQ(h.root().chain->state().balance(b), U256{});
    EXPECT_EQ(viewUint(h.root(), b, "calls()"), U256{});
    expectInvariants(h);
}

// A seeded storm of Calls between contracts on the root and two sibling subnets (down, up, and
// up-then-down), mixed with wallet transfers across the siblings, a relayer stopped for a while
// and a validator fault that halts a subnet for a while: every Call is answered exactly once
// with the outcome its target decides (a target that burns its gas is said to have run out of
// it), the counters hold exactly the increments that were delivered, and the invariants hold
// throughout.
TEST(ContractGatewayStorm, EveryCallIsAnsweredOnceAndTheSupplyHolds) {
    Hierarchy h(builtinTemplate("two-level"));
    h.runUntil(2'500);
    const SubnetNode& root = h.root();
    const SubnetNode& alpha = *h.nodeByName("alpha");
    const SubnetNode& beta = *h.nodeByName("beta");
    const std::vector<const SubnetNode*> nodes{&root, &alpha, &beta};
    const EthAddress from = h.accounts()[0].address;

    auto submit = [&](const SubnetNode& n, std::optional<EthAddress> to, Bytes data,
                      const U256& value) {
        chain::Transaction t;
        t.chainId = n.chain->params().chainId;
        t.nonce = n.chain->state().nonce(from) + n.chain->mempool().size();
        t.maxFeePerGas = n.chain->nextBaseFee() * U256(4);
        t.maxPriorityFeePerGas = U256(1);
        t.gasLimit = 3'000'000;
        t.to = to;
        t.value = value;
        t.data = std::move(data);
        return h.submit(n.id, chain::sign(t, *h.keyFor(from)));
    };
    auto mined = [&](const SubnetNode& n, const Hash32& tx) {
        EXPECT_TRUE(
            h.runUntilCondition([&] { return n.chain->findTx(tx).has_value(); }, h.now() + 30'000));
        const auto loc = n.chain->findTx(tx);
        const chain::Receipt& r = n.chain->block(loc->block)->receipts.at(loc->index);
        EXPECT_TRUE(r.success) << r.revertReason;
    };
    std::vector<EthAddress> counters;
    for (const SubnetNode* n : nodes) {
        const std::uint64_t nonce = n->chain->state().nonce(from);
        mined(*n, submit(*n, std::nullopt, contractFixture("XnetCounter"), U256{}));
        counters.push_back(evm::createAddress(from, nonce));
    }

    std::mt19937_64 rng(20261207);
    auto pick = [&](std::uint64_t n) { return static_cast<std::size_t>(rng() % n); };
    struct Sent {
        std::size_t from;
        std::size_t to;
        protocol::Outcome expected;
    };
    std::vector<Sent> sent;
    std::vector<U256> expectedCount(nodes.size());
    std::vector<U256> sentBy(nodes.size());
    std::size_t spins = 0;
    // Enough of beta's validators (equal power) that at most 2/3 of its power stays online.
    std::vector<EthAddress> faulty;
    {
        const auto& all = beta.chain->validators().validators();
        for (std::size_t k = 0; k < all.size() - (2 * all.size()) / 3; ++k)
            faulty.push_back(all[k].address);
    }
    bool betaHalted = false;
    for (int i = 0; i < 24; ++i) {
        const std::size_t a = pick(nodes.size());
        std::size_t b = pick(nodes.size() - 1);
        if (b >= a)
            ++b;
        const U256 value = U256(pick(3)) * kFil / U256(10);
        Bytes method = selector("increment(uint256)");
        EthAddress target = counters[b];
        protocol::Outcome expected = protocol::Outcome::Ok;
        const std::size_t kind = pick(6);
        if (kind == 0) {
            method = selector("other()");
            expected = protocol::Outcome::ActorErr;
        } else if (kind == 1) {
            target = crypto::PrivateKey::deterministic(606, i).ethAddress();  // no code
            expected = protocol::Outcome::SystemErr;
        } else if (kind == 2) {
            method = selector("spin()");
            expected = protocol::Outcome::ActorErr;
            ++spins;
        } else {
            expectedCount[b] += U256(i + 1);
        }
        sent.push_back(Sent{a, b, expected});
        sentBy[a] += U256(1);
        submit(*nodes[a], counters[a],
               ipc::abi::encodeCall(
                   "send((uint64,address[]),address,bytes4,bytes)",
                   {protocol::toAbi(nodes[b]->id), ipc::abi::Value::address(target),
                    ipc::abi::Value::fixedBytes(method),
                    ipc::abi::Value::bytes(uintWord(static_cast<std::uint64_t>(i + 1)))}),
               value);
        if (i % 5 == 0) {  // a wallet transfer between the siblings, up then down
            h.crossTransfer(alpha.id, h.accounts()[1].address,
                            protocol::IpcAddress{beta.id, h.accounts()[2].address}, kFil);
        }
        if (i == 8)
            h.setRelayer(alpha.id, false);
        if (i == 16)
            h.setRelayer(alpha.id, true);
        if (i == 4 || i == 12) {
            for (const EthAddress& v : faulty)
                h.setValidatorOnline(beta.id, v, i == 12);
        }
        if (i > 4 && i < 12)
            betaHalted = betaHalted || beta.status == SubnetStatus::Halted;
        h.runUntil(h.now() + 500 + pick(2'000));
        expectInvariants(h);
    }
    auto calls = [&] {
        std::vector<const MessageTrace*> out;
        for (const auto& [id, t] : h.messages()) {
            if (t.envelope.kind == protocol::MsgKind::Call)
                out.push_back(&t);
        }
        return out;
    };
    ASSERT_TRUE(h.runUntilCondition(
        [&] {
            const auto all = calls();
            return all.size() == sent.size() &&
                   std::all_of(all.begin(), all.end(), [](const MessageTrace* t) {
                       return t->stage == MessageStage::ReceiptReturned;
                   });
        },
        h.now() + 600'000));
    std::map<protocol::Outcome, int> want;
    for (const Sent& x : sent)
        ++want[x.expected];
    std::map<protocol::Outcome, int> got;
    for (const MessageTrace* t : calls()) {
        EXPECT_EQ(t->results, 1u);
        ASSERT_TRUE(t->resultId.has_value());
        const MessageTrace* r = h.trace(*t->resultId);
        ASSERT_NE(r, nullptr);
        ++got[protocol::decodeResultMsg(r->envelope.message).outcome];
    }
    EXPECT_EQ(got, want);
    EXPECT_TRUE(betaHalted) << "the validator fault never halted beta";
    // Each target that burnt its gas: its delivery says so, and its Result's words too.
    std::size_t outOfGas = 0;
    for (const MessageTrace* t : calls()) {
        for (const TraceEntry& e : t->entries) {
            if (e.stage == MessageStage::Delivered &&
                e.detail == "out of gas (" + std::to_string(protocol::kXnetCallGas) + " gas)")
                ++outOfGas;
        }
    }
    EXPECT_GT(spins, 0u) << "the storm sent no call that burns its gas";
    EXPECT_EQ(outOfGas, spins);
    // Every Result reached its sender's handler; every increment delivered counted once.
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        EXPECT_TRUE(h.runUntilCondition(
            [&] {
                chain::EvmCall c;
                c.from = from;
                c.to = counters[i];
                c.data = ipc::abi::encodeCall("results()", {});
                const evm::TxResult r = nodes[i]->chain->simulate(c, h.now());
                return ipc::abi::decode(ipc::abi::Type::parse("(uint256)"), r.output)
                           .at(0)
                           .asUint() == sentBy[i];
            },
            h.now() + 120'000))
            << nodes[i]->name;
        chain::EvmCall c;
        c.from = from;
        c.to = counters[i];
        c.data = ipc::abi::encodeCall("count()", {});
        const evm::TxResult r = nodes[i]->chain->simulate(c, h.now());
        EXPECT_EQ(ipc::abi::decode(ipc::abi::Type::parse("(uint256)"), r.output).at(0).asUint(),
                  expectedCount[i])
            << nodes[i]->name;
    }
    expectInvariants(h);
}

}  // namespace
