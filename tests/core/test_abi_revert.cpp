// Revert data decoded into the words people read (ipc/core/abi/revert.h): unit cases, and the
// revert data solc's code really returns, from tests/contracts/Errors.sol run on a chain.
#include "ipc/core/abi/revert.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "ipc/core/chain/evm_bridge.h"
#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/chain/validator_set.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/evm/executor.h"
#include "ipc/core/primitives/error.h"
#include "support/contract_fixtures.h"

using namespace ipc;

namespace {

using ipc::testing_support::contractFixture;

Bytes panic(std::uint64_t code) {
    return ipc::abi::encodeCall("Panic(uint256)", {ipc::abi::Value::uint(U256(code))});
}

}  // namespace

TEST(RevertDecode, ErrorStringGivesTheReason) {
    const Bytes data = ipc::abi::encodeCall("Error(string)", {ipc::abi::Value::string("no way")});
    const auto r = ipc::abi::decodeRevert(data);
    EXPECT_EQ(r.kind, ipc::abi::DecodedRevert::Kind::ErrorString);
    EXPECT_EQ(r.reason, "no way");
    EXPECT_EQ(ipc::abi::describeRevert(data), "reverted with reason string 'no way'");
    EXPECT_EQ(ipc::abi::revertMessage(data), "execution reverted: no way");
    // An empty reason is still a reason (geth prints the colon).
    EXPECT_EQ(ipc::abi::revertMessage(
                  ipc::abi::encodeCall("Error(string)", {ipc::abi::Value::string("")})),
              "execution reverted: ");
}

TEST(RevertDecode, EveryDocumentedPanicCodeHasItsMeaning) {
    const std::pair<std::uint64_t, std::string> codes[] = {
        {0x00, "panic code 0x00 (Generic compiler panic)"},
        {0x01, "panic code 0x01 (Assertion error)"},
        {0x11, "panic code 0x11 (Arithmetic operation overflowed outside of an unchecked block)"},
        {0x12, "panic code 0x12 (Division or modulo division by zero)"},
        {0x21,
         "panic code 0x21 (Tried to convert a value into an enum, but the value was too big or "
         "negative)"},
        {0x22, "panic code 0x22 (Incorrectly encoded storage byte array)"},
        {0x31, "panic code 0x31 (.pop() was called on an empty array)"},
        {0x32, "panic code 0x32 (Array accessed at an out-of-bounds or negative index)"},
        {0x41,
         "panic code 0x41 (Too much memory was allocated, or an array was created that is too "
         "large)"},
        {0x51, "panic code 0x51 (Called a zero-initialized variable of internal function type)"},
    };
    for (const auto& [code, text] : codes) {
        const auto r = ipc::abi::decodeRevert(panic(code));
        EXPECT_EQ(r.kind, ipc::abi::DecodedRevert::Kind::Panic);
        EXPECT_EQ(r.panicCode, U256(code));
        EXPECT_EQ(ipc::abi::describeRevert(panic(code)), "reverted with " + text);
        EXPECT_EQ(ipc::abi::revertMessage(panic(code)), "execution reverted: " + text);
    }
    EXPECT_EQ(ipc::abi::describeRevert(panic(0x99)), "reverted with unknown panic code 0x99");
    EXPECT_EQ(ipc::abi::describeRevert(panic(0x100)), "reverted with unknown panic code 0x0100");
}

TEST(RevertDecode, EmptyDataIsARevertWithoutReason) {
    EXPECT_EQ(ipc::abi::decodeRevert({}).kind, ipc::abi::DecodedRevert::Kind::Empty);
    EXPECT_EQ(ipc::abi::describeRevert({}), "reverted without a reason");
    EXPECT_EQ(ipc::abi::revertMessage({}), "execution reverted");
}

TEST(RevertDecode, MalformedDataIsShownRawAndNeverThrows) {
    Bytes good = ipc::abi::encodeCall("Error(string)", {ipc::abi::Value::string("abcdef")});
    // Truncated string, offset past the end, a length beyond the data, a bare selector, a
    // panic code cut short.
    Bytes truncated(good.begin(), good.end() - 10);
    Bytes badOffset = good;
    badOffset[4 + 31] = 0xff;
    Bytes badLength = good;
    badLength[4 + 63] = 0x7f;
    const Bytes bare(good.begin(), good.begin() + 4);
    Bytes shortPanic = panic(0x11);
    shortPanic.resize(20);
    for (const Bytes* d : std::initializer_list<const Bytes*>{&truncated, &badOffset, &badLength,
                                                              &bare, &shortPanic}) {
        ipc::abi::DecodedRevert r;
        EXPECT_NO_THROW(r = ipc::abi::decodeRevert(*d));
        EXPECT_EQ(r.kind, ipc::abi::DecodedRevert::Kind::Raw) << toHex(*d);
        EXPECT_EQ(ipc::abi::describeRevert(*d),
                  "reverted with an unrecognized custom error (return data: " + toHex(*d) + ")");
        EXPECT_EQ(ipc::abi::revertMessage(*d),
                  "execution reverted: unrecognized custom error (return data: " + toHex(*d) + ")");
    }
}

TEST(RevertDecode, DataShorterThanASelectorIsShownRaw) {
    const Bytes tiny = {0xde, 0xad};
    EXPECT_EQ(ipc::abi::decodeRevert(tiny).kind, ipc::abi::DecodedRevert::Kind::Raw);
    EXPECT_EQ(ipc::abi::describeRevert(tiny), "reverted without a reason (return data: 0xdead)");
    EXPECT_EQ(ipc::abi::revertMessage(tiny), "execution reverted (return data: 0xdead)");
}

TEST(RevertDecode, CustomErrorsByNameWhenTheRegistryKnowsThem) {
    ipc::abi::ErrorRegistry errors;
    errors.add("InsufficientBalance(uint256,uint256)", "Errors");
    errors.add("Unauthorized(address)", "Errors");
    errors.add("Named(string,int256,bool,bytes,uint256[])", "Other");
    const Bytes data =
        ipc::abi::encodeCall("InsufficientBalance(uint256,uint256)",
                             {ipc::abi::Value::uint(U256(3)), ipc::abi::Value::uint(U256(10))});
    EXPECT_EQ(ipc::abi::describeRevert(data, &errors),
              "reverted with custom error 'InsufficientBalance(3, 10)'");
    EXPECT_EQ(ipc::abi::revertMessage(data, &errors),
              "execution reverted: custom error 'InsufficientBalance(3, 10)'");
    // Without the registry the same data is raw.
    EXPECT_EQ(ipc::abi::decodeRevert(data).kind, ipc::abi::DecodedRevert::Kind::Raw);

    const EthAddress who = EthAddress::parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    EXPECT_EQ(ipc::abi::describeRevert(
                  ipc::abi::encodeCall("Unauthorized(address)", {ipc::abi::Value::address(who)}),
                  &errors),
              "reverted with custom error "
              "'Unauthorized(\"0x70997970C51812dc3A010C7d01b50e0d17dc79C8\")'");
    const Bytes named = ipc::abi::encodeCall(
        "Named(string,int256,bool,bytes,uint256[])",
        {ipc::abi::Value::string("say \"hi\""), ipc::abi::Value::int64(-7),
         ipc::abi::Value::boolean(true), ipc::abi::Value::bytes({0xab, 0xcd}),
         ipc::abi::Value::array({ipc::abi::Value::uint(U256(1)), ipc::abi::Value::uint(U256(2))})});
    EXPECT_EQ(ipc::abi::describeRevert(named, &errors),
              "reverted with custom error 'Named(\"say \\\"hi\\\"\", -7, true, \"0xabcd\", [1, "
              "2])'");
    // A known selector whose arguments do not decode is raw.
    Bytes cut = data;
    cut.resize(40);
    EXPECT_EQ(ipc::abi::decodeRevert(cut, &errors).kind, ipc::abi::DecodedRevert::Kind::Raw);
}

TEST(RevertDecode, ClashingSelectorsAreReportedAndNotGuessed) {
    ipc::abi::ErrorRegistry errors;
    // Both hash to 0xa9059cbb, the classic ERC-20 transfer collision.
    errors.add("transfer(address,uint256)", "Token.sol");
    errors.add("many_msg_babbage(bytes1)", "Odd.sol");
    errors.add("transfer(address,uint256)", "Other.sol");  // the same error again: no clash
    const auto clashes = errors.clashes();
    ASSERT_EQ(clashes.size(), 1u);
    EXPECT_EQ(clashes[0],
              "0xa9059cbb: transfer(address,uint256) (Token.sol, Other.sol) vs "
              "many_msg_babbage(bytes1) (Odd.sol)");
    const Bytes data = ipc::abi::encodeCall(
        "transfer(address,uint256)",
        {ipc::abi::Value::address(EthAddress()), ipc::abi::Value::uint(U256(1))});
    EXPECT_EQ(ipc::abi::decodeRevert(data, &errors).kind, ipc::abi::DecodedRevert::Kind::Raw);
    EXPECT_THROW(errors.add("not a signature"), ParseError);
}

TEST(RevertDecode, ChainErrorStringOfKeepsWorking) {
    const Bytes data = ipc::abi::encodeCall("Error(string)", {ipc::abi::Value::string("x")});
    EXPECT_EQ(chain::errorStringOf(data).value_or("?"), "x");
    EXPECT_FALSE(chain::errorStringOf(panic(1)));
    EXPECT_EQ(chain::failureReason(evm::Status::Revert, panic(0x12)),
              "execution reverted: panic code 0x12 (Division or modulo division by zero)");
    EXPECT_EQ(chain::failureReason(evm::Status::OutOfGas, {}), "out of gas");
}

// ---------------------------------------------------------------- solc's own revert data

namespace {

constexpr std::uint64_t kChainId = 31337;

crypto::PrivateKey key(std::uint64_t i) {
    return crypto::PrivateKey::deterministic(23, i);
}

class ErrorsContractTest : public ::testing::Test {
protected:
    ErrorsContractTest() : chain_(params(), chain::ValidatorSet({validator()}), nullptr) {
        chain_.state().setBalance(key(0).ethAddress(), U256(1'000'000'000'000'000'000ULL));
        chain_.genesis(1'000);
        chain::Transaction t;
        t.type = chain::TxType::Eip1559;
        t.chainId = kChainId;
        t.maxFeePerGas = U256(3'000'000'000ULL);
        t.maxPriorityFeePerGas = U256(1'000'000'000ULL);
        t.gasLimit = 3'000'000;
        t.data = contractFixture("Errors");
        const chain::SignedTransaction stx = chain::sign(t, key(0));
        chain_.submit(std::make_shared<const chain::IncludedTx>(
            chain::IncludedTx{stx, key(0).ethAddress(), chain::hash(stx), false}));
        const chain::Block& b = chain_.produceBlock(2'000, validator().address, {}, {});
        EXPECT_TRUE(b.receipts.at(0).success) << b.receipts.at(0).revertReason;
        errors_ = evm::createAddress(key(0).ethAddress(), 0);
    }
    static chain::ChainParams params() {
        chain::ChainParams p;
        p.chainId = kChainId;
        return p;
    }
    static chain::Validator validator() {
        chain::Validator v;
        v.address = key(9).ethAddress();
        v.power = 10;
        return v;
    }
    // The revert data of calling `signature` on Errors.
    Bytes revertData(std::string_view signature, const std::vector<ipc::abi::Value>& args) {
        chain::EvmCall call;
        call.from = key(0).ethAddress();
        call.to = errors_;
        call.data = ipc::abi::encodeCall(signature, args);
        const evm::TxResult r = chain_.simulate(call, 3'000);
        EXPECT_EQ(r.status, evm::Status::Revert) << signature;
        return r.output;
    }

    chain::SubnetChain chain_;
    EthAddress errors_;
};

ipc::abi::Value u(std::uint64_t v) {
    return ipc::abi::Value::uint(U256(v));
}

}  // namespace

TEST_F(ErrorsContractTest, RequireMessagesPanicsAndCustomErrorsFromSolc) {
    EXPECT_EQ(ipc::abi::describeRevert(revertData("setPositive(uint256)", {u(0)})),
              "reverted with reason string 'value must be positive'");
    EXPECT_EQ(ipc::abi::describeRevert(revertData("checkAssert(uint256)", {u(7)})),
              "reverted with panic code 0x01 (Assertion error)");
    EXPECT_EQ(ipc::abi::describeRevert(revertData("divide(uint256,uint256)", {u(1), u(0)})),
              "reverted with panic code 0x12 (Division or modulo division by zero)");
    EXPECT_EQ(ipc::abi::describeRevert(revertData("overflow(uint256)", {u(2)})),
              "reverted with panic code 0x11 (Arithmetic operation overflowed outside of an "
              "unchecked block)");
    EXPECT_EQ(ipc::abi::describeRevert(revertData("item(uint256)", {u(0)})),
              "reverted with panic code 0x32 (Array accessed at an out-of-bounds or negative "
              "index)");

    const Bytes custom = revertData("withdraw(uint256)", {u(5)});
    EXPECT_EQ(ipc::abi::describeRevert(custom),
              "reverted with an unrecognized custom error (return data: " + toHex(custom) + ")");
    ipc::abi::ErrorRegistry errors;
    errors.add("InsufficientBalance(uint256,uint256)", "Errors");
    errors.add("Unauthorized(address)", "Errors");
    EXPECT_EQ(ipc::abi::describeRevert(custom, &errors),
              "reverted with custom error 'InsufficientBalance(0, 5)'");
    EXPECT_EQ(ipc::abi::describeRevert(revertData("onlyZero()", {}), &errors),
              "reverted with custom error 'Unauthorized(\"" + key(0).ethAddress().toChecksumHex() +
                  "\")'");
}

TEST_F(ErrorsContractTest, ReceiptsCarryTheDecodedPanic) {
    chain::Transaction t;
    t.type = chain::TxType::Eip1559;
    t.chainId = kChainId;
    t.nonce = 1;
    t.maxFeePerGas = U256(3'000'000'000ULL);
    t.maxPriorityFeePerGas = U256(1'000'000'000ULL);
    t.gasLimit = 100'000;
    t.to = errors_;
    t.data = ipc::abi::encodeCall("divide(uint256,uint256)", {u(1), u(0)});
    const chain::SignedTransaction stx = chain::sign(t, key(0));
    chain_.submit(std::make_shared<const chain::IncludedTx>(
        chain::IncludedTx{stx, key(0).ethAddress(), chain::hash(stx), false}));
    const chain::Block& b = chain_.produceBlock(3'000, validator().address, {}, {});
    ASSERT_EQ(b.receipts.size(), 1u);
    EXPECT_FALSE(b.receipts[0].success);
    EXPECT_EQ(b.receipts[0].revertReason,
              "execution reverted: panic code 0x12 (Division or modulo division by zero)");
}
