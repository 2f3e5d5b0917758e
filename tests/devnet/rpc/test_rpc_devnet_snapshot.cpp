// devnet_snapshot / devnet_revert / devnet_listSnapshots / devnet_deleteSnapshot and the
// evm_snapshot / evm_revert aliases over JSON-RPC, and eth_ reads of blocks that only an
// archive still holds. Driven through a Dispatcher (no sockets) on a paused devnet.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"
#include "ipc/devnet/rpc/rpc.h"

using namespace ipc;
using namespace ipc::devnet;
using rpc::Json;

namespace {

const U256 kFil = U256::parse("1000000000000000000");

class RpcSnapshot : public ::testing::Test {
protected:
    void SetUp() override {
        DevnetOptions o;
        o.paused = true;
        devnet_ = Devnet::start(builtinTemplate("two-level"), o);
        rpc::addEthMethods(table_);
        rpc::addDevnetMethods(table_);
        root_ = devnet_->view()->subnets.at(0).id;
        rpc_ = std::make_unique<rpc::Dispatcher>(*devnet_, root_, table_);
    }

    Json respond(const std::string& method, const std::string& params) {
        const std::string body =
            R"({"jsonrpc":"2.0","id":1,"method":")" + method + R"(","params":)" + params + "}";
        return Json::parse(rpc_->handle(body));
    }

    Json call(const std::string& method, const std::string& params = "[]") {
        const Json r = respond(method, params);
        if (r.has_field("error")) {
            ADD_FAILURE() << method << params << " failed: " << r.at("error").serialize();
            return Json::null();
        }
        return r.at("result");
    }

    void expectInvalid(const std::string& method, const std::string& params,
                       const std::string& words) {
        const Json r = respond(method, params);
        ASSERT_TRUE(r.has_field("error")) << method << params << " succeeded";
        EXPECT_EQ(r.at("error").at("code").as_integer(), rpc::kInvalidParams);
        const std::string m = r.at("error").at("message").as_string();
        EXPECT_NE(m.find(words), std::string::npos) << method << params << ": " << m;
    }

    Bytes state() {
        return engine(*devnet_).post([](Hierarchy& h) { return h.saveState(); }).get();
    }

    void advance(std::uint64_t ms) {
        engine(*devnet_).post([ms](Hierarchy& h) { h.runUntil(h.now() + ms); }).get();
    }

    std::unique_ptr<Devnet> devnet_;
    rpc::MethodTable table_;
    SubnetId root_;
    std::unique_ptr<rpc::Dispatcher> rpc_;
};

TEST_F(RpcSnapshot, SnapshotRevertListDelete) {
    advance(6'000);
    const Json id = call("devnet_snapshot", R"(["before"])");
    ASSERT_TRUE(id.is_string());
    EXPECT_EQ(id.as_string(), "0x1");
    const Bytes before = state();

    // A transfer, a new subnet and a validator offline, then back.
    engine(*devnet_)
        .post([](Hierarchy& h) {
            h.send(h.root().id, h.accounts()[1].address, h.accounts()[2].address, kFil);
            NewSubnet spec;
            spec.parent = h.root().id;
            spec.name = "gamma";
            spec.validators = 2;
            spec.params.minValidators = 2;
            spec.params.minActivationCollateral = U256(20) * kFil;
            h.createSubnet(spec);
        })
        .get();
    call("devnet_setRelayer", R"(["alpha", false])");
    advance(12'000);
    EXPECT_EQ(call("eth_blockNumber").as_string(), "0x12");
    EXPECT_NE(state(), before);

    const Json list = call("devnet_listSnapshots");
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list.at(0).at("id").as_string(), "0x1");
    EXPECT_EQ(list.at(0).at("name").as_string(), "before");
    EXPECT_EQ(list.at(0).at("timeMs").as_number().to_uint64(), 6'000u);
    EXPECT_EQ(list.at(0).at("heights").at(root_.toString()).as_number().to_uint64(), 6u);

    EXPECT_TRUE(call("devnet_revert", R"(["before"])").as_bool());
    EXPECT_EQ(state(), before);
    EXPECT_EQ(call("eth_blockNumber").as_string(), "0x6");
    EXPECT_EQ(devnet_->view()->subnets.size(), 3u);  // the view followed the reset

    EXPECT_TRUE(call("devnet_deleteSnapshot", R"(["0x1"])").as_bool());
    EXPECT_EQ(call("devnet_listSnapshots").size(), 0u);
}

TEST_F(RpcSnapshot, BadParamsAndUnknownIdsChangeNothing) {
    advance(3'000);
    call("devnet_snapshot");  // unnamed: "0x1"
    const Bytes before = state();
    expectInvalid("devnet_revert", R"(["0x7"])", "no snapshot '0x7'");
    expectInvalid("devnet_revert", R"(["missing"])", "no snapshot 'missing'");
    expectInvalid("devnet_revert", "[]", "snapshot");
    expectInvalid("devnet_revert", "[5]", "invalid snapshot");
    expectInvalid("devnet_deleteSnapshot", R"(["0x2"])", "no snapshot");
    expectInvalid("devnet_deleteSnapshot", "[true]", "invalid snapshot");
    expectInvalid("devnet_snapshot", "[7]", "invalid name");
    expectInvalid("devnet_snapshot", R"(["has space"])", "invalid name");
    expectInvalid("devnet_snapshot", R"(["0xabc"])", "snapshot ids");
    call("devnet_snapshot", R"(["x"])");
    expectInvalid("devnet_snapshot", R"(["x"])", "already exists");
    EXPECT_EQ(call("devnet_listSnapshots").size(), 2u);
    call("devnet_deleteSnapshot", R"(["x"])");
    EXPECT_EQ(state(), before);
}

TEST_F(RpcSnapshot, EvmAliasesBehaveLikeAnvil) {
    advance(2'000);
    const std::string id = call("evm_snapshot").as_string();
    EXPECT_EQ(id, "0x1");
    advance(5'000);
    EXPECT_TRUE(call("evm_revert", "[\"" + id + "\"]").as_bool());
    EXPECT_EQ(call("eth_blockNumber").as_string(), "0x2");
    // anvil deletes the snapshot it reverted to and answers false for an unknown id.
    EXPECT_FALSE(call("evm_revert", "[\"" + id + "\"]").as_bool());
    EXPECT_EQ(call("devnet_listSnapshots").size(), 0u);
    expectInvalid("evm_revert", "[1]", "invalid snapshot id");
}

// 1000 root blocks with an archive and 16 blocks kept in memory: old blocks, transactions and
// receipts still answer.
TEST_F(RpcSnapshot, OldBlocksAnswerFromTheArchive) {
    auto archive = std::make_shared<chain::InMemoryBlockArchive>();
    const Hash32 tx =
        engine(*devnet_)
            .post([&](Hierarchy& h) {
                auto& c = *h.node(h.root().id)->chain;
                c.setArchive(archive, 16);
                archive->append(c.block(0));
                return h.send(h.root().id, h.accounts()[1].address, h.accounts()[2].address, kFil);
            })
            .get();
    engine(*devnet_)
        .post([&](Hierarchy& h) {
            auto& c = *h.node(h.root().id)->chain;
            auto s = h.events().subscribe([&](const Event& e) {
                const auto* b = std::get_if<BlockProduced>(&e);
                if (b != nullptr && b->subnet == h.root().id) {
                    archive->append(c.headPtr());
                    c.pruneTo(b->block.number);
                }
            });
            h.runUntilRootHeight(1000);
        })
        .get();
    const auto inMemory = engine(*devnet_)
                              .post([](Hierarchy& h) {
                                  return std::make_pair(h.root().chain->blocksInMemory(),
                                                        h.root().chain->oldestInMemory());
                              })
                              .get();
    EXPECT_LE(inMemory.first, 16u);
    EXPECT_EQ(inMemory.second, 1000u - 15u);
    EXPECT_EQ(archive->size(), 1001u);

    const Json b1 = call("eth_getBlockByNumber", R"(["0x1", false])");
    ASSERT_TRUE(b1.is_object());
    EXPECT_EQ(b1.at("hash").as_string(), archive->block(1)->hash.hex());
    ASSERT_EQ(b1.at("transactions").size(), 1u);
    EXPECT_EQ(b1.at("transactions").at(0).as_string(), tx.hex());
    const Json byHash =
        call("eth_getBlockByHash", "[\"" + archive->block(500)->hash.hex() + "\", false]");
    EXPECT_EQ(byHash.at("number").as_string(), "0x1f4");
    const Json t = call("eth_getTransactionByHash", "[\"" + tx.hex() + "\"]");
    ASSERT_TRUE(t.is_object());
    EXPECT_EQ(t.at("blockNumber").as_string(), "0x1");
    const Json r = call("eth_getTransactionReceipt", "[\"" + tx.hex() + "\"]");
    ASSERT_TRUE(r.is_object());
    EXPECT_EQ(r.at("status").as_string(), "0x1");
    EXPECT_EQ(call("eth_getBlockByNumber", R"(["0x3e9", false])"), Json::null());
}

}  // namespace
