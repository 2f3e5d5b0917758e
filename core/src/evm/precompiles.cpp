// The EVM precompiles 0x01..0x09 with Cancun gas, and the refusal of 0x0a (point evaluation).
#include "ipc/core/evm/precompiles.h"

#include <algorithm>
#include <array>
#include <exception>
#include <optional>

#include <cryptopp/ripemd.h>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/crypto/secp256k1.h"
#include "precompiles_internal.h"

namespace ipc::evm {
namespace detail {

void readPadded(ByteView input, std::size_t offset, std::uint8_t* out, std::size_t size) {
    std::fill(out, out + size, std::uint8_t{0});
    if (offset >= input.size()) {
        return;
    }
    const std::size_t available = std::min(size, input.size() - offset);
    std::copy_n(input.begin() + static_cast<std::ptrdiff_t>(offset), available, out);
}

}  // namespace detail

namespace {

// Gas of the hash-like precompiles: base + perWord for every started 32-byte word of input.
std::uint64_t wordGas(ByteView input, std::uint64_t base, std::uint64_t perWord) {
    const std::uint64_t words = (static_cast<std::uint64_t>(input.size()) + 31) / 32;
    return base + perWord * words;
}

// 0x01. Anything that is not a valid signature (v not 27/28 as a 32-byte word, r or s zero or not
// below the group order, no point with that r) gives empty output: the call itself succeeds.
Bytes ecrecover(ByteView input) {
    std::array<std::uint8_t, 128> in{};
    detail::readPadded(input, 0, in.data(), in.size());
    const bool vHighZero =
        std::all_of(in.begin() + 32, in.begin() + 63, [](std::uint8_t b) { return b == 0; });
    const std::uint8_t v = in[63];
    if (!vHighZero || (v != 27 && v != 28)) {
        return {};
    }
    crypto::Signature sig;
    std::copy_n(in.begin() + 64, 32, sig.r.bytes.begin());
    std::copy_n(in.begin() + 96, 32, sig.s.bytes.begin());
    sig.recoveryId = static_cast<std::uint8_t>(v - 27);
    Hash32 digest;
    std::copy_n(in.begin(), 32, digest.bytes.begin());
    const std::optional<EthAddress> signer = crypto::recoverAddress(digest, sig);
    if (!signer) {
        return {};
    }
    Bytes out(12, 0);
    append(out, signer->view());
    return out;
}

Bytes ripemd160Word(ByteView input) {
    CryptoPP::RIPEMD160 hash;
    hash.Update(input.data(), input.size());
    Bytes out(32, 0);  // the 20-byte digest, left-padded to a word
    hash.Final(out.data() + 12);
    return out;
}

struct Outcome {
    std::uint64_t gas = 0;
    std::optional<Bytes> output;  // nullopt: invalid input, the call fails
};

// The gas is computed before anything is run, so an expensive input that cannot be paid for never
// costs more than its header parse.
template <typename GasFn, typename RunFn>
PrecompileResult charge(std::uint64_t gasLimit, GasFn gasFn, RunFn runFn) {
    const std::uint64_t gas = gasFn();
    if (gas > gasLimit) {
        return {false, gasLimit, {}};
    }
    std::optional<Bytes> output = runFn();
    if (!output) {
        return {false, gasLimit, {}};
    }
    return {true, gas, std::move(*output)};
}

}  // namespace

bool isPrecompile(const EthAddress& address) {
    const auto& b = address.bytes().bytes;
    const bool highZero =
        std::all_of(b.begin(), b.end() - 1, [](std::uint8_t x) { return x == 0; });
    return highZero && b.back() >= 0x01 && b.back() <= kLastPrecompile;
}

bool isPointEvaluation(const EthAddress& address) {
    return isPrecompile(address) && address.bytes().bytes.back() == 0x0a;
}

PrecompileResult runPrecompile(const EthAddress& address, ByteView input, std::uint64_t gasLimit) {
    if (!isPrecompile(address)) {
        return {false, gasLimit, {}};
    }
    try {
        switch (address.bytes().bytes.back()) {
            case 0x01:
                return charge(
                    gasLimit, [] { return std::uint64_t{3000}; },
                    [&] { return std::optional<Bytes>(ecrecover(input)); });
            case 0x02:
                return charge(
                    gasLimit, [&] { return wordGas(input, 60, 12); },
                    [&] { return std::optional<Bytes>(sha256(input).toBytes()); });
            case 0x03:
                return charge(
                    gasLimit, [&] { return wordGas(input, 600, 120); },
                    [&] { return std::optional<Bytes>(ripemd160Word(input)); });
            case 0x04:
                return charge(
                    gasLimit, [&] { return wordGas(input, 15, 3); },
                    [&] { return std::optional<Bytes>(Bytes(input.begin(), input.end())); });
            case 0x05:
                return charge(
                    gasLimit, [&] { return detail::modexpGas(input); },
                    [&] { return detail::modexp(input); });
            case 0x06:
                return charge(
                    gasLimit, [] { return std::uint64_t{150}; },
                    [&] { return detail::bn254Add(input); });
            case 0x07:
                return charge(
                    gasLimit, [] { return std::uint64_t{6000}; },
                    [&] { return detail::bn254Mul(input); });
            case 0x08:
                return charge(
                    gasLimit,
                    [&] {
                        // 45,000 + 34,000 per pair (EIP-1108); a length that is not a whole number
                        // of pairs fails in the run, after the gas of the whole pairs is checked.
                        return std::uint64_t{45000} + std::uint64_t{34000} * (input.size() / 192);
                    },
                    [&] { return detail::bn254PairingCheck(input); });
            case 0x09:
                return charge(
                    gasLimit, [&] { return detail::blake2fGas(input); },
                    [&] { return detail::blake2f(input); });
            default:
                // 0x0a: point evaluation needs the KZG trusted setup, which the devnet does not
                // carry (it has no blobs to prove anything about). The executor names it.
                break;
        }
    } catch (const std::exception&) {
        // Nothing here is expected to throw; if an allocation fails the call fails, as out of gas.
    }
    return {false, gasLimit, {}};
}

}  // namespace ipc::evm
