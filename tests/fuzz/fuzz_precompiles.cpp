// libFuzzer target: the EVM precompiles 0x01..0x09 on arbitrary input and gas must never crash and
// never charge more than the gas limit; a failure charges all of it and returns nothing; a success
// has the output size its precompile defines and fails when given one gas less than it charged.
// Layout of the fuzz input: byte 0 picks the precompile (1 + b % 9), bytes 1..4 the gas limit,
// the rest is the call's input.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "ipc/core/evm/precompiles.h"

namespace {

void check(bool ok) {
    if (!ok) {
        std::abort();
    }
}

// Up to ~4 million gas: enough for every precompile's interesting paths (dozens of pairing pairs,
// large modexp operands) while bounding the slow ones (blake2f rounds, modexp work) per run.
constexpr std::uint64_t kMaxFuzzGas = 1ULL << 22;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 5) {
        return 0;
    }
    ipc::FixedBytes<20> raw;
    raw.bytes[19] = static_cast<std::uint8_t>(1 + data[0] % 9);
    const ipc::EthAddress address(raw);
    std::uint64_t gasLimit = 0;
    for (std::size_t i = 1; i < 5; ++i) {
        gasLimit = (gasLimit << 8) | data[i];
    }
    gasLimit %= kMaxFuzzGas + 1;
    const ipc::ByteView input(data + 5, size - 5);

    check(ipc::evm::isPrecompile(address));
    const ipc::evm::PrecompileResult r = ipc::evm::runPrecompile(address, input, gasLimit);
    check(r.gasUsed <= gasLimit);
    if (!r.success) {
        check(r.gasUsed == gasLimit);
        check(r.output.empty());
        return 0;
    }
    switch (raw.bytes[19]) {
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
    return 0;
}
