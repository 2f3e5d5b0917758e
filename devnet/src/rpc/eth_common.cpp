// Block references, block look-ups and the call object of eth_call, shared by the eth_ and debug_
// methods: parsing them from requests and running a call at the head or at a kept earlier block.
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "eth_common.h"
#include "ipc/core/chain/evm_bridge.h"
#include "ipc/core/evm/executor.h"

namespace ipc::devnet::rpc::eth {

[[noreturn]] void invalid(const std::string& name, const std::string& why) {
    throw RpcError(kInvalidParams, "invalid " + name + ": " + why);
}

Json single(const Json& v) {
    Json a = Json::array();
    a[0] = v;
    return a;
}

// ---------------------------------------------------------------- block selection

BlockRef blockRefFromString(const std::string& s, const std::string& name) {
    BlockRef r;
    if (s == "latest" || s == "safe" || s == "finalized") {
        r.kind = BlockRef::Kind::Latest;
    } else if (s == "pending") {
        r.kind = BlockRef::Kind::Pending;
    } else if (s == "earliest") {
        r.kind = BlockRef::Kind::Earliest;
    } else if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        U256 n;
        try {
            n = U256::parse(s);
        } catch (const ParseError& e) {
            invalid(name, e.what());
        }
        if (!n.fitsUint64())
            invalid(name, "block number " + s.substr(0, 80) + " is too large");
        r.kind = BlockRef::Kind::Number;
        r.number = n.toUint64();
    } else {
        invalid(name,
                "expected \"latest\", \"pending\", \"earliest\", \"safe\", \"finalized\" or "
                "a 0x block number, got '" +
                    s.substr(0, 80) + "'");
    }
    return r;
}

// A block tag or number; with `allowObject`, also EIP-1898 {blockNumber} / {blockHash}.
BlockRef blockRefValue(const Json& v, const std::string& name, bool allowObject) {
    if (v.is_string())
        return blockRefFromString(v.as_string(), name);
    if (allowObject && v.is_object()) {
        if (v.has_field("blockHash")) {
            BlockRef r;
            r.kind = BlockRef::Kind::Hash;
            r.hash = hashParam(single(v.at("blockHash")), 0, "blockHash");
            return r;
        }
        if (v.has_field("blockNumber") && v.at("blockNumber").is_string())
            return blockRefFromString(v.at("blockNumber").as_string(), name);
        invalid(name, "expected {\"blockNumber\": …} or {\"blockHash\": …}");
    }
    invalid(name, "expected a block tag or a 0x block number");
}

// params[index] as a block; "latest" when missing.
BlockRef optionalBlockParam(const Json& params, std::size_t index, const char* name,
                            bool allowObject) {
    if (auto v = optionalParam(params, index))
        return blockRefValue(*v, name, allowObject);
    return BlockRef{};
}

// ---------------------------------------------------------------- engine access

// Engine thread: the block `ref` names, or null when the chain has none.
std::shared_ptr<const ContractBook> contractBook(const CallContext& ctx) {
    return engine(ctx.devnet).post([](Hierarchy& h) { return h.sharedContractBook(); }).get();
}

chain::BlockPtr findBlock(const chain::SubnetChain& c, const BlockRef& ref) {
    switch (ref.kind) {
        case BlockRef::Kind::Latest:
        case BlockRef::Kind::Pending:
            return c.headPtr();
        case BlockRef::Kind::Earliest:
            return c.block(0);
        case BlockRef::Kind::Number:
            return c.block(ref.number);
        case BlockRef::Kind::Hash:
            return c.blockByHash(ref.hash);
    }
    return nullptr;
}

// ---------------------------------------------------------------- calls

std::optional<Json> field(const Json& obj, const char* name) {
    if (!obj.has_field(name) || obj.at(name).is_null())
        return std::nullopt;
    return obj.at(name);
}

CallRequest callRequestParam(const Json& params, std::size_t index) {
    const Json& obj = param(params, index, "transaction");
    if (!obj.is_object())
        invalid("transaction", "expected a call object");
    CallRequest req;
    if (auto v = field(obj, "from"))
        req.from = addressParam(single(*v), 0, "from");
    if (auto v = field(obj, "to"))
        req.to = addressParam(single(*v), 0, "to");
    if (auto v = field(obj, "gas")) {
        const U256 gas = quantityParam(single(*v), 0, "gas");
        req.gas = gas.fitsUint64() ? gas.toUint64() : UINT64_MAX;
    }
    for (const char* fee : {"gasPrice", "maxFeePerGas", "maxPriorityFeePerGas"}) {
        if (auto v = field(obj, fee))
            quantityParam(single(*v), 0, fee);
    }
    if (auto v = field(obj, "value"))
        req.value = quantityParam(single(*v), 0, "value");
    const auto input = field(obj, "input");
    const auto dataField = field(obj, "data");
    if (input)
        req.data = dataParam(single(*input), 0, "input");
    if (dataField) {
        Bytes d = dataParam(single(*dataField), 0, "data");
        if (input && d != req.data)
            invalid("transaction", "both input and data are set and they differ");
        req.data = std::move(d);
    }
    return req;
}

chain::StateOverrides stateOverridesValue(const Json& v) {
    chain::StateOverrides out;
    if (v.is_null())
        return out;
    if (!v.is_object())
        invalid("state overrides", "expected an object of address → {balance, nonce, code, state}");
    for (const auto& [key, o] : v.as_object()) {
        const EthAddress address = addressParam(single(Json::string(key)), 0, "override address");
        if (!o.is_object())
            invalid("state overrides",
                    "the override of " + key.substr(0, 42) + " is not an object");
        chain::AccountOverride a;
        bool diff = false;
        for (const auto& [name, value] : o.as_object()) {
            const std::string what = key.substr(0, 42) + "." + name;
            if (name == "balance") {
                a.balance = evm::Word::fromU256(quantityParam(single(value), 0, what.c_str()));
            } else if (name == "nonce") {
                const U256 n = quantityParam(single(value), 0, what.c_str());
                if (!n.fitsUint64())
                    invalid(what, "a nonce fits in 64 bits");
                a.nonce = n.toUint64();
            } else if (name == "code") {
                a.code = dataParam(single(value), 0, what.c_str());
                if (a.code->size() > evm::kMaxCodeSize)
                    invalid(what,
                            "code larger than " + std::to_string(evm::kMaxCodeSize) + " bytes");
            } else if (name == "state" || name == "stateDiff") {
                if (!value.is_object())
                    invalid(what, "expected an object of slot → value");
                std::map<evm::Word, evm::Word> slots;
                for (const auto& [slot, word] : value.as_object()) {
                    const Hash32 k =
                        hashParam(single(Json::string(slot)), 0, (what + " slot").c_str());
                    const Hash32 w = hashParam(single(word), 0, (what + " value").c_str());
                    slots[evm::Word::fromBytes(k.bytes)] = evm::Word::fromBytes(w.bytes);
                }
                if (name == "state")
                    a.state = std::move(slots);
                else
                    a.stateDiff = std::move(slots);
                diff = diff || name == "stateDiff";
            } else if (name == "movePrecompileToAddress") {
                invalid(what, "moving precompiles is not supported by the devnet");
            } else {
                invalid(what, "unknown field (known: balance, nonce, code, state, stateDiff)");
            }
        }
        if (a.state && diff)
            invalid(key.substr(0, 42), "state and stateDiff cannot both be set");
        out[address] = std::move(a);
    }
    return out;
}

void checkOverrides(const SubnetNode& n, const CallRequest& req) {
    for (const auto& [address, o] : req.overrides) {
        (void)o;
        if (n.contracts->isContract(address)) {
            throw RpcError(kInvalidParams, "invalid state overrides: " + address.toChecksumHex() +
                                               " is a built-in IPC contract, whose state is not "
                                               "EVM state; it cannot be overridden");
        }
    }
}

bool runsEvm(const SubnetNode& n, const CallRequest& req) {
    if (n.chain->runsEvm(req.to))
        return true;
    if (!req.to)
        return true;
    const auto it = req.overrides.find(*req.to);
    return it != req.overrides.end() && it->second.code && !it->second.code->empty();
}

chain::EvmCall evmCall(const CallRequest& req, std::uint64_t gas) {
    chain::EvmCall call;
    call.from = req.from.value_or(EthAddress{});
    call.to = req.to;
    call.value = req.value;
    call.data = req.data;
    call.gas = gas;
    call.overrides = req.overrides;
    return call;
}

// The gas eth_call runs with, and eth_estimateGas's allowance.
std::uint64_t callGas(const CallRequest& req) {
    return std::min(req.gas.value_or(kCallGasCap), kCallGasCap);
}
std::uint64_t estimateCap(const CallRequest& req) {
    return std::min(req.gas.value_or(chain::GasSchedule::kBlockGasLimit), kCallGasCap);
}

CallOutcome evmOutcome(evm::TxResult res) {
    if (!res.valid)
        throw RpcError(kServerError, res.error);
    CallOutcome out;
    out.gas = static_cast<std::uint64_t>(res.gasUsed);
    if (!res.consoleCalls.empty() || res.consoleTruncated)
        out.console = chain::consoleOutput(res, "call");
    if (res.status != evm::Status::PointEvaluationUnsupported)
        out.unsupported = std::move(res.unsupported);
    if (res.status == evm::Status::Success)
        out.output = std::move(res.output);
    else if (res.status == evm::Status::Revert)
        out.evmRevert = std::move(res.output);
    else
        out.halt = std::string(evm::statusName(res.status));
    return out;
}

// Engine thread: runs the call against the head state without changing anything. Getters of
// built-in contracts are read in place; calls that change state (and payable ones) run on
// copies of the contracts and accounts, as the next block would run them. Creations and calls
// to accounts with code run on the EVM.
CallOutcome simulate(const SubnetNode& n, const CallRequest& req) {
    const chain::SubnetChain& c = *n.chain;
    const EthAddress from = req.from.value_or(EthAddress{});
    if (!req.value.isZero() && c.state().balance(from) < req.value) {
        throw RpcError(kServerError, "insufficient funds for transfer: address " +
                                         from.toChecksumHex() + " have " +
                                         c.state().balance(from).toDecimal() + " want " +
                                         req.value.toDecimal());
    }
    checkOverrides(n, req);
    if (runsEvm(n, req))
        return evmOutcome(n.chain->simulate(evmCall(req, callGas(req)), nextTimestampMs(n)));
    const EthAddress to = *req.to;
    CallOutcome out;
    out.gas = c.estimateGas(to, req.data);
    if (!n.contracts->isContract(to))
        return out;
    if (n.contracts->callGas(to, req.data) == 0 && req.value.isZero()) {
        try {
            out.output = c.call(to, req.data);
        } catch (const Error& e) {
            out.revert = e.what();
            out.revertData = chain::revertData(e);
        }
        return out;
    }
    protocol::IpcContracts contracts = *n.contracts;
    chain::AccountState state = c.state();
    std::vector<chain::Log> logs;
    const std::uint64_t height = c.height() + 1;
    const std::uint64_t timestampMs = nextTimestampMs(n);
    try {
        state.transfer(from, to, req.value);
        chain::CallContext ctx{state, height, timestampMs, from, req.value, false, logs};
        out.output = contracts.call(ctx, to, req.data);
    } catch (const Error& e) {
        out.revert = e.what();
        out.revertData = chain::revertData(e);
    }
    return out;
}

// Engine thread: nothing when `ref` names the head (or a tag meaning it), else the earlier
// block's number. Throws "header not found" for blocks the chain does not have.
std::optional<std::uint64_t> pastBlock(const chain::SubnetChain& c, const BlockRef& ref) {
    if (ref.kind == BlockRef::Kind::Latest || ref.kind == BlockRef::Kind::Pending)
        return std::nullopt;
    const chain::BlockPtr b = findBlock(c, ref);
    if (b == nullptr)
        throw RpcError(kServerError, "header not found");
    if (b->header.number == c.height())
        return std::nullopt;
    return b->header.number;
}

// Engine thread: the accounts after block `number` for an EVM call, or the error that says how
// far back the devnet keeps state.
chain::PastState pastState(const SubnetNode& n, const CallRequest& req, std::uint64_t number) {
    checkOverrides(n, req);
    if (req.to && n.contracts->isContract(*req.to)) {
        throw RpcError(kInvalidParams,
                       "built-in IPC contracts answer at the head only; use latest (asked for "
                       "block " +
                           std::to_string(number) + ", head is " +
                           std::to_string(n.chain->height()) + ")");
    }
    chain::PastState at;
    try {
        at = n.chain->stateAfter(number);
    } catch (const Error& e) {
        throw RpcError(kInvalidParams, e.what());
    }
    const EthAddress from = req.from.value_or(EthAddress{});
    if (!req.value.isZero() && at.accounts.balance(from) < req.value) {
        throw RpcError(kServerError, "insufficient funds for transfer: address " +
                                         from.toChecksumHex() + " have " +
                                         at.accounts.balance(from).toDecimal() + " want " +
                                         req.value.toDecimal());
    }
    return at;
}
}  // namespace ipc::devnet::rpc::eth
