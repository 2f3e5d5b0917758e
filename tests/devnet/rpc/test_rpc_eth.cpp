// The eth_, net_ and web3_ JSON-RPC namespaces and the dispatcher's JSON-RPC 2.0 rules, driven
// with JSON text through a Dispatcher (no sockets) on the "single" template started paused, so
// heights, fees and balances are exact.
#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "ipc/core/chain/transaction.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/encoding/rlp.h"
#include "ipc/core/ipc/contracts.h"
#include "ipc/core/ipc/events.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"
#include "ipc/devnet/rpc/rpc.h"
#include "ipc/devnet/version.h"

using namespace ipc;
using namespace ipc::devnet;
using rpc::Json;

namespace {

const U256 kFil = U256::parse("1000000000000000000");
const std::string kGateway = "0x77aa40b105843728088c0132e43fc44348881da8";
const std::string kAccount0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
// The next block's base fee after an empty genesis: 1 gwei - 1/8.
const U256 kBlockOneBaseFee = U256(875'000'000);
const U256 kTip = U256(100'000);

std::string quoted(const std::string& s) {
    return "\"" + s + "\"";
}

U256 q(const Json& v) {
    return U256::parse(v.as_string());
}

// The RLP size of a block in Ethereum's layout [header, transactions, uncles], encoded here from
// the answer's fields and the transactions' raw bytes.
std::uint64_t ethereumBlockSize(const Json& b, const std::vector<chain::SignedTransaction>& txs) {
    auto bytes = [&](const char* f) { return fromHex(b.at(f).as_string()); };
    auto number = [&](const char* f) { return U256::parse(b.at(f).as_string()); };
    rlp::Encoder h;
    h.addBytes(bytes("parentHash"))
        .addBytes(bytes("sha3Uncles"))
        .addBytes(bytes("miner"))
        .addBytes(bytes("stateRoot"))
        .addBytes(bytes("transactionsRoot"))
        .addBytes(bytes("receiptsRoot"))
        .addBytes(bytes("logsBloom"))
        .addU256(number("difficulty"))
        .addU256(number("number"))
        .addU256(number("gasLimit"))
        .addU256(number("gasUsed"))
        .addU256(number("timestamp"))
        .addBytes(bytes("extraData"))
        .addBytes(bytes("mixHash"))
        .addBytes(bytes("nonce"))
        .addU256(number("baseFeePerGas"));
    rlp::Encoder list;
    for (const auto& tx : txs) {
        if (tx.tx.type == chain::TxType::Legacy)
            list.addRaw(chain::encode(tx));
        else
            list.addBytes(chain::encode(tx));
    }
    rlp::Encoder body;
    body.addRaw(h.list()).addRaw(list.list()).addRaw(rlp::encodeList({}));
    return body.list().size();
}

// Yellow-paper bloom membership, written independently of the implementation.
bool bloomHas(const std::string& bloomHex, ByteView item) {
    const Bytes bloom = fromHex(bloomHex);
    if (bloom.size() != 256)
        return false;
    const Hash32 h = keccak256(item);
    for (std::size_t i = 0; i < 6; i += 2) {
        const unsigned bit = ((unsigned(h.bytes[i]) << 8) | h.bytes[i + 1]) % 2048;
        if ((bloom[255 - bit / 8] & (1u << (bit % 8))) == 0)
            return false;
    }
    return true;
}

class RpcEth : public ::testing::Test {
protected:
    void SetUp() override {
        DevnetOptions o;
        o.paused = true;
        devnet_ = Devnet::start(builtinTemplate("single"), o);
        rpc::addEthMethods(table_);
        root_ = devnet_->view()->subnets.at(0).id;
        child_ = engine(*devnet_).post([](Hierarchy& h) { return h.resolve("alpha").id; }).get();
        accounts_ = engine(*devnet_).post([](Hierarchy& h) { return h.accounts(); }).get();
        rpc_ = std::make_unique<rpc::Dispatcher>(*devnet_, root_, table_);
    }

    std::string raw(const std::string& body) { return rpc_->handle(body); }

    Json respond(const std::string& method, const std::string& params) {
        return Json::parse(raw(R"({"jsonrpc":"2.0","id":7,"method":")" + method + R"(","params":)" +
                               params + "}"));
    }

    Json call(const std::string& method, const std::string& params = "[]") {
        const Json r = respond(method, params);
        if (r.has_field("error")) {
            ADD_FAILURE() << method << params << " failed: " << r.at("error").serialize();
            return Json::null();
        }
        EXPECT_EQ(r.at("id").as_integer(), 7);
        return r.at("result");
    }

    Json error(const std::string& method, const std::string& params = "[]") {
        const Json r = respond(method, params);
        if (!r.has_field("error")) {
            ADD_FAILURE() << method << params << " succeeded: " << r.serialize();
            return Json::parse(R"({"code":0,"message":""})");
        }
        return r.at("error");
    }

    // An error with `code` whose message contains `words`.
    void expectError(const std::string& method, const std::string& params, int code,
                     const std::string& words) {
        const Json e = error(method, params);
        EXPECT_EQ(e.at("code").as_integer(), code) << method << params;
        EXPECT_NE(e.at("message").as_string().find(words), std::string::npos)
            << method << params << ": " << e.at("message").as_string();
    }

    void mine(std::uint64_t blocks = 1) {
        engine(*devnet_).post([this, blocks](Hierarchy& h) { h.mine(root_, blocks); }).get();
    }

    std::uint64_t nowMs() {
        return engine(*devnet_).post([](Hierarchy& h) { return h.now(); }).get();
    }

    chain::SignedTransaction eip1559(std::size_t from, const EthAddress& to, const U256& value,
                                     std::uint64_t nonce, Bytes data = {},
                                     std::uint64_t gas = 21'000,
                                     std::uint64_t chainId = 31337) const {
        chain::Transaction tx;
        tx.type = chain::TxType::Eip1559;
        tx.chainId = chainId;
        tx.nonce = nonce;
        tx.maxPriorityFeePerGas = kTip;
        tx.maxFeePerGas = kBlockOneBaseFee * U256(2) + kTip;
        tx.gasLimit = gas;
        tx.to = to;
        tx.value = value;
        tx.data = std::move(data);
        return chain::sign(tx, accounts_.at(from).key);
    }

    chain::SignedTransaction legacy(std::size_t from, const EthAddress& to, const U256& value,
                                    std::uint64_t nonce) const {
        chain::Transaction tx;
        tx.type = chain::TxType::Legacy;
        tx.chainId = 31337;
        tx.nonce = nonce;
        tx.gasPrice = kBlockOneBaseFee + kTip;
        tx.gasLimit = 21'000;
        tx.to = to;
        tx.value = value;
        return chain::sign(tx, accounts_.at(from).key);
    }

    static std::string rawParam(const chain::SignedTransaction& stx) {
        return "[" + quoted(toHex(chain::encode(stx))) + "]";
    }

    Bytes fundData(const EthAddress& to) const {
        return ipc::abi::encodeCall(protocol::sig::kFund,
                                    {protocol::toAbi(child_), protocol::toAbiFvm(to)});
    }

    std::unique_ptr<Devnet> devnet_;
    rpc::MethodTable table_;
    SubnetId root_;
    SubnetId child_;
    std::vector<NamedAccount> accounts_;
    std::unique_ptr<rpc::Dispatcher> rpc_;
};

const EthAddress kBob = EthAddress::parse("0x00000000000000000000000000000000000b0b00");
const EthAddress kCarol = EthAddress::parse("0x0000000000000000000000000000000000ca7010");

// ---------------------------------------------------------------- identity and state

TEST_F(RpcEth, IdentityMethods) {
    EXPECT_EQ(call("eth_chainId").as_string(), "0x7a69");
    EXPECT_EQ(call("net_version").as_string(), "31337");
    EXPECT_TRUE(call("net_listening").as_bool());
    EXPECT_EQ(call("web3_clientVersion").as_string(),
              std::string("IPC-Studio/") + kVersion + "/devnet");
    EXPECT_EQ(call("web3_sha3", R"(["0x68656c6c6f20776f726c64"])").as_string(),
              "0x47173285a8d7341e5e972fc677286384f802f8ef42a5ec5f03bbfa254cb01fad");
    EXPECT_FALSE(call("eth_syncing").as_bool());
    EXPECT_EQ(call("eth_accounts").size(), 0u);
    EXPECT_TRUE(call("eth_accounts").is_array());
    EXPECT_EQ(call("eth_blockNumber").as_string(), "0x0");
}

TEST_F(RpcEth, ChildEndpointAnswersForItsOwnChain) {
    rpc::Dispatcher child(*devnet_, child_, table_);
    const Json r = Json::parse(child.handle(R"({"jsonrpc":"2.0","id":1,"method":"eth_chainId"})"));
    EXPECT_EQ(q(r.at("result")), U256(child_.chainId()));
}

TEST_F(RpcEth, BalancesNoncesAndCode) {
    ASSERT_EQ(accounts_.at(0).address.toChecksumHex(), kAccount0);
    const Json bal = call("eth_getBalance", "[" + quoted(kAccount0) + R"(, "latest"])");
    EXPECT_EQ(bal.as_string(), (kFil * U256(10'000)).toQuantityHex());
    EXPECT_EQ(bal.as_string(), "0x21e19e0c9bab2400000");
    EXPECT_EQ(call("eth_getBalance", "[" + quoted(kAccount0) + "]").as_string(),
              bal.as_string());  // block defaults to latest
    for (const char* tag : {"pending", "earliest", "safe", "finalized", "0x0"}) {
        EXPECT_EQ(call("eth_getBalance", "[" + quoted(kAccount0) + "," + quoted(tag) + "]"), bal)
            << tag;
    }
    EXPECT_EQ(call("eth_getBalance", "[" + quoted(kBob.hex()) + R"(, "latest"])").as_string(),
              "0x0");
    EXPECT_EQ(
        call("eth_getTransactionCount", "[" + quoted(kAccount0) + R"(, "latest"])").as_string(),
        "0x0");
    EXPECT_EQ(call("eth_getCode", "[" + quoted(kGateway) + R"(, "latest"])").as_string(), "0xfe");
    EXPECT_EQ(call("eth_getCode", R"(["0x74539671a1d2f1c8f200826baba665179f53a1b7", "latest"])")
                  .as_string(),
              "0xfe");
    const std::string actor = child_.actor()->hex();
    EXPECT_EQ(call("eth_getCode", "[" + quoted(actor) + "]").as_string(), "0xfe");
    EXPECT_EQ(call("eth_getCode", "[" + quoted(kAccount0) + "]").as_string(), "0x");
}

TEST_F(RpcEth, StateOfRecentBlocksIsKept) {
    mine(2);
    const std::string who = quoted(kAccount0);
    EXPECT_EQ(q(call("eth_getBalance", "[" + who + R"(, "0x2"])")), kFil * U256(10'000));
    EXPECT_EQ(q(call("eth_getBalance", "[" + who + R"(, {"blockNumber": "0x2"}])")),
              kFil * U256(10'000));
    const std::string headHash =
        call("eth_getBlockByNumber", R"(["latest", false])").at("hash").as_string();
    EXPECT_EQ(q(call("eth_getBalance", "[" + who + R"(, {"blockHash": ")" + headHash + "\"}]")),
              kFil * U256(10'000));
    // Earlier blocks answer from their own state (nothing was sent here, so the same values).
    EXPECT_EQ(q(call("eth_getBalance", "[" + who + R"(, "0x1"])")), kFil * U256(10'000));
    EXPECT_EQ(q(call("eth_getBalance", "[" + who + R"(, "earliest"])")), kFil * U256(10'000));
    EXPECT_EQ(call("eth_getTransactionCount", "[" + who + R"(, "0x0"])").as_string(), "0x0");
    EXPECT_EQ(call("eth_getCode", "[" + quoted(kGateway) + R"(, "0x1"])").as_string(), "0xfe");
    // Built-in contracts keep no history of their own.
    expectError("eth_call", R"([{"to":")" + kGateway + R"(","data":"0x"}, "0x1"])",
                rpc::kInvalidParams, "built-in IPC contracts answer at the head only");
    expectError("eth_getBalance", "[" + who + R"(, "0x99"])", rpc::kServerError,
                "header not found");
    expectError("eth_getBalance", "[" + who + R"(, "newest"])", rpc::kInvalidParams,
                "invalid block");
    expectError("eth_getBalance", "[" + who + R"(, 5])", rpc::kInvalidParams, "invalid block");
}

// ---------------------------------------------------------------- fees

TEST_F(RpcEth, GasPriceIsNextBaseFeePlusTheSuggestedTip) {
    EXPECT_EQ(q(call("eth_maxPriorityFeePerGas")), kTip);
    EXPECT_EQ(q(call("eth_gasPrice")), kBlockOneBaseFee + kTip);
    mine();
    // Another empty block: the base fee falls by another eighth.
    EXPECT_EQ(q(call("eth_gasPrice")), U256(765'625'000) + kTip);
}

TEST_F(RpcEth, FeeHistory) {
    const Json fh = call("eth_feeHistory", R"(["0x4", "latest", []])");
    EXPECT_EQ(fh.at("oldestBlock").as_string(), "0x0");
    ASSERT_EQ(fh.at("baseFeePerGas").size(), 2u);
    EXPECT_EQ(q(fh.at("baseFeePerGas").at(0)), U256(1'000'000'000));
    EXPECT_EQ(q(fh.at("baseFeePerGas").at(1)), kBlockOneBaseFee);
    ASSERT_EQ(fh.at("gasUsedRatio").size(), 1u);
    EXPECT_EQ(fh.at("gasUsedRatio").at(0).as_double(), 0.0);
    EXPECT_FALSE(fh.has_field("reward"));

    ASSERT_TRUE(call("eth_sendRawTransaction", rawParam(eip1559(0, kBob, kFil, 0))).is_string());
    mine(2);
    const Json h = call("eth_feeHistory", R"([2, "0x1", [0, 50, 100]])");
    EXPECT_EQ(h.at("oldestBlock").as_string(), "0x0");
    ASSERT_EQ(h.at("baseFeePerGas").size(), 3u);
    // Block 2's base fee: block 1 used 21,000 of its 15,000,000 target.
    EXPECT_EQ(q(h.at("baseFeePerGas").at(2)), U256(765'778'125));
    ASSERT_EQ(h.at("gasUsedRatio").size(), 2u);
    EXPECT_DOUBLE_EQ(h.at("gasUsedRatio").at(1).as_double(), 21'000.0 / 30'000'000.0);
    const Json rewards = h.at("reward");
    ASSERT_EQ(rewards.size(), 2u);
    EXPECT_EQ(rewards.at(0).size(), 3u);
    EXPECT_EQ(rewards.at(0).at(1).as_string(), "0x0");  // empty genesis
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_EQ(q(rewards.at(1).at(i)), kTip);

    // Newest = latest: the last base fee is the next block's.
    const Json latest = call("eth_feeHistory", R"(["0x1", "latest"])");
    EXPECT_EQ(latest.at("oldestBlock").as_string(), "0x2");
    EXPECT_EQ(q(latest.at("baseFeePerGas").at(1)), q(call("eth_gasPrice")) - kTip);

    expectError("eth_feeHistory", R"(["0x1", "latest", [50, 10]])", rpc::kInvalidParams,
                "ascending");
    expectError("eth_feeHistory", R"(["0x1", "latest", [101]])", rpc::kInvalidParams, "[0, 100]");
    expectError("eth_feeHistory", R"(["0x1", "0x50"])", rpc::kInvalidParams, "beyond the head");
    expectError("eth_feeHistory", R"([])", rpc::kInvalidParams, "blockCount");
}

// ---------------------------------------------------------------- transactions

TEST_F(RpcEth, TransfersMinedAndLookedUp) {
    const auto tx1 = eip1559(0, kBob, kFil, 0);
    const auto tx2 = legacy(1, kCarol, kFil * U256(2), 0);
    const Json h1 = call("eth_sendRawTransaction", rawParam(tx1));
    const Json h2 = call("eth_sendRawTransaction", rawParam(tx2));
    EXPECT_EQ(h1.as_string(), chain::hash(tx1).hex());
    EXPECT_EQ(h2.as_string(), chain::hash(tx2).hex());

    // Pending: in the mempool, null block fields, the pending nonce counts it.
    const Json pending = call("eth_getTransactionByHash", "[" + quoted(h1.as_string()) + "]");
    EXPECT_TRUE(pending.at("blockHash").is_null());
    EXPECT_TRUE(pending.at("blockNumber").is_null());
    EXPECT_TRUE(pending.at("transactionIndex").is_null());
    EXPECT_EQ(q(pending.at("gasPrice")), tx1.tx.maxFeePerGas);
    EXPECT_TRUE(call("eth_getTransactionReceipt", "[" + quoted(h1.as_string()) + "]").is_null());
    const std::string who = quoted(kAccount0);
    EXPECT_EQ(call("eth_getTransactionCount", "[" + who + R"(, "pending"])").as_string(), "0x1");
    EXPECT_EQ(call("eth_getTransactionCount", "[" + who + R"(, "latest"])").as_string(), "0x0");

    mine();
    const std::uint64_t minedAtMs = nowMs();
    EXPECT_EQ(call("eth_blockNumber").as_string(), "0x1");
    const U256 price = kBlockOneBaseFee + kTip;
    EXPECT_EQ(q(call("eth_getBalance", "[" + quoted(kBob.hex()) + "]")), kFil);
    EXPECT_EQ(q(call("eth_getBalance", "[" + quoted(kCarol.hex()) + "]")), kFil * U256(2));
    EXPECT_EQ(q(call("eth_getBalance", "[" + who + "]")),
              kFil * U256(10'000) - kFil - U256(21'000) * price);
    EXPECT_EQ(call("eth_getTransactionCount", "[" + who + R"(, "latest"])").as_string(), "0x1");

    const Json block = call("eth_getBlockByNumber", R"(["0x1", false])");
    const std::string blockHash = block.at("hash").as_string();
    EXPECT_EQ(block.at("number").as_string(), "0x1");
    EXPECT_EQ(q(block.at("timestamp")), U256(minedAtMs / 1000));
    EXPECT_EQ(block.at("gasUsed").as_string(), "0xa410");  // 42,000
    EXPECT_EQ(block.at("gasLimit").as_string(), "0x1c9c380");
    EXPECT_EQ(q(block.at("baseFeePerGas")), kBlockOneBaseFee);
    EXPECT_EQ(block.at("difficulty").as_string(), "0x0");
    EXPECT_EQ(block.at("totalDifficulty").as_string(), "0x0");
    EXPECT_EQ(block.at("extraData").as_string(), "0x");
    EXPECT_EQ(block.at("nonce").as_string(), "0x0000000000000000");
    EXPECT_EQ(block.at("mixHash").as_string(), Hash32{}.hex());
    EXPECT_EQ(block.at("sha3Uncles").as_string(),
              "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347");
    EXPECT_EQ(block.at("uncles").size(), 0u);
    EXPECT_EQ(q(block.at("size")), U256(ethereumBlockSize(block, {tx1, tx2})));
    EXPECT_EQ(block.at("logsBloom").as_string(), toHex(Bytes(256, 0)));
    EXPECT_EQ(EthAddress::parse(block.at("miner").as_string()).isZero(), false);
    const Json genesis = call("eth_getBlockByNumber", R"(["earliest", false])");
    EXPECT_EQ(block.at("parentHash").as_string(), genesis.at("hash").as_string());
    ASSERT_EQ(block.at("transactions").size(), 2u);
    EXPECT_EQ(block.at("transactions").at(0).as_string(), h1.as_string());
    EXPECT_EQ(block.at("transactions").at(1).as_string(), h2.as_string());
    EXPECT_EQ(call("eth_getBlockByHash", "[" + quoted(blockHash) + ", false]"), block);
    EXPECT_EQ(call("eth_getBlockByNumber", R"(["latest", false])"), block);
    EXPECT_EQ(call("eth_getBlockByNumber", R"(["pending", false])"), block);
    EXPECT_TRUE(call("eth_getBlockByNumber", R"(["0x2", false])").is_null());
    EXPECT_TRUE(call("eth_getBlockByHash", "[" + quoted(Hash32{}.hex()) + ", true]").is_null());
    EXPECT_EQ(call("eth_getBlockTransactionCountByNumber", R"(["0x1"])").as_string(), "0x2");
    EXPECT_EQ(call("eth_getBlockTransactionCountByHash", "[" + quoted(blockHash) + "]").as_string(),
              "0x2");
    EXPECT_EQ(call("eth_getBlockTransactionCountByNumber", R"(["0x0"])").as_string(), "0x0");
    EXPECT_TRUE(call("eth_getBlockTransactionCountByNumber", R"(["0x9"])").is_null());

    // The EIP-1559 transaction, mined.
    const Json t1 = call("eth_getTransactionByHash", "[" + quoted(h1.as_string()) + "]");
    EXPECT_EQ(t1.at("hash").as_string(), h1.as_string());
    EXPECT_EQ(t1.at("type").as_string(), "0x2");
    EXPECT_EQ(t1.at("chainId").as_string(), "0x7a69");
    EXPECT_EQ(t1.at("nonce").as_string(), "0x0");
    EXPECT_EQ(t1.at("gas").as_string(), "0x5208");
    EXPECT_EQ(q(t1.at("gasPrice")), price);  // effective price once mined
    EXPECT_EQ(q(t1.at("maxFeePerGas")), tx1.tx.maxFeePerGas);
    EXPECT_EQ(q(t1.at("maxPriorityFeePerGas")), kTip);
    EXPECT_EQ(t1.at("accessList").size(), 0u);
    EXPECT_EQ(EthAddress::parse(t1.at("to").as_string()), kBob);
    EXPECT_EQ(t1.at("from").as_string(), kAccount0);
    EXPECT_EQ(q(t1.at("value")), kFil);
    EXPECT_EQ(t1.at("input").as_string(), "0x");
    EXPECT_EQ(q(t1.at("v")), U256(tx1.sig.recoveryId));
    EXPECT_EQ(t1.at("yParity"), t1.at("v"));
    EXPECT_EQ(q(t1.at("r")), U256::fromBigEndian(tx1.sig.r.view()));
    EXPECT_EQ(q(t1.at("s")), U256::fromBigEndian(tx1.sig.s.view()));
    EXPECT_EQ(t1.at("blockHash").as_string(), blockHash);
    EXPECT_EQ(t1.at("blockNumber").as_string(), "0x1");
    EXPECT_EQ(t1.at("transactionIndex").as_string(), "0x0");

    // The legacy EIP-155 one.
    const Json t2 = call("eth_getTransactionByHash", "[" + quoted(h2.as_string()) + "]");
    EXPECT_EQ(t2.at("type").as_string(), "0x0");
    EXPECT_EQ(t2.at("chainId").as_string(), "0x7a69");
    EXPECT_EQ(q(t2.at("gasPrice")), price);
    EXPECT_FALSE(t2.has_field("maxFeePerGas"));
    EXPECT_FALSE(t2.has_field("yParity"));
    EXPECT_EQ(q(t2.at("v")), U256(31337 * 2 + 35 + tx2.sig.recoveryId));
    EXPECT_EQ(t2.at("from").as_string(), accounts_.at(1).address.toChecksumHex());
    EXPECT_EQ(t2.at("transactionIndex").as_string(), "0x1");
    EXPECT_EQ(call("eth_getTransactionByBlockNumberAndIndex", R"(["0x1", "0x1"])"), t2);
    EXPECT_EQ(call("eth_getTransactionByBlockHashAndIndex", "[" + quoted(blockHash) + R"(,"0x0"])"),
              t1);
    EXPECT_TRUE(call("eth_getTransactionByBlockNumberAndIndex", R"(["0x1", "0x2"])").is_null());

    const Json full = call("eth_getBlockByNumber", R"(["0x1", true])");
    ASSERT_EQ(full.at("transactions").size(), 2u);
    EXPECT_EQ(full.at("transactions").at(0), t1);
    EXPECT_EQ(full.at("transactions").at(1), t2);

    // Receipts.
    const Json r1 = call("eth_getTransactionReceipt", "[" + quoted(h1.as_string()) + "]");
    EXPECT_EQ(r1.at("status").as_string(), "0x1");
    EXPECT_EQ(r1.at("transactionHash").as_string(), h1.as_string());
    EXPECT_EQ(r1.at("transactionIndex").as_string(), "0x0");
    EXPECT_EQ(r1.at("blockHash").as_string(), blockHash);
    EXPECT_EQ(r1.at("blockNumber").as_string(), "0x1");
    EXPECT_EQ(r1.at("from").as_string(), kAccount0);
    EXPECT_EQ(EthAddress::parse(r1.at("to").as_string()), kBob);
    EXPECT_TRUE(r1.at("contractAddress").is_null());
    EXPECT_EQ(r1.at("type").as_string(), "0x2");
    EXPECT_EQ(r1.at("gasUsed").as_string(), "0x5208");
    EXPECT_EQ(r1.at("cumulativeGasUsed").as_string(), "0x5208");
    EXPECT_EQ(q(r1.at("effectiveGasPrice")), price);
    EXPECT_EQ(r1.at("logs").size(), 0u);
    EXPECT_EQ(r1.at("logsBloom").as_string(), toHex(Bytes(256, 0)));
    EXPECT_FALSE(r1.has_field("revertReason"));
    const Json r2 = call("eth_getTransactionReceipt", "[" + quoted(h2.as_string()) + "]");
    EXPECT_EQ(r2.at("type").as_string(), "0x0");
    EXPECT_EQ(r2.at("transactionIndex").as_string(), "0x1");
    EXPECT_EQ(r2.at("cumulativeGasUsed").as_string(), "0xa410");
    const Json receipts = call("eth_getBlockReceipts", R"(["0x1"])");
    ASSERT_EQ(receipts.size(), 2u);
    EXPECT_EQ(receipts.at(0), r1);
    EXPECT_EQ(receipts.at(1), r2);

    EXPECT_TRUE(call("eth_getTransactionByHash", "[" + quoted(Hash32{}.hex()) + "]").is_null());
    EXPECT_TRUE(call("eth_getTransactionReceipt", "[" + quoted(Hash32{}.hex()) + "]").is_null());
}

TEST_F(RpcEth, RejectedTransactionsSayWhy) {
    expectError("eth_sendRawTransaction", rawParam(eip1559(0, kBob, kFil, 0, {}, 21'000, 5)),
                rpc::kServerError, "wrong chain id");
    ASSERT_TRUE(call("eth_sendRawTransaction", rawParam(eip1559(0, kBob, kFil, 0))).is_string());
    expectError("eth_sendRawTransaction", rawParam(eip1559(0, kBob, kFil, 0)), rpc::kServerError,
                "already known");
    mine();
    expectError("eth_sendRawTransaction", rawParam(eip1559(0, kBob, kFil * U256(3), 0)),
                rpc::kServerError, "nonce too low");
    expectError("eth_sendRawTransaction", rawParam(eip1559(0, kBob, kFil, 1, {}, 20'000)),
                rpc::kServerError, "intrinsic gas too low");
    expectError("eth_sendRawTransaction", rawParam(eip1559(0, kBob, kFil * U256(20'000), 1)),
                rpc::kServerError, "insufficient funds");
    expectError("eth_sendRawTransaction", R"(["0x02c0"])", rpc::kInvalidParams,
                "invalid transaction");
    expectError("eth_sendRawTransaction", R"(["0x"])", rpc::kInvalidParams, "invalid transaction");
    expectError("eth_sendRawTransaction", R"(["zz"])", rpc::kInvalidParams, "invalid transaction");
    expectError("eth_sendRawTransaction", R"([])", rpc::kInvalidParams, "missing parameter");
    EXPECT_EQ(call("eth_blockNumber").as_string(), "0x1");
}

// ---------------------------------------------------------------- IPC through eth_

TEST_F(RpcEth, CallsToTheGateway) {
    const std::string getName = toHex(ipc::abi::encodeCall("getNetworkName()", {}));
    const Json out =
        call("eth_call", R"([{"to":")" + kGateway + R"(","data":")" + getName + R"("}, "latest"])");
    const auto decoded = ipc::abi::decodeSingle(
        ipc::abi::Type::parse(protocol::abi_types::kSubnetId), fromHex(out.as_string()));
    EXPECT_EQ(protocol::subnetIdFromAbi(decoded), root_);
    // "input" works like "data"; the block defaults to latest.
    EXPECT_EQ(call("eth_call", R"([{"to":")" + kGateway + R"(","input":")" + getName + "\"}]"),
              out);

    // A plain account has no code: the call returns nothing.
    EXPECT_EQ(call("eth_call", R"([{"to":")" + kBob.hex() + R"(","data":"0x1234"}])").as_string(),
              "0x");

    // A revert: code 3 with the reason, as geth answers.
    const Json e = error("eth_call", R"([{"to":")" + kGateway + R"(","data":"0xdeadbeef"}])");
    EXPECT_EQ(e.at("code").as_integer(), 3);
    EXPECT_EQ(e.at("message").as_string(),
              "execution reverted: unknown function selector 0xdeadbeef");
    // The data is Solidity's Error(string) revert data, so ethers shows the reason.
    EXPECT_EQ(
        e.at("data").as_string(),
        toHex(ipc::abi::encodeCall(
            "Error(string)", {ipc::abi::Value::string("unknown function selector 0xdeadbeef")})));
    EXPECT_EQ(e.at("data").as_string().substr(0, 10), "0x08c379a0");

    // A wallet sending a contract's cross-net message: IPC's custom error as the data (what
    // a client decodes with IPC's ABI), the devnet's words in the message.
    protocol::Envelope env;
    env.kind = protocol::MsgKind::Call;
    env.to = protocol::IpcAddress{child_, kBob};
    env.from = protocol::IpcAddress{root_, EthAddress::parse(kAccount0)};
    env.message = protocol::encodeCallMsg(protocol::CallMsg{Bytes{1, 2, 3, 4}, {}});
    const std::string sendXnet =
        toHex(ipc::abi::encodeCall(protocol::sig::kSendXnet, {protocol::toAbi(env)}));
    for (const char* method : {"eth_call", "eth_estimateGas"}) {
        const Json x = error(method, R"([{"from":")" + kAccount0 + R"(","to":")" + kGateway +
                                         R"(","data":")" + sendXnet + "\"}]");
        EXPECT_EQ(x.at("message").as_string().rfind(
                      "execution reverted: InvalidXnetMessage(Sender): only contracts", 0),
                  0u)
            << x.at("message").as_string();
        EXPECT_EQ(x.at("data").as_string(),
                  toHex(ipc::abi::encodeCall("InvalidXnetMessage(uint8)",
                                             {ipc::abi::Value::uint(0)})));  // Sender
    }

    // A state-changing call is simulated on copies: fund answers, nothing changes.
    const std::string fund = toHex(fundData(kBob));
    const Json gatewayBefore = call("eth_getBalance", "[" + quoted(kGateway) + "]");
    EXPECT_EQ(call("eth_call", R"([{"from":")" + kAccount0 + R"(","to":")" + kGateway +
                                   R"(","value":"0xde0b6b3a7640000","data":")" + fund + "\"}]")
                  .as_string(),
              "0x");
    EXPECT_EQ(call("eth_getBalance", "[" + quoted(kGateway) + "]"), gatewayBefore);
    EXPECT_EQ(q(call("eth_getBalance", "[" + quoted(kAccount0) + "]")), kFil * U256(10'000));
    const Json topDown =
        call("eth_call", R"([{"to":")" + kGateway + R"(","data":")" +
                             toHex(ipc::abi::encodeCall("getTopDownNonce((uint64,address[]))",
                                                        {protocol::toAbi(child_)})) +
                             "\"}]");
    EXPECT_EQ(U256::fromBigEndian(ByteView(fromHex(topDown.as_string())).subspan(32, 32)), U256(0));
    expectError(
        "eth_call",
        R"([{"from":")" + kAccount0 + R"(","to":")" + kGateway + R"(","data":")" + fund + "\"}]", 3,
        "execution reverted: ");
    expectError("eth_call", R"([{"to":")" + kGateway + R"(","data":"0x", "gas": "0x1"}])",
                rpc::kServerError, "out of gas");
    // A creation whose initcode reverts: code 3, as a reverted call.
    expectError("eth_call", R"([{"data":"0x60006000fd"}])", 3, "execution reverted");
    expectError("eth_call", R"([{"to":"0x12"}])", rpc::kInvalidParams, "invalid to");
    expectError("eth_call", R"([{"to":")" + kGateway + R"(","data":"0x12","input":"0x34"}])",
                rpc::kInvalidParams, "both input and data");
    expectError("eth_call", R"(["0x12"])", rpc::kInvalidParams, "call object");
}

TEST_F(RpcEth, EstimateGas) {
    EXPECT_EQ(call("eth_estimateGas", R"([{"from":")" + kAccount0 + R"(","to":")" + kBob.hex() +
                                          R"(","value":"0x1"}])")
                  .as_string(),
              "0x5208");
    const Bytes fund = fundData(kBob);
    const Json gas =
        call("eth_estimateGas", R"([{"from":")" + kAccount0 + R"(","to":")" + kGateway +
                                    R"(","value":"0x1","data":")" + toHex(fund) + "\"}]");
    EXPECT_EQ(q(gas), U256(chain::intrinsicGas(fund) + protocol::IpcGas::kFund));
    // fund without value reverts: geth's -32000 "execution reverted: …".
    const Json e = error("eth_estimateGas", R"([{"from":")" + kAccount0 + R"(","to":")" + kGateway +
                                                R"(","data":")" + toHex(fund) + "\"}]");
    EXPECT_EQ(e.at("code").as_integer(), rpc::kServerError);
    EXPECT_EQ(e.at("message").as_string().rfind("execution reverted: ", 0), 0u)
        << e.at("message").as_string();
    expectError("eth_estimateGas", R"([{"to":")" + kGateway + R"(","data":"0xdeadbeef"}])",
                rpc::kServerError, "execution reverted: unknown function selector");
    expectError(
        "eth_estimateGas",
        R"([{"from":")" + kBob.hex() + R"(","to":")" + kCarol.hex() + R"(","value":"0x1"}])",
        rpc::kServerError, "insufficient funds for transfer");
    expectError("eth_estimateGas", R"([{"to":")" + kBob.hex() + R"(","gas":"0x5207"}])",
                rpc::kServerError, "gas required exceeds allowance (20999)");
}

TEST_F(RpcEth, FundEmitsNewTopDownMessageFoundByGetLogs) {
    const Bytes data = fundData(kBob);
    const std::uint64_t gas = chain::intrinsicGas(data) + protocol::IpcGas::kFund;
    const auto tx = eip1559(2, protocol::gatewayAddress(), kFil * U256(2), 0, data, gas);
    const std::string hash = call("eth_sendRawTransaction", rawParam(tx)).as_string();
    mine();
    mine();  // a later empty block, outside the log's block

    const Json receipt = call("eth_getTransactionReceipt", "[" + quoted(hash) + "]");
    ASSERT_EQ(receipt.at("status").as_string(), "0x1");
    ASSERT_EQ(receipt.at("logs").size(), 1u);
    const Json log = receipt.at("logs").at(0);
    const Hash32 topic0 = keccak256(protocol::events::kNewTopDownMessage);
    Hash32 actorWord;
    const EthAddress actor = *child_.actor();  // actor() returns a temporary
    std::copy(actor.view().begin(), actor.view().end(), actorWord.bytes.begin() + 12);
    EXPECT_EQ(EthAddress::parse(log.at("address").as_string()), protocol::gatewayAddress());
    ASSERT_EQ(log.at("topics").size(), 3u);
    EXPECT_EQ(log.at("topics").at(0).as_string(), topic0.hex());
    EXPECT_EQ(log.at("topics").at(1).as_string(), actorWord.hex());
    EXPECT_EQ(log.at("transactionHash").as_string(), hash);
    EXPECT_EQ(log.at("blockNumber").as_string(), "0x1");
    EXPECT_EQ(log.at("blockHash").as_string(), receipt.at("blockHash").as_string());
    EXPECT_EQ(log.at("logIndex").as_string(), "0x0");
    EXPECT_EQ(log.at("transactionIndex").as_string(), "0x0");
    EXPECT_FALSE(log.at("removed").as_bool());
    const protocol::Envelope env = protocol::envelopeFromAbi(
        ipc::abi::decodeSingle(ipc::abi::Type::parse(protocol::abi_types::kEnvelope),
                               fromHex(log.at("data").as_string())));
    EXPECT_EQ(env.value, kFil * U256(2));
    EXPECT_EQ(env.to.raw, kBob);
    EXPECT_EQ(env.to.subnet, child_);
    EXPECT_EQ(log.at("topics").at(2).as_string(), protocol::tracingId(env).hex());
    const std::string bloom = receipt.at("logsBloom").as_string();
    EXPECT_TRUE(bloomHas(bloom, protocol::gatewayAddress().view()));
    EXPECT_TRUE(bloomHas(bloom, topic0.view()));
    EXPECT_TRUE(bloomHas(bloom, actorWord.view()));
    EXPECT_FALSE(bloomHas(bloom, kBob.view()));
    const Json block = call("eth_getBlockByNumber", R"(["0x1", false])");
    EXPECT_EQ(block.at("logsBloom").as_string(), bloom);

    // The gateway holds the funded value.
    EXPECT_EQ(q(call("eth_getBalance", "[" + quoted(kGateway) + "]")) >= kFil * U256(2), true);

    const std::string t0 = quoted(topic0.hex());
    const std::string range = R"("fromBlock":"0x0","toBlock":"latest")";
    auto logs = [&](const std::string& filter) {
        return call("eth_getLogs", "[{" + filter + "}]");
    };
    const Json found = logs(range + R"(,"topics":[)" + t0 + "]");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found.at(0), log);
    EXPECT_EQ(logs(range + R"(,"address":")" + kGateway + R"(","topics":[)" + t0 + "," +
                   quoted(actorWord.hex()) + "]")
                  .size(),
              1u);
    EXPECT_EQ(logs(range + R"(,"address":[")" + kBob.hex() + R"(",")" + kGateway + R"("])").size(),
              1u);
    EXPECT_EQ(logs(range + R"(,"topics":[null,[)" + quoted(Hash32{}.hex()) + "," +
                   quoted(actorWord.hex()) + "]]")
                  .size(),
              1u);
    EXPECT_EQ(logs(range + R"(,"topics":[[)" + t0 + "]]").size(), 1u);
    EXPECT_EQ(logs(range + R"(,"topics":[null,null,null,null])").size(), 0u);  // 3 topics only
    EXPECT_EQ(logs(range + R"(,"topics":[)" + quoted(Hash32{}.hex()) + "]").size(), 0u);
    EXPECT_EQ(logs(range + R"(,"address":")" + kBob.hex() + "\"").size(), 0u);
    EXPECT_EQ(logs(R"("topics":[)" + t0 + "]").size(), 0u);  // default: the latest block only
    EXPECT_EQ(logs(R"("fromBlock":"0x1","toBlock":"0x1")").size(), 1u);
    EXPECT_EQ(logs(R"("fromBlock":"0x2","toBlock":"0x2")").size(), 0u);
    EXPECT_EQ(logs(R"("fromBlock":"0x5","toBlock":"0x9")").size(), 0u);  // beyond the head
    EXPECT_EQ(logs(R"("blockHash":")" + block.at("hash").as_string() + "\"").size(), 1u);
    EXPECT_EQ(logs(R"("fromBlock":"earliest","toBlock":"pending")").size(), 1u);

    expectError("eth_getLogs", R"([{"fromBlock":"0x2","toBlock":"0x1"}])", rpc::kInvalidParams,
                "invalid block range");
    expectError("eth_getLogs", R"([{"blockHash":")" + Hash32{}.hex() + R"(","fromBlock":"0x1"}])",
                rpc::kInvalidParams, "cannot be combined");
    expectError("eth_getLogs", R"([{"blockHash":")" + Hash32{}.hex() + R"("}])", rpc::kServerError,
                "unknown block");
    expectError("eth_getLogs", R"([{"topics":[null,null,null,null,null]}])", rpc::kInvalidParams,
                "at most 4");
    expectError("eth_getLogs", R"([{"topics":"0x12"}])", rpc::kInvalidParams, "invalid topics");
    expectError("eth_getLogs", R"([{"address":"0x12"}])", rpc::kInvalidParams, "invalid address");
    expectError("eth_getLogs", R"([{"fromBlock":"next"}])", rpc::kInvalidParams, "fromBlock");
    expectError("eth_getLogs", R"([])", rpc::kInvalidParams, "missing parameter");
}

TEST_F(RpcEth, FailedTransactionsHaveStatusZeroAndTheirReason) {
    // fund without value is admitted (admission does not execute) and fails when mined.
    const Bytes data = fundData(kBob);
    const std::uint64_t gas = chain::intrinsicGas(data) + protocol::IpcGas::kFund;
    const auto tx = eip1559(0, protocol::gatewayAddress(), U256(0), 0, data, gas);
    const std::string hash = call("eth_sendRawTransaction", rawParam(tx)).as_string();
    mine();
    const Json r = call("eth_getTransactionReceipt", "[" + quoted(hash) + "]");
    EXPECT_EQ(r.at("status").as_string(), "0x0");
    EXPECT_EQ(q(r.at("gasUsed")), U256(gas));  // charged all the same
    EXPECT_EQ(r.at("logs").size(), 0u);
    EXPECT_FALSE(r.at("revertReason").as_string().empty());
    // The same reason eth_estimateGas gave before sending.
    const Json e = error("eth_estimateGas", R"([{"from":")" + kAccount0 + R"(","to":")" + kGateway +
                                                R"(","data":")" + toHex(data) + "\"}]");
    EXPECT_EQ(e.at("message").as_string(),
              "execution reverted: " + r.at("revertReason").as_string());
    EXPECT_EQ(call("eth_getTransactionCount", "[" + quoted(kAccount0) + "]").as_string(), "0x1");
}

TEST_F(RpcEth, LogQueriesAreCappedAtTenThousandBlocks) {
    mine(10'000);
    EXPECT_EQ(call("eth_blockNumber").as_string(), "0x2710");
    EXPECT_EQ(call("eth_getLogs", R"([{"fromBlock":"0x1","toBlock":"latest"}])").size(), 0u);
    expectError("eth_getLogs", R"([{"fromBlock":"earliest","toBlock":"latest"}])",
                rpc::kInvalidParams, "block range too large: 10001 blocks, at most 10000");
}

// ---------------------------------------------------------------- JSON-RPC 2.0

TEST_F(RpcEth, MalformedRequests) {
    const Json parse = Json::parse(raw(R"({"jsonrpc":"2.0","id":1,"method":)"));
    EXPECT_EQ(parse.at("error").at("code").as_integer(), rpc::kParseError);
    EXPECT_TRUE(parse.at("id").is_null());

    const Json notObject = Json::parse(raw(R"("eth_chainId")"));
    EXPECT_EQ(notObject.at("error").at("code").as_integer(), rpc::kInvalidRequest);
    const Json version = Json::parse(raw(R"({"jsonrpc":"1.0","id":3,"method":"eth_chainId"})"));
    EXPECT_EQ(version.at("error").at("code").as_integer(), rpc::kInvalidRequest);
    EXPECT_EQ(version.at("id").as_integer(), 3);
    const Json noMethod = Json::parse(raw(R"({"jsonrpc":"2.0","id":3})"));
    EXPECT_EQ(noMethod.at("error").at("code").as_integer(), rpc::kInvalidRequest);
    const Json emptyBatch = Json::parse(raw("[]"));
    EXPECT_EQ(emptyBatch.at("error").at("code").as_integer(), rpc::kInvalidRequest);

    expectError("eth_chainld", "[]", rpc::kMethodNotFound, "eth_chainld");
    expectError("ipc_listSubnets", "[]", rpc::kMethodNotFound, "does not exist");
    expectError("eth_getBalance", "[42]", rpc::kInvalidParams, "invalid address");
    expectError("eth_getBalance", "[]", rpc::kInvalidParams, "missing parameter 0");
    expectError("eth_getBalance", R"(["0xf39fd6e51aad88f6f4ce6ab8827279cfffb9226"])",
                rpc::kInvalidParams, "invalid address");
    expectError("eth_getBlockByNumber", "[]", rpc::kInvalidParams, "missing parameter 0");
    expectError("eth_getBlockByNumber", R"(["0x0", "yes"])", rpc::kInvalidParams,
                "full transactions");
    expectError("eth_getBlockByHash", R"(["0x1234", false])", rpc::kInvalidParams,
                "invalid block hash");
    expectError("eth_getTransactionByHash", R"([1])", rpc::kInvalidParams, "invalid hash");
    expectError("web3_sha3", R"(["hello"])", rpc::kInvalidParams, "invalid data");
}

TEST_F(RpcEth, BatchesAndNotifications) {
    const std::string body =
        R"([{"jsonrpc":"2.0","id":1,"method":"eth_chainId"},
            {"jsonrpc":"2.0","id":"two","method":"eth_nope"},
            {"jsonrpc":"2.0","method":"eth_blockNumber"},
            42,
            {"jsonrpc":"2.0","id":4,"method":"eth_getBalance","params":["0x1"]},
            {"jsonrpc":"2.0","id":5,"method":"net_version"}])";
    const Json out = Json::parse(raw(body));
    ASSERT_TRUE(out.is_array());
    ASSERT_EQ(out.size(), 5u);  // the notification gets no answer
    EXPECT_EQ(out.at(0).at("id").as_integer(), 1);
    EXPECT_EQ(out.at(0).at("result").as_string(), "0x7a69");
    EXPECT_EQ(out.at(1).at("id").as_string(), "two");
    EXPECT_EQ(out.at(1).at("error").at("code").as_integer(), rpc::kMethodNotFound);
    EXPECT_TRUE(out.at(2).at("id").is_null());
    EXPECT_EQ(out.at(2).at("error").at("code").as_integer(), rpc::kInvalidRequest);
    EXPECT_EQ(out.at(3).at("id").as_integer(), 4);
    EXPECT_EQ(out.at(3).at("error").at("code").as_integer(), rpc::kInvalidParams);
    EXPECT_EQ(out.at(4).at("result").as_string(), "31337");

    EXPECT_EQ(raw(R"({"jsonrpc":"2.0","method":"eth_chainId"})"), "");
    EXPECT_EQ(raw(R"([{"jsonrpc":"2.0","method":"eth_chainId"},
                      {"jsonrpc":"2.0","method":"eth_nope"}])"),
              "");
    // A notification still acts: the transaction is queued.
    const auto tx = eip1559(0, kBob, kFil, 0);
    EXPECT_EQ(
        raw(R"({"jsonrpc":"2.0","method":"eth_sendRawTransaction","params":)" + rawParam(tx) + "}"),
        "");
    EXPECT_EQ(
        call("eth_getTransactionCount", "[" + quoted(kAccount0) + R"(,"pending"])").as_string(),
        "0x1");
}

TEST_F(RpcEth, HugeBodiesAreRejected) {
    rpc::DispatcherLimits limits;
    limits.maxBodyBytes = 1024;
    rpc::Dispatcher small(*devnet_, root_, table_, limits);
    const std::string huge = R"({"jsonrpc":"2.0","id":1,"method":"web3_sha3","params":["0x)" +
                             std::string(2000, 'a') + "\"]}";
    const Json r = Json::parse(small.handle(huge));
    EXPECT_EQ(r.at("error").at("code").as_integer(), rpc::kInvalidRequest);
    EXPECT_NE(r.at("error").at("message").as_string().find("larger than 1024"), std::string::npos);
    // The default limit (5 MiB) as well.
    const std::string tooBig = R"({"jsonrpc":"2.0","id":1,"method":"web3_sha3","params":["0x)" +
                               std::string(6 * 1024 * 1024, 'a') + "\"]}";
    EXPECT_EQ(Json::parse(raw(tooBig)).at("error").at("code").as_integer(), rpc::kInvalidRequest);
}

// handleAsync (what the HTTP server uses): an eth_sendRawTransaction request does not hold the
// caller while the engine admits it; its answer arrives on the engine thread and is exactly what
// handle() gives. Everything else is answered before handleAsync returns.
TEST_F(RpcEth, AsyncAnswersAreTheWaitingAnswers) {
    struct Answer {
        std::string body;
        std::thread::id thread;
        bool beforeReturn = false;
    };
    const auto ask = [&](const std::string& body) {
        auto promise = std::make_shared<std::promise<Answer>>();
        auto future = promise->get_future();
        auto returned = std::make_shared<std::atomic<bool>>(false);
        rpc_->handleAsync(body, [promise, returned](std::string answer) {
            promise->set_value(Answer{std::move(answer), std::this_thread::get_id(), !*returned});
        });
        *returned = true;
        return future.get();
    };
    const auto request = [](const std::string& method, const std::string& params) {
        return R"({"jsonrpc":"2.0","id":9,"method":")" + method + R"(","params":)" + params + "}";
    };
    const auto tx0 = eip1559(0, kBob, kFil, 0);

    // Admitted on the engine thread, answered with the transaction hash.
    const Answer sent = ask(request("eth_sendRawTransaction", rawParam(tx0)));
    EXPECT_NE(sent.thread, std::this_thread::get_id());
    const Json r = Json::parse(sent.body);
    EXPECT_EQ(r.at("id").as_integer(), 9);
    EXPECT_EQ(r.at("result").as_string(), keccak256(chain::encode(tx0)).hex());
    EXPECT_EQ(
        call("eth_getTransactionCount", "[" + quoted(kAccount0) + R"(,"pending"])").as_string(),
        "0x1");

    // Rejections from the engine carry the same code and message as the waiting path.
    const Answer again = ask(request("eth_sendRawTransaction", rawParam(tx0)));
    EXPECT_EQ(Json::parse(again.body).at("error").at("code").as_integer(), rpc::kServerError);
    EXPECT_EQ(again.body, raw(request("eth_sendRawTransaction", rawParam(tx0))));
    mine();
    const std::string stale = request("eth_sendRawTransaction", rawParam(tx0));
    EXPECT_NE(ask(stale).body.find("nonce too low"), std::string::npos);
    EXPECT_EQ(ask(stale).body, raw(stale));

    // Bad parameters never reach the engine: answered at once, as handle() answers them.
    for (const std::string& bad :
         {request("eth_sendRawTransaction", R"(["0x02c0"])"),
          request("eth_sendRawTransaction", "[]"), std::string("{not json"),
          request("eth_chainId", "[]"), request("eth_nope", "[]"),
          std::string(R"([{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}])")}) {
        const Answer a = ask(bad);
        EXPECT_TRUE(a.beforeReturn) << bad;
        EXPECT_EQ(a.thread, std::this_thread::get_id()) << bad;
        EXPECT_EQ(a.body, raw(bad)) << bad;
    }

    // A notification acts and gets no answer.
    const auto tx1 = eip1559(0, kBob, kFil, 1);
    EXPECT_EQ(
        ask(R"({"jsonrpc":"2.0","method":"eth_sendRawTransaction","params":)" + rawParam(tx1) + "}")
            .body,
        "");
    EXPECT_EQ(
        call("eth_getTransactionCount", "[" + quoted(kAccount0) + R"(,"pending"])").as_string(),
        "0x2");
}

}  // namespace
