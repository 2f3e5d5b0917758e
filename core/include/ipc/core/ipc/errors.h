// IPC's custom errors (contracts/errors/IPCErrors.sol) as the devnet's built-in gateway reverts
// with them: the revert data is IPC's encoding, so clients decoding with IPC's ABI read the same
// error; the words, for the devnet's own receipts and logs, say more.
#pragma once

#include <span>
#include <string>

#include "ipc/core/abi/revert.h"
#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/ipc/types.h"

namespace ipc::protocol {

// InvalidXnetMessage(InvalidXnetMessageReason reason): revert data selector ++ uint8 reason.
chain::Revert invalidXnetMessage(XnetFailure reason, const std::string& words);
// CannotSendCrossMsgToItself(): a message sent to the subnet it comes from.
chain::Revert cannotSendCrossMsgToItself(const std::string& words);

// The errors above, to name them in failed receipts and RPC errors: their signatures, and a
// registry of them.
std::span<const char* const> ipcErrorSignatures();
const abi::ErrorRegistry& ipcErrors();

}  // namespace ipc::protocol
