// alt_bn128 (BN254) arithmetic shared by the precompile sources (internal to core): the prime
// field Fp in Montgomery form on four 64-bit limbs and Fp2 = Fp[u]/(u^2+1), whose operations are
// defined here so that they inline into the curve and tower code (a pairing runs them millions of
// times); the tower Fp6 = Fp2[v]/(v^3-(9+u)), Fp12 = Fp6[w]/(w^2-v) and the final exponentiation
// live in precompiles_bn254_field.cpp. Not constant-time: every input of a precompile is public.
#pragma once

#include <array>
#include <cstdint>
#include <optional>

namespace ipc::evm::detail::bn254 {

__extension__ typedef unsigned __int128 Uint128;

using Limbs = std::array<std::uint64_t, 4>;  // little-endian 64-bit limbs

// p, the field modulus (below 2^254).
constexpr Limbs kP = {0x3c208c16d87cfd47ULL, 0x97816a916871ca8dULL, 0xb85045b68181585dULL,
                      0x30644e72e131a029ULL};
constexpr Limbs kR2 = {0xf32cfc5b538afa89ULL, 0xb5e71911d44501fbULL, 0x47ab1eff0a417ff6ULL,
                       0x06d89f71cab8351fULL};          // 2^512 mod p
constexpr std::uint64_t kPInv = 0x87d20782e4866389ULL;  // -p^-1 mod 2^64
// The BN parameter x: p = 36x^4 + 36x^3 + 24x^2 + 6x + 1.
constexpr std::uint64_t kBnX = 4965661367192848881ULL;

// The Fp operations are small and called millions of times per pairing: always inlined. (Forcing
// the larger Fp2 ones too makes the code slower: it is left to the compiler.)
#define IPC_BN254_INLINE [[gnu::always_inline]] inline

// a - b over four limbs; returns the borrow.
IPC_BN254_INLINE std::uint64_t subLimbs(Limbs& out, const Limbs& a, const Limbs& b) {
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

const Fp& fpOne();
Fp fpSmall(std::uint64_t n);
// a^(p-2) = a^-1 (Fermat); 0 maps to 0.
Fp inverse(const Fp& a);
// 32 big-endian bytes; nullopt unless the value is below p.
std::optional<Fp> fpFromBytes(const std::uint8_t* in);
void fpToBytes(const Fp& a, std::uint8_t* out);

// ---- Fp2 = Fp[u] / (u^2 + 1) ----

struct Fp2 {
    Fp c0, c1;  // c0 + c1 u
    bool isZero() const { return c0.isZero() && c1.isZero(); }
    bool operator==(const Fp2&) const = default;
};

inline Fp2 operator+(const Fp2& a, const Fp2& b) {
    return {a.c0 + b.c0, a.c1 + b.c1};
}
inline Fp2 operator-(const Fp2& a, const Fp2& b) {
    return {a.c0 - b.c0, a.c1 - b.c1};
}
inline Fp2 operator-(const Fp2& a) {
    return {-a.c0, -a.c1};
}
inline Fp2 operator*(const Fp2& a, const Fp& k) {
    return {a.c0 * k, a.c1 * k};
}
inline Fp2 operator*(const Fp2& a, const Fp2& b) {
    const Fp t0 = a.c0 * b.c0;
    const Fp t1 = a.c1 * b.c1;
    return {t0 - t1, (a.c0 + a.c1) * (b.c0 + b.c1) - t0 - t1};
}
inline Fp2 square(const Fp2& a) {
    const Fp t = a.c0 * a.c1;
    return {(a.c0 + a.c1) * (a.c0 - a.c1), t + t};
}
inline Fp2 conjugate(const Fp2& a) {
    return {a.c0, -a.c1};
}
// Multiplication by xi = 9 + u, the non-residue that defines Fp6.
inline Fp2 mulByXi(const Fp2& a) {
    const Fp2 a2 = a + a;
    const Fp2 a8 = (a2 + a2) + (a2 + a2);
    const Fp2 a9 = a8 + a;
    return {a9.c0 - a.c1, a9.c1 + a.c0};
}
Fp2 inverse(const Fp2& a);
const Fp2& fp2One();

// ---- Fp6 = Fp2[v] / (v^3 - xi), Fp12 = Fp6[w] / (w^2 - v) ----

struct Fp6 {
    Fp2 c0, c1, c2;  // c0 + c1 v + c2 v^2
    bool operator==(const Fp6&) const = default;
};

struct Fp12 {
    Fp6 c0, c1;  // c0 + c1 w
    bool operator==(const Fp12&) const = default;
};

const Fp12& fp12One();
Fp12 square(const Fp12& a);

// A line evaluated at a G1 point: l0 + l1 w + l3 w^3 (coefficients in Fp2), as
// c0 = (l0, 0, 0), c1 = (l1, l3, 0).
struct Line {
    Fp2 l0, l1, l3;
};

Fp12 mulByLine(const Fp12& f, const Line& l);

// Constants derived once from xi and p rather than typed in.
struct TowerConstants {
    // gamma[i] = xi^(i (p-1) / 6): the Frobenius moves the coefficient of w^i by this factor.
    std::array<Fp2, 6> gamma;
    Fp2 twistB;  // 3 / xi, the b of the twisted curve y^2 = x^3 + b/xi over Fp2
};

const TowerConstants& tower();

// f^((p^12 - 1) / r).
Fp12 finalExponentiation(const Fp12& in);

#undef IPC_BN254_INLINE

}  // namespace ipc::evm::detail::bn254
