// IPC's contract events as Ethereum logs (topic 0 = keccak of the event signature, indexed
// parameters as further topics, the rest ABI-encoded in data), so eth_getLogs can filter them.
#pragma once

#include "ipc/core/chain/block.h"
#include "ipc/core/ipc/types.h"

namespace ipc::protocol::events {

// Event signatures (canonical text).
extern const char* const kNewTopDownMessage;
extern const char* const kQueuedBottomUpMessage;
extern const char* const kNewBottomUpCheckpoint;
extern const char* const kQuorumReached;
extern const char* const kCheckpointCommitted;
extern const char* const kSubnetDeployed;

chain::Log newTopDownMessage(const EthAddress& subnetActor, const Envelope& msg, const Hash32& id);
chain::Log queuedBottomUpMessage(const Hash32& id);
chain::Log newBottomUpCheckpoint(std::uint64_t height, const Hash32& hash);
chain::Log quorumReached(std::uint64_t height, const Hash32& hash, std::uint64_t weight);
chain::Log checkpointCommitted(const EthAddress& subnetActor, std::uint64_t height);
chain::Log subnetDeployed(const EthAddress& subnetActor);

}  // namespace ipc::protocol::events
