// secp256k1 keys, recoverable ECDSA signatures and Ethereum addresses (libsecp256k1).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"

namespace ipc::crypto {

// 65-byte r || s || v signature. `v` is the recovery id (0 or 1); Ethereum-style encodings
// (27/28, EIP-155) are computed by callers from it.
struct Signature {
    Hash32 r;
    Hash32 s;
    std::uint8_t recoveryId = 0;

    // r || s || (recoveryId + vOffset); IPC checkpoint signatures use vOffset = 27.
    FixedBytes<65> toBytes(std::uint8_t vOffset = 27) const;
    // Accepts v in {0,1} or {27,28}. Throws ParseError.
    static Signature fromBytes(ByteView sig65);

    bool operator==(const Signature&) const = default;
};

class PublicKey {
public:
    // Accepts 33-byte compressed or 65-byte uncompressed SEC1 encodings. Throws ParseError.
    static PublicKey parse(ByteView sec1);

    FixedBytes<65> uncompressed() const { return uncompressed_; }
    FixedBytes<33> compressed() const;
    EthAddress ethAddress() const;

    bool operator==(const PublicKey&) const = default;

private:
    FixedBytes<65> uncompressed_;
};

class PrivateKey {
public:
    // Throws ParseError unless the 32 bytes are a valid secret (0 < k < n).
    static PrivateKey fromBytes(ByteView secret32);
    static PrivateKey fromHex(std::string_view hex);
    // From the operating system's random source (real wallets).
    static PrivateKey random();
    // Deterministic key from a seed and index (templates, tests): keccak-based, re-hashed until
    // valid. Same inputs give the same key on every machine.
    static PrivateKey deterministic(std::uint64_t seed, std::uint64_t index);

    const Hash32& secret() const { return secret_; }
    PublicKey publicKey() const;
    EthAddress ethAddress() const { return publicKey().ethAddress(); }

    // Signs a 32-byte digest (no prefix) with RFC 6979 nonces; low-s form.
    Signature sign(const Hash32& digest) const;

    // (secret + tweak) mod n, as BIP-32 child derivation needs; nullopt when the tweak is not
    // below n or the sum is zero (BIP-32 then skips to the next index).
    std::optional<PrivateKey> tweakAdd(const Hash32& tweak) const;

    bool operator==(const PrivateKey&) const = default;

private:
    Hash32 secret_;
};

// Recovers the signer's public key; nullopt when the signature is invalid for the digest.
// Like the EVM's ecrecover it accepts high-s signatures; use verify() for the strict check.
std::optional<PublicKey> recover(const Hash32& digest, const Signature& sig);
// Recovers the signer's Ethereum address; nullopt when invalid.
std::optional<EthAddress> recoverAddress(const Hash32& digest, const Signature& sig);
// Verifies without recovery (rejects high-s signatures).
bool verify(const Hash32& digest, const Signature& sig, const PublicKey& key);

}  // namespace ipc::crypto
