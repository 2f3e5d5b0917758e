// Command groups of ipc-devnet. Each adds its CLI11 subcommands and, when one of them is chosen,
// sets `action` to the code that runs it (so parsing and running stay separate).
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace CLI {
class App;
}

namespace ipc::cli {

struct GlobalOptions {
    std::string network = "testnet";
};

struct Context {
    GlobalOptions& global;
    std::ostream& out;
    std::ostream& err;
};

using Action = std::function<int()>;

void addUtilCommands(CLI::App& app, Context& ctx, Action& action);
void addUpCommand(CLI::App& app, Context& ctx, Action& action);
// wallet, subnet, cross-msg, checkpoint, config: ipc-cli's commands against a running devnet.
void addClientCommands(CLI::App& app, Context& ctx, Action& action);
// workspace list|create|rename|duplicate|delete|path.
void addWorkspaceCommands(CLI::App& app, Context& ctx, Action& action);

}  // namespace ipc::cli
