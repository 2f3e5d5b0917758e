// The EVM precompiled contracts 0x01..0x09 (Cancun rules and gas) that the interpreter calls, and
// Cancun's 0x0a (point evaluation), which the devnet does not implement.
#pragma once

#include <cstdint>

#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"

namespace ipc::evm {

struct PrecompileResult {
    bool success = false;
    std::uint64_t gasUsed = 0;
    Bytes output;
};

// Cancun's precompile addresses 0x01..0x0a. 0x0a (EIP-4844 point evaluation) is one of them, so it
// is warm in every transaction and never an empty account, but runPrecompile cannot answer it.
bool isPrecompile(const EthAddress& address);
// 0x0a: the KZG point evaluation precompile, which the devnet does not implement.
bool isPointEvaluation(const EthAddress& address);
inline constexpr std::uint8_t kLastPrecompile = 0x0a;

// Runs precompile `address` on `input` with `gasLimit`. Out of gas, invalid input or 0x0a:
// success=false, gasUsed=gasLimit.
PrecompileResult runPrecompile(const EthAddress& address, ByteView input, std::uint64_t gasLimit);

}  // namespace ipc::evm
