// Blocks a chain no longer keeps in memory, served from an archive.
#include "ipc/core/chain/block_archive.h"

#include "ipc/core/primitives/error.h"

namespace ipc::chain {

void InMemoryBlockArchive::append(BlockPtr block) {
    if (!block)
        throw Error("block archive: cannot append a null block");
    const std::uint64_t n = block->header.number;
    if (!blocks_.empty() && n != first_ + blocks_.size()) {
        throw Error("block archive: expected block " + std::to_string(first_ + blocks_.size()) +
                    ", got " + std::to_string(n));
    }
    if (blocks_.empty())
        first_ = n;
    byHash_[block->hash] = n;
    for (std::uint32_t i = 0; i < block->transactions.size(); ++i)
        txs_[block->transactions[i]->hash] = TxLocation{n, i};
    blocks_.push_back(std::move(block));
}

void InMemoryBlockArchive::truncate(std::uint64_t height) {
    while (!blocks_.empty() && blocks_.back()->header.number > height) {
        const Block& b = *blocks_.back();
        byHash_.erase(b.hash);
        for (const auto& tx : b.transactions)
            txs_.erase(tx->hash);
        blocks_.pop_back();
    }
}

std::optional<std::uint64_t> InMemoryBlockArchive::height() const {
    if (blocks_.empty())
        return std::nullopt;
    return blocks_.back()->header.number;
}

BlockPtr InMemoryBlockArchive::block(std::uint64_t number) const {
    if (number < first_ || number - first_ >= blocks_.size())
        return nullptr;
    return blocks_[number - first_];
}

BlockPtr InMemoryBlockArchive::blockByHash(const Hash32& hash) const {
    auto it = byHash_.find(hash);
    return it == byHash_.end() ? nullptr : block(it->second);
}

std::optional<TxLocation> InMemoryBlockArchive::findTx(const Hash32& hash) const {
    auto it = txs_.find(hash);
    if (it == txs_.end())
        return std::nullopt;
    return it->second;
}

}  // namespace ipc::chain
