// Tests of hex, hashes, addresses, U256, token amounts and subnet ids.
#include <gtest/gtest.h>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/u256.h"

using namespace ipc;

TEST(Hex, RoundTrip) {
    const Bytes b{0x00, 0x01, 0xab, 0xff};
    EXPECT_EQ(toHex(b), "0x0001abff");
    EXPECT_EQ(toHex(b, false), "0001abff");
    EXPECT_EQ(fromHex("0x0001ABff"), b);
    EXPECT_EQ(fromHex("0001abff"), b);
    EXPECT_TRUE(fromHex("0x").empty());
}

TEST(Hex, RejectsBadInput) {
    EXPECT_THROW(fromHex("0x123"), ParseError);
    EXPECT_THROW(fromHex("0xzz"), ParseError);
    EXPECT_THROW(Hash32::fromHexString("0x1234"), ParseError);
    try {
        fromHex("0x12g4");
        FAIL();
    } catch (const ParseError& e) {
        EXPECT_NE(std::string(e.what()).find("'g'"), std::string::npos);
    }
}

TEST(Hash, Keccak256KnownVectors) {
    EXPECT_EQ(keccak256(Bytes{}).hex(),
              "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    // The canonical ERC-20 Transfer event topic.
    EXPECT_EQ(keccak256(std::string_view("Transfer(address,address,uint256)")).hex(),
              "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
}

TEST(Hash, Blake2bKnownVectors) {
    // RFC 7693 appendix A: BLAKE2b-512("abc").
    EXPECT_EQ(toHex(blake2b(asBytes("abc"), 64), false),
              "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
              "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923");
    EXPECT_EQ(blake2b160(Bytes{}).hex(), "0x3345524abf6bbe1809449224b5972c41790b6cf2");
    EXPECT_EQ(blake2b(Bytes{}, 4).size(), 4u);
    EXPECT_THROW(blake2b(Bytes{}, 65), Error);
}

TEST(U256, ParseAndFormat) {
    EXPECT_EQ(U256::parse("0").toDecimal(), "0");
    EXPECT_EQ(U256::parse("123456789012345678901234567890").toDecimal(),
              "123456789012345678901234567890");
    EXPECT_EQ(U256::parse("0xff").toUint64(), 255u);
    EXPECT_EQ(U256(255).toQuantityHex(), "0xff");
    EXPECT_EQ(U256(0).toQuantityHex(), "0x0");
    EXPECT_EQ(U256(0x100).toQuantityHex(), "0x100");
    const auto max = U256::max();
    EXPECT_EQ(max.toDecimal(),
              "115792089237316195423570985008687907853269984665640564039457584007913129639935");
    EXPECT_EQ(U256::parse(max.toDecimal()), max);
    EXPECT_THROW(U256::parse("115792089237316195423570985008687907853269984665640564039457584007913129639936"),
                 ParseError);
    EXPECT_THROW(U256::parse("12a"), ParseError);
    EXPECT_THROW(U256::parse(""), ParseError);
    EXPECT_THROW(U256::parse("-1"), ParseError);
}

TEST(U256, ArithmeticChecksRange) {
    const U256 a = U256::parse("1000000000000000000000");
    EXPECT_EQ((a + a).toDecimal(), "2000000000000000000000");
    EXPECT_EQ((a * U256(3)).toDecimal(), "3000000000000000000000");
    EXPECT_EQ((a / U256(7)).toDecimal(), "142857142857142857142");
    EXPECT_EQ((a % U256(7)).toDecimal(), "6");
    EXPECT_THROW(U256(1) - U256(2), ArithmeticError);
    EXPECT_THROW(U256::max() + U256(1), ArithmeticError);
    EXPECT_THROW(U256::max() * U256(2), ArithmeticError);
    EXPECT_THROW(U256(1) / U256(0), ArithmeticError);
    EXPECT_EQ(U256::mulDiv(U256::max(), U256(2), U256(4)), U256::max() / U256(2));
    EXPECT_EQ(U256(5).saturatingSub(U256(9)), U256(0));
    EXPECT_LT(U256(1), U256::parse("18446744073709551616"));
    EXPECT_EQ(U256::parse("18446744073709551616").bitLength(), 65u);
}

TEST(U256, BigEndianBytes) {
    const U256 v = U256::parse("0x0102030405060708090a0b0c0d0e0f10111213141516171819");
    EXPECT_EQ(U256::fromBigEndian(v.toBigEndian()), v);
    EXPECT_EQ(toHex(v.toMinimalBigEndian()), "0x0102030405060708090a0b0c0d0e0f10111213141516171819");
    EXPECT_TRUE(U256(0).toMinimalBigEndian().empty());
    EXPECT_THROW(U256::fromBigEndian(Bytes(33, 1)), ParseError);
    EXPECT_THROW(U256(1ULL << 63).operator*(U256::parse("0x10000000000000000")).toUint64(),
                 ArithmeticError);
}
