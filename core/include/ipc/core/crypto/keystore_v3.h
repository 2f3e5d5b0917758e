// Ethereum V3 keystores (Web3 Secret Storage): a private key encrypted with AES-128-CTR under a
// key derived from a password by scrypt or PBKDF2-HMAC-SHA256, authenticated by a keccak MAC.
// This is the file geth, MetaMask, ethers and Foundry read and write; the JSON text form lives
// in the devnet layer (core has no JSON library), this header holds the fields and the crypto.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/eth_address.h"

namespace ipc::crypto {

// The password does not open the keystore: the MAC over the derived key and the ciphertext
// does not match. Raised before anything is decrypted, so a wrong password never yields a key.
class WrongPasswordError : public Error {
public:
    WrongPasswordError() : Error("wrong password: the keystore's MAC does not match") {}
};

enum class KeystoreKdf { Scrypt, Pbkdf2 };

struct ScryptParams {
    // ethers' and MetaMask's defaults: 128 * n * r = 128 MiB of memory, about half a second.
    std::uint64_t n = 1u << 17;
    std::uint32_t r = 8;
    std::uint32_t p = 1;

    bool operator==(const ScryptParams&) const = default;
};

struct Pbkdf2Params {
    std::uint32_t c = 262144;
    // "hmac-sha256" (the spec's only PRF) or "hmac-sha512" (which ethers also reads).
    std::string prf = "hmac-sha256";

    bool operator==(const Pbkdf2Params&) const = default;
};

// Limits a keystore's parameters must respect before any key derivation runs, so a hostile file
// cannot make us allocate gigabytes or spin for minutes. The defaults admit every parameter set
// geth, ethers and MetaMask write (geth's "standard" scrypt is exactly 256 MiB).
inline constexpr std::uint64_t kMaxScryptMemory = 256ull << 20;  // 128 * n * r bytes
inline constexpr std::uint64_t kMaxScryptWork = 1ull << 30;      // 128 * n * r * p bytes mixed
inline constexpr std::uint32_t kMaxPbkdf2Iterations = 10'000'000;
inline constexpr std::size_t kMaxSaltBytes = 1024;

// The fields of a V3 keystore, as the JSON file carries them.
struct KeystoreV3 {
    // Files may omit the address (the spec's own vectors do); when present, decrypt checks it.
    std::optional<EthAddress> address;
    // A UUID in its 8-4-4-4-12 text form; geth names files after it.
    std::string id;
    int version = 3;
    std::string cipher = "aes-128-ctr";
    FixedBytes<16> iv;
    Bytes ciphertext;
    KeystoreKdf kdf = KeystoreKdf::Scrypt;
    std::uint32_t dklen = 32;
    Bytes salt;
    ScryptParams scrypt;  // when kdf == Scrypt
    Pbkdf2Params pbkdf2;  // when kdf == Pbkdf2
    Hash32 mac;

    bool operator==(const KeystoreV3&) const = default;
};

// How encrypt() derives its key. Salt, IV and UUID are random unless fixed (reproducible tests).
struct KeystoreParams {
    KeystoreKdf kdf = KeystoreKdf::Scrypt;
    ScryptParams scrypt;
    Pbkdf2Params pbkdf2;
    std::optional<Bytes> salt;  // 32 random bytes when unset
    std::optional<FixedBytes<16>> iv;
    std::optional<FixedBytes<16>> uuid;  // its version and variant bits are set as UUIDv4 needs
};

// Throws ParseError naming the first field that is unsupported or out of bounds: version other
// than 3, cipher other than aes-128-ctr, ciphertext not 32 bytes, dklen not 32, empty or huge
// salt, scrypt n not a power of two >= 2, r or p zero, memory or work above the limits above,
// PBKDF2 iterations zero or above kMaxPbkdf2Iterations, an unknown PRF.
void validateKeystore(const KeystoreV3& v3);

// Encrypts `key` under `password`. The password's bytes are used as given, as geth does; ethers
// first normalises it to NFKC, so the two agree on ASCII and precomposed text only. Throws
// ParseError for parameters validateKeystore would reject.
KeystoreV3 encrypt(const PrivateKey& key, std::string_view password,
                   const KeystoreParams& params = {});

// Validates, derives the key, checks the MAC (WrongPasswordError) and decrypts. Throws Error
// when the plaintext is not a valid secp256k1 secret or its address differs from v3.address.
PrivateKey decrypt(const KeystoreV3& v3, std::string_view password);

// A random (version 4) UUID in its text form.
std::string randomUuid();
// The text form of 16 bytes with the UUIDv4 version and variant bits set.
std::string uuidV4FromBytes(const FixedBytes<16>& bytes);

}  // namespace ipc::crypto
