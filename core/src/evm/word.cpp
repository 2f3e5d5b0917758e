// The interpreter's 256-bit word: arithmetic modulo 2^256 on four 64-bit limbs.
#include "ipc/core/evm/word.h"

namespace ipc::evm {

namespace {

// (hi:lo) / d when hi < d, so the quotient fits in 64 bits: one DIVQ on x86-64 instead of the
// library's 128-by-128 division.
inline std::uint64_t divide128(std::uint64_t hi, std::uint64_t lo, std::uint64_t d,
                               std::uint64_t* remainder) {
#if defined(__x86_64__)
    std::uint64_t q;
    std::uint64_t r;
    __asm__("divq %4" : "=a"(q), "=d"(r) : "a"(lo), "d"(hi), "rm"(d) : "cc");
    *remainder = r;
    return q;
#else
    const Uint128 n = (Uint128(hi) << 64) | lo;
    *remainder = std::uint64_t(n % d);
    return std::uint64_t(n / d);
#endif
}

// Division by a normalised limb (top bit set) with a precomputed reciprocal, after Möller and
// Granlund, "Improved division by invariant integers" (2011): two multiplications instead of a
// DIVQ per quotient limb.
struct Reciprocal {
    std::uint64_t d;  // normalised divisor
    std::uint64_t v;  // floor((2^128 - 1) / d) - 2^64
    explicit Reciprocal(std::uint64_t divisor) : d(divisor) {
        std::uint64_t unused;
        v = divide128(~divisor, ~0ULL, divisor, &unused);
    }
    // (u1:u0) / d with u1 < d.
    std::uint64_t divide(std::uint64_t u1, std::uint64_t u0, std::uint64_t* remainder) const {
        const Uint128 q = Uint128(v) * u1 + ((Uint128(u1) << 64) | u0);
        std::uint64_t q1 = std::uint64_t(q >> 64) + 1;
        const auto q0 = std::uint64_t(q);
        std::uint64_t r = u0 - q1 * d;
        if (r > q0) {
            --q1;
            r += d;
        }
        if (r >= d) {
            ++q1;
            r -= d;
        }
        *remainder = r;
        return q1;
    }
};

// Knuth's algorithm D (TAOCP 4.3.1) on 64-bit limbs. u has m limbs, v has n limbs with
// v[n-1] != 0 and m >= n; writes m-n+1 quotient limbs to q and n remainder limbs to r.
void divmodLimbs(const std::uint64_t* u, int m, const std::uint64_t* v, int n, std::uint64_t* q,
                 std::uint64_t* r) {
    const int s = __builtin_clzll(v[n - 1]);
    if (n == 1) {
        const Reciprocal rec(v[0] << s);
        std::uint64_t rem = s != 0 ? u[m - 1] >> (64 - s) : 0;
        for (int i = m - 1; i >= 0; --i) {
            const std::uint64_t limb = (u[i] << s) | (s != 0 && i > 0 ? u[i - 1] >> (64 - s) : 0);
            q[i] = rec.divide(rem, limb, &rem);
        }
        r[0] = rem >> s;
        return;
    }
    std::uint64_t vn[8];
    std::uint64_t un[9];
    for (int i = n - 1; i > 0; --i)
        vn[i] = (v[i] << s) | (s != 0 ? v[i - 1] >> (64 - s) : 0);
    vn[0] = v[0] << s;
    un[m] = s != 0 ? u[m - 1] >> (64 - s) : 0;
    for (int i = m - 1; i > 0; --i)
        un[i] = (u[i] << s) | (s != 0 ? u[i - 1] >> (64 - s) : 0);
    un[0] = u[0] << s;

    const Reciprocal rec(vn[n - 1]);
    for (int j = m - n; j >= 0; --j) {
        const std::uint64_t d = vn[n - 1];
        std::uint64_t qhat;
        std::uint64_t rhat;
        bool rhatOverflow = false;  // rhat >= 2^64: the correction test cannot succeed
        if (un[j + n] >= d) {
            // The estimate would not fit in a limb (un[j+n] == d after normalisation).
            qhat = ~0ULL;
            const Uint128 t = ((Uint128(un[j + n]) << 64) | un[j + n - 1]) - Uint128(qhat) * d;
            rhat = std::uint64_t(t);
            rhatOverflow = (t >> 64) != 0;
        } else {
            qhat = rec.divide(un[j + n], un[j + n - 1], &rhat);
        }
        while (!rhatOverflow &&
               Uint128(qhat) * vn[n - 2] > ((Uint128(rhat) << 64) | un[j + n - 2])) {
            --qhat;
            const Uint128 t = Uint128(rhat) + d;
            rhat = std::uint64_t(t);
            rhatOverflow = (t >> 64) != 0;
        }
        // un[j..j+n] -= qhat * vn
        std::uint64_t borrow = 0;
        std::uint64_t carry = 0;
        for (int i = 0; i < n; ++i) {
            const Uint128 p = Uint128(qhat) * vn[i] + carry;
            carry = std::uint64_t(p >> 64);
            const Uint128 t = Uint128(un[i + j]) - std::uint64_t(p) - borrow;
            un[i + j] = std::uint64_t(t);
            borrow = (t >> 64) != 0 ? 1 : 0;
        }
        const Uint128 t = Uint128(un[j + n]) - carry - borrow;
        un[j + n] = std::uint64_t(t);
        q[j] = std::uint64_t(qhat);
        if ((t >> 64) != 0) {
            // qhat was one too large: add the divisor back.
            --q[j];
            std::uint64_t c = 0;
            for (int i = 0; i < n; ++i) {
                const Uint128 sum = Uint128(un[i + j]) + vn[i] + c;
                un[i + j] = std::uint64_t(sum);
                c = std::uint64_t(sum >> 64);
            }
            un[j + n] += c;
        }
    }
    for (int i = 0; i < n; ++i)
        r[i] = (un[i] >> s) | (s != 0 ? un[i + 1] << (64 - s) : 0);
}

int significantLimbs(const std::uint64_t* x, int count) {
    while (count > 0 && x[count - 1] == 0)
        --count;
    return count;
}

// Divides the `m`-limb number `u` (m <= 8) by the nonzero word `d`.
void divmodWide(const std::uint64_t* u, int m, const Word& d, Word* quotient, Word* remainder) {
    const int n = significantLimbs(d.w, 4);
    const int mm = significantLimbs(u, m);
    std::uint64_t q[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    std::uint64_t r[4] = {0, 0, 0, 0};
    if (mm < n) {
        for (int i = 0; i < mm; ++i)
            r[i] = u[i];
    } else {
        divmodLimbs(u, mm, d.w, n, q, r);
    }
    if (quotient != nullptr)
        *quotient = Word(q[0], q[1], q[2], q[3]);
    if (remainder != nullptr)
        *remainder = Word(r[0], r[1], r[2], r[3]);
}

}  // namespace

Word shlBits(const Word& value, unsigned shift) {
    Word r;
    const unsigned limbs = shift / 64;
    const unsigned bits = shift % 64;
    for (unsigned i = limbs; i < 4; ++i) {
        r.w[i] = value.w[i - limbs] << bits;
        if (bits != 0 && i > limbs)
            r.w[i] |= value.w[i - limbs - 1] >> (64 - bits);
    }
    return r;
}

Word shrBits(const Word& value, unsigned shift) {
    Word r;
    const unsigned limbs = shift / 64;
    const unsigned bits = shift % 64;
    for (unsigned i = 0; i + limbs < 4; ++i) {
        r.w[i] = value.w[i + limbs] >> bits;
        if (bits != 0 && i + limbs + 1 < 4)
            r.w[i] |= value.w[i + limbs + 1] << (64 - bits);
    }
    return r;
}

Word shl(const Word& value, const Word& shift) {
    if (!shift.fitsUint64() || shift.w[0] >= 256)
        return Word();
    return shlBits(value, unsigned(shift.w[0]));
}

Word shr(const Word& value, const Word& shift) {
    if (!shift.fitsUint64() || shift.w[0] >= 256)
        return Word();
    return shrBits(value, unsigned(shift.w[0]));
}

Word sar(const Word& value, const Word& shift) {
    const bool negative = value.isNegative();
    if (!shift.fitsUint64() || shift.w[0] >= 256)
        return negative ? Word::max() : Word();
    const unsigned s = unsigned(shift.w[0]);
    Word r = shrBits(value, s);
    if (negative && s != 0)
        r = r | shlBits(Word::max(), 256 - s);
    return r;
}

bool slt(const Word& a, const Word& b) {
    const bool na = a.isNegative();
    const bool nb = b.isNegative();
    if (na != nb)
        return na;
    return a < b;
}

Word div(const Word& a, const Word& b) {
    if (b.isZero())
        return Word();
    if (a.fitsUint64() && b.fitsUint64())
        return Word(a.w[0] / b.w[0]);
    Word q;
    divmodWide(a.w, 4, b, &q, nullptr);
    return q;
}

Word mod(const Word& a, const Word& b) {
    if (b.isZero())
        return Word();
    if (a.fitsUint64() && b.fitsUint64())
        return Word(a.w[0] % b.w[0]);
    Word r;
    divmodWide(a.w, 4, b, nullptr, &r);
    return r;
}

Word sdiv(const Word& a, const Word& b) {
    if (b.isZero())
        return Word();
    const bool na = a.isNegative();
    const bool nb = b.isNegative();
    const Word q = div(na ? a.negate() : a, nb ? b.negate() : b);
    return na != nb ? q.negate() : q;
}

Word smod(const Word& a, const Word& b) {
    if (b.isZero())
        return Word();
    const bool na = a.isNegative();
    const Word r = mod(na ? a.negate() : a, b.isNegative() ? b.negate() : b);
    return na ? r.negate() : r;
}

Word addmod(const Word& a, const Word& b, const Word& m) {
    if (m.isZero())
        return Word();
    std::uint64_t sum[5];
    std::uint64_t carry = 0;
    for (int i = 0; i < 4; ++i) {
        const Uint128 s = Uint128(a.w[i]) + b.w[i] + carry;
        sum[i] = std::uint64_t(s);
        carry = std::uint64_t(s >> 64);
    }
    sum[4] = carry;
    Word r;
    divmodWide(sum, 5, m, nullptr, &r);
    return r;
}

Word mulmod(const Word& a, const Word& b, const Word& m) {
    if (m.isZero())
        return Word();
    std::uint64_t p[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    for (int i = 0; i < 4; ++i) {
        std::uint64_t carry = 0;
        for (int j = 0; j < 4; ++j) {
            const Uint128 t = Uint128(a.w[i]) * b.w[j] + p[i + j] + carry;
            p[i + j] = std::uint64_t(t);
            carry = std::uint64_t(t >> 64);
        }
        p[i + 4] = carry;
    }
    Word r;
    divmodWide(p, 8, m, nullptr, &r);
    return r;
}

Word exp(const Word& base, const Word& exponent) {
    Word result(1);
    Word b = base;
    const unsigned bits = exponent.bitLength();
    for (unsigned i = 0; i < bits; ++i) {
        if (((exponent.w[i / 64] >> (i % 64)) & 1) != 0)
            result = result * b;
        if (i + 1 < bits)
            b = b * b;
    }
    return result;
}

Word signextend(const Word& byteIndex, const Word& value) {
    if (!byteIndex.fitsUint64() || byteIndex.w[0] >= 31)
        return value;
    const unsigned bit = unsigned(byteIndex.w[0]) * 8 + 7;
    const Word mask = shlBits(Word::max(), bit + 1);  // the bits above the sign bit
    const bool negative = ((value.w[bit / 64] >> (bit % 64)) & 1) != 0;
    return negative ? (value | mask) : (value & ~mask);
}

Word byteAt(const Word& index, const Word& value) {
    if (!index.fitsUint64() || index.w[0] >= 32)
        return Word();
    const unsigned shift = (31 - unsigned(index.w[0])) * 8;
    return Word((value.w[shift / 64] >> (shift % 64)) & 0xff);
}

}  // namespace ipc::evm
