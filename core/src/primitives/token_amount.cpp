// Token amounts as ipc-cli writes them (whole tokens, up to 18 decimals) held exactly in atto.
#include "ipc/core/primitives/token_amount.h"

#include <algorithm>
#include <ostream>

#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/fvm_address.h"

namespace ipc {

namespace {

[[noreturn]] void fail(std::string_view text, const std::string& why) {
    throw ParseError("invalid amount " + detail::quoteInput(text) + ": " + why);
}

bool allDigits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

TokenAmount TokenAmount::parse(std::string_view text) {
    if (text.empty()) {
        fail(text, "empty");
    }
    if (text[0] == '-') {
        fail(text, "negative amounts are not allowed");
    }
    const std::size_t dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    if (!allDigits(whole) || !allDigits(fraction)) {
        fail(text, "expected a decimal number such as 10, 0.5 or 1.25");
    }
    if (whole.empty()) {
        fail(text, "write a digit before the decimal point (0.5, not .5)");
    }
    if (dot != std::string_view::npos && fraction.empty()) {
        fail(text, "write digits after the decimal point (5 or 5.0, not 5.)");
    }
    if (fraction.size() > kDecimals) {
        fail(text, "too many decimals: at most 18");
    }

    std::string fractionDigits(fraction);
    fractionDigits.resize(kDecimals, '0');
    try {
        // U256::parse rejects values past 2^256 - 1; the scaling below throws ArithmeticError.
        return TokenAmount(U256::parse(whole) * U256(kAttoPerWhole) + U256::parse(fractionDigits));
    } catch (const Error&) {
        fail(text, "too large (at most 2^256 - 1 atto)");
    }
}

TokenAmount TokenAmount::fromWhole(std::uint64_t whole) {
    return TokenAmount(U256(whole) * U256(kAttoPerWhole));
}

std::string TokenAmount::format() const {
    const U256 unit(kAttoPerWhole);
    std::string out = (atto_ / unit).toDecimal();
    std::string fraction = (atto_ % unit).toDecimal();
    if (fraction == "0") {
        return out;
    }
    fraction.insert(0, kDecimals - fraction.size(), '0');
    fraction.erase(fraction.find_last_not_of('0') + 1);
    return out + "." + fraction;
}

std::string TokenAmount::formatWithUnit(std::string_view unit) const {
    return format() + " " + std::string(unit);
}

std::ostream& operator<<(std::ostream& os, const TokenAmount& amount) {
    return os << amount.formatWithUnit();
}

}  // namespace ipc
