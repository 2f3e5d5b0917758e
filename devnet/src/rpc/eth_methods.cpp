// eth_*, net_* and web3_*: the Ethereum JSON-RPC facade a Fendermint node serves on port 8545
// (IPC_PROTOCOL.md §9), so wallets, ethers/viem scripts and ipc-cli talk to a devnet subnet as
// to a real one. Built-in IPC contracts answer eth_call and eth_estimateGas through IPC's
// Solidity ABI (§10) and their events are ordinary logs.
//
// Threads: handlers parse and check parameters (and decode and recover raw transactions) on the
// caller's thread, read or change the engine only inside Devnet::post, copy plain values out
// (blocks, receipts and transactions are shared immutable pointers or small structs) and build
// the JSON answer after the engine has moved on.
//
// What differs from geth, on purpose:
// - State is kept for the head and the last SubnetChain::kKeptStates blocks before it (rebuilt
//   from the head and what each block overwrote): balances, nonces, code, storage, eth_call and
//   eth_estimateGas answer at those blocks; older ones answer kInvalidParams "state of block N
//   is no longer kept; ...". Built-in IPC contracts keep no history: calls to them answer at the
//   head only (and EVM code that calls them at an older block sees their head state). Blocks,
//   transactions, receipts and logs of every height stay available.
// - "pending", "safe" and "finalized" mean the head block (blocks are final once produced, as
//   under CometBFT); only eth_getTransactionCount "pending" counts mempool transactions.
// - Fees: eth_maxPriorityFeePerGas suggests 100,000 atto (Filecoin's and Fendermint's minimum gas
//   premium; blocks are never full, so any tip is included) and eth_gasPrice is the next block's
//   base fee plus that tip (geth's formula): a legacy transaction at eth_gasPrice pays what an
//   EIP-1559 one with the suggested tip pays.
// - A call that reverts answers code 3 "execution reverted: <reason>" and eth_estimateGas -32000
//   with the same message, as geth does; besides Error(string) the reason decodes Panic(uint256)
//   with Solidity's meaning of its code, and shows other data raw. Built-in contracts revert with a
//   text reason, so the error's data is what Solidity's require(false, reason) would return:
//   Error(string) ABI-encoded (ethers and viem decode it into their `reason`).
// - eth_call and eth_estimateGas of a state-changing built-in call (fund, release, join…) run
//   on copies of the contracts and accounts at the head, as the next block would: the answer or
//   the revert reason is real, and nothing changes.
// - eth_call and eth_estimateGas take geth's state overrides as a third parameter, except for
//   the built-in IPC contracts (their state is not EVM state).
// - eth_getLogs covers at most 10,000 blocks and returns at most 10,000 logs per query.
// - eth_getCode answers 0xfe (the INVALID opcode) for built-in contracts so tools see a contract.
// - Logs of implicit execution (top-down finality, checkpoint signatures) are listed after the
//   block's transaction logs with transactionHash = zero and transactionIndex = the number of
//   transactions; block blooms include them.
#include <algorithm>
#include <array>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "eth_common.h"
#include "eth_json.h"
#include "ipc/core/abi/revert.h"
#include "ipc/core/chain/evm_bridge.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/encoding/rlp.h"
#include "ipc/core/evm/executor.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/rpc/rpc.h"
#include "ipc/devnet/version.h"
#include "ipc_params.h"

namespace ipc::devnet::rpc {

namespace {

using namespace eth;

constexpr std::uint8_t kBlobTxType = 0x03;  // EIP-4844: refused, the devnet carries no blobs
constexpr std::uint64_t kMaxFeeHistoryBlocks = 1024;
constexpr std::size_t kMaxRewardPercentiles = 100;
// Suggested priority fee: Filecoin's minimum gas premium (atto per gas).
constexpr std::uint64_t kSuggestedTip = 100'000;
// Code reported for built-in contracts: the INVALID opcode, so tools see "a contract".
constexpr std::uint8_t kBuiltinCodeMarker = 0xfe;
// geth's error code for a reverted eth_call.
constexpr int kExecutionReverted = 3;

// Engine thread: fn(accounts) with the accounts after the block `ref` names: the head's in place,
// an earlier block's rebuilt (SubnetChain::stateAfter) while it is kept, else an error that says
// how far back state is kept.
template <class F>
auto withAccountsAt(const chain::SubnetChain& c, const BlockRef& ref, F&& fn) {
    if (ref.kind == BlockRef::Kind::Latest || ref.kind == BlockRef::Kind::Pending)
        return fn(c.state());
    const chain::BlockPtr b = findBlock(c, ref);
    if (b == nullptr)
        throw RpcError(kServerError, "header not found");
    if (b->header.number == c.height())
        return fn(c.state());
    try {
        const chain::PastState at = c.stateAfter(b->header.number);
        return fn(at.accounts);
    } catch (const RpcError&) {
        throw;
    } catch (const Error& e) {
        throw RpcError(kInvalidParams, e.what());
    }
}

// " (precompile 0x0a ... is not supported by the devnet)" when a run called it, else nothing.
std::string withUnsupported(const std::string& unsupported) {
    return unsupported.empty() ? std::string() : " (" + unsupported + ")";
}

// The error of an EVM revert, as geth reports it: code 3, "execution reverted" with the decoded
// reason (Error(string), a panic code and its meaning, a custom error `errors` knows by name, or
// the raw data), the revert data as `data`.
[[noreturn]] void throwEvmRevert(const Bytes& data, const std::string& unsupported,
                                 const abi::ErrorRegistry& errors) {
    throw RpcError(kExecutionReverted,
                   abi::revertMessage(data, &errors) + withUnsupported(unsupported),
                   dataJson(data));
}

// The errors of an estimate that fails even with the whole allowance, as geth gives them.
std::uint64_t estimateOrThrow(const chain::GasEstimate& e, std::uint64_t cap,
                              const abi::ErrorRegistry& errors) {
    if (!e.failure)
        return e.gas;
    const CallOutcome out = evmOutcome(*e.failure);
    if (out.evmRevert)
        throwEvmRevert(*out.evmRevert, out.unsupported, errors);
    throw RpcError(kServerError, "gas required exceeds allowance (" + std::to_string(cap) +
                                     "): " + out.halt.value_or("failed") +
                                     withUnsupported(out.unsupported));
}

// eth_call at the head or, for an EVM call, at an earlier block whose state is still kept.
// Built-in contracts nested in such a call answer from the head (their state has no history).
CallOutcome simulateAt(const CallContext& ctx, const CallRequest& req, const BlockRef& block) {
    return readNode(ctx, [&](const SubnetNode& n) {
        const auto past = pastBlock(*n.chain, block);
        CallOutcome out;
        if (!past) {
            out = simulate(n, req);
            out.height = n.chain->height();
        } else {
            const chain::PastState at = pastState(n, req, *past);
            out = evmOutcome(n.chain->simulate(evmCall(req, callGas(req)), at));
            out.height = *past;
        }
        return out;
    });
}

// Publishes what an eth_call printed with console.log (`ipc-devnet up` prints it).
void publishConsole(const CallContext& ctx, const CallRequest& req, const CallOutcome& out) {
    if (out.console.empty())
        return;
    engine(ctx.devnet)
        .post([&](Hierarchy& h) {
            h.events().publish(
                ConsoleEvent{ctx.subnet, "eth_call", req.to, out.height, out.console, h.now()});
        })
        .get();
}

// The error of a built-in contract's reverted call: geth's message with the devnet's words, and
// the revert data the contract gives (IPC's custom error, or Error(reason)).
[[noreturn]] void throwRevert(int code, const CallOutcome& out) {
    throw RpcError(code, "execution reverted: " + *out.revert, dataJson(out.revertData));
}

// ---------------------------------------------------------------- fees

U256 suggestedTip() {
    return U256(kSuggestedTip);
}

std::vector<double> percentilesParam(const Json& params, std::size_t index) {
    std::vector<double> out;
    const auto v = optionalParam(params, index);
    if (!v)
        return out;
    if (!v->is_array())
        invalid("rewardPercentiles", "expected an array of numbers");
    if (v->size() > kMaxRewardPercentiles) {
        invalid("rewardPercentiles",
                "at most " + std::to_string(kMaxRewardPercentiles) + " percentiles");
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
        const Json& p = v->at(i);
        if (!p.is_number())
            invalid("rewardPercentiles", "expected numbers");
        const double d = p.as_number().to_double();
        if (!(d >= 0.0 && d <= 100.0))
            invalid("rewardPercentiles", "percentiles must lie in [0, 100]");
        if (!out.empty() && d < out.back())
            invalid("rewardPercentiles", "percentiles must be in ascending order");
        out.push_back(d);
    }
    return out;
}

// geth's rule: tips of the block's transactions sorted ascending, weighted by gas used; the
// reward at percentile p is the tip of the transaction whose cumulative gas reaches p % of the
// total. System transactions pay no fee and are left out.
std::vector<U256> blockRewards(const chain::Block& b, const std::vector<double>& percentiles) {
    struct TipGas {
        U256 tip;
        std::uint64_t gas;
    };
    std::vector<TipGas> txs;
    std::uint64_t total = 0;
    for (std::size_t i = 0; i < b.transactions.size(); ++i) {
        if (b.transactions[i]->system)
            continue;
        const auto& r = b.receipts[i];
        txs.push_back({r.effectiveGasPrice.saturatingSub(b.header.baseFee), r.gasUsed});
        total += r.gasUsed;
    }
    std::vector<U256> out(percentiles.size());
    if (txs.empty())
        return out;
    std::stable_sort(txs.begin(), txs.end(),
                     [](const TipGas& a, const TipGas& c) { return a.tip < c.tip; });
    std::size_t idx = 0;
    std::uint64_t sum = txs[0].gas;
    for (std::size_t i = 0; i < percentiles.size(); ++i) {
        const auto threshold =
            static_cast<std::uint64_t>(static_cast<double>(total) * percentiles[i] / 100.0);
        while (sum < threshold && idx + 1 < txs.size()) {
            ++idx;
            sum += txs[idx].gas;
        }
        out[i] = txs[idx].tip;
    }
    return out;
}

struct FeeHistory {
    std::uint64_t oldest = 0;
    std::vector<U256> baseFees;  // one per block plus the next block's
    std::vector<double> gasUsedRatios;
    std::vector<std::vector<U256>> rewards;
};

// ---------------------------------------------------------------- methods

Json chainIdOf(const CallContext& ctx) {
    return quantity(readNode(ctx, [](const SubnetNode& n) { return n.chainId(); }));
}

Json getBalance(const CallContext& ctx, const Json& params) {
    const EthAddress who = addressParam(params, 0, "address");
    const BlockRef block = optionalBlockParam(params, 1, "block", true);
    return quantity(readNode(ctx, [&](const SubnetNode& n) {
        return withAccountsAt(*n.chain, block,
                              [&](const chain::AccountState& s) { return s.balance(who); });
    }));
}

Json getTransactionCount(const CallContext& ctx, const Json& params) {
    const EthAddress who = addressParam(params, 0, "address");
    const BlockRef block = optionalBlockParam(params, 1, "block", true);
    return quantity(readNode(ctx, [&](const SubnetNode& n) {
        const chain::SubnetChain& c = *n.chain;
        const std::uint64_t nonce =
            withAccountsAt(c, block, [&](const chain::AccountState& s) { return s.nonce(who); });
        return block.kind == BlockRef::Kind::Pending ? c.mempool().pendingNonce(who, nonce) : nonce;
    }));
}

Json getCode(const CallContext& ctx, const Json& params) {
    const EthAddress who = addressParam(params, 0, "address");
    const BlockRef block = optionalBlockParam(params, 1, "block", true);
    const evm::CodePtr code = readNode(ctx, [&](const SubnetNode& n) -> evm::CodePtr {
        if (n.contracts->isContract(who))
            return nullptr;
        return withAccountsAt(*n.chain, block,
                              [&](const chain::AccountState& s) { return s.code(who); });
    });
    return code ? dataJson(code->bytes) : dataJson(Bytes{kBuiltinCodeMarker});
}

// A storage slot: a quantity or up to 32 bytes of hex, as clients send either.
evm::Word slotParam(const Json& params, std::size_t index) {
    const std::string s = stringParam(params, index, "slot");
    if (s.size() < 3 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') || s.size() > 66)
        invalid("slot", "expected 0x followed by at most 64 hex digits");
    evm::Word w;
    for (std::size_t i = 2; i < s.size(); ++i) {
        const char ch = s[i];
        std::uint64_t d = 0;
        if (ch >= '0' && ch <= '9')
            d = std::uint64_t(ch - '0');
        else if (ch >= 'a' && ch <= 'f')
            d = std::uint64_t(ch - 'a' + 10);
        else if (ch >= 'A' && ch <= 'F')
            d = std::uint64_t(ch - 'A' + 10);
        else
            invalid("slot", "not a hex digit: " + std::string(1, ch));
        w = evm::shlBits(w, 4) | evm::Word(d);
    }
    return w;
}

Json getStorageAt(const CallContext& ctx, const Json& params) {
    const EthAddress who = addressParam(params, 0, "address");
    const evm::Word slot = slotParam(params, 1);
    const BlockRef block = optionalBlockParam(params, 2, "block", true);
    const evm::Word value = readNode(ctx, [&](const SubnetNode& n) {
        return withAccountsAt(*n.chain, block,
                              [&](const chain::AccountState& s) { return s.storageAt(who, slot); });
    });
    return hashJson(value.toHash());
}

Json gasPrice(const CallContext& ctx, const Json&) {
    const U256 baseFee = readNode(ctx, [](const SubnetNode& n) { return n.chain->nextBaseFee(); });
    return quantity(baseFee + suggestedTip());
}

Json feeHistory(const CallContext& ctx, const Json& params) {
    const std::uint64_t count = uintParam(params, 0, "blockCount");
    const BlockRef newestRef = blockRefValue(param(params, 1, "newestBlock"), "newestBlock", false);
    const std::vector<double> percentiles = percentilesParam(params, 2);
    const FeeHistory fh = readNode(ctx, [&](const SubnetNode& node) {
        const chain::SubnetChain& c = *node.chain;
        const chain::BlockPtr newest = findBlock(c, newestRef);
        if (newest == nullptr) {
            throw RpcError(kInvalidParams, "newestBlock " + std::to_string(newestRef.number) +
                                               " is beyond the head (" +
                                               std::to_string(c.height()) + ")");
        }
        FeeHistory out;
        const std::uint64_t last = newest->header.number;
        const std::uint64_t span = std::min({count, kMaxFeeHistoryBlocks, last + 1});
        out.oldest = span == 0 ? 0 : last + 1 - span;
        for (std::uint64_t h = out.oldest; span > 0 && h <= last; ++h) {
            const chain::BlockPtr bp = c.block(h);
            const chain::Block& b = *bp;
            out.baseFees.push_back(b.header.baseFee);
            out.gasUsedRatios.push_back(b.header.gasLimit == 0
                                            ? 0.0
                                            : static_cast<double>(b.header.gasUsed) /
                                                  static_cast<double>(b.header.gasLimit));
            if (!percentiles.empty())
                out.rewards.push_back(blockRewards(b, percentiles));
        }
        if (span > 0) {
            out.baseFees.push_back(last == c.height() ? c.nextBaseFee()
                                                      : c.block(last + 1)->header.baseFee);
        }
        return out;
    });
    Json j = Json::object();
    j["oldestBlock"] = quantity(fh.oldest);
    std::vector<Json> fees;
    for (const auto& f : fh.baseFees)
        fees.push_back(quantity(f));
    j["baseFeePerGas"] = Json::array(std::move(fees));
    std::vector<Json> ratios;
    for (double r : fh.gasUsedRatios)
        ratios.push_back(Json::number(r));
    j["gasUsedRatio"] = Json::array(std::move(ratios));
    if (!percentiles.empty()) {
        std::vector<Json> rewards;
        for (const auto& block : fh.rewards) {
            std::vector<Json> row;
            for (const auto& r : block)
                row.push_back(quantity(r));
            rewards.push_back(Json::array(std::move(row)));
        }
        j["reward"] = Json::array(std::move(rewards));
    }
    return j;
}

Json call(const CallContext& ctx, const Json& params) {
    CallRequest req = callRequestParam(params, 0);
    const BlockRef block = optionalBlockParam(params, 1, "block", true);
    if (auto o = optionalParam(params, 2))
        req.overrides = stateOverridesValue(*o);
    const CallOutcome out = simulateAt(ctx, req, block);
    publishConsole(ctx, req, out);
    if (out.evmRevert)
        throwEvmRevert(*out.evmRevert, out.unsupported, contractBook(ctx)->errors());
    if (out.halt)
        throw RpcError(kServerError, *out.halt + withUnsupported(out.unsupported));
    if (req.gas && *req.gas < out.gas)
        throw RpcError(kServerError, "out of gas: the call needs " + std::to_string(out.gas));
    if (out.revert)
        throwRevert(kExecutionReverted, out);
    return dataJson(out.output);
}

}  // namespace

Json eth::estimateGas(const CallContext& ctx, const Json& params) {
    CallRequest req = callRequestParam(params, 0);
    const BlockRef block = optionalBlockParam(params, 1, "block", true);
    if (auto o = optionalParam(params, 2))
        req.overrides = stateOverridesValue(*o);
    const std::optional<std::uint64_t> evmGas = readNodeAndBook(
        ctx, [&](const SubnetNode& n, const ContractBook& book) -> std::optional<std::uint64_t> {
            const std::uint64_t cap = estimateCap(req);
            if (const auto past = pastBlock(*n.chain, block)) {
                const chain::PastState at = pastState(n, req, *past);
                return estimateOrThrow(n.chain->estimateEvmGas(evmCall(req, cap), at), cap,
                                       book.errors());
            }
            checkOverrides(n, req);
            if (!runsEvm(n, req))
                return std::nullopt;
            const EthAddress from = req.from.value_or(EthAddress{});
            if (!req.value.isZero() && n.chain->state().balance(from) < req.value) {
                throw RpcError(kServerError, "insufficient funds for transfer: address " +
                                                 from.toChecksumHex() + " have " +
                                                 n.chain->state().balance(from).toDecimal() +
                                                 " want " + req.value.toDecimal());
            }
            return estimateOrThrow(n.chain->estimateEvmGas(evmCall(req, cap), nextTimestampMs(n)),
                                   cap, book.errors());
        });
    if (evmGas)
        return quantity(*evmGas);
    const CallOutcome out = simulateAt(ctx, req, block);
    if (out.revert)
        throwRevert(kServerError, out);
    if (req.gas && *req.gas < out.gas) {
        throw RpcError(kServerError,
                       "gas required exceeds allowance (" + std::to_string(*req.gas) + ")");
    }
    return quantity(out.gas);
}

namespace {

// Decoding and signature recovery happen on the caller's thread; only the mempool admission
// runs on the engine.
EngineStep sendRawTransaction(const CallContext& ctx, const Json& params) {
    const Bytes raw = dataParam(params, 0, "transaction");
    if (!raw.empty() && raw[0] == kBlobTxType) {
        throw RpcError(kInvalidParams,
                       "blob transactions (EIP-4844, type 0x03) are not supported by the devnet");
    }
    chain::SignedTransaction stx;
    try {
        stx = chain::decode(raw);
    } catch (const ParseError& e) {
        throw RpcError(kInvalidParams, std::string("invalid transaction: ") + e.what());
    }
    const auto sender = chain::sender(stx);
    if (!sender) {
        throw RpcError(kServerError, "invalid sender: the signature does not recover to a key");
    }
    auto tx = std::make_shared<chain::IncludedTx>();
    tx->hash = keccak256(raw);  // the transaction hash is the hash of its raw encoding
    tx->encodedSize = static_cast<std::uint32_t>(raw.size());
    tx->sender = *sender;
    tx->signedTx = std::move(stx);
    return [subnet = ctx.subnet, tx = chain::TxPtr(std::move(tx))](Hierarchy& h) -> Json {
        try {
            return hashJson(h.submit(subnet, tx));
        } catch (const chain::TxRejected& e) {
            throw RpcError(kServerError, e.what());
        } catch (const ParseError& e) {
            throw RpcError(kInvalidParams, e.what());
        } catch (const Error& e) {
            throw RpcError(kServerError, e.what());
        }
    };
}

// A transaction found by hash: mined (with its place) or waiting in the mempool.
struct FoundTx {
    chain::TxPtr tx;
    std::optional<TxPlace> place;
};

Json getTransactionByHash(const CallContext& ctx, const Json& params) {
    const Hash32 hash = hashParam(params, 0, "hash");
    const FoundTx found = readNode(ctx, [&](const SubnetNode& n) {
        const chain::SubnetChain& c = *n.chain;
        const auto loc = c.findTx(hash);
        if (const chain::BlockPtr bp = loc ? c.block(loc->block) : nullptr) {
            const chain::Block& b = *bp;
            return FoundTx{b.transactions[loc->index], placeIn(b, loc->index)};
        }
        if (c.mempool().contains(hash)) {
            for (const auto& tx : c.mempool().all()) {
                if (tx->hash == hash)
                    return FoundTx{tx, std::nullopt};
            }
        }
        return FoundTx{};
    });
    return found.tx ? txJson(*found.tx, found.place) : Json::null();
}

Json getTransactionReceipt(const CallContext& ctx, const Json& params) {
    const Hash32 hash = hashParam(params, 0, "hash");
    const auto rec = readNode(ctx, [&](const SubnetNode& n) -> std::optional<ReceiptRecord> {
        const chain::SubnetChain& c = *n.chain;
        const auto loc = c.findTx(hash);
        const chain::BlockPtr b = loc ? c.block(loc->block) : nullptr;
        if (b == nullptr)
            return std::nullopt;
        return receiptRecord(*b, loc->index);
    });
    return rec ? receiptJson(*rec) : Json::null();
}

// Blocks are immutable once produced: the engine thread hands out a shared pointer.
chain::BlockPtr copyBlock(const CallContext& ctx, const BlockRef& ref) {
    return readNode(ctx, [&](const SubnetNode& n) { return findBlock(*n.chain, ref); });
}

BlockRef byHash(const Hash32& h) {
    BlockRef r;
    r.kind = BlockRef::Kind::Hash;
    r.hash = h;
    return r;
}

bool fullTxParam(const Json& params) {
    const auto v = optionalParam(params, 1);
    return v ? boolValue(*v, "full transactions") : false;
}

Json getBlockByNumber(const CallContext& ctx, const Json& params) {
    const BlockRef ref = blockRefValue(param(params, 0, "block"), "block", false);
    const bool full = fullTxParam(params);
    const auto b = copyBlock(ctx, ref);
    return b ? blockJson(*b, full) : Json::null();
}

Json getBlockByHash(const CallContext& ctx, const Json& params) {
    const BlockRef ref = byHash(hashParam(params, 0, "block hash"));
    const bool full = fullTxParam(params);
    const auto b = copyBlock(ctx, ref);
    return b ? blockJson(*b, full) : Json::null();
}

Json transactionCount(const CallContext& ctx, const BlockRef& ref) {
    const auto count = readNode(ctx, [&](const SubnetNode& n) -> std::optional<std::uint64_t> {
        const chain::BlockPtr b = findBlock(*n.chain, ref);
        if (b == nullptr)
            return std::nullopt;
        return b->transactions.size();
    });
    return count ? quantity(*count) : Json::null();
}

Json transactionAt(const CallContext& ctx, const BlockRef& ref, const Json& params) {
    const U256 index = quantityParam(params, 1, "index");
    const auto found = readNode(ctx, [&](const SubnetNode& n) -> std::optional<FoundTx> {
        const chain::BlockPtr b = findBlock(*n.chain, ref);
        if (b == nullptr || !index.fitsUint64() || index.toUint64() >= b->transactions.size())
            return std::nullopt;
        const std::uint64_t i = index.toUint64();
        return FoundTx{b->transactions[i], placeIn(*b, i)};
    });
    return found ? txJson(*found->tx, found->place) : Json::null();
}

Json getBlockReceipts(const CallContext& ctx, const Json& params) {
    const BlockRef ref = blockRefValue(param(params, 0, "block"), "block", true);
    const auto recs = readNode(ctx, [&](const SubnetNode& n) {
        std::optional<std::vector<ReceiptRecord>> out;
        const chain::BlockPtr b = findBlock(*n.chain, ref);
        if (b == nullptr)
            return out;
        out.emplace();
        for (std::size_t i = 0; i < b->transactions.size(); ++i)
            out->push_back(receiptRecord(*b, i));
        return out;
    });
    if (!recs)
        return Json::null();
    std::vector<Json> out;
    for (const auto& r : *recs)
        out.push_back(receiptJson(r));
    return Json::array(std::move(out));
}
}  // namespace

void addEthMethods(MethodTable& t) {
    t.add("eth_chainId", [](const CallContext& ctx, const Json&) { return chainIdOf(ctx); });
    t.add("net_version", [](const CallContext& ctx, const Json&) {
        return Json::string(
            std::to_string(readNode(ctx, [](const SubnetNode& n) { return n.chainId(); })));
    });
    t.add("net_listening", [](const CallContext&, const Json&) { return Json::boolean(true); });
    t.add("net_peerCount", [](const CallContext&, const Json&) { return quantity(0); });
    t.add("web3_clientVersion", [](const CallContext&, const Json&) {
        return Json::string(std::string("IPC-Studio/") + kVersion + "/devnet");
    });
    t.add("web3_sha3", [](const CallContext&, const Json& params) {
        return hashJson(keccak256(dataParam(params, 0, "data")));
    });
    t.add("eth_syncing", [](const CallContext&, const Json&) { return Json::boolean(false); });
    // The devnet holds no keys for RPC clients; like anvil it lists the impersonated accounts,
    // which eth_sendTransaction sends from (ethers' getSigner(address) looks for them here).
    t.add("eth_accounts", [](const CallContext& ctx, const Json&) {
        const std::set<EthAddress> accounts =
            readNode(ctx, [](const SubnetNode& n) { return n.impersonated; });
        std::vector<Json> out;
        for (const EthAddress& a : accounts)
            out.push_back(Json::string(a.hex()));
        return Json::array(std::move(out));
    });
    t.add("eth_blockNumber", [](const CallContext& ctx, const Json&) {
        return quantity(readNode(ctx, [](const SubnetNode& n) { return n.chain->height(); }));
    });
    t.add("eth_getBalance", getBalance);
    t.add("eth_getTransactionCount", getTransactionCount);
    t.add("eth_getCode", getCode);
    t.add("eth_getStorageAt", getStorageAt);
    t.add("eth_gasPrice", gasPrice);
    t.add("eth_maxPriorityFeePerGas",
          [](const CallContext&, const Json&) { return quantity(suggestedTip()); });
    t.add("eth_feeHistory", feeHistory);
    t.add("eth_call", call);
    t.add("eth_estimateGas", estimateGas);
    t.addEngine("eth_sendRawTransaction", sendRawTransaction);
    t.add("eth_getTransactionByHash", getTransactionByHash);
    t.add("eth_getTransactionReceipt", getTransactionReceipt);
    t.add("eth_getBlockByNumber", getBlockByNumber);
    t.add("eth_getBlockByHash", getBlockByHash);
    t.add("eth_getBlockTransactionCountByNumber", [](const CallContext& ctx, const Json& params) {
        return transactionCount(ctx, blockRefValue(param(params, 0, "block"), "block", false));
    });
    t.add("eth_getBlockTransactionCountByHash", [](const CallContext& ctx, const Json& params) {
        return transactionCount(ctx, byHash(hashParam(params, 0, "block hash")));
    });
    t.add("eth_getTransactionByBlockNumberAndIndex", [](const CallContext& ctx,
                                                        const Json& params) {
        return transactionAt(ctx, blockRefValue(param(params, 0, "block"), "block", false), params);
    });
    t.add("eth_getTransactionByBlockHashAndIndex", [](const CallContext& ctx, const Json& params) {
        return transactionAt(ctx, byHash(hashParam(params, 0, "block hash")), params);
    });
    t.add("eth_getBlockReceipts", getBlockReceipts);
    eth::addLogMethods(t);
}

}  // namespace ipc::devnet::rpc
