// What the workspace directory knows of one workspace file without opening it: name, path, size,
// when it changed and when it was last opened. Plain values, shared by storage::Workspaces and
// the devnet facade's WorkspaceDirectory.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace ipc::storage {

struct WorkspaceInfo {
    std::string name;
    std::string path;
    std::uint64_t sizeBytes = 0;  // the file and its write-ahead log
    std::int64_t modifiedMs = 0;  // ms since the epoch
    std::optional<std::int64_t> lastOpenedMs;
};

}  // namespace ipc::storage
