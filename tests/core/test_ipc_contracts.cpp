// The built-in IPC contracts through their Solidity ABI, as wallets, ipc-cli and relayers reach
// them: call data built with ipc::abi::encodeCall, return data decoded with the declared types, and
// clean reverts for anything malformed. Ends with the contracts plugged into a SubnetChain and
// driven by signed transactions.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ipc/core/chain/account_state.h"
#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/ipc/contracts.h"
#include "ipc/core/ipc/events.h"
#include "ipc/core/primitives/error.h"
#include "support/test_values.h"

using namespace ipc;
using namespace ipc::protocol;
using ipc::chain::AccountState;
using ipc::chain::CallContext;
using ipc::chain::Log;
using ipc::chain::Revert;

namespace {

const U256 kFil = U256(1'000'000'000'000'000'000ULL);
const EthAddress kGw = gatewayAddress();
const EthAddress kRegistry = registryAddress();

using ipc::testing_support::addr;

crypto::PrivateKey key(std::uint64_t i) {
    return crypto::PrivateKey::deterministic(31, i);
}
EthAddress val(std::uint64_t i) {
    return key(i).ethAddress();
}

ipc::abi::Value subnetParams(const U256& minCollateral, std::uint64_t minValidators,
                             std::uint64_t period, std::uint64_t pct = 67, std::uint64_t mode = 0,
                             std::uint64_t chainId = 0) {
    return ipc::abi::Value::tuple(
        {ipc::abi::Value::uint(minCollateral), ipc::abi::Value::uint(minValidators),
         ipc::abi::Value::uint(period), ipc::abi::Value::uint(100), ipc::abi::Value::uint(pct),
         ipc::abi::Value::uint(mode), ipc::abi::Value::uint(1000), ipc::abi::Value::uint(chainId)});
}

ipc::abi::Value decodeReturn(const char* type, const Bytes& data) {
    return ipc::abi::decode(ipc::abi::Type::parse(type), data);
}

class ContractsTest : public ::testing::Test {
protected:
    ContractsTest() : root_(31337), contracts_(root_, GatewayParams{10, 67, 10}) {
        for (std::uint64_t i = 0; i < 4; ++i)
            state_.setBalance(val(i), U256(100) * kFil);
    }

    // A transaction's effect: the value moves to `to` first; a revert undoes the balances.
    Bytes call(const EthAddress& from, const EthAddress& to, const Bytes& data,
               const U256& value = {}) {
        const auto mark = state_.mark();
        state_.transfer(from, to, value);
        CallContext ctx{state_, height_, height_ * 1000, from, value, false, logs_};
        try {
            return contracts_.call(ctx, to, data);
        } catch (...) {
            state_.revertTo(mark);
            throw;
        }
    }
    Bytes view(const EthAddress& to, std::string_view signature,
               const std::vector<ipc::abi::Value>& args = {}) const {
        return contracts_.view(to, ipc::abi::encodeCall(signature, args));
    }
    EthAddress newSubnet(const ipc::abi::Value& params) {
        const Bytes ret =
            call(val(0), kRegistry, ipc::abi::encodeCall(sig::kNewSubnetActor, {params}));
        return decodeReturn("(address)", ret).at(0).asAddress();
    }
    void join(std::uint64_t i, const EthAddress& actor, const U256& amount) {
        const Bytes pub = key(i).publicKey().uncompressed().toBytes();
        call(val(i), actor,
             ipc::abi::encodeCall(sig::kJoin,
                                  {ipc::abi::Value::bytes(pub), ipc::abi::Value::uint(amount)}),
             amount);
    }
    // A bootstrapped child with validators 0 (2 FIL) and 1 (1 FIL).
    EthAddress bootstrappedChild() {
        const EthAddress actor = newSubnet(subnetParams(U256(3) * kFil, 2, 10));
        join(0, actor, U256(2) * kFil);
        join(1, actor, kFil);
        return actor;
    }
    void expectRevert(const EthAddress& from, const EthAddress& to, const Bytes& data,
                      const U256& value = {}) {
        std::map<EthAddress, U256> before;
        for (const auto& [a, acc] : state_.accounts())
            before[a] = acc.balance;
        EXPECT_THROW(call(from, to, data, value), Revert);
        std::map<EthAddress, U256> after;
        for (const auto& [a, acc] : state_.accounts())
            after[a] = acc.balance;
        EXPECT_EQ(before, after);
    }

    SubnetId root_;
    IpcContracts contracts_;
    AccountState state_;
    std::vector<Log> logs_;
    std::uint64_t height_ = 5;
};

}  // namespace

// ---------------------------------------------------------------- registry

TEST(CreateAddressTest, MatchesTheWellKnownVectors) {
    const EthAddress sender = EthAddress::parse("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0");
    EXPECT_EQ(createAddress(sender, 0).hex(), "0xcd234a471b72ba2f1ccf0a70fcaba648a5eecd8d");
    EXPECT_EQ(createAddress(sender, 1).hex(), "0x343c43a37d37dff08ae8c4a11544c718abb4fcf8");
    EXPECT_NE(createAddress(sender, 2), createAddress(sender, 1));
}

TEST(SignaturesTest, SelectorsAreOfTheCanonicalText) {
    EXPECT_STREQ(sig::kFund, "fund((uint64,address[]),(uint8,bytes))");
    EXPECT_STREQ(sig::kRelease, "release((uint8,bytes))");
    EXPECT_EQ(ipc::abi::FunctionSignature::parse(sig::kSubmitCheckpoint).canonical(),
              sig::kSubmitCheckpoint);
    EXPECT_EQ(ipc::abi::FunctionSignature::parse(sig::kFund).selector(),
              FixedBytes<4>::fromBytes(
                  ByteView(keccak256(std::string_view(sig::kFund)).bytes).subspan(0, 4)));
}

TEST_F(ContractsTest, NewSubnetActorDeploysAtTheNextCreateAddress) {
    EXPECT_EQ(contracts_.registryNonce(), 1u);
    const EthAddress first = newSubnet(subnetParams(kFil, 1, 10));
    EXPECT_EQ(first, createAddress(kRegistry, 1));
    const EthAddress second = newSubnet(subnetParams(kFil, 2, 5, 51, 1, 777));
    EXPECT_EQ(second, createAddress(kRegistry, 2));
    EXPECT_EQ(contracts_.registryNonce(), 3u);
    EXPECT_TRUE(contracts_.isContract(first));
    EXPECT_TRUE(contracts_.isContract(kGw));
    EXPECT_TRUE(contracts_.isContract(kRegistry));
    EXPECT_FALSE(contracts_.isContract(addr(0x42)));
    const SubnetActor* a = contracts_.actor(second);
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->owner(), val(0));
    EXPECT_EQ(a->params().bottomUpCheckPeriod, 5u);
    EXPECT_EQ(a->params().majorityPercentage, 51u);
    EXPECT_EQ(a->params().permissionMode, PermissionMode::Federated);
    EXPECT_EQ(a->params().chainId, std::optional<std::uint64_t>(777));
    EXPECT_EQ(contracts_.actor(first)->params().chainId, std::nullopt);
    EXPECT_EQ(a->id(), root_.child(second));
    ASSERT_EQ(logs_.size(), 2u);
    EXPECT_EQ(logs_[1].address, kRegistry);
    EXPECT_EQ(logs_[1].topics[0], keccak256(std::string_view(events::kSubnetDeployed)));
}

TEST_F(ContractsTest, NewSubnetActorRejectsBadParameters) {
    expectRevert(val(0), kRegistry,
                 ipc::abi::encodeCall(sig::kNewSubnetActor, {subnetParams(kFil, 1, 10, 50)}));
    expectRevert(val(0), kRegistry,
                 ipc::abi::encodeCall(sig::kNewSubnetActor, {subnetParams(kFil, 1, 0)}));
    expectRevert(val(0), kRegistry,
                 ipc::abi::encodeCall(sig::kNewSubnetActor, {subnetParams(kFil, 1, 10, 67, 3)}));
    expectRevert(val(0), kRegistry,
                 ipc::abi::encodeCall(sig::kNewSubnetActor, {subnetParams(kFil, 1, 10)}), kFil);
    expectRevert(val(0), kRegistry, ipc::abi::encodeCall("getNetworkName()", {}));
    EXPECT_EQ(contracts_.registryNonce(), 1u);
    EXPECT_TRUE(contracts_.actors().empty());
}

// ---------------------------------------------------------------- subnet actor calls

TEST_F(ContractsTest, JoinThroughCallDataBootstrapsTheSubnet) {
    const EthAddress actor = newSubnet(subnetParams(U256(3) * kFil, 2, 10));
    join(0, actor, U256(2) * kFil);
    EXPECT_TRUE(contracts_.takeBootstrapped().empty());
    // The amount argument must match the value sent.
    const Bytes pub1 = key(1).publicKey().uncompressed().toBytes();
    expectRevert(val(1), actor,
                 ipc::abi::encodeCall(sig::kJoin,
                                      {ipc::abi::Value::bytes(pub1), ipc::abi::Value::uint(kFil)}),
                 U256(2) * kFil);
    // A key that is not 65 bytes.
    expectRevert(val(1), actor,
                 ipc::abi::encodeCall(
                     sig::kJoin, {ipc::abi::Value::bytes(key(1).publicKey().compressed().toBytes()),
                                  ipc::abi::Value::uint(kFil)}),
                 kFil);
    join(1, actor, kFil);
    const auto boot = contracts_.takeBootstrapped();
    ASSERT_EQ(boot.size(), 1u);
    EXPECT_EQ(boot[0], root_.child(actor));
    EXPECT_TRUE(contracts_.takeBootstrapped().empty());
    EXPECT_EQ(state_.balance(kGw), U256(3) * kFil);
    EXPECT_TRUE(decodeReturn("(bool)", view(actor, "bootstrapped()")).at(0).asBool());
    // Getters reached through a transaction answer too, but take no value.
    EXPECT_TRUE(
        decodeReturn("(bool)", call(val(2), actor, ipc::abi::encodeCall("bootstrapped()", {})))
            .at(0)
            .asBool());
    expectRevert(val(2), actor, ipc::abi::encodeCall("bootstrapped()", {}), U256(1));
}

TEST_F(ContractsTest, ActorGettersDecode) {
    const EthAddress actor = bootstrappedChild();
    EXPECT_EQ(
        decodeReturn("(uint256)", view(actor, "lastBottomUpCheckpointHeight()")).at(0).asUint64(),
        0u);
    EXPECT_EQ(decodeReturn("(uint256)", view(actor, "bottomUpCheckPeriod()")).at(0).asUint64(),
              10u);
    EXPECT_EQ(decodeReturn("(uint256)", view(actor, "minValidators()")).at(0).asUint64(), 2u);
    EXPECT_EQ(decodeReturn("(uint256)", view(actor, "minActivationCollateral()")).at(0).asUint(),
              U256(3) * kFil);
    EXPECT_EQ(decodeReturn("(uint256)", view(actor, "majorityPercentage()")).at(0).asUint64(), 67u);
    EXPECT_FALSE(decodeReturn("(bool)", view(actor, "killed()")).at(0).asBool());
    const ipc::abi::Value parent = ipc::abi::decodeSingle(
        ipc::abi::Type::parse(abi_types::kSubnetId), view(actor, "getParent()"));
    EXPECT_EQ(subnetIdFromAbi(parent), root_);
    EXPECT_THROW(view(actor, "getNetworkName()"), Revert);  // a gateway getter
}

TEST_F(ContractsTest, StakeUnstakeLeaveAndClaimThroughCallData) {
    const EthAddress actor = bootstrappedChild();
    call(val(0), actor, ipc::abi::encodeCall(sig::kStake, {ipc::abi::Value::uint(kFil)}), kFil);
    call(val(1), actor,
         ipc::abi::encodeCall(sig::kUnstake, {ipc::abi::Value::uint(kFil / U256(2))}));
    call(val(0), actor, ipc::abi::encodeCall(sig::kLeave, {}));
    EXPECT_EQ(contracts_.actor(actor)->queuedChanges().size(), 3u);
    expectRevert(val(1), actor,
                 ipc::abi::encodeCall(sig::kUnstake, {ipc::abi::Value::uint(U256(1))}),
                 U256(1));  // not payable
    expectRevert(val(1), actor, ipc::abi::encodeCall(sig::kStake, {ipc::abi::Value::uint(kFil)}),
                 U256(2) * kFil);  // amount differs from value
    expectRevert(val(1), actor, ipc::abi::encodeCall(sig::kClaim, {}));
    expectRevert(val(1), actor, ipc::abi::encodeCall(sig::kKill, {}));
}

TEST_F(ContractsTest, SubmitCheckpointThroughCallData) {
    const EthAddress actor = bootstrappedChild();
    call(val(1), actor,
         ipc::abi::encodeCall(sig::kUnstake, {ipc::abi::Value::uint(kFil / U256(2))}));
    BottomUpCheckpoint c;
    c.subnet = root_.child(actor);
    c.blockHeight = 10;
    c.blockHash = keccak256(std::string_view("child block 10"));
    c.nextConfigurationNumber = 2;
    std::vector<std::uint64_t> signers{0, 1};
    std::sort(signers.begin(), signers.end(),
              [](std::uint64_t a, std::uint64_t b) { return val(a) < val(b); });
    std::vector<ipc::abi::Value> who;
    std::vector<ipc::abi::Value> sigs;
    for (auto k : signers) {
        who.push_back(ipc::abi::Value::address(val(k)));
        sigs.push_back(ipc::abi::Value::bytes(key(k).sign(checkpointHash(c)).toBytes().toBytes()));
    }
    const Bytes data =
        ipc::abi::encodeCall(sig::kSubmitCheckpoint,
                             {toAbi(c), ipc::abi::Value::array(who), ipc::abi::Value::array(sigs)});
    // A relayer that is not a validator submits it.
    call(val(3), actor, data);
    EXPECT_EQ(contracts_.actor(actor)->lastBottomUpCheckpointHeight(), 10u);
    EXPECT_EQ(contracts_.actor(actor)->claimable(val(1)), kFil / U256(2));
    const auto accepted = contracts_.takeAcceptedCheckpoints();
    ASSERT_EQ(accepted.size(), 1u);
    EXPECT_EQ(accepted[0].first, root_.child(actor));
    EXPECT_EQ(accepted[0].second, 10u);
    EXPECT_EQ(
        decodeReturn("(uint256)", view(actor, "lastBottomUpCheckpointHeight()")).at(0).asUint64(),
        10u);
    // Submitting it again, or a signature that is not 65 bytes, reverts.
    expectRevert(val(3), actor, data);
    sigs[0] = ipc::abi::Value::bytes(Bytes(64, 1));
    c.blockHeight = 20;
    expectRevert(
        val(3), actor,
        ipc::abi::encodeCall(sig::kSubmitCheckpoint, {toAbi(c), ipc::abi::Value::array(who),
                                                      ipc::abi::Value::array(sigs)}));
    EXPECT_TRUE(contracts_.takeAcceptedCheckpoints().empty());
    // Claim the released collateral.
    const U256 before = state_.balance(val(1));
    call(val(1), actor, ipc::abi::encodeCall(sig::kClaim, {}));
    EXPECT_EQ(state_.balance(val(1)), before + kFil / U256(2));
}

// ---------------------------------------------------------------- gateway calls and getters

TEST_F(ContractsTest, FundThroughCallDataAndGatewayGetters) {
    const EthAddress actor = bootstrappedChild();
    const SubnetId child = root_.child(actor);
    const Bytes data = ipc::abi::encodeCall(sig::kFund, {toAbi(child), toAbiFvm(val(2))});
    call(val(3), kGw, data, U256(5) * kFil);
    EXPECT_EQ(contracts_.gateway().child(child)->circSupply, U256(5) * kFil);
    EXPECT_EQ(state_.balance(kGw), contracts_.gateway().lockedValue());
    expectRevert(val(3), kGw, data);  // no value
    expectRevert(
        val(3), kGw,
        ipc::abi::encodeCall(sig::kFund, {toAbi(root_.child(addr(0xee))), toAbiFvm(val(2))}), kFil);
    expectRevert(val(3), kGw, ipc::abi::encodeCall(sig::kRelease, {toAbiFvm(val(2))}),
                 kFil);  // root: no parent

    // getNetworkName
    EXPECT_EQ(subnetIdFromAbi(ipc::abi::decodeSingle(ipc::abi::Type::parse(abi_types::kSubnetId),
                                                     view(kGw, "getNetworkName()"))),
              root_);
    EXPECT_EQ(decodeReturn("(uint256)", view(kGw, "bottomUpCheckPeriod()")).at(0).asUint64(), 10u);
    EXPECT_EQ(decodeReturn("(uint256)", view(kGw, "majorityPercentage()")).at(0).asUint64(), 67u);
    EXPECT_EQ(decodeReturn("(uint256)", view(kGw, "totalSubnets()")).at(0).asUint64(), 1u);
    // listSubnets
    const ipc::abi::Value list = ipc::abi::decodeSingle(
        ipc::abi::Type::parse(std::string(abi_types::kSubnet) + "[]"), view(kGw, "listSubnets()"));
    ASSERT_EQ(list.asList().size(), 1u);
    const ipc::abi::Value& s = list.at(0);
    EXPECT_EQ(s.at(0).asUint(), U256(3) * kFil);  // stake
    EXPECT_EQ(s.at(1).asUint64(), height_);       // genesis epoch
    EXPECT_EQ(s.at(2).asUint(), U256(5) * kFil);  // circSupply
    EXPECT_EQ(s.at(3).asUint64(), 1u);            // topDownNonce
    EXPECT_EQ(s.at(4).asUint64(), 0u);            // appliedBottomUpNonce
    EXPECT_EQ(subnetIdFromAbi(s.at(5)), child);
    // getSubnet, known and unknown
    const char* kGetSubnetRet = "(bool,(uint256,uint256,uint256,uint64,uint64,(uint64,address[])))";
    const ipc::abi::Value found =
        decodeReturn(kGetSubnetRet, view(kGw, "getSubnet((uint64,address[]))", {toAbi(child)}));
    EXPECT_TRUE(found.at(0).asBool());
    EXPECT_EQ(found.at(1).at(2).asUint(), U256(5) * kFil);
    const ipc::abi::Value missing = decodeReturn(
        kGetSubnetRet, view(kGw, "getSubnet((uint64,address[]))", {toAbi(root_.child(addr(1)))}));
    EXPECT_FALSE(missing.at(0).asBool());
    EXPECT_TRUE(missing.at(1).at(0).asUint().isZero());
    // getTopDownNonce / getAppliedBottomUpNonce
    const ipc::abi::Value nonce = decodeReturn(
        "(bool,uint64)", view(kGw, "getTopDownNonce((uint64,address[]))", {toAbi(child)}));
    EXPECT_TRUE(nonce.at(0).asBool());
    EXPECT_EQ(nonce.at(1).asUint64(), 1u);
    EXPECT_FALSE(
        decodeReturn("(bool,uint64)", view(kGw, "getAppliedBottomUpNonce((uint64,address[]))",
                                           {toAbi(root_.child(addr(1)))}))
            .at(0)
            .asBool());
}

// A child subnet's contracts: release, checkpoints, finality and membership getters.
class ChildContractsTest : public ContractsTest {
protected:
    ChildContractsTest() : child_(SubnetId(31337, {addr(0xac, 0x10)}), GatewayParams{10, 67, 10}) {}
    Bytes childCall(const EthAddress& from, const Bytes& data, const U256& value = {}) {
        const auto mark = state_.mark();
        state_.transfer(from, kGw, value);
        CallContext ctx{state_, 3, 3000, from, value, false, logs_};
        try {
            return child_.call(ctx, kGw, data);
        } catch (...) {
            state_.revertTo(mark);
            throw;
        }
    }
    IpcContracts child_;
};

TEST_F(ChildContractsTest, ReleaseBurnsAndCheckpointGettersDecode) {
    const U256 supply = state_.totalSupply();
    childCall(val(0), ipc::abi::encodeCall(sig::kRelease, {toAbiFvm(val(2))}), kFil);
    EXPECT_EQ(state_.totalSupply(), supply - kFil);
    EXPECT_EQ(
        decodeReturn("(uint256)", child_.view(kGw, ipc::abi::encodeCall("bottomUpNonce()", {})))
            .at(0)
            .asUint64(),
        1u);
    child_.gateway().setMembership({Member{val(0), key(0).publicKey().uncompressed(), kFil, 1000},
                                    Member{val(1), key(1).publicKey().uncompressed(), kFil, 1000}},
                                   0);
    ASSERT_TRUE(child_.gateway().maybeCutCheckpoint(10, Hash32{}, 0, 2, 10, logs_).has_value());
    const BottomUpCheckpoint& expected = child_.gateway().recentCheckpoint(10)->checkpoint;
    const ipc::abi::Value cp = ipc::abi::decodeSingle(
        ipc::abi::Type::parse(abi_types::kCheckpoint),
        child_.view(
            kGw, ipc::abi::encodeCall("bottomUpCheckpoint(uint256)", {ipc::abi::Value::uint(10)})));
    EXPECT_EQ(checkpointFromAbi(cp), expected);
    ASSERT_EQ(expected.msgs.size(), 1u);
    EXPECT_EQ(expected.msgs[0].to.raw, val(2));
    // An unknown height answers an empty checkpoint, as a Solidity mapping would.
    const ipc::abi::Value none = ipc::abi::decodeSingle(
        ipc::abi::Type::parse(abi_types::kCheckpoint),
        child_.view(
            kGw, ipc::abi::encodeCall("bottomUpCheckpoint(uint256)", {ipc::abi::Value::uint(20)})));
    EXPECT_EQ(none.at(1).asUint64(), 0u);

    // addCheckpointSignature from a validator, through call data.
    const Hash32 h = child_.gateway().recentCheckpoint(10)->hash;
    const Bytes sigData = ipc::abi::encodeCall(
        sig::kAddCheckpointSignature,
        {ipc::abi::Value::uint(10), ipc::abi::Value::array({}), ipc::abi::Value::uint(1000),
         ipc::abi::Value::bytes(key(0).sign(h).toBytes().toBytes())});
    childCall(val(0), sigData);
    EXPECT_EQ(child_.gateway().recentCheckpoint(10)->signedWeight, 1000u);
    EXPECT_THROW(childCall(val(0), sigData), Revert);           // duplicate
    EXPECT_THROW(childCall(val(2), sigData), Revert);           // not a member
    EXPECT_THROW(childCall(val(1), sigData, U256(1)), Revert);  // not payable

    // getCurrentMembership
    const ipc::abi::Value m = ipc::abi::decodeSingle(
        ipc::abi::Type::parse(abi_types::kMembership),
        child_.view(kGw, ipc::abi::encodeCall("getCurrentMembership()", {})));
    ASSERT_EQ(m.at(0).asList().size(), 2u);
    EXPECT_EQ(m.at(0).at(0).at(0).asUint64(), 1000u);
    EXPECT_EQ(m.at(0).at(0).at(2).asBytes().size(), 65u);
    EXPECT_EQ(m.at(1).asUint64(), 0u);
    const std::vector<EthAddress> members{m.at(0).at(0).at(1).asAddress(),
                                          m.at(0).at(1).at(1).asAddress()};
    EXPECT_TRUE(members[0] < members[1]);
}

TEST_F(ChildContractsTest, ParentFinalityGetters) {
    const Bytes before = child_.view(kGw, ipc::abi::encodeCall("getLatestParentFinality()", {}));
    EXPECT_EQ(decodeReturn(abi_types::kParentFinality, before).at(0).asUint64(), 0u);
    const ParentFinality f{42, keccak256(std::string_view("parent 42"))};
    child_.gateway().applyTopDown(state_, 7, f, {}, {}, logs_);
    const ipc::abi::Value latest =
        decodeReturn(abi_types::kParentFinality,
                     child_.view(kGw, ipc::abi::encodeCall("getLatestParentFinality()", {})));
    EXPECT_EQ(latest.at(0).asUint64(), 42u);
    EXPECT_EQ(latest.at(1).asBytes32(), f.blockHash);
    const ipc::abi::Value at42 = decodeReturn(
        abi_types::kParentFinality,
        child_.view(
            kGw, ipc::abi::encodeCall("getParentFinality(uint256)", {ipc::abi::Value::uint(42)})));
    EXPECT_EQ(at42.at(1).asBytes32(), f.blockHash);
    EXPECT_EQ(decodeReturn("(uint256)",
                           child_.view(kGw, ipc::abi::encodeCall("appliedTopDownNonce()", {})))
                  .at(0)
                  .asUint64(),
              0u);
}

// ---------------------------------------------------------------- malformed input

TEST_F(ContractsTest, UnknownSelectorsAndMalformedArgumentsRevertCleanly) {
    const EthAddress actor = bootstrappedChild();
    for (const EthAddress& to : {kGw, kRegistry, actor}) {
        expectRevert(val(0), to, Bytes{});
        expectRevert(val(0), to, Bytes{0x12, 0x34, 0x56});
        expectRevert(val(0), to, Bytes{0xde, 0xad, 0xbe, 0xef});
    }
    expectRevert(val(0), addr(0x42), ipc::abi::encodeCall("getNetworkName()", {}));
    // Truncated arguments.
    Bytes fund = ipc::abi::encodeCall(sig::kFund, {toAbi(root_.child(actor)), toAbiFvm(val(2))});
    fund.resize(fund.size() - 1);
    expectRevert(val(0), kGw, fund, kFil);
    Bytes join = ipc::abi::encodeCall(
        sig::kJoin, {ipc::abi::Value::bytes(Bytes(65, 4)), ipc::abi::Value::uint(1)});
    join.resize(40);
    expectRevert(val(2), actor, join, U256(1));
    // A well-formed FvmAddress that is not an Ethereum one.
    const ipc::abi::Value secp =
        ipc::abi::Value::tuple({ipc::abi::Value::uint(1), ipc::abi::Value::bytes(Bytes(20))});
    expectRevert(val(0), kGw, ipc::abi::encodeCall(sig::kFund, {toAbi(root_.child(actor)), secp}),
                 kFil);
    // A subnet id deeper than allowed.
    std::vector<ipc::abi::Value> deep;
    for (std::uint8_t i = 0; i < 11; ++i)
        deep.push_back(ipc::abi::Value::address(addr(i + 1)));
    const ipc::abi::Value deepId =
        ipc::abi::Value::tuple({ipc::abi::Value::uint(31337), ipc::abi::Value::array(deep)});
    expectRevert(val(0), kGw, ipc::abi::encodeCall(sig::kFund, {deepId, toAbiFvm(val(2))}), kFil);
    EXPECT_THROW(view(kGw, "getSubnet((uint64,address[]))", {deepId}), Revert);
    // Views revert for anything they do not answer, and for out-of-range heights.
    EXPECT_THROW(contracts_.view(kGw, Bytes{1, 2}), Revert);
    EXPECT_THROW(
        contracts_.view(kGw, ipc::abi::encodeCall(sig::kFund, {toAbi(root_), toAbiFvm(val(2))})),
        Revert);
    EXPECT_THROW(view(kRegistry, "getNetworkName()"), Revert);
    EXPECT_THROW(view(addr(0x42), "getNetworkName()"), Revert);
    EXPECT_THROW(view(kGw, "getParentFinality(uint256)", {ipc::abi::Value::uint(U256::max())}),
                 Revert);
    EXPECT_THROW(view(kGw, "bottomUpCheckpoint(uint256)", {ipc::abi::Value::uint(U256::max())}),
                 Revert);
    Bytes truncatedView =
        ipc::abi::encodeCall("bottomUpCheckpoint(uint256)", {ipc::abi::Value::uint(1)});
    truncatedView.resize(20);
    EXPECT_THROW(contracts_.view(kGw, truncatedView), Revert);
}

TEST_F(ContractsTest, CallGasPerFunction) {
    EXPECT_EQ(
        contracts_.callGas(kGw, ipc::abi::encodeCall(sig::kFund, {toAbi(root_), toAbiFvm(val(1))})),
        IpcGas::kFund);
    EXPECT_EQ(contracts_.callGas(kRegistry, ipc::abi::encodeCall(sig::kNewSubnetActor,
                                                                 {subnetParams(kFil, 1, 10)})),
              IpcGas::kNewSubnetActor);
    EXPECT_EQ(contracts_.callGas(kGw, ipc::abi::encodeCall(sig::kLeave, {})), IpcGas::kLeave);
    EXPECT_EQ(contracts_.callGas(kGw, Bytes{1, 2, 3, 4}), 0u);
    EXPECT_EQ(contracts_.callGas(kGw, Bytes{}), 0u);
}

// ---------------------------------------------------------------- through signed transactions

TEST(ContractsOnChainTest, CreateJoinAndFundWithTransactions) {
    const SubnetId root(31337);
    IpcContracts contracts(root, GatewayParams{10, 67, 10});
    chain::ChainParams params;
    params.chainId = 31337;
    chain::Validator v;
    v.address = addr(0x99);
    v.power = 1;
    chain::SubnetChain chain(params, chain::ValidatorSet({v}), &contracts);
    for (std::uint64_t i = 0; i < 3; ++i)
        chain.state().setBalance(val(i), U256(100) * kFil);
    chain.genesis(0);
    const U256 supply = chain.state().totalSupply();

    std::vector<std::uint64_t> nonces(3, 0);
    auto send = [&](std::uint64_t from, const EthAddress& to, Bytes data, const U256& value) {
        chain::Transaction t;
        t.chainId = 31337;
        t.nonce = nonces[from]++;
        t.maxFeePerGas = U256(2'000'000'000);
        t.maxPriorityFeePerGas = U256(1'000'000'000);
        t.to = to;
        t.value = value;
        t.data = std::move(data);
        t.gasLimit = chain.estimateGas(t.to, t.data);
        const auto stx = chain::sign(t, key(from));
        chain.submit(std::make_shared<const chain::IncludedTx>(
            chain::IncludedTx{stx, val(from), chain::hash(stx), false}));
    };
    std::uint64_t now = 0;
    auto block = [&]() -> const chain::Block& {
        now += 1000;
        const chain::Block& b = chain.produceBlock(now, v.address, {}, {});
        for (const auto& r : b.receipts)
            EXPECT_TRUE(r.success) << r.revertReason;
        return b;
    };

    send(0, kRegistry, ipc::abi::encodeCall(sig::kNewSubnetActor, {subnetParams(kFil, 2, 10)}), {});
    const chain::Block& b1 = block();
    ASSERT_EQ(b1.receipts.size(), 1u);
    const EthAddress actor = decodeReturn("(address)", b1.receipts[0].returnData).at(0).asAddress();
    EXPECT_EQ(actor, createAddress(kRegistry, 1));
    EXPECT_EQ(b1.receipts[0].logs.size(), 1u);

    for (std::uint64_t i = 0; i < 2; ++i) {
        send(i, actor,
             ipc::abi::encodeCall(
                 sig::kJoin, {ipc::abi::Value::bytes(key(i).publicKey().uncompressed().toBytes()),
                              ipc::abi::Value::uint(kFil)}),
             kFil);
    }
    block();
    EXPECT_TRUE(contracts.actor(actor)->bootstrapped());
    ASSERT_EQ(contracts.takeBootstrapped().size(), 1u);
    EXPECT_TRUE(
        decodeReturn("(bool)", chain.call(actor, ipc::abi::encodeCall("bootstrapped()", {})))
            .at(0)
            .asBool());

    send(2, kGw, ipc::abi::encodeCall(sig::kFund, {toAbi(root.child(actor)), toAbiFvm(val(2))}),
         U256(7) * kFil);
    const chain::Block& b3 = block();
    ASSERT_EQ(b3.receipts.size(), 1u);
    ASSERT_EQ(b3.receipts[0].logs.size(), 1u);
    EXPECT_EQ(b3.receipts[0].logs[0].topics[0],
              keccak256(std::string_view(events::kNewTopDownMessage)));
    EXPECT_EQ(contracts.gateway().child(root.child(actor))->circSupply, U256(7) * kFil);
    EXPECT_EQ(chain.state().balance(kGw), contracts.gateway().lockedValue());
    EXPECT_EQ(chain.state().totalSupply(), supply);

    // A reverting call: gas is charged, the value comes back, the contracts are unchanged.
    const U256 before = chain.state().balance(val(2));
    send(2, kGw,
         ipc::abi::encodeCall(sig::kFund, {toAbi(root.child(addr(0xee))), toAbiFvm(val(2))}), kFil);
    now += 1000;
    const chain::Block& b4 = chain.produceBlock(now, v.address, {}, {});
    ASSERT_EQ(b4.receipts.size(), 1u);
    EXPECT_FALSE(b4.receipts[0].success);
    EXPECT_NE(b4.receipts[0].revertReason.find("DstSubnet"), std::string::npos);
    EXPECT_EQ(chain.state().balance(val(2)),
              before - U256(b4.receipts[0].gasUsed) * b4.receipts[0].effectiveGasPrice);
    EXPECT_EQ(chain.state().balance(kGw), contracts.gateway().lockedValue());
}
