// 0x06..0x08 (EIP-196, EIP-197): addition, scalar multiplication and the pairing check on the
// alt_bn128 (BN254) curve. Debian packages no library for this curve, so the arithmetic is here:
// the prime field in Montgomery form on four 64-bit limbs, the tower Fp2 = Fp[u]/(u^2+1),
// Fp6 = Fp2[v]/(v^3-(9+u)), Fp12 = Fp6[w]/(w^2-v), Jacobian point arithmetic, the optimal ate
// Miller loop and the final exponentiation. Not constant-time: every input here is public.
#include <array>
#include <cstdint>
#include <vector>

#include "precompiles_internal.h"

namespace ipc::evm::detail {
namespace {

__extension__ typedef unsigned __int128 Uint128;

using Limbs = std::array<std::uint64_t, 4>;  // little-endian 64-bit limbs

// p, the field modulus (below 2^254).
constexpr Limbs kP = {0x3c208c16d87cfd47ULL, 0x97816a916871ca8dULL, 0xb85045b68181585dULL,
                      0x30644e72e131a029ULL};
constexpr Limbs kR2 = {0xf32cfc5b538afa89ULL, 0xb5e71911d44501fbULL, 0x47ab1eff0a417ff6ULL,
                       0x06d89f71cab8351fULL};          // 2^512 mod p
constexpr std::uint64_t kPInv = 0x87d20782e4866389ULL;  // -p^-1 mod 2^64
// The BN parameter x, and 6x + 2, the optimal ate loop count.
constexpr std::uint64_t kBnX = 4965661367192848881ULL;
constexpr Uint128 kAteLoopCount = static_cast<Uint128>(kBnX) * 6 + 2;

bool lessThan(const Limbs& a, const Limbs& b) {
    for (int i = 3; i >= 0; --i) {
        if (a[i] != b[i]) {
            return a[i] < b[i];
        }
    }
    return false;
}

// a - b over four limbs; returns the borrow.
[[gnu::always_inline]] inline std::uint64_t subLimbs(Limbs& out, const Limbs& a, const Limbs& b) {
    std::uint64_t borrow = 0;
#pragma GCC unroll 4
    for (int i = 0; i < 4; ++i) {
        const Uint128 d = static_cast<Uint128>(a[i]) - b[i] - borrow;
        out[i] = static_cast<std::uint64_t>(d);
        borrow = static_cast<std::uint64_t>(d >> 64) & 1;
    }
    return borrow;
}

// ---- Fp: integers mod p, kept in Montgomery form (a * 2^256 mod p) ----

struct Fp {
    Limbs v{};
    bool isZero() const { return (v[0] | v[1] | v[2] | v[3]) == 0; }
    bool operator==(const Fp&) const = default;
};

// The field operations are small and called millions of times per pairing: always inlined.
#define IPC_BN254_INLINE [[gnu::always_inline]] inline

IPC_BN254_INLINE Fp operator+(const Fp& a, const Fp& b) {
    // p < 2^254: the sum of two reduced values fits in 256 bits; subtract p when it is >= p.
    Limbs sum;
    std::uint64_t carry = 0;
#pragma GCC unroll 4
    for (int i = 0; i < 4; ++i) {
        const Uint128 s = static_cast<Uint128>(a.v[i]) + b.v[i] + carry;
        sum[i] = static_cast<std::uint64_t>(s);
        carry = static_cast<std::uint64_t>(s >> 64);
    }
    Fp out;
    return subLimbs(out.v, sum, kP) == 0 ? out : Fp{sum};
}

IPC_BN254_INLINE Fp operator-(const Fp& a, const Fp& b) {
    Fp out;
    const std::uint64_t mask = std::uint64_t{0} - subLimbs(out.v, a.v, b.v);  // all ones on borrow
    std::uint64_t carry = 0;
#pragma GCC unroll 4
    for (int i = 0; i < 4; ++i) {
        const Uint128 s = static_cast<Uint128>(out.v[i]) + (kP[i] & mask) + carry;
        out.v[i] = static_cast<std::uint64_t>(s);
        carry = static_cast<std::uint64_t>(s >> 64);
    }
    return out;
}

IPC_BN254_INLINE Fp operator-(const Fp& a) {
    return Fp{} - a;
}

// Montgomery product a * b / 2^256 mod p: CIOS, in the form that needs no extra carry word
// because p's top limb is below 2^63 - 1.
IPC_BN254_INLINE Fp operator*(const Fp& a, const Fp& b) {
    std::uint64_t t[4] = {0, 0, 0, 0};
#pragma GCC unroll 4
    for (int i = 0; i < 4; ++i) {
        Uint128 s = static_cast<Uint128>(a.v[0]) * b.v[i] + t[0];
        std::uint64_t carryA = static_cast<std::uint64_t>(s >> 64);
        t[0] = static_cast<std::uint64_t>(s);
        const std::uint64_t m = t[0] * kPInv;
        s = static_cast<Uint128>(m) * kP[0] + t[0];
        std::uint64_t carryM = static_cast<std::uint64_t>(s >> 64);
#pragma GCC unroll 4
        for (int j = 1; j < 4; ++j) {
            s = static_cast<Uint128>(a.v[j]) * b.v[i] + t[j] + carryA;
            carryA = static_cast<std::uint64_t>(s >> 64);
            t[j] = static_cast<std::uint64_t>(s);
            s = static_cast<Uint128>(m) * kP[j] + t[j] + carryM;
            carryM = static_cast<std::uint64_t>(s >> 64);
            t[j - 1] = static_cast<std::uint64_t>(s);
        }
        t[3] = carryA + carryM;
    }
    const Limbs result = {t[0], t[1], t[2], t[3]};
    Fp out;
    return subLimbs(out.v, result, kP) == 0 ? out : Fp{result};
}

Fp fpFromLimbs(const Limbs& plain) {
    Fp a;
    a.v = plain;
    Fp r2;
    r2.v = kR2;
    return a * r2;
}

Limbs fpToLimbs(const Fp& a) {
    Fp one;
    one.v = {1, 0, 0, 0};
    return (a * one).v;  // multiplying by plain 1 divides by 2^256
}

const Fp& fpOne() {
    static const Fp one = fpFromLimbs({1, 0, 0, 0});
    return one;
}

Fp fpSmall(std::uint64_t n) {
    return fpFromLimbs({n, 0, 0, 0});
}

template <typename F>
F power(const F& base, const Limbs& exponent, const F& one) {
    F result = one;
    for (int i = 3; i >= 0; --i) {
        for (int bit = 63; bit >= 0; --bit) {
            result = result * result;
            if ((exponent[i] >> bit) & 1) {
                result = result * base;
            }
        }
    }
    return result;
}

// a^(p-2) = a^-1 (Fermat); 0 maps to 0, which no caller passes.
Fp inverse(const Fp& a) {
    Limbs pMinus2 = kP;
    pMinus2[0] -= 2;
    return power(a, pMinus2, fpOne());
}

// 32 big-endian bytes; nullopt unless the value is below p.
std::optional<Fp> fpFromBytes(const std::uint8_t* in) {
    Limbs plain{};
    for (int i = 0; i < 4; ++i) {
        std::uint64_t limb = 0;
        for (int j = 0; j < 8; ++j) {
            limb = (limb << 8) | in[(3 - i) * 8 + j];
        }
        plain[i] = limb;
    }
    if (!lessThan(plain, kP)) {
        return std::nullopt;
    }
    return fpFromLimbs(plain);
}

void fpToBytes(const Fp& a, std::uint8_t* out) {
    const Limbs plain = fpToLimbs(a);
    for (int i = 0; i < 4; ++i) {
        for (int j = 0; j < 8; ++j) {
            out[(3 - i) * 8 + j] = static_cast<std::uint8_t>(plain[i] >> (8 * (7 - j)));
        }
    }
}

// ---- Fp2 = Fp[u] / (u^2 + 1) ----

struct Fp2 {
    Fp c0, c1;  // c0 + c1 u
    bool isZero() const { return c0.isZero() && c1.isZero(); }
    bool operator==(const Fp2&) const = default;
};

Fp2 operator+(const Fp2& a, const Fp2& b) {
    return {a.c0 + b.c0, a.c1 + b.c1};
}
Fp2 operator-(const Fp2& a, const Fp2& b) {
    return {a.c0 - b.c0, a.c1 - b.c1};
}
Fp2 operator-(const Fp2& a) {
    return {-a.c0, -a.c1};
}
Fp2 operator*(const Fp2& a, const Fp& k) {
    return {a.c0 * k, a.c1 * k};
}
Fp2 operator*(const Fp2& a, const Fp2& b) {
    const Fp t0 = a.c0 * b.c0;
    const Fp t1 = a.c1 * b.c1;
    return {t0 - t1, (a.c0 + a.c1) * (b.c0 + b.c1) - t0 - t1};
}
Fp2 square(const Fp2& a) {
    const Fp t = a.c0 * a.c1;
    return {(a.c0 + a.c1) * (a.c0 - a.c1), t + t};
}
Fp2 conjugate(const Fp2& a) {
    return {a.c0, -a.c1};
}
Fp2 inverse(const Fp2& a) {
    const Fp normInv = inverse(a.c0 * a.c0 + a.c1 * a.c1);
    return {a.c0 * normInv, -(a.c1 * normInv)};
}
// Multiplication by xi = 9 + u, the non-residue that defines Fp6.
Fp2 mulByXi(const Fp2& a) {
    const Fp2 a2 = a + a;
    const Fp2 a8 = (a2 + a2) + (a2 + a2);
    const Fp2 a9 = a8 + a;
    return {a9.c0 - a.c1, a9.c1 + a.c0};
}
const Fp2& fp2One() {
    static const Fp2 one{fpOne(), Fp{}};
    return one;
}

// ---- Fp6 = Fp2[v] / (v^3 - xi) ----

struct Fp6 {
    Fp2 c0, c1, c2;  // c0 + c1 v + c2 v^2
    bool operator==(const Fp6&) const = default;
};

Fp6 operator+(const Fp6& a, const Fp6& b) {
    return {a.c0 + b.c0, a.c1 + b.c1, a.c2 + b.c2};
}
Fp6 operator-(const Fp6& a, const Fp6& b) {
    return {a.c0 - b.c0, a.c1 - b.c1, a.c2 - b.c2};
}
Fp6 operator-(const Fp6& a) {
    return {-a.c0, -a.c1, -a.c2};
}
Fp6 operator*(const Fp6& a, const Fp6& b) {
    const Fp2 t0 = a.c0 * b.c0;
    const Fp2 t1 = a.c1 * b.c1;
    const Fp2 t2 = a.c2 * b.c2;
    return {t0 + mulByXi((a.c1 + a.c2) * (b.c1 + b.c2) - t1 - t2),
            (a.c0 + a.c1) * (b.c0 + b.c1) - t0 - t1 + mulByXi(t2),
            (a.c0 + a.c2) * (b.c0 + b.c2) - t0 - t2 + t1};
}
Fp6 operator*(const Fp6& a, const Fp2& k) {
    return {a.c0 * k, a.c1 * k, a.c2 * k};
}
// a * (b0 + b1 v), the shape of a line's coefficients.
Fp6 mulBy01(const Fp6& a, const Fp2& b0, const Fp2& b1) {
    return {a.c0 * b0 + mulByXi(a.c2 * b1), a.c0 * b1 + a.c1 * b0, a.c1 * b1 + a.c2 * b0};
}
// Multiplication by v: v^3 = xi.
Fp6 mulByV(const Fp6& a) {
    return {mulByXi(a.c2), a.c0, a.c1};
}
Fp6 inverse(const Fp6& a) {
    const Fp2 t0 = a.c0 * a.c0 - mulByXi(a.c1 * a.c2);
    const Fp2 t1 = mulByXi(a.c2 * a.c2) - a.c0 * a.c1;
    const Fp2 t2 = a.c1 * a.c1 - a.c0 * a.c2;
    const Fp2 normInv = inverse(a.c0 * t0 + mulByXi(a.c2 * t1 + a.c1 * t2));
    return {t0 * normInv, t1 * normInv, t2 * normInv};
}

// ---- Fp12 = Fp6[w] / (w^2 - v) ----

struct Fp12 {
    Fp6 c0, c1;  // c0 + c1 w
    bool operator==(const Fp12&) const = default;
};

const Fp12& fp12One() {
    static const Fp12 one{{fp2One(), {}, {}}, {}};
    return one;
}

Fp12 operator*(const Fp12& a, const Fp12& b) {
    const Fp6 t0 = a.c0 * b.c0;
    const Fp6 t1 = a.c1 * b.c1;
    return {t0 + mulByV(t1), (a.c0 + a.c1) * (b.c0 + b.c1) - t0 - t1};
}
Fp12 square(const Fp12& a) {
    const Fp6 ab = a.c0 * a.c1;
    return {(a.c0 + a.c1) * (a.c0 + mulByV(a.c1)) - ab - mulByV(ab), ab + ab};
}
// The p^6-power Frobenius; on the cyclotomic subgroup (after the easy part of the final
// exponentiation) it is also the inverse.
Fp12 conjugate(const Fp12& a) {
    return {a.c0, -a.c1};
}
Fp12 inverse(const Fp12& a) {
    const Fp6 tInv = inverse(a.c0 * a.c0 - mulByV(a.c1 * a.c1));
    return {a.c0 * tInv, -(a.c1 * tInv)};
}

// A line evaluated at a G1 point: l0 + l1 w + l3 w^3 (coefficients in Fp2), as
// c0 = (l0, 0, 0), c1 = (l1, l3, 0).
struct Line {
    Fp2 l0, l1, l3;
};

Fp12 mulByLine(const Fp12& f, const Line& l) {
    const Fp6 a = f.c0 * l.l0;
    const Fp6 b = mulBy01(f.c1, l.l1, l.l3);
    const Fp6 c = mulBy01(f.c0 + f.c1, l.l0 + l.l1, l.l3);
    return {a + mulByV(b), c - a - b};
}

// Constants derived once from xi and p rather than typed in.
struct TowerConstants {
    // gamma[i] = xi^(i (p-1) / 6): the Frobenius moves the coefficient of w^i by this factor.
    std::array<Fp2, 6> gamma;
    Fp2 twistB;  // 3 / xi, the b of the twisted curve y^2 = x^3 + b/xi over Fp2
};

Limbs divideBySmall(const Limbs& a, std::uint64_t d) {
    Limbs q{};
    Uint128 rem = 0;
    for (int i = 3; i >= 0; --i) {
        const Uint128 cur = (rem << 64) | a[i];
        q[i] = static_cast<std::uint64_t>(cur / d);
        rem = cur % d;
    }
    return q;
}

const TowerConstants& tower() {
    static const TowerConstants constants = [] {
        TowerConstants c;
        const Fp2 xi{fpSmall(9), fpOne()};
        Limbs pMinus1 = kP;
        pMinus1[0] -= 1;
        const Fp2 g1 = power(xi, divideBySmall(pMinus1, 6), fp2One());
        c.gamma[0] = fp2One();
        for (std::size_t i = 1; i < c.gamma.size(); ++i) {
            c.gamma[i] = c.gamma[i - 1] * g1;
        }
        c.twistB = Fp2{fpSmall(3), Fp{}} * inverse(xi);
        return c;
    }();
    return constants;
}

// f^p: conjugate each Fp2 coefficient of w^i and scale it by gamma[i]. The coefficient of w^i
// sits in c(i%2).c(i/2).
Fp12 frobenius(const Fp12& a) {
    const auto& g = tower().gamma;
    return {{conjugate(a.c0.c0), conjugate(a.c0.c1) * g[2], conjugate(a.c0.c2) * g[4]},
            {conjugate(a.c1.c0) * g[1], conjugate(a.c1.c1) * g[3], conjugate(a.c1.c2) * g[5]}};
}

// Squaring in the cyclotomic subgroup (where f^(p^6+1) = 1 and f^(p^4-p^2+1)... every element
// after the easy part of the final exponentiation), after Granger and Scott, "Faster squaring in
// the cyclotomic subgroup of sixth degree extensions" (2010). Seen as a cubic extension of
// Fp4 = Fp2[s]/(s^2 - xi), s = w^3: f = A + B w + C w^2 with A = a0 + a3 s, B = a1 + a4 s,
// C = a2 + a5 s (a_i the coefficient of w^i), and
// f^2 = (3A^2 - 2 conj(A)) + (3 s C^2 + 2 conj(B)) w + (3B^2 - 2 conj(C)) w^2.
Fp12 cyclotomicSquare(const Fp12& f) {
    // (x + y s)^2 = (x^2 + xi y^2) + 2xy s.
    const auto fp4Square = [](const Fp2& x, const Fp2& y, Fp2& outX, Fp2& outY) {
        const Fp2 x2 = square(x);
        const Fp2 y2 = square(y);
        outX = x2 + mulByXi(y2);
        outY = square(x + y) - x2 - y2;
    };
    const auto triple = [](const Fp2& x) { return x + x + x; };
    const auto twice = [](const Fp2& x) { return x + x; };
    const Fp2& a0 = f.c0.c0;
    const Fp2& a1 = f.c1.c0;
    const Fp2& a2 = f.c0.c1;
    const Fp2& a3 = f.c1.c1;
    const Fp2& a4 = f.c0.c2;
    const Fp2& a5 = f.c1.c2;
    Fp2 ax, ay, bx, by, cx, cy;
    fp4Square(a0, a3, ax, ay);
    fp4Square(a1, a4, bx, by);
    fp4Square(a2, a5, cx, cy);
    Fp12 out;
    out.c0.c0 = triple(ax) - twice(a0);           // w^0
    out.c1.c1 = triple(ay) + twice(a3);           // w^3
    out.c1.c0 = triple(mulByXi(cy)) + twice(a1);  // w^1: s C^2 = xi cy + cx s
    out.c0.c2 = triple(cx) - twice(a4);           // w^4
    out.c0.c1 = triple(bx) - twice(a2);           // w^2
    out.c1.c2 = triple(by) + twice(a5);           // w^5
    return out;
}

// f^x for the BN parameter x (f in the cyclotomic subgroup).
Fp12 powBnX(const Fp12& f) {
    Fp12 result = fp12One();
    for (int bit = 63; bit >= 0; --bit) {
        result = cyclotomicSquare(result);
        if ((kBnX >> bit) & 1) {
            result = result * f;
        }
    }
    return result;
}

// f^((p^12 - 1) / r). Easy part f^((p^6 - 1)(p^2 + 1)), then the hard part (p^4 - p^2 + 1) / r
// written in base p with coefficients polynomial in x, as an addition chain over
// y0..y6 (Scott, Benger, Charlemagne, Dominguez Perez, Kachisa, "On the final exponentiation for
// calculating pairings on ordinary elliptic curves", 2009): the result is
// y0 * y1^2 * y2^6 * y3^12 * y4^18 * y5^30 * y6^36.
Fp12 finalExponentiation(const Fp12& in) {
    Fp12 f = conjugate(in) * inverse(in);
    f = frobenius(frobenius(f)) * f;

    const Fp12 fx = powBnX(f);
    const Fp12 fx2 = powBnX(fx);
    const Fp12 fx3 = powBnX(fx2);
    const Fp12 fp1 = frobenius(f);
    const Fp12 fp2 = frobenius(fp1);
    const Fp12 fp3 = frobenius(fp2);

    const Fp12 y0 = fp1 * fp2 * fp3;
    const Fp12 y1 = conjugate(f);
    const Fp12 y2 = frobenius(frobenius(fx2));
    const Fp12 y3 = conjugate(frobenius(fx));
    const Fp12 y4 = conjugate(fx * frobenius(fx2));
    const Fp12 y5 = conjugate(fx2);
    const Fp12 y6 = conjugate(fx3 * frobenius(fx3));

    Fp12 t0 = square(y6) * y4 * y5;
    Fp12 t1 = y3 * y5 * t0;
    t0 = t0 * y2;
    t1 = square(square(t1) * t0);
    t0 = t1 * y1;
    t1 = t1 * y0;
    return square(t0) * t1;
}

// ---- Points in Jacobian coordinates (x = X/Z^2, y = Y/Z^3; Z = 0 is infinity) on y^2 = x^3 + b,
// over Fp (G1) or Fp2 (the twist that holds G2).

template <typename F>
struct Jacobian {
    F x, y, z;
    bool isInfinity() const { return z.isZero(); }
};

template <typename F>
struct Affine {
    F x, y;
    bool infinity = true;
};

template <typename F>
Jacobian<F> toJacobian(const Affine<F>& a, const F& one) {
    if (a.infinity) {
        return {one, one, F{}};
    }
    return {a.x, a.y, one};
}

template <typename F>
Jacobian<F> doublePoint(const Jacobian<F>& p) {
    if (p.isInfinity()) {
        return p;
    }
    const F a = p.x * p.x;
    const F b = p.y * p.y;
    const F c = b * b;
    const F xb = p.x + b;
    F d = xb * xb - a - c;
    d = d + d;
    const F e = a + a + a;
    const F x3 = e * e - d - d;
    const F c2 = c + c;
    const F c4 = c2 + c2;
    const F y3 = e * (d - x3) - (c4 + c4);
    const F yz = p.y * p.z;
    return {x3, y3, yz + yz};
}

template <typename F>
Jacobian<F> addPoints(const Jacobian<F>& p, const Jacobian<F>& q) {
    if (p.isInfinity()) {
        return q;
    }
    if (q.isInfinity()) {
        return p;
    }
    const F z1z1 = p.z * p.z;
    const F z2z2 = q.z * q.z;
    const F u1 = p.x * z2z2;
    const F u2 = q.x * z1z1;
    const F s1 = p.y * q.z * z2z2;
    const F s2 = q.y * p.z * z1z1;
    if (u1 == u2) {
        if (s1 == s2) {
            return doublePoint(p);
        }
        return {p.x, p.y, F{}};  // p = -q
    }
    const F h = u2 - u1;
    const F r = s2 - s1;
    const F hh = h * h;
    const F hhh = h * hh;
    const F v = u1 * hh;
    const F x3 = r * r - hhh - v - v;
    return {x3, r * (v - x3) - s1 * hhh, p.z * q.z * h};
}

// Scalar multiplication by a big-endian number of `size` bytes, most significant bit first.
template <typename F>
Jacobian<F> multiply(const Jacobian<F>& p, const std::uint8_t* scalar, std::size_t size) {
    Jacobian<F> acc{p.x, p.y, F{}};
    for (std::size_t i = 0; i < size; ++i) {
        for (int bit = 7; bit >= 0; --bit) {
            acc = doublePoint(acc);
            if ((scalar[i] >> bit) & 1) {
                acc = addPoints(acc, p);
            }
        }
    }
    return acc;
}

template <typename F>
bool samePoint(const Jacobian<F>& a, const Jacobian<F>& b) {
    if (a.isInfinity() || b.isInfinity()) {
        return a.isInfinity() == b.isInfinity();
    }
    const F za2 = a.z * a.z;
    const F zb2 = b.z * b.z;
    return a.x * zb2 == b.x * za2 && a.y * zb2 * b.z == b.y * za2 * a.z;
}

template <typename F>
Affine<F> toAffine(const Jacobian<F>& p) {
    if (p.isInfinity()) {
        return {};
    }
    const F zInv = inverse(p.z);
    const F zInv2 = zInv * zInv;
    return {p.x * zInv2, p.y * zInv2 * zInv, false};
}

template <typename F>
bool onCurve(const Affine<F>& a, const F& b) {
    return a.infinity || a.y * a.y == a.x * a.x * a.x + b;
}

// ---- Encoding (EIP-196/197): big-endian coordinates; (0, 0) is the point at infinity.

std::optional<Affine<Fp>> readG1(const std::uint8_t* in) {
    const std::optional<Fp> x = fpFromBytes(in);
    const std::optional<Fp> y = fpFromBytes(in + 32);
    if (!x || !y) {
        return std::nullopt;
    }
    if (x->isZero() && y->isZero()) {
        return Affine<Fp>{};
    }
    const Affine<Fp> point{*x, *y, false};
    if (!onCurve(point, fpSmall(3))) {
        return std::nullopt;
    }
    return point;
}

Bytes writeG1(const Affine<Fp>& a) {
    Bytes out(64, 0);
    if (!a.infinity) {
        fpToBytes(a.x, out.data());
        fpToBytes(a.y, out.data() + 32);
    }
    return out;
}

// An Fp2 element is written as its u coefficient, then its constant one.
std::optional<Fp2> readFp2(const std::uint8_t* in) {
    const std::optional<Fp> imaginary = fpFromBytes(in);
    const std::optional<Fp> real = fpFromBytes(in + 32);
    if (!imaginary || !real) {
        return std::nullopt;
    }
    return Fp2{*real, *imaginary};
}

// The endomorphism psi = untwist, p-power Frobenius, twist, on Jacobian coordinates:
// (conj(X) xi^((p-1)/3), conj(Y) xi^((p-1)/2), conj(Z)). On G2 it is multiplication by p.
Jacobian<Fp2> psi(const Jacobian<Fp2>& q) {
    const auto& g = tower().gamma;
    return {conjugate(q.x) * g[2], conjugate(q.y) * g[3], conjugate(q.z)};
}

// Membership of the order-r subgroup of the twist without multiplying by r: for BN curves,
// Q is in G2 exactly when [x+1]Q + psi([x]Q) + psi^2([x]Q) = psi^3([2x]Q) (El Housni, Guillevic,
// Piellard, "Co-factor clearing and subgroup membership testing on pairing-friendly curves",
// 2022). About four times cheaper than [r]Q = O.
bool inG2Subgroup(const Jacobian<Fp2>& q) {
    std::array<std::uint8_t, 8> x{};
    for (std::size_t i = 0; i < x.size(); ++i) {
        x[i] = static_cast<std::uint8_t>(kBnX >> (8 * (7 - i)));
    }
    const Jacobian<Fp2> xq = multiply(q, x.data(), x.size());
    const Jacobian<Fp2> psiXq = psi(xq);
    const Jacobian<Fp2> lhs = addPoints(addPoints(addPoints(xq, q), psiXq), psi(psiXq));
    const Jacobian<Fp2> rhs = psi(psi(psi(doublePoint(xq))));
    return samePoint(lhs, rhs);
}

// A G2 point must be on the twist and in its order-r subgroup (the twist's cofactor is not 1).
std::optional<Affine<Fp2>> readG2(const std::uint8_t* in) {
    const std::optional<Fp2> x = readFp2(in);
    const std::optional<Fp2> y = readFp2(in + 64);
    if (!x || !y) {
        return std::nullopt;
    }
    if (x->isZero() && y->isZero()) {
        return Affine<Fp2>{};
    }
    const Affine<Fp2> point{*x, *y, false};
    if (!onCurve(point, tower().twistB)) {
        return std::nullopt;
    }
    if (!inG2Subgroup(toJacobian(point, fp2One()))) {
        return std::nullopt;
    }
    return point;
}

// ---- The optimal ate pairing: f_{6x+2,Q}(P) * l_{T,pi(Q)}(P) * l_{T',-pi^2(Q)}(P).
// G2 points live on the twist E'(Fp2); psi(x, y) = (x w^2, y w^3) maps them onto E(Fp12), where
// the line through psi(T) with slope lambda = lambda' w evaluated at P is
// yP - lambda' xP w + (lambda' xT' - yT') w^3. Lines are scaled by Fp2 factors (denominators),
// which the final exponentiation removes.

// Doubles t and returns the tangent line at the old t, evaluated at (xP, yP).
Line doublingStep(Jacobian<Fp2>& t, const Fp& xP, const Fp& yP) {
    const Fp2 a = t.x * t.x;
    const Fp2 b = t.y * t.y;
    const Fp2 c = b * b;
    const Fp2 zz = t.z * t.z;
    const Fp2 a3 = a + a + a;
    const Fp2 yz = t.y * t.z;
    const Fp2 z3 = yz + yz;
    // Scaled by 2 Y Z^3: lambda' = 3X^2 / (2YZ).
    const Line line{z3 * zz * yP, -(a3 * zz * xP), a3 * t.x - (b + b)};
    const Fp2 xb = t.x * b;
    const Fp2 s = (xb + xb) + (xb + xb);
    const Fp2 x3 = a3 * a3 - s - s;
    const Fp2 c2 = c + c;
    const Fp2 c4 = c2 + c2;
    t = {x3, a3 * (s - x3) - (c4 + c4), z3};
    return line;
}

// Sets t = t + q (q affine, t != +-q) and returns the line through them, evaluated at (xP, yP).
Line additionStep(Jacobian<Fp2>& t, const Affine<Fp2>& q, const Fp& xP, const Fp& yP) {
    const Fp2 zz = t.z * t.z;
    const Fp2 u2 = q.x * zz;
    const Fp2 s2 = q.y * t.z * zz;
    const Fp2 h = u2 - t.x;
    const Fp2 r = s2 - t.y;
    const Fp2 z3 = t.z * h;
    // Scaled by Z H: lambda' = R / (Z H).
    const Line line{z3 * yP, -(r * xP), r * q.x - q.y * z3};
    const Fp2 hh = h * h;
    const Fp2 hhh = h * hh;
    const Fp2 v = t.x * hh;
    const Fp2 x3 = r * r - hhh - v - v;
    t = {x3, r * (v - x3) - t.y * hhh, z3};
    return line;
}

// The p-power Frobenius on the twist, through psi: (conj(x) xi^((p-1)/3), conj(y) xi^((p-1)/2)).
Affine<Fp2> twistFrobenius(const Affine<Fp2>& q) {
    const auto& g = tower().gamma;
    return {conjugate(q.x) * g[2], conjugate(q.y) * g[3], false};
}

// 6x + 2 in non-adjacent form, least significant digit first.
std::vector<int> ateLoopNaf() {
    std::vector<int> digits;
    Uint128 n = kAteLoopCount;
    while (n != 0) {
        int digit = 0;
        if ((n & 1) != 0) {
            digit = (n & 3) == 3 ? -1 : 1;
            n = digit == 1 ? n - 1 : n + 1;
        }
        digits.push_back(digit);
        n >>= 1;
    }
    return digits;
}

struct Pair {
    Affine<Fp> p;
    Affine<Fp2> q;
};

// The product of the Miller loops of every pair (none of them at infinity), sharing the squarings.
Fp12 millerLoop(const std::vector<Pair>& pairs) {
    static const std::vector<int> naf = ateLoopNaf();
    std::vector<Jacobian<Fp2>> ts;
    std::vector<Affine<Fp2>> negQs;
    for (const Pair& pair : pairs) {
        ts.push_back(toJacobian(pair.q, fp2One()));
        negQs.push_back({pair.q.x, -pair.q.y, false});
    }
    Fp12 f = fp12One();
    for (std::size_t i = naf.size() - 1; i-- > 0;) {
        f = square(f);
        for (std::size_t k = 0; k < pairs.size(); ++k) {
            f = mulByLine(f, doublingStep(ts[k], pairs[k].p.x, pairs[k].p.y));
            if (naf[i] == 1) {
                f = mulByLine(f, additionStep(ts[k], pairs[k].q, pairs[k].p.x, pairs[k].p.y));
            } else if (naf[i] == -1) {
                f = mulByLine(f, additionStep(ts[k], negQs[k], pairs[k].p.x, pairs[k].p.y));
            }
        }
    }
    for (std::size_t k = 0; k < pairs.size(); ++k) {
        const Affine<Fp2> q1 = twistFrobenius(pairs[k].q);
        Affine<Fp2> q2 = twistFrobenius(q1);
        q2.y = -q2.y;
        f = mulByLine(f, additionStep(ts[k], q1, pairs[k].p.x, pairs[k].p.y));
        f = mulByLine(f, additionStep(ts[k], q2, pairs[k].p.x, pairs[k].p.y));
    }
    return f;
}

}  // namespace

std::optional<Bytes> bn254Add(ByteView input) {
    std::array<std::uint8_t, 128> in{};
    readPadded(input, 0, in.data(), in.size());
    const std::optional<Affine<Fp>> a = readG1(in.data());
    const std::optional<Affine<Fp>> b = readG1(in.data() + 64);
    if (!a || !b) {
        return std::nullopt;
    }
    return writeG1(toAffine(addPoints(toJacobian(*a, fpOne()), toJacobian(*b, fpOne()))));
}

std::optional<Bytes> bn254Mul(ByteView input) {
    std::array<std::uint8_t, 96> in{};
    readPadded(input, 0, in.data(), in.size());
    const std::optional<Affine<Fp>> a = readG1(in.data());
    if (!a) {
        return std::nullopt;
    }
    // The scalar is taken whole (not reduced mod r): G1 has prime order, so the result is the same.
    return writeG1(toAffine(multiply(toJacobian(*a, fpOne()), in.data() + 64, 32)));
}

std::optional<Bytes> bn254PairingCheck(ByteView input) {
    if (input.size() % 192 != 0) {
        return std::nullopt;
    }
    std::vector<Pair> pairs;
    for (std::size_t offset = 0; offset < input.size(); offset += 192) {
        const std::optional<Affine<Fp>> p = readG1(input.data() + offset);
        const std::optional<Affine<Fp2>> q = readG2(input.data() + offset + 64);
        if (!p || !q) {
            return std::nullopt;
        }
        // e(P, O) = e(O, Q) = 1: such a pair leaves the product unchanged.
        if (!p->infinity && !q->infinity) {
            pairs.push_back({*p, *q});
        }
    }
    Bytes out(32, 0);
    if (pairs.empty() || finalExponentiation(millerLoop(pairs)) == fp12One()) {
        out[31] = 1;
    }
    return out;
}

}  // namespace ipc::evm::detail
