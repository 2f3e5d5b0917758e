// The store: opening a workspace file (checks, migration, its writer and reader connections) and
// every read of its history; the writes live in store_writes.cpp.
#include "ipc/core/storage/store.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <mutex>

#include "ipc/core/storage/block_codec.h"
#include "ipc/core/storage/schema.h"
#include "store_impl.h"

namespace ipc::storage {

using namespace detail;

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

}  // namespace ipc::storage
