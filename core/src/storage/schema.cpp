// The workspace file's schema and its ordered migrations.
#include "ipc/core/storage/schema.h"

#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "ipc/core/storage/store.h"

namespace ipc::storage {

namespace {

// v1: the hierarchy's history. Blocks and checkpoints are keyed by sid << 40 | height: one
// B-tree lookup per block with no separate (subnet, number) index, and each subnet's blocks are a
// contiguous range for pages and truncation. Addresses are stored once and referenced by integer
// so the per-account index stays small.
void createHistory(Database& db) {
    db.exec(R"sql(
CREATE TABLE subnets(
  sid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL DEFAULT '',
  parent TEXT NOT NULL DEFAULT '',
  chain_id INTEGER NOT NULL DEFAULT 0,
  params BLOB NOT NULL DEFAULT x'');
CREATE TABLE addresses(
  aid INTEGER PRIMARY KEY,
  address BLOB NOT NULL UNIQUE);
CREATE TABLE blocks(
  key INTEGER PRIMARY KEY,
  hash BLOB NOT NULL,
  timestamp_ms INTEGER NOT NULL,
  tx_count INTEGER NOT NULL,
  body BLOB NOT NULL);
CREATE INDEX blocks_by_hash ON blocks(hash);
CREATE TABLE transactions(
  id INTEGER PRIMARY KEY,
  hash BLOB NOT NULL,
  block_key INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  sender INTEGER NOT NULL,
  recipient INTEGER);
CREATE INDEX transactions_by_hash ON transactions(hash);
CREATE INDEX transactions_by_block ON transactions(block_key);
CREATE TABLE account_txs(
  aid INTEGER NOT NULL,
  tx_id INTEGER NOT NULL,
  sid INTEGER NOT NULL,
  PRIMARY KEY(aid, tx_id)) WITHOUT ROWID;
CREATE INDEX account_txs_by_subnet ON account_txs(aid, sid, tx_id);
CREATE TABLE accounts(
  sid INTEGER NOT NULL,
  aid INTEGER NOT NULL,
  balance BLOB NOT NULL,
  nonce INTEGER NOT NULL,
  PRIMARY KEY(sid, aid)) WITHOUT ROWID;
CREATE TABLE validator_history(
  sid INTEGER NOT NULL,
  configuration_number INTEGER NOT NULL,
  aid INTEGER NOT NULL,
  power INTEGER NOT NULL,
  collateral BLOB NOT NULL,
  from_height INTEGER NOT NULL,
  PRIMARY KEY(sid, configuration_number, aid)) WITHOUT ROWID;
CREATE TABLE checkpoints(
  key INTEGER PRIMARY KEY,
  hash BLOB NOT NULL,
  status INTEGER NOT NULL,
  stage_heights BLOB NOT NULL,
  body BLOB NOT NULL);
CREATE TABLE checkpoint_signatures(
  checkpoint_key INTEGER NOT NULL REFERENCES checkpoints(key) ON DELETE CASCADE,
  signer INTEGER NOT NULL,
  signature BLOB NOT NULL,
  weight INTEGER NOT NULL,
  PRIMARY KEY(checkpoint_key, signer)) WITHOUT ROWID;
CREATE TABLE messages(
  id INTEGER PRIMARY KEY,
  tracing_id BLOB NOT NULL UNIQUE,
  kind INTEGER NOT NULL,
  from_sid INTEGER NOT NULL,
  from_aid INTEGER NOT NULL,
  to_sid INTEGER NOT NULL,
  to_aid INTEGER NOT NULL,
  value BLOB NOT NULL,
  stage INTEGER NOT NULL,
  hops BLOB NOT NULL);
CREATE INDEX messages_from ON messages(from_sid, id);
CREATE INDEX messages_to ON messages(to_sid, id);
CREATE TABLE parent_finalities(
  sid INTEGER NOT NULL,
  parent_height INTEGER NOT NULL,
  height INTEGER NOT NULL,
  PRIMARY KEY(sid, parent_height)) WITHOUT ROWID;
CREATE TABLE engine_state(
  id INTEGER PRIMARY KEY CHECK(id = 1),
  state BLOB NOT NULL,
  updated_ms INTEGER NOT NULL);
)sql");
}

// v2: what the workspace keeps besides history: snapshots for revert, keystore rows, settings.
void createWorkspaceTables(Database& db) {
    db.exec(R"sql(
CREATE TABLE snapshots(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  state BLOB NOT NULL);
CREATE TABLE snapshot_heights(
  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  subnet TEXT NOT NULL,
  height INTEGER NOT NULL,
  PRIMARY KEY(snapshot_id, subnet)) WITHOUT ROWID;
CREATE TABLE keystore(
  address TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  kind TEXT NOT NULL,
  blob BLOB NOT NULL,
  encrypted INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE settings(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL) WITHOUT ROWID;
)sql");
}

// v3: what the engine needs to answer for checkpoints and parent finalities it has dropped from
// memory: its own encoding of each whole checkpoint, and the parent block hash of each finality.
// Rows written before stay as they were: an empty record and a NULL hash.
void addCheckpointRecordsAndFinalityHashes(Database& db) {
    db.exec(R"sql(
ALTER TABLE checkpoints ADD COLUMN record BLOB NOT NULL DEFAULT x'';
ALTER TABLE parent_finalities ADD COLUMN block_hash BLOB;
)sql");
}

std::uint32_t bigEndian32(const std::uint8_t* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
           std::uint32_t{p[3]};
}

[[noreturn]] void refuse(const std::string& path, const std::string& why) {
    throw StorageError("cannot open workspace " + path + ": " + why, 0, path);
}

}  // namespace

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> list = {
        {1, "history: subnets, blocks, transactions, accounts, validators, checkpoints, messages",
         createHistory},
        {2, "workspace: snapshots, keystore, settings", createWorkspaceTables},
        {3, "checkpoint records and finality block hashes", addCheckpointRecordsAndFinalityHashes},
    };
    return list;
}

int latestSchemaVersion() {
    return migrations().back().version;
}

void checkFileHeader(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec) {
        refuse(path, ec.message());
    }
    std::ifstream in(path, std::ios::binary);
    std::array<std::uint8_t, 100> h{};
    if (!in || !in.read(reinterpret_cast<char*>(h.data()), h.size())) {
        refuse(path, "not a SQLite database (shorter than a database header)");
    }
    static constexpr char kMagic[] = "SQLite format 3";  // 16 bytes with the terminator
    if (std::memcmp(h.data(), kMagic, sizeof kMagic) != 0) {
        refuse(path, "not a SQLite database");
    }
    // Page size: a power of two from 512 to 32768, or 1 meaning 65536.
    std::uint32_t pageSize = (std::uint32_t{h[16]} << 8) | h[17];
    if (pageSize == 1) {
        pageSize = 65536;
    }
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        refuse(path, "damaged database header (page size " + std::to_string(pageSize) + ")");
    }
    const bool versionsOk = (h[18] == 1 || h[18] == 2) && (h[19] == 1 || h[19] == 2);
    // The payload fractions are fixed at 64, 32 and 32 by every SQLite version.
    if (!versionsOk || h[21] != 64 || h[22] != 32 || h[23] != 32) {
        refuse(path, "damaged database header");
    }
    if (size % pageSize != 0) {
        refuse(path, "damaged database (size " + std::to_string(size) +
                         " is not a whole number of " + std::to_string(pageSize) + "-byte pages)");
    }
    // The page count in the header is authoritative when its "valid for" counter matches the
    // change counter. A WAL that has not been checkpointed may still add pages, so the file may
    // then legitimately be shorter.
    const std::uint32_t changeCounter = bigEndian32(&h[24]);
    const std::uint32_t headerPages = bigEndian32(&h[28]);
    const std::uint32_t validFor = bigEndian32(&h[92]);
    const auto walSize = fs::file_size(path + "-wal", ec);
    const bool walHasFrames = !ec && walSize > 32;
    if (validFor == changeCounter && !walHasFrames &&
        std::uint64_t{headerPages} * pageSize > size) {
        refuse(path, "damaged database (truncated: the header counts " +
                         std::to_string(headerPages) + " pages, the file holds " +
                         std::to_string(size / pageSize) + ")");
    }
}

FileKind inspect(Database& db) {
    const std::string& path = db.path();
    try {
        // Reading the schema parses page 1; a damaged first page fails here.
        const auto tables = db.queryInt("SELECT count(*) FROM sqlite_schema").value_or(0);
        const auto appId = db.queryInt("PRAGMA application_id").value_or(0);
        if (tables == 0 && appId == 0) {
            return {true, 0};
        }
        if (appId != kApplicationId) {
            refuse(path, "a SQLite database, but not an IPC Studio workspace");
        }
        const auto hasMeta =
            db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type='table' AND name='meta'");
        if (hasMeta.value_or(0) == 0) {
            refuse(path, "damaged workspace (no meta table)");
        }
        const auto version = db.queryInt("SELECT value FROM meta WHERE key='schema_version'");
        if (!version || *version < 0) {
            refuse(path, "damaged workspace (no schema version)");
        }
        if (*version > latestSchemaVersion()) {
            refuse(path, "made by a newer IPC Studio (schema version " + std::to_string(*version) +
                             "; this build knows up to " + std::to_string(latestSchemaVersion()) +
                             ")");
        }
        return {false, static_cast<int>(*version)};
    } catch (const StorageError& e) {
        if (e.extendedCode() == 0) {
            throw;
        }
        refuse(path, std::string("damaged or not a database: ") + e.what());
    }
}

void migrate(Database& db, int target) {
    if (target > latestSchemaVersion()) {
        throw StorageError("no migration to schema version " + std::to_string(target), 0,
                           db.path());
    }
    const FileKind kind = inspect(db);
    if (!kind.fresh && kind.version >= target) {
        return;
    }
    Transaction tx(db);
    if (kind.fresh) {
        db.exec("PRAGMA application_id=" + std::to_string(kApplicationId));
        db.exec("CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID");
        db.exec("INSERT INTO meta(key, value) VALUES('schema_version', 0)");
    }
    for (const Migration& m : migrations()) {
        if (m.version > kind.version && m.version <= target) {
            m.apply(db);
        }
    }
    db.exec("UPDATE meta SET value=" + std::to_string(target) + " WHERE key='schema_version'");
    tx.commit();
}

}  // namespace ipc::storage
