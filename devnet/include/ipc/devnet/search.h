// Looking something up in the running hierarchy by what a person typed (the desktop's search
// box): a block number in one subnet, a checkpoint height, a 32-byte hash (transaction, tracing
// id or block hash), an address or a subnet id. The answer carries the facts found, not text:
// the client words them in its own language.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/subnet_id.h"
#include "ipc/core/primitives/u256.h"
#include "ipc/devnet/events.h"

namespace ipc::devnet {

enum class SearchTarget : std::uint8_t { BlockNumber, CheckpointHeight, Hash, Address, Subnet };

struct SearchAnswer {
    enum class Found : std::uint8_t {
        Nothing,
        Block,          // by number, in the preferred subnet (the root when none)
        BlockByHash,    // by hash, anywhere
        Transaction,    // `height` is its block, `txIndex` its index there
        Message,        // a tracing id; `subnet` and `height` where it was seen last
        Checkpoint,     // `height` the checkpoint height
        SubnetActor,    // the address is the subnet actor of `subnet`
        DevnetAccount,  // the address is an account the devnet holds (`accountLabel`)
        Holder,         // the address holds `balance` in `subnet`
        Subnet,         // the subnet itself, at `height`
    };
    Found found = Found::Nothing;
    // Where it was found; for Nothing with a block number, the subnet that was searched.
    SubnetId subnet;
    std::string subnetName;
    std::uint64_t height = 0;
    std::uint64_t chainHeight = 0;  // the subnet's head (block number searched in vain)
    Hash32 blockHash;               // Block
    std::size_t transactions = 0;   // Block
    std::uint32_t txIndex = 0;      // Transaction
    CheckpointStage checkpointStage = CheckpointStage::Signing;  // Checkpoint
    std::uint64_t signedWeight = 0;
    std::uint64_t totalWeight = 0;
    MessageStage messageStage = MessageStage::Committed;  // Message
    std::string accountLabel;                             // DevnetAccount
    U256 balance;                                         // Holder
};

struct SearchQuery {
    using Result = SearchAnswer;
    SearchTarget target = SearchTarget::BlockNumber;
    std::uint64_t number = 0;  // block number or checkpoint height
    Hash32 hash;
    EthAddress address;
    SubnetId subnet;  // SearchTarget::Subnet
    // Looked in first (the selected subnet); a subnet that is not there is ignored.
    std::optional<SubnetId> preferred;
};

}  // namespace ipc::devnet
