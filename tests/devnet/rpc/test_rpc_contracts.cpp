// Contracts over JSON-RPC on the "single" template started paused: deployment and calls by
// eth_sendRawTransaction, receipts (contractAddress, status 0 with revert data), eth_call and
// eth_estimateGas on the EVM with geth's error shapes, eth_getCode / eth_getStorageAt, logs and
// the polling filters, a contract reading the gateway's getters, and the debug_trace* methods
// with geth's three tracers.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "ipc/core/chain/transaction.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/evm/executor.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"
#include "ipc/devnet/rpc/rpc.h"
#include "support/contract_fixtures.h"

using namespace ipc;
using namespace ipc::devnet;
using rpc::Json;

namespace {

const std::string kGateway = "0x77aa40b105843728088c0132e43fc44348881da8";

// Runtime: v = calldata[0:32]; v == 0 reverts with the single byte 0xde; otherwise
// sstore(0, v) and LOG1(topic 0x77, data v).
const Bytes kStoreRuntime = {
    0x60, 0x00, 0x35, 0x80, 0x15, 0x60, 0x17, 0x57, 0x80, 0x60, 0x00, 0x55,
    0x60, 0x00, 0x52, 0x60, 0x77, 0x60, 0x20, 0x60, 0x00, 0xa1, 0x00, 0x5b,
    0x60, 0xde, 0x60, 0x00, 0x53, 0x60, 0x01, 0x60, 0x00, 0xfd,
};

Bytes deployCode(const Bytes& runtime) {
    // codecopy(0, 0x0b, size); return(0, size), then the runtime. Sized once: GCC 12's
    // -Warray-bounds misreads an insert into the short prefix vector.
    const std::uint8_t prefix[] = {0x60, static_cast<std::uint8_t>(runtime.size()),
                                   0x80, 0x60,
                                   0x0b, 0x60,
                                   0x00, 0x39,
                                   0x60, 0x00,
                                   0xf3};
    Bytes init(sizeof prefix + runtime.size());
    std::copy(std::begin(prefix), std::end(prefix), init.begin());
    std::copy(runtime.begin(), runtime.end(), init.begin() + sizeof prefix);
    return init;
}

// Runtime: STATICCALL `target` with this call's calldata; return or revert with its output.
Bytes forwarderRuntime(const EthAddress& target) {
    // calldatacopy(0, 0, cds); staticcall(gas, target, 0, cds, 0, 0); returndatacopy(0, 0, rds);
    // success ? return(0, rds) : revert(0, rds) (the return path's JUMPDEST is at 0x31).
    return fromHex("3660006000376000600036600073" + target.bytes().hex(false) +
                   "5afa3d600060003e6031573d6000fd5b3d6000f3");
}

// Runtime: no calldata returns sload(0); otherwise sstore(0, calldata[0:32]).
const Bytes kCounterRuntime = fromHex(
    "36600f57600054600052602060"
    "00f35b60003560005500");

std::string word(std::uint64_t v) {
    Bytes b(32, 0);
    for (int i = 0; i < 8; ++i)
        b[31 - static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(v >> (8 * i));
    return toHex(b);
}

std::string quoted(const std::string& s) {
    return "\"" + s + "\"";
}

class RpcContracts : public ::testing::Test {
protected:
    void SetUp() override {
        DevnetOptions o;
        o.paused = true;
        devnet_ = Devnet::start(builtinTemplate("single"), o);
        rpc::addEthMethods(table_);
        rpc::addDebugMethods(table_);
        root_ = devnet_->view()->subnets.at(0).id;
        accounts_ = engine(*devnet_).post([](Hierarchy& h) { return h.accounts(); }).get();
        rpc_ = std::make_unique<rpc::Dispatcher>(*devnet_, root_, table_);
    }

    Json respond(const std::string& method, const std::string& params) {
        return Json::parse(rpc_->handle(R"({"jsonrpc":"2.0","id":7,"method":")" + method +
                                        R"(","params":)" + params + "}"));
    }
    Json call(const std::string& method, const std::string& params = "[]") {
        const Json r = respond(method, params);
        if (r.has_field("error")) {
            ADD_FAILURE() << method << params << " failed: " << r.at("error").serialize();
            return Json::null();
        }
        return r.at("result");
    }
    Json error(const std::string& method, const std::string& params) {
        const Json r = respond(method, params);
        if (!r.has_field("error")) {
            ADD_FAILURE() << method << params << " succeeded: " << r.serialize();
            return Json::parse(R"({"code":0,"message":""})");
        }
        return r.at("error");
    }
    void mine() {
        engine(*devnet_).post([this](Hierarchy& h) { h.mine(root_, 1); }).get();
    }
    std::string from(std::size_t i) const { return accounts_.at(i).address.toChecksumHex(); }

    // Signs and sends an EIP-1559 transaction from account `i`; returns its hash.
    std::string send(std::size_t i, std::optional<EthAddress> to, const Bytes& data,
                     std::uint64_t gas, chain::TxType type = chain::TxType::Eip1559) {
        chain::Transaction tx;
        tx.type = type;
        tx.chainId = 31337;
        tx.nonce =
            U256::parse(call("eth_getTransactionCount", "[" + quoted(from(i)) + ",\"pending\"]")
                            .as_string())
                .toUint64();
        tx.maxPriorityFeePerGas = U256(1);
        tx.maxFeePerGas = U256(4'000'000'000ULL);
        tx.gasPrice = U256(4'000'000'000ULL);
        tx.gasLimit = gas;
        tx.to = to;
        tx.data = data;
        const auto stx = chain::sign(tx, accounts_.at(i).key);
        return call("eth_sendRawTransaction", "[" + quoted(toHex(chain::encode(stx))) + "]")
            .as_string();
    }
    Json receipt(const std::string& hash) {
        return call("eth_getTransactionReceipt", "[" + quoted(hash) + "]");
    }
    EthAddress deploy(const Bytes& runtime) {
        const std::string h = send(0, std::nullopt, deployCode(runtime), 200'000);
        mine();
        const Json r = receipt(h);
        EXPECT_EQ(r.at("status").as_string(), "0x1");
        return EthAddress::parse(r.at("contractAddress").as_string());
    }

    std::unique_ptr<Devnet> devnet_;
    rpc::MethodTable table_;
    SubnetId root_;
    std::vector<NamedAccount> accounts_;
    std::unique_ptr<rpc::Dispatcher> rpc_;
};

}  // namespace

// A linked project's custom errors are named in eth_call and eth_estimateGas errors; before it
// is linked they are raw. The runtime reverts with its calldata.
TEST_F(RpcContracts, ALinkedProjectNamesCustomErrors) {
    const EthAddress echo =
        deploy(fromHex("0x3660006000373660"
                       "00fd"));
    const Bytes data =
        ipc::abi::encodeCall("InsufficientBalance(uint256,uint256)",
                             {ipc::abi::Value::uint(U256(3)), ipc::abi::Value::uint(U256(10))});
    const std::string req = R"([{"to":")" + echo.hex() + R"(","data":")" + toHex(data) + "\"}]";
    EXPECT_EQ(error("eth_call", req).at("message").as_string(),
              "execution reverted: unrecognized custom error (return data: " + toHex(data) + ")");
    const auto linked =
        devnet_->ask(LinkContractsCommand{std::string(IPC_FIXTURES_DIR) + "/artifacts/hardhat"})
            .get();
    EXPECT_EQ(linked.contracts.size(), 4u);
    const Json e = error("eth_call", req);
    EXPECT_EQ(e.at("code").as_integer(), 3);
    EXPECT_EQ(e.at("message").as_string(),
              "execution reverted: custom error 'InsufficientBalance(3, 10)'");
    EXPECT_EQ(e.at("data").as_string(), toHex(data));
    EXPECT_EQ(error("eth_estimateGas", req).at("message").as_string(),
              "execution reverted: custom error 'InsufficientBalance(3, 10)'");
}

TEST_F(RpcContracts, DeployCallStorageAndLogs) {
    const EthAddress c = deploy(kStoreRuntime);
    const std::string ca = quoted(c.hex());
    EXPECT_EQ(call("eth_getCode", "[" + ca + ",\"latest\"]").as_string(), toHex(kStoreRuntime));
    // eth_call runs the code without changing anything.
    const std::string callObj = R"({"to":)" + ca + R"(,"data":")" + word(0x42) + "\"}";
    EXPECT_EQ(call("eth_call", "[" + callObj + ",\"latest\"]").as_string(), "0x");
    EXPECT_EQ(call("eth_getStorageAt", "[" + ca + ",\"0x0\",\"latest\"]").as_string(), word(0));

    const std::string h = send(1, c, fromHex(word(0x42)), 100'000);
    mine();
    const Json r = receipt(h);
    EXPECT_EQ(r.at("status").as_string(), "0x1");
    EXPECT_TRUE(r.at("contractAddress").is_null());
    EXPECT_EQ(call("eth_getStorageAt", "[" + ca + ",\"0x0\",\"latest\"]").as_string(), word(0x42));
    EXPECT_EQ(call("eth_getStorageAt", "[" + ca + "," + quoted(word(0)) + "]").as_string(),
              word(0x42));
    ASSERT_EQ(r.at("logs").size(), 1u);
    EXPECT_EQ(r.at("logs").at(0).at("data").as_string(), word(0x42));
    const Json logs = call("eth_getLogs", R"([{"fromBlock":"0x0","address":)" + ca +
                                              R"(,"topics":[")" + word(0x77) + "\"]}]");
    ASSERT_EQ(logs.size(), 1u);
    EXPECT_EQ(logs.at(0).at("transactionHash").as_string(), h);
    EXPECT_EQ(
        call("eth_getLogs", R"([{"fromBlock":"0x0","topics":[")" + word(0x78) + "\"]}]").size(),
        0u);
    // Block 1 (the deployment) still has the slot unset.
    EXPECT_EQ(call("eth_getStorageAt", "[" + ca + ",\"0x0\",\"0x1\"]").as_string(), word(0));
}

// eth_call's console.log lines reach the event stream (`ipc-devnet up` prints them), with the
// block the call ran on; reverted calls print too, and a call that prints nothing publishes
// nothing. The contract is tests/contracts/ConsoleLog.sol.
TEST_F(RpcContracts, EthCallsPublishWhatTheyLogged) {
    std::mutex m;
    std::vector<ConsoleEvent> printed;
    EventBus::Subscription sub = engine(*devnet_)
                                     .post([&](Hierarchy& h) {
                                         return h.events().subscribe([&](const Event& e) {
                                             std::lock_guard lock(m);
                                             if (const auto* c = std::get_if<ConsoleEvent>(&e))
                                                 printed.push_back(*c);
                                         });
                                     })
                                     .get();
    const std::string deployment =
        send(0, std::nullopt, ipc::testing_support::contractFixture("ConsoleLog"), 2'000'000);
    mine();
    const std::string c = receipt(deployment).at("contractAddress").as_string();
    const std::string hello =
        toHex(ipc::abi::encodeCall("hello(uint256)", {ipc::abi::Value::uint(4)}));
    EXPECT_EQ(call("eth_call", R"([{"to":")" + c + R"(","data":")" + hello + R"("}])").as_string(),
              "0x");
    const Json reverted = error(
        "eth_call",
        R"([{"to":")" + c + R"(","data":")" +
            toHex(ipc::abi::encodeCall("failing(uint256)", {ipc::abi::Value::uint(7)})) + R"("}])");
    EXPECT_EQ(reverted.at("message").as_string(), "execution reverted: n must be zero");
    // Reading the counter prints nothing.
    call("eth_call", R"([{"to":")" + c + R"(","data":")" +
                         toHex(ipc::abi::encodeCall("counter()", {})) + R"("}])");

    std::lock_guard lock(m);
    ASSERT_EQ(printed.size(), 2u);
    EXPECT_EQ(printed[0].subnet, root_);
    EXPECT_EQ(printed[0].call, "eth_call");
    ASSERT_TRUE(printed[0].to.has_value());
    EXPECT_EQ(*printed[0].to, EthAddress::parse(c));
    EXPECT_EQ(printed[0].height, 1u);
    ASSERT_EQ(printed[0].lines.size(), 6u);
    EXPECT_EQ(printed[0].lines[0], "counter is now 4");
    EXPECT_EQ(printed[1].lines, (std::vector<std::string>{"about to fail with 7"}));
    // eth_call changed nothing: the counter is still 0.
    EXPECT_EQ(call("eth_getStorageAt", "[" + quoted(c) + ",\"0x0\"]").as_string(), word(0));
}

TEST_F(RpcContracts, RevertsAnswerCodeThreeAndFailedTransactionsKeepTheData) {
    const EthAddress c = deploy(kStoreRuntime);
    const std::string callObj = R"({"to":")" + c.hex() + R"(","data":")" + word(0) + "\"}";
    const Json e = error("eth_call", "[" + callObj + "]");
    EXPECT_EQ(e.at("code").as_integer(), 3);
    EXPECT_EQ(e.at("message").as_string(), "execution reverted (return data: 0xde)");
    EXPECT_EQ(e.at("data").as_string(), "0xde");
    const Json est = error("eth_estimateGas", "[" + callObj + "]");
    EXPECT_EQ(est.at("code").as_integer(), 3);
    EXPECT_EQ(est.at("data").as_string(), "0xde");

    const std::string nonceBefore =
        call("eth_getTransactionCount", "[" + quoted(from(1)) + "]").as_string();
    const std::string h = send(1, c, fromHex(word(0)), 80'000, chain::TxType::Eip2930);
    mine();
    const Json r = receipt(h);
    EXPECT_EQ(r.at("status").as_string(), "0x0");
    EXPECT_EQ(r.at("type").as_string(), "0x1");
    EXPECT_EQ(r.at("logs").size(), 0u);
    EXPECT_EQ(r.at("revertReason").as_string(), "execution reverted (return data: 0xde)");
    EXPECT_EQ(call("eth_getStorageAt", "[\"" + c.hex() + "\",\"0x0\"]").as_string(), word(0));
    EXPECT_NE(call("eth_getTransactionCount", "[" + quoted(from(1)) + "]").as_string(),
              nonceBefore);
}

TEST_F(RpcContracts, EstimateGasIsEnoughAndTight) {
    const EthAddress c = deploy(kStoreRuntime);
    const std::string obj =
        R"({"from":")" + from(1) + R"(","to":")" + c.hex() + R"(","data":")" + word(7) + "\"}";
    const std::uint64_t gas =
        U256::parse(call("eth_estimateGas", "[" + obj + "]").as_string()).toUint64();
    // One less than the estimate fails (out of gas on the 20000-gas SSTORE).
    const std::string lower = R"({"from":")" + from(1) + R"(","to":")" + c.hex() + R"(","gas":")" +
                              U256(gas - 1).toQuantityHex() + R"(","data":")" + word(7) + "\"}";
    EXPECT_EQ(error("eth_call", "[" + lower + "]").at("code").as_integer(), rpc::kServerError);
    const std::string h = send(1, c, fromHex(word(7)), gas);
    mine();
    EXPECT_EQ(receipt(h).at("status").as_string(), "0x1");
    EXPECT_EQ(U256::parse(receipt(h).at("gasUsed").as_string()).toUint64(), gas);
    // A creation estimate is enough to deploy.
    const std::string create =
        R"({"from":")" + from(2) + R"(","data":")" + toHex(deployCode(kStoreRuntime)) + "\"}";
    const std::uint64_t createGas =
        U256::parse(call("eth_estimateGas", "[" + create + "]").as_string()).toUint64();
    const std::string d = send(2, std::nullopt, deployCode(kStoreRuntime), createGas);
    mine();
    EXPECT_EQ(receipt(d).at("status").as_string(), "0x1");
}

TEST_F(RpcContracts, PollingFilters) {
    const EthAddress c = deploy(kStoreRuntime);
    const std::string logFilter =
        call("eth_newFilter", R"([{"address":")" + c.hex() + "\"}]").as_string();
    const std::string blockFilter = call("eth_newBlockFilter").as_string();
    EXPECT_EQ(call("eth_getFilterChanges", "[" + quoted(logFilter) + "]").size(), 0u);
    send(1, c, fromHex(word(1)), 100'000);
    mine();
    send(1, c, fromHex(word(2)), 100'000);
    mine();
    const Json changes = call("eth_getFilterChanges", "[" + quoted(logFilter) + "]");
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes.at(0).at("data").as_string(), word(1));
    EXPECT_EQ(changes.at(1).at("data").as_string(), word(2));
    EXPECT_EQ(call("eth_getFilterChanges", "[" + quoted(logFilter) + "]").size(), 0u);
    // eth_getFilterLogs runs the filter's own range: fromBlock defaults to latest, as in geth.
    EXPECT_EQ(call("eth_getFilterLogs", "[" + quoted(logFilter) + "]").size(), 1u);
    const Json blocks = call("eth_getFilterChanges", "[" + quoted(blockFilter) + "]");
    ASSERT_EQ(blocks.size(), 2u);
    EXPECT_EQ(blocks.at(1).as_string(),
              call("eth_getBlockByNumber", "[\"latest\",false]").at("hash").as_string());
    EXPECT_TRUE(call("eth_uninstallFilter", "[" + quoted(logFilter) + "]").as_bool());
    EXPECT_FALSE(call("eth_uninstallFilter", "[" + quoted(logFilter) + "]").as_bool());
    const Json gone = error("eth_getFilterChanges", "[" + quoted(logFilter) + "]");
    EXPECT_NE(gone.at("message").as_string().find("filter not found"), std::string::npos);
}

TEST_F(RpcContracts, AContractReadsTheGatewaysGetters) {
    const EthAddress fwd = deploy(forwarderRuntime(EthAddress::parse(kGateway)));
    const std::string data = toHex(ipc::abi::encodeCall("bottomUpCheckPeriod()", {}));
    const std::string direct =
        call("eth_call", R"([{"to":")" + kGateway + R"(","data":")" + data + "\"}]").as_string();
    EXPECT_EQ(direct.size(), 66u);
    EXPECT_EQ(
        call("eth_call", R"([{"to":")" + fwd.hex() + R"(","data":")" + data + "\"}]").as_string(),
        direct);
    // An unknown selector reverts in the gateway; the forwarder passes the Error(string) on.
    const Json e = error("eth_call", R"([{"to":")" + fwd.hex() + R"(","data":"0x12345678"}])");
    EXPECT_EQ(e.at("code").as_integer(), 3);
    EXPECT_EQ(e.at("message").as_string().rfind("execution reverted: ", 0), 0u)
        << e.at("message").as_string();
}

TEST_F(RpcContracts, OversizedInitcodeIsRefusedAndChangesNothing) {
    const std::string nonce =
        call("eth_getTransactionCount", "[" + quoted(from(0)) + "]").as_string();
    chain::Transaction tx;
    tx.chainId = 31337;
    tx.maxPriorityFeePerGas = U256(1);
    tx.maxFeePerGas = U256(4'000'000'000ULL);
    tx.gasLimit = 20'000'000;
    tx.data = Bytes(49'153, 0x5b);
    const auto stx = chain::sign(tx, accounts_.at(0).key);
    const Json e = error("eth_sendRawTransaction", "[" + quoted(toHex(chain::encode(stx))) + "]");
    EXPECT_NE(e.at("message").as_string().find("initcode"), std::string::npos);
    mine();
    EXPECT_EQ(call("eth_getTransactionCount", "[" + quoted(from(0)) + "]").as_string(), nonce);
}

TEST_F(RpcContracts, CallsAndEstimatesRunAgainstTheStateOfTheBlockAsked) {
    const std::string before = call("eth_blockNumber").as_string();  // no contract yet
    const EthAddress c = deploy(kCounterRuntime);
    send(1, c, fromHex(word(5)), 100'000);
    mine();
    const std::string atFive = call("eth_blockNumber").as_string();
    const std::string atFiveHash =
        call("eth_getBlockByNumber", "[" + quoted(atFive) + ",false]").at("hash").as_string();
    send(1, c, fromHex(word(9)), 100'000);
    mine();
    const std::string read = R"({"to":")" + c.hex() + R"("})";
    EXPECT_EQ(call("eth_call", "[" + read + ",\"latest\"]").as_string(), word(9));
    EXPECT_EQ(call("eth_call", "[" + read + "," + quoted(atFive) + "]").as_string(), word(5));
    EXPECT_EQ(call("eth_call", "[" + read + R"(,{"blockHash":")" + atFiveHash + "\"}]").as_string(),
              word(5));
    EXPECT_EQ(call("eth_getStorageAt", "[" + quoted(c.hex()) + ",\"0x0\"," + quoted(atFive) + "]")
                  .as_string(),
              word(5));
    // Before the deployment the address has no code: the call returns nothing and a write costs
    // only the intrinsic gas (21000 + 31 zero bytes and one non-zero byte of calldata).
    EXPECT_EQ(call("eth_call", "[" + read + "," + quoted(before) + "]").as_string(), "0x");
    EXPECT_EQ(call("eth_getCode", "[" + quoted(c.hex()) + "," + quoted(before) + "]").as_string(),
              "0x");
    const std::string write =
        R"({"from":")" + from(1) + R"(","to":")" + c.hex() + R"(","data":")" + word(7) + "\"}";
    EXPECT_EQ(call("eth_estimateGas", "[" + write + "," + quoted(before) + "]").as_string(),
              U256(21'000 + 31 * 4 + 16).toQuantityHex());
    EXPECT_GT(
        U256::parse(call("eth_estimateGas", "[" + write + "," + quoted(atFive) + "]").as_string())
            .toUint64(),
        21'140u);

    // Past the kept history the error says how far back state is kept.
    engine(*devnet_)
        .post([this](Hierarchy& h) { h.mine(root_, chain::SubnetChain::kKeptStates + 1); })
        .get();
    const Json e = error("eth_call", "[" + read + "," + quoted(atFive) + "]");
    EXPECT_EQ(e.at("code").as_integer(), rpc::kInvalidParams);
    const std::string n = std::to_string(U256::parse(atFive).toUint64());
    EXPECT_NE(e.at("message").as_string().find("state of block " + n +
                                               " is no longer kept; the devnet keeps the last 128 "
                                               "blocks' state"),
              std::string::npos)
        << e.at("message").as_string();
    EXPECT_EQ(error("eth_estimateGas", "[" + write + "," + quoted(atFive) + "]")
                  .at("message")
                  .as_string(),
              e.at("message").as_string());
    // The newest kept block still answers.
    const std::uint64_t head = U256::parse(call("eth_blockNumber").as_string()).toUint64();
    EXPECT_EQ(call("eth_call", "[" + read + "," + quoted(U256(head - 128).toQuantityHex()) + "]")
                  .as_string(),
              word(9));
}

TEST_F(RpcContracts, PointEvaluationAndBlobTransactionsAreRefusedClearly) {
    const std::string kzg = "0x000000000000000000000000000000000000000a";
    const std::string message =
        "precompile 0x0a (KZG point evaluation) is not supported by the "
        "devnet";
    // Straight to 0x0a.
    Json e =
        error("eth_call", R"([{"to":")" + kzg + R"(","data":")" + toHex(Bytes(192, 0)) + "\"}]");
    EXPECT_EQ(e.at("message").as_string(), message);
    e = error("eth_estimateGas", R"([{"to":")" + kzg + R"("}])");
    EXPECT_NE(e.at("message").as_string().find(message), std::string::npos);
    // Other precompiles answer a direct call: sha256 of nothing.
    EXPECT_EQ(
        call("eth_call", R"([{"to":"0x0000000000000000000000000000000000000002"}])").as_string(),
        "0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

    // Through a contract that forwards to 0x0a and reverts with what it got back.
    const EthAddress fwd = deploy(forwarderRuntime(EthAddress::parse(kzg)));
    const std::string viaFwd = R"({"to":")" + fwd.hex() + R"(","data":"0x01"})";
    e = error("eth_call", "[" + viaFwd + "]");
    EXPECT_EQ(e.at("code").as_integer(), 3);
    EXPECT_EQ(e.at("message").as_string(), "execution reverted (" + message + ")");
    const std::string h = send(1, fwd, Bytes{0x01}, 200'000);
    mine();
    const Json r = receipt(h);
    EXPECT_EQ(r.at("status").as_string(), "0x0");
    EXPECT_EQ(r.at("revertReason").as_string(), "execution reverted (" + message + ")");

    // Blob transactions (type 3) are refused before anything else.
    const std::string nonce =
        call("eth_getTransactionCount", "[" + quoted(from(0)) + "]").as_string();
    chain::Transaction tx;
    tx.chainId = 31337;
    tx.maxPriorityFeePerGas = U256(1);
    tx.maxFeePerGas = U256(4'000'000'000ULL);
    tx.gasLimit = 21'000;
    tx.to = accounts_.at(1).address;
    Bytes raw = chain::encode(chain::sign(tx, accounts_.at(0).key));
    raw[0] = 0x03;
    e = error("eth_sendRawTransaction", "[" + quoted(toHex(raw)) + "]");
    EXPECT_EQ(e.at("code").as_integer(), rpc::kInvalidParams);
    EXPECT_EQ(e.at("message").as_string(),
              "blob transactions (EIP-4844, type 0x03) are not supported by the devnet");
    mine();
    EXPECT_EQ(call("eth_getTransactionCount", "[" + quoted(from(0)) + "]").as_string(), nonce);
}

// ---------------------------------------------------------------- debug_trace*

TEST_F(RpcContracts, TraceTransactionWithTheOpcodeLogger) {
    const EthAddress c = deploy(kStoreRuntime);
    const std::string h = send(1, c, fromHex(word(0x42)), 100'000);
    mine();
    const Json r = receipt(h);
    const Json t = call("debug_traceTransaction", "[" + quoted(h) + "]");
    EXPECT_FALSE(t.at("failed").as_bool());
    EXPECT_EQ(t.at("gas").as_number().to_uint64(),
              U256::parse(r.at("gasUsed").as_string()).toUint64());
    EXPECT_EQ(t.at("returnValue").as_string(), "0x");
    const Json& logs = t.at("structLogs");
    ASSERT_GT(logs.size(), 10u);
    EXPECT_EQ(logs.at(0).at("op").as_string(), "PUSH1");
    EXPECT_EQ(logs.at(0).at("pc").as_integer(), 0);
    EXPECT_EQ(logs.at(0).at("depth").as_integer(), 1);
    EXPECT_EQ(logs.at(0).at("stack").size(), 0u);
    EXPECT_FALSE(logs.at(0).has_field("memory"));
    EXPECT_EQ(logs.at(logs.size() - 1).at("op").as_string(), "STOP");
    bool sawStore = false;
    for (std::size_t i = 0; i < logs.size(); ++i) {
        const Json& l = logs.at(i);
        if (i + 1 < logs.size()) {
            EXPECT_EQ(l.at("gas").as_number().to_uint64() - l.at("gasCost").as_number().to_uint64(),
                      logs.at(i + 1).at("gas").as_number().to_uint64());
        }
        if (l.at("op").as_string() == "SSTORE") {
            sawStore = true;
            // The stack holds value then slot (top last), as minimal 0x quantities.
            const Json& stack = l.at("stack");
            EXPECT_EQ(stack.at(stack.size() - 1).as_string(), "0x0");
            EXPECT_EQ(stack.at(stack.size() - 2).as_string(), "0x42");
            EXPECT_EQ(l.at("storage").at(std::string(64, '0')).as_string(), word(0x42).substr(2));
        }
    }
    EXPECT_TRUE(sawStore);

    const Json lean =
        call("debug_traceTransaction", "[" + quoted(h) +
                                           R"(,{"disableStack":true,"disableStorage":true,)"
                                           R"("enableMemory":true,"limit":12}])");
    ASSERT_EQ(lean.at("structLogs").size(), 12u);
    for (std::size_t i = 0; i < 12; ++i) {
        const Json& l = lean.at("structLogs").at(i);
        EXPECT_FALSE(l.has_field("stack"));
        EXPECT_FALSE(l.has_field("storage"));
        EXPECT_TRUE(l.has_field("memory"));
    }

    // A reverted transaction: failed, the revert data as the return value.
    const std::string bad = send(1, c, fromHex(word(0)), 100'000);
    mine();
    const Json f = call("debug_traceTransaction", "[" + quoted(bad) + "]");
    EXPECT_TRUE(f.at("failed").as_bool());
    EXPECT_EQ(f.at("returnValue").as_string(), "0xde");
    const Json& last = f.at("structLogs").at(f.at("structLogs").size() - 1);
    EXPECT_EQ(last.at("op").as_string(), "REVERT");
}

TEST_F(RpcContracts, TraceWithTheCallTracerShowsNestedCallsLogsAndBuiltinFrames) {
    const EthAddress store = deploy(kStoreRuntime);
    const EthAddress counter = deploy(kCounterRuntime);
    const EthAddress fwd = deploy(forwarderRuntime(counter));
    const std::string h = send(2, fwd, {}, 100'000);
    mine();
    const Json t = call("debug_traceTransaction", "[" + quoted(h) + R"(,{"tracer":"callTracer"}])");
    EXPECT_EQ(t.at("type").as_string(), "CALL");
    EXPECT_EQ(t.at("from").as_string(), accounts_.at(2).address.hex());
    EXPECT_EQ(t.at("to").as_string(), fwd.hex());
    EXPECT_EQ(t.at("gas").as_string(), "0x186a0");
    EXPECT_EQ(t.at("gasUsed").as_string(), receipt(h).at("gasUsed").as_string());
    EXPECT_EQ(t.at("output").as_string(), word(0));
    ASSERT_EQ(t.at("calls").size(), 1u);
    const Json& inner = t.at("calls").at(0);
    EXPECT_EQ(inner.at("type").as_string(), "STATICCALL");
    EXPECT_EQ(inner.at("from").as_string(), fwd.hex());
    EXPECT_EQ(inner.at("to").as_string(), counter.hex());
    EXPECT_FALSE(inner.has_field("value"));
    EXPECT_FALSE(inner.has_field("error"));

    // onlyTopCall drops the inner frames; withLog adds the frame's logs.
    const Json top =
        call("debug_traceTransaction",
             "[" + quoted(h) + R"(,{"tracer":"callTracer","tracerConfig":{"onlyTopCall":true}}])");
    EXPECT_FALSE(top.has_field("calls"));
    const std::string stored = send(1, store, fromHex(word(7)), 100'000);
    const std::string reverted = send(1, store, fromHex(word(0)), 100'000);
    mine();
    const Json logged =
        call("debug_traceTransaction",
             "[" + quoted(stored) + R"(,{"tracer":"callTracer","tracerConfig":{"withLog":true}}])");
    ASSERT_EQ(logged.at("logs").size(), 1u);
    EXPECT_EQ(logged.at("logs").at(0).at("address").as_string(), store.hex());
    EXPECT_EQ(logged.at("logs").at(0).at("data").as_string(), word(7));
    EXPECT_EQ(logged.at("logs").at(0).at("position").as_string(), "0x0");
    const Json failed =
        call("debug_traceTransaction", "[" + quoted(reverted) + R"(,{"tracer":"callTracer"}])");
    EXPECT_EQ(failed.at("error").as_string(), "execution reverted");
    EXPECT_EQ(failed.at("output").as_string(), "0xde");

    // A contract calling a built-in IPC contract: the gateway is a frame of its own.
    const EthAddress viaGateway = deploy(forwarderRuntime(EthAddress::parse(kGateway)));
    const std::string g =
        send(1, viaGateway, ipc::abi::encodeCall("bottomUpCheckPeriod()", {}), 200'000);
    mine();
    const Json gt =
        call("debug_traceTransaction", "[" + quoted(g) + R"(,{"tracer":"callTracer"}])");
    ASSERT_EQ(gt.at("calls").size(), 1u);
    EXPECT_EQ(gt.at("calls").at(0).at("to").as_string(), kGateway);
    EXPECT_EQ(gt.at("calls").at(0).at("output").as_string().size(), 66u);

    // A plain transfer ran no EVM code: one frame from its receipt.
    const std::string plain = send(1, accounts_.at(3).address, {}, 21'000);
    mine();
    const Json pt =
        call("debug_traceTransaction", "[" + quoted(plain) + R"(,{"tracer":"callTracer"}])");
    EXPECT_EQ(pt.at("type").as_string(), "CALL");
    EXPECT_EQ(pt.at("to").as_string(), accounts_.at(3).address.hex());
    EXPECT_EQ(pt.at("gasUsed").as_string(), "0x5208");
    EXPECT_EQ(call("debug_traceTransaction", "[" + quoted(plain) + "]").at("structLogs").size(),
              0u);
    EXPECT_NE(
        error("debug_traceTransaction", "[" + quoted(plain) + R"(,{"tracer":"prestateTracer"}])")
            .at("message")
            .as_string()
            .find("ran no EVM code"),
        std::string::npos);
}

TEST_F(RpcContracts, PrestateTracerGivesWhatTheTransactionReadAndChanged) {
    const EthAddress c = deploy(kStoreRuntime);
    const std::string first = send(1, c, fromHex(word(5)), 100'000);
    mine();
    const std::string h = send(1, c, fromHex(word(9)), 100'000);
    mine();
    const Json pre =
        call("debug_traceTransaction", "[" + quoted(h) + R"(,{"tracer":"prestateTracer"}])");
    const Json& contract = pre.at(c.hex());
    EXPECT_EQ(contract.at("code").as_string(), toHex(kStoreRuntime));
    EXPECT_EQ(contract.at("nonce").as_integer(), 1);  // EIP-161: a new contract starts at 1
    EXPECT_EQ(contract.at("storage").at(word(0)).as_string(), word(5));
    const Json& sender = pre.at(accounts_.at(1).address.hex());
    EXPECT_EQ(sender.at("nonce").as_integer(), 1);
    EXPECT_FALSE(sender.has_field("code"));
    (void)first;

    const Json diff =
        call("debug_traceTransaction",
             "[" + quoted(h) + R"(,{"tracer":"prestateTracer","tracerConfig":{"diffMode":true}}])");
    EXPECT_EQ(diff.at("pre").at(c.hex()).at("storage").at(word(0)).as_string(), word(5));
    EXPECT_EQ(diff.at("post").at(c.hex()).at("storage").at(word(0)).as_string(), word(9));
    EXPECT_FALSE(diff.at("post").at(c.hex()).has_field("code"));  // unchanged
    EXPECT_EQ(diff.at("post").at(accounts_.at(1).address.hex()).at("nonce").as_integer(), 2);
    EXPECT_TRUE(diff.at("post").at(accounts_.at(1).address.hex()).has_field("balance"));

    const Json noCode =
        call("debug_traceTransaction", "[" + quoted(h) +
                                           R"(,{"tracer":"prestateTracer","tracerConfig":)"
                                           R"({"disableCode":true,"disableStorage":true}}])");
    EXPECT_FALSE(noCode.at(c.hex()).has_field("code"));
    EXPECT_FALSE(noCode.at(c.hex()).has_field("storage"));
}

TEST_F(RpcContracts, TraceCallAndTraceBlock) {
    const EthAddress c = deploy(kStoreRuntime);
    const std::string at = call("eth_blockNumber").as_string();
    const std::string h = send(1, c, fromHex(word(3)), 100'000);
    mine();
    const std::string callObj =
        R"({"from":")" + from(1) + R"(","to":")" + c.hex() + R"(","data":")" + word(0x11) + R"("})";
    const Json ct =
        call("debug_traceCall", "[" + callObj + R"(,"latest",{"tracer":"callTracer"}])");
    EXPECT_EQ(ct.at("to").as_string(), c.hex());
    EXPECT_EQ(ct.at("gas").as_string(), "0x2faf080");  // eth_call's 50M gas cap
    EXPECT_FALSE(ct.has_field("error"));
    // At an earlier block the slot was still empty; at the head it holds 3.
    const Json before = call("debug_traceCall",
                             "[" + callObj + "," + quoted(at) + R"(,{"tracer":"prestateTracer"}])");
    EXPECT_EQ(before.at(c.hex()).at("storage").at(word(0)).as_string(), word(0));
    const Json now =
        call("debug_traceCall", "[" + callObj + R"(,"latest",{"tracer":"prestateTracer"}])");
    EXPECT_EQ(now.at(c.hex()).at("storage").at(word(0)).as_string(), word(3));
    const Json ops = call("debug_traceCall", "[" + callObj + "]");
    EXPECT_GT(ops.at("structLogs").size(), 10u);
    // Nothing changed.
    EXPECT_EQ(call("eth_getStorageAt", "[\"" + c.hex() + "\",\"0x0\"]").as_string(), word(3));

    const Json r = receipt(h);
    const Json block =
        call("debug_traceBlockByNumber",
             "[" + quoted(r.at("blockNumber").as_string()) + R"(,{"tracer":"callTracer"}])");
    ASSERT_EQ(block.size(), 1u);
    EXPECT_EQ(block.at(0).at("txHash").as_string(), h);
    EXPECT_EQ(block.at(0).at("result").at("to").as_string(), c.hex());
    const Json byHash =
        call("debug_traceBlockByHash", "[" + quoted(r.at("blockHash").as_string()) + "]");
    ASSERT_EQ(byHash.size(), 1u);
    EXPECT_GT(byHash.at(0).at("result").at("structLogs").size(), 10u);
}

TEST_F(RpcContracts, TraceOptionsAreCheckedAndUnknownTransactionsAreErrors) {
    const EthAddress c = deploy(kStoreRuntime);
    const std::string h = send(1, c, fromHex(word(1)), 100'000);
    mine();
    const auto rejected = [&](const std::string& options, const std::string& says) {
        const Json e = error("debug_traceTransaction", "[" + quoted(h) + "," + options + "]");
        EXPECT_EQ(e.at("code").as_integer(), rpc::kInvalidParams) << options;
        EXPECT_NE(e.at("message").as_string().find(says), std::string::npos)
            << options << " -> " << e.at("message").as_string();
    };
    rejected(R"({"tracer":"fourByteTracerz"})", "unknown tracer 'fourByteTracerz'");
    rejected(R"({"tracer":"{step: function() {}}"})", "JavaScript tracers are not supported");
    rejected(R"({"tracer":7})", "tracer must be a string");
    rejected(R"({"tracer":"callTracer","tracerConfig":{"onlyTop":true}})",
             "unknown field 'onlyTop'");
    rejected(R"({"tracer":"callTracer","tracerConfig":{"withLog":"yes"}})",
             "withLog must be true or false");
    rejected(R"({"limit":-1})", "limit must be");
    rejected(R"({"limit":"ten"})", "limit must be");
    rejected(R"({"timeout":"soon"})", "timeout 'soon'");
    rejected(R"({"disableStorge":true})", "unknown field 'disableStorge'");
    rejected(R"({"tracerConfig":{"onlyTopCall":true}})", "applies to a named tracer");
    rejected(R"("callTracer")", "expected an object");
    // Accepted forms.
    call("debug_traceTransaction", "[" + quoted(h) + R"(,{"timeout":"1m30s","reexec":128}])");
    call("debug_traceTransaction", "[" + quoted(h) + ",null]");

    const Json missing = error("debug_traceTransaction", "[" + quoted(word(0x99)) + "]");
    EXPECT_NE(missing.at("message").as_string().find("not found"), std::string::npos);
    EXPECT_EQ(error("debug_traceBlockByNumber", R"(["0x999"])").at("message").as_string(),
              "block not found");
}

TEST_F(RpcContracts, TracingAThirtyMillionGasTransactionStaysWithinItsMemoryBound) {
    // JUMPDEST, PUSH1 0, JUMP: loops until the gas runs out (millions of steps).
    const EthAddress loop = deploy(fromHex("5b600056"));
    const std::string h = send(1, loop, {}, 29'000'000);
    mine();
    EXPECT_EQ(receipt(h).at("status").as_string(), "0x0");
    const Json e = error("debug_traceTransaction", "[" + quoted(h) + "]");
    EXPECT_EQ(e.at("code").as_integer(), rpc::kServerError);
    EXPECT_NE(e.at("message").as_string().find("pass \"limit\""), std::string::npos)
        << e.at("message").as_string();
    const Json limited = call("debug_traceTransaction", "[" + quoted(h) + R"(,{"limit":1000}])");
    EXPECT_EQ(limited.at("structLogs").size(), 1000u);
    EXPECT_TRUE(limited.at("failed").as_bool());
    const Json calls =
        call("debug_traceTransaction", "[" + quoted(h) + R"(,{"tracer":"callTracer"}])");
    EXPECT_EQ(calls.at("error").as_string(), "out of gas");
    EXPECT_EQ(calls.at("gasUsed").as_string(), "0x1ba8140");  // all 29,000,000
}

TEST_F(RpcContracts, CallsTakeGethsStateOverridesAndChangeNothing) {
    const EthAddress counter = deploy(kCounterRuntime);
    const std::string c = counter.hex();
    const std::string read = R"({"to":")" + c + R"("})";
    const std::string slot0 = word(0);
    EXPECT_EQ(call("eth_call", "[" + read + "]").as_string(), word(0));
    EXPECT_EQ(call("eth_call", "[" + read + R"(,"latest",{")" + c + R"(":{"stateDiff":{")" + slot0 +
                                   R"(":")" + word(0x2a) + "\"}}}]")
                  .as_string(),
              word(0x2a));
    // `state` replaces all storage; a slot not named reads zero.
    const std::string stored = send(1, counter, fromHex(word(9)), 100'000);
    mine();
    EXPECT_EQ(call("eth_call", "[" + read + "]").as_string(), word(9));
    EXPECT_EQ(
        call("eth_call", "[" + read + R"(,"latest",{")" + c + R"(":{"state":{}}}])").as_string(),
        word(0));
    // Code on an account that has none, and a balance: SELFBALANCE, MSTORE, RETURN 32 bytes.
    const std::string plain = accounts_.at(5).address.hex();
    EXPECT_EQ(call("eth_call", R"([{"to":")" + plain + R"("},"latest",{")" + plain +
                                   R"(":{"code":"0x4760005260206000f3","balance":"0x1234"}}])")
                  .as_string(),
              word(0x1234));
    EXPECT_GT(
        U256::parse(call("eth_estimateGas", R"([{"to":")" + plain + R"("},"latest",{")" + plain +
                                                R"(":{"code":"0x4760005260206000f3"}}])")
                        .as_string())
            .toUint64(),
        21'000u);
    // Nothing changed.
    EXPECT_EQ(call("eth_getStorageAt", "[\"" + c + "\",\"0x0\"]").as_string(), word(9));
    EXPECT_EQ(call("eth_getCode", "[\"" + plain + "\",\"latest\"]").as_string(), "0x");
    // debug_traceCall takes them under "stateOverrides".
    const Json pre = call("debug_traceCall", "[" + read +
                                                 R"(,"latest",{"tracer":"prestateTracer",)"
                                                 R"("stateOverrides":{")" +
                                                 c + R"(":{"stateDiff":{")" + slot0 + R"(":")" +
                                                 word(7) + "\"}}}}]");
    EXPECT_EQ(pre.at(c).at("storage").at(slot0).as_string(), word(7));

    const auto refused = [&](const std::string& overrides, const std::string& says) {
        const Json e = error("eth_call", "[" + read + ",\"latest\"," + overrides + "]");
        EXPECT_EQ(e.at("code").as_integer(), rpc::kInvalidParams) << overrides;
        EXPECT_NE(e.at("message").as_string().find(says), std::string::npos)
            << overrides << " -> " << e.at("message").as_string();
    };
    refused(R"({")" + kGateway + R"(":{"balance":"0x1"}})", "built-in IPC contract");
    refused(R"({")" + c + R"(":{"state":{},"stateDiff":{}}})", "cannot both be set");
    refused(R"({")" + c + R"(":{"balanse":"0x1"}})", "unknown field");
    refused(R"({"0x12":{"balance":"0x1"}})", "override address");
    refused(R"({")" + c + R"(":{"stateDiff":{"0x1":"0x2"}}})", "slot");
    refused(R"([1])", "expected an object");
}
