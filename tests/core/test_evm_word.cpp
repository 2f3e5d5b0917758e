// The interpreter's 256-bit word against Boost.Multiprecision as the reference, plus the EIP-145
// shift vectors and edge cases of the signed operations.
#include <random>

#include <gtest/gtest.h>
#include <boost/multiprecision/cpp_int.hpp>

#include "ipc/core/evm/word.h"

namespace {

using ipc::evm::Word;
namespace mp = boost::multiprecision;
using Big = mp::cpp_int;

const Big kMod = Big(1) << 256;

Big toBig(const Word& w) {
    Big r = 0;
    for (int i = 3; i >= 0; --i)
        r = (r << 64) | Big(w.w[i]);
    return r;
}

Word fromBig(Big v) {
    v %= kMod;
    if (v < 0)
        v += kMod;
    Word w;
    for (int i = 0; i < 4; ++i) {
        w.w[i] = static_cast<std::uint64_t>(v & Big(~0ULL));
        v >>= 64;
    }
    return w;
}

Big toSigned(const Word& w) {
    Big v = toBig(w);
    return w.isNegative() ? v - kMod : v;
}

Word hexWord(const char* hex) {
    return Word::fromU256(ipc::U256::parse(hex));
}

// Random words biased towards the interesting shapes: small, sparse limbs, all ones, top bit.
Word randomWord(std::mt19937_64& rng) {
    Word w;
    switch (rng() % 6) {
        case 0:
            w = Word(rng() % 1000);
            break;
        case 1:
            w.w[rng() % 4] = rng();
            break;
        case 2:
            w = Word::max() - Word(rng() % 3);
            break;
        case 3:
            w = Word(0, 0, 0, 1ULL << 63) + Word(rng() % 5);
            break;
        default:
            for (auto& limb : w.w)
                limb = rng();
            if (rng() % 3 == 0)
                w.w[3] = 0;
            if (rng() % 3 == 0)
                w.w[2] = 0;
    }
    return w;
}

TEST(EvmWord, ArithmeticMatchesBoost) {
    std::mt19937_64 rng(20261206);
    for (int i = 0; i < 20000; ++i) {
        const Word a = randomWord(rng);
        const Word b = randomWord(rng);
        const Word m = randomWord(rng);
        const Big A = toBig(a), B = toBig(b), M = toBig(m);
        SCOPED_TRACE(A.str() + " " + B.str() + " " + M.str());
        ASSERT_EQ(a + b, fromBig(A + B));
        ASSERT_EQ(a - b, fromBig(A - B));
        ASSERT_EQ(a * b, fromBig(A * B));
        ASSERT_EQ(ipc::evm::div(a, b), B == 0 ? Word() : fromBig(A / B));
        ASSERT_EQ(ipc::evm::mod(a, b), B == 0 ? Word() : fromBig(A % B));
        ASSERT_EQ(ipc::evm::addmod(a, b, m), M == 0 ? Word() : fromBig((A + B) % M));
        ASSERT_EQ(ipc::evm::mulmod(a, b, m), M == 0 ? Word() : fromBig((A * B) % M));
        ASSERT_EQ(a < b, A < B);
        ASSERT_EQ(a == b, A == B);
        ASSERT_EQ(ipc::evm::slt(a, b), toSigned(a) < toSigned(b));
        ASSERT_EQ(a & b, fromBig(A & B));
        ASSERT_EQ(a | b, fromBig(A | B));
        ASSERT_EQ(a ^ b, fromBig(A ^ B));
        ASSERT_EQ(~a, fromBig(kMod - 1 - A));
        const Big SA = toSigned(a), SB = toSigned(b);
        if (SB != 0) {
            // Boost truncates towards zero like the EVM; the remainder takes the dividend's sign.
            ASSERT_EQ(ipc::evm::sdiv(a, b), fromBig(SA / SB));
            ASSERT_EQ(ipc::evm::smod(a, b), fromBig(SA % SB));
        }
        const unsigned shift = static_cast<unsigned>(rng() % 300);
        ASSERT_EQ(ipc::evm::shl(a, Word(shift)), fromBig(A << shift));
        ASSERT_EQ(ipc::evm::shr(a, Word(shift)), fromBig(A >> shift));
        ASSERT_EQ(ipc::evm::sar(a, Word(shift)), fromBig(SA >> shift));  // arithmetic shift
        const Word e = Word(rng() % 700);
        ASSERT_EQ(ipc::evm::exp(a, e), fromBig(mp::powm(A, toBig(e), kMod)));
        ASSERT_EQ(a.toU256(), ipc::U256::parse(A.str()));
        ASSERT_EQ(Word::fromU256(a.toU256()), a);
    }
}

// Dividends built from the divisor's own limbs hit Knuth's rare paths (the quotient estimate of
// a full limb, the add-back step).
TEST(EvmWord, DivisionCornerCases) {
    std::mt19937_64 rng(99);
    for (int i = 0; i < 20000; ++i) {
        Word d = randomWord(rng);
        if (d.isZero())
            d = Word(3);
        Word a;
        Word b;
        for (int l = 0; l < 4; ++l) {
            a.w[l] = (rng() % 3 == 0) ? d.w[l] : (rng() % 2 ? d.w[(l + 1) % 4] - 1 : ~0ULL);
            b.w[l] = (rng() % 2 == 0) ? d.w[l] : ~d.w[l];
        }
        const Big A = toBig(a), B = toBig(b), D = toBig(d);
        ASSERT_EQ(ipc::evm::div(a, d), fromBig(A / D)) << A << " / " << D;
        ASSERT_EQ(ipc::evm::mod(a, d), fromBig(A % D)) << A << " % " << D;
        ASSERT_EQ(ipc::evm::mulmod(a, b, d), fromBig((A * B) % D));
        ASSERT_EQ(ipc::evm::addmod(a, b, d), fromBig((A + B) % D));
    }
}

TEST(EvmWord, ExpWithLargeExponents) {
    std::mt19937_64 rng(7);
    for (int i = 0; i < 500; ++i) {
        const Word a = randomWord(rng);
        const Word e = randomWord(rng);
        ASSERT_EQ(ipc::evm::exp(a, e), fromBig(mp::powm(toBig(a), toBig(e), kMod)));
    }
    EXPECT_EQ(ipc::evm::exp(Word(2), Word(255)), Word(0, 0, 0, 1ULL << 63));
    EXPECT_EQ(ipc::evm::exp(Word(2), Word(256)), Word());
    EXPECT_EQ(ipc::evm::exp(Word(0), Word(0)), Word(1));
}

TEST(EvmWord, SignedEdgeCases) {
    const Word minInt(0, 0, 0, 1ULL << 63);
    const Word minusOne = Word::max();
    EXPECT_EQ(ipc::evm::sdiv(minInt, minusOne), minInt);  // overflow wraps
    EXPECT_EQ(ipc::evm::smod(minInt, minusOne), Word());
    EXPECT_EQ(ipc::evm::sdiv(Word(7), Word()), Word());
    EXPECT_EQ(ipc::evm::smod(minusOne - Word(6), Word(3)), minusOne);            // -7 % 3 == -1
    EXPECT_EQ(ipc::evm::sdiv(minusOne - Word(6), Word(2)), minusOne - Word(2));  // -7 / 2 == -3
}

TEST(EvmWord, SignextendAndByte) {
    EXPECT_EQ(ipc::evm::signextend(Word(0), Word(0xff)), Word::max());
    EXPECT_EQ(ipc::evm::signextend(Word(0), Word(0x7f)), Word(0x7f));
    EXPECT_EQ(ipc::evm::signextend(Word(1), Word(0x8000)), Word::max() - Word(0x7fff));
    EXPECT_EQ(ipc::evm::signextend(Word(0), Word(0x1ff)), Word::max());  // higher bits dropped
    EXPECT_EQ(ipc::evm::signextend(Word(31), Word(0x80)), Word(0x80));
    EXPECT_EQ(ipc::evm::signextend(Word::max(), Word(0x80)), Word(0x80));
    EXPECT_EQ(ipc::evm::signextend(Word(30), Word(0, 0, 0, 0x0080000000000000ULL)),
              Word(0, 0, 0, 0xff80000000000000ULL));
    const Word v = hexWord("0x0102030405060708091011121314151617181920212223242526272829303132");
    EXPECT_EQ(ipc::evm::byteAt(Word(0), v), Word(0x01));
    EXPECT_EQ(ipc::evm::byteAt(Word(31), v), Word(0x32));
    EXPECT_EQ(ipc::evm::byteAt(Word(8), v), Word(0x09));
    EXPECT_EQ(ipc::evm::byteAt(Word(32), v), Word());
    EXPECT_EQ(ipc::evm::byteAt(Word(0, 1, 0, 0), v), Word());
}

TEST(EvmWord, BytesAndAddresses) {
    const Word v = hexWord("0x0102030405060708091011121314151617181920212223242526272829303132");
    const auto b = v.bytes();
    EXPECT_EQ(b[0], 0x01);
    EXPECT_EQ(b[31], 0x32);
    EXPECT_EQ(Word::load32(b.data()), v);
    EXPECT_EQ(v.toAddress().hex(), "0x1314151617181920212223242526272829303132");
    EXPECT_EQ(Word::fromAddress(v.toAddress()),
              hexWord("0x1314151617181920212223242526272829303132"));
    EXPECT_EQ(Word(0x1234).byteLength(), 2u);
    EXPECT_EQ(Word().byteLength(), 0u);
    EXPECT_EQ(Word::max().byteLength(), 32u);
}

// EIP-145's own test cases: (value, shift, SHL, SHR, SAR).
TEST(EvmWord, Eip145Vectors) {
    struct Case {
        const char* value;
        const char* shift;
        const char* shl;
        const char* shr;
        const char* sar;
    };
    const char* ones = "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";
    const char* top = "0x8000000000000000000000000000000000000000000000000000000000000000";
    const char* maxPos = "0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";
    const Case cases[] = {
        {"0x1", "0x0", "0x1", "0x1", "0x1"},
        {"0x1", "0x1", "0x2", "0x0", "0x0"},
        {"0x1", "0xff", top, "0x0", "0x0"},
        {"0x1", "0x100", "0x0", "0x0", "0x0"},
        {"0x1", "0x101", "0x0", "0x0", "0x0"},
        {ones, "0x0", ones, ones, ones},
        {ones, "0x1", "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe", maxPos,
         ones},
        {ones, "0xff", top, "0x1", ones},
        {ones, "0x100", "0x0", "0x0", ones},
        {"0x0", "0x1", "0x0", "0x0", "0x0"},
        {maxPos, "0x1", "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe",
         "0x3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
         "0x3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"},
        {top, "0x1", "0x0", "0x4000000000000000000000000000000000000000000000000000000000000000",
         "0xc000000000000000000000000000000000000000000000000000000000000000"},
        {top, "0xff", "0x0", "0x1", ones},
        {top, "0x100", "0x0", "0x0", ones},
        {top, "0x101", "0x0", "0x0", ones},
        {"0x4000000000000000000000000000000000000000000000000000000000000000", "0xfe", "0x0", "0x1",
         "0x1"},
        {maxPos, "0xf8", "0xff00000000000000000000000000000000000000000000000000000000000000",
         "0x7f", "0x7f"},
        {maxPos, "0xfe", "0xc000000000000000000000000000000000000000000000000000000000000000",
         "0x1", "0x1"},
        {maxPos, "0xff", top, "0x0", "0x0"},
        {maxPos, "0x100", "0x0", "0x0", "0x0"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(std::string(c.value) + " by " + c.shift);
        const Word v = hexWord(c.value);
        const Word s = hexWord(c.shift);
        EXPECT_EQ(ipc::evm::shl(v, s), hexWord(c.shl));
        EXPECT_EQ(ipc::evm::shr(v, s), hexWord(c.shr));
        EXPECT_EQ(ipc::evm::sar(v, s), hexWord(c.sar));
    }
    EXPECT_EQ(ipc::evm::shl(Word(1), Word(0, 0, 0, 1)), Word());  // shift >= 2^64
}

}  // namespace
