// IPC's built-in contracts of a subnet (gateway, registry, subnet actors) behind its ABI.
#include "ipc/core/ipc/contracts.h"

#include <functional>
#include <unordered_map>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/encoding/rlp.h"
#include "ipc/core/ipc/errors.h"
#include "ipc/core/ipc/events.h"

namespace ipc::protocol {

using chain::Revert;

#define IPC_SUBNET_ID "(uint64,address[])"
#define IPC_FVM "(uint8,bytes)"
#define IPC_ADDR "(" IPC_SUBNET_ID "," IPC_FVM ")"
#define IPC_ENVELOPE "(uint8,uint64,uint64,uint256," IPC_ADDR "," IPC_ADDR ",bytes)"
#define IPC_CHECKPOINT \
    "(" IPC_SUBNET_ID ",uint256,bytes32,uint64," IPC_ENVELOPE "[],(((uint64,uint64),bytes32)))"
namespace sig {
const char* const kFund = "fund(" IPC_SUBNET_ID "," IPC_FVM ")";
const char* const kRelease = "release(" IPC_FVM ")";
const char* const kSendXnet = "sendContractXnetMessage(" IPC_ENVELOPE ")";
const char* const kXnetTransfer = "xnetTransfer(" IPC_ADDR ")";
const char* const kHandleIpcMessage = "handleIpcMessage(" IPC_ENVELOPE ")";
const char* const kAddCheckpointSignature =
    "addCheckpointSignature(uint256,bytes32[],uint256,bytes)";
const char* const kJoin = "join(bytes,uint256)";
const char* const kStake = "stake(uint256)";
const char* const kUnstake = "unstake(uint256)";
const char* const kLeave = "leave()";
const char* const kKill = "kill()";
const char* const kPreFund = "preFund(uint256)";
const char* const kPreRelease = "preRelease(uint256)";
const char* const kClaim = "claim()";
const char* const kSetFederatedPower = "setFederatedPower(address[],bytes[],uint256[])";
const char* const kSubmitCheckpoint = "submitCheckpoint(" IPC_CHECKPOINT ",address[],bytes[])";
const char* const kNewSubnetActor =
    "newSubnetActor((uint256,uint64,uint64,uint16,uint8,uint8,uint64,uint64))";
}  // namespace sig
#undef IPC_CHECKPOINT
#undef IPC_ENVELOPE
#undef IPC_ADDR
#undef IPC_FVM
#undef IPC_SUBNET_ID

namespace {

enum class Fn {
    // gateway calls
    Fund,
    Release,
    SendXnet,
    XnetTransfer,
    AddCheckpointSignature,
    PropagateAll,
    // gateway getters
    GetNetworkName,
    BottomUpCheckPeriod,
    BottomUpNonce,
    AppliedTopDownNonce,
    TotalSubnets,
    ListSubnets,
    GetSubnet,
    GetTopDownNonce,
    GetAppliedBottomUpNonce,
    GetLatestParentFinality,
    GetParentFinality,
    BottomUpCheckpoint,
    GetCurrentMembership,
    MajorityPercentage,
    // subnet actor calls
    Join,
    Stake,
    Unstake,
    Leave,
    Kill,
    PreFund,
    PreRelease,
    Claim,
    SetFederatedPower,
    SubmitCheckpoint,
    // subnet actor getters
    Bootstrapped,
    LastBottomUpCheckpointHeight,
    GetParent,
    MinValidators,
    MinActivationCollateral,
    GenesisCircSupply,
    Killed,
    ActiveValidatorsLimit,
    PermissionModeFn,
    // registry
    NewSubnetActor,
};

struct FnInfo {
    Fn fn;
    std::string signature;
};

const std::unordered_map<std::uint32_t, FnInfo>& functions() {
    static const auto table = [] {
        std::unordered_map<std::uint32_t, FnInfo> t;
        auto add = [&](Fn fn, const std::string& s) {
            const auto sel = abi::FunctionSignature::parse(s).selector();
            const std::uint32_t key = (std::uint32_t(sel.bytes[0]) << 24) |
                                      (std::uint32_t(sel.bytes[1]) << 16) |
                                      (std::uint32_t(sel.bytes[2]) << 8) | sel.bytes[3];
            t.emplace(key, FnInfo{fn, s});
        };
        add(Fn::Fund, sig::kFund);
        add(Fn::Release, sig::kRelease);
        add(Fn::SendXnet, sig::kSendXnet);
        add(Fn::XnetTransfer, sig::kXnetTransfer);
        add(Fn::AddCheckpointSignature, sig::kAddCheckpointSignature);
        add(Fn::PropagateAll, "propagateAll()");
        add(Fn::GetNetworkName, "getNetworkName()");
        add(Fn::BottomUpCheckPeriod, "bottomUpCheckPeriod()");
        add(Fn::BottomUpNonce, "bottomUpNonce()");
        add(Fn::AppliedTopDownNonce, "appliedTopDownNonce()");
        add(Fn::TotalSubnets, "totalSubnets()");
        add(Fn::ListSubnets, "listSubnets()");
        add(Fn::GetSubnet, "getSubnet((uint64,address[]))");
        add(Fn::GetTopDownNonce, "getTopDownNonce((uint64,address[]))");
        add(Fn::GetAppliedBottomUpNonce, "getAppliedBottomUpNonce((uint64,address[]))");
        add(Fn::GetLatestParentFinality, "getLatestParentFinality()");
        add(Fn::GetParentFinality, "getParentFinality(uint256)");
        add(Fn::BottomUpCheckpoint, "bottomUpCheckpoint(uint256)");
        add(Fn::GetCurrentMembership, "getCurrentMembership()");
        add(Fn::MajorityPercentage, "majorityPercentage()");
        add(Fn::Join, sig::kJoin);
        add(Fn::Stake, sig::kStake);
        add(Fn::Unstake, sig::kUnstake);
        add(Fn::Leave, sig::kLeave);
        add(Fn::Kill, sig::kKill);
        add(Fn::PreFund, sig::kPreFund);
        add(Fn::PreRelease, sig::kPreRelease);
        add(Fn::Claim, sig::kClaim);
        add(Fn::SetFederatedPower, sig::kSetFederatedPower);
        add(Fn::SubmitCheckpoint, sig::kSubmitCheckpoint);
        add(Fn::Bootstrapped, "bootstrapped()");
        add(Fn::LastBottomUpCheckpointHeight, "lastBottomUpCheckpointHeight()");
        add(Fn::GetParent, "getParent()");
        add(Fn::MinValidators, "minValidators()");
        add(Fn::MinActivationCollateral, "minActivationCollateral()");
        add(Fn::GenesisCircSupply, "genesisCircSupply()");
        add(Fn::Killed, "killed()");
        add(Fn::ActiveValidatorsLimit, "activeValidatorsLimit()");
        add(Fn::PermissionModeFn, "permissionMode()");
        add(Fn::NewSubnetActor, sig::kNewSubnetActor);
        return t;
    }();
    return table;
}

const FnInfo* lookup(ByteView data) {
    if (data.size() < 4)
        return nullptr;
    const std::uint32_t key = (std::uint32_t(data[0]) << 24) | (std::uint32_t(data[1]) << 16) |
                              (std::uint32_t(data[2]) << 8) | data[3];
    auto it = functions().find(key);
    return it == functions().end() ? nullptr : &it->second;
}

const FnInfo& require(ByteView data) {
    const FnInfo* f = lookup(data);
    if (f == nullptr) {
        throw Revert(data.size() < 4 ? "call data too short for a function selector"
                                     : "unknown function selector " + toHex(data.subspan(0, 4)));
    }
    return *f;
}

std::vector<abi::Value> args(const FnInfo& f, ByteView data) {
    try {
        return abi::decodeCall(f.signature, data);
    } catch (const ParseError& e) {
        throw Revert(std::string("bad arguments: ") + e.what());
    }
}

Bytes ret(const char* type, const abi::Value& v) {
    return abi::encode(abi::Type::parse(type), v);
}
Bytes retUint(const U256& v) {
    return ret("(uint256)", abi::Value::tuple({abi::Value::uint(v)}));
}
Bytes retBool(bool b) {
    return ret("(bool)", abi::Value::tuple({abi::Value::boolean(b)}));
}

crypto::Signature signatureArg(const abi::Value& v) {
    try {
        return crypto::Signature::fromBytes(v.asBytes());
    } catch (const ParseError& e) {
        throw Revert(std::string("InvalidSignatureErr: ") + e.what());
    }
}

FixedBytes<65> publicKeyArg(const abi::Value& v) {
    const Bytes& b = v.asBytes();
    if (b.size() != 65)
        throw Revert("public key must be 65 bytes (uncompressed)");
    return FixedBytes<65>::fromBytes(b);
}

}  // namespace

EthAddress createAddress(const EthAddress& sender, std::uint64_t nonce) {
    rlp::Encoder e;
    e.addBytes(sender.view()).addUint64(nonce);
    const Hash32 h = keccak256(e.list());
    return EthAddress::fromBytes(ByteView(h.bytes).subspan(12));
}

IpcContracts::IpcContracts(SubnetId self, GatewayParams params)
    : gateway_(std::move(self), params) {}

SubnetActor& IpcContracts::createSubnet(std::uint64_t height, const EthAddress& owner,
                                        SubnetParams params, std::vector<chain::Log>& logs) {
    try {
        params.validate();
    } catch (const ParseError& e) {
        throw Revert(e.what());
    }
    if (subnetId().depth() >= 10)
        throw Revert("subnets can be at most 10 levels deep");
    const EthAddress addr = createAddress(registryAddress(), registryNonce_);
    auto [it, inserted] =
        actors_.emplace(addr, SubnetActor(addr, subnetId(), std::move(params), owner, height));
    if (!inserted)
        throw Revert("subnet actor address already in use");
    ++registryNonce_;
    logs.push_back(events::subnetDeployed(addr));
    return it->second;
}

SubnetActor* IpcContracts::actor(const EthAddress& a) {
    auto it = actors_.find(a);
    return it == actors_.end() ? nullptr : &it->second;
}

const SubnetActor* IpcContracts::actor(const EthAddress& a) const {
    auto it = actors_.find(a);
    return it == actors_.end() ? nullptr : &it->second;
}

std::vector<SubnetId> IpcContracts::takeBootstrapped() {
    std::vector<SubnetId> out;
    out.swap(bootstrapped_);
    return out;
}

std::vector<std::pair<SubnetId, std::uint64_t>> IpcContracts::takeAcceptedCheckpoints() {
    std::vector<std::pair<SubnetId, std::uint64_t>> out;
    out.swap(accepted_);
    return out;
}

bool IpcContracts::isContract(const EthAddress& a) const {
    return a == gatewayAddress() || a == registryAddress() || actors_.count(a) != 0;
}

std::vector<EthAddress> IpcContracts::addresses() const {
    std::vector<EthAddress> out{gatewayAddress(), registryAddress()};
    for (const auto& [a, actor] : actors_)
        out.push_back(a);
    return out;
}

std::uint64_t IpcContracts::callGas(const EthAddress& /*to*/, ByteView data) const {
    const FnInfo* f = lookup(data);
    if (f == nullptr)
        return 0;
    switch (f->fn) {
        case Fn::Fund:
            return IpcGas::kFund;
        case Fn::Release:
            return IpcGas::kRelease;
        case Fn::SendXnet:
        case Fn::XnetTransfer:
            return IpcGas::kCrossMessage;
        case Fn::AddCheckpointSignature:
            return IpcGas::kCheckpointSignature;
        case Fn::Join:
            return IpcGas::kJoin;
        case Fn::Stake:
        case Fn::Unstake:
            return IpcGas::kStake;
        case Fn::Leave:
            return IpcGas::kLeave;
        case Fn::Kill:
            return IpcGas::kKill;
        case Fn::PreFund:
        case Fn::PreRelease:
            return IpcGas::kPreFund;
        case Fn::Claim:
            return IpcGas::kClaim;
        case Fn::SetFederatedPower:
            return IpcGas::kFederatedPower;
        case Fn::SubmitCheckpoint:
            return IpcGas::kSubmitCheckpoint;
        case Fn::NewSubnetActor:
            return IpcGas::kNewSubnetActor;
        default:
            return 0;
    }
}

std::unique_ptr<chain::SystemContracts> IpcContracts::clone() const {
    return std::make_unique<IpcContracts>(*this);
}

void IpcContracts::restore(const chain::SystemContracts& snapshot) {
    *this = dynamic_cast<const IpcContracts&>(snapshot);
}

const abi::ErrorRegistry* IpcContracts::errors() const {
    return &ipcErrors();
}

void IpcContracts::acceptForcedBalance(const EthAddress& a, const U256& amount) {
    if (a == gatewayAddress())
        gateway_.acceptForcedBalance(amount);
}

Bytes IpcContracts::call(chain::CallContext& ctx, const EthAddress& to, ByteView data) {
    return call(ctx, to, data, chain::CallOrigin{});
}

Bytes IpcContracts::call(chain::CallContext& ctx, const EthAddress& to, ByteView data,
                         const chain::CallOrigin& origin) {
    if (to == gatewayAddress())
        return callGateway(ctx, data, origin);
    if (to == registryAddress())
        return callRegistry(ctx, data);
    if (SubnetActor* a = actor(to))
        return callActor(ctx, *a, data, origin);
    throw Revert("not a built-in contract");
}

void IpcContracts::executeXnetCalls(chain::AccountState& state, std::uint64_t height,
                                    chain::ContractRunner& runner, std::vector<chain::Log>& logs) {
    gateway_.executeCalls(state, height, runner, logs);
}

Bytes IpcContracts::callGateway(chain::CallContext& ctx, ByteView data,
                                const chain::CallOrigin& origin) {
    const FnInfo& f = require(data);
    const auto a = args(f, data);
    try {
        switch (f.fn) {
            case Fn::Fund:
                gateway_.fund(ctx.state, ctx.height, ctx.sender, ctx.value, subnetIdFromAbi(a[0]),
                              ethFromFvmAbi(a[1]), ctx.logs);
                return {};
            case Fn::Release:
                gateway_.release(ctx.state, ctx.height, ctx.sender, ctx.value, ethFromFvmAbi(a[0]),
                                 ctx.logs);
                return {};
            case Fn::SendXnet: {
                // The gateway stamps `from` and the nonces itself, so only the fields it keeps
                // are read (a caller leaves `from` empty, as IPC's SDK does).
                const abi::Value& v = a[0];
                Envelope e;
                const auto kind = v.at(0).asUint64();
                if (kind > 2)
                    throw invalidXnetMessage(XnetFailure::Kind, "unknown message kind");
                e.kind = static_cast<MsgKind>(kind);
                e.value = v.at(3).asUint();
                e.to = ipcAddressFromAbi(v.at(4));
                e.message = v.at(6).asBytes();
                const Envelope committed = gateway_.sendContractXnetMessage(
                    ctx.state, ctx.height, ctx.sender, origin.senderIsContract, ctx.value, e,
                    ctx.logs);
                // IPC returns the committed envelope (stamped with its sender and nonce).
                return abi::encodeSingle(abi::Type::parse(abi_types::kEnvelope), toAbi(committed));
            }
            case Fn::XnetTransfer:
                gateway_.sendCrossMessage(ctx.state, ctx.height, ctx.sender, ctx.value,
                                          ipcAddressFromAbi(a[0]), ctx.logs);
                return {};
            case Fn::AddCheckpointSignature:
                if (!ctx.value.isZero())
                    throw Revert("addCheckpointSignature is not payable");
                gateway_.addCheckpointSignature(a[0].asUint64(), ctx.sender, signatureArg(a[3]),
                                                ctx.height, ctx.logs);
                return {};
            case Fn::PropagateAll:
                return {};  // the devnet propagates after every execution
            default:
                break;
        }
    } catch (const ParseError& e) {
        throw Revert(std::string("bad arguments: ") + e.what());
    }
    if (!ctx.value.isZero())
        throw Revert("function is not payable");
    return view(gatewayAddress(), data);
}

Bytes IpcContracts::callRegistry(chain::CallContext& ctx, ByteView data) {
    const FnInfo& f = require(data);
    if (f.fn != Fn::NewSubnetActor)
        throw Revert("unknown registry function");
    const auto a = args(f, data);
    const abi::Value& p = a[0];
    SubnetParams params;
    try {
        params.minActivationCollateral = p.at(0).asUint();
        params.minValidators = p.at(1).asUint64();
        params.bottomUpCheckPeriod = p.at(2).asUint64();
        params.activeValidatorsLimit = static_cast<std::uint16_t>(p.at(3).asUint64());
        params.majorityPercentage = static_cast<std::uint8_t>(p.at(4).asUint64());
        const auto mode = p.at(5).asUint64();
        if (mode > 2)
            throw Revert("unknown permission mode");
        params.permissionMode = static_cast<PermissionMode>(mode);
        params.blockTimeMs = p.at(6).asUint64();
        if (const auto cid = p.at(7).asUint64(); cid != 0)
            params.chainId = cid;
    } catch (const ParseError& e) {
        throw Revert(std::string("bad arguments: ") + e.what());
    }
    if (!ctx.value.isZero())
        throw Revert("newSubnetActor is not payable");
    const SubnetActor& created = createSubnet(ctx.height, ctx.sender, std::move(params), ctx.logs);
    return ret("(address)", abi::Value::tuple({abi::Value::address(created.address())}));
}

Bytes IpcContracts::callActor(chain::CallContext& ctx, SubnetActor& actor, ByteView data,
                              const chain::CallOrigin& origin) {
    const FnInfo& f = require(data);
    const auto a = args(f, data);
    auto notPayable = [&] {
        if (!ctx.value.isZero())
            throw Revert("function is not payable");
    };
    bool bootstrappedNow = false;
    switch (f.fn) {
        case Fn::Join: {
            const U256 amount = a[1].asUint();
            if (!amount.isZero() && amount != ctx.value) {
                throw Revert("join amount must equal the collateral sent as value");
            }
            bootstrappedNow = actor.join(ctx.state, ctx.height, ctx.sender, publicKeyArg(a[0]),
                                         ctx.value, gateway_);
            break;
        }
        case Fn::Stake: {
            const U256 amount = a[0].asUint();
            if (!amount.isZero() && amount != ctx.value) {
                throw Revert("stake amount must equal the collateral sent as value");
            }
            actor.stake(ctx.state, ctx.height, ctx.sender, ctx.value, gateway_);
            break;
        }
        case Fn::Unstake:
            notPayable();
            actor.unstake(ctx.height, ctx.sender, a[0].asUint(), ctx.state);
            break;
        case Fn::Leave:
            notPayable();
            actor.leave(ctx.state, ctx.height, ctx.sender);
            break;
        case Fn::Kill:
            notPayable();
            actor.kill(ctx.state, ctx.sender, gateway_);
            break;
        case Fn::PreFund: {
            const U256 amount = a[0].asUint();
            if (!amount.isZero() && amount != ctx.value) {
                throw Revert("preFund amount must equal the value sent");
            }
            actor.preFund(ctx.sender, ctx.value);
            break;
        }
        case Fn::PreRelease:
            notPayable();
            actor.preRelease(ctx.state, ctx.sender, a[0].asUint());
            break;
        case Fn::Claim:
            notPayable();
            actor.claim(ctx.state, ctx.sender);
            break;
        case Fn::SetFederatedPower: {
            notPayable();
            std::vector<EthAddress> vals;
            std::vector<FixedBytes<65>> keys;
            std::vector<U256> powers;
            for (const auto& v : a[0].asList())
                vals.push_back(v.asAddress());
            for (const auto& v : a[1].asList())
                keys.push_back(publicKeyArg(v));
            for (const auto& v : a[2].asList())
                powers.push_back(v.asUint());
            bootstrappedNow = actor.setFederatedPower(ctx.state, ctx.height, ctx.sender, vals, keys,
                                                      powers, gateway_);
            break;
        }
        case Fn::SubmitCheckpoint: {
            notPayable();
            BottomUpCheckpoint cp;
            try {
                cp = checkpointFromAbi(a[0]);
            } catch (const ParseError& e) {
                throw Revert(std::string("bad checkpoint: ") + e.what());
            }
            std::vector<EthAddress> signatories;
            std::vector<crypto::Signature> signatures;
            for (const auto& v : a[1].asList())
                signatories.push_back(v.asAddress());
            for (const auto& v : a[2].asList())
                signatures.push_back(signatureArg(v));
            if (origin.runner == nullptr && origin.senderIsContract)
                throw Revert("checkpoints are submitted by a transaction, not from contract code");
            const SubnetId child = actor.id();
            actor.submitCheckpoint(ctx.state, ctx.height, cp, signatories, signatures, gateway_,
                                   ctx.logs);
            accepted_.emplace_back(child, cp.blockHeight);
            if (gateway_.hasPendingCalls()) {
                if (origin.runner == nullptr)
                    throw Revert("no contract runner for the checkpoint's calls");
                gateway_.executeCalls(ctx.state, ctx.height, *origin.runner, ctx.logs);
            }
            break;
        }
        default:
            notPayable();
            return viewActor(actor, data);
    }
    if (bootstrappedNow)
        bootstrapped_.push_back(actor.id());
    return {};
}

Bytes IpcContracts::view(const EthAddress& to, ByteView data) const {
    // Arguments that decode but do not fit what the devnet keeps (a height beyond 64 bits, a
    // subnet id deeper than 10) revert like any other bad argument.
    try {
        if (to == gatewayAddress())
            return viewGateway(data);
        if (const SubnetActor* a = actor(to))
            return viewActor(*a, data);
    } catch (const ParseError& e) {
        throw Revert(std::string("bad arguments: ") + e.what());
    }
    if (to == registryAddress())
        throw Revert("the registry has no getters");
    throw Revert("not a built-in contract");
}

Bytes IpcContracts::viewGateway(ByteView data) const {
    const FnInfo& f = require(data);
    const auto a = args(f, data);
    const Gateway& g = gateway_;
    switch (f.fn) {
        case Fn::GetNetworkName:
            return abi::encodeSingle(abi::Type::parse(abi_types::kSubnetId), toAbi(g.subnetId()));
        case Fn::BottomUpCheckPeriod:
            return retUint(g.params().bottomUpCheckPeriod);
        case Fn::BottomUpNonce:
            return retUint(g.bottomUpNonce());
        case Fn::AppliedTopDownNonce:
            return retUint(g.appliedTopDownNonce());
        case Fn::MajorityPercentage:
            return retUint(g.params().majorityPercentage);
        case Fn::TotalSubnets: {
            std::uint64_t n = 0;
            for (const auto& [id, c] : g.children())
                n += c.killed ? 0 : 1;
            return retUint(n);
        }
        case Fn::ListSubnets: {
            std::vector<abi::Value> list;
            for (const auto& [id, c] : g.children()) {
                if (!c.killed)
                    list.push_back(toAbi(c));
            }
            return abi::encodeSingle(abi::Type::parse(std::string(abi_types::kSubnet) + "[]"),
                                     abi::Value::array(std::move(list)));
        }
        case Fn::GetSubnet: {
            const ChildSubnet* c = g.child(subnetIdFromAbi(a[0]));
            ChildSubnet empty;
            empty.id = SubnetId(0);
            return ret((std::string("(bool,") + abi_types::kSubnet + ")").c_str(),
                       abi::Value::tuple(
                           {abi::Value::boolean(c != nullptr), toAbi(c != nullptr ? *c : empty)}));
        }
        case Fn::GetTopDownNonce:
        case Fn::GetAppliedBottomUpNonce: {
            const ChildSubnet* c = g.child(subnetIdFromAbi(a[0]));
            std::uint64_t n = 0;
            if (c != nullptr) {
                n = f.fn == Fn::GetTopDownNonce ? c->topDownNonce : c->appliedBottomUpNonce;
            }
            return ret("(bool,uint64)",
                       abi::Value::tuple({abi::Value::boolean(c != nullptr), abi::Value::uint(n)}));
        }
        case Fn::GetLatestParentFinality:
            return ret(abi_types::kParentFinality,
                       toAbi(g.latestParentFinality().value_or(ParentFinality{})));
        case Fn::GetParentFinality:
            return ret(abi_types::kParentFinality,
                       toAbi(g.parentFinality(a[0].asUint64()).value_or(ParentFinality{})));
        case Fn::BottomUpCheckpoint: {
            const auto rec = g.findCheckpoint(a[0].asUint64());
            BottomUpCheckpoint empty;
            empty.subnet = SubnetId(0);
            return abi::encodeSingle(abi::Type::parse(abi_types::kCheckpoint),
                                     toAbi(rec ? rec->checkpoint : empty));
        }
        case Fn::GetCurrentMembership: {
            std::vector<MemberWeight> vals;
            for (const auto& m : g.membership()) {
                vals.push_back(MemberWeight{
                    m.weight, m.addr, Bytes(m.publicKey.bytes.begin(), m.publicKey.bytes.end())});
            }
            return abi::encodeSingle(abi::Type::parse(abi_types::kMembership),
                                     membershipToAbi(vals, g.membershipConfigurationNumber()));
        }
        default:
            throw Revert("not a gateway getter");
    }
}

Bytes IpcContracts::viewActor(const SubnetActor& actor, ByteView data) const {
    const FnInfo& f = require(data);
    switch (f.fn) {
        case Fn::Bootstrapped:
            return retBool(actor.bootstrapped());
        case Fn::Killed:
            return retBool(actor.killed());
        case Fn::LastBottomUpCheckpointHeight:
            return retUint(actor.lastBottomUpCheckpointHeight());
        case Fn::BottomUpCheckPeriod:
            return retUint(actor.params().bottomUpCheckPeriod);
        case Fn::MajorityPercentage:
            return retUint(actor.params().majorityPercentage);
        case Fn::MinValidators:
            return retUint(actor.params().minValidators);
        case Fn::MinActivationCollateral:
            return retUint(actor.params().minActivationCollateral);
        case Fn::GenesisCircSupply:
            return retUint(actor.genesisCircSupply());
        case Fn::ActiveValidatorsLimit:
            return retUint(actor.params().activeValidatorsLimit);
        case Fn::PermissionModeFn:
            return retUint(static_cast<std::uint64_t>(actor.params().permissionMode));
        case Fn::GetParent:
            return abi::encodeSingle(abi::Type::parse(abi_types::kSubnetId),
                                     toAbi(*actor.id().parent()));
        default:
            throw Revert("not a subnet actor getter");
    }
}

}  // namespace ipc::protocol
