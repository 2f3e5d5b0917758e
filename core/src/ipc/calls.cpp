// Call data of IPC's built-in contracts (fund, release, cross-net messages, checkpoints, the
// subnet actor's validator calls, subnet creation): the one place they are ABI-encoded.
#include "ipc/core/ipc/calls.h"

#include <cstdint>
#include <string>
#include <utility>

#include "ipc/core/encoding/abi.h"
#include "ipc/core/ipc/contracts.h"
#include "ipc/core/primitives/error.h"

namespace ipc::protocol::calls {

Bytes fund(const SubnetId& child, const EthAddress& to) {
    return abi::encodeCall(sig::kFund, {toAbi(child), toAbiFvm(to)});
}

Bytes release(const EthAddress& to) {
    return abi::encodeCall(sig::kRelease, {toAbiFvm(to)});
}

Bytes sendXnet(const Envelope& envelope) {
    return abi::encodeCall(sig::kSendXnet, {toAbi(envelope)});
}

Bytes xnetTransfer(const IpcAddress& to) {
    return abi::encodeCall(sig::kXnetTransfer, {toAbi(to)});
}

Bytes submitCheckpoint(const BottomUpCheckpoint& checkpoint,
                       const std::vector<EthAddress>& signatories,
                       const std::vector<Bytes>& signatures) {
    if (signatories.size() != signatures.size())
        throw Error("submitCheckpoint: " + std::to_string(signatories.size()) +
                    " signatories but " + std::to_string(signatures.size()) + " signatures");
    std::vector<abi::Value> who;
    std::vector<abi::Value> what;
    who.reserve(signatories.size());
    what.reserve(signatures.size());
    for (const auto& a : signatories)
        who.push_back(abi::Value::address(a));
    for (const auto& s : signatures)
        what.push_back(abi::Value::bytes(s));
    return abi::encodeCall(
        sig::kSubmitCheckpoint,
        {toAbi(checkpoint), abi::Value::array(std::move(who)), abi::Value::array(std::move(what))});
}

Bytes join(ByteView uncompressedPublicKey, const U256& collateral) {
    return abi::encodeCall(
        sig::kJoin,
        {abi::Value::bytes(Bytes(uncompressedPublicKey.begin(), uncompressedPublicKey.end())),
         abi::Value::uint(collateral)});
}

Bytes stake(const U256& amount) {
    return abi::encodeCall(sig::kStake, {abi::Value::uint(amount)});
}

Bytes unstake(const U256& amount) {
    return abi::encodeCall(sig::kUnstake, {abi::Value::uint(amount)});
}

Bytes leave() {
    return abi::encodeCall(sig::kLeave, {});
}

Bytes kill() {
    return abi::encodeCall(sig::kKill, {});
}

Bytes newSubnetActor(const SubnetParams& p) {
    return abi::encodeCall(
        sig::kNewSubnetActor,
        {abi::Value::tuple(
            {abi::Value::uint(p.minActivationCollateral), abi::Value::uint(p.minValidators),
             abi::Value::uint(p.bottomUpCheckPeriod), abi::Value::uint(p.activeValidatorsLimit),
             abi::Value::uint(p.majorityPercentage),
             abi::Value::uint(static_cast<std::uint64_t>(p.permissionMode)),
             abi::Value::uint(p.blockTimeMs), abi::Value::uint(p.chainId.value_or(0))})});
}

}  // namespace ipc::protocol::calls
