#include "ipc/cli/cli.h"

#include <CLI/CLI.hpp>

#include "ipc/core/primitives/error.h"
#include "ipc/devnet/version.h"

namespace ipc::cli {

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    CLI::App app{"ipc-devnet: a whole IPC hierarchy on one machine, and an ipc-cli-style client",
                 "ipc-devnet"};
    app.set_version_flag("--version", std::string("ipc-devnet ") + devnet::kVersion);
    app.require_subcommand(0, 1);

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
    if (app.get_subcommands().empty()) {
        out << app.help();
    }
    return kExitOk;
}

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) args.emplace_back(argv[i]);
    return run(args, out, err);
}

}  // namespace ipc::cli
