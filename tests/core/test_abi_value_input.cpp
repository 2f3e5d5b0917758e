// ABI arguments typed into a contract's forms (ipc/core/abi/value_input.h): every scalar type,
// lists and tuples, and the errors people see for what does not fit.
#include "ipc/core/abi/value_input.h"

#include <gtest/gtest.h>

#include "ipc/core/abi/revert.h"
#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/eth_address.h"

using namespace ipc;
using ipc::abi::parseValue;
using ipc::abi::Type;
using ipc::abi::Value;

namespace {

std::string roundTrip(const std::string& type, const std::string& text) {
    const Type t = Type::parse(type);
    return ipc::abi::formatValue(t, parseValue(t, text));
}

std::string errorOf(const std::string& type, const std::string& text) {
    try {
        parseValue(Type::parse(type), text);
    } catch (const ParseError& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST(ValueInput, NumbersInDecimalOrHexWithinTheirWidth) {
    EXPECT_EQ(roundTrip("uint256", "42"), "42");
    EXPECT_EQ(roundTrip("uint256", " 0xff "), "255");
    EXPECT_EQ(roundTrip("uint8", "255"), "255");
    EXPECT_EQ(errorOf("uint8", "256"), "256 does not fit in uint8");
    EXPECT_EQ(errorOf("uint256", "-1"), "expected a uint256 (decimal digits or 0x hex), got '-1'");
    EXPECT_EQ(errorOf("uint256", "12abc"),
              "expected a uint256 (decimal digits or 0x hex), got '12abc'");
    EXPECT_EQ(errorOf("uint256", ""), "expected a uint256 (decimal digits or 0x hex), got ''");
    EXPECT_EQ(roundTrip("int8", "-128"), "-128");
    EXPECT_EQ(roundTrip("int8", "127"), "127");
    EXPECT_EQ(roundTrip("int256", "-1"), "-1");
    EXPECT_EQ(roundTrip("int256", "-0"), "0");
    EXPECT_EQ(errorOf("int8", "128"), "128 does not fit in int8");
    EXPECT_EQ(errorOf("int8", "-129"), "-129 does not fit in int8");
    // The encoding is two's complement, as Solidity's.
    const Value minusTwo = parseValue(Type::parse("int16"), "-2");
    EXPECT_EQ(minusTwo.asInt64(), -2);
}

TEST(ValueInput, AddressesBoolsAndBytes) {
    EXPECT_EQ(roundTrip("address", "0x90f79bf6eb2c4f870365e785982e1f101e93b906"),
              "\"0x90F79bf6EB2c4f870365E785982E1f101E93b906\"");
    EXPECT_NE(errorOf("address", "0x1234").find("expected an address"), std::string::npos);
    EXPECT_EQ(roundTrip("bool", "true"), "true");
    EXPECT_EQ(errorOf("bool", "yes"), "expected true or false, got 'yes'");
    EXPECT_EQ(roundTrip("bytes", "0x00ff"), "\"0x00ff\"");
    EXPECT_EQ(roundTrip("bytes", "0x"), "\"0x\"");
    EXPECT_EQ(roundTrip("bytes4", "0x7cf5dab0"), "\"0x7cf5dab0\"");
    EXPECT_EQ(errorOf("bytes4", "0x7cf5"), "expected bytes4 (4 bytes), got 2 bytes");
    EXPECT_NE(errorOf("bytes", "ff").find("0x and an even number of hex digits"),
              std::string::npos);
    EXPECT_EQ(errorOf("bytes", "0xzz"), "'0xzz' is not hex");
}

TEST(ValueInput, StringsAreTakenAsTyped) {
    EXPECT_EQ(parseValue(Type::parse("string"), " hello, world ").asString(), " hello, world ");
    EXPECT_EQ(parseValue(Type::parse("string"), "").asString(), "");
}

TEST(ValueInput, ListsAndTuplesInBrackets) {
    EXPECT_EQ(roundTrip("uint256[]", "[1, 2, 0x3]"), "[1, 2, 3]");
    EXPECT_EQ(roundTrip("uint256[]", "[]"), "[]");
    EXPECT_EQ(roundTrip("uint8[2]", "[1,2]"), "[1, 2]");
    EXPECT_EQ(roundTrip("string[]", R"(["a, b", plain, "q\"uote"])"),
              R"(["a, b", "plain", "q\"uote"])");
    EXPECT_EQ(roundTrip("(address,uint256[])", "(0x90F79bf6EB2c4f870365E785982E1f101E93b906, [7])"),
              "[\"0x90F79bf6EB2c4f870365E785982E1f101E93b906\", [7]]");
    EXPECT_EQ(roundTrip("bool[][]", "[[true], [], [false, true]]"), "[[true], [], [false, true]]");
    EXPECT_EQ(errorOf("uint8[2]", "[1]"), "uint8[2] takes 2 items, got 1");
    EXPECT_EQ(errorOf("uint256[]", "1, 2"), "expected uint256[] in brackets, like [uint256, …]");
    EXPECT_EQ(errorOf("uint256[]", "[1 2]"),
              "expected a uint256 (decimal digits or 0x hex), got '1 2'");
    EXPECT_EQ(errorOf("uint256[]", "[1,"), "expected a uint256 (decimal digits or 0x hex), got ''");
    EXPECT_EQ(errorOf("uint256[]", "[1] x"), "unexpected 'x' after the value");
    EXPECT_EQ(errorOf("string[]", R"(["open])"), "a quoted string is not closed");
    EXPECT_EQ(errorOf("(uint8)", "[1, 2]"), "(uint8) takes 1 items");
    // Brackets deeper than the type are an error, however deep.
    EXPECT_EQ(errorOf("uint8[][]", std::string(100000, '[')),
              "expected a uint8 (decimal digits or 0x hex), got '" + std::string(48, '[') + "…'");
}

TEST(ValueInput, ArgumentsAreNamedInErrors) {
    const Type params = Type::parse("(address,uint256)");
    const auto values = ipc::abi::parseArguments(
        params, {"0x90F79bf6EB2c4f870365E785982E1f101E93b906", "5"}, {"to", "amount"});
    ASSERT_EQ(values.size(), 2U);
    EXPECT_EQ(values[1].asUint(), U256(5));
    try {
        ipc::abi::parseArguments(params, {"0x90F79bf6EB2c4f870365E785982E1f101E93b906", "x"},
                                 {"to", "amount"});
        FAIL() << "no error";
    } catch (const ParseError& e) {
        EXPECT_STREQ(e.what(), "'amount': expected a uint256 (decimal digits or 0x hex), got 'x'");
    }
    try {
        ipc::abi::parseArguments(params, {"1"});
        FAIL() << "no error";
    } catch (const ParseError& e) {
        EXPECT_STREQ(e.what(), "expected 2 arguments, got 1");
    }
    try {
        ipc::abi::parseArguments(params, {"0x12", "1"});
        FAIL() << "no error";
    } catch (const ParseError& e) {
        EXPECT_EQ(std::string(e.what()).rfind("argument 1: expected an address", 0), 0U);
    }
}

TEST(ValueInput, HintsSayWhatAFieldTakes) {
    EXPECT_EQ(ipc::abi::inputHint(Type::parse("uint256")), "uint256");
    EXPECT_EQ(ipc::abi::inputHint(Type::parse("address")), "address (0x…)");
    EXPECT_EQ(ipc::abi::inputHint(Type::parse("bytes32")), "bytes32 (0x…)");
    EXPECT_EQ(ipc::abi::inputHint(Type::parse("uint8[]")), "[uint8, …]");
    EXPECT_EQ(ipc::abi::inputHint(Type::parse("(address,bool)")), "[address, bool]");
}
