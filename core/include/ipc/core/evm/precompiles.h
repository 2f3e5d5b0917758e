// The EVM precompiled contracts 0x01..0x09 (Cancun rules and gas) that the interpreter calls.
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

// 0x01..0x09 under Cancun (0x0a point evaluation is not supported: false).
bool isPrecompile(const EthAddress& address);

// Runs precompile `address` on `input` with `gasLimit`. Out of gas or invalid input: success=false,
// gasUsed=gasLimit.
PrecompileResult runPrecompile(const EthAddress& address, ByteView input, std::uint64_t gasLimit);

}  // namespace ipc::evm
