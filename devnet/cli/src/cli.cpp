// The ipc-devnet command line: argument parsing (CLI11) and dispatch to one command.
#include "ipc/cli/cli.h"

#include <CLI/CLI.hpp>

#include "ipc/cli/commands.h"
#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/fvm_address.h"
#include "ipc/devnet/version.h"

namespace ipc::cli {

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    CLI::App app{"ipc-devnet: a whole IPC hierarchy on one machine, and an ipc-cli-style client",
                 "ipc-devnet"};
    app.set_version_flag("--version", std::string("ipc-devnet ") + devnet::kVersion);
    app.require_subcommand(0, 1);
    GlobalOptions global;
    app.add_option("--network", global.network,
                   "Filecoin address prefix: testnet (t…) or mainnet (f…)")
        ->default_val("testnet")
        ->check(CLI::IsMember({"testnet", "mainnet"}));

    Context ctx{global, out, err};
    std::function<int()> action;
    addUtilCommands(app, ctx, action);
    addUpCommand(app, ctx, action);
    addClientCommands(app, ctx, action);
    addWorkspaceCommands(app, ctx, action);

    std::vector<std::string> argv(args.rbegin(), args.rend());
    try {
        app.parse(argv);
    } catch (const CLI::CallForHelp&) {
        out << app.help();
        return kExitOk;
    } catch (const CLI::CallForAllHelp&) {
        out << app.help("", CLI::AppFormatMode::All);
        return kExitOk;
    } catch (const CLI::CallForVersion&) {
        out << app.version() << "\n";
        return kExitOk;
    } catch (const CLI::ParseError& e) {
        err << "error: " << e.what() << "\n";
        return kExitBadInput;
    }
    if (!action) {
        // A group without its command (e.g. "ipc-devnet util") shows that group's help.
        const auto subs = app.get_subcommands();
        out << (subs.empty() ? app.help() : subs.front()->help());
        return subs.empty() ? kExitOk : kExitBadInput;
    }
    try {
        return action();
    } catch (const ParseError& e) {
        err << "error: " << e.what() << "\n";
        return kExitBadInput;
    } catch (const std::exception& e) {
        err << "error: " << e.what() << "\n";
        return kExitFailure;
    }
}

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i)
        args.emplace_back(argv[i]);
    return run(args, out, err);
}

}  // namespace ipc::cli
