// The stored form of a block and its strict decoder.
#include "ipc/core/storage/block_codec.h"

#include <memory>
#include <string>

#include "ipc/core/encoding/rlp.h"
#include "ipc/core/primitives/error.h"

namespace ipc::storage {

namespace {

// Bumped when the layout changes; decodeBlock refuses versions it does not know rather than
// misreading them.
constexpr std::uint64_t kFormatVersion = 1;

using rlp::Encoder;
using rlp::Item;

Bytes encodeLog(const chain::Log& log) {
    Encoder topics;
    for (const Hash32& t : log.topics) {
        topics.addBytes(t.view());
    }
    Encoder e;
    e.addBytes(log.address.view()).addRaw(topics.list()).addBytes(log.data);
    return e.list();
}

Bytes encodeLogs(const std::vector<chain::Log>& logs) {
    Encoder e;
    for (const chain::Log& log : logs) {
        e.addRaw(encodeLog(log));
    }
    return e.list();
}

const std::vector<Item>& fields(const Item& item, std::size_t count, const char* what) {
    const std::vector<Item>& list = item.asList();
    if (list.size() != count) {
        throw ParseError(std::string(what) + ": expected " + std::to_string(count) +
                         " fields, got " + std::to_string(list.size()));
    }
    return list;
}

bool asBool(const Item& item, const char* what) {
    const std::uint64_t v = item.asUint64();
    if (v > 1) {
        throw ParseError(std::string(what) + ": flag must be 0 or 1");
    }
    return v == 1;
}

Hash32 asHash(const Item& item) {
    return Hash32::fromBytes(item.asBytes());
}

EthAddress asAddress(const Item& item) {
    return EthAddress::fromBytes(item.asBytes());
}

chain::Log decodeLog(const Item& item) {
    const auto& f = fields(item, 3, "log");
    chain::Log log;
    log.address = asAddress(f[0]);
    for (const Item& t : f[1].asList()) {
        log.topics.push_back(asHash(t));
    }
    log.data = f[2].asBytes();
    return log;
}

std::vector<chain::Log> decodeLogs(const Item& item) {
    std::vector<chain::Log> logs;
    const auto& list = item.asList();
    logs.reserve(list.size());
    for (const Item& l : list) {
        logs.push_back(decodeLog(l));
    }
    return logs;
}

}  // namespace

Bytes encodeBlock(const chain::Block& block) {
    const chain::BlockHeader& h = block.header;
    Encoder header;
    header.addUint64(h.number)
        .addBytes(h.parentHash.view())
        .addUint64(h.timestampMs)
        .addBytes(h.proposer.view())
        .addBytes(h.transactionsRoot.view())
        .addBytes(h.receiptsRoot.view())
        .addBytes(h.stateRoot.view())
        .addU256(h.baseFee)
        .addUint64(h.gasUsed)
        .addUint64(h.gasLimit);

    Encoder txs;
    for (const chain::TxPtr& tx : block.transactions) {
        if (!tx) {
            throw Error("cannot store block " + std::to_string(h.number) +
                        ": null transaction pointer");
        }
        Encoder e;
        e.addBytes(chain::encode(tx->signedTx))
            .addBytes(tx->sender.view())
            .addBytes(tx->hash.view())
            .addUint64(tx->system ? 1 : 0);
        txs.addRaw(e.list());
    }

    Encoder receipts;
    for (std::size_t i = 0; i < block.receipts.size(); ++i) {
        const chain::Receipt& r = block.receipts[i];
        Encoder e;
        // A receipt almost always belongs to the transaction at the same index; its hash is then
        // left out (empty string) to keep 32 bytes per transaction out of the file.
        const bool sameAsTx =
            i < block.transactions.size() && r.txHash == block.transactions[i]->hash;
        if (sameAsTx) {
            e.addBytes({});
        } else {
            e.addBytes(r.txHash.view());
        }
        e.addUint64(r.success ? 1 : 0)
            .addUint64(r.gasUsed)
            .addUint64(r.cumulativeGasUsed)
            .addU256(r.effectiveGasPrice)
            .addRaw(encodeLogs(r.logs))
            .addBytes(asBytes(r.revertReason))
            .addBytes(r.returnData);
        // Contracts its code created: a ninth field only when there are any, so the blocks of
        // earlier files (eight fields) read as they are.
        if (!r.created.empty()) {
            Encoder created;
            for (const chain::CreatedContract& c : r.created) {
                Encoder pair;
                pair.addBytes(c.address.view()).addBytes(c.creator.view());
                created.addRaw(pair.list());
            }
            e.addRaw(created.list());
        }
        receipts.addRaw(e.list());
    }

    Encoder signers;
    for (const EthAddress& a : block.commit.signers) {
        signers.addBytes(a.view());
    }
    Encoder commit;
    commit.addRaw(signers.list())
        .addUint64(block.commit.signedPower)
        .addUint64(block.commit.totalPower);

    Encoder out;
    out.addUint64(kFormatVersion)
        .addRaw(header.list())
        .addBytes(block.hash.view())
        .addRaw(txs.list())
        .addRaw(receipts.list())
        .addRaw(commit.list())
        .addRaw(encodeLogs(block.systemLogs))
        .addUint64(block.intervalMs);
    return out.list();
}

chain::Block decodeBlock(ByteView blob) {
    try {
        const Item root = rlp::decode(blob);
        const auto& top = root.asList();
        if (top.empty()) {
            throw ParseError("empty list");
        }
        const std::uint64_t version = top[0].asUint64();
        if (version != kFormatVersion) {
            throw ParseError("unknown block format version " + std::to_string(version));
        }
        const auto& f = fields(root, 8, "block");

        chain::Block b;
        const auto& hf = fields(f[1], 10, "header");
        b.header.number = hf[0].asUint64();
        b.header.parentHash = asHash(hf[1]);
        b.header.timestampMs = hf[2].asUint64();
        b.header.proposer = asAddress(hf[3]);
        b.header.transactionsRoot = asHash(hf[4]);
        b.header.receiptsRoot = asHash(hf[5]);
        b.header.stateRoot = asHash(hf[6]);
        b.header.baseFee = hf[7].asU256();
        b.header.gasUsed = hf[8].asUint64();
        b.header.gasLimit = hf[9].asUint64();
        b.hash = asHash(f[2]);

        const auto& txs = f[3].asList();
        b.transactions.reserve(txs.size());
        for (const Item& t : txs) {
            const auto& tf = fields(t, 4, "transaction");
            auto tx = std::make_shared<chain::IncludedTx>();
            tx->signedTx = chain::decode(tf[0].asBytes());
            tx->sender = asAddress(tf[1]);
            tx->hash = asHash(tf[2]);
            tx->system = asBool(tf[3], "transaction system flag");
            tx->encodedSize = static_cast<std::uint32_t>(tf[0].asBytes().size());
            b.transactions.push_back(std::move(tx));
        }

        const auto& receipts = f[4].asList();
        b.receipts.reserve(receipts.size());
        for (std::size_t i = 0; i < receipts.size(); ++i) {
            const auto& rf = receipts[i].asList();
            if (rf.size() != 8 && rf.size() != 9) {
                throw ParseError("receipt: expected 8 or 9 fields, got " +
                                 std::to_string(rf.size()));
            }
            chain::Receipt r;
            if (rf[0].asBytes().empty()) {
                if (i >= b.transactions.size()) {
                    throw ParseError("receipt " + std::to_string(i) +
                                     " refers to a missing transaction");
                }
                r.txHash = b.transactions[i]->hash;
            } else {
                r.txHash = asHash(rf[0]);
            }
            r.success = asBool(rf[1], "receipt status");
            r.gasUsed = rf[2].asUint64();
            r.cumulativeGasUsed = rf[3].asUint64();
            r.effectiveGasPrice = rf[4].asU256();
            r.logs = decodeLogs(rf[5]);
            const Bytes& reason = rf[6].asBytes();
            r.revertReason.assign(reason.begin(), reason.end());
            r.returnData = rf[7].asBytes();
            if (rf.size() == 9) {
                for (const Item& c : rf[8].asList()) {
                    const auto& cf = fields(c, 2, "created contract");
                    r.created.push_back(chain::CreatedContract{asAddress(cf[0]), asAddress(cf[1])});
                }
            }
            b.receipts.push_back(std::move(r));
        }

        const auto& cf = fields(f[5], 3, "commit");
        for (const Item& s : cf[0].asList()) {
            b.commit.signers.push_back(asAddress(s));
        }
        b.commit.signedPower = cf[1].asUint64();
        b.commit.totalPower = cf[2].asUint64();
        b.systemLogs = decodeLogs(f[6]);
        b.intervalMs = f[7].asUint64();
        b.logsBloom = chain::computeLogsBloom(b);
        return b;
    } catch (const Error& e) {
        throw ParseError(std::string("stored block is corrupted: ") + e.what());
    }
}

}  // namespace ipc::storage
