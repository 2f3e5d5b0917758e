#include "ipc/core/storage/store.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <unordered_map>

#include "ipc/core/encoding/rlp.h"
#include "ipc/core/storage/block_codec.h"
#include "ipc/core/storage/schema.h"
#include "ipc/core/storage/sqlite.h"

namespace ipc::storage {

namespace {

// Blocks and checkpoints are keyed by sid << kHeightBits | height (see schema.cpp).
constexpr int kHeightBits = 40;
constexpr std::uint64_t kMaxHeight = (std::uint64_t{1} << kHeightBits) - 1;

std::int64_t rowKey(std::int64_t sid, std::uint64_t height) {
    if (height > kMaxHeight) {
        throw Error("height " + std::to_string(height) + " is beyond what the store keeps (2^" +
                    std::to_string(kHeightBits) + " - 1)");
    }
    return (sid << kHeightBits) | static_cast<std::int64_t>(height);
}

std::uint64_t heightOf(std::int64_t key) {
    return static_cast<std::uint64_t>(key) & kMaxHeight;
}

// SQLite integers are signed 64-bit; unsigned values are stored bit for bit.
std::int64_t i64(std::uint64_t v) {
    return static_cast<std::int64_t>(v);
}
std::uint64_t u64(std::int64_t v) {
    return static_cast<std::uint64_t>(v);
}

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Bytes encodeHeights(const std::vector<std::uint64_t>& heights) {
    rlp::Encoder e;
    for (std::uint64_t h : heights) {
        e.addUint64(h);
    }
    return e.list();
}

std::vector<std::uint64_t> decodeHeights(ByteView blob) {
    std::vector<std::uint64_t> out;
    const rlp::Item list = rlp::decode(blob);
    for (const rlp::Item& i : list.asList()) {
        out.push_back(i.asUint64());
    }
    return out;
}

Hash32 hashColumn(const Statement& s, int column) {
    return Hash32::fromBytes(s.columnBlobView(column));
}

EthAddress addressColumn(const Statement& s, int column) {
    return EthAddress::fromBytes(s.columnBlobView(column));
}

U256 u256Column(const Statement& s, int column) {
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

constexpr const char* kTxColumns =
    "SELECT t.hash, s.id, t.block_key, t.idx, a1.address, a2.address FROM ";
constexpr const char* kTxJoins =
    " JOIN subnets s ON s.sid = (t.block_key >> 40)"
    " JOIN addresses a1 ON a1.aid = t.sender"
    " LEFT JOIN addresses a2 ON a2.aid = t.recipient";

TxLocation txFromRow(const Statement& s) {
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

constexpr const char* kCheckpointColumns =
    "SELECT c.key, c.hash, c.status, c.stage_heights, c.body, s.id, c.record FROM checkpoints c"
    " JOIN subnets s ON s.sid = (c.key >> 40)";

CheckpointRecord checkpointFromRow(const Statement& s) {
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

constexpr const char* kFinalityColumns =
    "SELECT parent_height, height, block_hash FROM parent_finalities"
    " WHERE sid = (SELECT sid FROM subnets WHERE id = ?1)";

ParentFinalityRecord finalityFromRow(const Statement& s, const std::string& subnet) {
    ParentFinalityRecord f{subnet, u64(s.columnInt(0)), u64(s.columnInt(1))};
    if (!s.isNull(2)) {
        f.blockHash = hashColumn(s, 2);
    }
    return f;
}

constexpr const char* kMessageColumns =
    "SELECT m.tracing_id, m.kind, fs.id, fa.address, ts.id, ta.address, m.value, m.stage, m.hops"
    " FROM messages m JOIN subnets fs ON fs.sid = m.from_sid"
    " JOIN addresses fa ON fa.aid = m.from_aid JOIN subnets ts ON ts.sid = m.to_sid"
    " JOIN addresses ta ON ta.aid = m.to_aid";

MessageRecord messageFromRow(const Statement& s) {
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

}  // namespace

bool WriteBatch::empty() const {
    return subnets.empty() && blocks.empty() && accounts.empty() && validators.empty() &&
           checkpoints.empty() && messages.empty() && finalities.empty() && !engineState &&
           !snapshots && settings.empty();
}

struct Store::Impl {
    std::string path;
    int version = 0;

    std::mutex writeMutex;
    std::unique_ptr<Database> writer;
    std::unique_ptr<StatementCache> w;
    // Ids handed out inside the current write transaction are only valid once it commits; both
    // caches are dropped whenever a write fails.
    std::unordered_map<std::string, std::int64_t> sids;
    std::unordered_map<EthAddress, std::int64_t> aids;

    mutable std::mutex readMutex;
    std::unique_ptr<Database> reader;
    std::unique_ptr<StatementCache> r;

    std::int64_t sid(const std::string& subnet) {
        if (auto it = sids.find(subnet); it != sids.end()) {
            return it->second;
        }
        if (subnet.empty()) {
            throw Error("a subnet id must not be empty");
        }
        Statement& sel = (*w)("SELECT sid FROM subnets WHERE id = ?1");
        std::int64_t id = 0;
        {
            StatementScope scope(sel);
            sel.bind(1, subnet);
            if (sel.step()) {
                id = sel.columnInt(0);
            }
        }
        if (id == 0) {
            // A subnet seen first in a block or account row is registered with its id only;
            // its SubnetRecord fills in the rest when it arrives.
            (*w)("INSERT INTO subnets(id) VALUES(?1)").bind(1, subnet).run();
            id = writer->lastInsertRowId();
        }
        sids.emplace(subnet, id);
        return id;
    }

    std::int64_t aid(const EthAddress& address) {
        if (auto it = aids.find(address); it != aids.end()) {
            return it->second;
        }
        Statement& sel = (*w)("SELECT aid FROM addresses WHERE address = ?1");
        std::int64_t id = 0;
        {
            StatementScope scope(sel);
            sel.bind(1, address.view());
            if (sel.step()) {
                id = sel.columnInt(0);
            }
        }
        if (id == 0) {
            (*w)("INSERT INTO addresses(address) VALUES(?1)").bind(1, address.view()).run();
            id = writer->lastInsertRowId();
        }
        aids.emplace(address, id);
        return id;
    }

    void removeBlockTransactions(std::int64_t fromKey, std::int64_t toKey) {
        (*w)(
            "DELETE FROM account_txs WHERE (aid, tx_id) IN ("
            " SELECT sender, id FROM transactions WHERE block_key BETWEEN ?1 AND ?2"
            " UNION ALL SELECT recipient, id FROM transactions"
            " WHERE block_key BETWEEN ?1 AND ?2 AND recipient IS NOT NULL)")
            .bind(1, fromKey)
            .bind(2, toKey)
            .run();
        (*w)("DELETE FROM transactions WHERE block_key BETWEEN ?1 AND ?2")
            .bind(1, fromKey)
            .bind(2, toKey)
            .run();
    }

    void putBlock(std::int64_t subnetSid, const chain::Block& b) {
        const std::int64_t key = rowKey(subnetSid, b.header.number);
        const Bytes body = encodeBlock(b);
        Statement& ins = (*w)(
            "INSERT INTO blocks(key, hash, timestamp_ms, tx_count, body) VALUES(?1, ?2, ?3, ?4, "
            "?5)");
        ins.bind(1, key)
            .bind(2, b.hash.view())
            .bind(3, i64(b.header.timestampMs))
            .bind(4, static_cast<std::int64_t>(b.transactions.size()))
            .bind(5, ByteView(body));
        try {
            ins.run();
        } catch (const StorageError& e) {
            if (e.primaryCode() != 19 /* SQLITE_CONSTRAINT */) {
                throw;
            }
            // The same height again (a fork after a revert the caller did not truncate): the
            // new block replaces the old one along with its transactions.
            removeBlockTransactions(key, key);
            (*w)(
                "UPDATE blocks SET hash = ?2, timestamp_ms = ?3, tx_count = ?4, body = ?5"
                " WHERE key = ?1")
                .bind(1, key)
                .bind(2, b.hash.view())
                .bind(3, i64(b.header.timestampMs))
                .bind(4, static_cast<std::int64_t>(b.transactions.size()))
                .bind(5, ByteView(body))
                .run();
        }
        Statement& insTx = (*w)(
            "INSERT INTO transactions(hash, block_key, idx, sender, recipient)"
            " VALUES(?1, ?2, ?3, ?4, ?5)");
        Statement& insAccount =
            (*w)("INSERT OR IGNORE INTO account_txs(aid, tx_id, sid) VALUES(?1, ?2, ?3)");
        for (std::size_t i = 0; i < b.transactions.size(); ++i) {
            const chain::IncludedTx& tx = *b.transactions[i];
            const std::int64_t from = aid(tx.sender);
            std::optional<std::int64_t> to;
            if (tx.signedTx.tx.to) {
                to = aid(*tx.signedTx.tx.to);
            }
            insTx.bind(1, tx.hash.view())
                .bind(2, key)
                .bind(3, static_cast<std::int64_t>(i))
                .bind(4, from);
            if (to) {
                insTx.bind(5, *to);
            } else {
                insTx.bindNull(5);
            }
            insTx.run();
            const std::int64_t txId = writer->lastInsertRowId();
            insAccount.bind(1, from).bind(2, txId).bind(3, subnetSid).run();
            if (to && *to != from) {
                insAccount.bind(1, *to).bind(2, txId).bind(3, subnetSid).run();
            }
        }
    }

    void putCheckpoint(const CheckpointRecord& c) {
        const std::int64_t key = rowKey(sid(c.subnet), c.height);
        const Bytes stages = encodeHeights(c.stageHeights);
        // An upsert, not INSERT OR REPLACE: replacing the row would delete its signatures
        // through the foreign key's cascade.
        (*w)(
            "INSERT INTO checkpoints(key, hash, status, stage_heights, body, record)"
            " VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(key) DO UPDATE SET hash = excluded.hash,"
            " status = excluded.status, stage_heights = excluded.stage_heights,"
            " body = excluded.body, record = excluded.record")
            .bind(1, key)
            .bind(2, c.hash.view())
            .bind(3, static_cast<std::int64_t>(c.status))
            .bind(4, ByteView(stages))
            .bind(5, ByteView(c.encoded))
            .bind(6, ByteView(c.record))
            .run();
        Statement& sig = (*w)(
            "INSERT OR REPLACE INTO checkpoint_signatures(checkpoint_key, signer, signature,"
            " weight) VALUES(?1, ?2, ?3, ?4)");
        for (const CheckpointSignature& s : c.signatures) {
            sig.bind(1, key)
                .bind(2, aid(s.signer))
                .bind(3, s.signature.view())
                .bind(4, i64(s.weight))
                .run();
        }
    }

    void apply(const WriteBatch& batch) {
        for (const SubnetRecord& s : batch.subnets) {
            if (s.id.empty()) {
                throw Error("a subnet id must not be empty");
            }
            (*w)(
                "INSERT INTO subnets(id, name, parent, chain_id, params) VALUES(?1, ?2, ?3, ?4, ?5)"
                " ON CONFLICT(id) DO UPDATE SET name = excluded.name, parent = excluded.parent,"
                " chain_id = excluded.chain_id, params = excluded.params")
                .bind(1, s.id)
                .bind(2, s.name)
                .bind(3, s.parent)
                .bind(4, i64(s.chainId))
                .bind(5, ByteView(s.params))
                .run();
        }
        for (const WriteBatch::SubnetBlocks& sb : batch.blocks) {
            const std::int64_t subnetSid = sid(sb.subnet);
            for (const auto& block : sb.blocks) {
                if (!block) {
                    throw Error("write batch for " + sb.subnet + " holds a null block");
                }
                putBlock(subnetSid, *block);
            }
        }
        for (const AccountRecord& a : batch.accounts) {
            const Bytes balance = a.balance.toMinimalBigEndian();
            (*w)(
                "INSERT INTO accounts(sid, aid, balance, nonce) VALUES(?1, ?2, ?3, ?4)"
                " ON CONFLICT(sid, aid) DO UPDATE SET balance = excluded.balance,"
                " nonce = excluded.nonce")
                .bind(1, sid(a.subnet))
                .bind(2, aid(a.address))
                .bind(3, ByteView(balance))
                .bind(4, i64(a.nonce))
                .run();
        }
        for (const ValidatorRecord& v : batch.validators) {
            const Bytes collateral = v.collateral.toMinimalBigEndian();
            (*w)(
                "INSERT OR REPLACE INTO validator_history(sid, configuration_number, aid, power,"
                " collateral, from_height) VALUES(?1, ?2, ?3, ?4, ?5, ?6)")
                .bind(1, sid(v.subnet))
                .bind(2, i64(v.configurationNumber))
                .bind(3, aid(v.address))
                .bind(4, i64(v.power))
                .bind(5, ByteView(collateral))
                .bind(6, i64(v.fromHeight))
                .run();
        }
        for (const CheckpointRecord& c : batch.checkpoints) {
            putCheckpoint(c);
        }
        for (const MessageRecord& m : batch.messages) {
            const Bytes value = m.value.toMinimalBigEndian();
            (*w)(
                "INSERT INTO messages(tracing_id, kind, from_sid, from_aid, to_sid, to_aid, value,"
                " stage, hops) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                " ON CONFLICT(tracing_id) DO UPDATE SET kind = excluded.kind,"
                " from_sid = excluded.from_sid, from_aid = excluded.from_aid,"
                " to_sid = excluded.to_sid, to_aid = excluded.to_aid, value = excluded.value,"
                " stage = excluded.stage, hops = excluded.hops")
                .bind(1, m.tracingId.view())
                .bind(2, static_cast<std::int64_t>(m.kind))
                .bind(3, sid(m.fromSubnet))
                .bind(4, aid(m.from))
                .bind(5, sid(m.toSubnet))
                .bind(6, aid(m.to))
                .bind(7, ByteView(value))
                .bind(8, static_cast<std::int64_t>(m.stage))
                .bind(9, ByteView(m.hops))
                .run();
        }
        for (const ParentFinalityRecord& f : batch.finalities) {
            Statement& ins = (*w)(
                "INSERT OR REPLACE INTO parent_finalities(sid, parent_height, height, block_hash)"
                " VALUES(?1, ?2, ?3, ?4)");
            ins.bind(1, sid(f.subnet)).bind(2, i64(f.parentHeight)).bind(3, i64(f.height));
            if (f.blockHash) {
                ins.bind(4, f.blockHash->view());
            } else {
                ins.bindNull(4);
            }
            ins.run();
        }
        if (batch.engineState) {
            (*w)(
                "INSERT INTO engine_state(id, state, updated_ms) VALUES(1, ?1, ?2)"
                " ON CONFLICT(id) DO UPDATE SET state = excluded.state,"
                " updated_ms = excluded.updated_ms")
                .bindUncopied(1, ByteView(*batch.engineState))
                .bind(2, nowMs())
                .run();
        }
        if (batch.snapshots) {
            (*w)("DELETE FROM snapshots").run();
            for (const Snapshot& s : *batch.snapshots) {
                (*w)("INSERT INTO snapshots(id, name, created_ms, state) VALUES(?1, ?2, ?3, ?4)")
                    .bind(1, s.info.id)
                    .bind(2, s.info.name)
                    .bind(3, s.info.createdMs)
                    .bindUncopied(4, ByteView(s.state))
                    .run();
                Statement& h = (*w)(
                    "INSERT INTO snapshot_heights(snapshot_id, subnet, height) VALUES(?1, ?2, ?3)");
                for (const auto& [subnet, height] : s.info.heights) {
                    h.bind(1, s.info.id).bind(2, subnet).bind(3, i64(height)).run();
                }
            }
        }
        for (const auto& [key, value] : batch.settings) {
            (*w)("INSERT OR REPLACE INTO settings(key, value) VALUES(?1, ?2)")
                .bind(1, key)
                .bind(2, value)
                .run();
        }
    }

    // Keystore and settings rows, inside a write transaction.
    void putKey(const KeystoreRow& row) {
        (*w)(
            "INSERT OR REPLACE INTO keystore(address, label, kind, blob, encrypted)"
            " VALUES(?1, ?2, ?3, ?4, ?5)")
            .bind(1, row.address)
            .bind(2, row.label)
            .bind(3, row.kind)
            .bind(4, ByteView(row.blob))
            .bind(5, std::int64_t{row.encrypted ? 1 : 0})
            .run();
    }
    void putSetting(const std::string& key, const std::string& value) {
        (*w)("INSERT OR REPLACE INTO settings(key, value) VALUES(?1, ?2)")
            .bind(1, key)
            .bind(2, value)
            .run();
    }

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

std::unique_ptr<Store> Store::open(const std::string& path) {
    return open(path, Options{});
}

std::unique_ptr<Store> Store::open(const std::string& path, const Options& options) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const bool exists = fs::exists(path, ec);
    if (!exists && !options.create) {
        throw StorageError("no workspace at " + path, 0, path);
    }
    if (exists) {
        if (fs::is_directory(path, ec)) {
            throw StorageError("cannot open workspace " + path + ": it is a directory", 0, path);
        }
        if (fs::file_size(path, ec) > 0) {
            checkFileHeader(path);
        }
    }
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->writer = std::make_unique<Database>(
        path, options.create ? Database::Mode::ReadWriteCreate : Database::Mode::ReadWrite,
        options.busyTimeoutMs);
    // Refusals happen here, before configure() switches the file to WAL.
    inspect(*impl->writer);
    impl->writer->configure();
    // Index pages of a long history are touched at random on every write; a cache above
    // SQLite's default (2 MiB) keeps the upper levels of every B-tree resident. It stays small
    // enough to fill early in a run: every flush rewrites the engine state (megabytes in a long
    // run) through this cache, so a large cap is reached anyway and only adds resident memory
    // that looks like a leak for the first half hour.
    impl->writer->exec("PRAGMA cache_size=-8192");
    migrate(*impl->writer, latestSchemaVersion());
    impl->version = latestSchemaVersion();
    impl->w = std::make_unique<StatementCache>(*impl->writer);

    impl->reader =
        std::make_unique<Database>(path, Database::Mode::ReadWrite, options.busyTimeoutMs);
    impl->reader->exec("PRAGMA query_only=1");
    // Reads (history pages, block lookups of the engine's archive): the same reasoning.
    impl->reader->exec("PRAGMA cache_size=-4096");
    impl->r = std::make_unique<StatementCache>(*impl->reader);
    return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Store::~Store() = default;

const std::string& Store::path() const {
    return impl_->path;
}

int Store::schemaVersion() const {
    return impl_->version;
}

void Store::write(const WriteBatch& batch) {
    const WriteBatch* one[] = {&batch};
    write(std::span<const WriteBatch* const>(one));
}

void Store::write(std::span<const WriteBatch* const> batches) {
    impl_->writeTransaction([&] {
        for (const WriteBatch* b : batches) {
            impl_->apply(*b);
        }
    });
}

void Store::truncateAbove(const std::string& subnet, std::uint64_t height) {
    if (height >= kMaxHeight) {
        return;
    }
    impl_->writeTransaction([&] {
        auto& w = *impl_->w;
        const std::int64_t s = impl_->sid(subnet);
        const std::int64_t from = rowKey(s, height + 1);
        const std::int64_t to = rowKey(s, kMaxHeight);
        impl_->removeBlockTransactions(from, to);
        w("DELETE FROM blocks WHERE key BETWEEN ?1 AND ?2").bind(1, from).bind(2, to).run();
        w("DELETE FROM checkpoints WHERE key BETWEEN ?1 AND ?2").bind(1, from).bind(2, to).run();
        w("DELETE FROM validator_history WHERE sid = ?1 AND from_height > ?2")
            .bind(1, s)
            .bind(2, i64(height))
            .run();
        w("DELETE FROM parent_finalities WHERE sid = ?1 AND height > ?2")
            .bind(1, s)
            .bind(2, i64(height))
            .run();
    });
}

void Store::setPageLimit(std::optional<std::uint64_t> pages) {
    std::lock_guard lock(impl_->writeMutex);
    // max_page_count never goes below the current size, and 0 is ignored: "no limit" is the
    // largest value SQLite accepts.
    const std::uint64_t limit = pages ? std::max<std::uint64_t>(*pages, 1) : 4294967294ULL;
    impl_->writer->queryInt("PRAGMA max_page_count=" + std::to_string(limit));
}

std::vector<SubnetRecord> Store::subnets() const {
    std::lock_guard lock(impl_->readMutex);
    Statement& s =
        (*impl_->r)("SELECT id, name, parent, chain_id, params FROM subnets ORDER BY sid");
    StatementScope scope(s);
    std::vector<SubnetRecord> out;
    while (s.step()) {
        out.push_back({s.columnText(0), s.columnText(1), s.columnText(2), u64(s.columnInt(3)),
                       s.columnBlob(4)});
    }
    return out;
}

std::shared_ptr<const chain::Block> Store::block(const std::string& subnet,
                                                 std::uint64_t number) const {
    if (number > kMaxHeight) {
        return nullptr;
    }
    std::optional<Bytes> body;
    {
        std::lock_guard lock(impl_->readMutex);
        const auto s = impl_->readSid(subnet);
        if (!s) {
            return nullptr;
        }
        Statement& q = (*impl_->r)("SELECT body FROM blocks WHERE key = ?1");
        q.bind(1, rowKey(*s, number));
        body = Impl::firstBody(q);
    }
    return body ? std::make_shared<const chain::Block>(decodeBlock(*body)) : nullptr;
}

std::shared_ptr<const chain::Block> Store::blockByHash(const Hash32& hash) const {
    std::optional<Bytes> body;
    {
        std::lock_guard lock(impl_->readMutex);
        Statement& q = (*impl_->r)("SELECT body FROM blocks WHERE hash = ?1");
        q.bind(1, hash.view());
        body = Impl::firstBody(q);
    }
    return body ? std::make_shared<const chain::Block>(decodeBlock(*body)) : nullptr;
}

std::vector<BlockSummary> Store::blockSummaries(const std::string& subnet, std::uint64_t fromHeight,
                                                std::size_t count) const {
    std::lock_guard lock(impl_->readMutex);
    std::vector<BlockSummary> out;
    const auto s = impl_->readSid(subnet);
    if (!s || count == 0) {
        return out;
    }
    Statement& q = (*impl_->r)(
        "SELECT key, hash, timestamp_ms, tx_count FROM blocks WHERE key BETWEEN ?1 AND ?2"
        " ORDER BY key DESC LIMIT ?3");
    StatementScope scope(q);
    q.bind(1, rowKey(*s, 0))
        .bind(2, rowKey(*s, std::min(fromHeight, kMaxHeight)))
        .bind(3, static_cast<std::int64_t>(count));
    while (q.step()) {
        out.push_back({heightOf(q.columnInt(0)), hashColumn(q, 1), u64(q.columnInt(2)),
                       static_cast<std::uint32_t>(q.columnInt(3))});
    }
    return out;
}

std::optional<std::uint64_t> Store::latestHeight(const std::string& subnet) const {
    std::lock_guard lock(impl_->readMutex);
    const auto s = impl_->readSid(subnet);
    if (!s) {
        return std::nullopt;
    }
    Statement& q =
        (*impl_->r)("SELECT key FROM blocks WHERE key BETWEEN ?1 AND ?2 ORDER BY key DESC LIMIT 1");
    StatementScope scope(q);
    q.bind(1, rowKey(*s, 0)).bind(2, rowKey(*s, kMaxHeight));
    if (!q.step()) {
        return std::nullopt;
    }
    return heightOf(q.columnInt(0));
}

std::vector<std::pair<std::string, std::uint64_t>> Store::latestHeights() const {
    std::vector<std::pair<std::string, std::uint64_t>> out;
    for (const SubnetRecord& s : subnets()) {
        if (auto h = latestHeight(s.id)) {
            out.emplace_back(s.id, *h);
        }
    }
    return out;
}

std::optional<TxLocation> Store::transaction(const Hash32& hash) const {
    static const std::string sql =
        std::string(kTxColumns) + "transactions t" + kTxJoins + " WHERE t.hash = ?1";
    std::lock_guard lock(impl_->readMutex);
    Statement& q = (*impl_->r)(sql.c_str());
    StatementScope scope(q);
    q.bind(1, hash.view());
    if (!q.step()) {
        return std::nullopt;
    }
    return txFromRow(q);
}

std::vector<TxLocation> Store::accountTransactions(const EthAddress& address,
                                                   const std::optional<std::string>& subnet,
                                                   std::size_t limit, std::size_t offset) const {
    static const std::string all =
        std::string(kTxColumns) + "account_txs x JOIN transactions t ON t.id = x.tx_id" + kTxJoins +
        " WHERE x.aid = (SELECT aid FROM addresses WHERE address = ?1)"
        " ORDER BY x.tx_id DESC LIMIT ?2 OFFSET ?3";
    static const std::string inSubnet =
        std::string(kTxColumns) +
        "account_txs x INDEXED BY account_txs_by_subnet JOIN transactions t ON t.id = x.tx_id" +
        kTxJoins +
        " WHERE x.aid = (SELECT aid FROM addresses WHERE address = ?1)"
        " AND x.sid = (SELECT sid FROM subnets WHERE id = ?4)"
        " ORDER BY x.tx_id DESC LIMIT ?2 OFFSET ?3";
    std::lock_guard lock(impl_->readMutex);
    Statement& q = (*impl_->r)(subnet ? inSubnet.c_str() : all.c_str());
    StatementScope scope(q);
    q.bind(1, address.view())
        .bind(2, static_cast<std::int64_t>(limit))
        .bind(3, static_cast<std::int64_t>(offset));
    if (subnet) {
        q.bind(4, *subnet);
    }
    std::vector<TxLocation> out;
    while (q.step()) {
        out.push_back(txFromRow(q));
    }
    return out;
}

std::optional<AccountRecord> Store::account(const std::string& subnet,
                                            const EthAddress& address) const {
    std::lock_guard lock(impl_->readMutex);
    Statement& q = (*impl_->r)(
        "SELECT a.balance, a.nonce FROM accounts a"
        " WHERE a.sid = (SELECT sid FROM subnets WHERE id = ?1)"
        " AND a.aid = (SELECT aid FROM addresses WHERE address = ?2)");
    StatementScope scope(q);
    q.bind(1, subnet).bind(2, address.view());
    if (!q.step()) {
        return std::nullopt;
    }
    return AccountRecord{subnet, address, u256Column(q, 0), u64(q.columnInt(1))};
}

std::vector<AccountRecord> Store::accounts(const std::string& subnet) const {
    std::lock_guard lock(impl_->readMutex);
    Statement& q = (*impl_->r)(
        "SELECT d.address, a.balance, a.nonce FROM accounts a JOIN addresses d ON d.aid = a.aid"
        " WHERE a.sid = (SELECT sid FROM subnets WHERE id = ?1) ORDER BY d.address");
    StatementScope scope(q);
    q.bind(1, subnet);
    std::vector<AccountRecord> out;
    while (q.step()) {
        out.push_back({subnet, addressColumn(q, 0), u256Column(q, 1), u64(q.columnInt(2))});
    }
    return out;
}

std::vector<ValidatorRecord> Store::validatorHistory(const std::string& subnet) const {
    std::lock_guard lock(impl_->readMutex);
    Statement& q = (*impl_->r)(
        "SELECT v.configuration_number, d.address, v.power, v.collateral, v.from_height"
        " FROM validator_history v JOIN addresses d ON d.aid = v.aid"
        " WHERE v.sid = (SELECT sid FROM subnets WHERE id = ?1)"
        " ORDER BY v.configuration_number, d.address");
    StatementScope scope(q);
    q.bind(1, subnet);
    std::vector<ValidatorRecord> out;
    while (q.step()) {
        out.push_back({subnet, u64(q.columnInt(0)), addressColumn(q, 1), u64(q.columnInt(2)),
                       u256Column(q, 3), u64(q.columnInt(4))});
    }
    return out;
}

std::vector<CheckpointRecord> Store::checkpoints(const std::string& subnet,
                                                 std::uint64_t fromHeight, std::size_t count,
                                                 std::size_t skip) const {
    static const std::string sql =
        std::string(kCheckpointColumns) +
        " WHERE c.key BETWEEN ?1 AND ?2 ORDER BY c.key DESC LIMIT ?3 OFFSET ?4";
    std::lock_guard lock(impl_->readMutex);
    std::vector<CheckpointRecord> out;
    const auto s = impl_->readSid(subnet);
    if (!s || count == 0) {
        return out;
    }
    Statement& q = (*impl_->r)(sql.c_str());
    StatementScope scope(q);
    q.bind(1, rowKey(*s, 0))
        .bind(2, rowKey(*s, std::min(fromHeight, kMaxHeight)))
        .bind(3, static_cast<std::int64_t>(count))
        .bind(4, i64(std::min<std::uint64_t>(skip, INT64_MAX)));  // SQLite reads -1 as 0
    while (q.step()) {
        out.push_back(checkpointFromRow(q));
    }
    return out;
}

std::vector<CheckpointRecord> Store::checkpointsFrom(const std::string& subnet,
                                                     std::uint64_t fromHeight,
                                                     std::size_t count) const {
    static const std::string sql =
        std::string(kCheckpointColumns) + " WHERE c.key BETWEEN ?1 AND ?2 ORDER BY c.key LIMIT ?3";
    std::lock_guard lock(impl_->readMutex);
    std::vector<CheckpointRecord> out;
    if (fromHeight > kMaxHeight || count == 0) {
        return out;
    }
    const auto s = impl_->readSid(subnet);
    if (!s) {
        return out;
    }
    Statement& q = (*impl_->r)(sql.c_str());
    StatementScope scope(q);
    q.bind(1, rowKey(*s, fromHeight))
        .bind(2, rowKey(*s, kMaxHeight))
        .bind(3, static_cast<std::int64_t>(count));
    while (q.step()) {
        out.push_back(checkpointFromRow(q));
    }
    return out;
}

std::optional<CheckpointRecord> Store::checkpoint(const std::string& subnet,
                                                  std::uint64_t height) const {
    static const std::string sql = std::string(kCheckpointColumns) + " WHERE c.key = ?1";
    if (height > kMaxHeight) {
        return std::nullopt;
    }
    std::lock_guard lock(impl_->readMutex);
    const auto s = impl_->readSid(subnet);
    if (!s) {
        return std::nullopt;
    }
    const std::int64_t key = rowKey(*s, height);
    std::optional<CheckpointRecord> out;
    {
        Statement& q = (*impl_->r)(sql.c_str());
        StatementScope scope(q);
        q.bind(1, key);
        if (!q.step()) {
            return std::nullopt;
        }
        out = checkpointFromRow(q);
    }
    Statement& sigs = (*impl_->r)(
        "SELECT d.address, c.signature, c.weight FROM checkpoint_signatures c"
        " JOIN addresses d ON d.aid = c.signer WHERE c.checkpoint_key = ?1 ORDER BY d.address");
    StatementScope scope(sigs);
    sigs.bind(1, key);
    while (sigs.step()) {
        out->signatures.push_back({addressColumn(sigs, 0),
                                   FixedBytes<65>::fromBytes(sigs.columnBlobView(1)),
                                   u64(sigs.columnInt(2))});
    }
    return out;
}

std::optional<MessageRecord> Store::message(const Hash32& tracingId) const {
    static const std::string sql = std::string(kMessageColumns) + " WHERE m.tracing_id = ?1";
    std::lock_guard lock(impl_->readMutex);
    Statement& q = (*impl_->r)(sql.c_str());
    StatementScope scope(q);
    q.bind(1, tracingId.view());
    if (!q.step()) {
        return std::nullopt;
    }
    return messageFromRow(q);
}

std::vector<MessageRecord> Store::messages(const std::string& subnet, std::size_t limit,
                                           std::size_t offset) const {
    // Both halves come ordered from their index, so SQLite merges them instead of sorting.
    static const std::string sql =
        std::string(kMessageColumns) +
        " WHERE m.id IN (SELECT id FROM messages WHERE from_sid = ?1"
        " UNION SELECT id FROM messages WHERE to_sid = ?1 ORDER BY 1 DESC LIMIT ?2 OFFSET ?3)"
        " ORDER BY m.id DESC";
    std::lock_guard lock(impl_->readMutex);
    std::vector<MessageRecord> out;
    const auto s = impl_->readSid(subnet);
    if (!s) {
        return out;
    }
    Statement& q = (*impl_->r)(sql.c_str());
    StatementScope scope(q);
    q.bind(1, *s)
        .bind(2, static_cast<std::int64_t>(limit))
        .bind(3, static_cast<std::int64_t>(offset));
    while (q.step()) {
        out.push_back(messageFromRow(q));
    }
    return out;
}

std::optional<ParentFinalityRecord> Store::latestParentFinality(const std::string& subnet) const {
    static const std::string sql =
        std::string(kFinalityColumns) + " ORDER BY parent_height DESC LIMIT 1";
    std::lock_guard lock(impl_->readMutex);
    Statement& q = (*impl_->r)(sql.c_str());
    StatementScope scope(q);
    q.bind(1, subnet);
    if (!q.step()) {
        return std::nullopt;
    }
    return finalityFromRow(q, subnet);
}

std::optional<ParentFinalityRecord> Store::parentFinality(const std::string& subnet,
                                                          std::uint64_t parentHeight) const {
    static const std::string sql = std::string(kFinalityColumns) + " AND parent_height = ?2";
    std::lock_guard lock(impl_->readMutex);
    Statement& q = (*impl_->r)(sql.c_str());
    StatementScope scope(q);
    q.bind(1, subnet).bind(2, i64(parentHeight));
    if (!q.step()) {
        return std::nullopt;
    }
    return finalityFromRow(q, subnet);
}

std::optional<EngineState> Store::engineState() const {
    std::lock_guard lock(impl_->readMutex);
    Statement& q = (*impl_->r)("SELECT state, updated_ms FROM engine_state WHERE id = 1");
    StatementScope scope(q);
    if (!q.step()) {
        return std::nullopt;
    }
    return EngineState{q.columnBlob(0), q.columnInt(1)};
}

std::int64_t Store::saveSnapshot(const std::string& name,
                                 const std::vector<std::pair<std::string, std::uint64_t>>& heights,
                                 ByteView state) {
    if (name.empty()) {
        throw Error("a snapshot needs a name");
    }
    std::int64_t id = 0;
    impl_->writeTransaction([&] {
        auto& w = *impl_->w;
        w("INSERT INTO snapshots(name, created_ms, state) VALUES(?1, ?2, ?3)")
            .bind(1, name)
            .bind(2, nowMs())
            .bind(3, state)
            .run();
        id = impl_->writer->lastInsertRowId();
        Statement& h =
            w("INSERT INTO snapshot_heights(snapshot_id, subnet, height) VALUES(?1, ?2, ?3)");
        for (const auto& [subnet, height] : heights) {
            h.bind(1, id).bind(2, subnet).bind(3, i64(height)).run();
        }
    });
    return id;
}

namespace {

void readSnapshotHeights(StatementCache& r, SnapshotInfo& info) {
    Statement& h = r("SELECT subnet, height FROM snapshot_heights WHERE snapshot_id = ?1");
    StatementScope scope(h);
    h.bind(1, info.id);
    while (h.step()) {
        info.heights.emplace_back(h.columnText(0), u64(h.columnInt(1)));
    }
}

}  // namespace

std::vector<SnapshotInfo> Store::snapshots() const {
    std::lock_guard lock(impl_->readMutex);
    std::vector<SnapshotInfo> out;
    {
        Statement& q = (*impl_->r)("SELECT id, name, created_ms FROM snapshots ORDER BY id");
        StatementScope scope(q);
        while (q.step()) {
            out.push_back({q.columnInt(0), q.columnText(1), q.columnInt(2), {}});
        }
    }
    for (SnapshotInfo& info : out) {
        readSnapshotHeights(*impl_->r, info);
    }
    return out;
}

std::optional<Snapshot> Store::loadSnapshot(std::int64_t id) const {
    std::lock_guard lock(impl_->readMutex);
    Snapshot snap;
    {
        Statement& q =
            (*impl_->r)("SELECT id, name, created_ms, state FROM snapshots WHERE id = ?1");
        StatementScope scope(q);
        q.bind(1, id);
        if (!q.step()) {
            return std::nullopt;
        }
        snap.info = {q.columnInt(0), q.columnText(1), q.columnInt(2), {}};
        snap.state = q.columnBlob(3);
    }
    readSnapshotHeights(*impl_->r, snap.info);
    return snap;
}

bool Store::deleteSnapshot(std::int64_t id) {
    bool removed = false;
    impl_->writeTransaction([&] {
        (*impl_->w)("DELETE FROM snapshots WHERE id = ?1").bind(1, id).run();
        removed = impl_->writer->changes() > 0;
    });
    return removed;
}

void Store::putKey(const KeystoreRow& row) {
    if (row.address.empty()) {
        throw Error("a keystore row needs an address");
    }
    impl_->writeTransaction([&] { impl_->putKey(row); });
}

namespace {

KeystoreRow keyFromRow(const Statement& q) {
    return {q.columnText(0), q.columnText(1), q.columnText(2), q.columnBlob(3),
            q.columnInt(4) != 0};
}

}  // namespace

std::vector<KeystoreRow> Store::keys() const {
    std::lock_guard lock(impl_->readMutex);
    Statement& q =
        (*impl_->r)("SELECT address, label, kind, blob, encrypted FROM keystore ORDER BY address");
    StatementScope scope(q);
    std::vector<KeystoreRow> out;
    while (q.step()) {
        out.push_back(keyFromRow(q));
    }
    return out;
}

std::optional<KeystoreRow> Store::key(const std::string& address) const {
    std::lock_guard lock(impl_->readMutex);
    Statement& q = (*impl_->r)(
        "SELECT address, label, kind, blob, encrypted FROM keystore WHERE address = ?1");
    StatementScope scope(q);
    q.bind(1, address);
    if (!q.step()) {
        return std::nullopt;
    }
    return keyFromRow(q);
}

bool Store::deleteKey(const std::string& address) {
    bool removed = false;
    impl_->writeTransaction([&] {
        (*impl_->w)("DELETE FROM keystore WHERE address = ?1").bind(1, address).run();
        removed = impl_->writer->changes() > 0;
    });
    return removed;
}

void Store::replaceKeys(const std::vector<KeystoreRow>& rows, const std::string& settingKey,
                        const std::optional<std::string>& settingValue) {
    for (const auto& row : rows) {
        if (row.address.empty())
            throw Error("a keystore row needs an address");
    }
    impl_->writeTransaction([&] {
        (*impl_->w)("DELETE FROM keystore").run();
        for (const auto& row : rows)
            impl_->putKey(row);
        if (settingValue) {
            impl_->putSetting(settingKey, *settingValue);
        } else {
            (*impl_->w)("DELETE FROM settings WHERE key = ?1").bind(1, settingKey).run();
        }
    });
}

std::optional<std::string> Store::setting(const std::string& key) const {
    std::lock_guard lock(impl_->readMutex);
    Statement& q = (*impl_->r)("SELECT value FROM settings WHERE key = ?1");
    StatementScope scope(q);
    q.bind(1, key);
    if (!q.step()) {
        return std::nullopt;
    }
    return q.columnText(0);
}

void Store::setSetting(const std::string& key, const std::string& value) {
    impl_->writeTransaction([&] { impl_->putSetting(key, value); });
}

}  // namespace ipc::storage
