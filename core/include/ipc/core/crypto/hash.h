// Hash functions used by Ethereum and Filecoin addressing: keccak256 and BLAKE2b (Crypto++).
#pragma once

#include <cstddef>

#include "ipc/core/primitives/bytes.h"

namespace ipc {

// Original Keccak-256 (as Ethereum uses it), not NIST SHA3-256.
Hash32 keccak256(ByteView data);
inline Hash32 keccak256(std::string_view text) { return keccak256(asBytes(text)); }

// BLAKE2b with an output length in bytes (1..64), unkeyed.
Bytes blake2b(ByteView data, std::size_t outLen);
FixedBytes<20> blake2b160(ByteView data);
FixedBytes<4> blake2b32(ByteView data);
Hash32 blake2b256(ByteView data);

// SHA-256 (OpenSSL), used by BIP-39 checksums.
Hash32 sha256(ByteView data);

}  // namespace ipc
