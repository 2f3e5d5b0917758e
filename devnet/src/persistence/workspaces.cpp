// WorkspaceDirectory: the desktop's facade over core's storage::Workspaces (workspace files).
#include "ipc/devnet/workspaces.h"

#include "ipc/core/storage/workspaces.h"

namespace ipc::devnet {

std::string WorkspaceDirectory::defaultDirectory() {
    return storage::Workspaces::defaultDirectory();
}

WorkspaceDirectory::WorkspaceDirectory() : workspaces_(std::make_unique<storage::Workspaces>()) {}

WorkspaceDirectory::WorkspaceDirectory(std::string directory)
    : workspaces_(std::make_unique<storage::Workspaces>(std::move(directory))) {}

WorkspaceDirectory::~WorkspaceDirectory() = default;

const std::string& WorkspaceDirectory::directory() const {
    return workspaces_->directory();
}

std::string WorkspaceDirectory::pathOf(const std::string& name) const {
    return workspaces_->pathOf(name);
}

void WorkspaceDirectory::create(const std::string& name) {
    (void)workspaces_->create(name);
}

std::vector<WorkspaceInfo> WorkspaceDirectory::list() const {
    return workspaces_->list();
}

std::vector<WorkspaceInfo> WorkspaceDirectory::recent() const {
    return workspaces_->recent();
}

void WorkspaceDirectory::rename(const std::string& from, const std::string& to) {
    workspaces_->rename(from, to);
}

void WorkspaceDirectory::duplicate(const std::string& from, const std::string& to) {
    workspaces_->duplicate(from, to);
}

void WorkspaceDirectory::remove(const std::string& name) {
    workspaces_->remove(name);
}

std::optional<std::string> WorkspaceDirectory::lastOpened() const {
    return workspaces_->lastOpened();
}

void WorkspaceDirectory::setLastOpened(const std::string& name) {
    workspaces_->setLastOpened(name);
}

std::string WorkspaceDirectory::createQuickstart() {
    return storage::Workspaces::quickstart()->path();
}

bool WorkspaceDirectory::isQuickstart(const std::string& path) {
    return storage::Workspaces::isQuickstart(path);
}

bool WorkspaceDirectory::discardQuickstart(const std::string& path) {
    return storage::Workspaces::discardQuickstart(path);
}

}  // namespace ipc::devnet
