// Byte strings, hex text and fixed-size byte arrays.
#include "ipc/core/primitives/bytes.h"

#include "ipc/core/primitives/error.h"

namespace ipc {

namespace {
int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
}  // namespace

std::string toHex(ByteView bytes, bool prefix) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2 + 2);
    if (prefix) out += "0x";
    for (std::uint8_t b : bytes) {
        out += kDigits[b >> 4];
        out += kDigits[b & 0x0f];
    }
    return out;
}

Bytes fromHex(std::string_view text) {
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        text.remove_prefix(2);
    }
    if (text.size() % 2 != 0) {
        throw ParseError("hex string has an odd number of digits (" + std::to_string(text.size()) +
                         ")");
    }
    Bytes out(text.size() / 2);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int hi = hexValue(text[2 * i]);
        const int lo = hexValue(text[2 * i + 1]);
        if (hi < 0 || lo < 0) {
            const std::size_t bad = hi < 0 ? 2 * i : 2 * i + 1;
            throw ParseError("not a hex digit at position " + std::to_string(bad) + ": '" +
                             std::string(1, text[bad]) + "'");
        }
        out[i] = static_cast<std::uint8_t>(hi << 4 | lo);
    }
    return out;
}

bool isHexString(std::string_view text) {
    if (text.size() < 2 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X')) return false;
    for (std::size_t i = 2; i < text.size(); ++i) {
        if (hexValue(text[i]) < 0) return false;
    }
    return true;
}

std::string fixedSizeMismatch(std::size_t expected, std::size_t got) {
    return "expected " + std::to_string(expected) + " bytes, got " + std::to_string(got);
}

}  // namespace ipc
