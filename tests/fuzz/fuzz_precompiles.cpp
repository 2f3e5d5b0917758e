// libFuzzer target: the EVM precompiles 0x01..0x09 on arbitrary input and gas must never crash and
// never charge more than the gas limit; a failure charges all of it and returns nothing; a success
// has the output size its precompile defines, fails when given one gas less than it charged, and
// repeats exactly.
// Layout of the fuzz input: byte 0 picks the precompile (1 + b % 9) and, for 0x06..0x08, whether
// the rest is raw call input or 32-byte scalars from which valid curve points are built (random
// bytes are almost never points on alt_bn128, so the arithmetic behind the checks would go
// unexercised); bytes 1..4 give the gas limit.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <initializer_list>
#include <vector>

#include "ipc/core/evm/precompiles.h"

namespace {

void check(bool ok) {
    if (!ok) {
        std::abort();
    }
}

// Up to ~1 million gas: more than every precompile's interesting paths need (20 pairing pairs,
// 1 KiB modexp operands) while bounding the slow ones (blake2f rounds) per run.
constexpr std::uint64_t kMaxFuzzGas = 1ULL << 20;

ipc::EthAddress precompile(std::uint8_t n) {
    ipc::FixedBytes<20> raw;
    raw.bytes[19] = n;
    return ipc::EthAddress(raw);
}

ipc::Bytes call(std::uint8_t n, const ipc::Bytes& input) {
    const ipc::evm::PrecompileResult r = ipc::evm::runPrecompile(precompile(n), input, 1'000'000);
    check(r.success);
    return r.output;
}

// The invariants every call must keep, whatever the precompile and input.
void checkCall(std::uint8_t n, ipc::ByteView input, std::uint64_t gasLimit) {
    const ipc::EthAddress address = precompile(n);
    check(ipc::evm::isPrecompile(address));
    const ipc::evm::PrecompileResult r = ipc::evm::runPrecompile(address, input, gasLimit);
    check(r.gasUsed <= gasLimit);
    if (!r.success) {
        check(r.gasUsed == gasLimit);
        check(r.output.empty());
        return;
    }
    switch (n) {
        case 0x01:
            check(r.output.empty() || r.output.size() == 32);
            break;
        case 0x02:
        case 0x03:
            check(r.output.size() == 32);
            break;
        case 0x04:
            check(r.output.size() == input.size() &&
                  std::equal(r.output.begin(), r.output.end(), input.begin()));
            break;
        case 0x05: {
            // The output is exactly the modulus length from the header (zero-padded input).
            std::uint64_t modLen = 0;
            bool fits = true;
            for (std::size_t i = 64; i < 96; ++i) {
                const std::uint8_t b = i < input.size() ? input[i] : 0;
                if (i < 88 && b != 0) {
                    fits = false;
                }
                modLen = (modLen << 8) | b;
            }
            check(fits && r.output.size() == modLen);
            break;
        }
        case 0x06:
        case 0x07:
        case 0x09:
            check(r.output.size() == 64);
            break;
        case 0x08:
            check(r.output.size() == 32 && r.output[31] <= 1);
            break;
        default:
            break;
    }
    if (r.gasUsed > 0) {
        const ipc::evm::PrecompileResult poorer =
            ipc::evm::runPrecompile(address, input, r.gasUsed - 1);
        check(!poorer.success && poorer.gasUsed == r.gasUsed - 1);
    }
    const ipc::evm::PrecompileResult again = ipc::evm::runPrecompile(address, input, gasLimit);
    check(again.success && again.gasUsed == r.gasUsed && again.output == r.output);
}

// alt_bn128's field modulus p, the G1 generator (1, 2) and EIP-197's G2 generator.
constexpr std::array<std::uint8_t, 32> kP = {
    0x30, 0x64, 0x4e, 0x72, 0xe1, 0x31, 0xa0, 0x29, 0xb8, 0x50, 0x45, 0xb6, 0x81, 0x81, 0x58, 0x5d,
    0x97, 0x81, 0x6a, 0x91, 0x68, 0x71, 0xca, 0x8d, 0x3c, 0x20, 0x8c, 0x16, 0xd8, 0x7c, 0xfd, 0x47};
const ipc::Bytes kG2 = ipc::fromHex(
    "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2"
    "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
    "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b"
    "12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa");

// scalar * G1 generator, through 0x07 itself.
ipc::Bytes g1Times(const std::uint8_t* scalar32) {
    ipc::Bytes input(64, 0);
    input[31] = 1;
    input[63] = 2;
    input.insert(input.end(), scalar32, scalar32 + 32);
    return call(0x07, input);
}

// -P for an encoded G1 point: (x, p - y); infinity stays.
ipc::Bytes negateG1(ipc::Bytes point) {
    if (std::all_of(point.begin() + 32, point.end(), [](std::uint8_t b) { return b == 0; })) {
        return point;
    }
    int borrow = 0;
    for (int i = 31; i >= 0; --i) {
        const int d =
            kP[static_cast<std::size_t>(i)] - point[32 + static_cast<std::size_t>(i)] - borrow;
        point[32 + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(d & 0xff);
        borrow = d < 0 ? 1 : 0;
    }
    return point;
}

ipc::Bytes concat(std::initializer_list<ipc::ByteView> parts) {
    ipc::Bytes out;
    for (const ipc::ByteView part : parts) {
        out.insert(out.end(), part.begin(), part.end());
    }
    return out;
}

// 0x06..0x08 on points built from the fuzz input's 32-byte scalars, with algebraic checks; a
// trailing odd byte (if any) then corrupts one byte of the call input, which must still behave.
void structuredCurveCall(std::uint8_t n, ipc::ByteView rest, std::uint64_t gasLimit) {
    std::vector<std::array<std::uint8_t, 32>> scalars;
    for (std::size_t offset = 0; offset + 32 <= rest.size() && scalars.size() < 4; offset += 32) {
        std::array<std::uint8_t, 32> s{};
        std::copy_n(rest.begin() + static_cast<std::ptrdiff_t>(offset), 32, s.begin());
        scalars.push_back(s);
    }
    if (scalars.size() < 2) {
        return;
    }
    const ipc::Bytes a = g1Times(scalars[0].data());
    const ipc::Bytes b = g1Times(scalars[1].data());
    ipc::Bytes input;
    if (n == 0x06) {
        // P + Q = Q + P, and P + (-P) = infinity.
        input = concat({a, b});
        check(call(0x06, input) == call(0x06, concat({b, a})));
        check(call(0x06, concat({a, negateG1(a)})) == ipc::Bytes(64, 0));
    } else if (n == 0x07) {
        // s1 (s0 G) = s0 (s1 G).
        input = concat({a, scalars[1]});
        check(call(0x07, input) == call(0x07, concat({b, scalars[0]})));
    } else {
        // e(aG, Q) e(-aG, Q) ... = 1 for any a, with Q the G2 generator.
        for (const auto& s : scalars) {
            const ipc::Bytes p = g1Times(s.data());
            input = concat({input, p, kG2, negateG1(p), kG2});
        }
        const ipc::Bytes one = call(0x08, input);
        check(one.size() == 32 && one[31] == 1);
        // Without the last negated pair the product is e(aG, Q), 1 only when aG is infinity.
        const ipc::Bytes partial(input.begin(), input.end() - 192);
        const bool lastIsInfinity = std::all_of(input.end() - 192, input.end() - 128,
                                                [](std::uint8_t x) { return x == 0; });
        check(call(0x08, partial)[31] == (lastIsInfinity ? 1 : 0));
    }
    if (rest.size() % 32 != 0) {
        const std::uint8_t corruption = rest.back();
        input[corruption % input.size()] ^= static_cast<std::uint8_t>(1 + (corruption >> 4));
    }
    checkCall(n, input, gasLimit);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 5) {
        return 0;
    }
    const auto n = static_cast<std::uint8_t>(1 + data[0] % 9);
    const bool structured = (data[0] / 9) % 2 == 1 && n >= 0x06 && n <= 0x08;
    std::uint64_t gasLimit = 0;
    for (std::size_t i = 1; i < 5; ++i) {
        gasLimit = (gasLimit << 8) | data[i];
    }
    gasLimit %= kMaxFuzzGas + 1;
    const ipc::ByteView rest(data + 5, size - 5);
    if (structured) {
        structuredCurveCall(n, rest, gasLimit);
    } else {
        checkCall(n, rest, gasLimit);
    }
    return 0;
}
