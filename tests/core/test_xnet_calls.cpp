// Cross-net Call messages on one subnet's chain (tests/contracts/XnetCounter.sol): sending with
// sendContractXnetMessage (contracts only, kind Call, a CallMsg, value equal to what is sent),
// and delivering top-down messages to a contract's handleIpcMessage in a block: Ok with the
// return data, ActorErr with the revert data and the target's changes undone and the value
// refunded, SystemErr for a target without code, a bounded-gas failure for a target that spins,
// and Results handed to the sender's handler without being answered.
#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ipc/core/chain/evm_bridge.h"
#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/chain/validator_set.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/evm/executor.h"
#include "ipc/core/ipc/contracts.h"
#include "ipc_chain_fixture.h"

using namespace ipc;
using namespace ipc::chain;
using namespace ipc::protocol;
using namespace ipc::chaintest;

namespace {

Bytes selector(std::string_view signature) {
    const auto s = ipc::abi::selector(signature);
    return Bytes(s.bytes.begin(), s.bytes.end());
}

const SubnetId kRoot(kChainId);
const SubnetId kChild(kChainId, {addr(0x77, 0xac)});

// The child subnet's chain with an XnetCounter deployed; top-down messages are applied in a
// block's first hook, as the devnet applies parent finality.
class XnetCallsTest : public IpcChainTest {
protected:
    XnetCallsTest() : IpcChainTest(kChild, 53) {
        chain_.genesis(now_);
        counter_ = deploy(contractFixture("XnetCounter"));
        supply_ = chain_.state().totalSupply();
    }

    EthAddress deploy(Bytes code) {
        const EthAddress sender = key(0).ethAddress();
        const std::uint64_t nonce = chain_.state().nonce(sender);
        const Receipt r = send(0, std::nullopt, std::move(code), 5'000'000);
        EXPECT_TRUE(r.success) << r.revertReason;
        return evm::createAddress(sender, nonce);
    }
    Receipt send(std::uint64_t k, std::optional<EthAddress> to, Bytes data,
                 std::uint64_t gas = 1'000'000, U256 value = U256{}) {
        const Block& b = sendTx(k, std::move(to), std::move(data), gas, value);
        return b.receipts.empty() ? Receipt{} : b.receipts.back();
    }

    // A Call from a contract in the root to `target` here.
    Envelope call(const EthAddress& target, const Bytes& method, const Bytes& params,
                  const U256& value) const {
        Envelope e;
        e.kind = MsgKind::Call;
        e.localNonce = nextNonce_;
        e.originalNonce = 0;
        e.value = value;
        e.to = IpcAddress{kChild, target};
        e.from = IpcAddress{kRoot, sender_};
        e.message = encodeCallMsg(CallMsg{method, params});
        return e;
    }
    // Applies `msgs` from the parent in the next block; returns that block's system logs.
    std::vector<Log> applyTopDown(const std::vector<Envelope>& msgs) {
        nextNonce_ += msgs.size();
        now_ += 1000;
        const Block& b = chain_.produceBlock(
            now_, proposer(),
            [&](AccountState& state, std::uint64_t height, std::vector<Log>& logs) {
                contracts_.gateway().applyTopDown(state, height, ParentFinality{height, Hash32{}},
                                                  msgs, {}, logs);
                contracts_.executeXnetCalls(state, height, chain_, logs);
            },
            {});
        return b.systemLogs;
    }
    // The Results the gateway queued to go back up, in order.
    std::vector<ResultMsg> results() const {
        std::vector<ResultMsg> out;
        for (const auto& [epoch, batch] : contracts_.gateway().pendingBatches()) {
            for (const Envelope& e : batch) {
                EXPECT_EQ(e.kind, MsgKind::Result);
                out.push_back(decodeResultMsg(e.message));
            }
        }
        return out;
    }
    // Why each call delivered since the last look failed ("" for those that succeeded), in order.
    std::vector<std::string> callErrors() {
        std::vector<std::string> out;
        for (const auto& e : contracts_.gateway().takeMessageEvents()) {
            if (e.kind == ipc::protocol::MessageEvent::Kind::Delivered)
                out.push_back(e.callError);
        }
        return out;
    }
    const Envelope& lastQueued() const {
        return contracts_.gateway().pendingBatches().rbegin()->second.back();
    }
    U256 viewUint(std::string_view getter) {
        EvmCall c;
        c.from = key(1).ethAddress();
        c.to = counter_;
        c.data = ipc::abi::encodeCall(getter, {});
        const evm::TxResult r = chain_.simulate(c, now_ + 1000);
        EXPECT_EQ(r.status, evm::Status::Success);
        return ipc::abi::decode(ipc::abi::Type::parse("(uint256)"), r.output).at(0).asUint();
    }
    EthAddress counter_;
    EthAddress sender_ = addr(0x5e, 0xc0);  // the calling contract, in the root
    std::uint64_t nextNonce_ = 0;
    U256 supply_;
};

// ---------------------------------------------------------------- delivery

TEST_F(XnetCallsTest, ACallRunsTheTargetsHandlerAndItsReturnDataGoesBackAsOk) {
    const Envelope msg =
        call(counter_, selector("increment(uint256)"),
             ipc::abi::encode(ipc::abi::Type::parse("(uint256)"),
                              ipc::abi::Value::tuple({ipc::abi::Value::uint(U256(5))})),
             kFil);
    applyTopDown({msg});
    EXPECT_EQ(viewUint("count()"), U256(5));
    EXPECT_EQ(viewUint("calls()"), U256(1));
    // The value arrived with the call (minted top-down, then handed over).
    EXPECT_EQ(chain_.state().balance(counter_), kFil);
    const auto rs = results();
    ASSERT_EQ(rs.size(), 1u);
    EXPECT_EQ(rs[0].id, tracingId(msg));
    EXPECT_EQ(rs[0].outcome, Outcome::Ok);
    // handleIpcMessage returned abi.encode(count) as `bytes`: the ABI return data, as is.
    const Bytes inner = ipc::abi::encode(ipc::abi::Type::parse("(uint256)"),
                                         ipc::abi::Value::tuple({ipc::abi::Value::uint(U256(5))}));
    EXPECT_EQ(rs[0].ret, ipc::abi::encode(ipc::abi::Type::parse("(bytes)"),
                                          ipc::abi::Value::tuple({ipc::abi::Value::bytes(inner)})));
    // The Result travels up to the sender without value; nothing stays locked here.
    EXPECT_EQ(lastQueued().to, msg.from);
    EXPECT_EQ(lastQueued().value, U256{});
    EXPECT_EQ(chain_.state().totalSupply(), supply_ + kFil);
    expectGatewayBalanceAccounted();
}

TEST_F(XnetCallsTest, ARevertInTheTargetIsActorErrWithItsDataAndTheValueGoesBack) {
    const Envelope msg = call(counter_, selector("nothing()"), {}, U256(3) * kFil);
    applyTopDown({msg});
    EXPECT_EQ(viewUint("calls()"), U256{});  // the handler's changes are undone
    EXPECT_EQ(chain_.state().balance(counter_), U256{});
    const auto rs = results();
    ASSERT_EQ(rs.size(), 1u);
    EXPECT_EQ(rs[0].outcome, Outcome::ActorErr);
    EXPECT_EQ(rs[0].ret, ipc::abi::encodeCall("Refused(uint256)",
                                              {ipc::abi::Value::uint(U256{})}));  // revert data
    EXPECT_EQ(callErrors(), (std::vector<std::string>{"reverted"}));
    // The value was burnt here on its way back up with the Result.
    EXPECT_EQ(lastQueued().value, U256(3) * kFil);
    EXPECT_EQ(chain_.state().totalSupply(), supply_);
    expectGatewayBalanceAccounted();
}

TEST_F(XnetCallsTest, ACallToAnAddressWithoutCodeIsSystemErr) {
    const Envelope msg = call(addr(0xee), selector("increment(uint256)"), {}, kFil);
    applyTopDown({msg});
    EXPECT_EQ(chain_.state().balance(addr(0xee)), U256{});
    const auto rs = results();
    ASSERT_EQ(rs.size(), 1u);
    EXPECT_EQ(rs[0].outcome, Outcome::SystemErr);
    EXPECT_EQ(rs[0].ret, Bytes{static_cast<std::uint8_t>(XnetFailure::Kind)});
    EXPECT_EQ(lastQueued().value, kFil);
    expectGatewayBalanceAccounted();
}

TEST_F(XnetCallsTest, ATargetBurningItsGasFailsWithinTheBoundAndTheBatchGoesOn) {
    const Envelope spin = call(counter_, selector("spin()"), {}, kFil);
    Envelope then = call(counter_, selector("increment(uint256)"),
                         ipc::abi::encode(ipc::abi::Type::parse("(uint256)"),
                                          ipc::abi::Value::tuple({ipc::abi::Value::uint(U256(2))})),
                         U256{});
    then.localNonce = spin.localNonce + 1;
    applyTopDown({spin, then});
    const auto rs = results();
    ASSERT_EQ(rs.size(), 2u);
    EXPECT_EQ(rs[0].outcome, Outcome::ActorErr);
    EXPECT_TRUE(rs[0].ret.empty());  // out of gas: no data
    EXPECT_EQ(rs[1].outcome, Outcome::Ok);
    // The delivery says why, for the message's trace: the Result carries no data to tell.
    EXPECT_EQ(callErrors(),
              (std::vector<std::string>{
                  "out of gas (" + std::to_string(ipc::protocol::kXnetCallGas) + " gas)", ""}));
    EXPECT_EQ(viewUint("count()"), U256(2));
    EXPECT_EQ(contracts_.gateway().appliedTopDownNonce(), 2u);
    expectGatewayBalanceAccounted();
}

TEST_F(XnetCallsTest, AResultReachesTheSendersHandlerAndIsNotAnswered) {
    // A Result answering a Call this contract sent earlier.
    Envelope result;
    result.kind = MsgKind::Result;
    result.localNonce = 0;
    result.value = U256(2) * kFil;  // a refund
    result.to = IpcAddress{kChild, counter_};
    result.from = IpcAddress{kRoot, addr(0x42)};
    ResultMsg r;
    r.id = Hash32::fromBytes(Bytes(32, 0xab));
    r.outcome = Outcome::ActorErr;
    r.ret = Bytes{1, 2, 3};
    result.message = encodeResultMsg(r);
    applyTopDown({result});
    EXPECT_EQ(viewUint("results()"), U256(1));
    EXPECT_EQ(viewUint("lastOutcome()"), U256(2));
    EXPECT_EQ(chain_.state().balance(counter_), U256(2) * kFil);
    EXPECT_TRUE(contracts_.gateway().pendingBatches().empty());  // never answered
    expectGatewayBalanceAccounted();
}

// ---------------------------------------------------------------- sending

TEST_F(XnetCallsTest, AContractSendsACallUpAndTheGatewayStampsIt) {
    const Bytes params = ipc::abi::encode(ipc::abi::Type::parse("(uint256)"),
                                          ipc::abi::Value::tuple({ipc::abi::Value::uint(U256(7))}));
    const Bytes data =
        ipc::abi::encodeCall("send((uint64,address[]),address,bytes4,bytes)",
                             {toAbi(kRoot), ipc::abi::Value::address(addr(0x42)),
                              ipc::abi::Value::fixedBytes(selector("increment(uint256)")),
                              ipc::abi::Value::bytes(params)});
    const Receipt rec = send(1, counter_, data, 1'000'000, kFil);
    ASSERT_TRUE(rec.success) << rec.revertReason;
    EXPECT_EQ(contracts_.gateway().bottomUpNonce(), 1u);
    const Envelope& m = lastQueued();
    EXPECT_EQ(m.kind, MsgKind::Call);
    EXPECT_EQ(m.from, (IpcAddress{kChild, counter_}));
    EXPECT_EQ(m.to, (IpcAddress{kRoot, addr(0x42)}));
    EXPECT_EQ(m.value, kFil);
    EXPECT_EQ(decodeCallMsg(m.message), (CallMsg{selector("increment(uint256)"), params}));
    // Burnt here on the way up (fees go to f099 and the proposer: the supply keeps them).
    EXPECT_EQ(chain_.state().totalSupply() + kFil, supply_);
    expectGatewayBalanceAccounted();
}

TEST_F(XnetCallsTest, AWalletCannotSendAContractXnetMessage) {
    Envelope e = call(addr(0x42), selector("increment(uint256)"), {}, U256{});
    e.to = IpcAddress{kRoot, addr(0x42)};
    const Receipt r = send(1, gatewayAddress(), ipc::abi::encodeCall(sig::kSendXnet, {toAbi(e)}));
    EXPECT_FALSE(r.success);
    EXPECT_NE(r.revertReason.find("InvalidXnetMessage(Sender)"), std::string::npos)
        << r.revertReason;
    // The revert data is IPC's custom error, InvalidXnetMessage(InvalidXnetMessageReason.Sender).
    EXPECT_EQ(r.returnData,
              ipc::abi::encodeCall("InvalidXnetMessage(uint8)", {ipc::abi::Value::uint(0)}));
    EXPECT_EQ(contracts_.gateway().bottomUpNonce(), 0u);
}

TEST_F(XnetCallsTest, MalformedSendsRevertAndChangeNothing) {
    auto sendRaw = [&](const Envelope& e, const U256& value) {
        return send(
            1, counter_,
            ipc::abi::encodeCall("sendRaw(" + std::string(abi_types::kEnvelope) + ")", {toAbi(e)}),
            1'000'000, value);
    };
    const U256 balance = chain_.state().balance(key(1).ethAddress());
    Envelope e = call(addr(0x42), selector("increment(uint256)"), {}, U256{});
    e.to = IpcAddress{kRoot, addr(0x42)};

    // Each reverts with IPC's custom error, which the contract passes on: its revert data is
    // IPC's encoding, named in the receipt as Hardhat would name it with IPC's ABI.
    const auto invalid = [](XnetFailure why) {
        return ipc::abi::encodeCall("InvalidXnetMessage(uint8)",
                                    {ipc::abi::Value::uint(static_cast<std::uint64_t>(why))});
    };
    const auto expectError = [&](const Envelope& bad, const U256& value, const Bytes& data,
                                 const std::string& reason) {
        const Receipt r = sendRaw(bad, value);
        EXPECT_FALSE(r.success);
        EXPECT_EQ(r.returnData, data) << reason;
        EXPECT_EQ(r.revertReason, "execution reverted: custom error '" + reason + "'");
    };
    Envelope transfer = e;
    transfer.kind = MsgKind::Transfer;
    expectError(transfer, U256{}, invalid(XnetFailure::Kind), "InvalidXnetMessage(4)");
    Envelope garbage = e;
    garbage.message = Bytes{1, 2, 3};
    expectError(garbage, U256{}, invalid(XnetFailure::Kind), "InvalidXnetMessage(4)");
    Envelope reflexive = e;
    reflexive.to.subnet = kChild;
    expectError(reflexive, U256{}, ipc::abi::encodeCall("CannotSendCrossMsgToItself()", {}),
                "CannotSendCrossMsgToItself()");
    Envelope zero = e;
    zero.to.raw = EthAddress();
    expectError(zero, U256{}, invalid(XnetFailure::DstSubnet), "InvalidXnetMessage(1)");
    Envelope unknown = e;
    unknown.to.subnet = SubnetId(kChainId, {addr(0x77, 0xac), addr(0x01, 0xdd)});
    expectError(unknown, U256{}, invalid(XnetFailure::DstSubnet), "InvalidXnetMessage(1)");
    Envelope value = e;
    value.value = kFil;
    expectError(value, U256{}, invalid(XnetFailure::Value), "InvalidXnetMessage(3)");

    EXPECT_EQ(contracts_.gateway().bottomUpNonce(), 0u);
    EXPECT_TRUE(contracts_.gateway().pendingBatches().empty());
    EXPECT_LT(chain_.state().balance(key(1).ethAddress()), balance);  // only fees
    expectGatewayBalanceAccounted();
}

}  // namespace
