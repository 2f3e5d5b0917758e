// debug_traceTransaction, debug_traceCall, debug_traceBlockByNumber and debug_traceBlockByHash:
// geth's tracing API on every subnet's endpoint, with its default opcode logger (structLogs),
// callTracer and prestateTracer.
//
// A mined transaction is traced by running it again from what it read the first time (its
// witness, SubnetChain::retrace), so it runs exactly as it did in its block. What differs from
// geth, on purpose:
// - The chain keeps the witnesses of its newest SubnetChain::kRetraceableTxs EVM transactions,
//   in memory: older ones, and those mined before the devnet was restarted from its workspace,
//   answer an error that says so.
// - Transactions that ran no EVM code (plain transfers between accounts without code, direct
//   calls to the built-in IPC contracts) have no opcodes: the opcode logger gives no steps and
//   the call tracer one frame, both from the receipt; prestateTracer answers an error for them.
// - Built-in IPC contracts called from EVM code appear as frames; a retrace runs them on a copy
//   of their present state (they keep no history).
// - The opcode logger keeps at most kStructLogBudget bytes of steps (about 4 times that as JSON):
//   past it the trace answers an error naming `limit`, disableStack and enableMemory, instead of
//   growing without bound. "timeout" is checked for form only: traces run to the end.
// - Tracing runs on the engine thread: block production waits while a long trace runs.
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "eth_common.h"
#include "ipc/core/abi/revert.h"
#include "ipc/core/chain/evm_bridge.h"
#include "ipc/core/chain/tx_witness.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/evm/tracers.h"
#include "ipc/devnet/rpc/rpc.h"

namespace ipc::devnet::rpc {

namespace {

using namespace eth;

// In-memory bytes the opcode logger may keep for one request.
constexpr std::size_t kStructLogBudget = 64u << 20;

[[noreturn]] void invalidOptions(const std::string& why) {
    throw RpcError(kInvalidParams, "invalid tracer options: " + why);
}

// ---------------------------------------------------------------- options

enum class TracerKind : std::uint8_t { Opcodes, Calls, Prestate };

struct TraceOptions {
    TracerKind kind = TracerKind::Opcodes;
    evm::StructLogOptions opcodes;
    bool onlyTopCall = false;
    bool withLog = false;
    bool diffMode = false;
    bool disableCode = false;
    bool disablePrestateStorage = false;
};

bool boolOption(const Json& obj, const char* name) {
    const Json& v = obj.at(name);
    if (!v.is_boolean())
        invalidOptions(std::string(name) + " must be true or false");
    return v.as_bool();
}

// geth's durations: a number with a unit, e.g. "5s", "300ms", "1m30s".
void checkDuration(const Json& v) {
    if (!v.is_string())
        invalidOptions("timeout must be a duration string such as \"5s\"");
    const std::string s = v.as_string();
    static const std::set<std::string> units = {"ns", "us", "µs", "ms", "s", "m", "h"};
    std::size_t i = 0;
    bool any = false;
    while (i < s.size()) {
        const std::size_t digits = i;
        while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.'))
            ++i;
        const std::size_t unitStart = i;
        while (i < s.size() && !(s[i] >= '0' && s[i] <= '9') && s[i] != '.')
            ++i;
        if (unitStart == digits || units.count(s.substr(unitStart, i - unitStart)) == 0)
            invalidOptions("timeout '" + s.substr(0, 40) + "' is not a duration such as \"5s\"");
        any = true;
    }
    if (!any)
        invalidOptions("timeout is empty");
}

void checkKnown(const Json& obj, const std::set<std::string>& known, const std::string& where) {
    for (const auto& [key, value] : obj.as_object()) {
        (void)value;
        if (known.count(key) == 0) {
            std::string list;
            for (const std::string& k : known)
                list += (list.empty() ? "" : ", ") + k;
            invalidOptions("unknown field '" + key.substr(0, 40) + "' in " + where +
                           " (known: " + list + ")");
        }
    }
}

TraceOptions traceOptionsParam(const Json& params, std::size_t index) {
    TraceOptions o;
    const auto given = optionalParam(params, index);
    if (!given || given->is_null())
        return o;
    const Json& obj = *given;
    if (!obj.is_object())
        invalidOptions("expected an object such as {\"tracer\": \"callTracer\"}");
    checkKnown(obj,
               {"tracer", "tracerConfig", "disableStorage", "disableStack", "enableMemory",
                "enableReturnData", "limit", "timeout", "reexec", "debug"},
               "the options");
    if (auto t = field(obj, "tracer")) {
        if (!t->is_string())
            invalidOptions("tracer must be a string");
        const std::string name = t->as_string();
        if (name == "callTracer") {
            o.kind = TracerKind::Calls;
        } else if (name == "prestateTracer") {
            o.kind = TracerKind::Prestate;
        } else if (name.find('{') != std::string::npos ||
                   name.find("function") != std::string::npos) {
            invalidOptions(
                "JavaScript tracers are not supported by the devnet; use \"callTracer\", "
                "\"prestateTracer\" or no tracer (the opcode logger)");
        } else if (!name.empty()) {
            invalidOptions("unknown tracer '" + name.substr(0, 40) +
                           "'; the devnet offers \"callTracer\", \"prestateTracer\" and, "
                           "without a tracer, the opcode logger");
        }
    }
    for (const char* flag :
         {"disableStorage", "disableStack", "enableMemory", "enableReturnData", "debug"}) {
        if (field(obj, flag))
            boolOption(obj, flag);
    }
    if (field(obj, "disableStorage"))
        o.opcodes.disableStorage = boolOption(obj, "disableStorage");
    if (field(obj, "disableStack"))
        o.opcodes.disableStack = boolOption(obj, "disableStack");
    if (field(obj, "enableMemory"))
        o.opcodes.enableMemory = boolOption(obj, "enableMemory");
    if (field(obj, "enableReturnData"))
        o.opcodes.enableReturnData = boolOption(obj, "enableReturnData");
    if (auto v = field(obj, "limit")) {
        if (!v->is_integer() || (v->as_number().is_int64() && v->as_number().to_int64() < 0))
            invalidOptions("limit must be a non-negative whole number of steps");
        o.opcodes.limit = static_cast<std::size_t>(v->as_number().to_uint64());
    }
    if (auto v = field(obj, "reexec")) {
        if (!v->is_integer())
            invalidOptions("reexec must be a whole number of blocks");
    }
    if (auto v = field(obj, "timeout"))
        checkDuration(*v);
    if (auto cfg = field(obj, "tracerConfig")) {
        if (!cfg->is_object())
            invalidOptions("tracerConfig must be an object");
        switch (o.kind) {
            case TracerKind::Calls:
                checkKnown(*cfg, {"onlyTopCall", "withLog"}, "callTracer's tracerConfig");
                if (field(*cfg, "onlyTopCall"))
                    o.onlyTopCall = boolOption(*cfg, "onlyTopCall");
                if (field(*cfg, "withLog"))
                    o.withLog = boolOption(*cfg, "withLog");
                break;
            case TracerKind::Prestate:
                checkKnown(*cfg, {"diffMode", "disableCode", "disableStorage"},
                           "prestateTracer's tracerConfig");
                if (field(*cfg, "diffMode"))
                    o.diffMode = boolOption(*cfg, "diffMode");
                if (field(*cfg, "disableCode"))
                    o.disableCode = boolOption(*cfg, "disableCode");
                if (field(*cfg, "disableStorage"))
                    o.disablePrestateStorage = boolOption(*cfg, "disableStorage");
                break;
            case TracerKind::Opcodes:
                if (!cfg->as_object().empty())
                    invalidOptions(
                        "tracerConfig applies to a named tracer; the opcode logger "
                        "takes its options at the top level");
                break;
        }
    }
    return o;
}

// ---------------------------------------------------------------- runs

// A finished traced run, as plain data: built on the engine thread, turned into JSON after.
struct TraceRun {
    evm::TxResult result;
    std::optional<evm::StructLogger> opcodes;
    std::optional<evm::CallTracer> calls;
    std::shared_ptr<const chain::TxWitness> witness;  // prestateTracer only
    std::uint64_t gasLimit = 0;                       // the call tracer's top frame
    std::uint64_t gasUsed = 0;                        // as the receipt has it
    // Set for a run without EVM code: the top frame, from the receipt or call outcome.
    std::optional<evm::CallFrame> nativeFrame;
    std::optional<std::string> error;  // per transaction in block traces
};

// The tracer `o` asks for, set up in `run`.
evm::Tracer* prepare(TraceRun& run, const TraceOptions& o, std::size_t budget) {
    switch (o.kind) {
        case TracerKind::Opcodes: {
            evm::StructLogOptions opts = o.opcodes;
            opts.maxBytes = budget;
            return &run.opcodes.emplace(opts);
        }
        case TracerKind::Calls:
            return &run.calls.emplace(o.onlyTopCall);
        case TracerKind::Prestate:
            return nullptr;
    }
    return nullptr;
}

// Engine thread: traces the mined transaction `hash` of chain `c`.
TraceRun traceMined(const SubnetNode& n, const Hash32& hash, const TraceOptions& o,
                    std::size_t budget) {
    TraceRun run;
    evm::Tracer* tracer = prepare(run, o, budget);
    MinedRun mined = rerunMined(n, hash, tracer);
    if (mined.nativeFrame && o.kind == TracerKind::Prestate) {
        throw RpcError(kServerError,
                       "transaction " + hash.hex() +
                           " ran no EVM code (a plain transfer or a call to a built-in IPC "
                           "contract): prestateTracer covers EVM transactions only");
    }
    run.result = std::move(mined.result);
    run.gasLimit = mined.gasLimit;
    run.gasUsed = mined.gasUsed;
    run.witness = std::move(mined.witness);
    run.nativeFrame = std::move(mined.nativeFrame);
    return run;
}

// Engine thread: traces a call at the head or an earlier block, as eth_call would run it.
TraceRun traceCall(const SubnetNode& n, const CallRequest& req, const BlockRef& block,
                   const TraceOptions& o, std::size_t budget) {
    const chain::SubnetChain& c = *n.chain;
    const auto past = pastBlock(c, block);
    const std::uint64_t gas = callGas(req);
    TraceRun run;
    run.gasLimit = gas;
    checkOverrides(n, req);
    if (!past && !runsEvm(n, req)) {
        if (o.kind == TracerKind::Prestate) {
            throw RpcError(kServerError,
                           "the call runs no EVM code (a plain transfer or a call to a built-in "
                           "IPC contract): prestateTracer covers EVM calls only");
        }
        const CallOutcome out = simulate(n, req);
        evm::CallFrame f;
        f.from = req.from.value_or(EthAddress{});
        f.to = req.to.value_or(EthAddress{});
        f.value = evm::Word::fromU256(req.value);
        f.gas = static_cast<std::int64_t>(gas);
        f.gasUsed = static_cast<std::int64_t>(out.gas);
        f.input = req.data;
        f.output = out.output;
        if (out.revert) {
            f.status = evm::Status::Revert;
            f.output = out.revertData;
        }
        run.gasUsed = out.gas;
        run.result.valid = true;
        run.result.status = f.status;
        run.result.gasUsed = static_cast<std::int64_t>(out.gas);
        run.result.output = f.output;
        run.nativeFrame = std::move(f);
        return run;
    }
    evm::Tracer* tracer = prepare(run, o, budget);
    auto witness = o.kind == TracerKind::Prestate ? std::make_shared<chain::TxWitness>() : nullptr;
    const chain::EvmCall call = evmCall(req, gas);
    if (past) {
        const chain::PastState at = pastState(n, req, *past);
        run.result = c.simulate(call, at, tracer, witness.get());
    } else {
        run.result = c.simulate(call, nextTimestampMs(n), tracer, witness.get());
    }
    if (!run.result.valid)
        throw RpcError(kServerError, run.result.error);
    run.gasUsed = static_cast<std::uint64_t>(run.result.gasUsed);
    run.witness = std::move(witness);
    return run;
}

// ---------------------------------------------------------------- JSON

std::string wordHex64(const evm::Word& w) {
    std::uint8_t b[32];
    w.store32(b);
    return toHex(ByteView(b, 32), false);
}

// geth's words for how a frame failed.
std::string frameError(evm::Status s) {
    switch (s) {
        case evm::Status::Revert:
            return "execution reverted";
        case evm::Status::InvalidInstruction:
            return "invalid opcode";
        case evm::Status::BadJumpDestination:
            return "invalid jump destination";
        case evm::Status::StaticModeViolation:
            return "write protection";
        case evm::Status::CallDepthExceeded:
            return "max call depth exceeded";
        case evm::Status::InsufficientBalance:
            return "insufficient balance for transfer";
        case evm::Status::CodeSizeExceeded:
            return "max code size exceeded";
        case evm::Status::InvalidCodePrefix:
            return "invalid code: must not begin with 0xef";
        default:
            return std::string(evm::statusName(s));
    }
}

Json opcodesJson(const TraceRun& run, const TraceOptions& o) {
    const evm::StructLogger& logger = *run.opcodes;
    if (logger.overBudget()) {
        throw RpcError(kServerError,
                       "the opcode trace is larger than " + std::to_string(kStructLogBudget >> 20) +
                           " MiB: " + std::to_string(logger.logs().size()) + " of " +
                           std::to_string(logger.steps()) +
                           " steps fit; pass \"limit\" (e.g. {\"limit\": " +
                           std::to_string(logger.logs().size()) +
                           "}), \"disableStack\": true, leave enableMemory off, or use "
                           "{\"tracer\": \"callTracer\"}");
    }
    std::vector<Json> logs;
    logs.reserve(logger.logs().size());
    for (const evm::StructLog& l : logger.logs()) {
        Json j = Json::object();
        j["pc"] = Json::number(l.pc);
        j["op"] = Json::string(evm::opcodeName(l.op));
        j["gas"] = Json::number(static_cast<std::uint64_t>(l.gas));
        j["gasCost"] = Json::number(static_cast<std::uint64_t>(l.gasCost));
        j["depth"] = Json::number(l.depth);
        if (l.error)
            j["error"] = Json::string(*l.error);
        if (!o.opcodes.disableStack) {
            std::vector<Json> stack;
            stack.reserve(l.stack.size());
            for (const evm::Word& w : l.stack)
                stack.push_back(quantity(w.toU256()));
            j["stack"] = Json::array(std::move(stack));
        }
        if (o.opcodes.enableMemory) {
            std::vector<Json> words;
            for (std::size_t i = 0; i + 32 <= l.memory.size(); i += 32)
                words.push_back(Json::string(toHex(ByteView(l.memory.data() + i, 32), false)));
            j["memory"] = Json::array(std::move(words));
        }
        if (!l.returnData.empty())
            j["returnData"] = dataJson(l.returnData);
        if (l.storage) {
            Json s = Json::object();
            for (const auto& [k, v] : *l.storage)
                s[wordHex64(k)] = Json::string(wordHex64(v));
            j["storage"] = std::move(s);
        }
        if (l.refund != 0)
            j["refund"] = Json::number(static_cast<std::uint64_t>(l.refund));
        logs.push_back(std::move(j));
    }
    Json out = Json::object();
    out["gas"] = Json::number(run.gasUsed);
    out["failed"] = Json::boolean(run.result.status != evm::Status::Success);
    out["returnValue"] = dataJson(run.result.output);
    out["structLogs"] = Json::array(std::move(logs));
    return out;
}

Json frameJson(const evm::CallFrame& f, bool withLog) {
    Json j = Json::object();
    j["type"] = Json::string(callTypeName(f.kind));
    // Addresses in lower case, as geth's tracers print them.
    j["from"] = Json::string(f.from.hex());
    j["to"] = Json::string(f.to.hex());
    if (f.kind != evm::CallKind::StaticCall)
        j["value"] = quantity(f.value.toU256());
    j["gas"] = quantity(static_cast<std::uint64_t>(f.gas));
    j["gasUsed"] = quantity(static_cast<std::uint64_t>(f.gasUsed));
    j["input"] = dataJson(f.input);
    if (!f.output.empty())
        j["output"] = dataJson(f.output);
    if (f.status != evm::Status::Success) {
        j["error"] = Json::string(frameError(f.status));
        if (f.status == evm::Status::Revert) {
            // geth's revertReason: Error(string)'s message, or the panic and what it means.
            const abi::DecodedRevert r = abi::decodeRevert(f.output);
            if (r.kind == abi::DecodedRevert::Kind::ErrorString) {
                j["revertReason"] = Json::string(r.reason);
            } else if (r.kind == abi::DecodedRevert::Kind::Panic) {
                const std::string meaning(abi::panicMeaning(r.panicCode));
                j["revertReason"] = Json::string("panic code " + abi::panicCodeText(r.panicCode) +
                                                 (meaning.empty() ? "" : " (" + meaning + ")"));
            }
        }
    }
    if (withLog && !f.logs.empty()) {
        std::vector<Json> logs;
        for (const evm::CallLog& l : f.logs) {
            Json lj = Json::object();
            lj["address"] = Json::string(l.log.address.hex());
            std::vector<Json> topics;
            for (const Hash32& t : l.log.topics)
                topics.push_back(hashJson(t));
            lj["topics"] = Json::array(std::move(topics));
            lj["data"] = dataJson(l.log.data);
            lj["position"] = quantity(static_cast<std::uint64_t>(l.position));
            logs.push_back(std::move(lj));
        }
        j["logs"] = Json::array(std::move(logs));
    }
    if (!f.calls.empty()) {
        std::vector<Json> calls;
        for (const evm::CallFrame& c : f.calls)
            calls.push_back(frameJson(c, withLog));
        j["calls"] = Json::array(std::move(calls));
    }
    return j;
}

Json callsJson(const TraceRun& run, const TraceOptions& o) {
    evm::CallFrame top;
    if (run.nativeFrame) {
        top = *run.nativeFrame;
    } else if (run.calls->root()) {
        top = *run.calls->root();
    } else {
        throw RpcError(kInternalError, "the call tracer saw no call");
    }
    // The top frame counts the whole transaction, as geth's does: its gas limit and gas used.
    top.gas = static_cast<std::int64_t>(run.gasLimit);
    top.gasUsed = static_cast<std::int64_t>(run.gasUsed);
    return frameJson(top, o.withLog);
}

struct AccountView {
    std::optional<evm::Word> balance;
    std::optional<std::uint64_t> nonce;
    std::optional<Bytes> code;
    std::map<evm::Word, evm::Word> storage;
};

Json accountJson(const AccountView& a) {
    Json j = Json::object();
    if (a.balance)
        j["balance"] = quantity(a.balance->toU256());
    if (a.nonce && *a.nonce != 0)
        j["nonce"] = Json::number(*a.nonce);
    if (a.code && !a.code->empty())
        j["code"] = dataJson(*a.code);
    if (!a.storage.empty()) {
        Json s = Json::object();
        for (const auto& [k, v] : a.storage)
            s["0x" + wordHex64(k)] = Json::string("0x" + wordHex64(v));
        j["storage"] = std::move(s);
    }
    return j;
}

Json prestateJson(const TraceRun& run, const TraceOptions& o) {
    const chain::TxWitness& w = *run.witness;
    std::map<EthAddress, AccountView> pre;
    for (const auto& [address, info] : w.accounts) {
        AccountView& a = pre[address];
        a.balance = info ? info->balance : evm::Word();
        a.nonce = info ? info->nonce : 0;
        if (!o.disableCode && info && info->code)
            a.code = info->code->bytes;
    }
    if (!o.disablePrestateStorage) {
        for (const auto& [key, value] : w.storage)
            pre[key.first].storage[key.second] = value;
    }
    if (!o.diffMode) {
        Json out = Json::object();
        for (const auto& [address, a] : pre)
            out[address.hex()] = accountJson(a);
        return out;
    }
    // diffMode: the accounts the run changed, before (with the slots it changed) and after (the
    // fields that differ; deleted accounts are absent after).
    Json preJson = Json::object();
    Json postJson = Json::object();
    for (const evm::AccountChange& ch : run.result.changes) {
        const auto it = pre.find(ch.address);
        const AccountView before = it == pre.end() ? AccountView{} : it->second;
        AccountView shownBefore;
        shownBefore.balance = before.balance;
        shownBefore.nonce = before.nonce;
        shownBefore.code = before.code;
        AccountView after;
        if (!ch.deleted) {
            if (!before.balance || *before.balance != ch.balance)
                after.balance = ch.balance;
            if (before.nonce.value_or(0) != ch.nonce)
                after.nonce = ch.nonce;
            const Bytes code = ch.code ? ch.code->bytes : Bytes{};
            if (!o.disableCode && code != before.code.value_or(Bytes{}))
                after.code = code;
        }
        bool changed = ch.deleted || after.balance || after.nonce || after.code;
        if (!o.disablePrestateStorage) {
            for (const auto& [slot, value] : ch.storage) {
                const auto old = before.storage.find(slot);
                const evm::Word was = old == before.storage.end() ? evm::Word() : old->second;
                if (was == value)
                    continue;
                changed = true;
                if (was != evm::Word())
                    shownBefore.storage[slot] = was;
                if (!ch.deleted && value != evm::Word())
                    after.storage[slot] = value;
            }
        }
        if (!changed)
            continue;
        preJson[ch.address.hex()] = accountJson(shownBefore);
        if (!ch.deleted)
            postJson[ch.address.hex()] = accountJson(after);
    }
    Json out = Json::object();
    out["pre"] = std::move(preJson);
    out["post"] = std::move(postJson);
    return out;
}

Json runJson(const TraceRun& run, const TraceOptions& o) {
    switch (o.kind) {
        case TracerKind::Opcodes:
            if (run.nativeFrame) {
                Json out = Json::object();
                out["gas"] = Json::number(run.gasUsed);
                out["failed"] = Json::boolean(run.result.status != evm::Status::Success);
                out["returnValue"] = dataJson(run.result.output);
                out["structLogs"] = Json::array();
                return out;
            }
            return opcodesJson(run, o);
        case TracerKind::Calls:
            return callsJson(run, o);
        case TracerKind::Prestate:
            return prestateJson(run, o);
    }
    return Json::null();
}

// ---------------------------------------------------------------- methods

Json traceTransaction(const CallContext& ctx, const Json& params) {
    const Hash32 hash = hashParam(params, 0, "transaction hash");
    const TraceOptions o = traceOptionsParam(params, 1);
    const TraceRun run = readNode(
        ctx, [&](const SubnetNode& n) { return traceMined(n, hash, o, kStructLogBudget); });
    return runJson(run, o);
}

Json traceCallMethod(const CallContext& ctx, const Json& params) {
    CallRequest req = callRequestParam(params, 0);
    const BlockRef block = optionalBlockParam(params, 1, "block", true);
    Json options = optionalParam(params, 2).value_or(Json::null());
    if (options.is_object()) {
        for (const char* unsupported : {"blockOverrides", "txIndex"}) {
            if (options.has_field(unsupported)) {
                invalidOptions(std::string(unsupported) +
                               " is not supported by debug_traceCall on the devnet");
            }
        }
        if (options.has_field("stateOverrides")) {
            req.overrides = stateOverridesValue(options.at("stateOverrides"));
            options.erase("stateOverrides");
        }
    }
    Json rest = Json::array();
    rest[0] = options;
    const TraceOptions o = traceOptionsParam(rest, 0);
    const TraceRun run = readNode(
        ctx, [&](const SubnetNode& n) { return traceCall(n, req, block, o, kStructLogBudget); });
    return runJson(run, o);
}

// Every transaction of a block, in order: {txHash, result} or {txHash, error}, as geth answers.
Json traceBlock(const CallContext& ctx, const BlockRef& ref, const TraceOptions& o) {
    struct Traced {
        Hash32 hash;
        std::optional<TraceRun> run;
        std::string error;
    };
    const std::vector<Traced> traced = readNode(ctx, [&](const SubnetNode& n) {
        const chain::BlockPtr b = findBlock(*n.chain, ref);
        if (b == nullptr)
            throw RpcError(kServerError, "block not found");
        std::vector<Traced> out;
        std::size_t left = kStructLogBudget;
        for (const chain::TxPtr& tx : b->transactions) {
            Traced t{tx->hash, std::nullopt, {}};
            try {
                t.run = traceMined(n, tx->hash, o, left == 0 ? 1 : left);
                if (t.run->opcodes)
                    left -= std::min(left, t.run->opcodes->bytes());
            } catch (const RpcError& e) {
                t.error = e.what();
            }
            out.push_back(std::move(t));
        }
        return out;
    });
    std::vector<Json> out;
    for (const Traced& t : traced) {
        Json j = Json::object();
        j["txHash"] = hashJson(t.hash);
        if (t.run) {
            try {
                j["result"] = runJson(*t.run, o);
            } catch (const RpcError& e) {
                j["error"] = Json::string(e.what());
            }
        } else {
            j["error"] = Json::string(t.error);
        }
        out.push_back(std::move(j));
    }
    return Json::array(std::move(out));
}

}  // namespace

void addDebugMethods(MethodTable& t) {
    t.add("debug_traceTransaction", traceTransaction);
    t.add("debug_traceCall", traceCallMethod);
    t.add("debug_traceBlockByNumber", [](const CallContext& ctx, const Json& params) {
        const BlockRef ref = blockRefValue(param(params, 0, "block"), "block", false);
        return traceBlock(ctx, ref, traceOptionsParam(params, 1));
    });
    t.add("debug_traceBlockByHash", [](const CallContext& ctx, const Json& params) {
        BlockRef ref;
        ref.kind = BlockRef::Kind::Hash;
        ref.hash = hashParam(params, 0, "block hash");
        return traceBlock(ctx, ref, traceOptionsParam(params, 1));
    });
}

}  // namespace ipc::devnet::rpc
