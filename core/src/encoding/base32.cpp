// RFC 4648 base32 as Filecoin writes address payloads (lowercase, no padding).
#include "ipc/core/encoding/base32.h"

#include <cstdint>
#include <string>

#include "ipc/core/primitives/error.h"

namespace ipc::base32 {

namespace {

constexpr std::string_view kAlphabet = "abcdefghijklmnopqrstuvwxyz234567";

int symbolValue(char c) {
    if (c >= 'a' && c <= 'z') {
        return c - 'a';
    }
    if (c >= '2' && c <= '7') {
        return c - '2' + 26;
    }
    return -1;
}

std::string describe(char c) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x21 && u < 0x7f) {
        return std::string("'") + c + "'";
    }
    return "byte " + std::to_string(u);
}

}  // namespace

std::string encode(ByteView data) {
    std::string out;
    out.reserve((data.size() * 8 + 4) / 5);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::uint8_t byte : data) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += kAlphabet[(buffer >> bits) & 0x1f];
        }
    }
    if (bits > 0) {
        out += kAlphabet[(buffer << (5 - bits)) & 0x1f];
    }
    return out;
}

Bytes decode(std::string_view text) {
    // 8 characters carry 5 bytes; a tail of 1, 3 or 6 characters is not the encoding of any bytes.
    const std::size_t tail = text.size() % 8;
    if (tail == 1 || tail == 3 || tail == 6) {
        throw ParseError("invalid base32 length " + std::to_string(text.size()));
    }
    Bytes out;
    out.reserve(text.size() * 5 / 8);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const int v = symbolValue(text[i]);
        if (v < 0) {
            throw ParseError("invalid base32 character " + describe(text[i]) + " at position " +
                             std::to_string(i) + " (expected lowercase a-z or 2-7)");
        }
        buffer = (buffer << 5) | static_cast<std::uint32_t>(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<std::uint8_t>(buffer >> bits));
        }
        buffer &= (1u << bits) - 1;
    }
    if (buffer != 0) {
        throw ParseError("non-canonical base32: unused trailing bits are not zero");
    }
    return out;
}

}  // namespace ipc::base32
