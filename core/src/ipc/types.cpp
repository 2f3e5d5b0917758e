// IPC's cross-net value types and their exact Solidity ABI encodings.
#include "ipc/core/ipc/types.h"

#include <deque>

#include "ipc/core/crypto/hash.h"

namespace ipc::protocol {

const char* toString(MsgKind k) {
    switch (k) {
        case MsgKind::Transfer:
            return "Transfer";
        case MsgKind::Call:
            return "Call";
        case MsgKind::Result:
            return "Result";
    }
    return "?";
}

const char* toString(Outcome o) {
    switch (o) {
        case Outcome::Ok:
            return "Ok";
        case Outcome::SystemErr:
            return "SystemErr";
        case Outcome::ActorErr:
            return "ActorErr";
    }
    return "?";
}

const char* toString(XnetFailure f) {
    switch (f) {
        case XnetFailure::Sender:
            return "Sender";
        case XnetFailure::DstSubnet:
            return "DstSubnet";
        case XnetFailure::Nonce:
            return "Nonce";
        case XnetFailure::Value:
            return "Value";
        case XnetFailure::Kind:
            return "Kind";
        case XnetFailure::ReflexiveSend:
            return "ReflexiveSend";
        case XnetFailure::NoRoute:
            return "NoRoute";
        case XnetFailure::IncompatibleSupplySource:
            return "IncompatibleSupplySource";
    }
    return "?";
}

namespace abi_types {
#define IPC_SUBNET_ID "(uint64,address[])"
#define IPC_FVM "(uint8,bytes)"
#define IPC_ADDR "(" IPC_SUBNET_ID "," IPC_FVM ")"
#define IPC_ENVELOPE "(uint8,uint64,uint64,uint256," IPC_ADDR "," IPC_ADDR ",bytes)"
const char* const kSubnetId = IPC_SUBNET_ID;
const char* const kFvmAddress = IPC_FVM;
const char* const kDelegatedAddress = "(uint64,uint128,bytes)";
const char* const kIpcAddress = IPC_ADDR;
const char* const kEnvelope = IPC_ENVELOPE;
#define IPC_ACTIVITY "(((uint64,uint64),bytes32))"
const char* const kCheckpoint =
    "(" IPC_SUBNET_ID ",uint256,bytes32,uint64," IPC_ENVELOPE "[]," IPC_ACTIVITY ")";
const char* const kParentFinality = "(uint256,bytes32)";
const char* const kSubnet = "(uint256,uint256,uint256,uint64,uint64," IPC_SUBNET_ID ")";
#define IPC_VALIDATOR "(uint256,address,bytes)"
const char* const kMembership = "(" IPC_VALIDATOR "[],uint64)";
const char* const kResultMsg = "(bytes32,uint8,bytes)";
const char* const kCallMsg = "(bytes,bytes)";
const char* const kValidator = IPC_VALIDATOR;
const char* const kActivityRollup = IPC_ACTIVITY;
#undef IPC_SUBNET_ID
#undef IPC_FVM
#undef IPC_ADDR
#undef IPC_ENVELOPE
#undef IPC_ACTIVITY
#undef IPC_VALIDATOR
}  // namespace abi_types

namespace {
constexpr std::uint64_t kEthNamespace = 10;
constexpr std::uint8_t kDelegated = 4;

const abi::Type& type(const char* text) {
    // Parsed once per type text; the few texts used are static strings.
    // A deque keeps references stable while a nested call adds another type.
    static thread_local std::deque<std::pair<const char*, abi::Type>> cache;
    for (const auto& [t, parsed] : cache) {
        if (t == text)
            return parsed;
    }
    cache.emplace_back(text, abi::Type::parse(text));
    return cache.back().second;
}
}  // namespace

abi::Value toAbi(const SubnetId& id) {
    std::vector<abi::Value> route;
    route.reserve(id.route().size());
    for (const auto& a : id.route())
        route.push_back(abi::Value::address(a));
    return abi::Value::tuple({abi::Value::uint(id.root()), abi::Value::array(std::move(route))});
}

abi::Value toAbiFvm(const EthAddress& a) {
    // IPC's FvmAddressHelper.from: abi.encode(DelegatedAddress{...}) of one struct with a dynamic
    // member, so the payload starts with the offset word 0x20 (192 bytes in all), not the three
    // fields as a parameter list.
    const Bytes payload = abi::encodeSingle(
        type(abi_types::kDelegatedAddress),
        abi::Value::tuple({abi::Value::uint(kEthNamespace), abi::Value::uint(20),
                           abi::Value::bytes(Bytes(a.view().begin(), a.view().end()))}));
    return abi::Value::tuple({abi::Value::uint(kDelegated), abi::Value::bytes(payload)});
}

abi::Value toAbi(const IpcAddress& a) {
    return abi::Value::tuple({toAbi(a.subnet), toAbiFvm(a.raw)});
}

abi::Value toAbi(const Envelope& e) {
    return abi::Value::tuple({abi::Value::uint(static_cast<std::uint64_t>(e.kind)),
                              abi::Value::uint(e.localNonce), abi::Value::uint(e.originalNonce),
                              abi::Value::uint(e.value), toAbi(e.to), toAbi(e.from),
                              abi::Value::bytes(e.message)});
}

abi::Value toAbi(const BottomUpCheckpoint& c) {
    std::vector<abi::Value> msgs;
    msgs.reserve(c.msgs.size());
    for (const auto& m : c.msgs)
        msgs.push_back(toAbi(m));
    return abi::Value::tuple({toAbi(c.subnet), abi::Value::uint(c.blockHeight),
                              abi::Value::bytes32(c.blockHash),
                              abi::Value::uint(c.nextConfigurationNumber),
                              abi::Value::array(std::move(msgs)), toAbi(c.activity)});
}

abi::Value toAbi(const ParentFinality& f) {
    return abi::Value::tuple({abi::Value::uint(f.height), abi::Value::bytes32(f.blockHash)});
}

abi::Value toAbi(const ActivityRollup& a) {
    // CompressedActivityRollup{ CompressedSummary{ AggregatedStats{..}, dataRootCommitment } }
    const abi::Value stats = abi::Value::tuple(
        {abi::Value::uint(a.totalActiveValidators), abi::Value::uint(a.totalNumBlocksCommitted)});
    const abi::Value summary =
        abi::Value::tuple({stats, abi::Value::bytes32(a.dataRootCommitment)});
    return abi::Value::tuple({summary});
}

abi::Value toAbi(const MemberWeight& v) {
    return abi::Value::tuple(
        {abi::Value::uint(v.weight), abi::Value::address(v.addr), abi::Value::bytes(v.metadata)});
}

abi::Value membershipToAbi(const std::vector<MemberWeight>& validators,
                           std::uint64_t configurationNumber) {
    std::vector<abi::Value> list;
    list.reserve(validators.size());
    for (const auto& v : validators)
        list.push_back(toAbi(v));
    return abi::Value::tuple(
        {abi::Value::array(std::move(list)), abi::Value::uint(configurationNumber)});
}

SubnetId subnetIdFromAbi(const abi::Value& v) {
    std::vector<EthAddress> route;
    for (const auto& a : v.at(1).asList())
        route.push_back(a.asAddress());
    if (route.size() > 10)
        throw ParseError("subnet id deeper than 10 levels");
    return SubnetId(v.at(0).asUint64(), std::move(route));
}

EthAddress ethFromFvmAbi(const abi::Value& v) {
    const std::uint64_t addrType = v.at(0).asUint64();
    if (addrType != kDelegated) {
        throw ParseError("only delegated (f410) addresses are supported, got protocol " +
                         std::to_string(addrType));
    }
    // abi.decode(payload, (DelegatedAddress)), as FvmAddressHelper.extractEvmAddress does.
    const abi::Value inner =
        abi::decodeSingle(type(abi_types::kDelegatedAddress), v.at(1).asBytes());
    if (inner.at(0).asUint64() != kEthNamespace) {
        throw ParseError("delegated address is not in the Ethereum namespace 10");
    }
    const Bytes& buf = inner.at(2).asBytes();
    if (inner.at(1).asUint64() != buf.size() || buf.size() != 20) {
        throw ParseError("delegated address payload must be 20 bytes");
    }
    return EthAddress::fromBytes(buf);
}

IpcAddress ipcAddressFromAbi(const abi::Value& v) {
    return IpcAddress{subnetIdFromAbi(v.at(0)), ethFromFvmAbi(v.at(1))};
}

Envelope envelopeFromAbi(const abi::Value& v) {
    Envelope e;
    const auto kind = v.at(0).asUint64();
    if (kind > 2)
        throw ParseError("unknown message kind " + std::to_string(kind));
    e.kind = static_cast<MsgKind>(kind);
    e.localNonce = v.at(1).asUint64();
    e.originalNonce = v.at(2).asUint64();
    e.value = v.at(3).asUint();
    e.to = ipcAddressFromAbi(v.at(4));
    e.from = ipcAddressFromAbi(v.at(5));
    e.message = v.at(6).asBytes();
    return e;
}

BottomUpCheckpoint checkpointFromAbi(const abi::Value& v) {
    BottomUpCheckpoint c;
    c.subnet = subnetIdFromAbi(v.at(0));
    c.blockHeight = v.at(1).asUint64();
    c.blockHash = v.at(2).asBytes32();
    c.nextConfigurationNumber = v.at(3).asUint64();
    for (const auto& m : v.at(4).asList())
        c.msgs.push_back(envelopeFromAbi(m));
    const abi::Value& summary = v.at(5).at(0);
    c.activity.totalActiveValidators = summary.at(0).at(0).asUint64();
    c.activity.totalNumBlocksCommitted = summary.at(0).at(1).asUint64();
    c.activity.dataRootCommitment = summary.at(1).asBytes32();
    return c;
}

Hash32 subnetKey(const SubnetId& id) {
    return keccak256(abi::encodeSingle(type(abi_types::kSubnetId), toAbi(id)));
}

Hash32 tracingId(const Envelope& e) {
    static const char* const kTraceTuple =
        "(uint8,((uint64,address[]),(uint8,bytes)),((uint64,address[]),(uint8,bytes)),uint256,"
        "bytes,uint64)";
    return keccak256(abi::encode(
        type(kTraceTuple),
        abi::Value::tuple({abi::Value::uint(static_cast<std::uint64_t>(e.kind)), toAbi(e.to),
                           toAbi(e.from), abi::Value::uint(e.value), abi::Value::bytes(e.message),
                           abi::Value::uint(e.originalNonce)})));
}

Hash32 checkpointHash(const BottomUpCheckpoint& c) {
    return keccak256(abi::encodeSingle(type(abi_types::kCheckpoint), toAbi(c)));
}

Bytes encodeResultMsg(const ResultMsg& r) {
    return abi::encodeSingle(
        type(abi_types::kResultMsg),
        abi::Value::tuple({abi::Value::bytes32(r.id),
                           abi::Value::uint(static_cast<std::uint64_t>(r.outcome)),
                           abi::Value::bytes(r.ret)}));
}

ResultMsg decodeResultMsg(ByteView data) {
    const abi::Value v = abi::decodeSingle(type(abi_types::kResultMsg), data);
    ResultMsg r;
    r.id = v.at(0).asBytes32();
    const auto outcome = v.at(1).asUint64();
    if (outcome > 2)
        throw ParseError("unknown outcome " + std::to_string(outcome));
    r.outcome = static_cast<Outcome>(outcome);
    r.ret = v.at(2).asBytes();
    return r;
}

Bytes systemErrData(XnetFailure why) {
    return Bytes{static_cast<std::uint8_t>(why)};
}

std::optional<XnetFailure> systemErrReason(const ResultMsg& r) {
    if (r.outcome != Outcome::SystemErr || r.ret.size() != 1 ||
        r.ret[0] > static_cast<std::uint8_t>(XnetFailure::IncompatibleSupplySource))
        return std::nullopt;
    return static_cast<XnetFailure>(r.ret[0]);
}

Bytes encodeCallMsg(const CallMsg& c) {
    return abi::encodeSingle(
        type(abi_types::kCallMsg),
        abi::Value::tuple({abi::Value::bytes(c.method), abi::Value::bytes(c.params)}));
}

CallMsg decodeCallMsg(ByteView data) {
    const abi::Value v = abi::decodeSingle(type(abi_types::kCallMsg), data);
    return CallMsg{v.at(0).asBytes(), v.at(1).asBytes()};
}

}  // namespace ipc::protocol
