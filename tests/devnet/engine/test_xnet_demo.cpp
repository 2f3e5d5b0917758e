// The xnet-demo template in virtual time: its contracts are deployed in each chain's first block
// at the planned addresses and linked to their peers; a Call from the root to the grandchild
// comes back with its Result, a refused step comes back as ActorErr with the target's state
// undone, a ping comes back as a pong, and the bridge locks on the root and mints on alpha.
// A topology whose constructor would revert is refused when the hierarchy is created.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "ipc/core/chain/transaction.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/ipc/types.h"
#include "ipc/devnet/explorer_views.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/template_contracts.h"
#include "ipc/devnet/topology.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {

class XnetDemo : public ::testing::Test {
protected:
    XnetDemo()
        : h(builtinTemplate("xnet-demo")),
          plan(planTemplateContracts(h)),
          alpha(*h.nodeByName("alpha")),
          leafChain(*h.nodeByName("alpha-1")) {}

    const PlannedContract& contract(const std::string& name) const {
        for (const auto& c : plan) {
            if (c.spec->name == name)
                return c;
        }
        throw Error("no contract " + name);
    }
    const SubnetNode& chainOf(const std::string& name) const {
        return *h.node(contract(name).subnet);
    }
    const EthAddress& account(std::size_t i) const { return h.accounts()[i].address; }

    // Every template contract has its code.
    bool deployed() const {
        for (const auto& c : plan) {
            if (!h.node(c.subnet)->chain->state().hasCode(c.address))
                return false;
        }
        return true;
    }

    // Sends `data` from account `from` to contract `name` and runs to its receipt.
    void call(const std::string& name, const Bytes& data, std::size_t from = 0) {
        const SubnetNode& n = chainOf(name);
        chain::Transaction t;
        t.chainId = n.chainId();
        t.nonce =
            n.chain->mempool().pendingNonce(account(from), n.chain->state().nonce(account(from)));
        t.maxFeePerGas = n.chain->nextBaseFee() * U256(2);
        t.maxPriorityFeePerGas = U256(1);
        t.gasLimit = 3'000'000;
        t.to = contract(name).address;
        t.data = data;
        const Hash32 tx = h.submit(n.id, chain::sign(t, h.accounts()[from].key));
        ASSERT_TRUE(
            h.runUntilCondition([&] { return n.chain->findTx(tx).has_value(); }, h.now() + 30'000));
        const auto loc = n.chain->findTx(tx);
        const chain::Receipt& r = n.chain->block(loc->block)->receipts.at(loc->index);
        ASSERT_TRUE(r.success) << name << ": " << r.revertReason;
    }

    // A view of contract `name`, decoded as `types`.
    std::vector<ipc::abi::Value> view(const std::string& name, std::string_view signature,
                                      std::vector<ipc::abi::Value> args,
                                      const std::string& types) const {
        chain::EvmCall c;
        c.from = account(0);
        c.to = contract(name).address;
        c.data = ipc::abi::encodeCall(signature, args);
        const evm::TxResult r = chainOf(name).chain->simulate(c, h.now());
        EXPECT_EQ(r.status, evm::Status::Success) << name << " " << signature;
        return ipc::abi::decode(ipc::abi::Type::parse(types), r.output).asList();
    }
    U256 viewUint(const std::string& name, std::string_view signature,
                  std::vector<ipc::abi::Value> args = {}) const {
        return view(name, signature, std::move(args), "(uint256)").at(0).asUint();
    }
    Hash32 lastCallId(const std::string& name) const {
        return view(name, "lastCallId()", {}, "(bytes32)").at(0).asBytes32();
    }
    void expectInvariants() const {
        for (const auto& v : h.checkInvariants())
            ADD_FAILURE() << v;
    }

    Hierarchy h;
    std::vector<PlannedContract> plan;
    const SubnetNode& alpha;
    const SubnetNode& leafChain;
};

TEST_F(XnetDemo, ContractsAreDeployedAtThePlannedAddressesAndLinked) {
    ASSERT_EQ(plan.size(), 5u);
    const EthAddress first = EthAddress::parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    EXPECT_EQ(contract("counter-root").address, first);
    EXPECT_EQ(contract("counter-root").subnet, h.root().id);
    EXPECT_EQ(contract("counter-leaf").address, first);
    EXPECT_EQ(contract("counter-leaf").subnet, leafChain.id);
    EXPECT_EQ(contract("token").address,
              EthAddress::parse("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"));
    EXPECT_EQ(contract("bridge-root").address,
              EthAddress::parse("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"));
    EXPECT_EQ(contract("bridge-alpha").subnet, alpha.id);
    EXPECT_FALSE(deployed());  // the creation transactions wait for the first blocks
    ASSERT_TRUE(h.runUntilCondition([&] { return deployed(); }, 5'000));
    for (const auto& c : plan)
        EXPECT_GT(h.node(c.subnet)->chain->state().nonce(c.deployer), c.nonce) << c.spec->name;

    // Each side knows its peer's subnet and address.
    EXPECT_EQ(view("counter-root", "peer()", {}, "(address)").at(0).asAddress(),
              contract("counter-leaf").address);
    EXPECT_EQ(view("counter-root", "peerSubnet()", {}, "((uint64,address[]))").at(0),
              protocol::toAbi(leafChain.id));
    EXPECT_EQ(view("counter-leaf", "peerSubnet()", {}, "((uint64,address[]))").at(0),
              protocol::toAbi(h.root().id));
    EXPECT_EQ(view("bridge-root", "peer()", {}, "(address)").at(0).asAddress(),
              contract("bridge-alpha").address);
    EXPECT_EQ(view("bridge-root", "token()", {}, "(address)").at(0).asAddress(),
              contract("token").address);
    EXPECT_EQ(view("bridge-alpha", "peerSubnet()", {}, "((uint64,address[]))").at(0),
              protocol::toAbi(h.root().id));
    EXPECT_EQ(viewUint("token", "balanceOf(address)", {ipc::abi::Value::address(account(0))}),
              U256(1'000'000) * U256::parse("1000000000000000000"));

    // The explorer names each carried contract by its code, with no project linked.
    for (const auto& c : plan) {
        const SubnetNode& n = *h.node(c.subnet);
        bool named = false;
        for (const ContractView& v :
             makeContractPage(n, n.chain->height(), 100, 100'000, &h.contractBook()).contracts) {
            if (v.address == c.address)
                named = v.name == c.spec->artifact;
        }
        EXPECT_TRUE(named) << c.spec->name;
    }
    expectInvariants();
}

TEST_F(XnetDemo, ACallToTheGrandchildComesBackWithItsResult) {
    ASSERT_TRUE(h.runUntilCondition([&] { return deployed(); }, 5'000));
    call("counter-root",
         ipc::abi::encodeCall("sendIncrement(uint256)", {ipc::abi::Value::uint(7)}));
    const Hash32 id = lastCallId("counter-root");
    EXPECT_EQ(viewUint("counter-root", "inflightCount()"), U256(1));
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return viewUint("counter-root", "resultsReceived()") == U256(1); },
        h.now() + 300'000));
    EXPECT_EQ(viewUint("counter-leaf", "count()"), U256(7));
    EXPECT_EQ(viewUint("counter-leaf", "callsReceived()"), U256(1));
    EXPECT_EQ(view("counter-leaf", "lastCaller()", {}, "(address)").at(0).asAddress(),
              contract("counter-root").address);
    const auto answer = view("counter-root", "answerOf(bytes32)", {ipc::abi::Value::bytes32(id)},
                             "(bool,uint8,bytes,uint256)");
    EXPECT_TRUE(answer.at(0).asBool());
    EXPECT_EQ(answer.at(1).asUint(), U256(0));  // Ok
    // handleIpcMessage's return data as it came back: the ABI encoding of the `bytes` it
    // returned, which is abi.encode(count).
    const Bytes count7 = ipc::abi::encode(ipc::abi::Type::parse("(uint256)"),
                                          ipc::abi::Value::tuple({ipc::abi::Value::uint(7)}));
    EXPECT_EQ(answer.at(2).asBytes(),
              ipc::abi::encodeSingle(ipc::abi::Type::bytes(), ipc::abi::Value::bytes(count7)));
    EXPECT_EQ(viewUint("counter-root", "inflightCount()"), U256(0));
    // The engine's trace agrees: one Result, Ok, naming the Call.
    const MessageTrace* t = h.trace(id);
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->results, 1u);
    ASSERT_TRUE(t->resultId.has_value());
    const protocol::ResultMsg r =
        protocol::decodeResultMsg(h.trace(*t->resultId)->envelope.message);
    EXPECT_EQ(r.outcome, protocol::Outcome::Ok);
    EXPECT_EQ(r.id, id);

    // A step above MAX_STEP: the leaf counts, then reverts; ActorErr and nothing kept.
    call("counter-root",
         ipc::abi::encodeCall("sendIncrement(uint256)", {ipc::abi::Value::uint(5000)}));
    const Hash32 refused = lastCallId("counter-root");
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return viewUint("counter-root", "resultsReceived()") == U256(2); },
        h.now() + 300'000));
    const auto err = view("counter-root", "answerOf(bytes32)", {ipc::abi::Value::bytes32(refused)},
                          "(bool,uint8,bytes,uint256)");
    EXPECT_EQ(err.at(1).asUint(), U256(2));  // ActorErr
    // The revert data: StepTooLarge(5000, 5007).
    const Bytes revert = err.at(2).asBytes();
    ASSERT_EQ(revert.size(), 4u + 64u);
    const auto sel = ipc::abi::selector("StepTooLarge(uint256,uint256)");
    EXPECT_TRUE(std::equal(sel.bytes.begin(), sel.bytes.end(), revert.begin()));
    EXPECT_EQ(viewUint("counter-leaf", "count()"), U256(7));
    EXPECT_EQ(viewUint("counter-leaf", "callsReceived()"), U256(1));

    // The explorer's message views decode both Calls and their Results: the method is named
    // from the contract's ABI, and the refused one's revert is said in words.
    const auto views = makeCrossMessageViews(h, h.root().id, 100);
    const auto viewOf = [&](const Hash32& tracing) -> const CrossMessageView* {
        for (const auto& v : views) {
            if (v.tracingId == tracing)
                return &v;
        }
        return nullptr;
    };
    const CrossMessageView* sent = viewOf(id);
    ASSERT_NE(sent, nullptr);
    ASSERT_TRUE(sent->call.has_value());
    EXPECT_EQ(sent->callMethod, "increment(uint256)");
    EXPECT_EQ(sent->call->params,
              ipc::abi::encode(ipc::abi::Type::parse("(uint256)"),
                               ipc::abi::Value::tuple({ipc::abi::Value::uint(7)})));
    ASSERT_TRUE(sent->resultId.has_value());
    const CrossMessageView* okResult = viewOf(*sent->resultId);
    ASSERT_NE(okResult, nullptr);
    ASSERT_TRUE(okResult->result.has_value());
    EXPECT_EQ(okResult->result->outcome, protocol::Outcome::Ok);
    EXPECT_EQ(okResult->result->id, id);
    EXPECT_TRUE(okResult->resultText.empty());
    const CrossMessageView* refusedView = viewOf(refused);
    ASSERT_NE(refusedView, nullptr);
    ASSERT_TRUE(refusedView->resultId.has_value());
    const CrossMessageView* errResult = viewOf(*refusedView->resultId);
    ASSERT_NE(errResult, nullptr);
    ASSERT_TRUE(errResult->result.has_value());
    EXPECT_EQ(errResult->result->outcome, protocol::Outcome::ActorErr);
    EXPECT_NE(errResult->resultText.find("StepTooLarge(5000, 5007)"), std::string::npos)
        << errResult->resultText;
    // The Calls themselves carry their outcome (the Messages list's Outcome column): Ok with
    // the return data, ActorErr with the revert in words.
    ASSERT_TRUE(sent->reply.has_value());
    EXPECT_EQ(sent->reply->outcome, protocol::Outcome::Ok);
    EXPECT_EQ(sent->reply->ret, okResult->result->ret);
    EXPECT_TRUE(sent->replyText.empty());
    ASSERT_TRUE(refusedView->reply.has_value());
    EXPECT_EQ(refusedView->reply->outcome, protocol::Outcome::ActorErr);
    EXPECT_EQ(refusedView->replyText, errResult->resultText);
    // The trace of the refused call says where it failed; the successful one's says nothing.
    const auto deliveredDetail = [](const CrossMessageView& v) {
        for (const TraceEntry& e : v.entries)
            if (e.stage == MessageStage::Delivered)
                return e.detail;
        return std::string("(not delivered)");
    };
    EXPECT_EQ(deliveredDetail(*refusedView), "reverted");
    EXPECT_EQ(deliveredDetail(*sent), "");
    // A transfer tracked from its transaction reads the same outcome.
    EXPECT_FALSE(okResult->reply.has_value());  // a Result is never answered

    // A ping from the root bounces back from the grandchild as a pong.
    call("counter-root", ipc::abi::encodeCall("sendPing(uint256)", {ipc::abi::Value::uint(42)}));
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return viewUint("counter-root", "pongsReceived()") == U256(1); }, h.now() + 600'000));
    EXPECT_EQ(viewUint("counter-root", "lastPong()"), U256(42));
    EXPECT_EQ(viewUint("counter-leaf", "pingsReceived()"), U256(1));
    expectInvariants();
}

TEST_F(XnetDemo, TheBridgeLocksOnTheRootAndMintsOnAlpha) {
    ASSERT_TRUE(h.runUntilCondition([&] { return deployed(); }, 5'000));
    const U256 amount = U256(25);
    call("token", ipc::abi::encodeCall("approve(address,uint256)",
                                       {ipc::abi::Value::address(contract("bridge-root").address),
                                        ipc::abi::Value::uint(amount)}));
    const EthAddress bob = account(1);
    call("bridge-root",
         ipc::abi::encodeCall("bridge(address,uint256)",
                              {ipc::abi::Value::address(bob), ipc::abi::Value::uint(amount)}));
    EXPECT_EQ(viewUint("bridge-root", "locked()"), amount);
    EXPECT_EQ(viewUint("token", "balanceOf(address)",
                       {ipc::abi::Value::address(contract("bridge-root").address)}),
              amount);
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return viewUint("bridge-root", "confirmed()") == U256(1); }, h.now() + 300'000));
    EXPECT_EQ(viewUint("bridge-alpha", "balanceOf(address)", {ipc::abi::Value::address(bob)}),
              amount);
    EXPECT_EQ(viewUint("bridge-alpha", "totalSupply()"), amount);

    // Burnt on alpha, unlocked on the root.
    const EthAddress carol = account(2);
    call("bridge-alpha",
         ipc::abi::encodeCall("bridgeBack(address,uint256)",
                              {ipc::abi::Value::address(carol), ipc::abi::Value::uint(10)}),
         1);
    EXPECT_EQ(viewUint("bridge-alpha", "balanceOf(address)", {ipc::abi::Value::address(bob)}),
              U256(15));
    ASSERT_TRUE(h.runUntilCondition(
        [&] {
            return viewUint("token", "balanceOf(address)", {ipc::abi::Value::address(carol)}) ==
                   U256(10);
        },
        h.now() + 300'000));
    EXPECT_EQ(viewUint("bridge-root", "locked()"), U256(15));
    ASSERT_TRUE(h.runUntilCondition(
        [&] { return viewUint("bridge-alpha", "confirmed()") == U256(1); }, h.now() + 300'000));

    // A mint alpha refuses (to the zero address): ActorErr, and the root gives the lock back.
    const U256 before =
        viewUint("token", "balanceOf(address)", {ipc::abi::Value::address(account(0))});
    call("token", ipc::abi::encodeCall("approve(address,uint256)",
                                       {ipc::abi::Value::address(contract("bridge-root").address),
                                        ipc::abi::Value::uint(5)}));
    call("bridge-root",
         ipc::abi::encodeCall("bridge(address,uint256)",
                              {ipc::abi::Value::address(EthAddress()), ipc::abi::Value::uint(5)}));
    EXPECT_EQ(viewUint("bridge-root", "locked()"), U256(20));
    ASSERT_TRUE(h.runUntilCondition([&] { return viewUint("bridge-root", "refunds()") == U256(1); },
                                    h.now() + 300'000));
    EXPECT_EQ(viewUint("bridge-root", "locked()"), U256(15));
    EXPECT_EQ(viewUint("token", "balanceOf(address)", {ipc::abi::Value::address(account(0))}),
              before);
    EXPECT_EQ(viewUint("bridge-alpha", "totalSupply()"), U256(15));
    expectInvariants();
}

TEST_F(XnetDemo, TheBannerListsEveryContractWithItsAddress) {
    const std::string banner = templateContractsBanner(h);
    for (const auto& c : plan) {
        EXPECT_NE(banner.find(c.spec->name), std::string::npos) << banner;
        EXPECT_NE(banner.find(c.address.toChecksumHex()), std::string::npos) << banner;
    }
    EXPECT_NE(banner.find("LinkedTokenChild    alpha"), std::string::npos) << banner;
    // A template without contracts prints nothing more.
    EXPECT_EQ(templateContractsBanner(Hierarchy(builtinTemplate("single"))), "");
}

TEST(XnetDemoErrors, AConstructorThatWouldRevertIsRefusedAtCreation) {
    // DemoToken multiplies the supply by 10^18: this one overflows.
    const Topology t = parseTopology(
        "contracts:\n"
        "  - name: huge\n"
        "    artifact: DemoToken\n"
        "    args: [a, b, {account: 0}, "
        "\"115792089237316195423570985008687907853269984665640564039457584007913129639935\"]\n",
        "t.yaml");
    try {
        Hierarchy h(t);
        ADD_FAILURE() << "no error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("contract 'huge' (DemoToken) cannot be deployed"),
                  std::string::npos)
            << e.what();
    }
}

}  // namespace
