// Ethereum V3 keystore files: scrypt or PBKDF2 key derivation, AES-128-CTR, keccak MAC.
#include "ipc/core/crypto/keystore_v3.h"

#include <array>
#include <string>

#include <cryptopp/aes.h>
#include <cryptopp/modes.h>
#include <cryptopp/scrypt.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "ipc/core/crypto/hash.h"

namespace ipc::crypto {

namespace {

constexpr std::size_t kDerivedKeyBytes = 32;
constexpr std::size_t kSecretBytes = 32;

// Wipes the derived key when it goes out of scope, whichever way that happens.
struct DerivedKey {
    std::array<std::uint8_t, kDerivedKeyBytes> bytes{};
    ~DerivedKey() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
};

[[noreturn]] void reject(const std::string& what) {
    throw ParseError("unsupported keystore: " + what);
}

bool isPowerOfTwo(std::uint64_t v) {
    return v != 0 && (v & (v - 1)) == 0;
}

void randomBytes(std::uint8_t* out, std::size_t n) {
    if (RAND_bytes(out, static_cast<int>(n)) != 1) {
        throw Error("the operating system's random source failed");
    }
}

DerivedKey deriveKey(const KeystoreV3& v3, std::string_view password) {
    DerivedKey dk;
    const auto* pw = reinterpret_cast<const std::uint8_t*>(password.data());
    if (v3.kdf == KeystoreKdf::Scrypt) {
        CryptoPP::Scrypt scrypt;
        scrypt.DeriveKey(dk.bytes.data(), dk.bytes.size(), pw, password.size(), v3.salt.data(),
                         v3.salt.size(), v3.scrypt.n, v3.scrypt.r, v3.scrypt.p);
    } else {
        const EVP_MD* md = v3.pbkdf2.prf == "hmac-sha512" ? EVP_sha512() : EVP_sha256();
        const int ok =
            PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), v3.salt.data(),
                              static_cast<int>(v3.salt.size()), static_cast<int>(v3.pbkdf2.c), md,
                              static_cast<int>(dk.bytes.size()), dk.bytes.data());
        if (ok != 1) {
            throw Error("PBKDF2 failed while deriving the keystore key");
        }
    }
    return dk;
}

// AES-128-CTR with the first half of the derived key; the same call encrypts and decrypts.
Bytes aes128Ctr(const DerivedKey& dk, const FixedBytes<16>& iv, ByteView in) {
    CryptoPP::CTR_Mode<CryptoPP::AES>::Encryption ctr;
    ctr.SetKeyWithIV(dk.bytes.data(), 16, iv.data(), iv.size());
    Bytes out(in.size());
    ctr.ProcessData(out.data(), in.data(), in.size());
    return out;
}

// keccak256(derivedKey[16..32] ++ ciphertext), as the Web3 Secret Storage definition specifies.
Hash32 computeMac(const DerivedKey& dk, ByteView ciphertext) {
    Bytes body(dk.bytes.begin() + 16, dk.bytes.end());
    append(body, ciphertext);
    Hash32 mac = keccak256(body);
    OPENSSL_cleanse(body.data(), 16);
    return mac;
}

}  // namespace

void validateKeystore(const KeystoreV3& v3) {
    if (v3.version != 3) {
        reject("version " + std::to_string(v3.version) + " (only version 3 is supported)");
    }
    if (v3.cipher != "aes-128-ctr") {
        reject("cipher \"" + v3.cipher + "\" (only aes-128-ctr is supported)");
    }
    if (v3.ciphertext.size() != kSecretBytes) {
        reject("ciphertext of " + std::to_string(v3.ciphertext.size()) +
               " bytes (a private key is 32)");
    }
    if (v3.dklen != kDerivedKeyBytes) {
        reject("dklen " + std::to_string(v3.dklen) + " (must be 32)");
    }
    if (v3.salt.empty() || v3.salt.size() > kMaxSaltBytes) {
        reject("salt of " + std::to_string(v3.salt.size()) + " bytes (must be 1.." +
               std::to_string(kMaxSaltBytes) + ")");
    }
    if (v3.kdf == KeystoreKdf::Scrypt) {
        const ScryptParams& s = v3.scrypt;
        if (s.n < 2 || !isPowerOfTwo(s.n)) {
            reject("scrypt n = " + std::to_string(s.n) + " (must be a power of two >= 2)");
        }
        if (s.r == 0 || s.p == 0) {
            reject("scrypt r and p must be at least 1");
        }
        // Checked by division so that absurd values cannot overflow the products.
        const std::uint64_t perBlock = 128ull * s.r;
        if (s.n > kMaxScryptMemory / perBlock) {
            reject("scrypt n = " + std::to_string(s.n) + ", r = " + std::to_string(s.r) +
                   " needs more than " + std::to_string(kMaxScryptMemory >> 20) + " MiB of memory");
        }
        if (s.p > kMaxScryptWork / (perBlock * s.n)) {
            reject("scrypt p = " + std::to_string(s.p) + " with n = " + std::to_string(s.n) +
                   ", r = " + std::to_string(s.r) + " is more work than a keystore needs");
        }
    } else {
        if (v3.pbkdf2.c == 0 || v3.pbkdf2.c > kMaxPbkdf2Iterations) {
            reject("pbkdf2 c = " + std::to_string(v3.pbkdf2.c) + " (must be 1.." +
                   std::to_string(kMaxPbkdf2Iterations) + ")");
        }
        if (v3.pbkdf2.prf != "hmac-sha256" && v3.pbkdf2.prf != "hmac-sha512") {
            reject("pbkdf2 prf \"" + v3.pbkdf2.prf + "\" (expected hmac-sha256)");
        }
    }
}

KeystoreV3 encrypt(const PrivateKey& key, std::string_view password, const KeystoreParams& params) {
    KeystoreV3 v3;
    v3.address = key.ethAddress();
    v3.kdf = params.kdf;
    v3.scrypt = params.scrypt;
    v3.pbkdf2 = params.pbkdf2;
    if (params.salt) {
        v3.salt = *params.salt;
    } else {
        v3.salt.resize(32);
        randomBytes(v3.salt.data(), v3.salt.size());
    }
    if (params.iv) {
        v3.iv = *params.iv;
    } else {
        randomBytes(v3.iv.data(), v3.iv.size());
    }
    v3.id = params.uuid ? uuidV4FromBytes(*params.uuid) : randomUuid();
    v3.ciphertext.resize(kSecretBytes);  // validated before the (costly) derivation
    validateKeystore(v3);

    const DerivedKey dk = deriveKey(v3, password);
    v3.ciphertext = aes128Ctr(dk, v3.iv, key.secret().view());
    v3.mac = computeMac(dk, v3.ciphertext);
    return v3;
}

PrivateKey decrypt(const KeystoreV3& v3, std::string_view password) {
    validateKeystore(v3);
    const DerivedKey dk = deriveKey(v3, password);
    const Hash32 mac = computeMac(dk, v3.ciphertext);
    if (CRYPTO_memcmp(mac.data(), v3.mac.data(), mac.size()) != 0) {
        throw WrongPasswordError();
    }
    Bytes secret = aes128Ctr(dk, v3.iv, v3.ciphertext);
    std::optional<PrivateKey> key;
    try {
        key = PrivateKey::fromBytes(secret);
    } catch (const ParseError&) {
        OPENSSL_cleanse(secret.data(), secret.size());
        throw Error("the keystore decrypts to an invalid secp256k1 private key");
    }
    OPENSSL_cleanse(secret.data(), secret.size());
    if (v3.address && *v3.address != key->ethAddress()) {
        throw Error("the keystore's address " + v3.address->hex() +
                    " does not match its key's address " + key->ethAddress().hex());
    }
    return *key;
}

std::string uuidV4FromBytes(const FixedBytes<16>& bytes) {
    FixedBytes<16> b = bytes;
    b.bytes[6] = static_cast<std::uint8_t>((b.bytes[6] & 0x0f) | 0x40);
    b.bytes[8] = static_cast<std::uint8_t>((b.bytes[8] & 0x3f) | 0x80);
    const std::string hex = b.hex(false);
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
           hex.substr(16, 4) + "-" + hex.substr(20, 12);
}

std::string randomUuid() {
    FixedBytes<16> b;
    randomBytes(b.data(), b.size());
    return uuidV4FromBytes(b);
}

}  // namespace ipc::crypto
