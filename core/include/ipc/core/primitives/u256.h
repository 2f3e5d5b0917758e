// 256-bit unsigned integer (EVM word). Storage is four 64-bit limbs so this header needs no
// Boost; arithmetic is done by Boost.Multiprecision in u256.cpp. Arithmetic that would leave the
// range [0, 2^256) throws ArithmeticError, the way Solidity >= 0.8 reverts.
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "ipc/core/primitives/bytes.h"

namespace ipc {

class U256 {
public:
    constexpr U256() = default;
    constexpr U256(std::uint64_t v) : limbs_{v, 0, 0, 0} {}  // NOLINT: implicit by design

    static U256 max();
    // Decimal digits, or hex with a "0x" prefix. Throws ParseError (garbage, overflow).
    static U256 parse(std::string_view text);
    // Big-endian bytes, at most 32 (shorter input is left-padded).
    static U256 fromBigEndian(ByteView bytes);
    // From little-endian 64-bit limbs.
    static constexpr U256 fromLimbs(const std::array<std::uint64_t, 4>& limbs) {
        U256 v;
        v.limbs_ = limbs;
        return v;
    }

    std::string toDecimal() const;
    // Ethereum JSON-RPC quantity: "0x0", "0x1f", no leading zeros.
    std::string toQuantityHex() const;
    std::array<std::uint8_t, 32> toBigEndian() const;
    // Minimal big-endian bytes (empty for zero), as RLP wants integers.
    Bytes toMinimalBigEndian() const;

    bool isZero() const { return (limbs_[0] | limbs_[1] | limbs_[2] | limbs_[3]) == 0; }
    bool fitsUint64() const { return (limbs_[1] | limbs_[2] | limbs_[3]) == 0; }
    // Throws ArithmeticError when the value does not fit.
    std::uint64_t toUint64() const;
    unsigned bitLength() const;
    const std::array<std::uint64_t, 4>& limbs() const { return limbs_; }

    U256 operator+(const U256& o) const;
    U256 operator-(const U256& o) const;
    U256 operator*(const U256& o) const;
    U256 operator/(const U256& o) const;
    U256 operator%(const U256& o) const;
    U256& operator+=(const U256& o) { return *this = *this + o; }
    U256& operator-=(const U256& o) { return *this = *this - o; }
    U256& operator*=(const U256& o) { return *this = *this * o; }
    U256& operator/=(const U256& o) { return *this = *this / o; }

    // Saturating subtraction: 0 when o > *this.
    U256 saturatingSub(const U256& o) const { return o > *this ? U256{} : *this - o; }
    // a * b / c with a 512-bit intermediate (no overflow in the product).
    static U256 mulDiv(const U256& a, const U256& b, const U256& c);

    std::strong_ordering operator<=>(const U256& o) const {
        for (int i = 3; i >= 0; --i) {
            if (limbs_[i] != o.limbs_[i]) return limbs_[i] <=> o.limbs_[i];
        }
        return std::strong_ordering::equal;
    }
    bool operator==(const U256& o) const = default;

private:
    std::array<std::uint64_t, 4> limbs_{};  // little-endian limbs
};

}  // namespace ipc
