// 0x06..0x08 (EIP-196, EIP-197): addition, scalar multiplication and the pairing check on the
// alt_bn128 (BN254) curve. Debian packages no library for this curve, so the arithmetic is ours
// (precompiles_bn254.h, precompiles_bn254_field.cpp); here are the points in Jacobian
// coordinates, the encodings and input checks, and the optimal ate Miller loop.
// Measured (RelWithDebInfo, one core of a shared AMD EPYC VM): a two-pair check ~1.5 ms of CPU
// time, of which the Miller loop ~0.6, the final exponentiation ~0.6, two G2 subgroup checks ~0.2.
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "precompiles_bn254.h"
#include "precompiles_internal.h"

namespace ipc::evm::detail {
namespace {

using namespace bn254;

// 6x + 2, the optimal ate loop count.
constexpr Uint128 kAteLoopCount = static_cast<Uint128>(kBnX) * 6 + 2;

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
