// The SQLite wrappers, opening a workspace file (and refusing the wrong ones untouched), and one
// test per schema migration.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include <sqlite3.h>

#include "ipc/core/storage/block_codec.h"
#include "ipc/core/storage/schema.h"
#include "ipc/core/storage/sqlite.h"
#include "ipc/core/storage/store.h"
#include "test_storage_fixtures.h"

using namespace ipc;
using namespace ipc::storage;
using namespace ipc::storage::testing;

namespace {

Bytes readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void writeFile(const std::string& path, const Bytes& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
}

bool hasTable(Database& db, const std::string& name) {
    Statement s(db, "SELECT count(*) FROM sqlite_schema WHERE type='table' AND name=?1");
    s.bind(1, name);
    s.step();
    return s.columnInt(0) == 1;
}

// Opening must fail with a message containing `expected`, and leave the file byte for byte as
// it was (and create no WAL next to it).
void expectRefusedUntouched(const std::string& path, const std::string& expected) {
    const Bytes before = readFile(path);
    try {
        Store::open(path);
        FAIL() << "opened " << path;
    } catch (const StorageError& e) {
        EXPECT_NE(std::string(e.what()).find(expected), std::string::npos) << e.what();
        EXPECT_EQ(e.path(), path);
    }
    EXPECT_EQ(readFile(path), before);
    EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
}

// A workspace with one block, closed cleanly (WAL checkpointed into the file and removed).
void makeWorkspace(const std::string& path) {
    auto store = Store::open(path);
    WriteBatch b;
    b.blocks.push_back({kRoot, {makeBlock(1, {makeTx(Kind::Eip1559, 1, 2, 0)})}});
    store->write(b);
}

TEST(Sqlite, StatementBindsAndReadsEveryType) {
    TempDir dir;
    Database db(dir.file("t.db"), Database::Mode::ReadWriteCreate);
    db.exec("CREATE TABLE t(i INTEGER, s TEXT, b BLOB, n)");
    Statement ins(db, "INSERT INTO t VALUES(?1, ?2, ?3, ?4)");
    ins.bind(1, std::int64_t{-5}).bind(2, "text").bind(3, ByteView(Bytes{1, 2})).bindNull(4).run();
    ins.bind(1, std::int64_t{7}).bind(2, "").bind(3, ByteView()).bindNull(4).run();
    Statement sel(db, "SELECT i, s, b, n, typeof(b) FROM t ORDER BY i");
    ASSERT_TRUE(sel.step());
    EXPECT_EQ(sel.columnInt(0), -5);
    EXPECT_EQ(sel.columnText(1), "text");
    EXPECT_EQ(sel.columnBlob(2), (Bytes{1, 2}));
    EXPECT_TRUE(sel.isNull(3));
    ASSERT_TRUE(sel.step());
    EXPECT_EQ(sel.columnBlob(2), Bytes{});
    EXPECT_EQ(sel.columnText(4), "blob");  // an empty blob stays a blob, not NULL
    EXPECT_FALSE(sel.step());
    sel.reset();
    EXPECT_TRUE(sel.step());
}

TEST(Sqlite, ErrorsCarryMessageCodeAndPath) {
    TempDir dir;
    const std::string path = dir.file("t.db");
    Database db(path, Database::Mode::ReadWriteCreate);
    try {
        Statement bad(db, "SELECT * FROM nowhere");
        FAIL();
    } catch (const StorageError& e) {
        EXPECT_EQ(e.primaryCode(), SQLITE_ERROR);
        EXPECT_EQ(e.path(), path);
        EXPECT_NE(std::string(e.what()).find("no such table: nowhere"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find(path), std::string::npos);
    }
    db.exec("CREATE TABLE u(k PRIMARY KEY)");
    db.exec("INSERT INTO u VALUES(1)");
    try {
        db.exec("INSERT INTO u VALUES(1)");
        FAIL();
    } catch (const StorageError& e) {
        EXPECT_EQ(e.extendedCode(), SQLITE_CONSTRAINT_PRIMARYKEY);
    }
    EXPECT_THROW(Database(dir.file("missing/x.db"), Database::Mode::ReadWrite), StorageError);
}

TEST(Sqlite, TransactionRollsBackUnlessCommitted) {
    TempDir dir;
    Database db(dir.file("t.db"), Database::Mode::ReadWriteCreate);
    db.configure();
    db.exec("CREATE TABLE t(x)");
    {
        Transaction tx(db);
        db.exec("INSERT INTO t VALUES(1)");
    }
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM t"), 0);
    try {
        Transaction tx(db);
        db.exec("INSERT INTO t VALUES(1)");
        throw Error("step failed");
    } catch (const Error&) {
    }
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM t"), 0);
    {
        Transaction tx(db);
        db.exec("INSERT INTO t VALUES(2)");
        tx.commit();
    }
    EXPECT_EQ(db.queryInt("SELECT x FROM t"), 2);
    EXPECT_EQ(db.queryInt("PRAGMA foreign_keys"), 1);
    EXPECT_EQ(db.queryInt("PRAGMA synchronous"), 1);  // NORMAL
}

TEST(Schema, NewWorkspaceIsStampedAndCurrent) {
    TempDir dir;
    const std::string path = dir.file("w.ipcws");
    {
        auto store = Store::open(path);
        EXPECT_EQ(store->schemaVersion(), latestSchemaVersion());
    }
    Database db(path, Database::Mode::ReadOnly);
    EXPECT_EQ(db.queryInt("PRAGMA application_id"), kApplicationId);
    EXPECT_EQ(db.queryInt("SELECT value FROM meta WHERE key='schema_version'"),
              latestSchemaVersion());
    Statement mode(db, "PRAGMA journal_mode");
    ASSERT_TRUE(mode.step());
    EXPECT_EQ(mode.columnText(0), "wal");
}

TEST(Schema, MigrationsAreOrderedAndContiguous) {
    int expected = 1;
    for (const Migration& m : migrations()) {
        EXPECT_EQ(m.version, expected++);
        EXPECT_NE(std::string(m.description), "");
    }
    EXPECT_EQ(latestSchemaVersion(), expected - 1);
}

TEST(Schema, Migration1CreatesHistoryTables) {
    TempDir dir;
    Database db(dir.file("v1.db"), Database::Mode::ReadWriteCreate);
    migrate(db, 1);
    EXPECT_EQ(inspect(db).version, 1);
    for (const char* t : {"meta", "subnets", "addresses", "blocks", "transactions", "account_txs",
                          "accounts", "validator_history", "checkpoints", "checkpoint_signatures",
                          "messages", "parent_finalities", "engine_state"}) {
        EXPECT_TRUE(hasTable(db, t)) << t;
    }
    EXPECT_FALSE(hasTable(db, "snapshots"));
    // The composite keys the store relies on are enforced.
    db.exec("INSERT INTO subnets(id) VALUES('/r1')");
    EXPECT_THROW(db.exec("INSERT INTO subnets(id) VALUES('/r1')"), StorageError);
    db.exec("INSERT INTO checkpoints VALUES(1, x'', 0, x'c0', x'')");
    db.exec("INSERT INTO checkpoint_signatures VALUES(1, 1, x'', 1)");
    db.exec("PRAGMA foreign_keys=ON");
    db.exec("DELETE FROM checkpoints");
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM checkpoint_signatures"), 0);
}

TEST(Schema, Migration2AddsWorkspaceTablesAndKeepsHistory) {
    TempDir dir;
    const std::string path = dir.file("v1.ipcws");
    const auto block = makeBlock(5, {makeTx(Kind::Eip155, 1, 2, 0)});
    {
        // A version 1 file as an older build wrote it.
        Database db(path, Database::Mode::ReadWriteCreate);
        db.configure();
        migrate(db, 1);
        db.exec("INSERT INTO subnets(sid, id, name) VALUES(1, '/r31337', 'root')");
        Statement ins(db, "INSERT INTO blocks VALUES(?1, ?2, ?3, 1, ?4)");
        const Bytes body = encodeBlock(*block);
        ins.bind(1, std::int64_t{(1LL << 40) | 5})
            .bind(2, block->hash.view())
            .bind(3, std::int64_t{1})
            .bind(4, ByteView(body))
            .run();
        db.exec("INSERT INTO engine_state VALUES(1, x'0102', 9)");
    }
    auto store = Store::open(path);
    EXPECT_EQ(store->schemaVersion(), latestSchemaVersion());
    auto back = store->block("/r31337", 5);
    ASSERT_TRUE(back);
    expectSameBlock(*block, *back);
    EXPECT_EQ(store->engineState()->state, (Bytes{1, 2}));
    ASSERT_EQ(store->subnets().size(), 1u);
    EXPECT_EQ(store->subnets()[0].name, "root");
    // The new tables work.
    store->setSetting("theme", "dark");
    EXPECT_EQ(store->setting("theme"), "dark");
    EXPECT_GT(store->saveSnapshot("s", {{"/r31337", 5}}, Bytes{9}), 0);
    store->putKey({"0xabc", "alice", "secp256k1", Bytes{1}, true});
    EXPECT_EQ(store->keys().size(), 1u);
}

bool hasColumn(Database& db, const std::string& table, const std::string& column) {
    Statement s(db, "SELECT count(*) FROM pragma_table_info(?1) WHERE name = ?2");
    s.bind(1, table).bind(2, column);
    s.step();
    return s.columnInt(0) == 1;
}

TEST(Schema, Migration3AddsCheckpointRecordsAndFinalityHashes) {
    TempDir dir;
    const std::string path = dir.file("v2.ipcws");
    FixedBytes<65> sig;
    sig.bytes.fill(0x5a);
    {
        // A version 2 file as an older build wrote it: a checkpoint with a signature and a
        // finality, in the columns of the time.
        Database db(path, Database::Mode::ReadWriteCreate);
        db.configure();
        migrate(db, 2);
        EXPECT_EQ(inspect(db).version, 2);
        EXPECT_FALSE(hasColumn(db, "checkpoints", "record"));
        EXPECT_FALSE(hasColumn(db, "parent_finalities", "block_hash"));
        db.exec("INSERT INTO subnets(sid, id) VALUES(1, '/r31337'), (2, '/r31337/t410fchild')");
        Statement addr(db, "INSERT INTO addresses(aid, address) VALUES(1, ?1)");
        addr.bind(1, address(100).view()).run();
        Statement cp(db, "INSERT INTO checkpoints VALUES(?1, ?2, 2, x'c20a0d', x'0102')");
        cp.bind(1, std::int64_t{(2LL << 40) | 10}).bind(2, hashOf("ckpt 10").view()).run();
        Statement s(db, "INSERT INTO checkpoint_signatures VALUES(?1, 1, ?2, 7)");
        s.bind(1, std::int64_t{(2LL << 40) | 10}).bind(2, sig.view()).run();
        db.exec("INSERT INTO parent_finalities VALUES(2, 30, 12), (2, 40, 15)");
    }
    {
        auto store = Store::open(path);
        EXPECT_EQ(store->schemaVersion(), 3);
        const std::string child = "/r31337/t410fchild";
        auto c = store->checkpoint(child, 10);
        ASSERT_TRUE(c);
        EXPECT_EQ(c->hash, hashOf("ckpt 10"));
        EXPECT_EQ(c->status, 2u);
        EXPECT_EQ(c->stageHeights, (std::vector<std::uint64_t>{10, 13}));
        EXPECT_EQ(c->encoded, (Bytes{1, 2}));
        EXPECT_TRUE(c->record.empty());
        ASSERT_EQ(c->signatures.size(), 1u);
        EXPECT_EQ(c->signatures[0], (CheckpointSignature{address(100), sig, 7}));
        EXPECT_EQ(store->checkpointsFrom(child, 0, 5).size(), 1u);
        EXPECT_EQ(store->latestParentFinality(child), (ParentFinalityRecord{child, 40, 15}));
        EXPECT_FALSE(store->parentFinality(child, 30)->blockHash);

        // The new columns take the engine's values from now on; old signatures stay.
        WriteBatch b;
        CheckpointRecord update = *c;
        update.signatures.clear();
        update.record = Bytes{9, 9};
        b.checkpoints.push_back(update);
        b.finalities.push_back({child, 50, 20, hashOf("parent 50")});
        store->write(b);
        c = store->checkpoint(child, 10);
        EXPECT_EQ(c->record, (Bytes{9, 9}));
        EXPECT_EQ(c->signatures.size(), 1u);
        EXPECT_EQ(store->latestParentFinality(child)->blockHash, hashOf("parent 50"));
    }
    // A version 3 file opens as it is.
    auto store = Store::open(path, {.create = false});
    EXPECT_EQ(store->schemaVersion(), 3);
    EXPECT_EQ(store->checkpoint("/r31337/t410fchild", 10)->record, (Bytes{9, 9}));
    Database db(path, Database::Mode::ReadOnly);
    EXPECT_EQ(inspect(db).version, 3);
    EXPECT_TRUE(hasColumn(db, "checkpoints", "record"));
    EXPECT_TRUE(hasColumn(db, "parent_finalities", "block_hash"));
}

TEST(Schema, Migration3OnAFreshFileMatchesAMigratedOne) {
    TempDir dir;
    Database db(dir.file("v3.db"), Database::Mode::ReadWriteCreate);
    migrate(db, 3);
    EXPECT_EQ(inspect(db).version, 3);
    // The record cannot be NULL; an omitted one is empty; a finality's hash may be NULL.
    db.exec(
        "INSERT INTO checkpoints(key, hash, status, stage_heights, body)"
        " VALUES(1, x'', 0, x'c0', x'')");
    EXPECT_EQ(db.queryInt("SELECT length(record) FROM checkpoints WHERE key = 1"), 0);
    EXPECT_THROW(db.exec("INSERT INTO checkpoints VALUES(2, x'', 0, x'c0', x'', NULL)"),
                 StorageError);
    db.exec("INSERT INTO parent_finalities VALUES(1, 1, 1, NULL)");
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM parent_finalities WHERE block_hash IS NULL"), 1);
}

TEST(Schema, Migration3FailureKeepsVersion2) {
    TempDir dir;
    Database db(dir.file("v2.db"), Database::Mode::ReadWriteCreate);
    db.configure();
    migrate(db, 2);
    // The second ALTER fails; the first one is undone with it.
    db.exec("ALTER TABLE parent_finalities ADD COLUMN block_hash BLOB");
    EXPECT_THROW(migrate(db, 3), StorageError);
    EXPECT_EQ(inspect(db).version, 2);
    EXPECT_FALSE(hasColumn(db, "checkpoints", "record"));
}

TEST(Schema, MigrationFailureLeavesTheFileAtItsVersion) {
    TempDir dir;
    const std::string path = dir.file("v1.ipcws");
    Database db(path, Database::Mode::ReadWriteCreate);
    db.configure();
    migrate(db, 1);
    // A table in the way makes migration 2 fail half way; the transaction undoes all of it.
    db.exec("CREATE TABLE settings(x)");
    EXPECT_THROW(migrate(db, 2), StorageError);
    EXPECT_EQ(inspect(db).version, 1);
    EXPECT_FALSE(hasTable(db, "snapshots"));
}

TEST(Schema, ReopeningKeepsData) {
    TempDir dir;
    const std::string path = dir.file("w.ipcws");
    makeWorkspace(path);
    makeWorkspace(dir.file("other.ipcws"));
    auto store = Store::open(path, {.create = false});
    EXPECT_EQ(store->latestHeight(kRoot), 1u);
}

TEST(Schema, EmptyFileBecomesAWorkspace) {
    TempDir dir;
    const std::string path = dir.file("empty.ipcws");
    writeFile(path, {});
    auto store = Store::open(path);
    EXPECT_EQ(store->schemaVersion(), latestSchemaVersion());
}

TEST(Schema, MissingFileWithoutCreateIsRefused) {
    TempDir dir;
    EXPECT_THROW(Store::open(dir.file("none.ipcws"), {.create = false}), StorageError);
    EXPECT_FALSE(std::filesystem::exists(dir.file("none.ipcws")));
    EXPECT_THROW(Store::open(dir.path().string()), StorageError);  // a directory
}

TEST(Schema, RefusesAFileThatIsNotSqlite) {
    TempDir dir;
    const std::string path = dir.file("notes.txt");
    std::string text(5000, 'x');
    writeFile(path, Bytes(text.begin(), text.end()));
    expectRefusedUntouched(path, "not a SQLite database");
    writeFile(path, Bytes{'a', 'b'});
    expectRefusedUntouched(path, "not a SQLite database");
}

TEST(Schema, RefusesSomeoneElsesSqliteFile) {
    TempDir dir;
    const std::string path = dir.file("other.db");
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE contacts(name TEXT)");
    }
    expectRefusedUntouched(path, "not an IPC Studio workspace");
}

TEST(Schema, RefusesOurIdWithoutMeta) {
    TempDir dir;
    const std::string path = dir.file("odd.db");
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        db.exec("PRAGMA application_id=" + std::to_string(kApplicationId));
        db.exec("CREATE TABLE blocks(x)");
    }
    expectRefusedUntouched(path, "no meta table");
}

TEST(Schema, RefusesANewerSchema) {
    TempDir dir;
    const std::string path = dir.file("future.ipcws");
    makeWorkspace(path);
    {
        Database db(path, Database::Mode::ReadWrite);
        db.exec("UPDATE meta SET value=99 WHERE key='schema_version'");
        db.exec("PRAGMA journal_mode=DELETE");
    }
    expectRefusedUntouched(path, "schema version 99");
}

TEST(Schema, RefusesATruncatedFile) {
    TempDir dir;
    const std::string path = dir.file("cut.ipcws");
    makeWorkspace(path);
    const Bytes whole = readFile(path);
    ASSERT_GT(whole.size(), 8192u);
    writeFile(path, Bytes(whole.begin(), whole.begin() + 4096 + 100));
    expectRefusedUntouched(path, "not a whole number");
    writeFile(path, Bytes(whole.begin(), whole.begin() + 4096 * 2));
    expectRefusedUntouched(path, "truncated");
}

TEST(Schema, RefusesADamagedHeaderOrFirstPage) {
    TempDir dir;
    const std::string path = dir.file("bad.ipcws");
    makeWorkspace(path);
    const Bytes good = readFile(path);

    Bytes badPageSize = good;
    badPageSize[16] = 0x03;  // 768: not a power of two
    writeFile(path, badPageSize);
    expectRefusedUntouched(path, "page size");

    Bytes badFractions = good;
    badFractions[21] = 0;
    writeFile(path, badFractions);
    expectRefusedUntouched(path, "damaged database header");

    Bytes badPage1 = good;
    badPage1[100] = 0xff;  // not a valid b-tree page type
    writeFile(path, badPage1);
    expectRefusedUntouched(path, "damaged or not a database");

    writeFile(path, good);
    EXPECT_NO_THROW(Store::open(path));
}

}  // namespace
