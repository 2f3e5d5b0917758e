// The client's command groups, one file each (wallet, subnet, cross-msg, checkpoint, config).
#pragma once

#include <CLI/CLI.hpp>

#include "ipc/cli/commands.h"

namespace ipc::cli::client {

void addWalletCommands(CLI::App& app, Context& ctx, Action& action);      // wallet_commands.cpp
void addSubnetCommands(CLI::App& app, Context& ctx, Action& action);      // subnet_commands.cpp
void addCrossMsgCommands(CLI::App& app, Context& ctx, Action& action);    // cross_msg_commands.cpp
void addCheckpointCommands(CLI::App& app, Context& ctx, Action& action);  // checkpoint_commands.cpp
void addConfigCommands(CLI::App& app, Context& ctx, Action& action);      // config_commands.cpp

}  // namespace ipc::cli::client
