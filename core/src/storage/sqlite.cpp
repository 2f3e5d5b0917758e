// RAII wrappers over SQLite3 (connection, statement, transaction); errors as StorageError.
#include "ipc/core/storage/sqlite.h"

#include <limits>

#include <sqlite3.h>

namespace ipc::storage {

namespace {

std::string describe(std::string_view what, const char* message, const std::string& path) {
    std::string out(what);
    out += ": ";
    out += message;
    out += " (";
    out += path;
    out += ")";
    return out;
}

int checkedSize(std::size_t size) {
    if (size > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        throw Error("value too large for SQLite: " + std::to_string(size) + " bytes");
    }
    return static_cast<int>(size);
}

}  // namespace

StorageError::StorageError(const std::string& message, int extendedCode, std::string path)
    : Error(message), extendedCode_(extendedCode), path_(std::move(path)) {}

Database::Database(const std::string& path, Mode mode, int busyTimeoutMs) : path_(path) {
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
        case Mode::ReadWriteCreate:
            flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
            break;
        case Mode::ReadWrite:
            flags |= SQLITE_OPEN_READWRITE;
            break;
        case Mode::ReadOnly:
            flags |= SQLITE_OPEN_READONLY;
            break;
    }
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message =
            describe("cannot open database", db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc), path);
        const int code = db_ ? sqlite3_extended_errcode(db_) : rc;
        sqlite3_close_v2(db_);
        db_ = nullptr;
        throw StorageError(message, code, path);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, busyTimeoutMs);
}

Database::~Database() {
    // close_v2 defers the close until every statement is finalized, so destruction order of
    // Statement members relative to their Database never leaks a handle.
    sqlite3_close_v2(db_);
}

void Database::configure() {
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=NORMAL");
    exec("PRAGMA foreign_keys=ON");
}

void Database::exec(std::string_view sql) {
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const std::string detail = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw StorageError(describe(text, detail.c_str(), path_), sqlite3_extended_errcode(db_),
                           path_);
    }
}

std::optional<std::int64_t> Database::queryInt(std::string_view sql) {
    Statement s(*this, sql);
    if (!s.step() || s.isNull(0)) {
        return std::nullopt;
    }
    return s.columnInt(0);
}

std::int64_t Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(db_);
}

int Database::changes() const {
    return sqlite3_changes(db_);
}

void Database::check(int rc, std::string_view what) const {
    if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE) {
        fail(rc, what);
    }
}

void Database::fail(int rc, std::string_view what) const {
    // The connection's message belongs to the last failing call, which is this one.
    const int code = sqlite3_extended_errcode(db_);
    throw StorageError(describe(what, sqlite3_errmsg(db_), path_), code ? code : rc, path_);
}

Statement::Statement(Database& db, std::string_view sql) : db_(db) {
    const int rc = sqlite3_prepare_v3(db.handle(), sql.data(), checkedSize(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK) {
        db.fail(rc, "cannot prepare \"" + std::string(sql) + "\"");
    }
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::int64_t value) {
    db_.check(sqlite3_bind_int64(stmt_, index, value), "bind");
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    db_.check(
        sqlite3_bind_text(stmt_, index, text.data(), checkedSize(text.size()), SQLITE_TRANSIENT),
        "bind");
    return *this;
}

Statement& Statement::bind(int index, ByteView blob) {
    // A zero-length blob must stay a blob, not NULL: SQLite binds NULL for a null pointer.
    static const std::uint8_t kEmpty = 0;
    const void* data = blob.empty() ? &kEmpty : blob.data();
    db_.check(sqlite3_bind_blob(stmt_, index, data, checkedSize(blob.size()), SQLITE_TRANSIENT),
              "bind");
    return *this;
}

Statement& Statement::bindUncopied(int index, ByteView blob) {
    static const std::uint8_t kEmpty = 0;
    const void* data = blob.empty() ? &kEmpty : blob.data();
    db_.check(sqlite3_bind_blob(stmt_, index, data, checkedSize(blob.size()), SQLITE_STATIC),
              "bind");
    return *this;
}

Statement& Statement::bindNull(int index) {
    db_.check(sqlite3_bind_null(stmt_, index), "bind");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    // Capture the message before reset, which would replace it.
    std::string sql = sqlite3_sql(stmt_) ? sqlite3_sql(stmt_) : "";
    if (sql.size() > 120) {
        sql = sql.substr(0, 117) + "...";
    }
    try {
        db_.fail(rc, sql);
    } catch (...) {
        sqlite3_reset(stmt_);
        throw;
    }
}

void Statement::run() {
    StatementScope scope(*this);
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::columnInt(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

std::string Statement::columnText(int column) const {
    const auto* text = sqlite3_column_text(stmt_, column);
    const int size = sqlite3_column_bytes(stmt_, column);
    return text ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size))
                : std::string();
}

Bytes Statement::columnBlob(int column) const {
    const ByteView v = columnBlobView(column);
    return Bytes(v.begin(), v.end());
}

ByteView Statement::columnBlobView(int column) const {
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(stmt_, column));
    const int size = sqlite3_column_bytes(stmt_, column);
    if (!data || size <= 0) {
        return {};
    }
    return {data, static_cast<std::size_t>(size)};
}

StatementScope::~StatementScope() {
    stmt_.reset();
}

Transaction::Transaction(Database& db) : db_(db) {
    db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!done_) {
        // A failed statement may already have rolled the transaction back (SQLITE_FULL can);
        // only roll back what is still open.
        if (!sqlite3_get_autocommit(db_.handle())) {
            sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        }
    }
}

void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

}  // namespace ipc::storage
