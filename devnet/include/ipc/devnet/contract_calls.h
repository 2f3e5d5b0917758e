// Running contract code without changing anything, on the engine thread: a call at the head (as
// the next block would run it) and a mined transaction run again as it ran, with a tracer. The
// JSON-RPC's eth_call and debug_trace* methods and the facade's contract queries share these.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/chain/tx_witness.h"
#include "ipc/core/evm/executor.h"
#include "ipc/core/evm/tracers.h"
#include "ipc/devnet/hierarchy.h"

namespace ipc::devnet {

// eth_call's gas when the request names none, and the most it may ask for (geth's RPC gas cap).
inline constexpr std::uint64_t kCallGasCap = 50'000'000;

// The timestamp the next block gets: the one a call at the head runs with.
std::uint64_t nextTimestampMs(const SubnetNode& n);

// A mined transaction run again.
struct MinedRun {
    evm::TxResult result;
    std::uint64_t gasLimit = 0;
    std::uint64_t gasUsed = 0;                        // as the receipt has it
    std::shared_ptr<const chain::TxWitness> witness;  // null for a run without EVM code
    // Set for a transaction that ran no EVM code (a plain transfer, a call to a built-in IPC
    // contract): its one frame, from its receipt; the tracer saw nothing.
    std::optional<evm::CallFrame> nativeFrame;
};

// Runs the mined transaction `hash` of `n` again exactly as it ran, reporting to `tracer` (may
// be null). Throws ipc::Error when the chain has no such transaction, or when it ran EVM code
// the chain no longer keeps what it read of (older than the newest
// SubnetChain::kRetraceableTxs, or mined before a restart).
MinedRun rerunMined(const SubnetNode& n, const Hash32& hash, evm::Tracer* tracer);

// The one frame of a transaction that ran no EVM code, from its receipt.
evm::CallFrame receiptFrame(const chain::IncludedTx& tx, const chain::Receipt& r);

// Geth's name of a frame's call type: "CALL", "STATICCALL", "DELEGATECALL", "CALLCODE",
// "CREATE", "CREATE2".
const char* callTypeName(evm::CallKind kind);

}  // namespace ipc::devnet
