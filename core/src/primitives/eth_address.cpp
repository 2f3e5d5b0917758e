// 20-byte Ethereum addresses with EIP-55 checksummed text.
#include "ipc/core/primitives/eth_address.h"

#include <cctype>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/primitives/error.h"

namespace ipc {

EthAddress EthAddress::parse(std::string_view text) {
    if (text.size() != 42 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X')) {
        throw ParseError("an Ethereum address is 0x followed by 40 hex digits: '" +
                         std::string(text.substr(0, 64)) + "'");
    }
    const auto bytes = fromHex(text);
    EthAddress addr = fromBytes(bytes);
    const std::string_view digits = text.substr(2);
    bool hasLower = false;
    bool hasUpper = false;
    for (char c : digits) {
        hasLower |= (c >= 'a' && c <= 'f');
        hasUpper |= (c >= 'A' && c <= 'F');
    }
    if (hasLower && hasUpper && addr.toChecksumHex().substr(2) != digits) {
        throw ParseError("bad EIP-55 checksum in address " + std::string(text) + " (expected " +
                         addr.toChecksumHex() + ")");
    }
    return addr;
}

EthAddress EthAddress::fromWord(const Hash32& word) {
    return fromBytes(ByteView(word.bytes).subspan(12));
}

std::string EthAddress::toChecksumHex() const {
    const std::string lower = bytes_.hex(false);
    const Hash32 h = keccak256(std::string_view(lower));
    std::string out = "0x";
    for (std::size_t i = 0; i < lower.size(); ++i) {
        const std::uint8_t nibble = (h.bytes[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0x0f;
        const char c = lower[i];
        out += (c >= 'a' && nibble >= 8) ? static_cast<char>(std::toupper(c)) : c;
    }
    return out;
}

}  // namespace ipc
