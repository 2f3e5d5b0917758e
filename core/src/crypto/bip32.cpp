// BIP-32 key derivation and the BIP-44 Ethereum path (MetaMask's, Hardhat's accounts).
#include "ipc/core/crypto/bip32.h"

#include <array>
#include <charconv>
#include <string>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "ipc/core/crypto/bip39.h"
#include "ipc/core/primitives/error.h"

namespace ipc::crypto {
namespace {

// BIP-32 depth is one byte in the serialised key.
constexpr std::size_t kMaxDepth = 255;

// HMAC-SHA512 split into IL (the key material) and IR (the chain code).
ExtendedKey hmacSha512(ByteView key, ByteView data) {
    std::array<std::uint8_t, 64> mac{};
    unsigned int len = 0;
    if (HMAC(EVP_sha512(), key.data(), static_cast<int>(key.size()), data.data(), data.size(),
             mac.data(), &len) == nullptr ||
        len != mac.size()) {
        throw Error("HMAC-SHA512 failed during BIP-32 derivation");
    }
    ExtendedKey out;
    std::copy(mac.begin(), mac.begin() + 32, out.key.bytes.begin());
    std::copy(mac.begin() + 32, mac.end(), out.chainCode.bytes.begin());
    OPENSSL_cleanse(mac.data(), mac.size());
    return out;
}

std::uint32_t parseComponent(std::string_view component, std::string_view path) {
    const auto bad = [&](const std::string& why) {
        return ParseError("bad derivation path '" + std::string(path) + "': component '" +
                          std::string(component) + "' " + why);
    };
    std::string_view digits = component;
    bool hardened = false;
    if (!digits.empty() &&
        (digits.back() == '\'' || digits.back() == 'h' || digits.back() == 'H')) {
        hardened = true;
        digits.remove_suffix(1);
    }
    if (digits.empty()) {
        throw bad("has no index");
    }
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec == std::errc::result_out_of_range) {
        throw bad("is too large (indices are below 2^31)");
    }
    if (ec != std::errc() || end != digits.data() + digits.size()) {
        throw bad("is not a number with an optional ' or h suffix");
    }
    if (value >= kHardenedOffset) {
        throw bad("is too large (indices are below 2^31)");
    }
    const auto index = static_cast<std::uint32_t>(value);
    return hardened ? index + kHardenedOffset : index;
}

}  // namespace

PrivateKey ExtendedKey::privateKey() const {
    return PrivateKey::fromBytes(key.bytes);
}

ExtendedKey masterKeyFromSeed(ByteView seed) {
    if (seed.size() < 16 || seed.size() > 64) {
        throw ParseError("a BIP-32 seed is 16 to 64 bytes, got " + std::to_string(seed.size()));
    }
    static constexpr std::string_view kDomain = "Bitcoin seed";
    ExtendedKey master = hmacSha512(asBytes(kDomain), seed);
    // Same validity rule as any secret key: 0 < IL < n.
    try {
        (void)master.privateKey();
    } catch (const ParseError&) {
        throw Error("this seed gives an invalid BIP-32 master key; use another seed");
    }
    return master;
}

ExtendedKey deriveChild(const ExtendedKey& parent, std::uint32_t index) {
    const PrivateKey parentKey = parent.privateKey();
    Bytes data;
    data.reserve(37);
    if (index >= kHardenedOffset) {
        data.push_back(0x00);
        append(data, parent.key.bytes);
    } else {
        append(data, parentKey.publicKey().compressed().bytes);
    }
    for (int shift = 24; shift >= 0; shift -= 8) {
        data.push_back(static_cast<std::uint8_t>(index >> shift));
    }
    ExtendedKey child = hmacSha512(parent.chainCode.bytes, data);
    OPENSSL_cleanse(data.data(), data.size());

    const auto childKey = parentKey.tweakAdd(child.key);
    if (!childKey) {
        throw Error("BIP-32 child " + std::to_string(index) +
                    " is invalid (IL >= n or a zero key); use the next index");
    }
    child.key = childKey->secret();
    return child;
}

std::vector<std::uint32_t> parseDerivationPath(std::string_view path) {
    if (path.empty() || path.front() != 'm') {
        throw ParseError("bad derivation path '" + std::string(path) + "': it must start with 'm'");
    }
    std::vector<std::uint32_t> indices;
    std::string_view rest = path.substr(1);
    if (rest.empty()) {
        return indices;
    }
    if (rest.front() != '/') {
        throw ParseError("bad derivation path '" + std::string(path) + "': expected '/' after 'm'");
    }
    while (!rest.empty()) {
        rest.remove_prefix(1);  // the '/'
        const std::size_t slash = rest.find('/');
        const std::string_view component = rest.substr(0, slash);
        indices.push_back(parseComponent(component, path));
        if (indices.size() > kMaxDepth) {
            throw ParseError("bad derivation path: more than 255 levels");
        }
        rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
    }
    return indices;
}

ExtendedKey derivePath(const ExtendedKey& master, std::string_view path) {
    ExtendedKey key = master;
    for (const std::uint32_t index : parseDerivationPath(path)) {
        key = deriveChild(key, index);
    }
    return key;
}

PrivateKey deriveEthereumKey(std::string_view mnemonic, std::uint32_t index,
                             std::string_view passphrase) {
    if (index >= kHardenedOffset) {
        throw ParseError("Ethereum account index must be below 2^31, got " + std::to_string(index));
    }
    validateMnemonic(mnemonic);
    std::array<std::uint8_t, 64> seed = mnemonicToSeed(mnemonic, passphrase);
    ExtendedKey key = masterKeyFromSeed(seed);
    OPENSSL_cleanse(seed.data(), seed.size());
    for (const std::uint32_t step :
         {44 + kHardenedOffset, 60 + kHardenedOffset, 0 + kHardenedOffset, 0u, index}) {
        key = deriveChild(key, step);
    }
    return key.privateKey();
}

}  // namespace ipc::crypto
