// BIP-32 hierarchical deterministic keys (private derivation only) and the BIP-44 Ethereum path,
// so a mnemonic gives the same accounts as MetaMask, Hardhat and Anvil.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/primitives/bytes.h"

namespace ipc::crypto {

// The mnemonic Hardhat and Anvil use for their default funded accounts.
inline constexpr std::string_view kAnvilMnemonic =
    "test test test test test test test test test test test junk";

// Child indices at or above this are hardened (written 44' or 44h).
inline constexpr std::uint32_t kHardenedOffset = 0x80000000u;

// An extended private key: the secret and the chain code that derives its children.
struct ExtendedKey {
    Hash32 key;
    Hash32 chainCode;

    PrivateKey privateKey() const;

    bool operator==(const ExtendedKey&) const = default;
};

// Master key from a seed of 16..64 bytes: HMAC-SHA512(key "Bitcoin seed", seed). Throws
// ParseError for a seed of another length, Error in the ~2^-127 case of an invalid master key.
ExtendedKey masterKeyFromSeed(ByteView seed);

// Child `index` (hardened when index >= kHardenedOffset). Throws Error in the ~2^-127 case BIP-32
// calls an invalid child (the caller should move to the next index).
ExtendedKey deriveChild(const ExtendedKey& parent, std::uint32_t index);

// "m", "m/44'/60'/0'/0/0", "m/44h/60h/0h/0/0": indices with kHardenedOffset added where marked.
// Throws ParseError naming the bad component (missing "m", empty, not a number, >= 2^31).
std::vector<std::uint32_t> parseDerivationPath(std::string_view path);

// Follows a path (as parseDerivationPath reads it) down from a master key.
ExtendedKey derivePath(const ExtendedKey& master, std::string_view path);

// The Ethereum account key at m/44'/60'/0'/0/index for a BIP-39 mnemonic, as wallets derive it.
// Validates the mnemonic first; throws ParseError for a bad mnemonic or index >= 2^31.
PrivateKey deriveEthereumKey(std::string_view mnemonic, std::uint32_t index,
                             std::string_view passphrase = "");

}  // namespace ipc::crypto
