// Block and receipt digests, blooms and included transactions of a subnet chain.
#include "ipc/core/chain/block.h"

#include "ipc/core/crypto/hash.h"
#include "ipc/core/encoding/rlp.h"

namespace ipc::chain {

Hash32 BlockHeader::computeHash() const {
    rlp::Encoder e;
    e.addUint64(number)
        .addBytes(parentHash.view())
        .addUint64(timestampMs)
        .addBytes(proposer.view())
        .addBytes(transactionsRoot.view())
        .addBytes(receiptsRoot.view())
        .addBytes(stateRoot.view())
        .addU256(baseFee)
        .addUint64(gasUsed)
        .addUint64(gasLimit);
    return keccak256(e.list());
}

void addToBloom(Bloom& bloom, ByteView item) {
    const Hash32 h = keccak256(item);
    for (std::size_t i = 0; i < 6; i += 2) {
        const unsigned bit = ((unsigned(h.bytes[i]) << 8) | h.bytes[i + 1]) & 2047u;
        bloom[255 - bit / 8] |= static_cast<std::uint8_t>(1u << (bit % 8));
    }
}

void addToBloom(Bloom& bloom, const std::vector<Log>& logs) {
    for (const auto& log : logs) {
        addToBloom(bloom, log.address.view());
        for (const auto& t : log.topics)
            addToBloom(bloom, t.view());
    }
}

std::shared_ptr<const Bloom> computeLogsBloom(const Block& b) {
    bool any = !b.systemLogs.empty();
    for (const auto& r : b.receipts)
        any = any || !r.logs.empty();
    if (!any)
        return nullptr;
    auto bloom = std::make_shared<Bloom>();
    for (const auto& r : b.receipts)
        addToBloom(*bloom, r.logs);
    addToBloom(*bloom, b.systemLogs);
    return bloom;
}

std::shared_ptr<IncludedTx> include(SignedTransaction stx, const EthAddress& sender, bool system) {
    auto inc = std::make_shared<IncludedTx>();
    const Bytes raw = encode(stx);
    inc->hash = keccak256(raw);
    inc->encodedSize = static_cast<std::uint32_t>(raw.size());
    inc->signedTx = std::move(stx);
    inc->sender = sender;
    inc->system = system;
    return inc;
}

Hash32 listRoot(const std::vector<Hash32>& items) {
    Bytes buf;
    buf.reserve(items.size() * 32);
    for (const auto& h : items)
        append(buf, h.view());
    return keccak256(buf);
}

Hash32 receiptDigest(const Receipt& r) {
    rlp::Encoder e;
    e.addBytes(r.txHash.view()).addUint64(r.success ? 1 : 0).addUint64(r.cumulativeGasUsed);
    for (const auto& log : r.logs) {
        rlp::Encoder l;
        l.addBytes(log.address.view());
        for (const auto& t : log.topics)
            l.addBytes(t.view());
        l.addBytes(log.data);
        e.addRaw(l.list());
    }
    return keccak256(e.list());
}

}  // namespace ipc::chain
