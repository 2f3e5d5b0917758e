// The user's workspace files as the desktop app manages them (list, recent, create, rename,
// duplicate, remove, the last opened one, throw-away quickstart files): a facade over core's
// storage::Workspaces that names no store type, so the app never opens a store itself (the
// Devnet does, when it runs one).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ipc/core/storage/workspace_info.h"

namespace ipc::storage {
class Workspaces;
}

namespace ipc::devnet {

using WorkspaceInfo = storage::WorkspaceInfo;  // name, path, size, times (plain values)

class WorkspaceDirectory {
public:
    // $IPC_STUDIO_WORKSPACES_DIR, else $XDG_DATA_HOME/ipc-studio/workspaces, else
    // $HOME/.local/share/ipc-studio/workspaces. Throws Error when none of them is set.
    static std::string defaultDirectory();

    // The default directory, or `directory`; created when missing.
    WorkspaceDirectory();
    explicit WorkspaceDirectory(std::string directory);
    ~WorkspaceDirectory();
    WorkspaceDirectory(const WorkspaceDirectory&) = delete;
    WorkspaceDirectory& operator=(const WorkspaceDirectory&) = delete;

    const std::string& directory() const;
    std::string pathOf(const std::string& name) const;
    // A new empty workspace (closed again at once). Throws Error when the name is invalid or
    // the workspace exists.
    void create(const std::string& name);
    std::vector<WorkspaceInfo> list() const;
    // The same, most recently opened first (never opened ones last, by name).
    std::vector<WorkspaceInfo> recent() const;
    void rename(const std::string& from, const std::string& to);
    // Copies `from` (a name or a path, e.g. a quickstart workspace) into a new workspace `to`,
    // even while `from` is open and being written.
    void duplicate(const std::string& from, const std::string& to);
    void remove(const std::string& name);
    std::optional<std::string> lastOpened() const;
    void setLastOpened(const std::string& name);

    // A new throw-away workspace file under the system temp dir (not in any list); its path.
    static std::string createQuickstart();
    // True for a file createQuickstart() made.
    static bool isQuickstart(const std::string& path);
    // Removes a quickstart workspace (close it first); anything else is left alone.
    static bool discardQuickstart(const std::string& path);

private:
    std::unique_ptr<storage::Workspaces> workspaces_;
};

}  // namespace ipc::devnet
