// 256-bit unsigned integers: parsing, printing and checked arithmetic via Boost.Multiprecision.
#include "ipc/core/primitives/u256.h"

#include <boost/multiprecision/cpp_int.hpp>

#include "ipc/core/primitives/error.h"

namespace ipc {

namespace mp = boost::multiprecision;
using Wide = mp::uint512_t;
using Word = mp::uint256_t;
static_assert(sizeof(mp::limb_type) == sizeof(std::uint64_t),
              "limbs are moved in and out of Boost numbers directly");

namespace {

// Limb copies in and out of Boost's fixed-width integers: the arithmetic stays Boost's, the
// conversions cost a few word moves.
template <class Number>
Number toNumber(const U256& v) {
    Number n;
    auto& b = n.backend();
    b.resize(4, 4);
    for (unsigned i = 0; i < 4; ++i)
        b.limbs()[i] = v.limbs()[i];
    b.normalize();
    return n;
}

template <class Number>
U256 fromNumber(const Number& n, const char* what) {
    const auto& b = n.backend();
    std::array<std::uint64_t, 4> limbs{};
    for (unsigned i = 0; i < b.size(); ++i) {
        if (i >= 4) {
            if (b.limbs()[i] != 0)
                throw ArithmeticError(std::string("256-bit overflow in ") + what);
            continue;
        }
        limbs[i] = b.limbs()[i];
    }
    return U256::fromLimbs(limbs);
}

Wide toWide(const U256& v) {
    return toNumber<Wide>(v);
}
U256 fromWide(const Wide& w, const char* what) {
    return fromNumber(w, what);
}

}  // namespace

U256 U256::max() {
    return U256::fromBigEndian(Bytes(32, 0xff));
}

U256 U256::parse(std::string_view text) {
    if (text.empty())
        throw ParseError("empty number");
    Wide w = 0;
    const Wide limit = Wide(1) << 256;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        text.remove_prefix(2);
        for (char c : text) {
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= 'a' && c <= 'f') {
                d = c - 'a' + 10;
            } else if (c >= 'A' && c <= 'F') {
                d = c - 'A' + 10;
            } else {
                throw ParseError(std::string("not a hex digit: '") + c + "'");
            }
            w = w * 16 + d;
            if (w >= limit)
                throw ParseError("number does not fit in 256 bits");
        }
    } else {
        for (char c : text) {
            if (c < '0' || c > '9') {
                throw ParseError(std::string("not a decimal digit: '") + c + "'");
            }
            w = w * 10 + (c - '0');
            if (w >= limit)
                throw ParseError("number does not fit in 256 bits");
        }
    }
    return fromWide(w, "parse");
}

U256 U256::fromBigEndian(ByteView bytes) {
    if (bytes.size() > 32) {
        throw ParseError("a 256-bit integer has at most 32 bytes, got " +
                         std::to_string(bytes.size()));
    }
    U256 out;
    std::size_t bit = 0;
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it, bit += 8) {
        out.limbs_[bit / 64] |= static_cast<std::uint64_t>(*it) << (bit % 64);
    }
    return out;
}

std::string U256::toDecimal() const {
    return toWide(*this).str();
}

std::string U256::toQuantityHex() const {
    if (isZero())
        return "0x0";
    std::string h = toHex(toMinimalBigEndian(), false);
    if (h[0] == '0')
        h.erase(0, 1);
    return "0x" + h;
}

std::array<std::uint8_t, 32> U256::toBigEndian() const {
    std::array<std::uint8_t, 32> out{};
    for (std::size_t i = 0; i < 32; ++i) {
        const std::size_t bit = (31 - i) * 8;
        out[i] = static_cast<std::uint8_t>(limbs_[bit / 64] >> (bit % 64));
    }
    return out;
}

Bytes U256::toMinimalBigEndian() const {
    const auto be = toBigEndian();
    auto first = std::find_if(be.begin(), be.end(), [](std::uint8_t b) { return b != 0; });
    return Bytes(first, be.end());
}

std::uint64_t U256::toUint64() const {
    if (!fitsUint64())
        throw ArithmeticError("value " + toDecimal() + " does not fit in 64 bits");
    return limbs_[0];
}

unsigned U256::bitLength() const {
    for (int i = 3; i >= 0; --i) {
        if (limbs_[i] != 0)
            return static_cast<unsigned>(i * 64 + 64 - __builtin_clzll(limbs_[i]));
    }
    return 0;
}

U256 U256::operator+(const U256& o) const {
    const Word sum = toNumber<Word>(*this) + toNumber<Word>(o);  // wraps modulo 2^256
    U256 r = fromNumber(sum, "addition");
    if (r < *this)
        throw ArithmeticError("256-bit overflow in addition");
    return r;
}

U256 U256::operator-(const U256& o) const {
    if (o > *this)
        throw ArithmeticError("256-bit underflow in subtraction");
    return fromNumber(Word(toNumber<Word>(*this) - toNumber<Word>(o)), "subtraction");
}

U256 U256::operator*(const U256& o) const {
    return fromWide(toWide(*this) * toWide(o), "multiplication");
}

U256 U256::operator/(const U256& o) const {
    if (o.isZero())
        throw ArithmeticError("division by zero");
    return fromWide(toWide(*this) / toWide(o), "division");
}

U256 U256::operator%(const U256& o) const {
    if (o.isZero())
        throw ArithmeticError("division by zero");
    return fromWide(toWide(*this) % toWide(o), "modulo");
}

U256 U256::mulDiv(const U256& a, const U256& b, const U256& c) {
    if (c.isZero())
        throw ArithmeticError("division by zero");
    return fromWide(toWide(a) * toWide(b) / toWide(c), "mulDiv");
}

}  // namespace ipc
