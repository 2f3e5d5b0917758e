// TokenAmount: whole-token decimal text ↔ exact atto amounts.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/token_amount.h"
#include "support/test_values.h"

using namespace ipc;

namespace {

using ipc::testing_support::parseErrorOf;

const std::string kMaxAtto =
    "115792089237316195423570985008687907853269984665640564039457584007913129639935";

}  // namespace

TEST(TokenAmount, ParsesWholeAndFractionalAmounts) {
    EXPECT_EQ(TokenAmount::parse("1.5").atto(), U256::parse("1500000000000000000"));
    EXPECT_EQ(TokenAmount::parse("0.000000000000000001").atto(), U256(1));
    EXPECT_EQ(TokenAmount::parse("10000").atto(), U256::parse("10000000000000000000000"));
    EXPECT_EQ(TokenAmount::parse("0").atto(), U256(0));
    EXPECT_EQ(TokenAmount::parse("0.0").atto(), U256(0));
    EXPECT_EQ(TokenAmount::parse("0.5"), TokenAmount::fromAtto(U256::parse("500000000000000000")));
    EXPECT_EQ(TokenAmount::parse("007.10"), TokenAmount::parse("7.1"));
    EXPECT_EQ(TokenAmount::parse("123.456789012345678901").atto(),
              U256::parse("123456789012345678901"));
}

TEST(TokenAmount, ParsesUpTo256Bits) {
    // The largest amount: 2^256 - 1 atto, written in whole tokens.
    const std::string whole = kMaxAtto.substr(0, kMaxAtto.size() - 18);
    const std::string fraction = kMaxAtto.substr(kMaxAtto.size() - 18);
    const auto max = TokenAmount::parse(whole + "." + fraction);
    EXPECT_EQ(max.atto(), U256::max());
    EXPECT_EQ(max.format(), whole + "." + fraction);
    EXPECT_EQ(TokenAmount::fromAtto(U256::max()), max);
}

TEST(TokenAmount, RejectsBadText) {
    const std::string whole = kMaxAtto.substr(0, kMaxAtto.size() - 18);
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"", "empty"},
        {"-1", "negative"},
        {"-0.5", "negative"},
        {".5", "0.5, not .5"},
        {"5.", "not 5."},
        {".", "not .5"},
        {"1.0000000000000000001", "too many decimals: at most 18"},
        {"0.0000000000000000000", "too many decimals: at most 18"},
        {"+1", "decimal number"},
        {" 1", "decimal number"},
        {"1 ", "decimal number"},
        {"1 000", "decimal number"},
        {"1,5", "decimal number"},
        {"1.2.3", "decimal number"},
        {"1e18", "decimal number"},
        {"0x10", "decimal number"},
        {"abc", "decimal number"},
        {"1.5 FIL", "decimal number"},
        {whole + ".999999999999999999", "too large"},
        {kMaxAtto, "too large"},
        {std::string(200, '9'), "too large"},
    };
    for (const auto& [text, fragment] : cases) {
        const std::string message = parseErrorOf([&] { TokenAmount::parse(text); });
        EXPECT_NE(message.find(fragment), std::string::npos)
            << "'" << text << "' -> '" << message << "' lacks '" << fragment << "'";
    }
}

TEST(TokenAmount, FormatsTrimmed) {
    EXPECT_EQ(TokenAmount::parse("1.5").format(), "1.5");
    EXPECT_EQ(TokenAmount::parse("1.500").format(), "1.5");
    EXPECT_EQ(TokenAmount::parse("10000").format(), "10000");
    EXPECT_EQ(TokenAmount::parse("10000.000").format(), "10000");
    EXPECT_EQ(TokenAmount::parse("0.000000000000000001").format(), "0.000000000000000001");
    EXPECT_EQ(TokenAmount::parse("0.10").format(), "0.1");
    EXPECT_EQ(TokenAmount().format(), "0");
    EXPECT_EQ(TokenAmount::fromAtto(U256::parse("1000000000000000001")).format(),
              "1.000000000000000001");
    EXPECT_EQ(TokenAmount::parse("1.5").formatWithUnit(), "1.5 FIL");
    EXPECT_EQ(TokenAmount::parse("2").formatWithUnit("tFIL"), "2 tFIL");
    std::ostringstream os;
    os << TokenAmount::parse("0.25");
    EXPECT_EQ(os.str(), "0.25 FIL");
}

TEST(TokenAmount, FormatParseRoundTrip) {
    for (const char* text : {"0", "1", "0.1", "1.000000000000000001",
                             "999999999.999999999999999999", "18446744073709551615", "3.14159"}) {
        EXPECT_EQ(TokenAmount::parse(text).format(), text);
    }
    std::uint64_t x = 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < 2000; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const auto a = TokenAmount::fromAtto(U256(x) * U256(x >> (i % 64)));
        EXPECT_EQ(TokenAmount::parse(a.format()), a);
    }
}

TEST(TokenAmount, WholeAndArithmetic) {
    EXPECT_EQ(TokenAmount::fromWhole(3).atto(), U256::parse("3000000000000000000"));
    EXPECT_EQ(TokenAmount::fromWhole(UINT64_MAX).format(), "18446744073709551615");
    const auto a = TokenAmount::parse("1.5");
    const auto b = TokenAmount::parse("0.25");
    EXPECT_EQ((a + b).format(), "1.75");
    EXPECT_EQ((a - b).format(), "1.25");
    EXPECT_EQ((a - a).format(), "0");
    EXPECT_TRUE((a - a).isZero());
    EXPECT_THROW(b - a, ArithmeticError);
    EXPECT_THROW(TokenAmount::fromAtto(U256::max()) + TokenAmount::fromAtto(U256(1)),
                 ArithmeticError);
    auto c = a;
    c += b;
    c -= TokenAmount::fromWhole(1);
    EXPECT_EQ(c.format(), "0.75");
    EXPECT_LT(b, a);
    EXPECT_GT(a, b);
    EXPECT_LE(a, TokenAmount::parse("1.50"));
    EXPECT_EQ(a, TokenAmount::parse("1.50"));
    EXPECT_NE(a, b);
}
