// 0x05 (EIP-198, gas from EIP-2565): arbitrary-precision modular exponentiation on OpenSSL's
// BIGNUM. The three lengths in the header are 256-bit words: the gas is computed from them first,
// with saturating arithmetic, and nothing is allocated for bytes the input does not actually
// contain (they are zeros: a shift of the modulus at most).
#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <memory>

#include <openssl/bn.h>

#include "precompiles_internal.h"

namespace ipc::evm::detail {
namespace {

__extension__ typedef unsigned __int128 Uint128;

constexpr std::uint64_t kMaxU64 = std::numeric_limits<std::uint64_t>::max();
constexpr std::uint64_t kMinGas = 200;

// Longest result we agree to allocate: 16 MiB. A longer modulus costs at least
// (2^21)^2 / 3 ~ 1.5e12 gas, far beyond any block, so the cap only ever turns down calls whose
// caller claims an impossible gas limit.
constexpr std::uint64_t kMaxOperandBytes = std::uint64_t{1} << 24;

struct BnDeleter {
    void operator()(BIGNUM* bn) const noexcept { BN_free(bn); }
};
using BnHandle = std::unique_ptr<BIGNUM, BnDeleter>;
struct BnCtxDeleter {
    void operator()(BN_CTX* ctx) const noexcept { BN_CTX_free(ctx); }
};
using BnCtxHandle = std::unique_ptr<BN_CTX, BnCtxDeleter>;

// A 32-byte big-endian length word as a uint64_t, UINT64_MAX when it does not fit.
std::uint64_t lengthWord(ByteView input, std::size_t offset) {
    std::array<std::uint8_t, 32> word{};
    readPadded(input, offset, word.data(), word.size());
    if (std::any_of(word.begin(), word.begin() + 24, [](std::uint8_t b) { return b != 0; })) {
        return kMaxU64;
    }
    std::uint64_t value = 0;
    for (std::size_t i = 24; i < 32; ++i) {
        value = (value << 8) | word[i];
    }
    return value;
}

struct Header {
    std::uint64_t baseLen = 0;
    std::uint64_t expLen = 0;
    std::uint64_t modLen = 0;
};

Header readHeader(ByteView input) {
    return {lengthWord(input, 0), lengthWord(input, 32), lengthWord(input, 64)};
}

std::uint64_t saturate(Uint128 v) {
    return v > kMaxU64 ? kMaxU64 : static_cast<std::uint64_t>(v);
}

// Where an operand starts in the input (offsets can exceed 2^64 when lengths are huge).
Uint128 operandOffset(const Header& h, int index) {
    Uint128 offset = 96;
    if (index >= 1) {
        offset += h.baseLen;
    }
    if (index >= 2) {
        offset += h.expLen;
    }
    return offset;
}

// How many of an operand's `length` bytes from `offset` the input actually holds.
std::uint64_t presentBytes(ByteView input, Uint128 offset, std::uint64_t length) {
    if (offset >= input.size()) {
        return 0;
    }
    return std::min<std::uint64_t>(length, input.size() - static_cast<std::size_t>(offset));
}

// The bit length of the first min(expLen, 32) bytes of the exponent, read as a number.
unsigned exponentHeadBits(ByteView input, const Header& h) {
    const std::uint64_t headLen = std::min<std::uint64_t>(h.expLen, 32);
    const Uint128 offset = operandOffset(h, 1);
    std::array<std::uint8_t, 32> head{};
    if (offset < input.size()) {
        readPadded(input, static_cast<std::size_t>(offset), head.data() + (32 - headLen),
                   static_cast<std::size_t>(headLen));
    }
    for (std::size_t i = 0; i < head.size(); ++i) {
        if (head[i] != 0) {
            unsigned bits = 8;
            while ((head[i] & (1U << (bits - 1))) == 0) {
                --bits;
            }
            return static_cast<unsigned>((31 - i) * 8 + bits);
        }
    }
    return 0;
}

// The operand's bytes that are in the input, shifted left over the zero bytes that are not
// (`length` must be at most kMaxOperandBytes past the input's end).
BnHandle readOperand(ByteView input, Uint128 offset, std::uint64_t length) {
    const std::uint64_t present = presentBytes(input, offset, length);
    BnHandle bn(BN_new());
    if (!bn || present > static_cast<std::uint64_t>(std::numeric_limits<int>::max()) ||
        length - present > kMaxOperandBytes) {
        return nullptr;
    }
    if (present > 0 && BN_bin2bn(input.data() + static_cast<std::size_t>(offset),
                                 static_cast<int>(present), bn.get()) == nullptr) {
        return nullptr;
    }
    const std::uint64_t missing = length - present;
    if (!BN_is_zero(bn.get()) && missing > 0 &&
        BN_lshift(bn.get(), bn.get(), static_cast<int>(missing * 8)) != 1) {
        return nullptr;
    }
    return bn;
}

}  // namespace

std::uint64_t modexpGas(ByteView input) {
    const Header h = readHeader(input);
    // Multiplication complexity: ceil(max(baseLen, modLen) / 8)^2.
    const Uint128 words = (static_cast<Uint128>(std::max(h.baseLen, h.modLen)) + 7) / 8;
    const Uint128 complexity = words * words;  // < 2^122
    // Iteration count: 8 per exponent byte past the first 32, plus the head's top bit index.
    Uint128 iterations = 0;
    if (h.expLen > 32) {
        iterations = static_cast<Uint128>(h.expLen - 32) * 8;
    }
    const unsigned headBits = exponentHeadBits(input, h);
    if (headBits > 0) {
        iterations += headBits - 1;
    }
    iterations = std::max<Uint128>(iterations, 1);  // < 2^68
    if (complexity != 0 && iterations > (~Uint128{0}) / complexity) {
        return kMaxU64;
    }
    return std::max(saturate(complexity * iterations / 3), kMinGas);
}

std::optional<Bytes> modexp(ByteView input) {
    const Header h = readHeader(input);
    if (h.modLen == 0) {
        return Bytes{};  // the result has no bytes to be written in, whatever the base
    }
    if (h.modLen > kMaxOperandBytes) {
        return std::nullopt;
    }
    Bytes out(static_cast<std::size_t>(h.modLen), 0);
    BnHandle mod = readOperand(input, operandOffset(h, 2), h.modLen);
    if (!mod) {
        return std::nullopt;
    }
    if (BN_is_zero(mod.get()) || BN_is_one(mod.get())) {
        return out;  // modulus 0 gives zeros (EIP-198); anything mod 1 is 0
    }
    // A nonzero modulus starts inside the input, so the base and exponent before it are whole
    // there: only the modulus can have implicit trailing zeros.
    BnHandle base = readOperand(input, operandOffset(h, 0), h.baseLen);
    BnHandle exp = readOperand(input, operandOffset(h, 1), h.expLen);
    BnHandle result(BN_new());
    BnCtxHandle ctx(BN_CTX_new());
    if (!base || !exp || !result || !ctx) {
        return std::nullopt;
    }
    if (BN_nnmod(base.get(), base.get(), mod.get(), ctx.get()) != 1 ||
        BN_mod_exp(result.get(), base.get(), exp.get(), mod.get(), ctx.get()) != 1 ||
        BN_bn2binpad(result.get(), out.data(), static_cast<int>(out.size())) < 0) {
        return std::nullopt;
    }
    return out;
}

}  // namespace ipc::evm::detail
