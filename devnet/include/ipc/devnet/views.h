// Read views: plain values copied out of the engine, safe to keep and read on any thread. The
// GUI and RPC read these instead of touching engine state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/ipc/gateway.h"
#include "ipc/core/ipc/types.h"
#include "ipc/devnet/block_view.h"
#include "ipc/devnet/engine_values.h"

namespace ipc::devnet {

class Hierarchy;
struct SubnetNode;

struct ValidatorView {
    EthAddress address;
    std::uint64_t power = 0;
    U256 collateral;
    bool online = true;
    std::uint64_t blocksProposed = 0;
    std::uint64_t signaturesGiven = 0;
};

struct SubnetView {
    SubnetId id;
    std::string name;
    std::optional<SubnetId> parent;
    std::uint64_t chainId = 0;
    SubnetStatus status = SubnetStatus::Running;
    std::uint64_t height = 0;
    std::uint64_t blockTimeMs = 0;
    std::uint64_t lastBlockTimeMs = 0;
    std::size_t validatorsOnline = 0;
    std::size_t validatorsTotal = 0;
    bool relayerOn = true;
    std::uint64_t checkpointPeriod = 0;
    std::uint64_t lastCheckpointCut = 0;       // latest checkpoint height cut here
    std::uint64_t lastCheckpointAccepted = 0;  // latest accepted by the parent
    std::uint64_t checkpointsCut = 0;          // checkpoints cut here so far
    std::uint64_t checkpointsAccepted = 0;     // of them executed by the parent
    std::uint64_t parentFinality = 0;          // latest parent height committed here
    U256 circulatingSupply;                    // as recorded in the parent's gateway
    U256 totalSupply;                          // sum of balances here
    std::uint64_t topDownNonce = 0;            // parent's nonce for this subnet
    std::uint64_t appliedTopDownNonce = 0;
    std::uint64_t bottomUpNonce = 0;
    std::size_t mempool = 0;
    std::vector<ValidatorView> validators;
};

struct HierarchyView {
    std::uint64_t timeMs = 0;
    std::vector<SubnetView> subnets;  // parents before children
    std::size_t messages = 0;
    std::size_t messagesInFlight = 0;
    // Set while the workspace refuses writes (block production stops until it recovers).
    std::optional<std::string> storageError;
};

struct CheckpointSignatureView {
    EthAddress signer;
    FixedBytes<65> signature;  // r || s || v (27/28)
    std::uint64_t weight = 0;
    bool verified = false;  // recovered again when the view was made
    std::uint64_t height = 0;
};

// A checkpoint's row in a list: where it stands, without its content.
struct CheckpointSummaryView {
    std::uint64_t height = 0;
    Hash32 hash;
    std::size_t messages = 0;
    std::uint64_t signedWeight = 0;
    std::uint64_t threshold = 0;
    std::uint64_t totalWeight = 0;
    protocol::CheckpointStage stage = protocol::CheckpointStage::Signing;
    std::uint64_t cutTimeMs = 0;
    std::optional<std::uint64_t> quorumHeight;
    std::optional<std::uint64_t> submittedParentHeight;
    std::optional<std::uint64_t> executedParentHeight;
};

// One checkpoint in full: its row, what validators signed, and their signatures.
struct CheckpointView {
    SubnetId subnet;
    CheckpointSummaryView summary;
    protocol::BottomUpCheckpoint checkpoint;
    std::vector<CheckpointSignatureView> signatures;
};

HierarchyView makeHierarchyView(const Hierarchy& h);
SubnetView makeSubnetView(const SubnetNode& n);
std::vector<BlockView> makeBlockViews(const SubnetNode& n, std::uint64_t from, std::size_t count);
// Any checkpoint the subnet cut, from memory or from the workspace's history.
std::optional<CheckpointView> makeCheckpointView(const SubnetNode& n, std::uint64_t height);
CheckpointSummaryView makeCheckpointSummary(const protocol::CheckpointRecord& rec);
// Signatures re-verified against the checkpoint hash.
CheckpointView makeCheckpointView(const SubnetId& subnet, const protocol::CheckpointRecord& rec);

}  // namespace ipc::devnet
