// alt_bn128 (BN254) field arithmetic beyond the inline basics of precompiles_bn254.h: conversions,
// inverses, the Fp6/Fp12 tower, its Frobenius, and the final exponentiation of the pairing.
#include <array>
#include <cstdint>
#include <optional>

#include "precompiles_bn254.h"

namespace ipc::evm::detail::bn254 {
namespace {

bool lessThan(const Limbs& a, const Limbs& b) {
    for (int i = 3; i >= 0; --i) {
        if (a[i] != b[i]) {
            return a[i] < b[i];
        }
    }
    return false;
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

}  // namespace

const Fp& fpOne() {
    static const Fp one = fpFromLimbs({1, 0, 0, 0});
    return one;
}

Fp fpSmall(std::uint64_t n) {
    return fpFromLimbs({n, 0, 0, 0});
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

Fp2 inverse(const Fp2& a) {
    const Fp normInv = inverse(a.c0 * a.c0 + a.c1 * a.c1);
    return {a.c0 * normInv, -(a.c1 * normInv)};
}
const Fp2& fp2One() {
    static const Fp2 one{fpOne(), Fp{}};
    return one;
}

// ---- Fp6, Fp12 ----

namespace {

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

Fp12 operator*(const Fp12& a, const Fp12& b) {
    const Fp6 t0 = a.c0 * b.c0;
    const Fp6 t1 = a.c1 * b.c1;
    return {t0 + mulByV(t1), (a.c0 + a.c1) * (b.c0 + b.c1) - t0 - t1};
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

}  // namespace

const Fp12& fp12One() {
    static const Fp12 one{{fp2One(), {}, {}}, {}};
    return one;
}

Fp12 square(const Fp12& a) {
    const Fp6 ab = a.c0 * a.c1;
    return {(a.c0 + a.c1) * (a.c0 + mulByV(a.c1)) - ab - mulByV(ab), ab + ab};
}
Fp12 mulByLine(const Fp12& f, const Line& l) {
    const Fp6 a = f.c0 * l.l0;
    const Fp6 b = mulBy01(f.c1, l.l1, l.l3);
    const Fp6 c = mulBy01(f.c0 + f.c1, l.l0 + l.l1, l.l3);
    return {a + mulByV(b), c - a - b};
}

namespace {

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

}  // namespace

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

namespace {

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

}  // namespace

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

}  // namespace ipc::evm::detail::bn254
