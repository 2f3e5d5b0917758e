// Where a chain's older blocks live once they are no longer kept in memory. One archive object
// serves one chain; SubnetChain falls back to it for blocks it has pruned. The interface is
// read-only on purpose: whoever owns the archive (a database, or InMemoryBlockArchive in
// tests) writes and truncates it, and tells the chain how far it is durable (pruneTo).
#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "ipc/core/chain/block.h"

namespace ipc::chain {

class BlockArchive {
public:
    virtual ~BlockArchive() = default;
    // Null when the archive does not hold that block.
    virtual BlockPtr block(std::uint64_t number) const = 0;
    virtual BlockPtr blockByHash(const Hash32& hash) const = 0;
    virtual std::optional<TxLocation> findTx(const Hash32& hash) const = 0;
};

// Blocks kept in memory, as an archive: for tests, and for sharing history between a running
// hierarchy and one restored from its saved state.
class InMemoryBlockArchive : public BlockArchive {
public:
    // Blocks must arrive in order: the first one any number, then each the next number.
    // Throws ipc::Error otherwise (the archive stays as it was).
    void append(BlockPtr block);
    // Drops blocks above `height`.
    void truncate(std::uint64_t height);
    // Number of blocks held, and the highest one (none when empty).
    std::size_t size() const { return blocks_.size(); }
    std::optional<std::uint64_t> height() const;

    BlockPtr block(std::uint64_t number) const override;
    BlockPtr blockByHash(const Hash32& hash) const override;
    std::optional<TxLocation> findTx(const Hash32& hash) const override;

private:
    std::vector<BlockPtr> blocks_;
    std::uint64_t first_ = 0;
    std::unordered_map<Hash32, std::uint64_t> byHash_;
    std::unordered_map<Hash32, TxLocation> txs_;
};

}  // namespace ipc::chain
