// Scenario tests for the running hierarchy (IPC_PROTOCOL.md §2-§8): property-style random storms
// of transfers, funds, releases and cross-net messages under validator and relayer faults, the
// protocol's rejections through real transactions, membership changes confirmed by checkpoints,
// subnets created at runtime, mining on demand and halts. Virtual time only: no sleeps, exact
// outcomes, and every test ends with checkInvariants() empty.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <ostream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "ipc/core/chain/transaction.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/topology.h"

using namespace ipc;
using namespace ipc::devnet;

namespace ipc {
// Amounts and addresses in failure messages as people read them (found by gtest through ADL).
static void PrintTo(const U256& v, std::ostream* os) {
    *os << v.toDecimal() << " atto";
}
static void PrintTo(const EthAddress& a, std::ostream* os) {
    *os << a.toChecksumHex();
}
}  // namespace ipc

namespace {

const U256 kFil = U256::parse("1000000000000000000");
const U256 kCentiFil = U256::parse("10000000000000000");

// gtest without gmock: a substring check that shows the whole text when it fails.
::testing::AssertionResult hasSubstr(const std::string& text, const std::string& part) {
    if (text.find(part) != std::string::npos)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "'" << text << "' does not contain '" << part << "'";
}

void expectInvariants(const Hierarchy& h, const std::string& when = {}) {
    for (const auto& v : h.checkInvariants())
        ADD_FAILURE() << when << v;
}

const chain::Receipt* receiptOf(const SubnetNode& n, const Hash32& tx) {
    const auto loc = n.chain->findTx(tx);
    if (!loc)
        return nullptr;
    return &n.chain->block(loc->block)->receipts[loc->index];
}

U256 feeOf(const chain::Receipt& r) {
    return U256(r.gasUsed) * r.effectiveGasPrice;
}

// Runs until `tx` is in a block of `n`; nullptr when that does not happen within `maxMs`.
const chain::Receipt* waitForReceipt(Hierarchy& h, const SubnetNode& n, const Hash32& tx,
                                     std::uint64_t maxMs = 30'000) {
    h.runUntilCondition([&] { return n.chain->findTx(tx).has_value(); }, h.now() + maxMs);
    return receiptOf(n, tx);
}

Bytes bytesOf(const FixedBytes<65>& b) {
    return Bytes(b.bytes.begin(), b.bytes.end());
}

Bytes joinCall(const FixedBytes<65>& publicKey, const U256& collateral) {
    return ipc::abi::encodeCall(protocol::sig::kJoin, {ipc::abi::Value::bytes(bytesOf(publicKey)),
                                                       ipc::abi::Value::uint(collateral)});
}

Bytes noArgCall(const char* signature) {
    return ipc::abi::encodeCall(signature, {});
}

Bytes submitCheckpointCall(const protocol::BottomUpCheckpoint& cp,
                           const std::vector<EthAddress>& signatories,
                           const std::vector<crypto::Signature>& signatures) {
    std::vector<ipc::abi::Value> who;
    std::vector<ipc::abi::Value> sigs;
    for (const auto& a : signatories)
        who.push_back(ipc::abi::Value::address(a));
    for (const auto& s : signatures)
        sigs.push_back(ipc::abi::Value::bytes(bytesOf(s.toBytes(27))));
    return ipc::abi::encodeCall(protocol::sig::kSubmitCheckpoint,
                                {protocol::toAbi(cp), ipc::abi::Value::array(std::move(who)),
                                 ipc::abi::Value::array(std::move(sigs))});
}

Bytes newSubnetActorCall(const protocol::SubnetParams& p) {
    using V = ipc::abi::Value;
    return ipc::abi::encodeCall(
        protocol::sig::kNewSubnetActor,
        {V::tuple({V::uint(p.minActivationCollateral), V::uint(p.minValidators),
                   V::uint(p.bottomUpCheckPeriod), V::uint(p.activeValidatorsLimit),
                   V::uint(p.majorityPercentage),
                   V::uint(static_cast<std::uint64_t>(p.permissionMode)), V::uint(p.blockTimeMs),
                   V::uint(p.chainId.value_or(0))})});
}

// An EIP-1559 value transfer with an explicit nonce (Hierarchy::send always picks the next one).
chain::SignedTransaction transferWithNonce(const SubnetNode& n, const crypto::PrivateKey& key,
                                           std::uint64_t nonce, const EthAddress& to,
                                           const U256& value) {
    chain::Transaction tx;
    tx.type = chain::TxType::Eip1559;
    tx.chainId = n.chainId();
    tx.nonce = nonce;
    tx.maxPriorityFeePerGas = U256(1);
    tx.maxFeePerGas = n.chain->nextBaseFee() * U256(2) + U256(1);
    tx.gasLimit = 21'000;
    tx.to = to;
    tx.value = value;
    return chain::sign(tx, key);
}

// The IPC state of one subnet's contracts as text, so a test can say "nothing changed" and show
// the difference when something did. Checkpoint records and finality move with time and are
// left out; what a user transaction could change is in.
std::string ipcState(const SubnetNode& n) {
    std::ostringstream os;
    const auto& g = n.gateway();
    os << "bottomUpNonce " << g.bottomUpNonce() << ", appliedTopDownNonce "
       << g.appliedTopDownNonce() << ", configuration " << g.membershipConfigurationNumber()
       << ", members " << g.membership().size() << "\n";
    for (const auto& [id, c] : g.children()) {
        os << "child " << id << ": stake " << c.stake.toDecimal() << ", circSupply "
           << c.circSupply.toDecimal() << ", topDownNonce " << c.topDownNonce
           << ", appliedBottomUpNonce " << c.appliedBottomUpNonce << ", killed " << c.killed
           << ", top-down queue " << g.topDownQueue(id).size() << "\n";
    }
    for (const auto& [epoch, msgs] : g.pendingBatches()) {
        os << "batch " << epoch << ": " << msgs.size() << " messages\n";
    }
    for (const auto& [addr, a] : n.contracts->actors()) {
        os << "actor " << addr.toChecksumHex() << ": last checkpoint "
           << a.lastBottomUpCheckpointHeight() << ", next configuration "
           << a.nextConfigurationNumber() << ", queued " << a.queuedChanges().size() << ", killed "
           << a.killed() << ", balance " << n.chain->state().balance(addr).toDecimal() << "\n";
        for (const auto& [v, r] : a.validators()) {
            os << "  validator " << v.toChecksumHex() << ": confirmed " << r.confirmed.toDecimal()
               << ", pending " << r.pending.toDecimal() << ", claimable "
               << a.claimable(v).toDecimal() << "\n";
        }
    }
    os << "gateway balance " << n.chain->state().balance(protocol::gatewayAddress()).toDecimal()
       << ", registry nonce " << n.contracts->registryNonce() << "\n";
    return os.str();
}

// ============================================================================ random storms

struct StormConfig {
    std::uint64_t seed = 1;
    std::uint64_t stormMs = 150'000;
    std::size_t maxOfflinePerSubnet = 1;  // 2 of 4 halts the subnet (dedicated test)
};

// What must become of a storm transaction's value once it is in a block.
enum class Fate : std::uint8_t {
    Local,      // a plain transfer inside the subnet
    Delivered,  // a cross-net transfer that reaches its destination
    Refunded,   // accepted here, refused on the way (no such subnet): the receipt brings it back
    Reverted,   // the gateway refuses the transaction: only the fee is gone
    // Admitted against a balance an earlier transaction of the sender then spent: it must not
    // run with money that is gone. It waits in the mempool until a top-up pays for it (or a
    // node may drop it); either way it never runs before that top-up.
    Overdraw,
};

struct SentTx {
    SubnetId subnet;
    EthAddress from;
    U256 value;
    protocol::IpcAddress dest;
    Fate fate = Fate::Local;
    std::string what;
    Hash32 hash;
    Hash32 after;  // Overdraw: the transaction that spent the funds first
};

// Balances every tracked account should hold: genesis + credits - debits, per subnet.
class Ledger {
public:
    void credit(const SubnetId& s, const EthAddress& a, const U256& v) { credits_[s][a] += v; }
    void debit(const SubnetId& s, const EthAddress& a, const U256& v) { debits_[s][a] += v; }
    U256 expected(const SubnetId& s, const EthAddress& a, const U256& genesis) const {
        return genesis + get(credits_, s, a) - get(debits_, s, a);
    }

private:
    using Book = std::map<SubnetId, std::map<EthAddress, U256>>;
    static U256 get(const Book& b, const SubnetId& s, const EthAddress& a) {
        auto it = b.find(s);
        if (it == b.end())
            return U256{};
        auto jt = it->second.find(a);
        return jt == it->second.end() ? U256{} : jt->second;
    }
    Book credits_;
    Book debits_;
};

bool answered(const MessageTrace& t) {
    if (t.envelope.kind == protocol::MsgKind::Result) {
        return t.stage == MessageStage::Delivered || t.stage == MessageStage::Failed;
    }
    return t.stage == MessageStage::ReceiptReturned;
}

bool everyMessageAnswered(const Hierarchy& h) {
    return std::all_of(h.messages().begin(), h.messages().end(),
                       [](const auto& m) { return answered(m.second); });
}

std::string unanswered(const Hierarchy& h) {
    std::string out;
    for (const auto& [id, t] : h.messages()) {
        if (answered(t))
            continue;
        out += "\n  " + id.hex() + " " + protocol::toString(t.envelope.kind) + " " +
               t.envelope.from.subnet.toString() + " -> " + t.envelope.to.subnet.toString() +
               " at " + toString(t.stage);
    }
    return out;
}

// One storm: random actions on `three-level` for cfg.stormMs of virtual time, then the
// hierarchy settles and every value is accounted for.
void runStorm(const StormConfig& cfg) {
    Hierarchy h(builtinTemplate("three-level"));
    ASSERT_EQ(h.nodes().size(), 7u);
    const std::string ctx = "seed " + std::to_string(cfg.seed) + ": ";
    std::mt19937_64 rng(cfg.seed);
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };

    std::vector<const SubnetNode*> all;
    std::vector<const SubnetNode*> subnets;  // all but the root
    for (const auto& n : h.nodes()) {
        all.push_back(n.get());
        if (n->parent != nullptr)
            subnets.push_back(n.get());
    }
    std::vector<EthAddress> senders;
    for (const auto& a : h.accounts())
        senders.push_back(a.address);
    std::vector<EthAddress> receivers = senders;  // plus three that only ever receive
    for (std::uint64_t i = 0; i < 3; ++i) {
        receivers.push_back(crypto::PrivateKey::deterministic(0x5707 + cfg.seed, i).ethAddress());
    }
    std::vector<EthAddress> tracked = receivers;
    // One spender per subnet that overdraws on purpose: two transactions admitted against the
    // same balance, of which only the first can run.
    std::map<SubnetId, EthAddress> spender;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto key = crypto::PrivateKey::deterministic(0x5e4d + cfg.seed, i);
        h.addKey(key);
        spender[all[i]->id] = key.ethAddress();
        tracked.push_back(key.ethAddress());
    }
    std::map<SubnetId, std::map<EthAddress, U256>> genesis;
    for (const SubnetNode* n : all) {
        for (const auto& a : tracked)
            genesis[n->id][a] = n->chain->state().balance(a);
    }
    const U256 rootSupply = h.root().chain->state().totalSupply();
    ASSERT_EQ(rootSupply, h.rootSupply());
    // No registry ever deployed an actor here: subnets below it do not exist.
    const EthAddress ghost = crypto::PrivateKey::deterministic(0xdead, cfg.seed).ethAddress();

    std::size_t halts = 0;
    auto sub = h.events().subscribe([&](const Event& e) {
        if (const auto* s = std::get_if<SubnetEvent>(&e)) {
            halts += s->change == SubnetChange::Halted ? 1 : 0;
        }
    });

    std::vector<SentTx> sent;
    std::map<SubnetId, std::set<EthAddress>> offline;
    std::size_t rejected = 0;
    std::uint64_t serial = 0;

    // A value unique among all the storm's transfers (the trace of each is found by its value);
    // now and then one above the sender's balance, which the mempool must refuse.
    struct Amount {
        U256 value;
        bool exceeds = false;  // above the sender's balance
    };
    auto valueFor = [&](const SubnetNode& n, const EthAddress& from, bool mayExceed) {
        ++serial;
        if (mayExceed && pick(100) < 8) {
            return Amount{n.chain->state().balance(from) + kFil + U256(serial), true};
        }
        return Amount{U256(1 + pick(2000)) * kCentiFil + U256(serial), false};
    };
    auto dispatch = [&](SentTx tx, bool exceeds, const std::function<Hash32()>& doSend) {
        if (exceeds) {
            EXPECT_THROW(doSend(), chain::TxRejected) << ctx << tx.what;
            ++rejected;
            return;
        }
        try {
            tx.hash = doSend();
        } catch (const std::exception& e) {
            ADD_FAILURE() << ctx << tx.what << ": " << e.what();
            return;
        }
        sent.push_back(std::move(tx));
    };
    auto someone = [&] { return receivers[pick(receivers.size())]; };
    auto otherThan = [&](const SubnetNode& n) {
        const SubnetNode* d = all[pick(all.size())];
        while (d == &n)
            d = all[pick(all.size())];
        return d;
    };
    auto cross = [&](const SubnetNode& src, const EthAddress& from, const protocol::IpcAddress& to,
                     Fate fate, bool mayExceed, const std::string& what) {
        const Amount a = valueFor(src, from, mayExceed);
        const U256 v = a.value;
        const bool exceeds = a.exceeds;
        dispatch(SentTx{src.id, from, v, to, fate, what}, exceeds,
                 [&] { return h.crossTransfer(src.id, from, to, v); });
    };

    // A spender with transactions in the mempool, and the top-up that pays for them.
    auto busy = [&](const SubnetNode& n, const EthAddress& s) {
        const auto nonce = n.chain->state().nonce(s);
        return n.chain->mempool().pendingNonce(s, nonce) != nonce;
    };
    auto topUp = [&](const SubnetNode& n, const EthAddress& from, const EthAddress& s) {
        U256 v = valueFor(n, from, false).value + U256(5) * kFil;
        for (const auto& tx : n.chain->mempool().all()) {
            if (tx->sender == s)
                v += tx->signedTx.tx.value;
        }
        dispatch(SentTx{n.id, from, v, {n.id, s}, Fate::Local, "top up spender in " + n.name},
                 false, [&] { return h.send(n.id, from, s, v); });
    };

    // The long routes, whatever the dice say: deep -> deep across the root, deep -> root
    // (child to grandparent) and root -> deep.
    std::vector<const SubnetNode*> deep;
    for (const SubnetNode* n : subnets) {
        if (n->id.depth() == 2)
            deep.push_back(n);
    }
    ASSERT_EQ(deep.size(), 4u);
    {
        const SubnetNode& a = *deep[pick(2)];      // under alpha
        const SubnetNode& b = *deep[2 + pick(2)];  // under beta
        cross(a, senders[0], {b.id, someone()}, Fate::Delivered, false,
              "cross " + a.name + " -> " + b.name);
        cross(b, senders[1], {h.root().id, someone()}, Fate::Delivered, false,
              "cross " + b.name + " -> root");
        cross(h.root(), senders[2], {a.id, someone()}, Fate::Delivered, false,
              "cross root -> " + a.name);
    }

    while (h.now() < cfg.stormMs) {
        h.runUntil(h.now() + 100 + pick(900));
        const std::size_t r = pick(100);
        const EthAddress from = senders[pick(senders.size())];
        if (r < 25) {  // a plain transfer inside one subnet
            const SubnetNode& n = *all[pick(all.size())];
            const Amount a = valueFor(n, from, true);
            const U256 v = a.value;
            const bool exceeds = a.exceeds;
            const EthAddress to = someone();
            dispatch(SentTx{n.id, from, v, {n.id, to}, Fate::Local, "send in " + n.name}, exceeds,
                     [&] { return h.send(n.id, from, to, v); });
        } else if (r < 38) {  // fund: parent -> child
            const SubnetNode& c = *subnets[pick(subnets.size())];
            const Amount a = valueFor(*c.parent, from, true);
            const U256 v = a.value;
            const bool exceeds = a.exceeds;
            const EthAddress to = someone();
            dispatch(SentTx{c.parent->id, from, v, {c.id, to}, Fate::Delivered, "fund " + c.name},
                     exceeds, [&] { return h.fund(c.id, from, to, v); });
        } else if (r < 51) {  // release: child -> parent
            const SubnetNode& c = *subnets[pick(subnets.size())];
            const Amount a = valueFor(c, from, true);
            const U256 v = a.value;
            const bool exceeds = a.exceeds;
            const EthAddress to = someone();
            const std::string what = "release from " + c.name;
            dispatch(SentTx{c.id, from, v, {c.parent->id, to}, Fate::Delivered, what}, exceeds,
                     [&] { return h.release(c.id, from, to, v); });
        } else if (r < 71) {  // cross transfer between any two subnets
            const SubnetNode& src = *all[pick(all.size())];
            const SubnetNode& dst = *otherThan(src);
            cross(src, from, {dst.id, someone()}, Fate::Delivered, true,
                  "cross " + src.name + " -> " + dst.name);
        } else if (r < 73) {  // a burst that fills a bottom-up batch: an early checkpoint cut
            const SubnetNode& src = *subnets[pick(subnets.size())];
            const std::size_t count = 10 + pick(20);  // one or two full batches
            for (std::size_t i = 0; i < count; ++i) {
                const SubnetNode& dst = *otherThan(src);
                if (dst.id.isAncestorOf(src.id) || pick(2) == 0) {
                    cross(src, senders[i % senders.size()], {dst.id, someone()}, Fate::Delivered,
                          false, "burst " + src.name + " -> " + dst.name);
                } else {
                    cross(src, senders[i % senders.size()], {src.parent->id, someone()},
                          Fate::Delivered, false, "burst " + src.name + " -> parent");
                }
            }
        } else if (r < 77) {  // overdraw: two transactions against one balance
            const SubnetNode& n = *all[pick(all.size())];
            const EthAddress s = spender[n.id];
            if (busy(n, s) || n.chain->state().balance(s) < kFil) {
                topUp(n, from, s);
            } else {
                const U256 balance = n.chain->state().balance(s);
                const U256 v1 = balance * U256(6) / U256(10) + U256(++serial);
                const U256 v2 = balance * U256(6) / U256(10) + U256(++serial);
                const EthAddress to = someone();
                dispatch(SentTx{n.id, s, v1, {n.id, to}, Fate::Local, "overdraw in " + n.name},
                         false, [&] { return h.send(n.id, s, to, v1); });
                const Hash32 first = sent.back().hash;
                dispatch(SentTx{n.id,
                                s,
                                v2,
                                {n.id, to},
                                Fate::Overdraw,
                                "second overdraw in " + n.name,
                                {},
                                first},
                         false, [&] { return h.send(n.id, s, to, v2); });
            }
        } else if (r < 80) {  // cross transfer to a subnet that does not exist
            const SubnetNode& src = *all[pick(all.size())];
            const SubnetNode& under = *all[pick(all.size())];
            // From the missing subnet's parent the gateway refuses at once; from anywhere else
            // the message travels until a gateway finds no such child and sends the value back.
            cross(src, from, {under.id.child(ghost), someone()},
                  &src == &under ? Fate::Reverted : Fate::Refunded, true,
                  "cross " + src.name + " -> missing child of " + under.name);
        } else if (r < 83) {  // transactions the gateway must refuse
            const SubnetNode& n = *all[pick(all.size())];
            const EthAddress to = someone();
            const U256 v = valueFor(n, from, false).value;
            const std::size_t kind = pick(3);
            if (kind == 0 && n.parent != nullptr) {
                const std::string what = "fund 0 to " + n.name;
                dispatch(SentTx{n.parent->id, from, U256{}, {n.id, to}, Fate::Reverted, what},
                         false, [&] { return h.fund(n.id, from, to, U256{}); });
            } else if (kind == 1) {
                cross(n, from, {n.id, to}, Fate::Reverted, false, "reflexive cross in " + n.name);
            } else {
                const SubnetId nowhere = n.id.child(ghost);
                const std::string what = "fund unregistered child of " + n.name;
                dispatch(SentTx{n.id, from, v, {nowhere, to}, Fate::Reverted, what}, false,
                         [&] { return h.fund(nowhere, from, to, v); });
            }
        } else if (r < 92) {  // a validator goes offline or comes back
            const SubnetNode& n = *subnets[pick(subnets.size())];
            auto& off = offline[n.id];
            if (!off.empty() && (off.size() >= cfg.maxOfflinePerSubnet || pick(2) == 0)) {
                auto it = std::next(off.begin(), static_cast<std::ptrdiff_t>(pick(off.size())));
                h.setValidatorOnline(n.id, *it, true);
                off.erase(it);
            } else {
                const auto& vals = n.chain->validators().validators();
                const EthAddress v = vals[pick(vals.size())].address;
                if (off.insert(v).second)
                    h.setValidatorOnline(n.id, v, false);
            }
            EXPECT_LE(off.size(), cfg.maxOfflinePerSubnet);
        } else {  // a relayer stops or starts
            const SubnetNode& n = *subnets[pick(subnets.size())];
            h.setRelayer(n.id, !n.relayerOn);
        }
        expectInvariants(h, ctx + "at " + std::to_string(h.now()) + " ms: ");
        EXPECT_EQ(h.root().chain->state().totalSupply(), rootSupply) << ctx;
    }
    if (cfg.maxOfflinePerSubnet < 2) {
        EXPECT_EQ(halts, 0u) << ctx << "3 of 4 validators keep a subnet running";
    } else {
        EXPECT_GT(halts, 0u) << ctx << "the storm never halted a subnet";
    }

    // Settle: relayers on, validators back, waiting overdraws paid for, then run until every
    // message has its receipt.
    for (const SubnetNode* n : subnets) {
        h.setRelayer(n->id, true);
        for (const auto& v : offline[n->id])
            h.setValidatorOnline(n->id, v, true);
    }
    for (const SubnetNode* n : all) {
        if (busy(*n, spender[n->id]))
            topUp(*n, senders[0], spender[n->id]);
    }
    h.runUntil(h.now() + 5'000);  // every includable transaction is in a block by now
    ASSERT_TRUE(h.runUntilCondition([&] { return everyMessageAnswered(h); }, h.now() + 900'000))
        << ctx << "messages without receipt:" << unanswered(h);
    h.runUntil(h.now() + 30'000);

    expectInvariants(h, ctx);
    EXPECT_EQ(h.root().chain->state().totalSupply(), rootSupply) << ctx;
    for (const SubnetNode* n : subnets) {
        EXPECT_EQ(n->status, SubnetStatus::Running) << ctx << n->name;
        const protocol::ChildSubnet* c = n->parent->gateway().child(n->id);
        ASSERT_NE(c, nullptr) << ctx << n->name;
        // Nothing in flight any more: the subnet holds exactly what its parent locked for it.
        EXPECT_EQ(n->chain->state().totalSupply(), c->circSupply) << ctx << n->name;
        EXPECT_TRUE(n->gateway().pendingBatches().empty()) << ctx << n->name;
        EXPECT_EQ(n->gateway().appliedTopDownNonce(), c->topDownNonce) << ctx << n->name;
        EXPECT_EQ(c->appliedBottomUpNonce, n->gateway().bottomUpNonce()) << ctx << n->name;
    }

    // Where every value went. Each request message is found by its (unique) value.
    std::map<U256, const MessageTrace*> byValue;
    std::size_t requests = 0;
    for (const auto& [id, t] : h.messages()) {
        if (t.envelope.kind == protocol::MsgKind::Result) {
            // A receipt travels only through live subnets here: none may be lost.
            EXPECT_EQ(t.stage, MessageStage::Delivered) << ctx << "receipt " << id.hex();
            EXPECT_FALSE(t.failure.has_value()) << ctx << "receipt " << id.hex();
            continue;
        }
        ++requests;
        EXPECT_EQ(t.results, 1u) << ctx << "message " << id.hex();
        EXPECT_EQ(t.stage, MessageStage::ReceiptReturned) << ctx << "message " << id.hex();
        EXPECT_TRUE(byValue.emplace(t.envelope.value, &t).second) << ctx << "value reused";
    }
    Ledger ledger;
    std::size_t included = 0;
    std::size_t dropped = 0;
    std::size_t carried = 0;
    for (const SentTx& tx : sent) {
        const SubnetNode& n = *h.node(tx.subnet);
        const chain::Receipt* r = receiptOf(n, tx.hash);
        if (tx.fate == Fate::Overdraw) {
            if (r == nullptr) {  // dropped by the node: fine, as long as it is gone for good
                EXPECT_FALSE(n.chain->mempool().contains(tx.hash)) << ctx << tx.what;
                ++dropped;
                continue;
            }
            // Never in the block that spent its funds: only after a top-up.
            EXPECT_GT(n.chain->findTx(tx.hash)->block, n.chain->findTx(tx.after)->block)
                << ctx << tx.what << " ran without the funds";
        }
        if (r == nullptr) {
            ADD_FAILURE() << ctx << tx.what << ": never included";
            continue;
        }
        ++included;
        ledger.debit(tx.subnet, tx.from, feeOf(*r));
        if (tx.fate == Fate::Reverted) {
            EXPECT_FALSE(r->success) << ctx << tx.what;
            continue;
        }
        EXPECT_TRUE(r->success) << ctx << tx.what << ": " << r->revertReason;
        if (!r->success)
            continue;
        ledger.debit(tx.subnet, tx.from, tx.value);
        if (tx.fate == Fate::Local || tx.fate == Fate::Overdraw) {
            ledger.credit(tx.subnet, tx.dest.raw, tx.value);
            continue;
        }
        auto it = byValue.find(tx.value);
        if (it == byValue.end()) {
            ADD_FAILURE() << ctx << tx.what << ": no message carries its value";
            continue;
        }
        ++carried;
        const MessageTrace& t = *it->second;
        EXPECT_EQ(t.envelope.from, (protocol::IpcAddress{tx.subnet, tx.from})) << ctx << tx.what;
        EXPECT_EQ(t.envelope.to, tx.dest) << ctx << tx.what;
        if (tx.fate == Fate::Refunded) {
            EXPECT_EQ(t.failure, protocol::XnetFailure::DstSubnet) << ctx << tx.what;
            ledger.credit(tx.subnet, tx.from, tx.value);
        } else {
            EXPECT_FALSE(t.failure.has_value()) << ctx << tx.what;
            ledger.credit(tx.dest.subnet, tx.dest.raw, tx.value);
        }
    }
    EXPECT_EQ(carried, requests) << ctx << "a message that no transaction sent";
    EXPECT_EQ(included + dropped, sent.size()) << ctx;
    for (const SubnetNode* n : all) {  // relayers keep submitting: only user transactions count
        for (const auto& tx : n->chain->mempool().all()) {
            EXPECT_TRUE(tx->system) << ctx << n->name << ": transaction " << tx->hash.hex()
                                    << " from " << tx->sender.toChecksumHex() << " is stuck";
        }
    }
    EXPECT_GT(rejected, 0u) << ctx;
    for (const SubnetNode* n : all) {
        for (const auto& a : tracked) {
            EXPECT_EQ(n->chain->state().balance(a), ledger.expected(n->id, a, genesis[n->id][a]))
                << ctx << n->name << " " << a.toChecksumHex();
        }
    }
    // What this seed exercised (in the XML report with --gtest_output=xml).
    std::size_t earlyCuts = 0;  // full batches cut before their epoch
    for (const SubnetNode* n : subnets) {
        for (const auto& [height, rec] : n->gateway().recentCheckpoints()) {
            earlyCuts += height % n->gateway().params().bottomUpCheckPeriod != 0 ? 1 : 0;
        }
    }
    ::testing::Test::RecordProperty("transactions", static_cast<int>(sent.size()));
    ::testing::Test::RecordProperty("messages", static_cast<int>(requests));
    ::testing::Test::RecordProperty("refused", static_cast<int>(rejected));
    ::testing::Test::RecordProperty("halts", static_cast<int>(halts));
    ::testing::Test::RecordProperty("early_cuts", static_cast<int>(earlyCuts));
    ::testing::Test::RecordProperty(
        "overdraws", static_cast<int>(std::count_if(sent.begin(), sent.end(), [](const SentTx& t) {
            return t.fate == Fate::Overdraw;
        })));
}

class Storm : public ::testing::TestWithParam<std::uint64_t> {};

TEST_P(Storm, ConservesSupplyAndAnswersEveryMessage) {
    StormConfig cfg;
    cfg.seed = GetParam();
    runStorm(cfg);
}

INSTANTIATE_TEST_SUITE_P(Seeds, Storm, ::testing::Range<std::uint64_t>(1, 33));

// The dedicated test where half a subnet's validators may be offline at once: subnets halt in
// the middle of the storm, messages wait, and everything drains once they are back.
class HaltingStorm : public ::testing::TestWithParam<std::uint64_t> {};

TEST_P(HaltingStorm, HaltedSubnetsDrainAfterRecovery) {
    StormConfig cfg;
    cfg.seed = GetParam();
    cfg.maxOfflinePerSubnet = 2;
    runStorm(cfg);
}

INSTANTIATE_TEST_SUITE_P(Seeds, HaltingStorm, ::testing::Range<std::uint64_t>(101, 109));

// ============================================================================ single subnet

class SingleSubnet : public ::testing::Test {
protected:
    SingleSubnet() : h(builtinTemplate("single")), alpha(*h.nodeByName("alpha")) {}

    const EthAddress& account(std::size_t i) const { return h.accounts()[i].address; }
    const protocol::SubnetActor& actor() const { return *alpha.actor(); }

    // Every account's balance and nonce in the root and in alpha, and both subnets' IPC state.
    struct Frozen {
        std::vector<std::pair<U256, std::uint64_t>> root;
        std::vector<std::pair<U256, std::uint64_t>> alpha;
        std::string rootIpc;
        std::string alphaIpc;
    };
    Frozen freeze() const {
        Frozen f;
        for (const auto& a : h.accounts()) {
            f.root.emplace_back(h.root().chain->state().balance(a.address),
                                h.root().chain->state().nonce(a.address));
            f.alpha.emplace_back(alpha.chain->state().balance(a.address),
                                 alpha.chain->state().nonce(a.address));
        }
        f.rootIpc = ipcState(h.root());
        f.alphaIpc = ipcState(alpha);
        return f;
    }
    // Nothing changed but the fee and nonce of the sender of `r` (account `sender` in `where`);
    // `r` null: nothing changed at all.
    void expectUntouched(const Frozen& before, const SubnetNode& where, std::size_t sender,
                         const chain::Receipt* r) const {
        Frozen want = before;
        if (r != nullptr) {
            auto& acc = (&where == &h.root() ? want.root : want.alpha)[sender];
            acc.first -= feeOf(*r);
            acc.second += 1;
        }
        const Frozen now = freeze();
        for (std::size_t i = 0; i < want.root.size(); ++i) {
            EXPECT_EQ(now.root[i].first, want.root[i].first) << "root balance of account " << i;
            EXPECT_EQ(now.root[i].second, want.root[i].second) << "root nonce of account " << i;
            EXPECT_EQ(now.alpha[i].first, want.alpha[i].first) << "alpha balance of account " << i;
            EXPECT_EQ(now.alpha[i].second, want.alpha[i].second) << "alpha nonce of account " << i;
        }
        EXPECT_EQ(now.rootIpc, want.rootIpc);
        EXPECT_EQ(now.alphaIpc, want.alphaIpc);
    }

    Hierarchy h;
    const SubnetNode& alpha;
};

// Rejections run with alpha's relayer stopped, so the root's IPC state only moves when a test
// transaction moves it.
class Rejections : public SingleSubnet {
protected:
    Rejections() {
        h.setRelayer(alpha.id, false);
        h.runUntil(2'500);
    }
};

TEST_F(Rejections, JoinWithSomeoneElsesPublicKeyFails) {
    const Frozen before = freeze();
    const auto otherKey = h.keyFor(account(4))->publicKey().uncompressed();
    const Hash32 tx = h.send(h.root().id, account(3), actor().address(), U256(10) * kFil,
                             joinCall(otherKey, U256(10) * kFil));
    const chain::Receipt* r = waitForReceipt(h, h.root(), tx);
    ASSERT_NE(r, nullptr);
    EXPECT_FALSE(r->success);
    EXPECT_TRUE(hasSubstr(r->revertReason, "does not belong to the sender"));
    EXPECT_TRUE(hasSubstr(r->revertReason, account(3).toChecksumHex()));
    expectUntouched(before, h.root(), 3, r);
    EXPECT_EQ(actor().validators().count(account(3)), 0u);
    expectInvariants(h);
}

TEST_F(Rejections, ReleaseAboveBalanceIsRefusedByTheMempool) {
    const Frozen before = freeze();
    const std::size_t pool = alpha.chain->mempool().size();
    const U256 balance = alpha.chain->state().balance(account(2));
    EXPECT_EQ(balance, U256(1000) * kFil);
    try {
        h.release(alpha.id, account(2), account(2), balance + U256(1));
        ADD_FAILURE() << "a release above the balance was accepted";
    } catch (const chain::TxRejected& e) {
        EXPECT_TRUE(hasSubstr(std::string(e.what()), "insufficient funds"));
    }
    EXPECT_EQ(alpha.chain->mempool().size(), pool);
    h.runUntil(h.now() + 15'000);  // a checkpoint is cut in between: it carries nothing
    expectUntouched(before, alpha, 2, nullptr);
    for (const auto& [height, rec] : alpha.gateway().recentCheckpoints()) {
        EXPECT_TRUE(rec.checkpoint.msgs.empty()) << "checkpoint " << height;
    }
    expectInvariants(h);
}

TEST_F(Rejections, FundToUnregisteredSubnetFails) {
    const Frozen before = freeze();
    const SubnetId nowhere =
        h.root().id.child(crypto::PrivateKey::deterministic(404, 0).ethAddress());
    const Hash32 tx = h.fund(nowhere, account(1), account(1), U256(5) * kFil);
    const chain::Receipt* r = waitForReceipt(h, h.root(), tx);
    ASSERT_NE(r, nullptr);
    EXPECT_FALSE(r->success);
    EXPECT_TRUE(hasSubstr(r->revertReason, "DstSubnet"));
    expectUntouched(before, h.root(), 1, r);
    EXPECT_EQ(h.root().gateway().child(alpha.id)->circSupply, alpha.chain->state().totalSupply());
    EXPECT_TRUE(h.messages().empty());
    expectInvariants(h);
}

TEST_F(Rejections, KillWithValidatorsStillThereFails) {
    const Frozen before = freeze();
    const Hash32 tx =
        h.send(h.root().id, account(0), actor().address(), U256{}, noArgCall(protocol::sig::kKill));
    const chain::Receipt* r = waitForReceipt(h, h.root(), tx);
    ASSERT_NE(r, nullptr);
    EXPECT_FALSE(r->success);
    EXPECT_TRUE(hasSubstr(r->revertReason, "still has validators"));
    expectUntouched(before, h.root(), 0, r);
    EXPECT_FALSE(actor().killed());
    h.runUntil(h.now() + 5'000);
    EXPECT_EQ(alpha.status, SubnetStatus::Running);
    expectInvariants(h);
}

TEST_F(Rejections, ForgedCheckpointsAreRejectedAndAValidOneFromAnyoneIsAccepted) {
    // Checkpoints 10 and 20 cut and signed by all four validators, none submitted.
    ASSERT_TRUE(h.runUntilCondition(
        [&] {
            const auto* c = alpha.gateway().recentCheckpoint(20);
            return c != nullptr && c->signatures.size() == 4;
        },
        60'000));
    const protocol::CheckpointRecord& rec10 = *alpha.gateway().recentCheckpoint(10);
    const protocol::CheckpointRecord& rec20 = *alpha.gateway().recentCheckpoint(20);
    ASSERT_EQ(rec10.stage, protocol::CheckpointStage::Quorum);
    ASSERT_EQ(rec10.membership.size(), 4u);
    EXPECT_EQ(actor().lastBottomUpCheckpointHeight(), 0u);

    std::vector<EthAddress> members;  // sorted ascending (the membership is kept sorted)
    for (const auto& m : rec10.membership)
        members.push_back(m.addr);
    ASSERT_TRUE(std::is_sorted(members.begin(), members.end()));
    auto signAll = [&](const Hash32& digest, const std::vector<EthAddress>& who) {
        std::vector<crypto::Signature> out;
        for (const auto& a : who)
            out.push_back(h.keyFor(a)->sign(digest));
        return out;
    };

    const std::size_t submitter = 7;  // an ordinary account, not the relayer
    auto submit = [&](const protocol::BottomUpCheckpoint& cp, const std::vector<EthAddress>& who,
                      const std::vector<crypto::Signature>& sigs) -> const chain::Receipt* {
        const Hash32 tx = h.send(h.root().id, account(submitter), actor().address(), U256{},
                                 submitCheckpointCall(cp, who, sigs));
        return waitForReceipt(h, h.root(), tx);
    };
    auto expectRejected = [&](const std::string& name, const protocol::BottomUpCheckpoint& cp,
                              const std::vector<EthAddress>& who,
                              const std::vector<crypto::Signature>& sigs, const std::string& why) {
        SCOPED_TRACE(name);
        const Frozen before = freeze();
        const std::uint64_t last = actor().lastBottomUpCheckpointHeight();
        const chain::Receipt* r = submit(cp, who, sigs);
        ASSERT_NE(r, nullptr);
        EXPECT_FALSE(r->success);
        EXPECT_TRUE(hasSubstr(r->revertReason, why));
        expectUntouched(before, h.root(), submitter, r);
        EXPECT_EQ(actor().lastBottomUpCheckpointHeight(), last);
    };

    const auto good = signAll(rec10.hash, members);
    {
        auto sigs = good;
        sigs[1] = h.keyFor(members[2])->sign(rec10.hash);  // made by another validator
        expectRejected(
            "bad signature", rec10.checkpoint, members, sigs,
            "InvalidSignatureErr: signature 1 was not made by " + members[1].toChecksumHex());
    }
    {
        auto sigs = good;
        sigs[0] = h.keyFor(members[0])->sign(rec20.hash);  // signs another checkpoint
        expectRejected("signature over another checkpoint", rec10.checkpoint, members, sigs,
                       "InvalidSignatureErr: signature 0");
    }
    {
        auto cp = rec10.checkpoint;
        cp.blockHash.bytes[0] ^= 1;  // the validators signed something else
        expectRejected("tampered checkpoint", cp, members, good, "InvalidSignatureErr");
    }
    {
        // 2 of 4 equal validators: 20000 of 40000 < floor(40000 * 67 / 100) = 26800.
        const std::vector<EthAddress> two{members[0], members[1]};
        expectRejected("insufficient quorum", rec10.checkpoint, two, signAll(rec10.hash, two),
                       "InvalidSignatureErr: weight 20000 of 40000 is below 67%");
    }
    {
        std::vector<EthAddress> rev(members.rbegin(), members.rend());
        expectRejected("unsorted signatories", rec10.checkpoint, rev, signAll(rec10.hash, rev),
                       "SignatureAddressesNotSorted");
    }
    {
        const std::vector<EthAddress> dup{members[0], members[0], members[1], members[2]};
        expectRejected("duplicate signatories", rec10.checkpoint, dup, signAll(rec10.hash, dup),
                       "DuplicateValidatorSignaturesFound");
    }
    {
        std::vector<EthAddress> who{members[0], members[1], members[2], account(5)};
        std::sort(who.begin(), who.end());
        std::vector<crypto::Signature> sigs;
        for (const auto& a : who)
            sigs.push_back(h.keyFor(a)->sign(rec10.hash));
        expectRejected("signatory that is no validator", rec10.checkpoint, who, sigs,
                       "NotValidator: " + account(5).toChecksumHex());
    }
    expectRejected("wrong height (future)", rec20.checkpoint, members, signAll(rec20.hash, members),
                   "CannotSubmitFutureCheckpoint: expected height 10, got 20");
    expectRejected("no signatures", rec10.checkpoint, {}, {}, "InvalidSignatureErr");
    {
        // Properly signed, but at a height that is no epoch while the batch is not full.
        auto cp = rec10.checkpoint;
        cp.blockHeight = 5;
        expectRejected("height that is no epoch", cp, members,
                       signAll(protocol::checkpointHash(cp), members),
                       "InvalidCheckpointEpoch: height 5");
    }
    {
        auto cp = rec10.checkpoint;
        cp.subnet = h.root().id.child(crypto::PrivateKey::deterministic(404, 1).ethAddress());
        expectRejected("checkpoint of another subnet", cp, members,
                       signAll(protocol::checkpointHash(cp), members),
                       "checkpoint is for " + cp.subnet.toString());
    }

    // The genuine checkpoint, signed by 3 of 4 (30000 >= 26800), from an ordinary account.
    const std::vector<EthAddress> three{members[0], members[1], members[3]};
    const chain::Receipt* ok = submit(rec10.checkpoint, three, signAll(rec10.hash, three));
    ASSERT_NE(ok, nullptr);
    EXPECT_TRUE(ok->success) << ok->revertReason;
    EXPECT_EQ(actor().lastBottomUpCheckpointHeight(), 10u);
    EXPECT_EQ(alpha.gateway().recentCheckpoint(10)->stage, protocol::CheckpointStage::Executed);
    expectRejected("already submitted", rec10.checkpoint, members, good,
                   "BottomUpCheckpointAlreadySubmitted");

    h.setRelayer(alpha.id, true);
    ASSERT_TRUE(h.runUntilCondition([&] { return actor().lastBottomUpCheckpointHeight() >= 40; },
                                    h.now() + 60'000));
    expectInvariants(h);
}

TEST_F(Rejections, FutureNonceWaitsForTheGapToFill) {
    const crypto::PrivateKey key = *h.keyFor(account(6));
    const EthAddress to = crypto::PrivateKey::deterministic(606, 0).ethAddress();
    const std::uint64_t n0 = alpha.chain->state().nonce(account(6));
    const U256 start = alpha.chain->state().balance(account(6));

    const Hash32 later =
        h.submit(alpha.id, transferWithNonce(alpha, key, n0 + 1, to, U256(2) * kFil));
    h.runUntil(h.now() + 5'000);
    EXPECT_FALSE(alpha.chain->findTx(later).has_value());
    EXPECT_TRUE(alpha.chain->mempool().contains(later));
    EXPECT_EQ(alpha.chain->state().nonce(account(6)), n0);
    EXPECT_EQ(alpha.chain->mempool().pendingNonce(account(6), n0), n0);
    EXPECT_EQ(alpha.chain->state().balance(to), U256{});

    const Hash32 first = h.submit(alpha.id, transferWithNonce(alpha, key, n0, to, U256(1) * kFil));
    const chain::Receipt* r1 = waitForReceipt(h, alpha, first);
    const chain::Receipt* r2 = waitForReceipt(h, alpha, later);
    ASSERT_NE(r1, nullptr);
    ASSERT_NE(r2, nullptr);
    EXPECT_TRUE(r1->success);
    EXPECT_TRUE(r2->success);
    const auto l1 = *alpha.chain->findTx(first);
    const auto l2 = *alpha.chain->findTx(later);
    EXPECT_EQ(l1.block, l2.block);  // the gap filled: both in the next block, in nonce order
    EXPECT_LT(l1.index, l2.index);
    EXPECT_EQ(alpha.chain->state().nonce(account(6)), n0 + 2);
    EXPECT_EQ(alpha.chain->state().balance(to), U256(3) * kFil);
    EXPECT_EQ(alpha.chain->state().balance(account(6)),
              start - U256(3) * kFil - feeOf(*r1) - feeOf(*r2));
    EXPECT_FALSE(alpha.chain->mempool().contains(later));

    // The same nonce again is refused and changes nothing.
    const Frozen before = freeze();
    EXPECT_THROW(h.submit(alpha.id, transferWithNonce(alpha, key, n0, to, U256(1) * kFil)),
                 chain::TxRejected);
    expectUntouched(before, alpha, 6, nullptr);
    expectInvariants(h);
}

// ============================================================================ membership

TEST_F(SingleSubnet, ValidatorJoinsAndLeavesThroughCheckpoints) {
    const std::size_t idx = 5;
    const EthAddress joiner = account(idx);
    const auto pub = h.keyFor(joiner)->publicKey().uncompressed();
    const U256 collateral = U256(10) * kFil;
    const std::uint64_t period = alpha.gateway().params().bottomUpCheckPeriod;
    h.runUntil(2'500);

    // Which alpha block executed each parent finality.
    std::map<std::uint64_t, std::uint64_t> finalityAt;  // parent height -> alpha height
    auto sub = h.events().subscribe([&](const Event& e) {
        if (const auto* f = std::get_if<FinalityEvent>(&e); f != nullptr && f->subnet == alpha.id) {
            finalityAt.emplace(f->parentHeight, f->height);
        }
    });

    const U256 stakeBefore = h.root().gateway().child(alpha.id)->stake;
    EXPECT_EQ(stakeBefore, U256(40) * kFil);
    const Hash32 joinTx =
        h.send(h.root().id, joiner, actor().address(), collateral, joinCall(pub, collateral));
    const chain::Receipt* jr = waitForReceipt(h, h.root(), joinTx);
    ASSERT_NE(jr, nullptr);
    ASSERT_TRUE(jr->success) << jr->revertReason;
    const std::uint64_t joinHeight = h.root().chain->findTx(joinTx)->block;

    // Queued in the parent under configuration number 1; collateral locked, not yet confirmed.
    ASSERT_EQ(actor().queuedChanges().size(), 1u);
    EXPECT_EQ(actor().queuedChanges()[0].change.configurationNumber, 1u);
    EXPECT_EQ(actor().queuedChanges()[0].change.validator, joiner);
    EXPECT_EQ(actor().queuedChanges()[0].change.newCollateral, collateral);
    EXPECT_EQ(actor().queuedChanges()[0].parentHeight, joinHeight);
    EXPECT_EQ(actor().nextConfigurationNumber(), 2u);
    EXPECT_EQ(actor().validators().at(joiner).confirmed, U256{});
    EXPECT_EQ(actor().validators().at(joiner).pending, collateral);
    EXPECT_EQ(actor().activeMembers().size(), 4u);
    EXPECT_EQ(h.root().gateway().child(alpha.id)->stake, stakeBefore + collateral);
    EXPECT_EQ(alpha.gateway().membershipConfigurationNumber(), 0u);

    // Top-down finality carries it into alpha; the next checkpoint cut applies it.
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return finalityAt.lower_bound(joinHeight) != finalityAt.end(); }, h.now() + 30'000));
    const std::uint64_t learnedAt = finalityAt.lower_bound(joinHeight)->second;
    const std::uint64_t applyCut = (learnedAt + period - 1) / period * period;
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return alpha.gateway().recentCheckpoint(applyCut) != nullptr; }, h.now() + 30'000));
    for (const auto& [height, rec] : alpha.gateway().recentCheckpoints()) {
        EXPECT_EQ(rec.checkpoint.nextConfigurationNumber, height < applyCut ? 1u : 2u)
            << "checkpoint " << height;
    }
    const protocol::CheckpointRecord& cut = *alpha.gateway().recentCheckpoint(applyCut);
    EXPECT_EQ(cut.membership.size(), 4u);  // the old configuration signs the change
    EXPECT_EQ(alpha.gateway().membershipConfigurationNumber(), 1u);
    ASSERT_EQ(alpha.gateway().membership().size(), 5u);
    // Block production takes the new set one block after the cut (like CometBFT's delayed
    // validator updates), so the outgoing set still carries its checkpoint signatures.
    EXPECT_EQ(alpha.chain->validators().size(), 4u);
    ASSERT_TRUE(
        h.runUntilCondition([&] { return alpha.chain->height() > applyCut; }, h.now() + 10'000));
    EXPECT_EQ(alpha.chain->validators().size(), 5u);
    ASSERT_NE(alpha.chain->validators().find(joiner), nullptr);
    EXPECT_TRUE(alpha.chain->validators().find(joiner)->online);

    // Confirmed in the parent exactly when that checkpoint is accepted.
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return actor().lastBottomUpCheckpointHeight() >= applyCut - period; },
        h.now() + 60'000));
    if (actor().lastBottomUpCheckpointHeight() < applyCut) {
        EXPECT_EQ(actor().validators().at(joiner).confirmed, U256{});
    }
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return actor().lastBottomUpCheckpointHeight() >= applyCut; }, h.now() + 60'000));
    EXPECT_EQ(actor().validators().at(joiner).confirmed, collateral);
    EXPECT_TRUE(actor().queuedChanges().empty());
    EXPECT_EQ(actor().activeMembers().size(), 5u);

    // The new validator signs the next checkpoint and counts in the parent's quorum.
    const std::uint64_t nextCut = applyCut + period;
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return actor().lastBottomUpCheckpointHeight() >= nextCut; }, h.now() + 60'000));
    const protocol::CheckpointRecord& signedByFive = *alpha.gateway().recentCheckpoint(nextCut);
    EXPECT_EQ(signedByFive.membership.size(), 5u);
    EXPECT_EQ(signedByFive.totalWeight, 50'000u);
    EXPECT_TRUE(std::any_of(signedByFive.signatures.begin(), signedByFive.signatures.end(),
                            [&](const auto& s) { return s.signer == joiner; }));

    // Leaving: queued as configuration 2, collateral claimable only once confirmed.
    const Hash32 leaveTx =
        h.send(h.root().id, joiner, actor().address(), U256{}, noArgCall(protocol::sig::kLeave));
    const chain::Receipt* lr = waitForReceipt(h, h.root(), leaveTx);
    ASSERT_NE(lr, nullptr);
    ASSERT_TRUE(lr->success) << lr->revertReason;
    ASSERT_EQ(actor().queuedChanges().size(), 1u);
    EXPECT_EQ(actor().queuedChanges()[0].change.configurationNumber, 2u);
    EXPECT_EQ(actor().queuedChanges()[0].change.newCollateral, U256{});
    EXPECT_EQ(actor().validators().at(joiner).confirmed, collateral);
    EXPECT_EQ(actor().validators().at(joiner).pending, U256{});
    EXPECT_EQ(actor().claimable(joiner), U256{});

    const Hash32 earlyClaim =
        h.send(h.root().id, joiner, actor().address(), U256{}, noArgCall(protocol::sig::kClaim));
    const chain::Receipt* ec = waitForReceipt(h, h.root(), earlyClaim);
    ASSERT_NE(ec, nullptr);
    EXPECT_FALSE(ec->success);
    EXPECT_TRUE(hasSubstr(ec->revertReason, "nothing to claim"));

    ASSERT_TRUE(h.runUntilCondition([&] { return actor().validators().count(joiner) == 0; },
                                    h.now() + 120'000));
    EXPECT_EQ(actor().claimable(joiner), collateral);
    EXPECT_EQ(h.root().gateway().child(alpha.id)->stake, stakeBefore);
    EXPECT_EQ(alpha.gateway().membershipConfigurationNumber(), 2u);
    EXPECT_EQ(alpha.gateway().membership().size(), 4u);
    EXPECT_EQ(alpha.chain->validators().find(joiner), nullptr);
    EXPECT_EQ(actor().activeMembers().size(), 4u);

    const U256 beforeClaim = h.root().chain->state().balance(joiner);
    const Hash32 claimTx =
        h.send(h.root().id, joiner, actor().address(), U256{}, noArgCall(protocol::sig::kClaim));
    const chain::Receipt* cr = waitForReceipt(h, h.root(), claimTx);
    ASSERT_NE(cr, nullptr);
    ASSERT_TRUE(cr->success) << cr->revertReason;
    EXPECT_EQ(h.root().chain->state().balance(joiner), beforeClaim + collateral - feeOf(*cr));
    EXPECT_EQ(actor().claimable(joiner), U256{});

    // Alpha keeps checkpointing with the four original validators.
    const std::uint64_t last = actor().lastBottomUpCheckpointHeight();
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return actor().lastBottomUpCheckpointHeight() >= last + 2 * period; },
        h.now() + 60'000));
    expectInvariants(h);
}

// ============================================================================ runtime subnets

protocol::SubnetParams gammaParams() {
    protocol::SubnetParams p;
    p.bottomUpCheckPeriod = 10;
    p.minValidators = 4;
    p.minActivationCollateral = U256(40) * kFil;
    p.blockTimeMs = 1000;
    return p;
}

// All validators leave, their departure is confirmed by a checkpoint, then the subnet is killed
// and every validator claims its collateral back. Nothing was ever funded into the subnet, so
// its circulating supply is already zero (fees paid inside a subnet would stay there for good).
void leaveAndKill(Hierarchy& h, const SubnetNode& parent, const SubnetNode& child) {
    const protocol::SubnetActor& a = *child.actor();
    const EthAddress actorAddr = a.address();
    ASSERT_TRUE(parent.gateway().child(child.id)->circSupply.isZero());
    std::map<EthAddress, U256> collateral;
    for (const auto& [addr, v] : a.validators())
        collateral[addr] = v.confirmed;
    ASSERT_EQ(collateral.size(), 4u);

    std::vector<Hash32> leaves;
    for (const auto& [addr, c] : collateral) {
        leaves.push_back(
            h.send(parent.id, addr, actorAddr, U256{}, noArgCall(protocol::sig::kLeave)));
    }
    for (const auto& tx : leaves) {
        const chain::Receipt* r = waitForReceipt(h, parent, tx);
        ASSERT_NE(r, nullptr);
        EXPECT_TRUE(r->success) << r->revertReason;
    }
    EXPECT_EQ(a.queuedChanges().size(), 4u);

    // Too early: the departures are queued, not confirmed.
    const EthAddress killer = h.accounts()[0].address;
    const Hash32 early =
        h.send(parent.id, killer, actorAddr, U256{}, noArgCall(protocol::sig::kKill));
    const chain::Receipt* er = waitForReceipt(h, parent, early);
    ASSERT_NE(er, nullptr);
    EXPECT_FALSE(er->success);
    EXPECT_TRUE(hasSubstr(er->revertReason, "still has validators"));

    // The checkpoint that applies the departures is signed by the outgoing validators and
    // confirms them in the parent.
    ASSERT_TRUE(h.runUntilCondition([&] { return a.validators().empty(); }, h.now() + 120'000))
        << "departures never confirmed; child " << toString(child.status) << " at height "
        << child.chain->height() << ", last accepted checkpoint "
        << a.lastBottomUpCheckpointHeight();
    EXPECT_TRUE(a.queuedChanges().empty());
    EXPECT_TRUE(parent.gateway().child(child.id)->stake.isZero());
    for (const auto& [addr, c] : collateral)
        EXPECT_EQ(a.claimable(addr), c);

    const Hash32 killTx =
        h.send(parent.id, killer, actorAddr, U256{}, noArgCall(protocol::sig::kKill));
    const chain::Receipt* kr = waitForReceipt(h, parent, killTx);
    ASSERT_NE(kr, nullptr);
    ASSERT_TRUE(kr->success) << kr->revertReason;
    EXPECT_TRUE(a.killed());
    EXPECT_TRUE(parent.gateway().child(child.id)->killed);
    EXPECT_EQ(child.status, SubnetStatus::Killed);
    const std::uint64_t frozenAt = child.chain->height();

    for (const auto& [addr, c] : collateral) {
        const U256 before = parent.chain->state().balance(addr);
        const Hash32 tx =
            h.send(parent.id, addr, actorAddr, U256{}, noArgCall(protocol::sig::kClaim));
        const chain::Receipt* r = waitForReceipt(h, parent, tx);
        ASSERT_NE(r, nullptr);
        ASSERT_TRUE(r->success) << r->revertReason;
        EXPECT_EQ(parent.chain->state().balance(addr), before + c - feeOf(*r));
    }
    EXPECT_TRUE(parent.chain->state().balance(actorAddr).isZero());
    h.runUntil(h.now() + 20'000);
    EXPECT_EQ(child.chain->height(), frozenAt);
    EXPECT_THROW(h.send(child.id, killer, killer, U256(1)), chain::TxRejected);
}

TEST(RuntimeSubnet, CreateSubnetBootstrapsChecksInAndIsKilled) {
    Hierarchy h(builtinTemplate("single"));
    const SubnetNode& alpha = *h.nodeByName("alpha");
    h.runUntil(3'000);
    NewSubnet spec;
    spec.parent = alpha.id;
    spec.name = "gamma";
    spec.params = gammaParams();
    spec.validators = 4;
    spec.collateral = TokenAmount::fromWhole(10);
    const SubnetId id = h.createSubnet(spec);
    EXPECT_EQ(*id.parent(), alpha.id);
    ASSERT_TRUE(h.runUntilCondition([&] { return h.node(id) != nullptr; }, h.now() + 30'000));
    const SubnetNode& gamma = *h.node(id);
    EXPECT_EQ(gamma.name, "gamma");
    EXPECT_EQ(gamma.parent, &alpha);
    EXPECT_EQ(gamma.chain->validators().size(), 4u);
    EXPECT_TRUE(gamma.actor()->bootstrapped());
    EXPECT_EQ(alpha.gateway().child(id)->stake, U256(40) * kFil);
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return gamma.actor()->lastBottomUpCheckpointHeight() >= 30; }, h.now() + 60'000));
    EXPECT_GE(gamma.chain->height(), 30u);
    expectInvariants(h);
    leaveAndKill(h, alpha, gamma);
    expectInvariants(h);
}

// What createSubnet does, as separate transactions: the registry call, the validators' gas and
// collateral from a funder, then their joins once the money is there.
SubnetId createThroughTransactions(Hierarchy& h, const SubnetNode& parent, std::uint64_t seed) {
    const EthAddress funder = h.accounts()[0].address;
    const EthAddress actorAddr =
        protocol::createAddress(protocol::registryAddress(), parent.contracts->registryNonce());
    const SubnetId id = parent.id.child(actorAddr);
    const U256 collateral = U256(10) * kFil;
    const Hash32 created = h.send(parent.id, funder, protocol::registryAddress(), U256{},
                                  newSubnetActorCall(gammaParams()));
    std::vector<crypto::PrivateKey> keys;
    std::vector<Hash32> funded;
    for (std::uint64_t i = 0; i < 4; ++i) {
        keys.push_back(crypto::PrivateKey::deterministic(seed, i));
        h.addKey(keys.back());
        funded.push_back(h.send(parent.id, funder, keys.back().ethAddress(), collateral + kFil));
    }
    const chain::Receipt* cr = waitForReceipt(h, parent, created);
    EXPECT_TRUE(cr != nullptr && cr->success);
    for (const auto& tx : funded)
        EXPECT_NE(waitForReceipt(h, parent, tx), nullptr);
    for (const auto& k : keys) {
        h.send(parent.id, k.ethAddress(), actorAddr, collateral,
               joinCall(k.publicKey().uncompressed(), collateral));
    }
    return id;
}

TEST(RuntimeSubnet, CreatedThroughTransactionsBootstrapsAndChecksIn) {
    Hierarchy h(builtinTemplate("single"));
    const SubnetNode& alpha = *h.nodeByName("alpha");
    h.runUntil(3'000);
    const SubnetId id = createThroughTransactions(h, alpha, 4242);
    const protocol::SubnetActor* a = alpha.contracts->actor(*id.actor());
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(*id.parent(), alpha.id);
    ASSERT_TRUE(h.runUntilCondition([&] { return h.node(id) != nullptr; }, h.now() + 30'000));
    const SubnetNode& gamma = *h.node(id);
    EXPECT_TRUE(a->bootstrapped());
    EXPECT_EQ(gamma.parent, &alpha);
    EXPECT_EQ(gamma.chain->validators().size(), 4u);
    EXPECT_EQ(gamma.gateway().membership().size(), 4u);
    EXPECT_EQ(alpha.gateway().child(id)->stake, U256(40) * kFil);
    EXPECT_TRUE(alpha.gateway().child(id)->circSupply.isZero());
    EXPECT_EQ(gamma.chain->height(), 0u);

    ASSERT_TRUE(h.runUntilCondition([&] { return a->lastBottomUpCheckpointHeight() >= 30; },
                                    h.now() + 60'000));
    EXPECT_GE(gamma.chain->height(), 30u);
    EXPECT_EQ(gamma.status, SubnetStatus::Running);
    for (std::uint64_t cp = 10; cp <= 30; cp += 10) {
        ASSERT_NE(gamma.gateway().recentCheckpoint(cp), nullptr);
        EXPECT_EQ(gamma.gateway().recentCheckpoint(cp)->stage, protocol::CheckpointStage::Executed);
    }
    // Gamma follows alpha's finality and can be funded from alpha.
    const EthAddress to = crypto::PrivateKey::deterministic(4343, 0).ethAddress();
    h.fund(id, h.accounts()[2].address, to, U256(3) * kFil);
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return gamma.chain->state().balance(to) == U256(3) * kFil; }, h.now() + 30'000));
    expectInvariants(h);
}

TEST(RuntimeSubnet, KillAfterAllValidatorsLeave) {
    Hierarchy h(builtinTemplate("single"));
    const SubnetNode& alpha = *h.nodeByName("alpha");
    h.runUntil(3'000);
    const SubnetId id = createThroughTransactions(h, alpha, 4444);
    ASSERT_TRUE(h.runUntilCondition(
        [&] {
            const SubnetNode* g = h.node(id);
            return g != nullptr && g->actor()->lastBottomUpCheckpointHeight() >= 20;
        },
        h.now() + 60'000));
    leaveAndKill(h, alpha, *h.node(id));
    expectInvariants(h);
}

// ============================================================================ block time 0

TEST_F(SingleSubnet, BlockTimeZeroMinesOneBlockPerTransactionBatch) {
    h.runUntil(3'000);
    h.setBlockTime(alpha.id, 0);
    const std::uint64_t h0 = alpha.chain->height();
    EXPECT_EQ(h0, 3u);
    h.runUntil(13'000);
    EXPECT_EQ(alpha.chain->height(), h0);  // no transaction, no block
    EXPECT_GE(h.root().chain->height(), 13u);

    const EthAddress to = crypto::PrivateKey::deterministic(5050, 0).ethAddress();
    const Hash32 t1 = h.send(alpha.id, account(1), to, U256(1) * kFil);
    h.runUntil(h.now());  // the block is due right now
    EXPECT_EQ(alpha.chain->height(), h0 + 1);
    ASSERT_TRUE(alpha.chain->findTx(t1).has_value());
    EXPECT_EQ(alpha.chain->findTx(t1)->block, h0 + 1);
    EXPECT_EQ(alpha.chain->head().header.timestampMs, h.now());
    h.runUntil(h.now() + 5'000);
    EXPECT_EQ(alpha.chain->height(), h0 + 1);

    // Two transactions before the block runs share it.
    const Hash32 t2 = h.send(alpha.id, account(1), to, U256(1) * kFil);
    const Hash32 t3 = h.send(alpha.id, account(2), to, U256(1) * kFil);
    h.runUntil(h.now());
    EXPECT_EQ(alpha.chain->height(), h0 + 2);
    EXPECT_EQ(alpha.chain->findTx(t2)->block, h0 + 2);
    EXPECT_EQ(alpha.chain->findTx(t3)->block, h0 + 2);
    EXPECT_EQ(alpha.chain->state().balance(to), U256(3) * kFil);

    // A fund waits in the root until alpha produces a block that takes the parent finality.
    const EthAddress funded = crypto::PrivateKey::deterministic(5050, 1).ethAddress();
    const Hash32 f = h.fund(alpha.id, account(3), funded, U256(4) * kFil);
    ASSERT_NE(waitForReceipt(h, h.root(), f), nullptr);
    h.runUntil(h.now() + 3'000);
    EXPECT_EQ(alpha.chain->state().balance(funded), U256{});
    const std::uint64_t before = alpha.chain->height();
    h.mine(alpha.id, 1);
    EXPECT_EQ(alpha.chain->height(), before + 1);
    EXPECT_EQ(alpha.chain->state().balance(funded), U256(4) * kFil);

    // mine() produces blocks now, without advancing time; a checkpoint cut by mining is signed
    // in the next mined block and relayed to the root.
    const std::uint64_t t = h.now();
    const std::uint64_t target = (alpha.chain->height() / 10 + 1) * 10 + 1;
    h.mine(alpha.id, target - alpha.chain->height());
    EXPECT_EQ(alpha.chain->height(), target);
    EXPECT_EQ(h.now(), t);
    EXPECT_EQ(alpha.chain->head().header.timestampMs, t);
    ASSERT_NE(alpha.gateway().recentCheckpoint(target - 1), nullptr);
    EXPECT_EQ(alpha.gateway().recentCheckpoint(target - 1)->stage,
              protocol::CheckpointStage::Quorum);
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return alpha.actor()->lastBottomUpCheckpointHeight() >= 10; }, h.now() + 60'000));
    EXPECT_EQ(alpha.chain->height(), target);

    // Back to a block every 500 ms.
    h.setBlockTime(alpha.id, 500);
    const std::uint64_t resumed = alpha.chain->height();
    h.runUntil(h.now() + 5'000);
    EXPECT_EQ(alpha.chain->height(), resumed + 10);
    expectInvariants(h);
}

// ============================================================================ halts

TEST_F(SingleSubnet, TwoOfFourOfflineHaltsThenDrains) {
    h.runUntil(5'000);
    const auto vals = alpha.chain->validators().validators();
    ASSERT_EQ(vals.size(), 4u);
    h.setValidatorOnline(alpha.id, vals[0].address, false);
    h.setValidatorOnline(alpha.id, vals[2].address, false);
    h.runUntil(6'000);
    EXPECT_EQ(alpha.status, SubnetStatus::Halted);
    const std::uint64_t height = alpha.chain->height();
    const std::size_t cuts = alpha.gateway().recentCheckpoints().size();
    const std::uint64_t accepted = alpha.actor()->lastBottomUpCheckpointHeight();
    const std::uint64_t appliedTopDown = alpha.gateway().appliedTopDownNonce();

    // Messages both ways wait.
    const EthAddress down = crypto::PrivateKey::deterministic(6060, 0).ethAddress();
    const EthAddress up = crypto::PrivateKey::deterministic(6060, 1).ethAddress();
    const Hash32 fundTx = h.fund(alpha.id, account(1), down, U256(7) * kFil);
    const Hash32 releaseTx = h.release(alpha.id, account(2), up, U256(3) * kFil);
    h.runUntil(90'000);
    EXPECT_EQ(alpha.status, SubnetStatus::Halted);
    EXPECT_EQ(alpha.chain->height(), height);
    EXPECT_EQ(alpha.gateway().recentCheckpoints().size(), cuts);
    EXPECT_EQ(alpha.actor()->lastBottomUpCheckpointHeight(), accepted);
    EXPECT_EQ(alpha.gateway().appliedTopDownNonce(), appliedTopDown);
    EXPECT_NE(receiptOf(h.root(), fundTx), nullptr);  // the root is fine
    EXPECT_EQ(alpha.chain->state().balance(down), U256{});
    EXPECT_TRUE(alpha.chain->mempool().contains(releaseTx));
    EXPECT_EQ(h.root().chain->state().balance(up), U256{});
    ASSERT_EQ(h.messages().size(), 1u);
    EXPECT_EQ(h.messages().begin()->second.stage, MessageStage::CommittedTopDown);
    expectInvariants(h);

    h.setValidatorOnline(alpha.id, vals[0].address, true);
    h.setValidatorOnline(alpha.id, vals[2].address, true);
    ASSERT_TRUE(h.runUntilCondition(
        [&] {
            return alpha.chain->state().balance(down) == U256(7) * kFil &&
                   h.root().chain->state().balance(up) == U256(3) * kFil &&
                   everyMessageAnswered(h) && h.messages().size() == 4;
        },
        h.now() + 120'000));
    EXPECT_EQ(alpha.status, SubnetStatus::Running);
    EXPECT_GT(alpha.chain->height(), height);
    EXPECT_GT(alpha.actor()->lastBottomUpCheckpointHeight(), accepted);
    // The fund, then the receipt of the release coming back down.
    EXPECT_EQ(alpha.gateway().appliedTopDownNonce(), appliedTopDown + 2);
    expectInvariants(h);
}

}  // namespace
