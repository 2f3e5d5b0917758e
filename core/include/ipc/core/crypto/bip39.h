// BIP-39 mnemonic sentences (English wordlist): generation, validation and the wallet seed.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "ipc/core/primitives/bytes.h"

namespace ipc::crypto {

// The 2048 words of the standard English list, sorted, index = 11-bit value.
const std::array<std::string_view, 2048>& bip39EnglishWordlist();

// A new mnemonic from the OS random source: 12, 15, 18, 21 or 24 words (128..256 bits of
// entropy plus checksum). Throws Error for any other word count.
std::string generateMnemonic(int words = 12);

// The mnemonic for given entropy (16, 20, 24, 28 or 32 bytes). Throws ParseError.
std::string entropyToMnemonic(ByteView entropy);

// The entropy a mnemonic encodes. Whitespace and case are normalised first. Throws ParseError
// naming an unknown word, a wrong word count or a checksum mismatch.
Bytes mnemonicToEntropy(std::string_view mnemonic);

// Throws ParseError as mnemonicToEntropy does; returns normally when the mnemonic is valid.
void validateMnemonic(std::string_view mnemonic);
bool isValidMnemonic(std::string_view mnemonic);

// Words split on whitespace, lowercased (ASCII) and joined with single spaces.
std::string normalizeMnemonic(std::string_view mnemonic);

// The 64-byte BIP-39 seed: PBKDF2-HMAC-SHA512(normalised mnemonic, "mnemonic" + passphrase,
// 2048 iterations). As BIP-39 specifies, the words are not validated here: callers that take
// user input validate first (deriveEthereumKey does). Non-ASCII passphrases are used as given
// (no NFKD normalisation).
std::array<std::uint8_t, 64> mnemonicToSeed(std::string_view mnemonic,
                                            std::string_view passphrase = "");

}  // namespace ipc::crypto
