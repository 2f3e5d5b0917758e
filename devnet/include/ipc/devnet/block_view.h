// The one view of a block outside the engine: pages of blocks, a block's detail, and the
// BlockProduced event all carry it.
#pragma once

#include <cstdint>
#include <vector>

#include "ipc/core/chain/block.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::devnet {

struct BlockView {
    std::uint64_t number = 0;
    Hash32 hash;
    Hash32 parentHash;
    std::uint64_t timestampMs = 0;
    std::uint64_t intervalMs = 0;
    EthAddress proposer;
    Hash32 stateRoot;
    U256 baseFee;
    std::uint64_t gasUsed = 0;
    std::vector<Hash32> transactions;
    std::vector<EthAddress> signers;
    std::uint64_t signedPower = 0;
    std::uint64_t totalPower = 0;
};

// What a reader may know of `b`: its header, its transactions' hashes and its commit.
BlockView makeBlockView(const chain::Block& b);

}  // namespace ipc::devnet
