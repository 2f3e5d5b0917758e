// `ipc-devnet workspace list|create|rename|duplicate|delete|path`: the workspace files under the
// XDG data directory (or $IPC_STUDIO_WORKSPACES_DIR, or --dir), the same ones the desktop app
// lists. `ipc-devnet up --workspace NAME|PATH` runs one.
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iomanip>
#include <memory>
#include <sstream>

#include <CLI/CLI.hpp>

#include "ipc/cli/cli.h"
#include "ipc/cli/commands.h"
#include "ipc/core/primitives/error.h"
#include "ipc/core/storage/store.h"
#include "ipc/core/storage/workspaces.h"

namespace ipc::cli {

namespace {

std::string humanSize(std::uint64_t bytes) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(1);
    if (bytes >= (1ULL << 30))
        s << static_cast<double>(bytes) / static_cast<double>(1ULL << 30) << " GiB";
    else if (bytes >= (1ULL << 20))
        s << static_cast<double>(bytes) / static_cast<double>(1ULL << 20) << " MiB";
    else if (bytes >= 1024)
        s << static_cast<double>(bytes) / 1024.0 << " KiB";
    else
        s << bytes << " B";
    return s.str();
}

std::string localTime(std::int64_t ms) {
    const std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    std::ostringstream s;
    s << std::put_time(&tm, "%Y-%m-%d %H:%M");
    return s.str();
}

}  // namespace

void addWorkspaceCommands(CLI::App& app, Context& ctx, Action& action) {
    auto* ws = app.add_subcommand("workspace", "Workspaces: one file per hierarchy, kept on disk");
    auto dir = std::make_shared<std::string>();
    ws->add_option("--dir", *dir,
                   "workspace directory (default $IPC_STUDIO_WORKSPACES_DIR or "
                   "~/.local/share/ipc-studio/workspaces)");
    auto workspaces = [dir] {
        return dir->empty() ? storage::Workspaces() : storage::Workspaces(*dir);
    };

    auto* list = ws->add_subcommand("list", "List workspaces, the last opened first");
    auto json = std::make_shared<bool>(false);
    list->add_flag("--json", *json, "machine-readable output");
    list->callback([&ctx, &action, workspaces, json] {
        action = [&ctx, workspaces, json] {
            const auto w = workspaces();
            const auto all = w.list();
            if (*json) {
                ctx.out << "[";
                for (std::size_t i = 0; i < all.size(); ++i) {
                    const auto& e = all[i];
                    ctx.out << (i ? "," : "") << "{\"name\":\"" << e.name << "\",\"path\":\""
                            << e.path << "\",\"sizeBytes\":" << e.sizeBytes
                            << ",\"modifiedMs\":" << e.modifiedMs << "}";
                }
                ctx.out << "]\n";
                return kExitOk;
            }
            if (all.empty()) {
                ctx.out << "No workspaces in " << w.directory()
                        << " yet. `ipc-devnet up --workspace NAME` creates one.\n";
                return kExitOk;
            }
            ctx.out << std::left << std::setw(24) << "NAME" << std::setw(12) << "SIZE"
                    << std::setw(18) << "MODIFIED"
                    << "LAST OPENED\n";
            for (const auto& e : all) {
                ctx.out << std::setw(24) << e.name << std::setw(12) << humanSize(e.sizeBytes)
                        << std::setw(18) << localTime(e.modifiedMs)
                        << (e.lastOpenedMs ? localTime(*e.lastOpenedMs) : std::string("-")) << "\n";
            }
            ctx.out << std::right << "(" << w.directory() << ")\n";
            return kExitOk;
        };
    });

    auto name = std::make_shared<std::string>();
    auto other = std::make_shared<std::string>();

    auto* create = ws->add_subcommand("create", "Create an empty workspace");
    create->add_option("name", *name, "workspace name")->required();
    create->callback([&ctx, &action, workspaces, name] {
        action = [&ctx, workspaces, name] {
            auto w = workspaces();
            auto store = w.create(*name);
            ctx.out << "created " << store->path() << "\n";
            return kExitOk;
        };
    });

    auto* rename = ws->add_subcommand("rename", "Rename a workspace");
    rename->add_option("from", *name, "current name")->required();
    rename->add_option("to", *other, "new name")->required();
    rename->callback([&ctx, &action, workspaces, name, other] {
        action = [&ctx, workspaces, name, other] {
            auto w = workspaces();
            w.rename(*name, *other);
            ctx.out << "renamed " << *name << " to " << *other << "\n";
            return kExitOk;
        };
    });

    auto* duplicate = ws->add_subcommand("duplicate", "Copy a workspace (safe while it runs)");
    duplicate->add_option("from", *name, "workspace to copy")->required();
    duplicate->add_option("to", *other, "name of the copy")->required();
    duplicate->callback([&ctx, &action, workspaces, name, other] {
        action = [&ctx, workspaces, name, other] {
            auto w = workspaces();
            w.duplicate(*name, *other);
            ctx.out << "copied " << *name << " to " << w.pathOf(*other) << "\n";
            return kExitOk;
        };
    });

    auto* remove = ws->add_subcommand("delete", "Delete a workspace and its files");
    remove->add_option("name", *name, "workspace name")->required();
    remove->callback([&ctx, &action, workspaces, name] {
        action = [&ctx, workspaces, name] {
            auto w = workspaces();
            w.remove(*name);
            ctx.out << "deleted " << *name << "\n";
            return kExitOk;
        };
    });

    auto* path = ws->add_subcommand("path", "Print the file of a workspace");
    path->add_option("name", *name, "workspace name")->required();
    path->callback([&ctx, &action, workspaces, name] {
        action = [&ctx, workspaces, name] {
            auto w = workspaces();
            const std::string file = w.pathOf(*name);
            if (!std::filesystem::exists(file))
                throw Error("no workspace named " + *name + " in " + w.directory());
            ctx.out << file << "\n";
            return kExitOk;
        };
    });
    ws->require_subcommand(0, 1);
}

}  // namespace ipc::cli
