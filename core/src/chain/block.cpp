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
