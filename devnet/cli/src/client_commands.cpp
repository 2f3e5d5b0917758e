// `ipc-devnet wallet|subnet|cross-msg|checkpoint|config`: registers ipc-cli's command groups.
//
// They are ipc-cli's commands, named as ipc-cli names them, against a running `ipc-devnet up` over
// JSON-RPC. Reads go through the ipc_ and eth_ methods; state changes are signed EIP-1559
// transactions to the same gateway and subnet actors ipc-cli calls, so what works here works with
// ipc-cli and the other way round. Keys live in ipc-cli's own evm_keystore.json format; the anvil
// accounts are always at hand as 0..9.
#include "client_commands.h"

namespace ipc::cli {

void addClientCommands(CLI::App& app, Context& ctx, Action& action) {
    client::addWalletCommands(app, ctx, action);
    client::addSubnetCommands(app, ctx, action);
    client::addCrossMsgCommands(app, ctx, action);
    client::addCheckpointCommands(app, ctx, action);
    client::addConfigCommands(app, ctx, action);
}

}  // namespace ipc::cli
