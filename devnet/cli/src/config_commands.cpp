// `ipc-devnet config export-ipc-cli`: an ipc-cli config.toml for the running devnet.
#include "client_commands.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "client_args.h"
#include "client_keystore.h"
#include "client_remote.h"
#include "ipc/core/ipc/contracts.h"
#include "ipc/core/primitives/error.h"

namespace ipc::cli::client {

namespace {

namespace fs = std::filesystem;

std::string tomlString(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

// ~/… when the keystore sits under HOME, as ipc-cli's own config spells it.
std::string keystoreDirForConfig() {
    const fs::path dir = keystorePath().parent_path();
    const char* home = std::getenv("HOME");
    if (home != nullptr && *home != '\0') {
        const std::string h = fs::path(home).lexically_normal().string();
        const std::string d = dir.lexically_normal().string();
        if (d == h)
            return "~";
        if (d.compare(0, h.size() + 1, h + "/") == 0)
            return "~/" + d.substr(h.size() + 1);
    }
    return dir.string();
}

}  // namespace

void addConfigCommands(CLI::App& app, Context& ctx, Action& action) {
    auto* group = addGroup(app, "config", "ipc-cli configuration for this devnet");
    struct Opts {
        Common common;
        std::string output;
        bool force = false;
    };
    auto o = std::make_shared<Opts>();
    auto* cmd = group->add_subcommand(
        "export-ipc-cli",
        "Write an ipc-cli config.toml with a [[subnets]] entry per running subnet, so ipc-cli "
        "(and the fendermint tooling) can drive this devnet");
    addRpc(cmd, o->common);
    cmd->add_option("-o,--output", o->output, "file to write (default: print it)");
    cmd->add_flag("--force", o->force, "overwrite --output if it exists");
    onRun(cmd, action, [&ctx, o] {
        if (!o->output.empty() && !o->force && fs::exists(o->output)) {
            throw ParseError("--output " + o->output + " exists: add --force to overwrite it");
        }
        Remote remote(o->common);
        std::ostringstream toml;
        // ipc-cli's layout (its docs' config.toml): keystore_path, then one [[subnets]] table
        // per network with its [subnets.config]. Every devnet chain has IPC's usual child
        // gateway and registry addresses, the root included.
        toml << "# ipc-cli configuration for the IPC Studio devnet at " << remote.root().url()
             << "\n# Written by `ipc-devnet config export-ipc-cli`; it lists the subnets "
             << "running when it was written.\n\n"
             << "keystore_path = " << tomlString(keystoreDirForConfig()) << "\n";
        for (const auto& s : remote.subnets()) {
            toml << "\n# " << s.name << " (chain id " << s.chainId << ")\n";
            if (s.rpcUrl.empty()) {
                toml << "# not started yet: no endpoint\n";
                continue;
            }
            toml << "[[subnets]]\n"
                 << "id = " << tomlString(s.idText) << "\n\n"
                 << "[subnets.config]\n"
                 << "network_type = \"fevm\"\n"
                 << "provider_http = " << tomlString(s.rpcUrl) << "\n"
                 << "gateway_addr = " << tomlString(protocol::gatewayAddress().hex()) << "\n"
                 << "registry_addr = " << tomlString(protocol::registryAddress().hex()) << "\n";
        }
        if (o->output.empty()) {
            ctx.out << toml.str();
            return kExitOk;
        }
        std::ofstream f(o->output, std::ios::binary | std::ios::trunc);
        if (!f || !(f << toml.str()) || !f.flush())
            throw Error("cannot write " + o->output);
        ctx.out << "wrote " << o->output << " (" << remote.subnets().size() << " subnets)\n";
        return kExitOk;
    });
}

}  // namespace ipc::cli::client
