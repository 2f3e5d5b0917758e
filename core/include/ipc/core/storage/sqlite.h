// RAII wrappers over the SQLite3 C API: a connection, a prepared statement and a transaction.
// Every failure throws StorageError carrying SQLite's message, extended result code and the path
// of the database file, so an error reaching the user says which file and what went wrong.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace ipc::storage {

class StorageError : public Error {
public:
    StorageError(const std::string& message, int extendedCode, std::string path);

    // SQLite's extended result code (SQLITE_FULL, SQLITE_BUSY, SQLITE_READONLY_..., ...); 0 when
    // the error was found by our own checks rather than reported by SQLite.
    int extendedCode() const { return extendedCode_; }
    int primaryCode() const { return extendedCode_ & 0xff; }
    const std::string& path() const { return path_; }

private:
    int extendedCode_;
    std::string path_;
};

class Database {
public:
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };

    // Opens the connection only; configure() applies the pragmas. Kept apart so a caller can
    // inspect an existing file (application id, schema version) before anything is written.
    Database(const std::string& path, Mode mode, int busyTimeoutMs = 5000);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // WAL, synchronous=NORMAL, foreign keys on. Switching to WAL writes the file header, so this
    // runs only after the file was accepted.
    void configure();

    void exec(std::string_view sql);
    // First column of the first row of a query, as an integer; nullopt when there is no row or
    // the value is NULL.
    std::optional<std::int64_t> queryInt(std::string_view sql);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    const std::string& path() const { return path_; }
    sqlite3* handle() const { return db_; }

    // Throws StorageError for `rc` unless it is SQLITE_OK, SQLITE_ROW or SQLITE_DONE.
    void check(int rc, std::string_view what) const;
    [[noreturn]] void fail(int rc, std::string_view what) const;

private:
    sqlite3* db_ = nullptr;
    std::string path_;
};

class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameter indexes start at 1, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, ByteView blob);
    // Binds `blob` without SQLite taking its own copy: the caller keeps it alive and unchanged
    // until the statement is reset (run() and StatementScope reset it). For large values
    // (the engine state), where a copy is megabytes.
    Statement& bindUncopied(int index, ByteView blob);
    Statement& bindNull(int index);

    // True when a row is available, false when the statement is done.
    bool step();
    // Steps a statement that returns no rows and resets it.
    void run();
    // Resets so the statement can run again and clears the bindings; releases the read snapshot
    // a half-read query would otherwise keep open.
    void reset();

    // Column indexes start at 0.
    bool isNull(int column) const;
    std::int64_t columnInt(int column) const;
    std::string columnText(int column) const;
    Bytes columnBlob(int column) const;
    ByteView columnBlobView(int column) const;  // valid until the next step or reset

private:
    Database& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// Resets a statement on scope exit, so an early return or an exception never leaves it holding
// a read transaction open.
class StatementScope {
public:
    explicit StatementScope(Statement& s) : stmt_(s) {}
    ~StatementScope();
    StatementScope(const StatementScope&) = delete;
    StatementScope& operator=(const StatementScope&) = delete;
    Statement& operator*() { return stmt_; }
    Statement* operator->() { return &stmt_; }

private:
    Statement& stmt_;
};

// BEGIN IMMEDIATE (takes the write lock up front, so a busy database fails here rather than at
// the first write); rolls back in the destructor unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& db_;
    bool done_ = false;
};

}  // namespace ipc::storage
