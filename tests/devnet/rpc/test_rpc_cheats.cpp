// The anvil_/hardhat_/evm_ cheat methods on the root and on a subnet: balances (recorded as minted
// or burnt on a subnet so the supply invariant holds), nonce, code, storage, mining and block
// timestamps; IPC's own accounts refused; everything refused on a devnet started without cheats;
// impersonated accounts sending through eth_sendTransaction; and the changes survive a restart of
// a workspace with nothing mined after them.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"
#include "ipc/devnet/rpc/rpc.h"

using namespace ipc;
using namespace ipc::devnet;
using rpc::Json;

namespace {

const std::string kWho = "0x1000000000000000000000000000000000000001";
const std::string kGateway = "0x77aa40b105843728088c0132e43fc44348881da8";

std::string quoted(const std::string& s) {
    return "\"" + s + "\"";
}

class RpcCheats : public ::testing::Test {
protected:
    void start(bool allowCheats = true, const std::string& workspace = {}) {
        DevnetOptions o;
        o.paused = true;
        o.allowCheats = allowCheats;
        const Topology topo = builtinTemplate("single");
        devnet_ = workspace.empty() ? Devnet::start(topo, o) : Devnet::open(workspace, &topo, o);
        table_ = rpc::allMethods();
        root_ = devnet_->view()->subnets.at(0).id;
        child_ = devnet_->view()->subnets.at(1).id;
        rootRpc_ = std::make_unique<rpc::Dispatcher>(*devnet_, root_, table_);
        childRpc_ = std::make_unique<rpc::Dispatcher>(*devnet_, child_, table_);
    }

    Json respond(const rpc::Dispatcher& d, const std::string& method, const std::string& params) {
        return Json::parse(d.handle(R"({"jsonrpc":"2.0","id":1,"method":")" + method +
                                    R"(","params":)" + params + "}"));
    }
    Json call(const rpc::Dispatcher& d, const std::string& method, const std::string& params) {
        const Json r = respond(d, method, params);
        if (r.has_field("error")) {
            ADD_FAILURE() << method << params << " failed: " << r.at("error").serialize();
            return Json::null();
        }
        return r.at("result");
    }
    std::string error(const rpc::Dispatcher& d, const std::string& method,
                      const std::string& params) {
        const Json r = respond(d, method, params);
        if (!r.has_field("error")) {
            ADD_FAILURE() << method << params << " succeeded: " << r.serialize();
            return {};
        }
        return r.at("error").at("message").as_string();
    }
    std::vector<std::string> invariants() {
        return engine(*devnet_).post([](Hierarchy& h) { return h.checkInvariants(); }).get();
    }
    std::uint64_t headTimestamp(const rpc::Dispatcher& d) {
        return U256::parse(call(d, "eth_getBlockByNumber", R"(["latest",false])")
                               .at("timestamp")
                               .as_string())
            .toUint64();
    }

    // A workspace file in a fresh directory of its own, removed when the test ends.
    std::string workspacePath(const std::string& tag) {
        dir_ = std::filesystem::temp_directory_path() /
               ("ipc-" + tag + "-" + std::to_string(::getpid()));
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        return (dir_ / "w.ipcws").string();
    }
    void TearDown() override {
        devnet_.reset();
        if (!dir_.empty())
            std::filesystem::remove_all(dir_);
    }

    std::filesystem::path dir_;
    std::unique_ptr<Devnet> devnet_;
    rpc::MethodTable table_;
    SubnetId root_;
    SubnetId child_;
    std::unique_ptr<rpc::Dispatcher> rootRpc_;
    std::unique_ptr<rpc::Dispatcher> childRpc_;
};

}  // namespace

TEST_F(RpcCheats, BalancesOnASubnetAreRecordedAsMintedAndBurnt) {
    start();
    auto& alpha = *childRpc_;
    EXPECT_TRUE(call(alpha, "anvil_setBalance", "[" + quoted(kWho) + ",\"0x4563918244f40000\"]")
                    .as_bool());  // 5 FIL
    EXPECT_EQ(call(alpha, "eth_getBalance", "[" + quoted(kWho) + "]").as_string(),
              "0x4563918244f40000");
    EXPECT_TRUE(invariants().empty());
    EXPECT_TRUE(
        call(alpha, "hardhat_setBalance", "[" + quoted(kWho) + ",\"0x1\"]").as_bool());  // burn
    EXPECT_TRUE(invariants().empty());
    // The root's supply follows too; the subnets keep running with the change.
    EXPECT_TRUE(call(*rootRpc_, "anvil_setBalance", "[" + quoted(kWho) + ",\"0x3e8\"]").as_bool());
    engine(*devnet_).post([](Hierarchy& h) { h.runUntil(h.now() + 40'000); }).get();
    EXPECT_TRUE(invariants().empty());
    // Without the record the checker would have seen it.
    engine(*devnet_)
        .post([this](Hierarchy& h) {
            h.node(child_)->cheatMinted = U256();
            return 0;
        })
        .get();
    EXPECT_FALSE(invariants().empty());
}

TEST_F(RpcCheats, NonceCodeAndStorage) {
    start();
    auto& alpha = *childRpc_;
    EXPECT_TRUE(call(alpha, "hardhat_setNonce", "[" + quoted(kWho) + ",\"0x5\"]").as_bool());
    EXPECT_EQ(call(alpha, "eth_getTransactionCount", "[" + quoted(kWho) + "]").as_string(), "0x5");
    EXPECT_NE(error(alpha, "anvil_setNonce", "[" + quoted(kWho) + ",\"0x1\"]").find("raised"),
              std::string::npos);
    // Code: no calldata returns sload(0).
    const std::string code =
        "0x36600f57600054600052602060"
        "00f35b60003560005500";
    EXPECT_TRUE(
        call(alpha, "anvil_setCode", "[" + quoted(kWho) + "," + quoted(code) + "]").as_bool());
    EXPECT_EQ(call(alpha, "eth_getCode", "[" + quoted(kWho) + ",\"latest\"]").as_string(), code);
    EXPECT_TRUE(
        call(alpha, "hardhat_setStorageAt",
             "[" + quoted(kWho) + ",\"0x0\"," + quoted("0x" + std::string(62, '0') + "2a") + "]")
            .as_bool());
    const std::string word2a = "0x" + std::string(62, '0') + "2a";
    EXPECT_EQ(call(alpha, "eth_getStorageAt", "[" + quoted(kWho) + ",\"0x0\"]").as_string(),
              word2a);
    EXPECT_EQ(call(alpha, "eth_call", R"([{"to":")" + kWho + R"("}])").as_string(), word2a);
    // On the root, with the storage value as a quantity.
    EXPECT_TRUE(
        call(*rootRpc_, "anvil_setStorageAt", "[" + quoted(kWho) + ",\"0x1\",\"0x7\"]").as_bool());
    EXPECT_EQ(call(*rootRpc_, "eth_getStorageAt", "[" + quoted(kWho) + ",\"0x1\"]").as_string(),
              "0x" + std::string(63, '0') + "7");

    // IPC's own accounts and bad input are refused; nothing changes.
    EXPECT_NE(error(alpha, "anvil_setBalance", "[" + quoted(kGateway) + ",\"0x1\"]")
                  .find("built-in IPC contract"),
              std::string::npos);
    EXPECT_NE(error(alpha, "anvil_setCode", "[" + quoted(kGateway) + ",\"0x00\"]")
                  .find("built-in IPC contract"),
              std::string::npos);
    EXPECT_NE(error(alpha, "anvil_setCode", "[" + quoted(kWho) + ",\"0xef00\"]").find("0xef"),
              std::string::npos);
    EXPECT_NE(error(alpha, "anvil_setBalance", R"(["0x12","0x1"])").find("address"),
              std::string::npos);
    EXPECT_EQ(call(alpha, "eth_getCode", "[" + quoted(kWho) + ",\"latest\"]").as_string(), code);
    EXPECT_TRUE(invariants().empty());
}

TEST_F(RpcCheats, MiningAndBlockTimestamps) {
    start();
    auto& alpha = *childRpc_;
    const std::string before = call(alpha, "eth_blockNumber", "[]").as_string();
    EXPECT_TRUE(call(alpha, "hardhat_mine", R"(["0x3","0xa"])").as_bool());
    EXPECT_EQ(U256::parse(call(alpha, "eth_blockNumber", "[]").as_string()).toUint64(),
              U256::parse(before).toUint64() + 3);
    const std::uint64_t t3 = headTimestamp(alpha);
    const std::uint64_t t2 =
        U256::parse(
            call(alpha, "eth_getBlockByNumber",
                 "[" + quoted(U256(U256::parse(before).toUint64() + 2).toQuantityHex()) + ",false]")
                .at("timestamp")
                .as_string())
            .toUint64();
    EXPECT_EQ(t3 - t2, 10u);  // interval 10 s

    EXPECT_TRUE(
        call(alpha, "evm_setNextBlockTimestamp", "[" + std::to_string(t3 + 1000) + "]").as_bool());
    EXPECT_EQ(call(alpha, "evm_mine", "[]").as_string(), "0x0");
    EXPECT_EQ(headTimestamp(alpha), t3 + 1000);
    const std::int64_t offset = call(alpha, "evm_increaseTime", "[3600]").as_number().to_int64();
    EXPECT_GE(offset, 3600 + 1000 - 1);
    call(alpha, "anvil_mine", "[]");
    EXPECT_GE(headTimestamp(alpha), t3 + 1000 + 3600);
    // The root is not affected.
    EXPECT_LT(headTimestamp(*rootRpc_), t3 + 1000);
    EXPECT_NE(error(alpha, "evm_setNextBlockTimestamp", "[" + std::to_string(t3) + "]")
                  .find("not later than the head"),
              std::string::npos);
    EXPECT_NE(error(alpha, "anvil_mine", R"(["0x0"])").find("at least 1"), std::string::npos);
    // Blocks keep coming with the offset as the hierarchy runs.
    engine(*devnet_).post([](Hierarchy& h) { h.runUntil(h.now() + 5'000); }).get();
    EXPECT_GE(headTimestamp(alpha), t3 + 1000 + 3600);
    EXPECT_TRUE(invariants().empty());
}

TEST_F(RpcCheats, ADevnetWithoutCheatsRefusesThemAll) {
    start(false);
    for (const auto& [method, params] : std::vector<std::pair<std::string, std::string>>{
             {"anvil_setBalance", "[" + quoted(kWho) + ",\"0x1\"]"},
             {"hardhat_setCode", "[" + quoted(kWho) + ",\"0x00\"]"},
             {"anvil_setStorageAt", "[" + quoted(kWho) + ",\"0x0\",\"0x1\"]"},
             {"hardhat_setNonce", "[" + quoted(kWho) + ",\"0x1\"]"},
             {"anvil_mine", "[]"},
             {"evm_increaseTime", "[60]"},
             {"evm_setNextBlockTimestamp", "[99999999999]"},
             {"evm_mine", "[]"},
             {"anvil_impersonateAccount", "[" + quoted(kWho) + "]"},
             {"hardhat_stopImpersonatingAccount", "[" + quoted(kWho) + "]"},
             {"anvil_autoImpersonateAccount", "[true]"}}) {
        EXPECT_NE(error(*childRpc_, method, params).find("cheat methods are turned off"),
                  std::string::npos)
            << method;
    }
    EXPECT_EQ(call(*childRpc_, "eth_getBalance", "[" + quoted(kWho) + "]").as_string(), "0x0");
    EXPECT_EQ(call(*childRpc_, "eth_blockNumber", "[]").as_string(), "0x0");
}

TEST_F(RpcCheats, ChangesSurviveARestartWithNothingMinedAfterThem) {
    const std::string path = workspacePath("cheats");
    start(true, path);
    call(*childRpc_, "anvil_setBalance", "[" + quoted(kWho) + ",\"0x64\"]");
    call(*childRpc_, "anvil_setStorageAt", "[" + quoted(kWho) + ",\"0x0\",\"0x9\"]");
    call(*childRpc_, "evm_increaseTime", "[120]");
    devnet_.reset();
    start(true, path);
    EXPECT_EQ(call(*childRpc_, "eth_getBalance", "[" + quoted(kWho) + "]").as_string(), "0x64");
    EXPECT_EQ(call(*childRpc_, "eth_getStorageAt", "[" + quoted(kWho) + ",\"0x0\"]").as_string(),
              "0x" + std::string(63, '0') + "9");
    const auto node = engine(*devnet_)
                          .post([this](Hierarchy& h) {
                              const SubnetNode& n = *h.node(child_);
                              return std::make_pair(n.cheatMinted, n.timeOffsetMs);
                          })
                          .get();
    EXPECT_EQ(node.first, U256(100));
    EXPECT_EQ(node.second, 120'000);
    EXPECT_TRUE(invariants().empty());
}

TEST_F(RpcCheats, AWorkspaceMarkedSharedRefusesThemAcrossRestarts) {
    const std::string path = workspacePath("shared");
    const std::string setBalance = "[" + quoted(kWho) + ",\"0x1\"]";
    start(true, path);
    EXPECT_TRUE(devnet_->cheatsAllowed());
    devnet_->setCheatsAllowed(false);  // what Run › Refuse Cheat Methods does
    EXPECT_NE(error(*childRpc_, "anvil_setBalance", setBalance).find("Refuse Cheat Methods"),
              std::string::npos);
    devnet_.reset();
    // Started allowing cheats, the workspace's mark still refuses them.
    start(true, path);
    EXPECT_FALSE(devnet_->cheatsAllowed());
    EXPECT_NE(error(*childRpc_, "hardhat_setCode", "[" + quoted(kWho) + ",\"0x00\"]")
                  .find("cheat methods are turned off"),
              std::string::npos);
    EXPECT_EQ(call(*childRpc_, "eth_getBalance", "[" + quoted(kWho) + "]").as_string(), "0x0");
    devnet_->setCheatsAllowed(true);
    call(*childRpc_, "anvil_setBalance", setBalance);
    devnet_.reset();
    start(true, path);
    EXPECT_TRUE(devnet_->cheatsAllowed());
}

TEST_F(RpcCheats, ImpersonatedAccountsSendWithoutTheirKey) {
    const std::string path = workspacePath("impersonate");
    start(true, path);
    auto& alpha = *childRpc_;
    const std::string kTo = "0x2000000000000000000000000000000000000002";
    const std::string kStore = "0x3000000000000000000000000000000000000003";
    const std::string pay = R"([{"from":")" + kWho + R"(","to":")" + kTo + R"(","value":"0x3e8"}])";
    const auto nonceOf = [&](const std::string& who) {
        return call(alpha, "eth_getTransactionCount", "[" + quoted(who) + "]").as_string();
    };
    call(alpha, "anvil_setBalance", "[" + quoted(kWho) + ",\"0x4563918244f40000\"]");  // 5 FIL

    // Without impersonation the devnet has no key to send with.
    EXPECT_NE(error(alpha, "eth_sendTransaction", pay).find("unknown account"), std::string::npos);
    EXPECT_EQ(call(alpha, "eth_accounts", "[]").serialize(), "[]");
    EXPECT_TRUE(call(alpha, "anvil_impersonateAccount", "[" + quoted(kWho) + "]").as_bool());
    EXPECT_EQ(call(alpha, "eth_accounts", "[]").serialize(), "[" + quoted(kWho) + "]");
    EXPECT_EQ(call(*rootRpc_, "eth_accounts", "[]").serialize(), "[]");  // per subnet
    const std::string hash = call(alpha, "eth_sendTransaction", pay).as_string();
    call(alpha, "anvil_mine", "[]");
    const Json receipt = call(alpha, "eth_getTransactionReceipt", "[" + quoted(hash) + "]");
    EXPECT_EQ(receipt.at("status").as_string(), "0x1");
    EXPECT_EQ(receipt.at("from").as_string(), kWho);
    EXPECT_EQ(call(alpha, "eth_getBalance", "[" + quoted(kTo) + "]").as_string(), "0x3e8");
    EXPECT_EQ(nonceOf(kWho), "0x1");
    const Json tx = call(alpha, "eth_getTransactionByHash", "[" + quoted(hash) + "]");
    EXPECT_EQ(tx.at("from").as_string(), kWho);
    EXPECT_EQ(tx.at("type").as_string(), "0x2");
    EXPECT_EQ(tx.at("r").as_string(), "0x1000000000000000000000000000000000000002");  // sender + 1

    // A contract call without a gas limit is estimated; a legacy one pays its gas price.
    const std::string code =
        "0x36600f57600054600052602060"
        "00f35b60003560005500";  // calldata word 0 → slot 0
    call(alpha, "anvil_setCode", "[" + quoted(kStore) + "," + quoted(code) + "]");
    const std::string word7 = "0x" + std::string(63, '0') + "7";
    const std::string store = call(alpha, "eth_sendTransaction",
                                   R"([{"from":")" + kWho + R"(","to":")" + kStore +
                                       R"(","data":")" + word7 + R"(","gasPrice":"0x77359400"}])")
                                  .as_string();
    call(alpha, "anvil_mine", "[]");
    EXPECT_EQ(call(alpha, "eth_getStorageAt", "[" + quoted(kStore) + ",\"0x0\"]").as_string(),
              word7);
    const Json stored = call(alpha, "eth_getTransactionByHash", "[" + quoted(store) + "]");
    EXPECT_EQ(stored.at("type").as_string(), "0x0");
    EXPECT_EQ(stored.at("gasPrice").as_string(), "0x77359400");
    EXPECT_EQ(call(alpha, "eth_getTransactionReceipt", "[" + quoted(store) + "]")
                  .at("status")
                  .as_string(),
              "0x1");

    // Bad requests and what the mempool refuses change nothing.
    const std::string before = nonceOf(kWho);
    EXPECT_NE(error(alpha, "eth_sendTransaction", R"([{"to":")" + kTo + R"("}])")
                  .find("from is required"),
              std::string::npos);
    EXPECT_NE(error(alpha, "eth_sendTransaction",
                    R"([{"from":")" + kWho + R"(","to":")" + kTo + R"(","type":"0x3"}])")
                  .find("types 0, 1 and 2"),
              std::string::npos);
    EXPECT_NE(error(alpha, "eth_sendTransaction",
                    R"([{"from":")" + kWho + R"(","gasPrice":"0x1","maxFeePerGas":"0x1"}])")
                  .find("both set"),
              std::string::npos);
    EXPECT_FALSE(error(alpha, "eth_sendTransaction",
                       R"([{"from":")" + kWho + R"(","to":")" + kTo +
                           R"(","value":"0xffffffffffffffffffffffffffffffff"}])")
                     .empty());
    EXPECT_EQ(nonceOf(kWho), before);
    // IPC's own accounts cannot be impersonated: a transaction as the gateway would forge IPC.
    EXPECT_NE(error(alpha, "anvil_impersonateAccount", "[" + quoted(kGateway) + "]")
                  .find("built-in IPC contract"),
              std::string::npos);

    // Stopping; then every account at once (but IPC's), and stopping that.
    EXPECT_TRUE(
        call(alpha, "hardhat_stopImpersonatingAccount", "[" + quoted(kWho) + "]").as_bool());
    EXPECT_NE(error(alpha, "eth_sendTransaction", pay).find("unknown account"), std::string::npos);
    EXPECT_EQ(call(alpha, "eth_accounts", "[]").serialize(), "[]");
    EXPECT_TRUE(call(alpha, "anvil_autoImpersonateAccount", "[true]").as_bool());
    call(alpha, "eth_sendTransaction", pay);
    EXPECT_NE(error(alpha, "eth_sendTransaction",
                    R"([{"from":")" + kGateway + R"(","to":")" + kTo + R"(","gas":"0x5208"}])")
                  .find("unknown account"),
              std::string::npos);
    EXPECT_TRUE(call(alpha, "anvil_autoImpersonateAccount", "[false]").as_bool());
    EXPECT_NE(error(alpha, "eth_sendTransaction", pay).find("unknown account"), std::string::npos);
    call(alpha, "anvil_mine", "[]");
    EXPECT_EQ(call(alpha, "eth_getBalance", "[" + quoted(kTo) + "]").as_string(), "0x7d0");
    EXPECT_TRUE(invariants().empty());

    // Refused once the workspace is marked shared, even for an account impersonated before.
    call(alpha, "anvil_impersonateAccount", "[" + quoted(kWho) + "]");
    devnet_->setCheatsAllowed(false);
    EXPECT_NE(error(alpha, "eth_sendTransaction", pay).find("cheat methods are turned off"),
              std::string::npos);
    devnet_->setCheatsAllowed(true);

    // The blocks keep the sender: after a restart the transaction still names it, and
    // impersonation (kept in memory, as anvil and Hardhat keep it) is gone.
    devnet_.reset();
    start(true, path);
    EXPECT_EQ(call(*childRpc_, "eth_getTransactionByHash", "[" + quoted(hash) + "]")
                  .at("from")
                  .as_string(),
              kWho);
    EXPECT_NE(error(*childRpc_, "eth_sendTransaction", pay).find("unknown account"),
              std::string::npos);
}

TEST_F(RpcCheats, EarlierBlocksKeepTheStateTheyLeft) {
    start();
    for (rpc::Dispatcher* d : {childRpc_.get(), rootRpc_.get()}) {
        call(*d, "anvil_mine", R"(["0x2"])");
        const std::string head = call(*d, "eth_blockNumber", "[]").as_string();
        const std::string earlier = U256(U256::parse(head).toUint64() - 1).toQuantityHex();
        const auto balanceAt = [&](const std::string& block) {
            return call(*d, "eth_getBalance", "[" + quoted(kWho) + "," + quoted(block) + "]")
                .as_string();
        };
        const auto slotAt = [&](const std::string& block) {
            return call(*d, "eth_getStorageAt",
                        "[" + quoted(kWho) + ",\"0x0\"," + quoted(block) + "]")
                .as_string();
        };
        const std::string zeroWord = "0x" + std::string(64, '0');
        call(*d, "anvil_setBalance", "[" + quoted(kWho) + ",\"0x64\"]");
        call(*d, "anvil_setStorageAt", "[" + quoted(kWho) + ",\"0x0\",\"0x9\"]");
        call(*d, "anvil_setCode", "[" + quoted(kWho) + ",\"0x00\"]");
        EXPECT_EQ(balanceAt("latest"), "0x64");
        EXPECT_EQ(balanceAt(earlier), "0x0");  // kept, and as that block left it
        call(*d, "anvil_mine", "[]");
        EXPECT_EQ(balanceAt("latest"), "0x64");
        EXPECT_EQ(balanceAt(head), "0x0");  // the change came after this block
        EXPECT_EQ(balanceAt(earlier), "0x0");
        EXPECT_EQ(slotAt(head), zeroWord);
        EXPECT_EQ(slotAt("latest"), "0x" + std::string(63, '0') + "9");
        EXPECT_EQ(
            call(*d, "eth_getCode", "[" + quoted(kWho) + "," + quoted(head) + "]").as_string(),
            "0x");
        call(*d, "anvil_setBalance",
             "[" + quoted(kWho) + ",\"0x0\"]");  // the next subnet starts clean
        call(*d, "anvil_setCode", "[" + quoted(kWho) + ",\"0x\"]");
        call(*d, "anvil_setStorageAt", "[" + quoted(kWho) + ",\"0x0\",\"0x0\"]");
    }
    EXPECT_TRUE(invariants().empty());
}
