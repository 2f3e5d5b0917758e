// The user's workspaces: one store file (<name>.ipcws) each in one directory, by default
// $XDG_DATA_HOME/ipc-studio/workspaces (~/.local/share/... without XDG_DATA_HOME), or
// $IPC_STUDIO_WORKSPACES_DIR, or the directory given to the constructor. Remembers which one was
// opened last so the app can reopen it on start.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ipc/core/storage/store.h"
#include "ipc/core/storage/workspace_info.h"

namespace ipc::storage {

class Workspaces {
public:
    static constexpr std::size_t kMaxNameLength = 100;  // bytes
    static constexpr const char* kExtension = ".ipcws";

    // $IPC_STUDIO_WORKSPACES_DIR, else $XDG_DATA_HOME/ipc-studio/workspaces, else
    // $HOME/.local/share/ipc-studio/workspaces. Throws Error when none of them is set.
    static std::string defaultDirectory();

    Workspaces();
    // Creates the directory when missing.
    explicit Workspaces(std::string directory);

    const std::string& directory() const { return directory_; }
    std::string pathOf(const std::string& name) const;

    // Throws Error when the name is invalid or the workspace exists.
    std::unique_ptr<Store> create(const std::string& name);
    // A name from list(), or a path to any workspace file (contains a '/'). Records it as the
    // last opened when it lives in this directory. Throws Error when it does not exist.
    std::unique_ptr<Store> open(const std::string& nameOrPath);
    std::vector<WorkspaceInfo> list() const;
    // The same, most recently opened first (never opened ones last, by name).
    std::vector<WorkspaceInfo> recent() const;
    // Close the workspace first: the file moves together with its -wal and -shm.
    void rename(const std::string& from, const std::string& to);
    // Copies `from` (a name or a path, e.g. a quickstart workspace) into a new workspace `to`
    // with SQLite's online backup, so it works while `from` is open and being written.
    void duplicate(const std::string& from, const std::string& to);
    void remove(const std::string& name);

    std::optional<std::string> lastOpened() const;
    void setLastOpened(const std::string& name);

    // A throw-away workspace in a new directory under the system temp dir, not in the list.
    static std::unique_ptr<Store> quickstart();
    // True for a file quickstart() made.
    static bool isQuickstart(const std::string& path);
    // Removes a quickstart workspace (its directory with the file and logs; close it first).
    // Anything else is left alone and false returned.
    static bool discardQuickstart(const std::string& path);

    // Throws Error with the reason: empty, too long, a path separator, a leading dot, a control
    // character.
    static void validateName(const std::string& name);

private:
    std::string resolve(const std::string& nameOrPath) const;
    std::vector<std::pair<std::string, std::int64_t>> readLastOpened() const;
    void writeLastOpened(const std::vector<std::pair<std::string, std::int64_t>>& entries) const;

    std::string directory_;
};

}  // namespace ipc::storage
