// ipc_*: the hierarchy as IPC tooling sees it (ipc-cli's `subnet list`, `subnet list-validators`,
// `checkpoint list-bottomup-bundle`, `cross-msg parent-finality`), over JSON-RPC: subnets with
// their subnet-actor and gateway state, bottom-up checkpoints decoded, ABI-encoded and with their
// signatures verified again, cross-net messages with every hop of their trace. Handlers read the
// engine on its own thread (engine_access.h) and copy plain values out; RPC URLs are looked up
// afterwards, on the caller's thread.
#include <algorithm>
#include <utility>
#include <vector>

#include "ipc/core/crypto/hash.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"
#include "ipc/devnet/views.h"
#include "ipc_params.h"

namespace ipc::devnet::rpc {

namespace {

constexpr std::uint64_t kDefaultLimit = 100;
constexpr std::uint64_t kMaxLimit = 1000;

Json u64(std::uint64_t v) {
    return Json::number(v);
}

Json ipcAddressJson(const protocol::IpcAddress& a) {
    Json j = Json::object();
    j["subnet"] = Json::string(a.subnet.toString());
    j["address"] = addressJson(a.raw);
    return j;
}

Json envelopeJson(const protocol::Envelope& e) {
    Json j = Json::object();
    j["kind"] = Json::string(protocol::toString(e.kind));
    j["localNonce"] = u64(e.localNonce);
    j["originalNonce"] = u64(e.originalNonce);
    putAmount(j, "value", e.value);
    j["to"] = ipcAddressJson(e.to);
    j["from"] = ipcAddressJson(e.from);
    j["message"] = dataJson(e.message);
    j["tracingId"] = hashJson(protocol::tracingId(e));
    return j;
}

Json parentFinalityJson(const std::optional<protocol::ParentFinality>& f) {
    if (!f)
        return Json::null();
    Json j = Json::object();
    j["height"] = u64(f->height);
    j["blockHash"] = hashJson(f->blockHash);
    return j;
}

Json validatorJson(const chain::Validator& v) {
    Json j = Json::object();
    j["address"] = addressJson(v.address);
    j["power"] = u64(v.power);
    putAmount(j, "collateral", v.collateral);
    j["online"] = Json::boolean(v.online);
    j["blocksProposed"] = u64(v.blocksProposed);
    j["signaturesGiven"] = u64(v.signaturesGiven);
    j["publicKey"] = Json::string(v.publicKey.hex());
    return j;
}

Json validatorsJson(const SubnetNode& n) {
    std::vector<Json> out;
    for (const auto& v : n.chain->validators().validators())
        out.push_back(validatorJson(v));
    return Json::array(std::move(out));
}

// One line of a checkpoint list (ipc_listCheckpoints, lastCheckpoint of ipc_getSubnet).
Json checkpointSummaryJson(const protocol::CheckpointRecord& rec) {
    Json j = Json::object();
    j["height"] = u64(rec.checkpoint.blockHeight);
    j["hash"] = hashJson(rec.hash);
    j["messages"] = u64(rec.checkpoint.msgs.size());
    j["signedWeight"] = u64(rec.signedWeight);
    j["totalWeight"] = u64(rec.totalWeight);
    j["threshold"] = u64(rec.threshold);
    j["stage"] = Json::string(protocol::toString(rec.stage));
    return j;
}

Json subnetParamsJson(const protocol::SubnetParams& p) {
    Json j = Json::object();
    putAmount(j, "minActivationCollateral", p.minActivationCollateral);
    j["minValidators"] = u64(p.minValidators);
    j["bottomUpCheckPeriod"] = u64(p.bottomUpCheckPeriod);
    j["majorityPercentage"] = u64(p.majorityPercentage);
    j["activeValidatorsLimit"] = u64(p.activeValidatorsLimit);
    j["permissionMode"] = Json::string(protocol::toString(p.permissionMode));
    j["blockTimeMs"] = u64(p.blockTimeMs);
    j["maxMsgsPerBatch"] = u64(p.maxMsgsPerBatch);
    return j;
}

Json subnetActorJson(const protocol::SubnetActor& a) {
    Json j = Json::object();
    j["address"] = addressJson(a.address());
    j["owner"] = addressJson(a.owner());
    j["bootstrapped"] = Json::boolean(a.bootstrapped());
    j["killed"] = Json::boolean(a.killed());
    j["createdHeight"] = u64(a.createdHeight());
    j["bootstrapHeight"] = u64(a.bootstrapHeight());
    j["nextConfigurationNumber"] = u64(a.nextConfigurationNumber());
    j["lastBottomUpCheckpointHeight"] = u64(a.lastBottomUpCheckpointHeight());
    putAmount(j, "totalConfirmedCollateral", a.totalConfirmedCollateral());
    return j;
}

// This subnet's gateway, plus what the parent's gateway records about it (null for the root).
Json gatewayJson(const SubnetNode& n) {
    const protocol::Gateway& g = n.gateway();
    const protocol::ChildSubnet* c =
        n.parent != nullptr ? n.parent->gateway().child(n.id) : nullptr;
    Json j = Json::object();
    j["address"] = addressJson(protocol::gatewayAddress());
    if (c != nullptr) {
        putAmount(j, "circSupply", c->circSupply);
        putAmount(j, "stake", c->stake);
        j["topDownNonce"] = u64(c->topDownNonce);
        j["appliedBottomUpNonce"] = u64(c->appliedBottomUpNonce);
        j["genesisEpoch"] = u64(c->genesisEpoch);
    } else {
        for (const char* k : {"circSupply", "circSupplyFil", "stake", "stakeFil", "topDownNonce",
                              "appliedBottomUpNonce", "genesisEpoch"}) {
            j[k] = Json::null();
        }
    }
    j["appliedTopDownNonce"] = u64(g.appliedTopDownNonce());
    j["bottomUpNonce"] = u64(g.bottomUpNonce());
    j["parentFinality"] = parentFinalityJson(g.latestParentFinality());
    j["membershipConfigurationNumber"] = u64(g.membershipConfigurationNumber());
    j["children"] = u64(g.children().size());
    return j;
}

Json getSubnetJson(const SubnetNode& n) {
    const SubnetView v = makeSubnetView(n);
    Json j = subnetSummaryJson(v);
    j["blockTimeMs"] = u64(v.blockTimeMs);
    j["lastBlockTimeMs"] = u64(v.lastBlockTimeMs);
    j["relayerOn"] = Json::boolean(v.relayerOn);
    j["lastCheckpointCut"] = u64(v.lastCheckpointCut);
    j["lastCheckpointAccepted"] = u64(v.lastCheckpointAccepted);
    j["parentFinalityHeight"] = u64(v.parentFinality);
    putAmount(j, "totalSupply", v.totalSupply);
    j["topDownNonce"] = u64(v.topDownNonce);
    j["appliedTopDownNonce"] = u64(v.appliedTopDownNonce);
    j["bottomUpNonce"] = u64(v.bottomUpNonce);
    j["mempool"] = u64(v.mempool);
    j["validatorSet"] = validatorsJson(n);
    const protocol::SubnetActor* actor = n.actor();
    j["parameters"] = actor != nullptr ? subnetParamsJson(actor->params()) : Json::null();
    j["actor"] = actor != nullptr ? subnetActorJson(*actor) : Json::null();
    j["gateway"] = gatewayJson(n);
    const auto& cps = n.gateway().recentCheckpoints();
    j["lastCheckpoint"] = cps.empty() ? Json::null() : checkpointSummaryJson(cps.rbegin()->second);
    return j;
}

Json optionalObject(const char* key, const std::optional<std::uint64_t>& v) {
    if (!v)
        return Json::null();
    Json j = Json::object();
    j[key] = u64(*v);
    return j;
}

Json checkpointJson(const CheckpointView& v) {
    const protocol::BottomUpCheckpoint& cp = v.checkpoint;
    Json j = Json::object();
    j["subnet"] = Json::string(v.subnet.toString());
    j["height"] = u64(cp.blockHeight);
    j["hash"] = hashJson(v.summary.hash);
    j["stage"] = Json::string(protocol::toString(v.summary.stage));
    // The checkpoint's own fields, in the order of IPC's BottomUpCheckpoint struct.
    j["subnetId"] = Json::string(cp.subnet.toString());
    j["blockHeight"] = u64(cp.blockHeight);
    j["blockHash"] = hashJson(cp.blockHash);
    j["nextConfigurationNumber"] = u64(cp.nextConfigurationNumber);
    std::vector<Json> msgs;
    for (const auto& m : cp.msgs)
        msgs.push_back(envelopeJson(m));
    j["msgs"] = Json::array(std::move(msgs));
    Json activity = Json::object();
    activity["totalActiveValidators"] = u64(cp.activity.totalActiveValidators);
    activity["totalNumBlocksCommitted"] = u64(cp.activity.totalNumBlocksCommitted);
    activity["dataRootCommitment"] = hashJson(cp.activity.dataRootCommitment);
    j["activity"] = activity;
    // Encoded again here rather than copied: a client can check that what validators signed is
    // keccak256(abi.encode(checkpoint)) of exactly these fields.
    const Bytes encoded = ipc::abi::encodeSingle(
        ipc::abi::Type::parse(protocol::abi_types::kCheckpoint), protocol::toAbi(cp));
    j["abiHash"] = hashJson(ipc::keccak256(encoded));
    j["abiEncoded"] = dataJson(encoded);
    std::vector<Json> sigs;
    for (const auto& s : v.signatures) {
        Json sj = Json::object();
        sj["signer"] = addressJson(s.signer);
        sj["signature"] = Json::string(s.signature.hex());
        sj["weight"] = u64(s.weight);
        sj["verified"] = Json::boolean(s.verified);
        sj["height"] = u64(s.height);
        sigs.push_back(std::move(sj));
    }
    j["signatures"] = Json::array(std::move(sigs));
    Json quorum = Json::object();
    quorum["signedWeight"] = u64(v.summary.signedWeight);
    quorum["totalWeight"] = u64(v.summary.totalWeight);
    quorum["threshold"] = u64(v.summary.threshold);
    quorum["reached"] = Json::boolean(v.summary.signedWeight >= v.summary.threshold);
    j["quorum"] = quorum;
    Json stages = Json::object();
    Json cut = Json::object();
    cut["timeMs"] = u64(v.summary.cutTimeMs);
    stages["cut"] = cut;
    stages["quorum"] = optionalObject("height", v.summary.quorumHeight);
    stages["submitted"] = optionalObject("parentHeight", v.summary.submittedParentHeight);
    stages["executed"] = optionalObject("parentHeight", v.summary.executedParentHeight);
    j["stages"] = stages;
    return j;
}

// How a message ended, from the Result that answers it (or, for a Result, its own payload):
// none while no Result exists yet (or for a Transfer answered by none).
std::optional<protocol::ResultMsg> outcomeOf(const Hierarchy& h, const MessageTrace& t) {
    const MessageTrace* result = &t;
    if (t.envelope.kind != protocol::MsgKind::Result) {
        result = t.resultId ? h.trace(*t.resultId) : nullptr;
        if (result == nullptr)
            return std::nullopt;
    }
    try {
        return protocol::decodeResultMsg(result->envelope.message);
    } catch (const ParseError&) {
        return std::nullopt;
    }
}

// The fields ipc_listCrossMessages and ipc_traceMessage share.
Json messageJson(const Hierarchy& h, const MessageTrace& t) {
    Json j = Json::object();
    j["tracingId"] = hashJson(t.id);
    j["kind"] = Json::string(protocol::toString(t.envelope.kind));
    j["from"] = ipcAddressJson(t.envelope.from);
    j["to"] = ipcAddressJson(t.envelope.to);
    putAmount(j, "value", t.envelope.value);
    j["stage"] = Json::string(toString(t.stage));
    j["createdMs"] = u64(t.createdMs);
    j["failure"] = t.failure ? Json::string(protocol::toString(*t.failure)) : Json::null();
    const auto outcome = outcomeOf(h, t);
    j["outcome"] = outcome ? Json::string(protocol::toString(outcome->outcome)) : Json::null();
    // Ok: the target's return data; ActorErr: its revert data; SystemErr: IPC's reason byte.
    j["returnData"] = outcome ? dataJson(outcome->ret) : Json::null();
    if (t.envelope.kind == protocol::MsgKind::Call) {
        try {
            const protocol::CallMsg call = protocol::decodeCallMsg(t.envelope.message);
            Json c = Json::object();
            c["method"] = dataJson(call.method);
            c["params"] = dataJson(call.params);
            j["call"] = std::move(c);
        } catch (const ParseError&) {
            j["call"] = Json::null();
        }
    }
    return j;
}

// ipc_listCrossMessages' optional filters: a message kind and an outcome ("none": no Result yet).
struct MessageFilter {
    std::optional<protocol::MsgKind> kind;
    std::optional<std::string> outcome;
};

MessageFilter messageFilterParam(const Json& params, std::size_t kindIndex,
                                 std::size_t outcomeIndex) {
    MessageFilter f;
    if (const auto k = optionalParam(params, kindIndex)) {
        const std::string text = k->is_string() ? k->as_string() : "";
        for (auto kind :
             {protocol::MsgKind::Transfer, protocol::MsgKind::Call, protocol::MsgKind::Result}) {
            if (text == protocol::toString(kind))
                f.kind = kind;
        }
        if (!f.kind)
            throw RpcError(kInvalidParams, "invalid kind: expected Transfer, Call or Result");
    }
    if (const auto o = optionalParam(params, outcomeIndex)) {
        const std::string text = o->is_string() ? o->as_string() : "";
        if (text != "Ok" && text != "SystemErr" && text != "ActorErr" && text != "none") {
            throw RpcError(kInvalidParams,
                           "invalid outcome: expected Ok, SystemErr, ActorErr or none");
        }
        f.outcome = text;
    }
    return f;
}

bool matches(const Hierarchy& h, const MessageTrace& t, const MessageFilter& f) {
    if (f.kind && t.envelope.kind != *f.kind)
        return false;
    if (!f.outcome)
        return true;
    const auto outcome = outcomeOf(h, t);
    return outcome ? *f.outcome == protocol::toString(outcome->outcome) : *f.outcome == "none";
}

Json traceJson(const Hierarchy& h, const MessageTrace& t) {
    Json j = messageJson(h, t);
    j["originalNonce"] = u64(t.envelope.originalNonce);
    j["message"] = dataJson(t.envelope.message);
    j["answers"] = t.answers ? hashJson(*t.answers) : Json::null();
    j["resultId"] = t.resultId ? hashJson(*t.resultId) : Json::null();
    std::vector<Json> hops;
    for (const auto& e : t.entries) {
        Json hj = Json::object();
        hj["stage"] = Json::string(toString(e.stage));
        hj["subnet"] = Json::string(e.subnet.toString());
        const SubnetNode* n = h.node(e.subnet);
        hj["subnetName"] = n != nullptr ? Json::string(n->name) : Json::null();
        hj["height"] = u64(e.height);
        hj["timeMs"] = u64(e.timeMs);
        hj["detail"] = Json::string(e.detail);
        hops.push_back(std::move(hj));
    }
    j["hops"] = Json::array(std::move(hops));
    return j;
}

bool involves(const MessageTrace& t, const SubnetId& id) {
    if (t.envelope.from.subnet == id || t.envelope.to.subnet == id)
        return true;
    return std::any_of(t.entries.begin(), t.entries.end(),
                       [&](const TraceEntry& e) { return e.subnet == id; });
}

// ---------------------------------------------------------------- methods

std::uint64_t limitParam(const Json& params, std::size_t index) {
    const auto limit = optionalUintParam(params, index, "limit", kMaxLimit).value_or(kDefaultLimit);
    if (limit == 0)
        throw RpcError(kInvalidParams, "invalid limit: must be at least 1");
    return limit;
}

Json listSubnets(const CallContext& ctx, const Json&) {
    const auto views = engine(ctx.devnet)
                           .post([](Hierarchy& h) {
                               std::vector<SubnetView> out;
                               for (const auto& n : h.nodes())
                                   out.push_back(makeSubnetView(*n));
                               return out;
                           })
                           .get();
    std::vector<Json> out;
    for (const auto& v : views) {
        Json j = subnetSummaryJson(v);
        j["rpcUrl"] = stringOrNull(ctx.rpcUrl(v.id));
        out.push_back(std::move(j));
    }
    return Json::array(std::move(out));
}

Json getSubnet(const CallContext& ctx, const Json& params) {
    const SubnetRef ref = subnetRefParam(ctx, params, 0, "subnet");
    auto [j, id] = engine(ctx.devnet)
                       .post([&](Hierarchy& h) {
                           const SubnetNode& n = resolveSubnet(h, ref);
                           return std::make_pair(getSubnetJson(n), n.id);
                       })
                       .get();
    j["rpcUrl"] = stringOrNull(ctx.rpcUrl(id));
    return j;
}

Json listCheckpoints(const CallContext& ctx, const Json& params) {
    const SubnetRef ref = subnetRefParam(ctx, params, 0, "subnet");
    const std::uint64_t from = optionalUintParam(params, 1, "fromHeight").value_or(0);
    const std::uint64_t limit = limitParam(params, 2);
    return engine(ctx.devnet)
        .post([&](Hierarchy& h) {
            const SubnetNode& n = resolveSubnet(h, ref);
            std::vector<Json> out;
            for (const auto& rec : n.gateway().checkpointsFrom(from, limit))
                out.push_back(checkpointSummaryJson(rec));
            return Json::array(std::move(out));
        })
        .get();
}

Json getCheckpoint(const CallContext& ctx, const Json& params) {
    const SubnetRef ref = subnetRefParam(ctx, params, 0, "subnet");
    const std::uint64_t height = uintParam(params, 1, "height");
    return engine(ctx.devnet)
        .post([&](Hierarchy& h) {
            const SubnetNode& n = resolveSubnet(h, ref);
            const auto rec = n.gateway().findCheckpoint(height);
            if (!rec) {
                throw RpcError(kInvalidParams, "no checkpoint at height " + std::to_string(height) +
                                                   " in " + n.name + " (" + n.id.toString() + ")");
            }
            return checkpointJson(makeCheckpointView(n.id, *rec));
        })
        .get();
}

Json listCrossMessages(const CallContext& ctx, const Json& params) {
    std::optional<SubnetRef> filter;
    if (optionalParam(params, 0))
        filter = subnetRefParam(ctx, params, 0, "subnet");
    const std::uint64_t limit = limitParam(params, 1);
    const MessageFilter which = messageFilterParam(params, 2, 3);
    return engine(ctx.devnet)
        .post([&](Hierarchy& h) {
            std::optional<SubnetId> only;
            if (filter)
                only = resolveSubnet(h, *filter).id;
            std::vector<const MessageTrace*> picked;
            for (const auto& [id, t] : h.messages()) {
                if ((!only || involves(t, *only)) && matches(h, t, which))
                    picked.push_back(&t);
            }
            // Newest first; the tracing id breaks ties so the order is stable.
            std::sort(picked.begin(), picked.end(), [](const auto* a, const auto* b) {
                return a->createdMs != b->createdMs ? a->createdMs > b->createdMs : a->id < b->id;
            });
            std::vector<Json> out;
            for (const auto* t : picked) {
                if (out.size() >= limit)
                    break;
                out.push_back(messageJson(h, *t));
            }
            return Json::array(std::move(out));
        })
        .get();
}

// Null for an id the devnet has not traced (yet), as eth_getTransactionByHash does.
Json traceMessage(const CallContext& ctx, const Json& params) {
    const Hash32 id = hashParam(params, 0, "tracingId");
    return engine(ctx.devnet)
        .post([&](Hierarchy& h) {
            const MessageTrace* t = h.trace(id);
            return t != nullptr ? traceJson(h, *t) : Json::null();
        })
        .get();
}

Json parentFinality(const CallContext& ctx, const Json& params) {
    const SubnetRef ref = subnetRefParam(ctx, params, 0, "subnet");
    return engine(ctx.devnet)
        .post([&](Hierarchy& h) {
            return parentFinalityJson(resolveSubnet(h, ref).gateway().latestParentFinality());
        })
        .get();
}

Json listValidators(const CallContext& ctx, const Json& params) {
    const SubnetRef ref = subnetRefParam(ctx, params, 0, "subnet");
    return engine(ctx.devnet)
        .post([&](Hierarchy& h) { return validatorsJson(resolveSubnet(h, ref)); })
        .get();
}

}  // namespace

void addIpcMethods(MethodTable& table) {
    table.add("ipc_listSubnets", listSubnets);
    table.add("ipc_getSubnet", getSubnet);
    table.add("ipc_listCheckpoints", listCheckpoints);
    table.add("ipc_getCheckpoint", getCheckpoint);
    table.add("ipc_listCrossMessages", listCrossMessages);
    table.add("ipc_traceMessage", traceMessage);
    table.add("ipc_parentFinality", parentFinality);
    table.add("ipc_listValidators", listValidators);
}

}  // namespace ipc::devnet::rpc
