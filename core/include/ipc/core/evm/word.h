// The EVM's 256-bit word for the interpreter's hot loop: four little-endian 64-bit limbs, no heap,
// no exceptions. Arithmetic wraps modulo 2^256 and division by zero gives zero, as the EVM wants.
// The cheap operations are inline (they run once per opcode); division, mulmod and exp live in
// word.cpp. ipc::U256 is the checked type for the rest of core; convert only at the edges.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::evm {

__extension__ using Uint128 = unsigned __int128;

struct Word {
    std::uint64_t w[4] = {0, 0, 0, 0};  // w[0] is the least significant limb

    constexpr Word() = default;
    constexpr Word(std::uint64_t v) : w{v, 0, 0, 0} {}  // NOLINT: implicit by design
    constexpr Word(std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d)
        : w{a, b, c, d} {}

    static constexpr Word max() { return Word(~0ULL, ~0ULL, ~0ULL, ~0ULL); }

    static Word fromU256(const U256& v) {
        const auto& l = v.limbs();
        return Word(l[0], l[1], l[2], l[3]);
    }
    U256 toU256() const { return U256::fromLimbs({w[0], w[1], w[2], w[3]}); }

    // Big-endian: exactly 32 bytes from `p`.
    static Word load32(const std::uint8_t* p) {
        Word r;
        for (int i = 0; i < 4; ++i) {
            std::uint64_t v;
            std::memcpy(&v, p + 8 * i, 8);
            r.w[3 - i] = __builtin_bswap64(v);
        }
        return r;
    }
    // Big-endian, `n` <= 32 bytes (left-padded).
    static Word loadBigEndian(const std::uint8_t* p, std::size_t n) {
        Word r;
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t bit = (n - 1 - i) * 8;
            r.w[bit / 64] |= std::uint64_t(p[i]) << (bit % 64);
        }
        return r;
    }
    static Word fromBytes(ByteView b) { return loadBigEndian(b.data(), b.size()); }
    void store32(std::uint8_t* p) const {
        for (int i = 0; i < 4; ++i) {
            const std::uint64_t v = __builtin_bswap64(w[3 - i]);
            std::memcpy(p + 8 * i, &v, 8);
        }
    }
    std::array<std::uint8_t, 32> bytes() const {
        std::array<std::uint8_t, 32> out;
        store32(out.data());
        return out;
    }
    Hash32 toHash() const { return Hash32(bytes()); }
    static Word fromHash(const Hash32& h) { return load32(h.data()); }
    EthAddress toAddress() const {
        const auto b = bytes();
        FixedBytes<20> a;
        for (int i = 0; i < 20; ++i)
            a.bytes[i] = b[12 + i];
        return EthAddress(a);
    }
    static Word fromAddress(const EthAddress& a) { return loadBigEndian(a.bytes().data(), 20); }

    bool isZero() const { return (w[0] | w[1] | w[2] | w[3]) == 0; }
    bool fitsUint64() const { return (w[1] | w[2] | w[3]) == 0; }
    bool isNegative() const { return (w[3] >> 63) != 0; }
    // Number of significant bytes (0 for zero).
    unsigned byteLength() const {
        for (int i = 3; i >= 0; --i) {
            if (w[i] != 0)
                return unsigned(i) * 8 + (64 - unsigned(__builtin_clzll(w[i])) + 7) / 8;
        }
        return 0;
    }
    unsigned bitLength() const {
        for (int i = 3; i >= 0; --i) {
            if (w[i] != 0)
                return unsigned(i) * 64 + 64 - unsigned(__builtin_clzll(w[i]));
        }
        return 0;
    }

    friend bool operator==(const Word& a, const Word& b) {
        return ((a.w[0] ^ b.w[0]) | (a.w[1] ^ b.w[1]) | (a.w[2] ^ b.w[2]) | (a.w[3] ^ b.w[3])) == 0;
    }
    friend bool operator<(const Word& a, const Word& b) {
        // Subtract with borrow; the final borrow says a < b.
        std::uint64_t borrow = 0;
        for (int i = 0; i < 4; ++i) {
            const Uint128 d = Uint128(a.w[i]) - b.w[i] - borrow;
            borrow = std::uint64_t(d >> 64) & 1;
        }
        return borrow != 0;
    }
    friend bool operator>(const Word& a, const Word& b) { return b < a; }
    friend Word operator+(const Word& a, const Word& b) {
        Word r;
        std::uint64_t carry = 0;
        for (int i = 0; i < 4; ++i) {
            const Uint128 s = Uint128(a.w[i]) + b.w[i] + carry;
            r.w[i] = std::uint64_t(s);
            carry = std::uint64_t(s >> 64);
        }
        return r;
    }
    friend Word operator-(const Word& a, const Word& b) {
        Word r;
        std::uint64_t borrow = 0;
        for (int i = 0; i < 4; ++i) {
            const Uint128 d = Uint128(a.w[i]) - b.w[i] - borrow;
            r.w[i] = std::uint64_t(d);
            borrow = std::uint64_t(d >> 64) & 1;
        }
        return r;
    }
    friend Word operator*(const Word& a, const Word& b) {
        Word r;
        for (int i = 0; i < 4; ++i) {
            std::uint64_t carry = 0;
            for (int j = 0; i + j < 4; ++j) {
                const Uint128 p = Uint128(a.w[i]) * b.w[j] + r.w[i + j] + carry;
                r.w[i + j] = std::uint64_t(p);
                carry = std::uint64_t(p >> 64);
            }
        }
        return r;
    }
    friend Word operator&(const Word& a, const Word& b) {
        return Word(a.w[0] & b.w[0], a.w[1] & b.w[1], a.w[2] & b.w[2], a.w[3] & b.w[3]);
    }
    friend Word operator|(const Word& a, const Word& b) {
        return Word(a.w[0] | b.w[0], a.w[1] | b.w[1], a.w[2] | b.w[2], a.w[3] | b.w[3]);
    }
    friend Word operator^(const Word& a, const Word& b) {
        return Word(a.w[0] ^ b.w[0], a.w[1] ^ b.w[1], a.w[2] ^ b.w[2], a.w[3] ^ b.w[3]);
    }
    friend Word operator~(const Word& a) { return Word(~a.w[0], ~a.w[1], ~a.w[2], ~a.w[3]); }
    Word negate() const { return Word() - *this; }
};

// Shifts by any amount (>= 256 gives zero), as SHL/SHR take them.
Word shl(const Word& value, const Word& shift);
Word shr(const Word& value, const Word& shift);
Word sar(const Word& value, const Word& shift);
Word shlBits(const Word& value, unsigned shift);  // shift < 256
Word shrBits(const Word& value, unsigned shift);  // shift < 256

bool slt(const Word& a, const Word& b);
inline bool sgt(const Word& a, const Word& b) {
    return slt(b, a);
}

// Division by zero gives zero (EVM semantics), including the remainder.
Word div(const Word& a, const Word& b);
Word mod(const Word& a, const Word& b);
Word sdiv(const Word& a, const Word& b);
Word smod(const Word& a, const Word& b);
Word addmod(const Word& a, const Word& b, const Word& m);
Word mulmod(const Word& a, const Word& b, const Word& m);
Word exp(const Word& base, const Word& exponent);
Word signextend(const Word& byteIndex, const Word& value);
// BYTE: byte `index` counted from the most significant end, zero when index >= 32.
Word byteAt(const Word& index, const Word& value);

struct WordHash {
    std::size_t operator()(const Word& v) const noexcept {
        std::uint64_t h = v.w[0] * 0x9E3779B97F4A7C15ULL;
        h ^= (v.w[1] + 0x632BE59BD9B4E019ULL) * 0xC2B2AE3D27D4EB4FULL;
        h ^= (v.w[2] + (h << 6) + (h >> 2)) * 0x165667B19E3779F9ULL;
        h ^= (v.w[3] + (h << 6) + (h >> 2)) * 0x9E3779B97F4A7C15ULL;
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};

}  // namespace ipc::evm
