// BIP-39 mnemonics: generation, validation and the wallet seed (English wordlist).
#include "ipc/core/crypto/bip39.h"

#include <algorithm>
#include <vector>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/primitives/error.h"

namespace ipc::crypto {
namespace {

constexpr std::array<std::string_view, 2048> kEnglish = {{
#include "bip39_english.inc"
}};
// Word lookup is a binary search, so the embedded list must stay sorted.
static_assert(std::is_sorted(kEnglish.begin(), kEnglish.end()));
static_assert(kEnglish.front() == "abandon" && kEnglish.back() == "zoo");

constexpr int kBitsPerWord = 11;

bool isValidWordCount(std::size_t words) {
    return words >= 12 && words <= 24 && words % 3 == 0;
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::vector<std::string> splitWords(std::string_view text) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text[i])) {
            ++i;
        }
        std::string word;
        while (i < text.size() && !isSpace(text[i])) {
            const char c = text[i++];
            word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        }
        if (!word.empty()) {
            words.push_back(std::move(word));
        }
    }
    return words;
}

bool bitAt(ByteView bytes, std::size_t bit) {
    return (bytes[bit / 8] >> (7 - bit % 8)) & 1;
}

}  // namespace

const std::array<std::string_view, 2048>& bip39EnglishWordlist() {
    return kEnglish;
}

std::string entropyToMnemonic(ByteView entropy) {
    if (entropy.size() < 16 || entropy.size() > 32 || entropy.size() % 4 != 0) {
        throw ParseError("mnemonic entropy must be 16, 20, 24, 28 or 32 bytes, got " +
                         std::to_string(entropy.size()));
    }
    // entropy || first (ENT / 32) bits of SHA-256(entropy): at most 8 bits, so one byte.
    Bytes bits(entropy.begin(), entropy.end());
    bits.push_back(sha256(entropy).bytes[0]);
    const std::size_t words = (entropy.size() * 8 + entropy.size() / 4) / kBitsPerWord;

    std::string out;
    for (std::size_t w = 0; w < words; ++w) {
        std::size_t index = 0;
        for (int b = 0; b < kBitsPerWord; ++b) {
            index = (index << 1) | (bitAt(bits, w * kBitsPerWord + b) ? 1 : 0);
        }
        if (w > 0) {
            out.push_back(' ');
        }
        out.append(kEnglish[index]);
    }
    OPENSSL_cleanse(bits.data(), bits.size());
    return out;
}

Bytes mnemonicToEntropy(std::string_view mnemonic) {
    const std::vector<std::string> words = splitWords(mnemonic);
    if (!isValidWordCount(words.size())) {
        throw ParseError("a mnemonic has 12, 15, 18, 21 or 24 words; this one has " +
                         std::to_string(words.size()));
    }
    const std::size_t totalBits = words.size() * kBitsPerWord;
    const std::size_t checksumBits = totalBits / 33;
    const std::size_t entropyBytes = (totalBits - checksumBits) / 8;

    Bytes bits((totalBits + 7) / 8, 0);
    for (std::size_t w = 0; w < words.size(); ++w) {
        const auto it = std::lower_bound(kEnglish.begin(), kEnglish.end(), words[w]);
        if (it == kEnglish.end() || *it != words[w]) {
            throw ParseError("unknown mnemonic word '" + words[w] + "' (word " +
                             std::to_string(w + 1) + " of " + std::to_string(words.size()) + ")");
        }
        const auto index = static_cast<std::size_t>(it - kEnglish.begin());
        for (int b = 0; b < kBitsPerWord; ++b) {
            if ((index >> (kBitsPerWord - 1 - b)) & 1) {
                const std::size_t bit = w * kBitsPerWord + static_cast<std::size_t>(b);
                bits[bit / 8] = static_cast<std::uint8_t>(bits[bit / 8] | (0x80 >> (bit % 8)));
            }
        }
    }

    Bytes entropy(bits.begin(), bits.begin() + static_cast<std::ptrdiff_t>(entropyBytes));
    const Hash32 digest = sha256(entropy);
    bool checksumOk = true;
    for (std::size_t b = 0; b < checksumBits; ++b) {
        checksumOk = checksumOk && bitAt(bits, entropyBytes * 8 + b) == bitAt(digest.bytes, b);
    }
    OPENSSL_cleanse(bits.data(), bits.size());
    if (!checksumOk) {
        OPENSSL_cleanse(entropy.data(), entropy.size());
        throw ParseError(
            "mnemonic checksum does not match: a word is wrong or the words are out of order");
    }
    return entropy;
}

void validateMnemonic(std::string_view mnemonic) {
    Bytes entropy = mnemonicToEntropy(mnemonic);
    OPENSSL_cleanse(entropy.data(), entropy.size());
}

bool isValidMnemonic(std::string_view mnemonic) {
    try {
        validateMnemonic(mnemonic);
        return true;
    } catch (const ParseError&) {
        return false;
    }
}

std::string generateMnemonic(int words) {
    if (words < 0 || !isValidWordCount(static_cast<std::size_t>(words))) {
        throw Error("a mnemonic has 12, 15, 18, 21 or 24 words, not " + std::to_string(words));
    }
    Bytes entropy(static_cast<std::size_t>(words) * 4 / 3);
    if (RAND_bytes(entropy.data(), static_cast<int>(entropy.size())) != 1) {
        throw Error("cannot read the OS random source for a mnemonic");
    }
    std::string mnemonic = entropyToMnemonic(entropy);
    OPENSSL_cleanse(entropy.data(), entropy.size());
    return mnemonic;
}

std::string normalizeMnemonic(std::string_view mnemonic) {
    std::string out;
    for (const std::string& word : splitWords(mnemonic)) {
        if (!out.empty()) {
            out.push_back(' ');
        }
        out.append(word);
    }
    return out;
}

std::array<std::uint8_t, 64> mnemonicToSeed(std::string_view mnemonic,
                                            std::string_view passphrase) {
    std::string password = normalizeMnemonic(mnemonic);
    std::string salt = "mnemonic";
    salt.append(passphrase);
    std::array<std::uint8_t, 64> seed{};
    const int ok = PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                                     reinterpret_cast<const unsigned char*>(salt.data()),
                                     static_cast<int>(salt.size()), 2048, EVP_sha512(),
                                     static_cast<int>(seed.size()), seed.data());
    OPENSSL_cleanse(password.data(), password.size());
    OPENSSL_cleanse(salt.data(), salt.size());
    if (ok != 1) {
        throw Error("PBKDF2-HMAC-SHA512 failed while deriving the BIP-39 seed");
    }
    return seed;
}

}  // namespace ipc::crypto
