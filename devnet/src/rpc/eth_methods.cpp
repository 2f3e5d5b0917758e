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
#include <string>
#include <utility>
#include <vector>

#include "eth_common.h"
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

constexpr std::uint64_t kMaxLogBlockRange = 10'000;
constexpr std::uint8_t kBlobTxType = 0x03;  // EIP-4844: refused, the devnet carries no blobs
constexpr std::size_t kMaxLogs = 10'000;
constexpr std::uint64_t kMaxFeeHistoryBlocks = 1024;
constexpr std::size_t kMaxRewardPercentiles = 100;
// Suggested priority fee: Filecoin's minimum gas premium (atto per gas).
constexpr std::uint64_t kSuggestedTip = 100'000;
// Code reported for built-in contracts: the INVALID opcode, so tools see "a contract".
constexpr std::uint8_t kBuiltinCodeMarker = 0xfe;
// geth's error code for a reverted eth_call.
constexpr int kExecutionReverted = 3;

[[noreturn]] void invalid(const std::string& name, const std::string& why) {
    throw RpcError(kInvalidParams, "invalid " + name + ": " + why);
}

// A one-element params array, so object fields reuse the positional helpers of rpc.h.
Json single(const Json& v) {
    Json a = Json::array();
    a[0] = v;
    return a;
}

}  // namespace

namespace eth {

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

}  // namespace eth

namespace {

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

// Engine thread: a block number for eth_getLogs ranges (tags resolve against the head).
std::uint64_t rangeBound(const chain::SubnetChain& c, const BlockRef& ref) {
    switch (ref.kind) {
        case BlockRef::Kind::Earliest:
            return 0;
        case BlockRef::Kind::Number:
            return ref.number;
        default:
            return c.height();
    }
}

// ---------------------------------------------------------------- logs and blooms

using Bloom = std::array<std::uint8_t, 256>;

// Yellow paper M3:2048: three bits from the first three 16-bit pairs of keccak256(item).
void addToBloom(Bloom& bloom, ByteView item) {
    const Hash32 h = keccak256(item);
    for (std::size_t i = 0; i < 6; i += 2) {
        const unsigned bit = ((unsigned(h.bytes[i]) << 8) | h.bytes[i + 1]) & 2047u;
        bloom[255 - bit / 8] |= static_cast<std::uint8_t>(1u << (bit % 8));
    }
}

void addToBloom(Bloom& bloom, const std::vector<chain::Log>& logs) {
    for (const auto& log : logs) {
        addToBloom(bloom, log.address.view());
        for (const auto& t : log.topics)
            addToBloom(bloom, t.view());
    }
}

// A log with its place in the chain, as eth_getLogs and receipts show it.
struct PlacedLog {
    chain::Log log;
    Hash32 blockHash;
    std::uint64_t blockNumber = 0;
    Hash32 txHash;  // zero for logs of implicit execution
    std::uint64_t txIndex = 0;
    std::uint64_t logIndex = 0;  // within the block
};

// Calls fn(log, txHash, txIndex, logIndex) for every log of the block: transaction logs in
// order, then the block's system logs (transactionIndex = number of transactions).
template <class F>
void forEachLog(const chain::Block& b, F&& fn) {
    std::uint64_t logIndex = 0;
    for (std::size_t i = 0; i < b.receipts.size(); ++i) {
        for (const auto& log : b.receipts[i].logs)
            fn(log, b.receipts[i].txHash, std::uint64_t(i), logIndex++);
    }
    for (const auto& log : b.systemLogs)
        fn(log, Hash32{}, std::uint64_t(b.transactions.size()), logIndex++);
}

Json logJson(const PlacedLog& p) {
    Json j = Json::object();
    j["address"] = addressJson(p.log.address);
    std::vector<Json> topics;
    for (const auto& t : p.log.topics)
        topics.push_back(hashJson(t));
    j["topics"] = Json::array(std::move(topics));
    j["data"] = dataJson(p.log.data);
    j["blockNumber"] = quantity(p.blockNumber);
    j["blockHash"] = hashJson(p.blockHash);
    j["transactionHash"] = hashJson(p.txHash);
    j["transactionIndex"] = quantity(p.txIndex);
    j["logIndex"] = quantity(p.logIndex);
    j["removed"] = Json::boolean(false);
    return j;
}

// ---------------------------------------------------------------- transactions and receipts

// Where a mined transaction sits.
struct TxPlace {
    Hash32 blockHash;
    std::uint64_t blockNumber = 0;
    std::uint64_t index = 0;
    U256 baseFee;
};

TxPlace placeIn(const chain::Block& b, std::uint64_t index) {
    return TxPlace{b.hash, b.header.number, index, b.header.baseFee};
}

Json quantityHash(const Hash32& h) {
    return quantity(U256::fromBigEndian(h.view()));
}

// A transaction object; block fields are null while it waits in the mempool.
Json txJson(const chain::IncludedTx& itx, const std::optional<TxPlace>& place) {
    const chain::Transaction& t = itx.signedTx.tx;
    const crypto::Signature& sig = itx.signedTx.sig;
    const bool eip1559 = t.type == chain::TxType::Eip1559;
    const bool typed = t.type != chain::TxType::Legacy;
    Json j = Json::object();
    j["hash"] = hashJson(itx.hash);
    j["type"] = quantity(std::uint64_t(t.type));
    if (t.chainId)
        j["chainId"] = quantity(*t.chainId);
    j["nonce"] = quantity(t.nonce);
    j["from"] = addressJson(itx.sender);
    j["to"] = t.to ? addressJson(*t.to) : Json::null();
    j["value"] = quantity(t.value);
    j["gas"] = quantity(t.gasLimit);
    if (eip1559) {
        // Mined: the price actually paid; pending: the cap, as geth shows it.
        j["gasPrice"] =
            quantity(place ? chain::effectiveGasPrice(t, place->baseFee) : t.maxFeePerGas);
        j["maxFeePerGas"] = quantity(t.maxFeePerGas);
        j["maxPriorityFeePerGas"] = quantity(t.maxPriorityFeePerGas);
    } else {
        j["gasPrice"] = quantity(t.gasPrice);
    }
    if (typed) {
        std::vector<Json> list;
        for (const auto& entry : t.accessList) {
            Json e = Json::object();
            e["address"] = addressJson(entry.address);
            std::vector<Json> keys;
            for (const auto& k : entry.storageKeys)
                keys.push_back(hashJson(k));
            e["storageKeys"] = Json::array(std::move(keys));
            list.push_back(std::move(e));
        }
        j["accessList"] = Json::array(std::move(list));
        j["v"] = quantity(std::uint64_t(sig.recoveryId));
        j["yParity"] = quantity(std::uint64_t(sig.recoveryId));
    } else {
        const std::uint64_t v =
            t.chainId ? *t.chainId * 2 + 35 + sig.recoveryId : 27 + std::uint64_t(sig.recoveryId);
        j["v"] = quantity(v);
    }
    j["r"] = quantityHash(sig.r);
    j["s"] = quantityHash(sig.s);
    j["input"] = dataJson(t.data);
    j["blockHash"] = place ? hashJson(place->blockHash) : Json::null();
    j["blockNumber"] = place ? quantity(place->blockNumber) : Json::null();
    j["transactionIndex"] = place ? quantity(place->index) : Json::null();
    return j;
}

// A receipt copied out of a block with what its JSON needs.
struct ReceiptRecord {
    chain::TxPtr tx;
    chain::Receipt receipt;
    TxPlace place;
    std::uint64_t firstLogIndex = 0;
};

ReceiptRecord receiptRecord(const chain::Block& b, std::size_t index) {
    std::uint64_t firstLog = 0;
    for (std::size_t i = 0; i < index; ++i)
        firstLog += b.receipts[i].logs.size();
    return ReceiptRecord{b.transactions[index], b.receipts[index], placeIn(b, index), firstLog};
}

Json receiptJson(const ReceiptRecord& rec) {
    const chain::Receipt& r = rec.receipt;
    const chain::Transaction& t = rec.tx->signedTx.tx;
    Json j = Json::object();
    j["transactionHash"] = hashJson(r.txHash);
    j["transactionIndex"] = quantity(rec.place.index);
    j["blockHash"] = hashJson(rec.place.blockHash);
    j["blockNumber"] = quantity(rec.place.blockNumber);
    j["from"] = addressJson(rec.tx->sender);
    j["to"] = t.to ? addressJson(*t.to) : Json::null();
    j["contractAddress"] =
        t.to ? Json::null() : addressJson(evm::createAddress(rec.tx->sender, t.nonce));
    j["type"] = quantity(std::uint64_t(t.type));
    j["status"] = quantity(std::uint64_t(r.success ? 1 : 0));
    j["gasUsed"] = quantity(r.gasUsed);
    j["cumulativeGasUsed"] = quantity(r.cumulativeGasUsed);
    j["effectiveGasPrice"] = quantity(r.effectiveGasPrice);
    std::vector<Json> logs;
    for (std::size_t i = 0; i < r.logs.size(); ++i) {
        logs.push_back(logJson(PlacedLog{r.logs[i], rec.place.blockHash, rec.place.blockNumber,
                                         r.txHash, rec.place.index, rec.firstLogIndex + i}));
    }
    j["logs"] = Json::array(std::move(logs));
    Bloom bloom{};
    addToBloom(bloom, r.logs);
    j["logsBloom"] = dataJson(bloom);
    if (!r.success)
        j["revertReason"] = Json::string(r.revertReason);  // Besu's extension: why it failed
    return j;
}

// ---------------------------------------------------------------- blocks

// keccak256(rlp([])): the hash of an empty uncle list.
Hash32 emptyUnclesHash() {
    return keccak256(rlp::encodeList({}));
}

// RLP size of the block in Ethereum's layout [header, transactions, uncles]: a best effort, as
// the devnet's own header is smaller than Ethereum's.
std::uint64_t blockSize(const chain::Block& b, const Bloom& bloom) {
    const std::array<std::uint8_t, 8> nonce{};
    rlp::Encoder h;
    h.addBytes(b.header.parentHash.view())
        .addBytes(emptyUnclesHash().view())
        .addBytes(b.header.proposer.view())
        .addBytes(b.header.stateRoot.view())
        .addBytes(b.header.transactionsRoot.view())
        .addBytes(b.header.receiptsRoot.view())
        .addBytes(bloom)
        .addUint64(0)
        .addUint64(b.header.number)
        .addUint64(b.header.gasLimit)
        .addUint64(b.header.gasUsed)
        .addUint64(b.header.timestampMs / 1000)
        .addBytes({})
        .addBytes(Hash32{}.view())
        .addBytes(nonce)
        .addU256(b.header.baseFee);
    rlp::Encoder txs;
    for (const auto& tx : b.transactions) {
        const Bytes raw = chain::encode(tx->signedTx);
        // Legacy transactions are RLP lists in a block body; typed ones are byte strings.
        if (tx->signedTx.tx.type == chain::TxType::Legacy)
            txs.addRaw(raw);
        else
            txs.addBytes(raw);
    }
    rlp::Encoder body;
    body.addRaw(h.list()).addRaw(txs.list()).addRaw(rlp::encodeList({}));
    return body.list().size();
}

Json blockJson(const chain::Block& b, bool fullTransactions) {
    const chain::BlockHeader& h = b.header;
    Bloom bloom{};
    for (const auto& r : b.receipts)
        addToBloom(bloom, r.logs);
    addToBloom(bloom, b.systemLogs);
    Json j = Json::object();
    j["hash"] = hashJson(b.hash);
    j["parentHash"] = hashJson(h.parentHash);
    j["number"] = quantity(h.number);
    j["timestamp"] = quantity(h.timestampMs / 1000);
    j["miner"] = addressJson(h.proposer);
    j["stateRoot"] = hashJson(h.stateRoot);
    j["transactionsRoot"] = hashJson(h.transactionsRoot);
    j["receiptsRoot"] = hashJson(h.receiptsRoot);
    j["logsBloom"] = dataJson(bloom);
    j["gasUsed"] = quantity(h.gasUsed);
    j["gasLimit"] = quantity(h.gasLimit);
    j["baseFeePerGas"] = quantity(h.baseFee);
    j["difficulty"] = Json::string("0x0");
    j["totalDifficulty"] = Json::string("0x0");
    j["extraData"] = Json::string("0x");
    j["nonce"] = Json::string("0x0000000000000000");
    j["mixHash"] = hashJson(Hash32{});
    j["sha3Uncles"] = hashJson(emptyUnclesHash());
    j["uncles"] = Json::array();
    j["size"] = quantity(blockSize(b, bloom));
    std::vector<Json> txs;
    for (std::size_t i = 0; i < b.transactions.size(); ++i) {
        txs.push_back(fullTransactions ? txJson(*b.transactions[i], placeIn(b, i))
                                       : hashJson(b.transactions[i]->hash));
    }
    j["transactions"] = Json::array(std::move(txs));
    return j;
}

}  // namespace

namespace eth {

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

std::uint64_t nextTimestampMs(const SubnetNode& n) {
    return n.chain->head().header.timestampMs + n.blockTimeMs;
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
    }
    return out;
}

}  // namespace eth

namespace {

// " (precompile 0x0a ... is not supported by the devnet)" when a run called it, else nothing.
std::string withUnsupported(const std::string& unsupported) {
    return unsupported.empty() ? std::string() : " (" + unsupported + ")";
}

// The error of an EVM revert, as geth reports it: code 3, "execution reverted" with the decoded
// reason (Error(string), a panic code and its meaning, or the raw data), the revert data as
// `data`.
[[noreturn]] void throwEvmRevert(const Bytes& data, const std::string& unsupported) {
    throw RpcError(kExecutionReverted, abi::revertMessage(data) + withUnsupported(unsupported),
                   dataJson(data));
}

// The errors of an estimate that fails even with the whole allowance, as geth gives them.
std::uint64_t estimateOrThrow(const chain::GasEstimate& e, std::uint64_t cap) {
    if (!e.failure)
        return e.gas;
    const CallOutcome out = evmOutcome(*e.failure);
    if (out.evmRevert)
        throwEvmRevert(*out.evmRevert, out.unsupported);
    throw RpcError(kServerError, "gas required exceeds allowance (" + std::to_string(cap) +
                                     "): " + out.halt.value_or("failed") +
                                     withUnsupported(out.unsupported));
}

}  // namespace

namespace eth {

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

}  // namespace eth

namespace {

// eth_call at the head or, for an EVM call, at an earlier block whose state is still kept.
// Built-in contracts nested in such a call answer from the head (their state has no history).
CallOutcome simulateAt(const CallContext& ctx, const CallRequest& req, const BlockRef& block) {
    return readNode(ctx, [&](const SubnetNode& n) {
        const auto past = pastBlock(*n.chain, block);
        if (!past)
            return simulate(n, req);
        const chain::PastState at = pastState(n, req, *past);
        return evmOutcome(n.chain->simulate(evmCall(req, callGas(req)), at));
    });
}

// The error of a reverted call: geth's message, Solidity's Error(string) revert data.
[[noreturn]] void throwRevert(int code, const std::string& reason) {
    const Bytes revertData =
        ipc::abi::encodeCall("Error(string)", {ipc::abi::Value::string(reason)});
    throw RpcError(code, "execution reverted: " + reason, dataJson(revertData));
}

// ---------------------------------------------------------------- eth_getLogs

struct LogFilter {
    std::optional<Hash32> blockHash;
    BlockRef from;
    BlockRef to;
    std::vector<EthAddress> addresses;        // empty: any
    std::vector<std::vector<Hash32>> topics;  // per position; empty: any
};

LogFilter logFilterParam(const Json& params) {
    const Json& obj = param(params, 0, "filter");
    if (!obj.is_object())
        invalid("filter", "expected a filter object");
    LogFilter f;
    if (auto v = field(obj, "blockHash")) {
        if (field(obj, "fromBlock") || field(obj, "toBlock"))
            invalid("filter", "blockHash cannot be combined with fromBlock or toBlock");
        f.blockHash = hashParam(single(*v), 0, "blockHash");
    }
    if (auto v = field(obj, "fromBlock"))
        f.from = blockRefValue(*v, "fromBlock", false);
    if (auto v = field(obj, "toBlock"))
        f.to = blockRefValue(*v, "toBlock", false);
    if (auto v = field(obj, "address")) {
        if (v->is_array()) {
            for (std::size_t i = 0; i < v->size(); ++i)
                f.addresses.push_back(addressParam(single(v->at(i)), 0, "address"));
        } else {
            f.addresses.push_back(addressParam(single(*v), 0, "address"));
        }
    }
    if (auto v = field(obj, "topics")) {
        if (!v->is_array())
            invalid("topics", "expected an array");
        if (v->size() > 4)
            invalid("topics", "at most 4 topic positions, got " + std::to_string(v->size()));
        for (std::size_t i = 0; i < v->size(); ++i) {
            const Json& pos = v->at(i);
            std::vector<Hash32> alternatives;
            if (pos.is_array()) {
                bool wildcard = false;
                for (std::size_t k = 0; k < pos.size(); ++k) {
                    if (pos.at(k).is_null())
                        wildcard = true;
                    else
                        alternatives.push_back(hashParam(single(pos.at(k)), 0, "topic"));
                }
                if (wildcard)
                    alternatives.clear();
            } else if (!pos.is_null()) {
                alternatives.push_back(hashParam(single(pos), 0, "topic"));
            }
            f.topics.push_back(std::move(alternatives));
        }
    }
    return f;
}

bool matches(const LogFilter& f, const chain::Log& log) {
    if (!f.addresses.empty() &&
        std::find(f.addresses.begin(), f.addresses.end(), log.address) == f.addresses.end()) {
        return false;
    }
    // As geth: a filter with more positions than the log has topics never matches.
    if (f.topics.size() > log.topics.size())
        return false;
    for (std::size_t i = 0; i < f.topics.size(); ++i) {
        const auto& alts = f.topics[i];
        if (!alts.empty() && std::find(alts.begin(), alts.end(), log.topics[i]) == alts.end())
            return false;
    }
    return true;
}

// Engine thread: appends the block's matching logs; false once more than kMaxLogs were found.
bool collectLogs(const chain::Block& b, const LogFilter& f, std::vector<PlacedLog>& out) {
    bool ok = true;
    forEachLog(b, [&](const chain::Log& log, const Hash32& txHash, std::uint64_t txIndex,
                      std::uint64_t logIndex) {
        if (!ok || !matches(f, log))
            return;
        if (out.size() == kMaxLogs) {
            ok = false;
            return;
        }
        out.push_back(PlacedLog{log, b.hash, b.header.number, txHash, txIndex, logIndex});
    });
    return ok;
}

std::vector<PlacedLog> findLogs(const chain::SubnetChain& c, const LogFilter& f) {
    std::vector<PlacedLog> out;
    if (f.blockHash) {
        const chain::BlockPtr b = c.blockByHash(*f.blockHash);
        if (b == nullptr)
            throw RpcError(kServerError, "unknown block " + f.blockHash->hex());
        collectLogs(*b, f, out);
        return out;
    }
    const std::uint64_t from = rangeBound(c, f.from);
    const std::uint64_t to = std::min(rangeBound(c, f.to), c.height());
    if (f.from.kind == BlockRef::Kind::Number && f.to.kind == BlockRef::Kind::Number &&
        f.from.number > f.to.number) {
        throw RpcError(kInvalidParams, "invalid block range: fromBlock " +
                                           std::to_string(f.from.number) + " is after toBlock " +
                                           std::to_string(f.to.number));
    }
    if (from > to)
        return out;
    if (to - from + 1 > kMaxLogBlockRange) {
        throw RpcError(kInvalidParams, "block range too large: " + std::to_string(to - from + 1) +
                                           " blocks, at most " + std::to_string(kMaxLogBlockRange) +
                                           " per query");
    }
    for (std::uint64_t h = from; h <= to; ++h) {
        const chain::BlockPtr b = c.block(h);
        if (b == nullptr)
            throw RpcError(kServerError, "block " + std::to_string(h) + " is not available");
        if (!collectLogs(*b, f, out)) {
            throw RpcError(kServerError, "query returned more than " + std::to_string(kMaxLogs) +
                                             " logs; narrow the block range or the filter");
        }
    }
    return out;
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
    if (out.evmRevert)
        throwEvmRevert(*out.evmRevert, out.unsupported);
    if (out.halt)
        throw RpcError(kServerError, *out.halt + withUnsupported(out.unsupported));
    if (req.gas && *req.gas < out.gas)
        throw RpcError(kServerError, "out of gas: the call needs " + std::to_string(out.gas));
    if (out.revert)
        throwRevert(kExecutionReverted, *out.revert);
    return dataJson(out.output);
}

Json estimateGas(const CallContext& ctx, const Json& params) {
    CallRequest req = callRequestParam(params, 0);
    const BlockRef block = optionalBlockParam(params, 1, "block", true);
    if (auto o = optionalParam(params, 2))
        req.overrides = stateOverridesValue(*o);
    const std::optional<std::uint64_t> evmGas =
        readNode(ctx, [&](const SubnetNode& n) -> std::optional<std::uint64_t> {
            const std::uint64_t cap = estimateCap(req);
            if (const auto past = pastBlock(*n.chain, block)) {
                const chain::PastState at = pastState(n, req, *past);
                return estimateOrThrow(n.chain->estimateEvmGas(evmCall(req, cap), at), cap);
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
                                   cap);
        });
    if (evmGas)
        return quantity(*evmGas);
    const CallOutcome out = simulateAt(ctx, req, block);
    if (out.revert)
        throwRevert(kServerError, *out.revert);
    if (req.gas && *req.gas < out.gas) {
        throw RpcError(kServerError,
                       "gas required exceeds allowance (" + std::to_string(*req.gas) + ")");
    }
    return quantity(out.gas);
}

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

Json getLogs(const CallContext& ctx, const Json& params) {
    const LogFilter filter = logFilterParam(params);
    const auto logs =
        readNode(ctx, [&](const SubnetNode& n) { return findLogs(*n.chain, filter); });
    std::vector<Json> out;
    out.reserve(logs.size());
    for (const auto& l : logs)
        out.push_back(logJson(l));
    return Json::array(std::move(out));
}

// ---------------------------------------------------------------- polling filters

// A filter installed with eth_newFilter or eth_newBlockFilter on one endpoint. Each poll reports
// what arrived after the last block it reported (the head when it was installed).
struct InstalledFilter {
    const Devnet* devnet = nullptr;
    SubnetId subnet;
    bool blocks = false;  // block filter; else a log filter
    LogFilter logs;
    std::uint64_t lastSeen = 0;
    std::uint64_t lastUsed = 0;  // poll clock, to evict the longest idle filter when full
};

constexpr std::size_t kMaxFilters = 1024;

class FilterRegistry {
public:
    std::string install(InstalledFilter f) {
        std::lock_guard<std::mutex> lock(mutex_);
        if (filters_.size() == kMaxFilters) {
            auto idle = std::min_element(filters_.begin(), filters_.end(), [](auto& a, auto& b) {
                return a.second.lastUsed < b.second.lastUsed;
            });
            filters_.erase(idle);
        }
        f.lastUsed = ++clock_;
        const std::string id = quantity(++nextId_).as_string();
        filters_.emplace(id, std::move(f));
        return id;
    }
    InstalledFilter get(const CallContext& ctx, const std::string& id) {
        std::lock_guard<std::mutex> lock(mutex_);
        auto it = find(ctx, id);
        it->second.lastUsed = ++clock_;
        return it->second;
    }
    void advance(const CallContext& ctx, const std::string& id, std::uint64_t lastSeen) {
        std::lock_guard<std::mutex> lock(mutex_);
        find(ctx, id)->second.lastSeen = lastSeen;
    }
    bool remove(const CallContext& ctx, const std::string& id) {
        std::lock_guard<std::mutex> lock(mutex_);
        auto it = filters_.find(id);
        if (it == filters_.end() || it->second.devnet != &ctx.devnet ||
            it->second.subnet != ctx.subnet)
            return false;
        filters_.erase(it);
        return true;
    }

private:
    std::map<std::string, InstalledFilter>::iterator find(const CallContext& ctx,
                                                          const std::string& id) {
        auto it = filters_.find(id);
        if (it == filters_.end() || it->second.devnet != &ctx.devnet ||
            it->second.subnet != ctx.subnet)
            throw RpcError(kServerError, "filter not found");
        return it;
    }

    std::mutex mutex_;
    std::map<std::string, InstalledFilter> filters_;
    std::uint64_t nextId_ = 0;
    std::uint64_t clock_ = 0;
};

FilterRegistry& filterRegistry() {
    static FilterRegistry registry;
    return registry;
}

std::uint64_t headHeight(const CallContext& ctx) {
    return readNode(ctx, [](const SubnetNode& n) { return n.chain->height(); });
}

Json newFilter(const CallContext& ctx, const Json& params) {
    InstalledFilter f;
    f.devnet = &ctx.devnet;
    f.subnet = ctx.subnet;
    f.logs = logFilterParam(params);
    if (f.logs.blockHash)
        invalid("filter", "blockHash is not allowed in eth_newFilter");
    f.lastSeen = headHeight(ctx);
    return Json::string(filterRegistry().install(std::move(f)));
}

Json newBlockFilter(const CallContext& ctx, const Json&) {
    InstalledFilter f;
    f.devnet = &ctx.devnet;
    f.subnet = ctx.subnet;
    f.blocks = true;
    f.lastSeen = headHeight(ctx);
    return Json::string(filterRegistry().install(std::move(f)));
}

Json logsJson(const std::vector<PlacedLog>& logs) {
    std::vector<Json> out;
    out.reserve(logs.size());
    for (const auto& l : logs)
        out.push_back(logJson(l));
    return Json::array(std::move(out));
}

Json getFilterChanges(const CallContext& ctx, const Json& params) {
    const std::string id = stringParam(params, 0, "filter id");
    const InstalledFilter f = filterRegistry().get(ctx, id);
    struct Changes {
        std::vector<Hash32> blocks;
        std::vector<PlacedLog> logs;
        std::uint64_t lastSeen = 0;
    };
    const Changes changes = readNode(ctx, [&](const SubnetNode& n) {
        const chain::SubnetChain& c = *n.chain;
        Changes out;
        // At most one query range per poll; the next poll continues from there.
        out.lastSeen = std::min(c.height(), f.lastSeen + kMaxLogBlockRange);
        if (out.lastSeen <= f.lastSeen)
            return out;
        if (f.blocks) {
            for (std::uint64_t h = f.lastSeen + 1; h <= out.lastSeen; ++h) {
                if (const chain::BlockPtr b = c.block(h))
                    out.blocks.push_back(b->hash);
            }
            return out;
        }
        LogFilter range = f.logs;
        std::uint64_t from = f.lastSeen + 1;
        std::uint64_t to = out.lastSeen;
        if (f.logs.from.kind == BlockRef::Kind::Number)
            from = std::max(from, f.logs.from.number);
        if (f.logs.to.kind == BlockRef::Kind::Number)
            to = std::min(to, f.logs.to.number);
        if (from > to)
            return out;
        range.from = BlockRef{BlockRef::Kind::Number, from, {}};
        range.to = BlockRef{BlockRef::Kind::Number, to, {}};
        out.logs = findLogs(c, range);
        return out;
    });
    filterRegistry().advance(ctx, id, changes.lastSeen);
    if (!f.blocks)
        return logsJson(changes.logs);
    std::vector<Json> hashes;
    for (const Hash32& h : changes.blocks)
        hashes.push_back(hashJson(h));
    return Json::array(std::move(hashes));
}

Json getFilterLogs(const CallContext& ctx, const Json& params) {
    const std::string id = stringParam(params, 0, "filter id");
    const InstalledFilter f = filterRegistry().get(ctx, id);
    if (f.blocks)
        throw RpcError(kServerError, "filter not found: " + id + " is a block filter");
    return logsJson(readNode(ctx, [&](const SubnetNode& n) { return findLogs(*n.chain, f.logs); }));
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
    t.add("eth_accounts", [](const CallContext&, const Json&) { return Json::array(); });
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
    t.add("eth_getLogs", getLogs);
    t.add("eth_newFilter", newFilter);
    t.add("eth_newBlockFilter", newBlockFilter);
    t.add("eth_getFilterChanges", getFilterChanges);
    t.add("eth_getFilterLogs", getFilterLogs);
    t.add("eth_uninstallFilter", [](const CallContext& ctx, const Json& params) {
        return Json::boolean(filterRegistry().remove(ctx, stringParam(params, 0, "filter id")));
    });
}

}  // namespace ipc::devnet::rpc
