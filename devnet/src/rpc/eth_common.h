// What the eth_ and debug_ namespaces share (eth_methods.cpp, debug_methods.cpp): block
// references of requests, engine access for an endpoint's subnet, the call object of eth_call and
// how a call runs at the head or at an earlier block. Everything throws RpcError with geth's codes
// and messages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/evm/executor.h"
#include "ipc/devnet/contract_calls.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/rpc/rpc.h"

namespace ipc::devnet::rpc::eth {

// Throws kInvalidParams "invalid <name>: <why>".
[[noreturn]] void invalid(const std::string& name, const std::string& why);
// A one-element params array, so object fields reuse the positional helpers of rpc.h.
Json single(const Json& v);
// eth_estimateGas (eth_methods.cpp); eth_sendTransaction fills in a missing gas limit with it.
Json estimateGas(const CallContext& ctx, const Json& params);
// eth_getLogs and the polling filters (eth_logs.cpp).
void addLogMethods(MethodTable& table);

// A block named by a request: a tag, a number, or (EIP-1898 objects) a hash.
struct BlockRef {
    enum class Kind : std::uint8_t { Latest, Pending, Earliest, Number, Hash };
    Kind kind = Kind::Latest;
    std::uint64_t number = 0;
    Hash32 hash;
};

BlockRef blockRefFromString(const std::string& s, const std::string& name);
// A block tag or number; with `allowObject`, also EIP-1898 {blockNumber} / {blockHash}.
BlockRef blockRefValue(const Json& v, const std::string& name, bool allowObject);
// params[index] as a block; "latest" when missing.
BlockRef optionalBlockParam(const Json& params, std::size_t index, const char* name,
                            bool allowObject);

// Runs `fn(const SubnetNode&, const ContractBook&)` on the engine thread for the endpoint's
// subnet, with the ABIs the devnet knows, and waits.
template <class F>
auto readNodeAndBook(const CallContext& ctx, F fn) {
    return engine(ctx.devnet)
        .post([subnet = ctx.subnet, fn = std::move(fn)](Hierarchy& h) {
            const SubnetNode* n = h.node(subnet);
            if (n == nullptr) {
                throw RpcError(kServerError,
                               "subnet " + subnet.toString() + " is not in the hierarchy");
            }
            return fn(static_cast<const SubnetNode&>(*n), h.contractBook());
        })
        .get();
}

// Runs `fn(const SubnetNode&)` on the engine thread for the endpoint's subnet and waits.
template <class F>
auto readNode(const CallContext& ctx, F fn) {
    return readNodeAndBook(
        ctx, [fn = std::move(fn)](const SubnetNode& n, const ContractBook&) { return fn(n); });
}

// The ABIs the devnet knows now (not on the engine thread).
std::shared_ptr<const ContractBook> contractBook(const CallContext& ctx);

// Engine thread: the block `ref` names, or null when the chain has none.
chain::BlockPtr findBlock(const chain::SubnetChain& c, const BlockRef& ref);

// The call object of eth_call and eth_estimateGas. Fee fields are checked for form and ignored:
// a call pays nothing, and an estimate does not depend on the price.
struct CallRequest {
    std::optional<EthAddress> from;
    std::optional<EthAddress> to;
    std::optional<std::uint64_t> gas;
    U256 value;
    Bytes data;
    chain::StateOverrides overrides;  // eth_call's third parameter
};

// obj[name] unless it is missing or null.
std::optional<Json> field(const Json& obj, const char* name);
CallRequest callRequestParam(const Json& params, std::size_t index);
// geth's state override set: {address: {balance, nonce, code, state | stateDiff}}.
chain::StateOverrides stateOverridesValue(const Json& v);
// Engine thread: refuses overrides of the built-in IPC contracts (their state is not EVM state).
void checkOverrides(const SubnetNode& n, const CallRequest& req);
// Engine thread: whether the call runs on the EVM (code at `to`, also code given by an override).
bool runsEvm(const SubnetNode& n, const CallRequest& req);

// What a call did.
struct CallOutcome {
    Bytes output;
    std::optional<std::string> revert;  // a built-in contract's revert reason
    Bytes revertData;                   // and its revert data (IPC's custom error, Error(reason))
    std::optional<Bytes> evmRevert;     // EVM code reverted with this data
    std::optional<std::string> halt;    // EVM code halted exceptionally (out of gas, ...)
    std::uint64_t gas = 0;              // what a transaction would use
    // Something the run called that the devnet does not support (precompile 0x0a), said next
    // to a revert or halt it may have caused.
    std::string unsupported;
    std::vector<std::string> console;  // what an EVM run printed with console.log
    std::uint64_t height = 0;          // the block whose state it ran on
};

chain::EvmCall evmCall(const CallRequest& req, std::uint64_t gas);
// The gas eth_call runs with, and eth_estimateGas's allowance.
std::uint64_t callGas(const CallRequest& req);
std::uint64_t estimateCap(const CallRequest& req);
// An EVM run as a call outcome; an invalid run (e.g. insufficient funds) throws.
CallOutcome evmOutcome(evm::TxResult res);
// Engine thread: runs the call against the head state without changing anything.
CallOutcome simulate(const SubnetNode& n, const CallRequest& req);

// Engine thread: nothing when `ref` names the head (or a tag meaning it), else the earlier
// block's number. Throws "header not found" for blocks the chain does not have.
std::optional<std::uint64_t> pastBlock(const chain::SubnetChain& c, const BlockRef& ref);
// Engine thread: the accounts after block `number` for an EVM call, or the error that says how
// far back the devnet keeps state.
chain::PastState pastState(const SubnetNode& n, const CallRequest& req, std::uint64_t number);

}  // namespace ipc::devnet::rpc::eth
