// The hierarchy's state codec: the whole engine state saved and restored (snapshots build on it).
//
// Layout: "IPCSTATE" | format version (4 bytes, big-endian) | keccak256 of the payload |
// payload, one RLP list. The checksum turns a damaged file into one clear error before any
// field is read; the field-by-field reader then guards against a blob that is intact but
// was written by something else.
#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/ipc/state_codec.h"
#include "ipc/devnet/hierarchy.h"

namespace ipc::devnet {

using chain::StateReader;
using chain::StateWriter;

namespace {

constexpr std::string_view kMagic = "IPCSTATE";
constexpr std::size_t kHeaderSize = 8 + 4 + 32;

enum class TaskKind : std::uint8_t { None = 0, Block = 1, Relayer = 2 };

void encodeKey(StateWriter& w, const crypto::PrivateKey& k) {
    w.fixed(k.secret());
}

crypto::PrivateKey decodeKey(StateReader& r, const char* field) {
    const Hash32 secret = r.hash(field);
    try {
        return crypto::PrivateKey::fromBytes(secret.view());
    } catch (const Error& e) {
        r.fail(field, e.what());
    }
}

void encodeSpec(StateWriter& w, const SubnetSpec& s) {
    w.list([&](StateWriter& l) {
        l.text(s.name).u64(s.validators).u256(s.collateral.atto()).u256(s.prefund.atto());
        protocol::encodeSubnetParams(l, s.params);
        l.list([&](StateWriter& children) {
             for (const auto& c : s.children)
                 encodeSpec(children, c);
         }).u64(static_cast<std::uint64_t>(static_cast<std::int64_t>(s.line)));
    });
}

SubnetSpec decodeSpec(StateReader& r) {
    StateReader l = r.list("subnet spec");
    SubnetSpec s;
    s.name = l.text("name");
    s.validators = static_cast<std::uint32_t>(l.bounded("validators", UINT32_MAX));
    s.collateral = TokenAmount::fromAtto(l.u256("collateral"));
    s.prefund = TokenAmount::fromAtto(l.u256("prefund"));
    s.params = protocol::decodeSubnetParams(l, "params");
    StateReader children = l.list("children");
    while (!children.atEnd())
        s.children.push_back(decodeSpec(children));
    s.line = static_cast<int>(static_cast<std::int64_t>(l.u64("line")));
    l.finish();
    return s;
}

void encodeContractSpec(StateWriter& w, const ContractSpec& c) {
    w.list([&](StateWriter& l) {
        l.text(c.name).text(c.artifact).text(c.subnet).u64(c.deployer).u256(c.value.atto());
        l.list([&](StateWriter& args) {
            for (const ContractArg& a : c.args) {
                args.list([&](StateWriter& e) {
                    e.u64(static_cast<std::uint64_t>(a.kind))
                        .text(a.text)
                        .boolean(a.quoted)
                        .u64(a.account)
                        .u64(static_cast<std::uint64_t>(static_cast<std::int64_t>(a.line)));
                });
            }
        });
        l.u64(static_cast<std::uint64_t>(static_cast<std::int64_t>(c.line)));
    });
}

ContractSpec decodeContractSpec(StateReader& r) {
    StateReader l = r.list("contract spec");
    ContractSpec c;
    c.name = l.text("name");
    c.artifact = l.text("artifact");
    c.subnet = l.text("subnet");
    c.deployer = static_cast<std::uint32_t>(l.bounded("deployer", UINT32_MAX));
    c.value = TokenAmount::fromAtto(l.u256("value"));
    StateReader args = l.list("args");
    while (!args.atEnd()) {
        StateReader e = args.list("arg");
        ContractArg a;
        a.kind = static_cast<ContractArg::Kind>(
            e.bounded("kind", static_cast<std::uint64_t>(ContractArg::Kind::Account)));
        a.text = e.text("text");
        a.quoted = e.boolean("quoted");
        a.account = static_cast<std::uint32_t>(e.bounded("account", UINT32_MAX));
        a.line = static_cast<int>(static_cast<std::int64_t>(e.u64("line")));
        e.finish();
        c.args.push_back(std::move(a));
    }
    c.line = static_cast<int>(static_cast<std::int64_t>(l.u64("line")));
    l.finish();
    return c;
}

void encodeTopology(StateWriter& w, const Topology& t) {
    w.list([&](StateWriter& l) {
        l.text(t.name)
            .text(t.description)
            .u64(t.rootChainId)
            .u64(t.rootBlockTimeMs)
            .u64(t.rootValidators)
            .text(t.mnemonic)
            .u64(t.accounts)
            .u256(t.accountBalance.atto())
            .u64(t.chainHeadDelay)
            .u64(t.maxProposalRange)
            .u64(t.relayerPollMs)
            .u64(t.seed);
        l.list([&](StateWriter& subnets) {
            for (const auto& s : t.subnets)
                encodeSpec(subnets, s);
        });
        l.list([&](StateWriter& contracts) {
            for (const auto& c : t.contracts)
                encodeContractSpec(contracts, c);
        });
    });
}

Topology decodeTopology(StateReader& r) {
    StateReader l = r.list("topology");
    Topology t;
    t.name = l.text("name");
    t.description = l.text("description");
    t.rootChainId = l.u64("rootChainId");
    t.rootBlockTimeMs = l.u64("rootBlockTimeMs");
    t.rootValidators = static_cast<std::uint32_t>(l.bounded("rootValidators", UINT32_MAX));
    t.mnemonic = l.text("mnemonic");
    t.accounts = static_cast<std::uint32_t>(l.bounded("accounts", UINT32_MAX));
    t.accountBalance = TokenAmount::fromAtto(l.u256("accountBalance"));
    t.chainHeadDelay = l.u64("chainHeadDelay");
    t.maxProposalRange = l.u64("maxProposalRange");
    t.relayerPollMs = l.u64("relayerPollMs");
    t.seed = l.u64("seed");
    StateReader subnets = l.list("subnets");
    while (!subnets.atEnd())
        t.subnets.push_back(decodeSpec(subnets));
    if (!l.atEnd()) {  // a version 4 state ends here: no contracts were kept
        StateReader contracts = l.list("contracts");
        while (!contracts.atEnd())
            t.contracts.push_back(decodeContractSpec(contracts));
    }
    l.finish();
    return t;
}

void optHash(StateWriter& w, const std::optional<Hash32>& h) {
    w.optional(h, [](StateWriter& l, const Hash32& x) { l.fixed(x); });
}

std::optional<Hash32> optHash(StateReader& r, const char* field) {
    return r.optional(field, [field](StateReader& l) { return l.hash(field); });
}

void optTask(StateWriter& w, const std::optional<Scheduler::TaskId>& id) {
    w.optional(id, [](StateWriter& l, Scheduler::TaskId x) { l.u64(x); });
}

std::optional<Scheduler::TaskId> optTask(StateReader& r, const char* field) {
    return r.optional(field, [field](StateReader& l) -> Scheduler::TaskId { return l.u64(field); });
}

}  // namespace

// ---------------------------------------------------------------- save

Bytes Hierarchy::saveState() const {
    // Which node owns each pending task.
    std::map<Scheduler::TaskId, std::pair<TaskKind, std::size_t>> owners;
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
        if (nodes_[i]->nextBlock)
            owners[*nodes_[i]->nextBlock] = {TaskKind::Block, i};
        if (nodes_[i]->relayerTask)
            owners[*nodes_[i]->relayerTask] = {TaskKind::Relayer, i};
    }
    std::map<const SubnetNode*, std::size_t> index;
    for (std::size_t i = 0; i < nodes_.size(); ++i)
        index[nodes_[i].get()] = i;

    // Written in place, after room for the header: the whole state is one buffer, not one copy
    // per nesting level (it grows with the hierarchy's history and is saved on every flush).
    StateWriter payload;
    if (savedStateSize_ > 0)
        payload.reserve(savedStateSize_ + savedStateSize_ / 4 + 4096);
    encodeTopology(payload, topology_);
    payload.list([&](StateWriter& sched) {
        sched.u64(scheduler_.now()).u64(scheduler_.nextId());
        sched.list([&](StateWriter& entries) {
            for (const auto& p : scheduler_.pending()) {
                auto it = owners.find(p.id);
                TaskKind kind = TaskKind::None;
                std::size_t at = 0;
                if (it != owners.end() && !p.cancelled) {
                    kind = it->second.first;
                    at = it->second.second;
                } else if (!p.cancelled) {
                    throw Error("cannot save the hierarchy: task " + std::to_string(p.id) + " at " +
                                std::to_string(p.time) + " ms was not scheduled by the hierarchy");
                }
                entries.list([&](StateWriter& e) {
                    e.u64(p.time)
                        .u64(p.id)
                        .boolean(p.cancelled)
                        .u64(static_cast<std::uint64_t>(kind))
                        .u64(at);
                });
            }
        });
    });
    payload.list([&](StateWriter& accounts) {
        for (const auto& a : accounts_) {
            accounts.list([&](StateWriter& e) {
                e.text(a.label);
                encodeKey(e, a.key);
            });
        }
    });
    payload.list([&](StateWriter& keys) {
        for (const auto& [addr, k] : keys_)
            encodeKey(keys, k);
    });
    payload.list([&](StateWriter& nodes) {
        for (const auto& np : nodes_) {
            const SubnetNode& n = *np;
            nodes.list([&](StateWriter& l) {
                l.subnet(n.id).text(n.name).u64(n.parent == nullptr ? 0 : index.at(n.parent) + 1);
                l.list([&](StateWriter& contracts) {
                     n.contracts->encodeState(contracts);
                 }).list([&](StateWriter& chain) { n.chain->encodeState(chain); });
                l.u64(n.blockTimeMs)
                    .u64(static_cast<std::uint64_t>(n.status))
                    .boolean(n.relayerOn)
                    .u64(n.finalizedParentHeight)
                    .u64(n.blocksSinceCut);
                l.list([&](StateWriter& sigs) {
                    for (const auto& p : n.pendingSignatures) {
                        sigs.list([&](StateWriter& e) {
                            e.u64(p.checkpointHeight).address(p.validator);
                            protocol::encodeSignature(e, p.signature);
                        });
                    }
                });
                l.list([&](StateWriter& relayerKey) {
                     if (n.relayerKey)
                         encodeKey(relayerKey, *n.relayerKey);
                 }).address(n.relayerAddress);
                l.list([&](StateWriter& submissions) {
                    for (const auto& entry : n.relayerSubmissions) {
                        const auto& h = entry.first;
                        const auto& tx = entry.second;
                        submissions.list([&](StateWriter& e) { e.u64(h).fixed(tx); });
                    }
                });
                optTask(l, n.nextBlock);
                optTask(l, n.relayerTask);
                l.u64(n.checkpointsExecuted).boolean(n.validatorSyncDue);
                l.u256(n.cheatMinted)
                    .u256(n.cheatBurnt)
                    .u64(static_cast<std::uint64_t>(n.timeOffsetMs))
                    .u64(n.nextTimestampMs.value_or(0));
            });
        }
    });
    payload.list([&](StateWriter& traces) {
        for (const auto& entry : traces_) {
            const auto& t = entry.second;
            traces.list([&](StateWriter& l) {
                l.fixed(t.id);
                protocol::encodeEnvelope(l, t.envelope);
                l.u64(static_cast<std::uint64_t>(t.stage));
                l.list([&](StateWriter& steps) {
                    for (const auto& e : t.entries) {
                        steps.list([&](StateWriter& el) {
                            el.u64(static_cast<std::uint64_t>(e.stage))
                                .subnet(e.subnet)
                                .u64(e.height)
                                .u64(e.timeMs)
                                .text(e.detail);
                        });
                    }
                });
                protocol::encodeFailure(l, t.failure);
                optHash(l, t.answers);
                optHash(l, t.resultId);
                l.u64(t.createdMs).u64(t.results);
            });
        }
    });
    payload.list([&](StateWriter& names) {
        for (const auto& entry : pendingNames_) {
            const auto& id = entry.first;
            const auto& name = entry.second;
            names.list([&](StateWriter& e) { e.subnet(id).text(name); });
        }
    });
    payload.list([&](StateWriter& joins) {
        for (const auto& j : pendingJoins_) {
            joins.list([&](StateWriter& e) {
                e.subnet(j.parent).fixed(j.fundingTx);
                encodeKey(e, j.key);
                e.address(j.actor).u256(j.collateral);
            });
        }
    });
    payload.u256(rootSupply_).u64(nextKeyIndex_);

    Bytes out = payload.take(kHeaderSize);
    std::copy(kMagic.begin(), kMagic.end(), out.begin());
    for (std::size_t i = 0; i < 4; ++i)
        out[8 + i] = static_cast<std::uint8_t>(kStateVersion >> (24 - 8 * i));
    const Hash32 sum = keccak256(ByteView(out).subspan(kHeaderSize));
    std::copy(sum.bytes.begin(), sum.bytes.end(), out.begin() + 12);
    savedStateSize_ = out.size();
    return out;
}
// ---------------------------------------------------------------- load

std::unique_ptr<Hierarchy> Hierarchy::restore(ByteView state, const HistoryLookup& history) {
    std::unique_ptr<Hierarchy> h(new Hierarchy());
    h->loadState(state, [&](const SubnetId& id, std::uint64_t) {
        History out;
        if (history)
            out.archive = history(id);
        return out;
    });
    return h;
}

namespace {

// The header and checksum of a saved state; throws ParseError saying what is wrong.
void checkStateHeader(ByteView state) {
    if (state.size() < kHeaderSize ||
        !std::equal(kMagic.begin(), kMagic.end(), state.begin(),
                    [](char a, std::uint8_t b) { return static_cast<std::uint8_t>(a) == b; })) {
        throw ParseError("not a saved devnet state: it does not start with \"IPCSTATE\"");
    }
    std::uint32_t version = 0;
    for (std::size_t i = 8; i < 12; ++i)
        version = (version << 8) | state[i];
    if (version > Hierarchy::kStateVersion) {
        throw ParseError("the saved state has format version " + std::to_string(version) +
                         ", newer than this program reads (" +
                         std::to_string(Hierarchy::kStateVersion) + "): update IPC Studio");
    }
    if (version == 0)
        throw ParseError("the saved state has format version 0, which never existed");
    if (version == 1) {
        // Its checkpoint hashes and signatures, tracing ids, result messages and the signed
        // transactions in its history all hold the old payload bytes; none can be re-derived
        // faithfully (a user's signed fund call cannot be re-signed), so it is not migrated.
        throw ParseError(
            "the saved state has format version 1, written before the devnet encoded IPC "
            "addresses (FvmAddress payloads) as IPC's contracts do; its checkpoint hashes, "
            "signatures and message ids differ from IPC's and cannot be carried over: start a "
            "new hierarchy (the same template gives the same subnets and accounts)");
    }
    const ByteView body = state.subspan(kHeaderSize);
    if (keccak256(body) != Hash32::fromBytes(state.subspan(12, 32))) {
        throw ParseError("the saved state is damaged: its checksum does not match (" +
                         std::to_string(state.size()) + " bytes)");
    }
}

}  // namespace

void Hierarchy::loadState(ByteView state, const HistorySource& history) {
    checkStateHeader(state);
    const ByteView body = state.subspan(kHeaderSize);
    const rlp::Item root = chain::decodeStateList(body, "the saved state");
    StateReader r(root, "state");

    // Phase 1: decode into locals; nothing of this hierarchy changes until all of it is read.
    Topology topology = decodeTopology(r);
    StateReader sched = r.list("scheduler");
    const std::uint64_t now = sched.u64("now");
    const Scheduler::TaskId nextId = sched.u64("nextId");
    struct TaskEntry {
        Scheduler::Pending pending;
        TaskKind kind;
        std::size_t node;
    };
    std::vector<TaskEntry> tasks;
    {
        StateReader entries = sched.list("tasks");
        std::set<Scheduler::TaskId> ids;
        while (!entries.atEnd()) {
            StateReader e = entries.list("task");
            TaskEntry t;
            t.pending.time = e.u64("time");
            t.pending.id = e.u64("id");
            t.pending.cancelled = e.boolean("cancelled");
            t.kind = static_cast<TaskKind>(e.bounded("kind", 2));
            t.node = e.u64("node");
            e.finish();
            if (t.pending.id >= nextId || t.pending.time < now || !ids.insert(t.pending.id).second)
                entries.fail("task", "id " + std::to_string(t.pending.id) + " at " +
                                         std::to_string(t.pending.time) +
                                         " ms is repeated or does not fit the clock");
            if (!t.pending.cancelled && t.kind == TaskKind::None)
                entries.fail("task", "a live task without an owner");
            tasks.push_back(t);
        }
        sched.finish();
    }

    std::vector<NamedAccount> accounts;
    {
        StateReader l = r.list("accounts");
        while (!l.atEnd()) {
            StateReader e = l.list("account");
            std::string label = e.text("label");
            const crypto::PrivateKey key = decodeKey(e, "key");
            e.finish();
            accounts.push_back(NamedAccount{std::move(label), key, key.ethAddress()});
        }
    }
    std::map<EthAddress, crypto::PrivateKey> keys;
    {
        StateReader l = r.list("keys");
        while (!l.atEnd()) {
            const crypto::PrivateKey k = decodeKey(l, "key");
            keys.emplace(k.ethAddress(), k);
        }
    }
    if (accounts.empty())
        r.fail("accounts", "a hierarchy has at least one account");

    std::vector<std::unique_ptr<SubnetNode>> nodes;
    std::map<SubnetId, SubnetNode*> byId;
    {
        StateReader l = r.list("nodes");
        while (!l.atEnd()) {
            StateReader e = l.list("node");
            auto n = std::make_unique<SubnetNode>();
            n->id = e.subnet("id");
            n->name = e.text("name");
            const std::uint64_t parent = e.u64("parent");
            if (parent > nodes.size() || (parent == 0) != nodes.empty())
                e.fail("parent", "only the first subnet is the root; parents come first");
            if (parent != 0) {
                n->parent = nodes[parent - 1].get();
                if (n->id.parent() != n->parent->id)
                    e.fail("parent",
                           n->id.toString() + " is not a child of " + n->parent->id.toString());
            }
            StateReader contracts = e.list("contracts");
            n->contracts = protocol::IpcContracts::decodeState(contracts);
            contracts.finish();
            if (n->contracts->subnetId() != n->id)
                e.fail("contracts", "the gateway belongs to another subnet");
            StateReader chain = e.list("chain");
            n->chain = chain::SubnetChain::decodeState(chain, n->contracts.get());
            chain.finish();
            n->blockTimeMs = e.u64("blockTimeMs");
            n->status = static_cast<SubnetStatus>(e.bounded("status", 2));
            n->relayerOn = e.boolean("relayerOn");
            n->finalizedParentHeight = e.u64("finalizedParentHeight");
            n->blocksSinceCut = e.u64("blocksSinceCut");
            StateReader sigs = e.list("pendingSignatures");
            while (!sigs.atEnd()) {
                StateReader s = sigs.list("signature");
                PendingSignature p;
                p.checkpointHeight = s.u64("checkpointHeight");
                p.validator = s.address("validator");
                p.signature = protocol::decodeSignature(s);
                s.finish();
                n->pendingSignatures.push_back(p);
            }
            StateReader relayerKey = e.list("relayerKey");
            if (!relayerKey.atEnd())
                n->relayerKey = decodeKey(relayerKey, "relayerKey");
            relayerKey.finish();
            n->relayerAddress = e.address("relayerAddress");
            StateReader subs = e.list("relayerSubmissions");
            while (!subs.atEnd()) {
                StateReader s = subs.list("submission");
                const std::uint64_t h = s.u64("height");
                n->relayerSubmissions[h] = s.hash("tx");
                s.finish();
            }
            n->nextBlock = optTask(e, "nextBlock");
            n->relayerTask = optTask(e, "relayerTask");
            n->checkpointsExecuted = e.u64("checkpointsExecuted");
            n->validatorSyncDue = e.boolean("validatorSyncDue");
            if (!e.atEnd()) {  // version 4
                n->cheatMinted = e.u256("cheatMinted");
                n->cheatBurnt = e.u256("cheatBurnt");
                n->timeOffsetMs = static_cast<std::int64_t>(e.u64("timeOffsetMs"));
                if (const std::uint64_t next = e.u64("nextTimestampMs"); next != 0)
                    n->nextTimestampMs = next;
            }
            e.finish();
            if (n->parent != nullptr && !n->relayerKey)
                e.fail("relayerKey", "a subnet's relayer needs a key");
            if (!byId.emplace(n->id, n.get()).second)
                l.fail("node", "subnet " + n->id.toString() + " appears twice");
            nodes.push_back(std::move(n));
        }
        if (nodes.empty())
            l.fail("node", "a hierarchy has at least the root");
    }
    // Every task must be the one its node says it is waiting for.
    for (const auto& t : tasks) {
        if (t.pending.cancelled)
            continue;
        if (t.node >= nodes.size())
            r.fail("scheduler",
                   "a task of subnet " + std::to_string(t.node) + ", which is missing");
        const SubnetNode& n = *nodes[t.node];
        const auto& expected = t.kind == TaskKind::Block ? n.nextBlock : n.relayerTask;
        if (expected != t.pending.id)
            r.fail("scheduler", "task " + std::to_string(t.pending.id) + " is not the one " +
                                    n.name + " waits for");
    }

    std::map<Hash32, MessageTrace> traces;
    {
        StateReader l = r.list("traces");
        while (!l.atEnd()) {
            StateReader e = l.list("trace");
            MessageTrace t;
            t.id = e.hash("id");
            t.envelope = protocol::decodeEnvelope(e, "envelope");
            t.stage = static_cast<MessageStage>(
                e.bounded("stage", static_cast<std::uint64_t>(MessageStage::ReceiptReturned)));
            StateReader entries = e.list("entries");
            while (!entries.atEnd()) {
                StateReader en = entries.list("entry");
                TraceEntry te;
                te.stage = static_cast<MessageStage>(
                    en.bounded("stage", static_cast<std::uint64_t>(MessageStage::ReceiptReturned)));
                te.subnet = en.subnet("subnet");
                te.height = en.u64("height");
                te.timeMs = en.u64("timeMs");
                te.detail = en.text("detail");
                en.finish();
                t.entries.push_back(std::move(te));
            }
            t.failure = protocol::decodeFailure(e, "failure");
            t.answers = optHash(e, "answers");
            t.resultId = optHash(e, "resultId");
            t.createdMs = e.u64("createdMs");
            t.results = e.u64("results");
            e.finish();
            const Hash32 id = t.id;
            if (!traces.emplace(id, std::move(t)).second)
                l.fail("trace", "message " + id.hex() + " appears twice");
        }
    }
    std::map<SubnetId, std::string> pendingNames;
    {
        StateReader l = r.list("pendingNames");
        while (!l.atEnd()) {
            StateReader e = l.list("name");
            const SubnetId id = e.subnet("subnet");
            pendingNames[id] = e.text("name");
            e.finish();
        }
    }
    std::vector<PendingJoin> pendingJoins;
    {
        StateReader l = r.list("pendingJoins");
        while (!l.atEnd()) {
            StateReader e = l.list("join");
            const SubnetId parent = e.subnet("parent");
            const Hash32 funding = e.hash("fundingTx");
            const crypto::PrivateKey key = decodeKey(e, "key");
            const EthAddress actor = e.address("actor");
            const U256 collateral = e.u256("collateral");
            e.finish();
            pendingJoins.push_back(PendingJoin{parent, funding, key, actor, collateral});
        }
    }
    const U256 rootSupply = r.u256("rootSupply");
    const std::uint64_t nextKeyIndex = r.u64("nextKeyIndex");
    r.finish();

    // Blocks: each chain's head from the history (checked against the saved hash).
    for (auto& n : nodes) {
        History h = history(n->id, n->chain->savedHeadNumber().value_or(0));
        try {
            n->chain->resumeHistory(std::move(h.recent), std::move(h.archive), h.keepRecent);
            n->gateway().setHistory(std::move(h.gatewayHistory));
        } catch (const Error& e) {
            throw Error("cannot restore " + n->name + " (" + n->id.toString() + "): " + e.what());
        }
    }

    // Phase 2: nothing below throws.
    for (auto& n : nodes) {
        if (n->parent != nullptr)
            n->parent->children.push_back(n.get());
    }
    topology_ = std::move(topology);
    nodes_ = std::move(nodes);
    byId_ = std::move(byId);
    accounts_ = std::move(accounts);
    keys_ = std::move(keys);
    traces_ = std::move(traces);
    pendingNames_ = std::move(pendingNames);
    pendingJoins_ = std::move(pendingJoins);
    rootSupply_ = rootSupply;
    nextKeyIndex_ = nextKeyIndex;
    scheduler_.reset(now, nextId);
    for (const auto& t : tasks) {
        Scheduler::Task task;
        if (!t.pending.cancelled) {
            SubnetNode& n = *nodes_[t.node];
            task = t.kind == TaskKind::Block ? blockTask(n) : relayerTask(n);
        }
        scheduler_.restoreEntry(t.pending, std::move(task));
    }
}

void Hierarchy::loadSnapshots(std::vector<SavedSnapshot> snapshots, std::uint64_t nextNumber) {
    std::uint64_t next = nextNumber;
    std::set<std::string> ids;
    std::set<std::string> names;
    for (const auto& s : snapshots) {
        const std::string& id = s.info.id;
        const auto parsed = snapshotNumber(id);
        if (!parsed)
            throw Error("a kept snapshot has the id '" + id + "', not 0x<hex number>");
        const std::uint64_t number = *parsed;
        if (!ids.insert(id).second)
            throw Error("two kept snapshots have the id " + id);
        if (!s.info.name.empty() && !names.insert(s.info.name).second)
            throw Error("two kept snapshots are named '" + s.info.name + "'");
        try {
            checkStateHeader(s.state);
        } catch (const Error& e) {
            throw Error("snapshot " + id + " cannot be read: " + e.what());
        }
        next = std::max(next, number + 1);
    }
    snapshots_ = std::move(snapshots);
    nextSnapshot_ = next;
    ++snapshotsRevision_;
}

}  // namespace ipc::devnet
