// IPC's contract events as Ethereum logs (topics and ABI-encoded data) for eth_getLogs.
#include "ipc/core/ipc/events.h"

#include "ipc/core/crypto/hash.h"
#include "ipc/core/ipc/gateway.h"

namespace ipc::protocol::events {

const char* const kNewTopDownMessage =
    "NewTopDownMessage(address,(uint8,uint64,uint64,uint256,((uint64,address[]),(uint8,bytes)),"
    "((uint64,address[]),(uint8,bytes)),bytes),bytes32)";
const char* const kQueuedBottomUpMessage = "QueuedBottomUpMessage(bytes32)";
const char* const kNewBottomUpCheckpoint = "NewBottomUpCheckpoint(uint256,bytes32)";
const char* const kQuorumReached = "QuorumReached(uint8,uint256,bytes32,uint256)";
const char* const kCheckpointCommitted = "CheckpointCommitted(address,uint256)";
const char* const kSubnetDeployed = "SubnetDeployed(address)";

namespace {
Hash32 word(const EthAddress& a) {
    Hash32 w;
    std::copy(a.bytes().bytes.begin(), a.bytes().bytes.end(), w.bytes.begin() + 12);
    return w;
}
chain::Log make(const EthAddress& emitter, const char* signature, std::vector<Hash32> indexed,
                Bytes data) {
    chain::Log log;
    log.address = emitter;
    log.topics.push_back(keccak256(std::string_view(signature)));
    for (auto& t : indexed)
        log.topics.push_back(t);
    log.data = std::move(data);
    return log;
}
}  // namespace

chain::Log newTopDownMessage(const EthAddress& subnetActor, const Envelope& msg, const Hash32& id) {
    return make(gatewayAddress(), kNewTopDownMessage, {word(subnetActor), id},
                abi::encodeSingle(abi::Type::parse(abi_types::kEnvelope), toAbi(msg)));
}

chain::Log queuedBottomUpMessage(const Hash32& id) {
    return make(gatewayAddress(), kQueuedBottomUpMessage, {id}, {});
}

chain::Log newBottomUpCheckpoint(std::uint64_t height, const Hash32& hash) {
    return make(
        gatewayAddress(), kNewBottomUpCheckpoint, {},
        abi::encode(abi::Type::parse("(uint256,bytes32)"),
                    abi::Value::tuple({abi::Value::uint(height), abi::Value::bytes32(hash)})));
}

chain::Log quorumReached(std::uint64_t height, const Hash32& hash, std::uint64_t weight) {
    // objKind 0 = BottomUpCheckpoint (IPC's QuorumObjKind).
    return make(
        gatewayAddress(), kQuorumReached, {},
        abi::encode(abi::Type::parse("(uint8,uint256,bytes32,uint256)"),
                    abi::Value::tuple({abi::Value::uint(0), abi::Value::uint(height),
                                       abi::Value::bytes32(hash), abi::Value::uint(weight)})));
}

chain::Log checkpointCommitted(const EthAddress& subnetActor, std::uint64_t height) {
    // IPC's gateway emits it (CheckpointingFacet.commitCheckpoint), naming the subnet's actor.
    return make(
        gatewayAddress(), kCheckpointCommitted, {word(subnetActor)},
        abi::encode(abi::Type::parse("(uint256)"), abi::Value::tuple({abi::Value::uint(height)})));
}

chain::Log subnetDeployed(const EthAddress& subnetActor) {
    // IPC declares `event SubnetDeployed(address subnetAddr)`: not indexed, so it is the data.
    return make(registryAddress(), kSubnetDeployed, {},
                abi::encode(abi::Type::parse("(address)"),
                            abi::Value::tuple({abi::Value::address(subnetActor)})));
}

}  // namespace ipc::protocol::events
