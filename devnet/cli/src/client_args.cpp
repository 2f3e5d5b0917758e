// Command-line pieces the client commands share: common options, amounts and accounts.
#include "client_args.h"

#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/fvm_address.h"

namespace ipc::cli::client {

CLI::App* addGroup(CLI::App& app, const std::string& name, const std::string& help) {
    auto* group = app.add_subcommand(name, help);
    group->require_subcommand(0, 1);
    return group;
}

void addRpc(CLI::App* cmd, Common& c) {
    cmd->add_option("--rpc", c.rpc, "JSON-RPC URL of the devnet's root (subnets are found there)")
        ->capture_default_str();
}
void addJson(CLI::App* cmd, Common& c) {
    cmd->add_flag("--json", c.json, "print JSON (for scripts) instead of a table");
}
void addCommon(CLI::App* cmd, Common& c) {
    addRpc(cmd, c);
    addJson(cmd, c);
}

void addSubnetOption(CLI::App* cmd, std::string& subnet) {
    cmd->add_option("--subnet", subnet, "subnet id or name")->required();
}

TokenAmount parseAmount(const std::string& s, const char* option, bool allowZero) {
    TokenAmount a;
    try {
        a = TokenAmount::parse(s);
    } catch (const ParseError& e) {
        throw ParseError(std::string(option) + " " + s + ": " + e.what());
    }
    if (!allowZero && a.isZero())
        throw ParseError(std::string(option) + " must be more than 0 FIL");
    return a;
}

EthAddress parseAccount(const std::string& s, const char* option) {
    try {
        if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
            return EthAddress::parse(s);
        const auto eth = FvmAddress::parse(s).toEth();
        if (!eth)
            throw ParseError("it has no Ethereum form (only f410/t410 and f0 addresses do)");
        return *eth;
    } catch (const ParseError& e) {
        throw ParseError(std::string(option) + " " + s + ": " + e.what());
    }
}

}  // namespace ipc::cli::client
