// Command-line pieces the client commands share: common options, --subnet, amounts, accounts.
#pragma once

#include <cstdint>
#include <string>

#include <CLI/CLI.hpp>

#include "ipc/cli/cli.h"
#include "ipc/cli/commands.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/token_amount.h"

namespace ipc::cli::client {

inline constexpr const char* kDefaultRpc = "http://127.0.0.1:8545";
inline constexpr std::uint64_t kListLimit = 1000;  // the ipc_ methods' largest page

struct Common {
    std::string rpc = kDefaultRpc;
    bool json = false;
};

void addRpc(CLI::App* cmd, Common& c);
void addJson(CLI::App* cmd, Common& c);
void addCommon(CLI::App* cmd, Common& c);                  // --rpc and --json
void addSubnetOption(CLI::App* cmd, std::string& subnet);  // a required --subnet (id or name)

// A command group ("wallet", "subnet", …) taking at most one of its commands.
CLI::App* addGroup(CLI::App& app, const std::string& name, const std::string& help);

// When `cmd` is chosen, `action` becomes `run`.
template <class Run>
void onRun(CLI::App* cmd, Action& action, Run run) {
    cmd->callback([&action, run] { action = run; });
}

TokenAmount parseAmount(const std::string& s, const char* option, bool allowZero = false);

// 0x… (EIP-55 checked when mixed case) or its f410/t410 form.
EthAddress parseAccount(const std::string& s, const char* option);

}  // namespace ipc::cli::client
