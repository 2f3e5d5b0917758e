// IPC's cross-net value types (IPC_PROTOCOL.md §1, §3, §4, §10) and their exact Solidity ABI
// encodings: envelopes, IPC addresses, bottom-up checkpoints, parent finality, membership.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ipc/core/encoding/abi.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/fvm_address.h"
#include "ipc/core/primitives/subnet_id.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::protocol {

enum class MsgKind : std::uint8_t { Transfer = 0, Call = 1, Result = 2 };
enum class Outcome : std::uint8_t { Ok = 0, SystemErr = 1, ActorErr = 2 };
// Why a cross-net message could not be executed (IPC's InvalidXnetMessageReason).
enum class XnetFailure : std::uint8_t {
    Sender = 0,
    DstSubnet = 1,
    Nonce = 2,
    Value = 3,
    Kind = 4,
    ReflexiveSend = 5,
    NoRoute = 6,
    IncompatibleSupplySource = 7,
};
const char* toString(MsgKind k);
const char* toString(Outcome o);
const char* toString(XnetFailure f);

struct IpcAddress {
    SubnetId subnet;
    EthAddress raw;  // the devnet's accounts are all Ethereum (f410) addresses
    bool operator==(const IpcAddress&) const = default;
};

struct Envelope {
    MsgKind kind = MsgKind::Transfer;
    std::uint64_t localNonce = 0;
    std::uint64_t originalNonce = 0;
    U256 value;
    IpcAddress to;
    IpcAddress from;
    Bytes message;
    bool operator==(const Envelope&) const = default;
};

// The payload of a Call envelope (IPC's CallMsg): the target method (a bytes4 selector for EVM
// targets) and its ABI-encoded arguments.
struct CallMsg {
    Bytes method;
    Bytes params;
    bool operator==(const CallMsg&) const = default;
};

// The payload of a Result envelope: which message it answers and how it went.
struct ResultMsg {
    Hash32 id;  // tracing id of the message answered
    Outcome outcome = Outcome::Ok;
    Bytes ret;  // Ok: the return data; ActorErr: the revert data; SystemErr: IPC's reason
};

struct ActivityRollup {
    std::uint64_t totalActiveValidators = 0;
    std::uint64_t totalNumBlocksCommitted = 0;
    Hash32 dataRootCommitment;
    bool operator==(const ActivityRollup&) const = default;
};

struct BottomUpCheckpoint {
    SubnetId subnet;
    std::uint64_t blockHeight = 0;
    Hash32 blockHash;
    std::uint64_t nextConfigurationNumber = 0;
    std::vector<Envelope> msgs;
    ActivityRollup activity;
    bool operator==(const BottomUpCheckpoint&) const = default;
};

struct ParentFinality {
    std::uint64_t height = 0;
    Hash32 blockHash;
    bool operator==(const ParentFinality&) const = default;
};

// IPC's Validator as the gateway's membership lists it.
struct MemberWeight {
    U256 weight;
    EthAddress addr;
    Bytes metadata;  // the 65-byte public key
};

// ---- ABI (types as IPC's Solidity declares them) ----
namespace abi_types {
extern const char* const kSubnetId;          // (uint64,address[])
extern const char* const kFvmAddress;        // (uint8,bytes)
extern const char* const kDelegatedAddress;  // (uint64,uint128,bytes): an FvmAddress's payload
extern const char* const kIpcAddress;        // ((uint64,address[]),(uint8,bytes))
extern const char* const kEnvelope;    // (uint8,uint64,uint64,uint256,IPCAddress,IPCAddress,bytes)
extern const char* const kCheckpoint;  // BottomUpCheckpoint
extern const char* const kParentFinality;  // (uint256,bytes32)
extern const char* const kSubnet;          // Subnet struct
extern const char* const kMembership;      // ((uint256,address,bytes)[],uint64)
extern const char* const kResultMsg;       // (bytes32,uint8,bytes)
extern const char* const kCallMsg;         // (bytes,bytes)
extern const char* const kValidator;       // (uint256,address,bytes)
extern const char* const kActivityRollup;  // CompressedActivityRollup: (((uint64,uint64),bytes32))
}  // namespace abi_types

abi::Value toAbi(const SubnetId& id);
// A delegated (f410) address as IPC's FvmAddressHelper.from builds it: addrType 4, payload
// abi.encode(DelegatedAddress{namespace: 10, length: 20, buffer: a}), 192 bytes.
abi::Value toAbiFvm(const EthAddress& a);
abi::Value toAbi(const IpcAddress& a);
abi::Value toAbi(const Envelope& e);
abi::Value toAbi(const BottomUpCheckpoint& c);
abi::Value toAbi(const ParentFinality& f);
abi::Value toAbi(const ActivityRollup& a);  // as CompressedActivityRollup
abi::Value toAbi(const MemberWeight& v);    // as Validator
abi::Value membershipToAbi(const std::vector<MemberWeight>& validators,
                           std::uint64_t configurationNumber);

SubnetId subnetIdFromAbi(const abi::Value& v);
// Throws ParseError unless the FvmAddress is a delegated (f410) or ID-masked Ethereum address.
EthAddress ethFromFvmAbi(const abi::Value& v);
IpcAddress ipcAddressFromAbi(const abi::Value& v);
Envelope envelopeFromAbi(const abi::Value& v);
BottomUpCheckpoint checkpointFromAbi(const abi::Value& v);

// keccak256(abi.encode(SubnetID)): the on-chain key of a subnet.
Hash32 subnetKey(const SubnetId& id);
// keccak256(abi.encode(kind, to, from, value, message, originalNonce)): stable across hops.
Hash32 tracingId(const Envelope& e);
// keccak256(abi.encode(checkpoint)): what each validator signs.
Hash32 checkpointHash(const BottomUpCheckpoint& c);
// abi.encode(ResultMsg) / abi.encode(CallMsg): the `message` of Result and Call envelopes.
Bytes encodeResultMsg(const ResultMsg& r);
ResultMsg decodeResultMsg(ByteView data);
// A SystemErr Result's `ret`: IPC's reason as its one byte. systemErrReason reads it back, and is
// empty for any other outcome or data.
Bytes systemErrData(XnetFailure why);
std::optional<XnetFailure> systemErrReason(const ResultMsg& r);
Bytes encodeCallMsg(const CallMsg& c);
CallMsg decodeCallMsg(ByteView data);

}  // namespace ipc::protocol
