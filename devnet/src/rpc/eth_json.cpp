// JSON of logs, transactions, receipts and blocks as Ethereum's RPC shows them (eth_json.h).
#include "eth_json.h"

#include <array>
#include <string>
#include <utility>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/encoding/rlp.h"
#include "ipc/core/evm/executor.h"

namespace ipc::devnet::rpc::eth {

// ---------------------------------------------------------------- logs

Json logJson(const PlacedLog& p) {
    Json j = Json::object();
    j["address"] = addressJson(p.log.address);
    std::vector<Json> topics;
    for (const auto& t : p.log.topics)
        topics.push_back(hashJson(t));
    j["topics"] = Json::array(std::move(topics));
    j["data"] = dataJson(p.log.data);
    j["blockNumber"] = quantity(p.blockNumber);
    j["blockHash"] = hashJson(p.blockHash);
    j["transactionHash"] = hashJson(p.txHash);
    j["transactionIndex"] = quantity(p.txIndex);
    j["logIndex"] = quantity(p.logIndex);
    j["removed"] = Json::boolean(false);
    return j;
}

Json logsJson(const std::vector<PlacedLog>& logs) {
    std::vector<Json> out;
    out.reserve(logs.size());
    for (const auto& l : logs)
        out.push_back(logJson(l));
    return Json::array(std::move(out));
}

// ---------------------------------------------------------------- transactions and receipts

TxPlace placeIn(const chain::Block& b, std::uint64_t index) {
    return TxPlace{b.hash, b.header.number, index, b.header.baseFee};
}

namespace {

Json quantityHash(const Hash32& h) {
    return quantity(U256::fromBigEndian(h.view()));
}

}  // namespace

Json txJson(const chain::IncludedTx& itx, const std::optional<TxPlace>& place) {
    const chain::Transaction& t = itx.signedTx.tx;
    const crypto::Signature& sig = itx.signedTx.sig;
    const bool eip1559 = t.type == chain::TxType::Eip1559;
    const bool typed = t.type != chain::TxType::Legacy;
    Json j = Json::object();
    j["hash"] = hashJson(itx.hash);
    j["type"] = quantity(std::uint64_t(t.type));
    if (t.chainId)
        j["chainId"] = quantity(*t.chainId);
    j["nonce"] = quantity(t.nonce);
    j["from"] = addressJson(itx.sender);
    j["to"] = t.to ? addressJson(*t.to) : Json::null();
    j["value"] = quantity(t.value);
    j["gas"] = quantity(t.gasLimit);
    if (eip1559) {
        // Mined: the price actually paid; pending: the cap, as geth shows it.
        j["gasPrice"] =
            quantity(place ? chain::effectiveGasPrice(t, place->baseFee) : t.maxFeePerGas);
        j["maxFeePerGas"] = quantity(t.maxFeePerGas);
        j["maxPriorityFeePerGas"] = quantity(t.maxPriorityFeePerGas);
    } else {
        j["gasPrice"] = quantity(t.gasPrice);
    }
    if (typed) {
        std::vector<Json> list;
        for (const auto& entry : t.accessList) {
            Json e = Json::object();
            e["address"] = addressJson(entry.address);
            std::vector<Json> keys;
            for (const auto& k : entry.storageKeys)
                keys.push_back(hashJson(k));
            e["storageKeys"] = Json::array(std::move(keys));
            list.push_back(std::move(e));
        }
        j["accessList"] = Json::array(std::move(list));
        j["v"] = quantity(std::uint64_t(sig.recoveryId));
        j["yParity"] = quantity(std::uint64_t(sig.recoveryId));
    } else {
        const std::uint64_t v =
            t.chainId ? *t.chainId * 2 + 35 + sig.recoveryId : 27 + std::uint64_t(sig.recoveryId);
        j["v"] = quantity(v);
    }
    j["r"] = quantityHash(sig.r);
    j["s"] = quantityHash(sig.s);
    j["input"] = dataJson(t.data);
    j["blockHash"] = place ? hashJson(place->blockHash) : Json::null();
    j["blockNumber"] = place ? quantity(place->blockNumber) : Json::null();
    j["transactionIndex"] = place ? quantity(place->index) : Json::null();
    return j;
}

ReceiptRecord receiptRecord(const chain::Block& b, std::size_t index) {
    std::uint64_t firstLog = 0;
    for (std::size_t i = 0; i < index; ++i)
        firstLog += b.receipts[i].logs.size();
    return ReceiptRecord{b.transactions[index], b.receipts[index], placeIn(b, index), firstLog};
}

Json receiptJson(const ReceiptRecord& rec) {
    const chain::Receipt& r = rec.receipt;
    const chain::Transaction& t = rec.tx->signedTx.tx;
    Json j = Json::object();
    j["transactionHash"] = hashJson(r.txHash);
    j["transactionIndex"] = quantity(rec.place.index);
    j["blockHash"] = hashJson(rec.place.blockHash);
    j["blockNumber"] = quantity(rec.place.blockNumber);
    j["from"] = addressJson(rec.tx->sender);
    j["to"] = t.to ? addressJson(*t.to) : Json::null();
    j["contractAddress"] =
        t.to ? Json::null() : addressJson(evm::createAddress(rec.tx->sender, t.nonce));
    j["type"] = quantity(std::uint64_t(t.type));
    j["status"] = quantity(std::uint64_t(r.success ? 1 : 0));
    j["gasUsed"] = quantity(r.gasUsed);
    j["cumulativeGasUsed"] = quantity(r.cumulativeGasUsed);
    j["effectiveGasPrice"] = quantity(r.effectiveGasPrice);
    std::vector<Json> logs;
    for (std::size_t i = 0; i < r.logs.size(); ++i) {
        logs.push_back(logJson(PlacedLog{r.logs[i], rec.place.blockHash, rec.place.blockNumber,
                                         r.txHash, rec.place.index, rec.firstLogIndex + i}));
    }
    j["logs"] = Json::array(std::move(logs));
    chain::Bloom bloom{};
    chain::addToBloom(bloom, r.logs);
    j["logsBloom"] = dataJson(bloom);
    if (!r.success)
        j["revertReason"] = Json::string(r.revertReason);  // Besu's extension: why it failed
    return j;
}

// ---------------------------------------------------------------- blocks

namespace {

// keccak256(rlp([])): the hash of an empty uncle list.
const Hash32& emptyUnclesHash() {
    static const Hash32 h = keccak256(rlp::encodeList({}));
    return h;
}

// Bytes of an RLP string or list header in front of `payload` bytes of content.
std::uint64_t rlpHeaderSize(std::uint64_t payload) {
    if (payload < 56)
        return 1;
    std::uint64_t lengthBytes = 0;
    for (std::uint64_t n = payload; n != 0; n >>= 8)
        ++lengthBytes;
    return 1 + lengthBytes;
}

// The bytes a transaction takes in a block body: legacy ones are RLP lists there, typed ones
// byte strings. The engine recorded the encoding's size when the transaction arrived; one it
// did not (restored from an old state) is encoded once here.
std::uint64_t bodyEntrySize(const chain::IncludedTx& tx) {
    const std::uint64_t raw =
        tx.encodedSize != 0 ? tx.encodedSize : chain::encode(tx.signedTx).size();
    if (tx.signedTx.tx.type == chain::TxType::Legacy)
        return raw;
    return rlpHeaderSize(raw) + raw;
}

const chain::Bloom& bloomOf(const chain::Block& b) {
    static const chain::Bloom empty{};
    return b.logsBloom ? *b.logsBloom : empty;
}

}  // namespace

std::uint64_t blockSize(const chain::Block& b) {
    const std::array<std::uint8_t, 8> nonce{};
    rlp::Encoder h;
    h.addBytes(b.header.parentHash.view())
        .addBytes(emptyUnclesHash().view())
        .addBytes(b.header.proposer.view())
        .addBytes(b.header.stateRoot.view())
        .addBytes(b.header.transactionsRoot.view())
        .addBytes(b.header.receiptsRoot.view())
        .addBytes(bloomOf(b))
        .addUint64(0)
        .addUint64(b.header.number)
        .addUint64(b.header.gasLimit)
        .addUint64(b.header.gasUsed)
        .addUint64(b.header.timestampMs / 1000)
        .addBytes({})
        .addBytes(Hash32{}.view())
        .addBytes(nonce)
        .addU256(b.header.baseFee);
    const std::uint64_t header = h.list().size();
    std::uint64_t txs = 0;
    for (const auto& tx : b.transactions)
        txs += bodyEntrySize(*tx);
    const std::uint64_t body = header + rlpHeaderSize(txs) + txs + 1;  // + the empty uncle list
    return rlpHeaderSize(body) + body;
}

Json blockJson(const chain::Block& b, bool fullTransactions) {
    const chain::BlockHeader& h = b.header;
    Json j = Json::object();
    j["hash"] = hashJson(b.hash);
    j["parentHash"] = hashJson(h.parentHash);
    j["number"] = quantity(h.number);
    j["timestamp"] = quantity(h.timestampMs / 1000);
    j["miner"] = addressJson(h.proposer);
    j["stateRoot"] = hashJson(h.stateRoot);
    j["transactionsRoot"] = hashJson(h.transactionsRoot);
    j["receiptsRoot"] = hashJson(h.receiptsRoot);
    j["logsBloom"] = dataJson(bloomOf(b));
    j["gasUsed"] = quantity(h.gasUsed);
    j["gasLimit"] = quantity(h.gasLimit);
    j["baseFeePerGas"] = quantity(h.baseFee);
    j["difficulty"] = Json::string("0x0");
    j["totalDifficulty"] = Json::string("0x0");
    j["extraData"] = Json::string("0x");
    j["nonce"] = Json::string("0x0000000000000000");
    j["mixHash"] = hashJson(Hash32{});
    j["sha3Uncles"] = hashJson(emptyUnclesHash());
    j["uncles"] = Json::array();
    j["size"] = quantity(blockSize(b));
    std::vector<Json> txs;
    for (std::size_t i = 0; i < b.transactions.size(); ++i) {
        txs.push_back(fullTransactions ? txJson(*b.transactions[i], placeIn(b, i))
                                       : hashJson(b.transactions[i]->hash));
    }
    j["transactions"] = Json::array(std::move(txs));
    return j;
}

}  // namespace ipc::devnet::rpc::eth
