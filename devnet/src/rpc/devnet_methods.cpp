// devnet_*: what anvil_ and evm_ give a single chain, for the whole hierarchy: mining on any
// subnet, block times, pause/resume/speed of virtual time, fault injection (validators offline,
// relayers off) and new subnets. Every parameter is checked before the engine sees it, so a bad
// request is refused before anything changes.
//
// Snapshots (devnet_snapshot, devnet_revert, ...) cover the whole hierarchy; evm_snapshot and
// evm_revert answer like anvil's (evm_revert deletes the snapshot and says false for an
// unknown id), so tools written for anvil work against any subnet's endpoint.
#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <vector>

#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/token_amount.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"
#include "ipc/devnet/version.h"
#include "ipc_params.h"

namespace ipc::devnet::rpc {

namespace {

constexpr std::uint64_t kMaxMine = 10'000;
constexpr std::uint64_t kMaxBlockTimeMs = 3'600'000;  // one hour
constexpr double kMinSpeed = 0.01;
constexpr double kMaxSpeed = 1000;
constexpr std::size_t kMaxNameLength = 64;

[[noreturn]] void invalid(const std::string& message) {
    throw RpcError(kInvalidParams, message);
}

// Waits until commands posted before it (pause, resume, speed) have taken effect.
void barrier(const CallContext& ctx) {
    engine(ctx.devnet).post([](Hierarchy&) {}).get();
}

Json mine(const CallContext& ctx, const Json& params) {
    const SubnetRef ref = subnetRefParam(ctx, params, 0, "subnet");
    const std::uint64_t count = optionalUintParam(params, 1, "count", kMaxMine).value_or(1);
    if (count == 0)
        invalid("invalid count: mine at least 1 block");
    return onEngineChecked(ctx, [&](Hierarchy& h) {
        const SubnetNode& n = resolveSubnet(h, ref);
        if (n.status == SubnetStatus::Killed)
            invalid(n.name + " (" + n.id.toString() + ") was killed: it produces no blocks");
        h.mine(n.id, count);
        Json j = Json::object();
        j["subnet"] = Json::string(n.id.toString());
        j["name"] = Json::string(n.name);
        j["height"] = Json::number(n.chain->height());
        // A halted subnet (too little power online) mines nothing: say so.
        j["status"] = Json::string(toString(n.status));
        return j;
    });
}

Json setBlockTime(const CallContext& ctx, const Json& params) {
    const SubnetRef ref = subnetRefParam(ctx, params, 0, "subnet");
    const std::uint64_t ms = uintParam(params, 1, "ms", kMaxBlockTimeMs);
    return onEngineChecked(ctx, [&](Hierarchy& h) {
        h.setBlockTime(resolveSubnet(h, ref).id, ms);
        return Json::boolean(true);
    });
}

Json pause(const CallContext& ctx, const Json&) {
    ctx.devnet.pause();
    barrier(ctx);
    return Json::boolean(true);
}

Json resume(const CallContext& ctx, const Json&) {
    ctx.devnet.resume();
    barrier(ctx);
    return Json::boolean(true);
}

Json setSpeed(const CallContext& ctx, const Json& params) {
    const Json& v = param(params, 0, "speed");
    if (!v.is_number())
        invalid("invalid speed: expected a number (virtual ms per wall ms)");
    const double speed = v.as_double();
    if (!(speed >= kMinSpeed && speed <= kMaxSpeed)) {
        invalid("invalid speed: " + v.serialize() + " is outside 0.01..1000");
    }
    ctx.devnet.setSpeed(speed);
    barrier(ctx);
    return Json::boolean(true);
}

Json setValidatorOnline(const CallContext& ctx, const Json& params) {
    const SubnetRef ref = subnetRefParam(ctx, params, 0, "subnet");
    const EthAddress validator = addressParam(params, 1, "validator");
    const bool online = boolParam(params, 2, "online");
    return onEngineChecked(ctx, [&](Hierarchy& h) {
        h.setValidatorOnline(resolveSubnet(h, ref).id, validator, online);
        return Json::boolean(true);
    });
}

Json setRelayer(const CallContext& ctx, const Json& params) {
    const SubnetRef ref = subnetRefParam(ctx, params, 0, "subnet");
    const bool on = boolParam(params, 1, "on");
    return onEngineChecked(ctx, [&](Hierarchy& h) {
        h.setRelayer(resolveSubnet(h, ref).id, on);
        return Json::boolean(true);
    });
}

Json setBalance(const CallContext& ctx, const Json& params) {
    const EthAddress account = addressParam(params, 0, "address");
    const U256 balance = quantityParam(params, 1, "balance");
    if (const auto subnet = optionalParam(params, 2)) {
        const SubnetRef ref = subnetRefParam(ctx, params, 2, "subnet");
        const bool isRoot =
            engine(ctx.devnet)
                .post([&](Hierarchy& h) { return resolveSubnet(h, ref).parent == nullptr; })
                .get();
        if (!isRoot) {
            throw RpcError(kInvalidParams,
                           "devnet_setBalance works on the root only: a subnet's balances must "
                           "match its circulating supply in the parent (use fund instead)");
        }
    }
    return onEngineChecked(ctx, [&](Hierarchy& h) {
        h.setRootBalance(account, balance);
        return Json::boolean(true);
    });
}

// ---------------------------------------------------------------- devnet_createSubnet

// The fields devnet_createSubnet understands; anything else is a typo worth reporting.
constexpr std::array<std::string_view, 12> kCreateFields = {
    "parent",
    "name",
    "validators",
    "collateral",
    "checkpointPeriod",
    "majorityPercentage",
    "minValidators",
    "minActivationCollateral",
    "activeValidatorsLimit",
    "blockTimeMs",
    "permissionMode",
    "chainId",
};

bool validName(const std::string& s) {
    if (s.empty() || s.size() > kMaxNameLength)
        return false;
    for (char c : s) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

TokenAmount filField(const Json& v, const char* name) {
    if (!v.is_string())
        invalid(std::string("invalid ") + name + ": expected FIL as text, e.g. \"10\" or \"0.5\"");
    try {
        return TokenAmount::parse(v.as_string());
    } catch (const ParseError& e) {
        invalid(std::string("invalid ") + name + ": " + e.what());
    }
}

struct CreateRequest {
    std::optional<SubnetRef> parent;
    std::optional<std::string> name;
    NewSubnet spec;
};

CreateRequest parseCreate(const CallContext& ctx, const Json& params) {
    const Json& o = param(params, 0, "subnet");
    if (!o.is_object())
        invalid("invalid subnet: expected an object {parent, name, validators, collateral, ...}");
    for (const auto& kv : o.as_object()) {
        if (std::find(kCreateFields.begin(), kCreateFields.end(), kv.first) == kCreateFields.end())
            invalid("unknown field '" + kv.first + "' in devnet_createSubnet");
    }
    auto field = [&](const char* key) -> std::optional<Json> {
        if (!o.has_field(key) || o.at(key).is_null())
            return std::nullopt;
        return o.at(key);
    };

    CreateRequest r;
    r.parent = SubnetRef{std::nullopt, ctx.subnet};
    if (auto v = field("parent")) {
        if (!v->is_string() || v->as_string().empty())
            invalid("invalid parent: expected a subnet id or name");
        r.parent->text = v->as_string();
    }
    if (auto v = field("name")) {
        if (!v->is_string() || !validName(v->as_string())) {
            invalid("invalid name: 1 to 64 characters from a-z, 0-9 and '-'");
        }
        r.name = v->as_string();
    }
    protocol::SubnetParams& p = r.spec.params;
    if (auto v = field("permissionMode")) {
        if (!v->is_string())
            invalid("invalid permissionMode: expected collateral or static");
        try {
            p.permissionMode = protocol::parsePermissionMode(v->as_string());
        } catch (const ParseError& e) {
            invalid(std::string("invalid permissionMode: ") + e.what());
        }
        if (p.permissionMode == protocol::PermissionMode::Federated) {
            invalid(
                "invalid permissionMode: federated subnets are set up by their owner "
                "(setFederatedPower); declare them in a topology file");
        }
    }
    if (auto v = field("activeValidatorsLimit"))
        p.activeValidatorsLimit =
            static_cast<std::uint16_t>(uintValue(*v, "activeValidatorsLimit", 256));
    if (auto v = field("validators")) {
        r.spec.validators =
            static_cast<std::uint32_t>(uintValue(*v, "validators", p.activeValidatorsLimit));
    }
    if (r.spec.validators == 0)
        invalid("invalid validators: a subnet needs at least 1 validator");
    if (auto v = field("collateral"))
        r.spec.collateral = filField(*v, "collateral");
    if (r.spec.collateral.isZero())
        invalid("invalid collateral: each validator must lock more than 0 FIL");
    // Defaults as in topology files: every validator is needed to start the subnet.
    U256 total;
    try {
        total = r.spec.collateral.atto() * U256(r.spec.validators);
    } catch (const Error&) {
        invalid("invalid collateral: the validators' total collateral is too large");
    }
    p.minValidators = r.spec.validators;
    p.minActivationCollateral = total;
    if (auto v = field("minActivationCollateral"))
        p.minActivationCollateral = filField(*v, "minActivationCollateral").atto();
    if (auto v = field("checkpointPeriod"))
        p.bottomUpCheckPeriod = uintValue(*v, "checkpointPeriod", 1'000'000);
    if (auto v = field("majorityPercentage"))
        p.majorityPercentage = static_cast<std::uint8_t>(uintValue(*v, "majorityPercentage", 100));
    if (auto v = field("minValidators"))
        p.minValidators = uintValue(*v, "minValidators", 256);
    if (auto v = field("blockTimeMs"))
        p.blockTimeMs = uintValue(*v, "blockTimeMs", kMaxBlockTimeMs);
    if (auto v = field("chainId")) {
        const std::uint64_t id = uintValue(*v, "chainId", SubnetId::kMaxChainId);
        if (id == 0)
            invalid("invalid chainId: must be at least 1");
        p.chainId = id;
    }
    try {
        p.validate();
    } catch (const ParseError& e) {
        invalid(std::string("invalid subnet parameters: ") + e.what());
    }
    if (p.minValidators > r.spec.validators) {
        invalid("invalid minValidators: " + std::to_string(p.minValidators) + " is more than the " +
                std::to_string(r.spec.validators) + " validators: it would never bootstrap");
    }
    if (total < p.minActivationCollateral) {
        invalid("invalid minActivationCollateral: " +
                TokenAmount::fromAtto(p.minActivationCollateral).formatWithUnit() +
                " is more than the " + std::to_string(r.spec.validators) + " validators' " +
                TokenAmount::fromAtto(total).formatWithUnit() + ": it would never bootstrap");
    }
    return r;
}

Json createSubnet(const CallContext& ctx, const Json& params) {
    CreateRequest r = parseCreate(ctx, params);
    return engine(ctx.devnet)
        .post([&](Hierarchy& h) {
            const SubnetNode& parent = resolveSubnet(h, *r.parent);
            if (parent.status == SubnetStatus::Killed)
                invalid("invalid parent: " + parent.name + " was killed");
            r.spec.parent = parent.id;
            // Named here (as the engine would) so the answer can say the name.
            r.spec.name = r.name.value_or("subnet-" + std::to_string(h.nodes().size()));
            if (h.nodeByName(r.spec.name) != nullptr)
                invalid("invalid name: a subnet named " + r.spec.name + " already exists");
            SubnetId id;
            try {
                id = h.createSubnet(r.spec);
            } catch (const Error& e) {
                throw RpcError(kServerError,
                               std::string("creating the subnet failed: ") + e.what());
            }
            Json j = Json::object();
            j["id"] = Json::string(id.toString());
            j["name"] = Json::string(r.spec.name);
            j["parent"] = Json::string(parent.id.toString());
            return j;
        })
        .get();
}

// ---------------------------------------------------------------- snapshots

std::optional<std::string> snapshotNameParam(const Json& params) {
    const auto v = optionalParam(params, 0);
    if (!v || v->is_null())
        return std::nullopt;
    if (!v->is_string())
        invalid("invalid name: expected text");
    const std::string name = v->as_string();
    if (name.empty() || name.size() > kMaxNameLength)
        invalid("invalid name: 1 to 64 characters");
    for (char c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.')
            invalid("invalid name: use letters, digits, '-', '_' and '.'");
    }
    if (name.rfind("0x", 0) == 0)
        invalid("invalid name: names starting with 0x would read as snapshot ids");
    return name;
}

std::string snapshotRefParam(const Json& params) {
    const Json& v = param(params, 0, "snapshot");
    if (!v.is_string() || v.as_string().empty())
        invalid("invalid snapshot: expected a snapshot id (\"0x1\") or name");
    return v.as_string();
}

Json snapshot(const CallContext& ctx, const Json& params) {
    const std::string name = snapshotNameParam(params).value_or("");
    return onEngineChecked(ctx, [&](Hierarchy& h) { return Json::string(h.snapshot(name)); });
}

// Through the facade, so virtual time continues from the snapshot's time.
void revertOnEngine(const CallContext& ctx, const std::string& ref, bool keep) {
    try {
        ctx.devnet.revert(ref, keep).get();
    } catch (const Error& e) {
        throw RpcError(kInvalidParams, e.what());
    }
}

Json revert(const CallContext& ctx, const Json& params) {
    revertOnEngine(ctx, snapshotRefParam(params), true);
    return Json::boolean(true);
}

Json listSnapshots(const CallContext& ctx, const Json&) {
    const auto list = ctx.devnet.listSnapshots().get();
    std::vector<Json> out;
    for (const auto& s : list) {
        Json j = Json::object();
        j["id"] = Json::string(s.id);
        j["name"] = s.name.empty() ? Json::null() : Json::string(s.name);
        j["timeMs"] = Json::number(s.timeMs);
        Json heights = Json::object();
        for (const auto& [id, height] : s.heights)
            heights[id.toString()] = Json::number(height);
        j["heights"] = heights;
        out.push_back(std::move(j));
    }
    return Json::array(std::move(out));
}

Json deleteSnapshot(const CallContext& ctx, const Json& params) {
    const std::string ref = snapshotRefParam(params);
    onEngineChecked(ctx, [&](Hierarchy& h) {
        h.deleteSnapshot(ref);
        return 0;
    });
    return Json::boolean(true);
}

Json evmSnapshot(const CallContext& ctx, const Json&) {
    return onEngineChecked(ctx, [&](Hierarchy& h) { return Json::string(h.snapshot()); });
}

Json evmRevert(const CallContext& ctx, const Json& params) {
    const Json& v = param(params, 0, "snapshot id");
    if (!v.is_string())
        invalid("invalid snapshot id: expected a hex id such as \"0x1\"");
    const std::string id = v.as_string();
    const bool known = engine(ctx.devnet)
                           .post([&](Hierarchy& h) {
                               for (const auto& s : h.listSnapshots()) {
                                   if (s.id == id)
                                       return true;
                               }
                               return false;
                           })
                           .get();
    if (!known)
        return Json::boolean(false);
    revertOnEngine(ctx, id, false);
    return Json::boolean(true);
}

Json nodeInfo(const CallContext& ctx, const Json&) {
    return engine(ctx.devnet)
        .post([&](Hierarchy& h) {
            Json j = Json::object();
            j["version"] = Json::string(kVersion);
            j["productName"] = Json::string(kProductName);
            j["timeMs"] = Json::number(h.now());
            j["paused"] = Json::boolean(ctx.devnet.paused());
            j["speed"] = Json::number(ctx.devnet.speed());
            j["subnets"] = Json::number(static_cast<std::uint64_t>(h.nodes().size()));
            j["rootChainId"] = Json::number(h.root().chainId());
            std::vector<Json> accounts;
            for (const auto& a : h.accounts())
                accounts.push_back(addressJson(a.address));
            j["accounts"] = Json::array(std::move(accounts));
            return j;
        })
        .get();
}

}  // namespace

void addDevnetMethods(MethodTable& table) {
    table.add("devnet_mine", mine);
    table.add("devnet_setBlockTime", setBlockTime);
    table.add("devnet_pause", pause);
    table.add("devnet_resume", resume);
    table.add("devnet_setSpeed", setSpeed);
    table.add("devnet_setValidatorOnline", setValidatorOnline);
    table.add("devnet_setRelayer", setRelayer);
    table.add("devnet_createSubnet", createSubnet);
    table.add("devnet_nodeInfo", nodeInfo);
    table.add("devnet_setBalance", setBalance);
    table.add("devnet_snapshot", snapshot);
    table.add("devnet_revert", revert);
    table.add("devnet_listSnapshots", listSnapshots);
    table.add("devnet_deleteSnapshot", deleteSnapshot);
    table.add("evm_snapshot", evmSnapshot);
    table.add("evm_revert", evmRevert);
}

}  // namespace ipc::devnet::rpc
