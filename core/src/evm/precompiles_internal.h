// Pieces shared by the precompile sources (not part of core's public interface): zero-padded input
// reads and the gas/run functions that live in their own files.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "ipc/core/primitives/bytes.h"

namespace ipc::evm::detail {

// Copies `size` bytes of `input` from `offset` into `out`, zero-filling what lies past its end:
// a precompile reads its input as if it were infinitely right-padded with zeros.
void readPadded(ByteView input, std::size_t offset, std::uint8_t* out, std::size_t size);

// 0x05: EIP-2565 gas (saturating at UINT64_MAX) and the EIP-198 result; nullopt = the call fails.
std::uint64_t modexpGas(ByteView input);
std::optional<Bytes> modexp(ByteView input);

// 0x06..0x08: EIP-196/197 on alt_bn128; nullopt = invalid input (the call fails).
std::optional<Bytes> bn254Add(ByteView input);
std::optional<Bytes> bn254Mul(ByteView input);
std::optional<Bytes> bn254PairingCheck(ByteView input);

// 0x09: EIP-152. Gas is the round count; nullopt = wrong length or final flag.
std::uint64_t blake2fGas(ByteView input);
std::optional<Bytes> blake2f(ByteView input);

}  // namespace ipc::evm::detail
