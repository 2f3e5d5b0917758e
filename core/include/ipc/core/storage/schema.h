// The workspace file's schema: an ordered list of migrations, each taking the file from version
// N-1 to N, applied inside one transaction when a workspace is opened. The version lives in
// meta('schema_version'). Exposed for the store and for the per-migration tests, which build a
// file at an older version, migrate it and check the result.
#pragma once

#include <string>
#include <vector>

#include "ipc/core/storage/sqlite.h"

namespace ipc::storage {

struct Migration {
    int version;  // the version the file has after this step
    const char* description;
    void (*apply)(Database& db);
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

// Checks the first 100 bytes of an existing, non-empty file (SQLite magic, page size, file
// versions, payload fractions, and that the file is not shorter than its header says) without
// opening it through SQLite. Throws StorageError naming the problem.
void checkFileHeader(const std::string& path);

// What an opened file is: a fresh (empty) database, or ours at `version`. Reads only; throws
// StorageError for a SQLite file that is not a workspace, a damaged one, or a version newer than
// latestSchemaVersion().
struct FileKind {
    bool fresh = false;
    int version = 0;
};
FileKind inspect(Database& db);

// Brings the file to `target` (<= latestSchemaVersion()) in one transaction: stamps the
// application id and creates meta on a fresh file, then applies every migration above the file's
// version. Nothing changes when a step fails.
void migrate(Database& db, int target);

}  // namespace ipc::storage
