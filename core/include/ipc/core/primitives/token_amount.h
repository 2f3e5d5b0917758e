// Token amounts as ipc-cli writes them: whole tokens with up to 18 decimals ("1.5" FIL), held
// exactly as a 256-bit count of atto (1 FIL = 10^18 atto), the unit every contract works in.
#pragma once

#include <compare>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

#include "ipc/core/primitives/u256.h"

namespace ipc {

class TokenAmount {
public:
    static constexpr unsigned kDecimals = 18;
    static constexpr std::uint64_t kAttoPerWhole = 1'000'000'000'000'000'000ULL;

    TokenAmount() = default;

    // Decimal whole tokens: digits, optionally '.' and 1 to 18 more digits ("10000", "1.5",
    // "0.000000000000000001"). Rejects empty text, signs, spaces, exponents, ".5", "5.", more
    // than 18 decimals and values beyond 2^256 - 1 atto with a ParseError naming the problem.
    static TokenAmount parse(std::string_view text);
    static TokenAmount fromAtto(const U256& atto) { return TokenAmount(atto); }
    static TokenAmount fromWhole(std::uint64_t whole);

    const U256& atto() const { return atto_; }
    bool isZero() const { return atto_.isZero(); }

    // Shortest exact decimal form: "1.5", "10000", "0.000000000000000001", "0".
    std::string format() const;
    // format() followed by the unit: "1.5 FIL".
    std::string formatWithUnit(std::string_view unit = "FIL") const;

    // U256 semantics: throw ArithmeticError on overflow and underflow.
    TokenAmount operator+(const TokenAmount& o) const { return TokenAmount(atto_ + o.atto_); }
    TokenAmount operator-(const TokenAmount& o) const { return TokenAmount(atto_ - o.atto_); }
    TokenAmount& operator+=(const TokenAmount& o) { return *this = *this + o; }
    TokenAmount& operator-=(const TokenAmount& o) { return *this = *this - o; }

    auto operator<=>(const TokenAmount&) const = default;

private:
    explicit TokenAmount(const U256& atto) : atto_(atto) {}

    U256 atto_;
};

std::ostream& operator<<(std::ostream& os, const TokenAmount& amount);

}  // namespace ipc
