// keccak256 and BLAKE2b, as Ethereum and Filecoin addressing use them.
#include "ipc/core/crypto/hash.h"

#include <cryptopp/blake2.h>
#include <cryptopp/keccak.h>
#include <openssl/sha.h>

#include "ipc/core/primitives/error.h"

namespace ipc {

Hash32 keccak256(ByteView data) {
    CryptoPP::Keccak_256 k;
    Hash32 out;
    k.CalculateDigest(out.data(), data.data(), data.size());
    return out;
}

Bytes blake2b(ByteView data, std::size_t outLen) {
    if (outLen == 0 || outLen > 64) {
        throw Error("blake2b output length must be 1..64 bytes");
    }
    CryptoPP::BLAKE2b h(false, static_cast<unsigned int>(outLen));
    Bytes out(outLen);
    h.CalculateDigest(out.data(), data.data(), data.size());
    return out;
}

FixedBytes<20> blake2b160(ByteView data) { return FixedBytes<20>::fromBytes(blake2b(data, 20)); }
FixedBytes<4> blake2b32(ByteView data) { return FixedBytes<4>::fromBytes(blake2b(data, 4)); }
Hash32 blake2b256(ByteView data) { return Hash32::fromBytes(blake2b(data, 32)); }

Hash32 sha256(ByteView data) {
    Hash32 out;
    SHA256(data.data(), data.size(), out.data());
    return out;
}

}  // namespace ipc
