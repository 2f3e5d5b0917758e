// The built-in IPC contracts called from EVM code (tests/contracts/GatewayUser.sol, compiled by
// solc-js into tests/fixtures/contracts): a contract funds a child subnet and releases to its
// parent with msg.sender = the contract and its value moved as a transaction's would be; the
// gateway's events land in the receipt; a revert after a successful fund (in the same frame or an
// enclosing one) undoes it, balances and gateway state alike; fund inside STATICCALL fails; a plain
// value send reverts; SELFDESTRUCT to the gateway is booked as forced-in balance so the gateway's
// balance stays locked value + forced in; eth_call never changes the chain's contracts.
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
#include "ipc/core/crypto/hash.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/evm/executor.h"
#include "ipc/core/ipc/contracts.h"
#include "ipc/core/ipc/events.h"
#include "ipc_chain_fixture.h"

using namespace ipc;
using namespace ipc::chain;
using namespace ipc::protocol;
using namespace ipc::chaintest;

namespace {

// One subnet's chain with IPC's built-in contracts and a deployed GatewayUser holding 10 FIL.
class BuiltinCallsTest : public IpcChainTest {
protected:
    explicit BuiltinCallsTest(SubnetId self = SubnetId(kChainId))
        : IpcChainTest(std::move(self), 47) {}

    void start() {
        chain_.genesis(now_);
        const Receipt& r =
            send(0, std::nullopt, contractFixture("GatewayUser"), 3'000'000, U256(10) * kFil)
                .receipts.back();
        ASSERT_TRUE(r.success) << r.revertReason;
        user_ = evm::createAddress(key(0).ethAddress(), 0);
        supply_ = chain_.state().totalSupply();
        contracts_.gateway().takeMessageEvents();
    }

    const Block& send(std::uint64_t k, std::optional<EthAddress> to, Bytes data,
                      std::uint64_t gas = 1'000'000, U256 value = U256{}) {
        return sendTx(k, std::move(to), std::move(data), gas, value);
    }
    Receipt callUser(std::string_view signature, const std::vector<ipc::abi::Value>& args) {
        return send(1, user_, ipc::abi::encodeCall(signature, args)).receipts.back();
    }

    U256 gatewayBalance() const { return chain_.state().balance(gatewayAddress()); }
    EthAddress user_;
    U256 supply_;
};

// The root with a registered child subnet holding 5 FIL of collateral.
class RootCallsTest : public BuiltinCallsTest {
protected:
    RootCallsTest() : child_(kChainId, {addr(0x77, 0xac)}) {
        contracts_.gateway().registerChild(child_, U256(5) * kFil, U256{}, 0);
        chain_.state().setBalance(gatewayAddress(), U256(5) * kFil);
        start();
    }
    std::vector<ipc::abi::Value> fundArgs(const U256& amount) const {
        return {toAbi(child_), ipc::abi::Value::address(dave_), ipc::abi::Value::uint(amount)};
    }
    const ChildSubnet& child() const { return *contracts_.gateway().child(child_); }

    SubnetId child_;
    EthAddress dave_ = addr(0xda);
};

const char* const kFund = "fund((uint64,address[]),address,uint256)";

TEST_F(RootCallsTest, AContractFundsAChildSubnet) {
    const Receipt r = callUser(kFund, fundArgs(U256(2) * kFil));
    ASSERT_TRUE(r.success) << r.revertReason;
    EXPECT_GT(r.gasUsed, IpcGas::kFund);  // the built-in's fixed cost on top of the bytecode's
    // The value left the contract for the gateway and is locked for the child.
    EXPECT_EQ(chain_.state().balance(user_), U256(8) * kFil);
    EXPECT_EQ(gatewayBalance(), U256(7) * kFil);
    EXPECT_EQ(child().circSupply, U256(2) * kFil);
    expectGatewayBalanceAccounted();
    EXPECT_EQ(chain_.state().totalSupply(), supply_);
    // The committed message names the contract as sender and dave as recipient.
    const auto& queue = contracts_.gateway().topDownQueue(child_);
    ASSERT_EQ(queue.size(), 1u);
    EXPECT_EQ(queue[0].msg.from.raw, user_);
    EXPECT_EQ(queue[0].msg.to.raw, dave_);
    EXPECT_EQ(queue[0].msg.value, U256(2) * kFil);
    EXPECT_EQ(contracts_.gateway().takeMessageEvents().size(), 1u);
    // The gateway's event is in the receipt at the gateway's address, before the caller's.
    ASSERT_EQ(r.logs.size(), 2u);
    EXPECT_EQ(r.logs[0].address, gatewayAddress());
    EXPECT_EQ(r.logs[0].topics.at(0), keccak256(std::string_view(events::kNewTopDownMessage)));
    EXPECT_EQ(r.logs[1].address, user_);
}

TEST_F(RootCallsTest, ARevertAfterASuccessfulFundUndoesIt) {
    const Receipt r =
        callUser("fundThenRevert((uint64,address[]),address,uint256)", fundArgs(U256(2) * kFil));
    EXPECT_FALSE(r.success);
    EXPECT_EQ(r.revertReason, "execution reverted: changed my mind");
    EXPECT_TRUE(r.logs.empty());
    EXPECT_EQ(chain_.state().balance(user_), U256(10) * kFil);
    EXPECT_EQ(gatewayBalance(), U256(5) * kFil);
    EXPECT_EQ(child().circSupply, U256{});
    EXPECT_EQ(child().topDownNonce, 0u);
    EXPECT_TRUE(contracts_.gateway().topDownQueue(child_).empty());
    EXPECT_TRUE(contracts_.gateway().takeMessageEvents().empty());
    expectGatewayBalanceAccounted();

    // Undone the same when an enclosing frame reverts and the transaction goes on.
    const Bytes data = ipc::abi::encodeCall(
        "fundInCaughtRevert((uint64,address[]),address,uint256)", fundArgs(U256(2) * kFil));
    const Receipt caught = send(1, user_, data).receipts.back();
    ASSERT_TRUE(caught.success) << caught.revertReason;
    EXPECT_EQ(caught.returnData,
              ipc::abi::encode(ipc::abi::Type::parse("(bool)"),
                               ipc::abi::Value::tuple({ipc::abi::Value::boolean(false)})));
    EXPECT_EQ(child().topDownNonce, 0u);
    EXPECT_EQ(gatewayBalance(), U256(5) * kFil);
    expectGatewayBalanceAccounted();

    // A later fund gets the nonce the undone ones never took.
    ASSERT_TRUE(callUser(kFund, fundArgs(kFil)).success);
    EXPECT_EQ(contracts_.gateway().topDownQueue(child_).at(0).msg.localNonce, 0u);
    expectGatewayBalanceAccounted();
}

TEST_F(RootCallsTest, FundInsideAStaticCallFails) {
    EvmCall call;
    call.from = key(1).ethAddress();
    call.to = user_;
    call.data = ipc::abi::encodeCall("staticFund((uint64,address[]),address)",
                                     {toAbi(child_), ipc::abi::Value::address(dave_)});
    const evm::TxResult got = chain_.simulate(call, now_ + 1000);
    ASSERT_EQ(got.status, evm::Status::Success) << evm::statusName(got.status);
    // (false, ""): a state write in a static context, no revert data.
    EXPECT_EQ(got.output, ipc::abi::encode(ipc::abi::Type::parse("(bool,bytes)"),
                                           ipc::abi::Value::tuple({ipc::abi::Value::boolean(false),
                                                                   ipc::abi::Value::bytes({})})));
    // Getters answer through STATICCALL as before.
    call.data = ipc::abi::encodeCall("bottomUpNonce()", {});
    const evm::TxResult nonce = chain_.simulate(call, now_ + 1000);
    ASSERT_EQ(nonce.status, evm::Status::Success);
    EXPECT_EQ(nonce.output, Bytes(32, 0));
}

TEST_F(RootCallsTest, EthCallOfAFundLeavesTheChainsContractsAlone) {
    EvmCall call;
    call.from = key(1).ethAddress();
    call.to = user_;
    call.data = ipc::abi::encodeCall(kFund, fundArgs(U256(2) * kFil));
    const evm::TxResult got = chain_.simulate(call, now_ + 1000);
    ASSERT_EQ(got.status, evm::Status::Success) << failureReason(got.status, got.output);
    ASSERT_EQ(got.logs.size(), 2u);
    EXPECT_EQ(got.logs[0].address, gatewayAddress());
    EXPECT_EQ(child().topDownNonce, 0u);
    EXPECT_EQ(child().circSupply, U256{});
    EXPECT_TRUE(contracts_.gateway().takeMessageEvents().empty());
    EXPECT_EQ(gatewayBalance(), U256(5) * kFil);
}

TEST_F(RootCallsTest, AFundBadlyAddressedRevertsWithTheGatewaysReason) {
    // A grandchild is not a direct child: the gateway's revert reaches the caller's caller.
    const SubnetId grandchild(kChainId, {addr(0x77, 0xac), addr(0x78, 0xac)});
    const Receipt r = callUser(
        kFund, {toAbi(grandchild), ipc::abi::Value::address(dave_), ipc::abi::Value::uint(kFil)});
    EXPECT_FALSE(r.success);
    EXPECT_NE(r.revertReason.find("fund goes to a direct child"), std::string::npos)
        << r.revertReason;
    EXPECT_EQ(chain_.state().balance(user_), U256(10) * kFil);
    expectGatewayBalanceAccounted();
}

TEST_F(RootCallsTest, APlainValueSendToTheGatewayReverts) {
    const Receipt r = callUser("plainSend(uint256)", {ipc::abi::Value::uint(kFil)});
    ASSERT_TRUE(r.success) << r.revertReason;
    EXPECT_EQ(r.returnData, Bytes(32, 0));  // ok == false
    EXPECT_EQ(gatewayBalance(), U256(5) * kFil);
    EXPECT_EQ(chain_.state().balance(user_), U256(10) * kFil);
    expectGatewayBalanceAccounted();
}

TEST_F(RootCallsTest, SelfdestructToTheGatewayIsBookedAsForcedIn) {
    ASSERT_TRUE(callUser(kFund, fundArgs(U256(2) * kFil)).success);
    const Receipt r = callUser("destroyToGateway()", {});
    ASSERT_TRUE(r.success) << r.revertReason;
    // EIP-6780: the contract stays, its 8 FIL are forced into the gateway.
    EXPECT_EQ(chain_.state().balance(user_), U256{});
    EXPECT_EQ(gatewayBalance(), U256(15) * kFil);
    EXPECT_EQ(contracts_.gateway().forcedBalance(), U256(8) * kFil);
    EXPECT_EQ(contracts_.gateway().lockedValue(), U256(7) * kFil);
    expectGatewayBalanceAccounted();
    EXPECT_EQ(chain_.state().totalSupply(), supply_);
    // Kept across a save and load of the contracts.
    StateWriter w;
    contracts_.encodeState(w);
    const Bytes saved = w.take(0);
    const rlp::Item item = decodeStateList(saved, "contracts");
    StateReader r2(item, "contracts");
    const auto loaded = IpcContracts::decodeState(r2);
    EXPECT_EQ(loaded->gateway().forcedBalance(), U256(8) * kFil);
}

// A child subnet's chain (its parent is the root): release from a contract.
class ChildCallsTest : public BuiltinCallsTest {
protected:
    ChildCallsTest() : BuiltinCallsTest(SubnetId(kChainId, {addr(0x77, 0xac)})) { start(); }
};

TEST_F(ChildCallsTest, AContractReleasesToTheParent) {
    const EthAddress erin = addr(0xe1);
    const Receipt r = callUser("release(address,uint256)",
                               {ipc::abi::Value::address(erin), ipc::abi::Value::uint(kFil)});
    ASSERT_TRUE(r.success) << r.revertReason;
    // Burnt here, on its way up in the next checkpoint.
    EXPECT_EQ(chain_.state().balance(user_), U256(9) * kFil);
    EXPECT_EQ(gatewayBalance(), U256{});
    EXPECT_EQ(chain_.state().totalSupply() + kFil, supply_);
    EXPECT_EQ(contracts_.gateway().bottomUpNonce(), 1u);
    const auto& batches = contracts_.gateway().pendingBatches();
    ASSERT_EQ(batches.size(), 1u);
    const Envelope& m = batches.begin()->second.at(0);
    EXPECT_EQ(m.from.raw, user_);
    EXPECT_EQ(m.to.raw, erin);
    EXPECT_EQ(m.to.subnet, SubnetId(kChainId));
    EXPECT_EQ(m.value, kFil);
    ASSERT_FALSE(r.logs.empty());
    EXPECT_EQ(r.logs[0].address, gatewayAddress());
    expectGatewayBalanceAccounted();
}

TEST_F(ChildCallsTest, AReleaseWithoutValueRevertsAndChangesNothing) {
    const Receipt r = callUser("release(address,uint256)", {ipc::abi::Value::address(addr(0xe1)),
                                                            ipc::abi::Value::uint(U256{})});
    EXPECT_FALSE(r.success);
    EXPECT_NE(r.revertReason.find("release needs a value"), std::string::npos) << r.revertReason;
    EXPECT_EQ(contracts_.gateway().bottomUpNonce(), 0u);
    EXPECT_EQ(chain_.state().balance(user_), U256(10) * kFil);
}

}  // namespace
