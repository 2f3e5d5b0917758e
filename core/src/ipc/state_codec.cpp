// State codec of the IPC contracts: what a saved hierarchy needs to continue exactly where it
// stopped. Field order is the format: changing it needs a new format version in the devnet.
#include "ipc/core/ipc/state_codec.h"

#include "ipc/core/ipc/contracts.h"
#include "ipc/core/ipc/gateway.h"

namespace ipc::protocol {

using chain::StateReader;
using chain::StateWriter;

namespace {

void optU64(StateWriter& w, const std::optional<std::uint64_t>& v) {
    w.optional(v, [](StateWriter& l, std::uint64_t x) { l.u64(x); });
}

std::optional<std::uint64_t> optU64(StateReader& r, const char* field) {
    return r.optional(field, [field](StateReader& l) { return l.u64(field); });
}

void ipcAddress(StateWriter& w, const IpcAddress& a) {
    w.list([&](StateWriter& l) { l.subnet(a.subnet).address(a.raw); });
}

IpcAddress ipcAddress(StateReader& r, const char* field) {
    StateReader l = r.list(field);
    IpcAddress a;
    a.subnet = l.subnet("subnet");
    a.raw = l.address("raw");
    l.finish();
    return a;
}

void member(StateWriter& w, const Member& m) {
    w.list([&](StateWriter& l) {
        l.address(m.addr).fixed(m.publicKey).u256(m.collateral).u64(m.weight);
    });
}

Member member(StateReader& r) {
    StateReader l = r.list("member");
    Member m;
    m.addr = l.address("addr");
    m.publicKey = l.fixed<65>("publicKey");
    m.collateral = l.u256("collateral");
    m.weight = l.u64("weight");
    l.finish();
    return m;
}

void members(StateWriter& w, const std::vector<Member>& ms) {
    w.each(ms, [](StateWriter& l, const Member& m) { member(l, m); });
}

std::vector<Member> members(StateReader& r, const char* field) {
    return r.each(field, [](StateReader& l) { return member(l); });
}

void envelopes(StateWriter& w, const std::vector<Envelope>& es) {
    w.each(es, [](StateWriter& l, const Envelope& e) { encodeEnvelope(l, e); });
}

std::vector<Envelope> envelopes(StateReader& r, const char* field) {
    return r.each(field, [](StateReader& l) { return decodeEnvelope(l, "envelope"); });
}

void checkpointBody(StateWriter& w, const BottomUpCheckpoint& c) {
    w.list([&](StateWriter& l) {
        l.subnet(c.subnet).u64(c.blockHeight).fixed(c.blockHash).u64(c.nextConfigurationNumber);
        envelopes(l, c.msgs);
        l.u64(c.activity.totalActiveValidators)
            .u64(c.activity.totalNumBlocksCommitted)
            .fixed(c.activity.dataRootCommitment);
    });
}

BottomUpCheckpoint checkpointBody(StateReader& r) {
    StateReader l = r.list("checkpoint");
    BottomUpCheckpoint c;
    c.subnet = l.subnet("subnet");
    c.blockHeight = l.u64("blockHeight");
    c.blockHash = l.hash("blockHash");
    c.nextConfigurationNumber = l.u64("nextConfigurationNumber");
    c.msgs = envelopes(l, "msgs");
    c.activity.totalActiveValidators = l.u64("totalActiveValidators");
    c.activity.totalNumBlocksCommitted = l.u64("totalNumBlocksCommitted");
    c.activity.dataRootCommitment = l.hash("dataRootCommitment");
    l.finish();
    return c;
}

void record(StateWriter& w, const CheckpointRecord& rec) {
    w.list([&](StateWriter& l) {
        checkpointBody(l, rec.checkpoint);
        l.fixed(rec.hash);
        members(l, rec.membership);
        l.u64(rec.totalWeight).u64(rec.threshold);
        l.list([&](StateWriter& sigs) {
             for (const auto& s : rec.signatures) {
                 sigs.list([&](StateWriter& e) {
                     e.address(s.signer);
                     encodeSignature(e, s.signature);
                     e.u64(s.weight).u64(s.height);
                 });
             }
         })
            .u64(rec.signedWeight)
            .u64(static_cast<std::uint64_t>(rec.stage))
            .u64(rec.cutTimeMs);
        optU64(l, rec.quorumHeight);
        optU64(l, rec.submittedParentHeight);
        optU64(l, rec.executedParentHeight);
    });
}

CheckpointRecord record(StateReader& r) {
    StateReader l = r.list("checkpoint record");
    CheckpointRecord rec;
    rec.checkpoint = checkpointBody(l);
    rec.hash = l.hash("hash");
    rec.membership = members(l, "membership");
    rec.totalWeight = l.u64("totalWeight");
    rec.threshold = l.u64("threshold");
    StateReader sigs = l.list("signatures");
    while (!sigs.atEnd()) {
        StateReader e = sigs.list("signature");
        CheckpointSignature s;
        s.signer = e.address("signer");
        s.signature = decodeSignature(e);
        s.weight = e.u64("weight");
        s.height = e.u64("height");
        e.finish();
        rec.signatures.push_back(s);
    }
    rec.signedWeight = l.u64("signedWeight");
    rec.stage = static_cast<CheckpointStage>(
        l.bounded("stage", static_cast<std::uint64_t>(CheckpointStage::Executed)));
    rec.cutTimeMs = l.u64("cutTimeMs");
    rec.quorumHeight = optU64(l, "quorumHeight");
    rec.submittedParentHeight = optU64(l, "submittedParentHeight");
    rec.executedParentHeight = optU64(l, "executedParentHeight");
    l.finish();
    return rec;
}

void powerChange(StateWriter& w, const PowerChange& c) {
    w.u64(c.configurationNumber).address(c.validator).fixed(c.publicKey).u256(c.newCollateral);
}

PowerChange powerChange(StateReader& r) {
    PowerChange c;
    c.configurationNumber = r.u64("configurationNumber");
    c.validator = r.address("validator");
    c.publicKey = r.fixed<65>("publicKey");
    c.newCollateral = r.u256("newCollateral");
    return c;
}

void addresses(StateWriter& w, const std::map<EthAddress, U256>& m) {
    w.list([&](StateWriter& l) {
        for (const auto& entry : m) {
            const auto& a = entry.first;
            const auto& v = entry.second;
            l.list([&](StateWriter& e) { e.address(a).u256(v); });
        }
    });
}

std::map<EthAddress, U256> addresses(StateReader& r, const char* field) {
    StateReader l = r.list(field);
    std::map<EthAddress, U256> out;
    while (!l.atEnd()) {
        StateReader e = l.list("entry");
        const EthAddress a = e.address("address");
        const U256 v = e.u256("amount");
        e.finish();
        if (!out.emplace(a, v).second)
            l.fail("entry", "duplicate address " + a.hex());
    }
    return out;
}

}  // namespace

// ---------------------------------------------------------------- value types

void encodeEnvelope(StateWriter& w, const Envelope& e) {
    w.list([&](StateWriter& l) {
        l.u64(static_cast<std::uint64_t>(e.kind))
            .u64(e.localNonce)
            .u64(e.originalNonce)
            .u256(e.value);
        ipcAddress(l, e.to);
        ipcAddress(l, e.from);
        l.bytes(e.message);
    });
}

Envelope decodeEnvelope(StateReader& r, const char* field) {
    StateReader l = r.list(field);
    Envelope e;
    e.kind = static_cast<MsgKind>(l.bounded("kind", static_cast<std::uint64_t>(MsgKind::Result)));
    e.localNonce = l.u64("localNonce");
    e.originalNonce = l.u64("originalNonce");
    e.value = l.u256("value");
    e.to = ipcAddress(l, "to");
    e.from = ipcAddress(l, "from");
    e.message = l.bytes("message");
    l.finish();
    return e;
}

void encodeSubnetParams(StateWriter& w, const SubnetParams& p) {
    w.list([&](StateWriter& l) {
        l.u256(p.minActivationCollateral)
            .u64(p.minValidators)
            .u64(p.bottomUpCheckPeriod)
            .u64(p.activeValidatorsLimit)
            .u64(p.majorityPercentage)
            .u64(static_cast<std::uint64_t>(p.permissionMode))
            .u64(p.blockTimeMs);
        optU64(l, p.chainId);
        l.u64(p.maxMsgsPerBatch);
    });
}

SubnetParams decodeSubnetParams(StateReader& r, const char* field) {
    StateReader l = r.list(field);
    SubnetParams p;
    p.minActivationCollateral = l.u256("minActivationCollateral");
    p.minValidators = l.u64("minValidators");
    p.bottomUpCheckPeriod = l.u64("bottomUpCheckPeriod");
    p.activeValidatorsLimit = static_cast<std::uint16_t>(l.bounded("activeValidatorsLimit", 65535));
    p.majorityPercentage = static_cast<std::uint8_t>(l.bounded("majorityPercentage", 100));
    p.permissionMode = static_cast<PermissionMode>(
        l.bounded("permissionMode", static_cast<std::uint64_t>(PermissionMode::Static)));
    p.blockTimeMs = l.u64("blockTimeMs");
    p.chainId = optU64(l, "chainId");
    p.maxMsgsPerBatch = l.u64("maxMsgsPerBatch");
    l.finish();
    try {
        p.validate();
    } catch (const ParseError& e) {
        r.fail(field, e.what());
    }
    return p;
}

void encodeSignature(StateWriter& w, const crypto::Signature& s) {
    w.fixed(s.r).fixed(s.s).u64(s.recoveryId);
}

crypto::Signature decodeSignature(StateReader& r) {
    crypto::Signature s;
    s.r = r.hash("r");
    s.s = r.hash("s");
    s.recoveryId = static_cast<std::uint8_t>(r.bounded("recoveryId", 3));
    return s;
}

void encodeFailure(StateWriter& w, const std::optional<XnetFailure>& f) {
    w.optional(f, [](StateWriter& l, XnetFailure x) { l.u64(static_cast<std::uint64_t>(x)); });
}

std::optional<XnetFailure> decodeFailure(StateReader& r, const char* field) {
    return r.optional(field, [field](StateReader& l) {
        return static_cast<XnetFailure>(
            l.bounded(field, static_cast<std::uint64_t>(XnetFailure::IncompatibleSupplySource)));
    });
}

Bytes encodeCheckpointRecord(const CheckpointRecord& rec) {
    StateWriter w;
    record(w, rec);
    return w.take();
}

CheckpointRecord decodeCheckpointRecord(ByteView bytes) {
    const rlp::Item item = chain::decodeStateList(bytes, "checkpoint record");
    StateReader r(item, "checkpoint record");
    CheckpointRecord rec = record(r);
    r.finish();
    return rec;
}

// ---------------------------------------------------------------- gateway

void Gateway::encodeState(StateWriter& w) const {
    w.subnet(self_)
        .u64(params_.bottomUpCheckPeriod)
        .u64(params_.majorityPercentage)
        .u64(params_.maxMsgsPerBatch);
    w.list([&](StateWriter& children) {
        for (const auto& entry : children_) {
            const auto& c = entry.second;
            children.list([&](StateWriter& e) {
                e.subnet(c.id)
                    .u256(c.stake)
                    .u64(c.genesisEpoch)
                    .u256(c.circSupply)
                    .u64(c.topDownNonce)
                    .u64(c.appliedBottomUpNonce)
                    .boolean(c.killed);
            });
        }
    });
    w.list([&](StateWriter& topDown) {
         for (const auto& entry : topDown_) {
             const auto& id = entry.first;
             const auto& q = entry.second;
             topDown.list([&](StateWriter& e) {
                 e.subnet(id).list([&](StateWriter& entries) {
                     for (const auto& t : q) {
                         entries.list([&](StateWriter& te) {
                             te.u64(t.parentHeight);
                             encodeEnvelope(te, t.msg);
                         });
                     }
                 });
             });
         }
     })
        .u64(bottomUpNonce_)
        .u64(appliedTopDownNonce_);
    w.list([&](StateWriter& finality) {
        if (finality_)
            finality.u64(finality_->height).fixed(finality_->blockHash);
    });
    w.list([&](StateWriter& finalities) {
        for (const auto& entry : finalities_) {
            const auto& h = entry.first;
            const auto& f = entry.second;
            finalities.list([&](StateWriter& e) { e.u64(h).u64(f.height).fixed(f.blockHash); });
        }
    });
    w.list([&](StateWriter& batches) {
        for (const auto& entry : batches_) {
            const auto& epoch = entry.first;
            const auto& msgs = entry.second;
            batches.list([&](StateWriter& e) {
                e.u64(epoch);
                envelopes(e, msgs);
            });
        }
    });
    w.list([&](StateWriter& checkpoints) {
        for (const auto& entry : checkpoints_) {
            const auto& h = entry.first;
            const auto& rec = entry.second;
            checkpoints.list([&](StateWriter& e) {
                e.u64(h);
                record(e, rec);
            });
        }
    });
    members(w, membership_);
    w.u64(configurationNumber_);
    w.list([&](StateWriter& changes) {
         for (const auto& c : pendingChanges_)
             changes.list([&](StateWriter& e) { powerChange(e, c); });
     })
        .u64(lastAppliedChange_)
        .u64(lastCutHeight_);
    w.list([&](StateWriter& events) {
        for (const auto& ev : events_) {
            events.list([&](StateWriter& e) {
                e.u64(static_cast<std::uint64_t>(ev.kind)).fixed(ev.tracingId);
                encodeEnvelope(e, ev.msg);
                e.u64(ev.height);
                e.list([&](StateWriter& hop) {
                    if (ev.nextHop)
                        hop.subnet(*ev.nextHop);
                });
                encodeFailure(e, ev.failure);
                e.u64(ev.checkpointEpoch);
            });
        }
    });
    // Added after the first release: a state without it has forgotten nothing.
    w.u64(forgottenCheckpoints_);
    // Added with EVM calls into the gateway, and only when there is some (so states without
    // any encode as before).
    if (!forcedBalance_.isZero())
        w.u256(forcedBalance_);
}

Gateway Gateway::decodeState(StateReader& r) {
    const SubnetId self = r.subnet("self");
    GatewayParams params;
    params.bottomUpCheckPeriod = r.u64("bottomUpCheckPeriod");
    if (params.bottomUpCheckPeriod == 0)
        r.fail("bottomUpCheckPeriod", "must be at least 1");
    params.majorityPercentage = static_cast<std::uint8_t>(r.bounded("majorityPercentage", 100));
    params.maxMsgsPerBatch = r.u64("maxMsgsPerBatch");
    Gateway g(self, params);
    StateReader children = r.list("children");
    while (!children.atEnd()) {
        StateReader e = children.list("child");
        ChildSubnet c;
        c.id = e.subnet("id");
        c.stake = e.u256("stake");
        c.genesisEpoch = e.u64("genesisEpoch");
        c.circSupply = e.u256("circSupply");
        c.topDownNonce = e.u64("topDownNonce");
        c.appliedBottomUpNonce = e.u64("appliedBottomUpNonce");
        c.killed = e.boolean("killed");
        e.finish();
        const SubnetId id = c.id;
        if (!g.children_.emplace(id, std::move(c)).second)
            children.fail("child", "duplicate child " + id.toString());
    }
    StateReader topDown = r.list("topDown");
    while (!topDown.atEnd()) {
        StateReader e = topDown.list("queue");
        const SubnetId id = e.subnet("child");
        std::vector<TopDownEntry> q;
        StateReader entries = e.list("entries");
        while (!entries.atEnd()) {
            StateReader te = entries.list("entry");
            TopDownEntry t;
            t.parentHeight = te.u64("parentHeight");
            t.msg = decodeEnvelope(te, "msg");
            te.finish();
            q.push_back(std::move(t));
        }
        e.finish();
        if (!g.topDown_.emplace(id, std::move(q)).second)
            topDown.fail("queue", "duplicate queue for " + id.toString());
    }
    g.bottomUpNonce_ = r.u64("bottomUpNonce");
    g.appliedTopDownNonce_ = r.u64("appliedTopDownNonce");
    StateReader finality = r.list("finality");
    if (!finality.atEnd()) {
        ParentFinality f;
        f.height = finality.u64("height");
        f.blockHash = finality.hash("blockHash");
        g.finality_ = f;
    }
    finality.finish();
    StateReader finalities = r.list("finalities");
    while (!finalities.atEnd()) {
        StateReader e = finalities.list("finality");
        const std::uint64_t h = e.u64("key");
        ParentFinality f;
        f.height = e.u64("height");
        f.blockHash = e.hash("blockHash");
        e.finish();
        g.finalities_[h] = f;
    }
    StateReader batches = r.list("batches");
    while (!batches.atEnd()) {
        StateReader e = batches.list("batch");
        const std::uint64_t epoch = e.u64("epoch");
        g.batches_[epoch] = envelopes(e, "msgs");
        e.finish();
    }
    StateReader checkpoints = r.list("checkpoints");
    while (!checkpoints.atEnd()) {
        StateReader e = checkpoints.list("checkpoint");
        const std::uint64_t h = e.u64("height");
        g.checkpoints_[h] = record(e);
        e.finish();
    }
    g.membership_ = members(r, "membership");
    g.configurationNumber_ = r.u64("configurationNumber");
    StateReader changes = r.list("pendingChanges");
    while (!changes.atEnd()) {
        StateReader e = changes.list("change");
        g.pendingChanges_.push_back(powerChange(e));
        e.finish();
    }
    g.lastAppliedChange_ = r.u64("lastAppliedChange");
    g.lastCutHeight_ = r.u64("lastCutHeight");
    StateReader events = r.list("events");
    while (!events.atEnd()) {
        StateReader e = events.list("event");
        MessageEvent ev;
        ev.kind = static_cast<MessageEvent::Kind>(
            e.bounded("kind", static_cast<std::uint64_t>(MessageEvent::Kind::Failed)));
        ev.tracingId = e.hash("tracingId");
        ev.msg = decodeEnvelope(e, "msg");
        ev.height = e.u64("height");
        StateReader hop = e.list("nextHop");
        if (!hop.atEnd())
            ev.nextHop = hop.subnet("nextHop");
        hop.finish();
        ev.failure = decodeFailure(e, "failure");
        ev.checkpointEpoch = e.u64("checkpointEpoch");
        e.finish();
        g.events_.push_back(std::move(ev));
    }
    if (!r.atEnd())
        g.forgottenCheckpoints_ = r.u64("forgottenCheckpoints");
    if (!r.atEnd()) {
        g.forcedBalance_ = r.u256("forcedBalance");
        if (g.forcedBalance_.isZero())
            r.fail("forcedBalance", "zero is written by leaving the field out");
    }
    if (g.forgottenCheckpoints_ > 0 && g.checkpoints_.empty())
        r.fail("forgottenCheckpoints", "checkpoints were forgotten but none is left in memory");
    return g;
}

// ---------------------------------------------------------------- subnet actor

void SubnetActor::encodeState(StateWriter& w) const {
    w.address(self_).subnet(parent_);
    encodeSubnetParams(w, params_);
    w.address(owner_)
        .u64(createdHeight_)
        .boolean(bootstrapped_)
        .boolean(killed_)
        .u64(bootstrapHeight_);
    w.list([&](StateWriter& validators) {
        for (const auto& entry : validators_) {
            const auto& v = entry.second;
            validators.list([&](StateWriter& e) {
                e.address(v.addr).fixed(v.publicKey).u256(v.confirmed).u256(v.pending);
            });
        }
    });
    addresses(w, genesisBalances_);
    w.list([&](StateWriter& changes) {
         for (const auto& c : changes_) {
             changes.list([&](StateWriter& e) {
                 powerChange(e, c.change);
                 e.u64(c.parentHeight).u256(c.previous);
             });
         }
     })
        .u64(nextConfigurationNumber_)
        .u64(lastCheckpointHeight_);
    addresses(w, claimable_);
}

SubnetActor SubnetActor::decodeState(StateReader& r) {
    const EthAddress self = r.address("address");
    const SubnetId parent = r.subnet("parent");
    SubnetParams params = decodeSubnetParams(r, "params");
    const EthAddress owner = r.address("owner");
    const std::uint64_t created = r.u64("createdHeight");
    SubnetActor a(self, parent, std::move(params), owner, created);
    a.bootstrapped_ = r.boolean("bootstrapped");
    a.killed_ = r.boolean("killed");
    a.bootstrapHeight_ = r.u64("bootstrapHeight");
    StateReader validators = r.list("validators");
    while (!validators.atEnd()) {
        StateReader e = validators.list("validator");
        ValidatorRecord v;
        v.addr = e.address("addr");
        v.publicKey = e.fixed<65>("publicKey");
        v.confirmed = e.u256("confirmed");
        v.pending = e.u256("pending");
        e.finish();
        const EthAddress addr = v.addr;
        if (!a.validators_.emplace(addr, std::move(v)).second)
            validators.fail("validator", "duplicate validator " + addr.hex());
    }
    a.genesisBalances_ = addresses(r, "genesisBalances");
    StateReader changes = r.list("changes");
    while (!changes.atEnd()) {
        StateReader e = changes.list("change");
        QueuedChange c;
        c.change = powerChange(e);
        c.parentHeight = e.u64("parentHeight");
        c.previous = e.u256("previous");
        e.finish();
        a.changes_.push_back(std::move(c));
    }
    a.nextConfigurationNumber_ = r.u64("nextConfigurationNumber");
    a.lastCheckpointHeight_ = r.u64("lastCheckpointHeight");
    a.claimable_ = addresses(r, "claimable");
    return a;
}

// ---------------------------------------------------------------- contracts of one subnet

void IpcContracts::encodeState(StateWriter& w) const {
    w.list([&](StateWriter& g) { gateway_.encodeState(g); }).u64(registryNonce_);
    w.list([&](StateWriter& actors) {
        for (const auto& entry : actors_) {
            const auto& a = entry.second;
            actors.list([&](StateWriter& e) { a.encodeState(e); });
        }
    });
    w.list([&](StateWriter& boot) {
        for (const auto& id : bootstrapped_)
            boot.subnet(id);
    });
    w.list([&](StateWriter& accepted) {
        for (const auto& entry : accepted_) {
            const auto& id = entry.first;
            const auto& h = entry.second;
            accepted.list([&](StateWriter& e) { e.subnet(id).u64(h); });
        }
    });
}

std::unique_ptr<IpcContracts> IpcContracts::decodeState(StateReader& r) {
    StateReader g = r.list("gateway");
    Gateway gateway = Gateway::decodeState(g);
    g.finish();
    auto c = std::make_unique<IpcContracts>(gateway.subnetId(), gateway.params());
    c->gateway_ = std::move(gateway);
    c->registryNonce_ = r.u64("registryNonce");
    StateReader actors = r.list("actors");
    while (!actors.atEnd()) {
        StateReader e = actors.list("actor");
        SubnetActor a = SubnetActor::decodeState(e);
        e.finish();
        const EthAddress addr = a.address();
        if (!c->actors_.emplace(addr, std::move(a)).second)
            actors.fail("actor", "duplicate subnet actor " + addr.hex());
    }
    StateReader boot = r.list("bootstrapped");
    while (!boot.atEnd())
        c->bootstrapped_.push_back(boot.subnet("subnet"));
    StateReader accepted = r.list("accepted");
    while (!accepted.atEnd()) {
        StateReader e = accepted.list("checkpoint");
        const SubnetId id = e.subnet("subnet");
        const std::uint64_t h = e.u64("height");
        e.finish();
        c->accepted_.emplace_back(id, h);
    }
    return c;
}

}  // namespace ipc::protocol
