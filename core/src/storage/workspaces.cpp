// The user's workspaces: one .ipcws store file each in the workspaces directory.
#include "ipc/core/storage/workspaces.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <sqlite3.h>

#include "ipc/core/primitives/error.h"
#include "ipc/core/storage/sqlite.h"

namespace ipc::storage {

namespace fs = std::filesystem;

namespace {

// One line per workspace: "<ms since epoch> <name>".
constexpr const char* kLastOpenedFile = ".last-opened";
constexpr const char* kSidecars[] = {"-wal", "-shm"};

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::int64_t toMs(fs::file_time_type t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::file_clock::to_sys(t).time_since_epoch())
        .count();
}

std::string envOrEmpty(const char* name) {
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

void moveFile(const fs::path& from, const fs::path& to) {
    std::error_code ec;
    fs::rename(from, to, ec);
    if (ec) {
        throw Error("cannot move " + from.string() + " to " + to.string() + ": " + ec.message());
    }
}

}  // namespace

std::string Workspaces::defaultDirectory() {
    if (auto dir = envOrEmpty("IPC_STUDIO_WORKSPACES_DIR"); !dir.empty()) {
        return dir;
    }
    if (auto xdg = envOrEmpty("XDG_DATA_HOME"); !xdg.empty()) {
        return (fs::path(xdg) / "ipc-studio" / "workspaces").string();
    }
    if (auto home = envOrEmpty("HOME"); !home.empty()) {
        return (fs::path(home) / ".local" / "share" / "ipc-studio" / "workspaces").string();
    }
    throw Error("no workspace directory: set HOME, XDG_DATA_HOME or IPC_STUDIO_WORKSPACES_DIR");
}

Workspaces::Workspaces() : Workspaces(defaultDirectory()) {}

Workspaces::Workspaces(std::string directory) : directory_(std::move(directory)) {
    std::error_code ec;
    fs::create_directories(directory_, ec);
    if (ec || !fs::is_directory(directory_)) {
        throw Error("cannot use " + directory_ + " as the workspace directory" +
                    (ec ? ": " + ec.message() : std::string(": not a directory")));
    }
}

void Workspaces::validateName(const std::string& name) {
    if (name.empty()) {
        throw Error("a workspace needs a name");
    }
    if (name.size() > kMaxNameLength) {
        throw Error("workspace name too long (" + std::to_string(name.size()) + " bytes, at most " +
                    std::to_string(kMaxNameLength) + ")");
    }
    if (name.find_first_of("/\\") != std::string::npos) {
        throw Error("workspace name \"" + name + "\" must not contain / or \\");
    }
    if (name.front() == '.') {
        throw Error("workspace name \"" + name + "\" must not start with a dot");
    }
    if (std::any_of(name.begin(), name.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; })) {
        throw Error("workspace name must not contain control characters");
    }
}

std::string Workspaces::pathOf(const std::string& name) const {
    validateName(name);
    return (fs::path(directory_) / (name + kExtension)).string();
}

std::string Workspaces::resolve(const std::string& nameOrPath) const {
    if (nameOrPath.find('/') != std::string::npos) {
        return nameOrPath;
    }
    return pathOf(nameOrPath);
}

std::unique_ptr<Store> Workspaces::create(const std::string& name) {
    const std::string path = pathOf(name);
    if (fs::exists(path)) {
        throw Error("a workspace named \"" + name + "\" already exists");
    }
    auto store = Store::open(path);
    setLastOpened(name);
    return store;
}

std::unique_ptr<Store> Workspaces::open(const std::string& nameOrPath) {
    const std::string path = resolve(nameOrPath);
    if (!fs::is_regular_file(path)) {
        throw Error("no workspace \"" + nameOrPath + "\"" +
                    (nameOrPath.find('/') == std::string::npos ? " in " + directory_ : ""));
    }
    auto store = Store::open(path, {.create = false});
    const fs::path p(path);
    std::error_code ec;
    if (p.extension() == kExtension && fs::equivalent(p.parent_path(), directory_, ec)) {
        setLastOpened(p.stem().string());
    }
    return store;
}

std::vector<WorkspaceInfo> Workspaces::list() const {
    const auto opened = readLastOpened();
    std::vector<WorkspaceInfo> out;
    for (const fs::directory_entry& e : fs::directory_iterator(directory_)) {
        const fs::path& p = e.path();
        const std::string stem = p.stem().string();
        if (!e.is_regular_file() || p.extension() != kExtension || stem.empty() ||
            stem.front() == '.') {
            continue;
        }
        WorkspaceInfo info;
        info.name = stem;
        info.path = p.string();
        std::error_code ec;
        info.sizeBytes = e.file_size(ec);
        info.modifiedMs = toMs(e.last_write_time(ec));
        const fs::path wal = p.string() + "-wal";
        if (fs::exists(wal, ec)) {
            info.sizeBytes += fs::file_size(wal, ec);
            info.modifiedMs = std::max(info.modifiedMs, toMs(fs::last_write_time(wal, ec)));
        }
        for (const auto& [name, ms] : opened) {
            if (name == stem) {
                info.lastOpenedMs = ms;
            }
        }
        out.push_back(std::move(info));
    }
    std::sort(out.begin(), out.end(),
              [](const WorkspaceInfo& a, const WorkspaceInfo& b) { return a.name < b.name; });
    return out;
}

std::vector<WorkspaceInfo> Workspaces::recent() const {
    std::vector<WorkspaceInfo> out = list();  // by name
    std::stable_sort(out.begin(), out.end(), [](const WorkspaceInfo& a, const WorkspaceInfo& b) {
        return a.lastOpenedMs.value_or(0) > b.lastOpenedMs.value_or(0);
    });
    return out;
}

void Workspaces::rename(const std::string& from, const std::string& to) {
    const std::string src = pathOf(from);
    const std::string dst = pathOf(to);
    if (!fs::exists(src)) {
        throw Error("no workspace \"" + from + "\"");
    }
    if (fs::exists(dst)) {
        throw Error("a workspace named \"" + to + "\" already exists");
    }
    // The log first: if the move stops half way, the main file still has its log by name.
    for (const char* s : kSidecars) {
        if (fs::exists(src + s)) {
            moveFile(src + s, dst + s);
        }
    }
    moveFile(src, dst);
    auto opened = readLastOpened();
    for (auto& entry : opened) {
        if (entry.first == from) {
            entry.first = to;
        }
    }
    writeLastOpened(opened);
}

void Workspaces::duplicate(const std::string& from, const std::string& to) {
    const std::string src = resolve(from);
    const std::string dst = pathOf(to);
    if (!fs::is_regular_file(src)) {
        throw Error("no workspace \"" + from + "\"");
    }
    if (fs::exists(dst)) {
        throw Error("a workspace named \"" + to + "\" already exists");
    }
    // Validates the source as a workspace (and brings it to the current schema) first.
    Store::open(src, {.create = false});

    // Copy into a hidden file and move it into place, so a failure never leaves a half copy
    // that list() would show.
    const std::string tmp =
        (fs::path(directory_) / ("." + to + ".copy-" + std::to_string(nowMs()))).string();
    try {
        Database source(src, Database::Mode::ReadWrite);
        {
            Database target(tmp, Database::Mode::ReadWriteCreate);
            sqlite3_backup* backup =
                sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
            if (!backup) {
                target.fail(sqlite3_errcode(target.handle()), "cannot start copying " + src);
            }
            // One step copies every page under a single read transaction on the source: a
            // consistent copy even while the source is being written.
            const int rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE) {
                throw StorageError("cannot copy " + src + ": " + sqlite3_errstr(rc), rc, src);
            }
        }
        moveFile(tmp, dst);
    } catch (...) {
        std::error_code ec;
        fs::remove(tmp, ec);
        for (const char* s : kSidecars) {
            fs::remove(tmp + s, ec);
        }
        throw;
    }
}

void Workspaces::remove(const std::string& name) {
    const std::string path = pathOf(name);
    if (!fs::exists(path)) {
        throw Error("no workspace \"" + name + "\"");
    }
    std::error_code ec;
    for (const char* s : kSidecars) {
        fs::remove(path + s, ec);
    }
    if (!fs::remove(path, ec) || ec) {
        throw Error("cannot remove " + path + (ec ? ": " + ec.message() : std::string()));
    }
    auto opened = readLastOpened();
    std::erase_if(opened, [&](const auto& entry) { return entry.first == name; });
    writeLastOpened(opened);
}

std::vector<std::pair<std::string, std::int64_t>> Workspaces::readLastOpened() const {
    std::vector<std::pair<std::string, std::int64_t>> out;
    std::ifstream in(fs::path(directory_) / kLastOpenedFile);
    std::string line;
    while (std::getline(in, line)) {
        const auto space = line.find(' ');
        if (space == std::string::npos) {
            continue;
        }
        try {
            out.emplace_back(line.substr(space + 1), std::stoll(line.substr(0, space)));
        } catch (const std::exception&) {
            // A line damaged by hand editing is ignored rather than failing the whole list.
        }
    }
    return out;
}

std::optional<std::string> Workspaces::lastOpened() const {
    std::optional<std::pair<std::string, std::int64_t>> best;
    for (const auto& entry : readLastOpened()) {
        if (fs::exists(pathOf(entry.first)) && (!best || entry.second >= best->second)) {
            best = entry;
        }
    }
    return best ? std::optional<std::string>(best->first) : std::nullopt;
}

void Workspaces::setLastOpened(const std::string& name) {
    validateName(name);
    auto opened = readLastOpened();
    std::erase_if(opened, [&](const auto& entry) { return entry.first == name; });
    // Strictly increasing, so two opens within one millisecond still order correctly.
    std::int64_t ms = nowMs();
    for (const auto& entry : opened) {
        ms = std::max(ms, entry.second + 1);
    }
    opened.emplace_back(name, ms);
    writeLastOpened(opened);
}

void Workspaces::writeLastOpened(
    const std::vector<std::pair<std::string, std::int64_t>>& entries) const {
    // Written aside and moved over, so a crash never leaves a half-written list.
    const fs::path file = fs::path(directory_) / kLastOpenedFile;
    const fs::path tmp = file.string() + ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        for (const auto& [name, ms] : entries) {
            out << ms << ' ' << name << '\n';
        }
        if (!out) {
            throw Error("cannot write " + tmp.string());
        }
    }
    moveFile(tmp, file);
}

std::unique_ptr<Store> Workspaces::quickstart() {
    std::random_device rd;
    const fs::path dir =
        fs::temp_directory_path() / ("ipc-studio-quickstart-" + std::to_string(nowMs()) + "-" +
                                     std::to_string(rd() & 0xffffff));
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
        throw Error("cannot create " + dir.string() + ": " + ec.message());
    }
    return Store::open((dir / (std::string("quickstart") + kExtension)).string());
}

bool Workspaces::isQuickstart(const std::string& path) {
    const fs::path p(path);
    const fs::path dir = p.parent_path();
    std::error_code ec;
    return p.filename() == std::string("quickstart") + kExtension &&
           dir.filename().string().rfind("ipc-studio-quickstart-", 0) == 0 &&
           fs::equivalent(dir.parent_path(), fs::temp_directory_path(), ec);
}

bool Workspaces::discardQuickstart(const std::string& path) {
    if (!isQuickstart(path)) {
        return false;
    }
    std::error_code ec;
    fs::remove_all(fs::path(path).parent_path(), ec);
    return !ec;
}

}  // namespace ipc::storage
