// What the store's reads (store.cpp) and writes (store_writes.cpp) share: row keys, column
// readers, the prepared-statement cache and Store::Impl with its two SQLite connections.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "ipc/core/encoding/rlp.h"
#include "ipc/core/storage/sqlite.h"
#include "ipc/core/storage/store.h"

namespace ipc::storage::detail {

// Blocks and checkpoints are keyed by sid << kHeightBits | height (see schema.cpp).
inline constexpr int kHeightBits = 40;
inline constexpr std::uint64_t kMaxHeight = (std::uint64_t{1} << kHeightBits) - 1;

inline std::int64_t rowKey(std::int64_t sid, std::uint64_t height) {
    if (height > kMaxHeight) {
        throw Error("height " + std::to_string(height) + " is beyond what the store keeps (2^" +
                    std::to_string(kHeightBits) + " - 1)");
    }
    return (sid << kHeightBits) | static_cast<std::int64_t>(height);
}

inline std::uint64_t heightOf(std::int64_t key) {
    return static_cast<std::uint64_t>(key) & kMaxHeight;
}

// SQLite integers are signed 64-bit; unsigned values are stored bit for bit.
inline std::int64_t i64(std::uint64_t v) {
    return static_cast<std::int64_t>(v);
}
inline std::uint64_t u64(std::int64_t v) {
    return static_cast<std::uint64_t>(v);
}

inline std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

inline Bytes encodeHeights(const std::vector<std::uint64_t>& heights) {
    rlp::Encoder e;
    for (std::uint64_t h : heights) {
        e.addUint64(h);
    }
    return e.list();
}

inline std::vector<std::uint64_t> decodeHeights(ByteView blob) {
    std::vector<std::uint64_t> out;
    const rlp::Item list = rlp::decode(blob);
    for (const rlp::Item& i : list.asList()) {
        out.push_back(i.asUint64());
    }
    return out;
}

inline Hash32 hashColumn(const Statement& s, int column) {
    return Hash32::fromBytes(s.columnBlobView(column));
}

inline EthAddress addressColumn(const Statement& s, int column) {
    return EthAddress::fromBytes(s.columnBlobView(column));
}

inline U256 u256Column(const Statement& s, int column) {
    return U256::fromBigEndian(s.columnBlobView(column));
}

// Prepared statements of one connection, prepared on first use and kept. Keyed by the address
// of the SQL literal, which is stable for the program's lifetime.
class StatementCache {
public:
    explicit StatementCache(Database& db) : db_(db) {}
    Statement& operator()(const char* sql) {
        auto it = cache_.find(sql);
        if (it == cache_.end()) {
            it = cache_.emplace(sql, std::make_unique<Statement>(db_, sql)).first;
        }
        return *it->second;
    }

private:
    Database& db_;
    std::unordered_map<const char*, std::unique_ptr<Statement>> cache_;
};

inline constexpr const char* kTxColumns =
    "SELECT t.hash, s.id, t.block_key, t.idx, a1.address, a2.address FROM ";
inline constexpr const char* kTxJoins =
    " JOIN subnets s ON s.sid = (t.block_key >> 40)"
    " JOIN addresses a1 ON a1.aid = t.sender"
    " LEFT JOIN addresses a2 ON a2.aid = t.recipient";

inline TxLocation txFromRow(const Statement& s) {
    TxLocation t;
    t.hash = hashColumn(s, 0);
    t.subnet = s.columnText(1);
    t.blockNumber = heightOf(s.columnInt(2));
    t.index = static_cast<std::uint32_t>(s.columnInt(3));
    t.from = addressColumn(s, 4);
    if (!s.isNull(5)) {
        t.to = addressColumn(s, 5);
    }
    return t;
}

inline constexpr const char* kCheckpointColumns =
    "SELECT c.key, c.hash, c.status, c.stage_heights, c.body, s.id, c.record FROM checkpoints c"
    " JOIN subnets s ON s.sid = (c.key >> 40)";

inline CheckpointRecord checkpointFromRow(const Statement& s) {
    CheckpointRecord c;
    c.height = heightOf(s.columnInt(0));
    c.hash = hashColumn(s, 1);
    c.status = static_cast<std::uint32_t>(s.columnInt(2));
    c.stageHeights = decodeHeights(s.columnBlobView(3));
    c.encoded = s.columnBlob(4);
    c.subnet = s.columnText(5);
    c.record = s.columnBlob(6);
    return c;
}

inline constexpr const char* kFinalityColumns =
    "SELECT parent_height, height, block_hash FROM parent_finalities"
    " WHERE sid = (SELECT sid FROM subnets WHERE id = ?1)";

inline ParentFinalityRecord finalityFromRow(const Statement& s, const std::string& subnet) {
    ParentFinalityRecord f{subnet, u64(s.columnInt(0)), u64(s.columnInt(1))};
    if (!s.isNull(2)) {
        f.blockHash = hashColumn(s, 2);
    }
    return f;
}

inline constexpr const char* kMessageColumns =
    "SELECT m.tracing_id, m.kind, fs.id, fa.address, ts.id, ta.address, m.value, m.stage, m.hops"
    " FROM messages m JOIN subnets fs ON fs.sid = m.from_sid"
    " JOIN addresses fa ON fa.aid = m.from_aid JOIN subnets ts ON ts.sid = m.to_sid"
    " JOIN addresses ta ON ta.aid = m.to_aid";

inline MessageRecord messageFromRow(const Statement& s) {
    MessageRecord m;
    m.tracingId = hashColumn(s, 0);
    m.kind = static_cast<std::uint32_t>(s.columnInt(1));
    m.fromSubnet = s.columnText(2);
    m.from = addressColumn(s, 3);
    m.toSubnet = s.columnText(4);
    m.to = addressColumn(s, 5);
    m.value = u256Column(s, 6);
    m.stage = static_cast<std::uint32_t>(s.columnInt(7));
    m.hops = s.columnBlob(8);
    return m;
}

}  // namespace ipc::storage::detail

namespace ipc::storage {

struct Store::Impl {
    std::string path;
    int version = 0;

    std::mutex writeMutex;
    std::unique_ptr<Database> writer;
    std::unique_ptr<detail::StatementCache> w;
    // Ids handed out inside the current write transaction are only valid once it commits; both
    // caches are dropped whenever a write fails.
    std::unordered_map<std::string, std::int64_t> sids;
    std::unordered_map<EthAddress, std::int64_t> aids;

    mutable std::mutex readMutex;
    std::unique_ptr<Database> reader;
    std::unique_ptr<detail::StatementCache> r;

    // ---- writes (store_writes.cpp), on the writer connection inside writeTransaction
    std::int64_t sid(const std::string& subnet);
    std::int64_t aid(const EthAddress& address);
    void removeBlockTransactions(std::int64_t fromKey, std::int64_t toKey);
    void putBlock(std::int64_t subnetSid, const chain::Block& b);
    void putCheckpoint(const CheckpointRecord& c);
    void apply(const WriteBatch& batch);
    // Keystore and settings rows, inside a write transaction.
    void putKey(const KeystoreRow& row);
    void putSetting(const std::string& key, const std::string& value);

    // Runs `body` in one write transaction; on failure nothing is kept, including the ids the
    // caches learnt inside it.
    template <typename F>
    void writeTransaction(F&& body) {
        std::lock_guard lock(writeMutex);
        try {
            Transaction tx(*writer);
            body();
            tx.commit();
        } catch (...) {
            sids.clear();
            aids.clear();
            throw;
        }
    }

    std::optional<std::int64_t> readSid(const std::string& subnet) const {
        Statement& s = (*r)("SELECT sid FROM subnets WHERE id = ?1");
        StatementScope scope(s);
        s.bind(1, subnet);
        if (!s.step()) {
            return std::nullopt;
        }
        return s.columnInt(0);
    }

    // The body of the first row; decoding happens after the read lock is released.
    static std::optional<Bytes> firstBody(Statement& s) {
        StatementScope scope(s);
        if (!s.step()) {
            return std::nullopt;
        }
        return s.columnBlob(0);
    }
};

}  // namespace ipc::storage
