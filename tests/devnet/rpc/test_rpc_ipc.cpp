// The ipc_ and devnet_ JSON-RPC namespaces, driven with JSON text through a Dispatcher (no
// sockets) on a devnet started paused and advanced in virtual time from the test.
#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <set>
#include <string>

#include "ipc/core/crypto/hash.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"
#include "ipc/devnet/rpc/rpc.h"
#include "ipc/devnet/version.h"

using namespace ipc;
using namespace ipc::devnet;
using rpc::Json;

namespace {

const U256 kFil = U256::parse("1000000000000000000");

class RpcIpc : public ::testing::Test {
protected:
    void start(const std::string& templateName) {
        DevnetOptions o;
        o.paused = true;
        devnet_ = Devnet::start(builtinTemplate(templateName), o);
        rpc::addIpcMethods(table_);
        rpc::addDevnetMethods(table_);
        root_ = devnet_->view()->subnets.at(0).id;
        rootRpc_ = dispatcherFor(root_);
    }

    // "http://127.0.0.1:<8545 + index>" by the subnet's place in the hierarchy, as the server
    // assigns ports.
    std::unique_ptr<rpc::Dispatcher> dispatcherFor(const SubnetId& subnet) {
        rpc::UrlLookup urls = [this](const SubnetId& id) {
            const auto index = engine(*devnet_)
                                   .post([id](Hierarchy& h) -> std::optional<std::size_t> {
                                       for (std::size_t i = 0; i < h.nodes().size(); ++i) {
                                           if (h.nodes()[i]->id == id)
                                               return i;
                                       }
                                       return std::nullopt;
                                   })
                                   .get();
            return index ? "http://127.0.0.1:" + std::to_string(8545 + *index) : std::string();
        };
        return std::make_unique<rpc::Dispatcher>(*devnet_, subnet, table_, rpc::DispatcherLimits{},
                                                 urls);
    }

    Json respond(const std::string& method, const std::string& params,
                 const rpc::Dispatcher* d = nullptr) {
        const std::string body =
            R"({"jsonrpc":"2.0","id":1,"method":")" + method + R"(","params":)" + params + "}";
        return Json::parse((d != nullptr ? *d : *rootRpc_).handle(body));
    }

    // The result; a failure (with the error message) when the call failed.
    Json call(const std::string& method, const std::string& params = "[]",
              const rpc::Dispatcher* d = nullptr) {
        const Json r = respond(method, params, d);
        if (r.has_field("error")) {
            ADD_FAILURE() << method << params << " failed: " << r.at("error").serialize();
            return Json::null();
        }
        return r.at("result");
    }

    // The error object; a failure when the call succeeded.
    Json error(const std::string& method, const std::string& params = "[]") {
        const Json r = respond(method, params);
        if (!r.has_field("error")) {
            ADD_FAILURE() << method << params << " succeeded: " << r.serialize();
            return Json::object();
        }
        return r.at("error");
    }

    // An invalid-params error whose message contains `words`.
    void expectInvalid(const std::string& method, const std::string& params,
                       const std::string& words) {
        const Json e = error(method, params);
        if (!e.has_field("code"))
            return;
        EXPECT_EQ(e.at("code").as_integer(), rpc::kInvalidParams) << method << params;
        EXPECT_NE(e.at("message").as_string().find(words), std::string::npos)
            << method << params << ": " << e.at("message").as_string();
    }

    void advance(std::uint64_t ms) {
        engine(*devnet_).post([ms](Hierarchy& h) { h.runUntil(h.now() + ms); }).get();
    }

    template <class F>
    bool runUntil(F done, std::uint64_t maxMs) {
        return engine(*devnet_)
            .post([&](Hierarchy& h) {
                return h.runUntilCondition([&] { return done(h); }, h.now() + maxMs);
            })
            .get();
    }

    SubnetId idOf(const std::string& name) {
        return engine(*devnet_).post([name](Hierarchy& h) { return h.resolve(name).id; }).get();
    }

    static std::string quoted(const std::string& s) { return "\"" + s + "\""; }

    // Mines the first checkpoint (height 10) of `subnet` and lets the relayer bring it to the
    // root: 11 blocks (the 11th applies the signatures), a relayer poll, a root block.
    void checkpointTen(const std::string& subnet) {
        call("devnet_mine", "[" + quoted(subnet) + ", 11]");
        advance(1000);
        call("devnet_mine", R"(["root", 1])");
    }

    std::unique_ptr<Devnet> devnet_;
    rpc::MethodTable table_;
    SubnetId root_;
    std::unique_ptr<rpc::Dispatcher> rootRpc_;
};

// ---------------------------------------------------------------- subnets

TEST_F(RpcIpc, ListSubnetsShowsTheTreeWithUrls) {
    start("three-level");
    const Json list = call("ipc_listSubnets");
    ASSERT_TRUE(list.is_array());
    ASSERT_EQ(list.size(), 7u);
    const Json& root = list.at(0);
    EXPECT_EQ(root.at("name").as_string(), "root");
    EXPECT_EQ(root.at("id").as_string(), "/r31337");
    EXPECT_TRUE(root.at("parent").is_null());
    EXPECT_EQ(root.at("chainId").as_number().to_uint64(), 31337u);
    EXPECT_EQ(root.at("rpcUrl").as_string(), "http://127.0.0.1:8545");
    EXPECT_EQ(root.at("validators").as_integer(), 1);
    std::set<std::string> urls;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Json& s = list.at(i);
        urls.insert(s.at("rpcUrl").as_string());
        EXPECT_EQ(s.at("status").as_string(), "running");
        EXPECT_EQ(s.at("height").as_integer(), 0);
        if (i == 0)
            continue;
        const SubnetId id = SubnetId::parse(s.at("id").as_string());
        EXPECT_EQ(s.at("parent").as_string(), id.parent()->toString());
        EXPECT_EQ(s.at("chainId").as_number().to_uint64(), id.chainId());
        EXPECT_EQ(s.at("validators").as_integer(), 4);
        EXPECT_EQ(s.at("validatorsOnline").as_integer(), 4);
        EXPECT_EQ(s.at("checkpointPeriod").as_integer(), 10);
        EXPECT_EQ(s.at("lastCheckpointHeight").as_integer(), 0);
        // Genesis supply: every account's prefund (10 x 1000 FIL) plus what grandchildren need.
        EXPECT_FALSE(U256::parse(s.at("circulatingSupply").as_string()).isZero());
        EXPECT_NE(s.at("circulatingSupplyFil").as_string().find(" FIL"), std::string::npos);
    }
    EXPECT_EQ(urls.size(), 7u);
    EXPECT_EQ(list.at(1).at("parent").as_string(), "/r31337");
}

TEST_F(RpcIpc, GetSubnetByNameOrIdWithActorAndGateway) {
    start("single");
    const SubnetId alpha = idOf("alpha");
    const Json byName = call("ipc_getSubnet", R"(["alpha"])");
    const Json byId = call("ipc_getSubnet", "[" + quoted(alpha.toString()) + "]");
    EXPECT_EQ(byName.serialize(), byId.serialize());
    EXPECT_EQ(byName.at("id").as_string(), alpha.toString());
    EXPECT_EQ(byName.at("name").as_string(), "alpha");
    EXPECT_EQ(byName.at("rpcUrl").as_string(), "http://127.0.0.1:8546");
    EXPECT_EQ(byName.at("validatorSet").size(), 4u);
    EXPECT_TRUE(byName.at("relayerOn").as_bool());
    EXPECT_EQ(byName.at("blockTimeMs").as_integer(), 1000);
    const Json& p = byName.at("parameters");
    EXPECT_EQ(p.at("bottomUpCheckPeriod").as_integer(), 10);
    EXPECT_EQ(p.at("majorityPercentage").as_integer(), 67);
    EXPECT_EQ(p.at("activeValidatorsLimit").as_integer(), 100);
    EXPECT_EQ(p.at("permissionMode").as_string(), "collateral");
    // The template's rule: all four validators' collateral activates the subnet.
    EXPECT_EQ(p.at("minActivationCollateral").as_string(), (U256(40) * kFil).toDecimal());
    EXPECT_EQ(p.at("minActivationCollateralFil").as_string(), "40 FIL");
    const Json& actor = byName.at("actor");
    EXPECT_EQ(EthAddress::parse(actor.at("address").as_string()), *alpha.actor());
    EXPECT_TRUE(actor.at("bootstrapped").as_bool());
    EXPECT_EQ(actor.at("totalConfirmedCollateralFil").as_string(), "40 FIL");
    const Json& gw = byName.at("gateway");
    EXPECT_EQ(EthAddress::parse(gw.at("address").as_string()), protocol::gatewayAddress());
    EXPECT_EQ(gw.at("circSupply").as_string(), byName.at("circulatingSupply").as_string());
    EXPECT_EQ(gw.at("stakeFil").as_string(), "40 FIL");
    EXPECT_EQ(gw.at("topDownNonce").as_integer(), 0);
    EXPECT_EQ(gw.at("appliedTopDownNonce").as_integer(), 0);
    EXPECT_EQ(gw.at("bottomUpNonce").as_integer(), 0);
    EXPECT_TRUE(gw.at("parentFinality").is_null());
    EXPECT_TRUE(byName.at("lastCheckpoint").is_null());

    // Without a subnet: the endpoint's own (the root here), which has no actor or parameters.
    const Json root = call("ipc_getSubnet");
    EXPECT_EQ(root.at("id").as_string(), "/r31337");
    EXPECT_TRUE(root.at("parameters").is_null());
    EXPECT_TRUE(root.at("actor").is_null());
    EXPECT_TRUE(root.at("gateway").at("circSupply").is_null());
    EXPECT_EQ(root.at("gateway").at("children").as_integer(), 1);
}

// ---------------------------------------------------------------- checkpoints

TEST_F(RpcIpc, CheckpointsMinedRelayedAndDecoded) {
    start("single");
    const SubnetId alpha = idOf("alpha");
    const Json mined = call("devnet_mine", R"(["alpha", 11])");
    EXPECT_EQ(mined.at("height").as_integer(), 11);
    EXPECT_EQ(mined.at("status").as_string(), "running");
    // Cut at 10, signed at the end of 10, signatures applied in 11: quorum, not yet relayed.
    Json list = call("ipc_listCheckpoints", R"(["alpha"])");
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list.at(0).at("height").as_integer(), 10);
    EXPECT_EQ(list.at(0).at("stage").as_string(), "quorum");
    EXPECT_EQ(list.at(0).at("messages").as_integer(), 0);
    EXPECT_GE(list.at(0).at("signedWeight").as_integer(), list.at(0).at("threshold").as_integer());

    // The relayer polls on the scheduler; the root executes the submission in its next block.
    advance(1000);
    call("devnet_mine", R"(["root", 1])");
    list = call("ipc_listCheckpoints", R"(["alpha"])");
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list.at(0).at("stage").as_string(), "executed");

    const Json cp = call("ipc_getCheckpoint", R"(["alpha", 10])");
    const CheckpointView view =
        engine(*devnet_)
            .post([&](Hierarchy& h) { return *makeCheckpointView(*h.node(alpha), 10); })
            .get();
    const Hash32 viewHash = view.summary.hash;
    EXPECT_EQ(cp.at("abiHash").as_string(), viewHash.hex());
    EXPECT_EQ(cp.at("hash").as_string(), viewHash.hex());
    EXPECT_EQ(keccak256(fromHex(cp.at("abiEncoded").as_string())).hex(), viewHash.hex());
    EXPECT_EQ(cp.at("subnetId").as_string(), alpha.toString());
    EXPECT_EQ(cp.at("blockHeight").as_integer(), 10);
    EXPECT_EQ(cp.at("blockHash").as_string(), view.checkpoint.blockHash.hex());
    EXPECT_EQ(static_cast<std::uint64_t>(cp.at("nextConfigurationNumber").as_integer()),
              view.checkpoint.nextConfigurationNumber);
    EXPECT_EQ(cp.at("msgs").size(), 0u);
    EXPECT_EQ(cp.at("activity").at("totalActiveValidators").as_integer(), 4);
    EXPECT_EQ(cp.at("activity").at("totalNumBlocksCommitted").as_integer(), 10);
    EXPECT_EQ(cp.at("stage").as_string(), "executed");
    const Json& sigs = cp.at("signatures");
    ASSERT_EQ(sigs.size(), 4u);
    std::int64_t weight = 0;
    for (std::size_t i = 0; i < sigs.size(); ++i) {
        EXPECT_TRUE(sigs.at(i).at("verified").as_bool());
        EXPECT_EQ(sigs.at(i).at("signature").as_string().size(), 2u + 130u);
        weight += sigs.at(i).at("weight").as_integer();
    }
    const Json& q = cp.at("quorum");
    EXPECT_EQ(q.at("signedWeight").as_integer(), weight);
    EXPECT_EQ(q.at("totalWeight").as_integer(), 40'000);
    EXPECT_EQ(q.at("threshold").as_integer(), 26'800);
    EXPECT_TRUE(q.at("reached").as_bool());
    const Json& stages = cp.at("stages");
    EXPECT_EQ(stages.at("cut").at("timeMs").as_integer(), 0);
    EXPECT_EQ(stages.at("quorum").at("height").as_integer(), 11);
    EXPECT_TRUE(stages.at("submitted").at("parentHeight").is_integer());
    EXPECT_GT(stages.at("executed").at("parentHeight").as_integer(), 0);

    // The subnet's summary follows.
    const Json subnet = call("ipc_getSubnet", R"(["alpha"])");
    EXPECT_EQ(subnet.at("lastCheckpointHeight").as_integer(), 10);
    EXPECT_EQ(subnet.at("lastCheckpoint").at("height").as_integer(), 10);
    EXPECT_EQ(subnet.at("actor").at("lastBottomUpCheckpointHeight").as_integer(), 10);

    // More checkpoints: paging by height and limit.
    ASSERT_TRUE(runUntil(
        [&](Hierarchy& h) { return h.node(alpha)->actor()->lastBottomUpCheckpointHeight() >= 40; },
        120'000));
    list = call("ipc_listCheckpoints", R"(["alpha", 20, 2])");
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list.at(0).at("height").as_integer(), 20);
    EXPECT_EQ(list.at(1).at("height").as_integer(), 30);
    list = call("ipc_listCheckpoints", R"(["alpha", 15])");
    EXPECT_EQ(list.at(0).at("height").as_integer(), 20);
    EXPECT_EQ(call("ipc_listCheckpoints", "[\"root\"]").size(), 0u);

    expectInvalid("ipc_getCheckpoint", R"(["alpha", 7])", "no checkpoint at height 7");
    expectInvalid("ipc_getCheckpoint", R"(["alpha"])", "height");
    expectInvalid("ipc_listCheckpoints", R"(["alpha", 0, 0])", "limit");
    expectInvalid("ipc_listCheckpoints", R"(["alpha", 0, 5000])", "limit");
    expectInvalid("ipc_listCheckpoints", R"(["alpha", -1])", "fromHeight");
}

TEST_F(RpcIpc, RelayerOffLeavesCheckpointsAtQuorum) {
    start("single");
    EXPECT_TRUE(call("devnet_setRelayer", R"(["alpha", false])").as_bool());
    EXPECT_FALSE(call("ipc_getSubnet", R"(["alpha"])").at("relayerOn").as_bool());
    checkpointTen("alpha");
    advance(3000);
    Json list = call("ipc_listCheckpoints", R"(["alpha"])");
    ASSERT_GE(list.size(), 1u);
    EXPECT_EQ(list.at(0).at("stage").as_string(), "quorum");
    EXPECT_EQ(call("ipc_getSubnet", R"(["alpha"])").at("lastCheckpointHeight").as_integer(), 0);
    EXPECT_TRUE(call("devnet_setRelayer", R"(["alpha", true])").as_bool());
    advance(1000);
    call("devnet_mine", R"(["root", 1])");
    list = call("ipc_listCheckpoints", R"(["alpha"])");
    EXPECT_EQ(list.at(0).at("stage").as_string(), "executed");

    expectInvalid("devnet_setRelayer", R"(["root", false])", "root has no relayer");
    expectInvalid("devnet_setRelayer", R"(["alpha", "off"])", "true or false");
}

// ---------------------------------------------------------------- messages

TEST_F(RpcIpc, FundIsListedAndTracedHopByHop) {
    start("single");
    const SubnetId alpha = idOf("alpha");
    const EthAddress to = crypto::PrivateKey::deterministic(99, 0).ethAddress();
    advance(2000);
    engine(*devnet_)
        .post([&](Hierarchy& h) {
            return h.fund(alpha, h.accounts()[0].address, to, U256(5) * kFil);
        })
        .get();
    // Delivered in alpha after finality, then the Result comes back up with a checkpoint.
    ASSERT_TRUE(runUntil(
        [&](Hierarchy& h) {
            for (const auto& [id, t] : h.messages()) {
                if (t.envelope.kind == protocol::MsgKind::Transfer &&
                    t.stage == MessageStage::ReceiptReturned) {
                    return true;
                }
            }
            return false;
        },
        60'000));

    const Json all = call("ipc_listCrossMessages");
    ASSERT_EQ(all.size(), 2u);  // the transfer and its Result
    std::optional<Json> transfer;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all.at(i).at("kind").as_string() == "Transfer")
            transfer = all.at(i);
    }
    ASSERT_TRUE(transfer.has_value());
    EXPECT_EQ(transfer->at("value").as_string(), (U256(5) * kFil).toDecimal());
    EXPECT_EQ(transfer->at("valueFil").as_string(), "5 FIL");
    EXPECT_EQ(transfer->at("to").at("subnet").as_string(), alpha.toString());
    EXPECT_EQ(transfer->at("to").at("address").as_string(), to.toChecksumHex());
    EXPECT_EQ(transfer->at("from").at("subnet").as_string(), "/r31337");
    EXPECT_EQ(transfer->at("stage").as_string(), "receipt-returned");
    EXPECT_TRUE(transfer->at("failure").is_null());
    // Newest first: the Result was created after the transfer.
    EXPECT_EQ(all.at(0).at("kind").as_string(), "Result");
    EXPECT_EQ(call("ipc_listCrossMessages", R"(["alpha"])").size(), 2u);
    EXPECT_EQ(call("ipc_listCrossMessages", R"([null, 1])").size(), 1u);
    // The transfer's outcome comes from its Result; kind and outcome filters.
    EXPECT_EQ(transfer->at("outcome").as_string(), "Ok");
    EXPECT_EQ(call("ipc_listCrossMessages", R"([null, 10, "Transfer"])").size(), 1u);
    EXPECT_EQ(call("ipc_listCrossMessages", R"([null, 10, "Call"])").size(), 0u);
    EXPECT_EQ(call("ipc_listCrossMessages", R"([null, 10, null, "Ok"])").size(), 2u);
    EXPECT_EQ(call("ipc_listCrossMessages", R"([null, 10, null, "ActorErr"])").size(), 0u);
    expectInvalid("ipc_listCrossMessages", R"([null, 10, "Ping"])", "kind");
    expectInvalid("ipc_listCrossMessages", R"([null, 10, null, "Maybe"])", "outcome");

    const std::string id = transfer->at("tracingId").as_string();
    const Json trace = call("ipc_traceMessage", "[" + quoted(id) + "]");
    EXPECT_EQ(trace.at("tracingId").as_string(), id);
    EXPECT_EQ(trace.at("stage").as_string(), "receipt-returned");
    EXPECT_TRUE(trace.at("answers").is_null());
    ASSERT_TRUE(trace.at("resultId").is_string());
    const Json& hops = trace.at("hops");
    ASSERT_GE(hops.size(), 3u);
    EXPECT_EQ(hops.at(0).at("stage").as_string(), "committed-top-down");
    EXPECT_EQ(hops.at(0).at("subnet").as_string(), "/r31337");
    EXPECT_EQ(hops.at(0).at("subnetName").as_string(), "root");
    bool delivered = false;
    for (std::size_t i = 0; i < hops.size(); ++i) {
        if (hops.at(i).at("stage").as_string() == "delivered") {
            delivered = true;
            EXPECT_EQ(hops.at(i).at("subnet").as_string(), alpha.toString());
            EXPECT_GT(hops.at(i).at("height").as_integer(), 0);
        }
    }
    EXPECT_TRUE(delivered);
    EXPECT_EQ(hops.at(hops.size() - 1).at("stage").as_string(), "receipt-returned");

    const Json result =
        call("ipc_traceMessage", "[" + quoted(trace.at("resultId").as_string()) + "]");
    EXPECT_EQ(result.at("kind").as_string(), "Result");
    EXPECT_EQ(result.at("answers").as_string(), id);

    EXPECT_TRUE(call("ipc_traceMessage", "[" + quoted(Hash32{}.hex()) + "]").is_null());
    expectInvalid("ipc_traceMessage", R"(["0x1234"])", "tracingId");
    expectInvalid("ipc_listCrossMessages", R"(["nowhere"])", "nowhere");

    // Parent finality: alpha follows the root; the root follows nobody.
    const Json f = call("ipc_parentFinality", R"(["alpha"])");
    ASSERT_TRUE(f.is_object());
    const auto height = static_cast<std::uint64_t>(f.at("height").as_integer());
    EXPECT_GT(height, 0u);
    const Hash32 rootHash =
        engine(*devnet_)
            .post([&](Hierarchy& h) { return h.root().chain->block(height)->hash; })
            .get();
    EXPECT_EQ(f.at("blockHash").as_string(), rootHash.hex());
    EXPECT_EQ(call("ipc_getSubnet", R"(["alpha"])").at("gateway").at("parentFinality").serialize(),
              f.serialize());
    EXPECT_TRUE(call("ipc_parentFinality", R"(["root"])").is_null());
}

// ---------------------------------------------------------------- validators

TEST_F(RpcIpc, ValidatorsOfflineHaltTheSubnetAndBack) {
    start("single");
    const Json vals = call("ipc_listValidators", R"(["alpha"])");
    ASSERT_EQ(vals.size(), 4u);
    for (std::size_t i = 0; i < vals.size(); ++i) {
        const Json& v = vals.at(i);
        EXPECT_EQ(v.at("power").as_integer(), 10'000);
        EXPECT_EQ(v.at("collateral").as_string(), (U256(10) * kFil).toDecimal());
        EXPECT_EQ(v.at("collateralFil").as_string(), "10 FIL");
        EXPECT_TRUE(v.at("online").as_bool());
        EXPECT_EQ(v.at("blocksProposed").as_integer(), 0);
        const std::string pub = v.at("publicKey").as_string();
        EXPECT_EQ(pub.size(), 2u + 130u);
        EXPECT_EQ(pub.substr(0, 4), "0x04");
    }
    call("devnet_mine", R"(["alpha", 4])");
    const std::string v0 = vals.at(0).at("address").as_string();
    const std::string v1 = vals.at(1).at("address").as_string();
    EXPECT_TRUE(
        call("devnet_setValidatorOnline", "[\"alpha\", " + quoted(v0) + ", false]").as_bool());
    EXPECT_TRUE(
        call("devnet_setValidatorOnline", "[\"alpha\", " + quoted(v1) + ", false]").as_bool());
    Json mined = call("devnet_mine", R"(["alpha", 3])");
    EXPECT_EQ(mined.at("status").as_string(), "halted");
    EXPECT_EQ(mined.at("height").as_integer(), 4);
    Json subnet = call("ipc_getSubnet", R"(["alpha"])");
    EXPECT_EQ(subnet.at("status").as_string(), "halted");
    EXPECT_EQ(subnet.at("validatorsOnline").as_integer(), 2);
    EXPECT_EQ(call("ipc_listSubnets").at(1).at("status").as_string(), "halted");

    call("devnet_setValidatorOnline", "[\"alpha\", " + quoted(v1) + ", true]");
    mined = call("devnet_mine", R"(["alpha", 1])");
    EXPECT_EQ(mined.at("status").as_string(), "running");
    EXPECT_EQ(mined.at("height").as_integer(), 5);
    const Json after = call("ipc_listValidators", R"(["alpha"])");
    std::int64_t proposed = 0;
    for (std::size_t i = 0; i < after.size(); ++i)
        proposed += after.at(i).at("blocksProposed").as_integer();
    EXPECT_EQ(proposed, 5);

    const std::string stranger = crypto::PrivateKey::deterministic(7, 7).ethAddress().hex();
    expectInvalid("devnet_setValidatorOnline", "[\"alpha\", " + quoted(stranger) + ", false]",
                  "is not a validator");
    expectInvalid("devnet_setValidatorOnline", R"(["alpha", "0x12", false])", "validator");
    expectInvalid("devnet_setValidatorOnline", "[\"alpha\", " + quoted(v0) + "]", "online");
}

// ---------------------------------------------------------------- devnet_ controls

TEST_F(RpcIpc, MineDefaultsToTheEndpointsSubnet) {
    start("single");
    const SubnetId alpha = idOf("alpha");
    const auto alphaRpc = dispatcherFor(alpha);
    const Json one = call("devnet_mine", "[]", alphaRpc.get());
    EXPECT_EQ(one.at("subnet").as_string(), alpha.toString());
    EXPECT_EQ(one.at("name").as_string(), "alpha");
    EXPECT_EQ(one.at("height").as_integer(), 1);
    EXPECT_EQ(call("devnet_mine", R"([null, 3])").at("height").as_integer(), 3);  // the root
    EXPECT_EQ(call("ipc_getSubnet", "[]", alphaRpc.get()).at("name").as_string(), "alpha");
    EXPECT_EQ(call("ipc_listValidators", "[]", alphaRpc.get()).size(), 4u);

    EXPECT_TRUE(call("devnet_setBlockTime", R"(["alpha", 2500])").as_bool());
    EXPECT_EQ(call("ipc_getSubnet", R"(["alpha"])").at("blockTimeMs").as_integer(), 2500);
    const auto before = call("ipc_getSubnet", R"(["alpha"])").at("height").as_integer();
    advance(5000);
    EXPECT_EQ(call("ipc_getSubnet", R"(["alpha"])").at("height").as_integer(), before + 2);

    expectInvalid("devnet_mine", R"(["alpha", 0])", "at least 1");
    expectInvalid("devnet_mine", R"(["alpha", -3])", "negative");
    expectInvalid("devnet_mine", R"(["alpha", 10001])", "larger than 10000");
    expectInvalid("devnet_mine", R"(["alpha", 1.5])", "whole number");
    expectInvalid("devnet_mine", R"(["alpha", "many"])", "count");
    expectInvalid("devnet_mine", R"(["nope", 1])", "nope");
    expectInvalid("devnet_mine", R"([42])", "subnet id or name");
    expectInvalid("devnet_mine", R"(["/r31337/t410fgalav7yo342zbem3kkqhx4l5d43d3iyswlpwkby"])",
                  "no subnet");
    EXPECT_EQ(call("devnet_mine", R"(["alpha", "0x2"])").at("height").as_integer(), before + 4);
    expectInvalid("devnet_setBlockTime", R"(["alpha", -5])", "ms");
    expectInvalid("devnet_setBlockTime", R"(["alpha"])", "ms");
    expectInvalid("devnet_setBlockTime", R"(["alpha", 99999999])", "larger than");
    expectInvalid("ipc_getSubnet", R"([42])", "subnet");
    expectInvalid("ipc_listValidators", R"(["gamma"])", "gamma");
}

TEST_F(RpcIpc, PauseResumeSpeedAndNodeInfo) {
    start("single");
    Json info = call("devnet_nodeInfo");
    EXPECT_EQ(info.at("version").as_string(), kVersion);
    EXPECT_TRUE(info.at("paused").as_bool());
    EXPECT_DOUBLE_EQ(info.at("speed").as_double(), 1.0);
    EXPECT_EQ(info.at("subnets").as_integer(), 2);
    EXPECT_EQ(info.at("rootChainId").as_integer(), 31337);
    EXPECT_EQ(info.at("timeMs").as_integer(), 0);
    ASSERT_EQ(info.at("accounts").size(), 10u);
    EXPECT_EQ(info.at("accounts").at(0).as_string(), "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

    EXPECT_TRUE(call("devnet_setSpeed", "[100]").as_bool());
    EXPECT_TRUE(call("devnet_resume").as_bool());
    info = call("devnet_nodeInfo");
    EXPECT_FALSE(info.at("paused").as_bool());
    EXPECT_DOUBLE_EQ(info.at("speed").as_double(), 100.0);
    EXPECT_TRUE(call("devnet_pause").as_bool());
    EXPECT_TRUE(call("devnet_nodeInfo").at("paused").as_bool());
    EXPECT_TRUE(call("devnet_setSpeed", "[0.5]").as_bool());
    EXPECT_DOUBLE_EQ(call("devnet_nodeInfo").at("speed").as_double(), 0.5);

    expectInvalid("devnet_setSpeed", "[0]", "outside 0.01..1000");
    expectInvalid("devnet_setSpeed", "[-2]", "outside");
    expectInvalid("devnet_setSpeed", "[1001]", "outside");
    expectInvalid("devnet_setSpeed", R"(["fast"])", "expected a number");
    expectInvalid("devnet_setSpeed", "[]", "speed");

    // Snapshots are offered (tests/devnet/rpc/test_rpc_devnet_snapshot.cpp); a revert needs an id.
    expectInvalid("devnet_revert", "[]", "snapshot");
}

TEST_F(RpcIpc, SetBalanceOnTheRootKeepsTheSupplyInvariant) {
    start("single");
    const std::string who = "0x1000000000000000000000000000000000000001";
    EXPECT_TRUE(call("devnet_setBalance", R"([")" + who + R"(", "0x3e8"])").as_bool());
    const auto balance = engine(*devnet_)
                             .post([&](Hierarchy& h) {
                                 return h.root().chain->state().balance(EthAddress::parse(who));
                             })
                             .get();
    EXPECT_EQ(balance, U256(1000));
    EXPECT_TRUE(call("devnet_setBalance", R"([")" + who + R"(", "0x0", "root"])").as_bool());
    // Subnets and IPC's own accounts are refused: their balances are what IPC accounts for.
    expectInvalid("devnet_setBalance", R"([")" + who + R"(", "0x1", "alpha"])", "root only");
    const Json e =
        error("devnet_setBalance", R"(["0x77aa40b105843728088c0132e43fc44348881da8", "0x1"])");
    EXPECT_NE(e.at("message").as_string().find("IPC contract"), std::string::npos);
    expectInvalid("devnet_setBalance", R"(["0x12", "0x1"])", "address");
    expectInvalid("devnet_setBalance", R"([")" + who + R"(", "12"])", "quantity");
    engine(*devnet_).post([](Hierarchy& h) { h.runUntil(h.now() + 30'000); }).get();
    EXPECT_TRUE(
        engine(*devnet_).post([](Hierarchy& h) { return h.checkInvariants(); }).get().empty());
}

// ---------------------------------------------------------------- devnet_createSubnet

TEST_F(RpcIpc, CreateSubnetRejectsBadSpecs) {
    start("single");
    expectInvalid("devnet_createSubnet", "[]", "missing parameter 0");
    expectInvalid("devnet_createSubnet", R"(["gamma"])", "expected an object");
    expectInvalid("devnet_createSubnet", R"([{"name":"gamma","colateral":"5"}])",
                  "unknown field 'colateral'");
    expectInvalid("devnet_createSubnet", R"([{"name":"Gamma!"}])", "invalid name");
    expectInvalid("devnet_createSubnet", R"([{"name":"alpha"}])", "already exists");
    expectInvalid("devnet_createSubnet", R"([{"parent":"nowhere"}])", "nowhere");
    expectInvalid("devnet_createSubnet", R"([{"validators":0}])", "at least 1 validator");
    expectInvalid("devnet_createSubnet", R"([{"validators":101}])", "validators");
    expectInvalid("devnet_createSubnet", R"([{"collateral":"abc"}])", "collateral");
    expectInvalid("devnet_createSubnet", R"([{"collateral":5}])", "FIL as text");
    expectInvalid("devnet_createSubnet", R"([{"collateral":"0"}])", "more than 0 FIL");
    expectInvalid("devnet_createSubnet", R"([{"majorityPercentage":50}])", "majority");
    expectInvalid("devnet_createSubnet", R"([{"checkpointPeriod":0}])", "period");
    expectInvalid("devnet_createSubnet", R"([{"validators":2,"minValidators":3}])",
                  "never bootstrap");
    expectInvalid("devnet_createSubnet",
                  R"([{"validators":1,"collateral":"0.5","minActivationCollateral":"1"}])",
                  "it would never bootstrap");
    expectInvalid("devnet_createSubnet", R"([{"permissionMode":"federated"}])", "federated");
    expectInvalid("devnet_createSubnet", R"([{"permissionMode":"proof-of-work"}])",
                  "permission mode");
    expectInvalid("devnet_createSubnet", R"([{"chainId":0}])", "chainId");
    // Nothing was created on the way.
    EXPECT_EQ(call("ipc_listSubnets").size(), 2u);
    EXPECT_EQ(
        engine(*devnet_).post([](Hierarchy& h) { return h.root().chain->mempool().size(); }).get(),
        0u);
}

TEST_F(RpcIpc, CreateSubnetBootstrapsAfterRunning) {
    start("single");
    advance(2000);
    const Json created = call("devnet_createSubnet", R"([{
        "parent": "alpha", "name": "gamma", "validators": 3, "collateral": "5",
        "checkpointPeriod": 5, "majorityPercentage": 67, "minValidators": 3,
        "blockTimeMs": 500, "permissionMode": "collateral"}])");
    ASSERT_TRUE(created.is_object());
    EXPECT_EQ(created.at("name").as_string(), "gamma");
    const SubnetId gamma = SubnetId::parse(created.at("id").as_string());
    EXPECT_EQ(*gamma.parent(), idOf("alpha"));
    ASSERT_TRUE(runUntil([&](Hierarchy& h) { return h.node(gamma) != nullptr; }, 30'000));
    const Json list = call("ipc_listSubnets");
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list.at(2).at("name").as_string(), "gamma");
    EXPECT_EQ(list.at(2).at("rpcUrl").as_string(), "http://127.0.0.1:8547");
    const Json g = call("ipc_getSubnet", R"(["gamma"])");
    EXPECT_EQ(g.at("status").as_string(), "running");
    EXPECT_EQ(g.at("validators").as_integer(), 3);
    EXPECT_EQ(g.at("parameters").at("bottomUpCheckPeriod").as_integer(), 5);
    EXPECT_EQ(g.at("parameters").at("blockTimeMs").as_integer(), 500);
    EXPECT_TRUE(g.at("actor").at("bootstrapped").as_bool());
    EXPECT_EQ(g.at("gateway").at("stakeFil").as_string(), "15 FIL");
    ASSERT_TRUE(runUntil(
        [&](Hierarchy& h) { return h.node(gamma)->actor()->lastBottomUpCheckpointHeight() >= 10; },
        60'000));
    const Json cps = call("ipc_listCheckpoints", R"(["gamma"])");
    ASSERT_GE(cps.size(), 2u);
    EXPECT_EQ(cps.at(0).at("height").as_integer(), 5);
    EXPECT_EQ(cps.at(0).at("stage").as_string(), "executed");
    EXPECT_TRUE(
        engine(*devnet_).post([](Hierarchy& h) { return h.checkInvariants(); }).get().empty());
    expectInvalid("devnet_createSubnet", R"([{"parent":"alpha","name":"gamma"}])",
                  "already exists");

    // Unnamed, under the endpoint's subnet (the root), with the topology defaults: every
    // validator is needed to start.
    const Json unnamed = call("devnet_createSubnet", R"([{"validators": 2, "collateral": "3"}])");
    ASSERT_TRUE(unnamed.is_object());
    EXPECT_EQ(unnamed.at("name").as_string(), "subnet-3");
    EXPECT_EQ(unnamed.at("parent").as_string(), "/r31337");
    const SubnetId other = SubnetId::parse(unnamed.at("id").as_string());
    ASSERT_TRUE(runUntil([&](Hierarchy& h) { return h.node(other) != nullptr; }, 30'000));
    const Json o = call("ipc_getSubnet", R"(["subnet-3"])");
    EXPECT_EQ(o.at("parameters").at("minValidators").as_integer(), 2);
    EXPECT_EQ(o.at("parameters").at("minActivationCollateralFil").as_string(), "6 FIL");
    EXPECT_EQ(o.at("validators").as_integer(), 2);
}

}  // namespace
