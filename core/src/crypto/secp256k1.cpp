// secp256k1 keys, recoverable ECDSA signatures and Ethereum addresses over libsecp256k1.
#include "ipc/core/crypto/secp256k1.h"

#include <algorithm>
#include <array>
#include <memory>

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/primitives/error.h"

namespace ipc::crypto {
namespace {

struct ContextDeleter {
    void operator()(secp256k1_context* ctx) const noexcept { secp256k1_context_destroy(ctx); }
};
using ContextHandle = std::unique_ptr<secp256k1_context, ContextDeleter>;

ContextHandle createContext() {
    // SIGN | VERIFY is what libsecp256k1 < 0.2 needs; 0.2 treats every flag as "all features".
    ContextHandle ctx(secp256k1_context_create(SECP256K1_CONTEXT_SIGN | SECP256K1_CONTEXT_VERIFY));
    if (!ctx) {
        throw Error("secp256k1: cannot create a context");
    }
    // Blinding against timing and power side channels; the secret it uses never leaves here.
    std::array<std::uint8_t, 32> blinding{};
    const bool seeded = RAND_bytes(blinding.data(), static_cast<int>(blinding.size())) == 1 &&
                        secp256k1_context_randomize(ctx.get(), blinding.data()) == 1;
    OPENSSL_cleanse(blinding.data(), blinding.size());
    if (!seeded) {
        throw Error("secp256k1: cannot randomize the context (no OS randomness)");
    }
    return ctx;
}

// One context for the process, created on first use (static initialisation is thread-safe) and
// randomised before any caller can see it. After that it is only passed as const, which
// libsecp256k1 allows from many threads at once; it is destroyed at exit.
const secp256k1_context* context() {
    static const ContextHandle ctx = createContext();
    return ctx.get();
}

// Only the SEC1 forms 0x02/0x03 + x and 0x04 + x + y; libsecp256k1 would also take the
// "hybrid" 0x06/0x07 form, which nothing in Ethereum or Filecoin produces.
bool parsePoint(ByteView sec1, secp256k1_pubkey& out) {
    const bool compressedForm = sec1.size() == 33 && (sec1[0] == 0x02 || sec1[0] == 0x03);
    const bool uncompressedForm = sec1.size() == 65 && sec1[0] == 0x04;
    if (!compressedForm && !uncompressedForm) {
        return false;
    }
    return secp256k1_ec_pubkey_parse(context(), &out, sec1.data(), sec1.size()) == 1;
}

FixedBytes<65> serializeUncompressed(const secp256k1_pubkey& point) {
    FixedBytes<65> out;
    std::size_t len = out.size();
    secp256k1_ec_pubkey_serialize(context(), out.data(), &len, &point, SECP256K1_EC_UNCOMPRESSED);
    return out;
}

void putBigEndian(Bytes& out, std::uint64_t value, int bytes) {
    for (int i = bytes - 1; i >= 0; --i) {
        out.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
    }
}

std::array<std::uint8_t, 64> compactRS(const Signature& sig) {
    std::array<std::uint8_t, 64> out{};
    std::copy(sig.r.bytes.begin(), sig.r.bytes.end(), out.begin());
    std::copy(sig.s.bytes.begin(), sig.s.bytes.end(), out.begin() + 32);
    return out;
}

bool isValidSecret(const Hash32& secret) {
    return secp256k1_ec_seckey_verify(context(), secret.data()) == 1;
}

}  // namespace

FixedBytes<65> Signature::toBytes(std::uint8_t vOffset) const {
    FixedBytes<65> out;
    std::copy(r.bytes.begin(), r.bytes.end(), out.bytes.begin());
    std::copy(s.bytes.begin(), s.bytes.end(), out.bytes.begin() + 32);
    out.bytes[64] = static_cast<std::uint8_t>(recoveryId + vOffset);
    return out;
}

Signature Signature::fromBytes(ByteView sig65) {
    if (sig65.size() != 65) {
        throw ParseError("signature must be 65 bytes (r || s || v), got " +
                         std::to_string(sig65.size()));
    }
    const std::uint8_t v = sig65[64];
    Signature sig;
    if (v == 0 || v == 1) {
        sig.recoveryId = v;
    } else if (v == 27 || v == 28) {
        sig.recoveryId = static_cast<std::uint8_t>(v - 27);
    } else {
        throw ParseError("signature v must be 0, 1, 27 or 28, got " + std::to_string(v));
    }
    sig.r = Hash32::fromBytes(sig65.subspan(0, 32));
    sig.s = Hash32::fromBytes(sig65.subspan(32, 32));
    return sig;
}

PublicKey PublicKey::parse(ByteView sec1) {
    if (sec1.size() != 33 && sec1.size() != 65) {
        throw ParseError("public key must be 33 (compressed) or 65 (uncompressed) bytes, got " +
                         std::to_string(sec1.size()));
    }
    secp256k1_pubkey point;
    if (!parsePoint(sec1, point)) {
        throw ParseError("public key is not a point on secp256k1");
    }
    PublicKey key;
    key.uncompressed_ = serializeUncompressed(point);
    return key;
}

FixedBytes<33> PublicKey::compressed() const {
    // Straight from the stored coordinates: prefix 02/03 is the parity of y.
    FixedBytes<33> out;
    out.bytes[0] = static_cast<std::uint8_t>(0x02 | (uncompressed_.bytes[64] & 1));
    std::copy(uncompressed_.bytes.begin() + 1, uncompressed_.bytes.begin() + 33,
              out.bytes.begin() + 1);
    return out;
}

EthAddress PublicKey::ethAddress() const {
    const Hash32 h = keccak256(ByteView(uncompressed_.bytes).subspan(1));
    return EthAddress::fromBytes(ByteView(h.bytes).subspan(12));
}

PrivateKey PrivateKey::fromBytes(ByteView secret32) {
    if (secret32.size() != 32) {
        throw ParseError("private key must be 32 bytes, got " + std::to_string(secret32.size()));
    }
    PrivateKey key;
    key.secret_ = Hash32::fromBytes(secret32);
    if (!isValidSecret(key.secret_)) {
        // Never echo the secret itself.
        throw ParseError("private key must be above zero and below the secp256k1 group order");
    }
    return key;
}

PrivateKey PrivateKey::fromHex(std::string_view hex) {
    Bytes raw = ipc::fromHex(hex);
    try {
        PrivateKey key = fromBytes(raw);
        OPENSSL_cleanse(raw.data(), raw.size());
        return key;
    } catch (...) {
        OPENSSL_cleanse(raw.data(), raw.size());
        throw;
    }
}

PrivateKey PrivateKey::random() {
    PrivateKey key;
    // A 32-byte value is out of range with probability ~2^-128; the loop is for correctness only.
    do {
        if (RAND_bytes(key.secret_.data(), static_cast<int>(key.secret_.size())) != 1) {
            throw Error("cannot read the OS random source for a private key");
        }
    } while (!isValidSecret(key.secret_));
    return key;
}

PrivateKey PrivateKey::deterministic(std::uint64_t seed, std::uint64_t index) {
    static constexpr std::string_view kDomain = "ipc-studio/key";
    for (std::uint32_t counter = 0;; ++counter) {
        Bytes preimage(kDomain.begin(), kDomain.end());
        putBigEndian(preimage, seed, 8);
        putBigEndian(preimage, index, 8);
        putBigEndian(preimage, counter, 4);
        PrivateKey key;
        key.secret_ = keccak256(preimage);
        if (isValidSecret(key.secret_)) {
            return key;
        }
    }
}

PublicKey PrivateKey::publicKey() const {
    secp256k1_pubkey point;
    if (secp256k1_ec_pubkey_create(context(), &point, secret_.data()) != 1) {
        throw Error("private key is not initialised (zero or out of range)");
    }
    return PublicKey::parse(serializeUncompressed(point).bytes);
}

Signature PrivateKey::sign(const Hash32& digest) const {
    secp256k1_ecdsa_recoverable_signature raw;
    // Null nonce function = RFC 6979; libsecp256k1 always emits the low-s form.
    if (secp256k1_ecdsa_sign_recoverable(context(), &raw, digest.data(), secret_.data(), nullptr,
                                         nullptr) != 1) {
        throw Error("cannot sign: private key is not initialised (zero or out of range)");
    }
    std::array<std::uint8_t, 64> compact{};
    int recid = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(context(), compact.data(), &recid,
                                                            &raw);
    Signature sig;
    std::copy(compact.begin(), compact.begin() + 32, sig.r.bytes.begin());
    std::copy(compact.begin() + 32, compact.end(), sig.s.bytes.begin());
    sig.recoveryId = static_cast<std::uint8_t>(recid);
    return sig;
}

std::optional<PrivateKey> PrivateKey::tweakAdd(const Hash32& tweak) const {
    PrivateKey out = *this;
    if (secp256k1_ec_seckey_tweak_add(context(), out.secret_.data(), tweak.data()) != 1) {
        return std::nullopt;
    }
    return out;
}

std::optional<PublicKey> recover(const Hash32& digest, const Signature& sig) {
    // libsecp256k1 aborts (illegal-argument callback) on a recovery id above 3: check first.
    if (sig.recoveryId > 3) {
        return std::nullopt;
    }
    const std::array<std::uint8_t, 64> compact = compactRS(sig);
    secp256k1_ecdsa_recoverable_signature raw;
    if (secp256k1_ecdsa_recoverable_signature_parse_compact(context(), &raw, compact.data(),
                                                            sig.recoveryId) != 1) {
        return std::nullopt;  // r or s not below the group order
    }
    secp256k1_pubkey point;
    if (secp256k1_ecdsa_recover(context(), &point, &raw, digest.data()) != 1) {
        return std::nullopt;
    }
    return PublicKey::parse(serializeUncompressed(point).bytes);
}

std::optional<EthAddress> recoverAddress(const Hash32& digest, const Signature& sig) {
    if (auto key = recover(digest, sig)) {
        return key->ethAddress();
    }
    return std::nullopt;
}

bool verify(const Hash32& digest, const Signature& sig, const PublicKey& key) {
    const std::array<std::uint8_t, 64> compact = compactRS(sig);
    secp256k1_ecdsa_signature raw;
    if (secp256k1_ecdsa_signature_parse_compact(context(), &raw, compact.data()) != 1) {
        return false;
    }
    secp256k1_pubkey point;
    if (!parsePoint(key.uncompressed().bytes, point)) {
        return false;
    }
    // secp256k1_ecdsa_verify itself rejects high-s, so malleated signatures fail here.
    return secp256k1_ecdsa_verify(context(), &raw, digest.data(), &point) == 1;
}

}  // namespace ipc::crypto
