// Unsigned LEB128 varints, as Filecoin's ID and delegated addresses use them.
#include "ipc/core/encoding/leb128.h"

#include <string>

#include "ipc/core/primitives/error.h"

namespace ipc::leb128 {

void encodeTo(Bytes& out, std::uint64_t value) {
    do {
        std::uint8_t byte = value & 0x7f;
        value >>= 7;
        if (value != 0) {
            byte |= 0x80;
        }
        out.push_back(byte);
    } while (value != 0);
}

Bytes encode(std::uint64_t value) {
    Bytes out;
    encodeTo(out, value);
    return out;
}

Decoded decodePrefix(ByteView data) {
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < data.size(); ++i) {
        const std::uint8_t byte = data[i];
        const unsigned shift = static_cast<unsigned>(7 * i);
        // The 10th byte holds bit 63 only.
        if (i == 9 && (byte & 0x7e) != 0) {
            throw ParseError("LEB128 varint overflows 64 bits");
        }
        value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0) {
            if (byte == 0 && i > 0) {
                throw ParseError("non-minimal LEB128 varint (trailing zero byte)");
            }
            return Decoded{value, i + 1};
        }
        if (i == 9) {
            throw ParseError("LEB128 varint overflows 64 bits");
        }
    }
    throw ParseError(data.empty() ? "empty LEB128 varint" : "truncated LEB128 varint");
}

std::uint64_t decode(ByteView data) {
    const Decoded d = decodePrefix(data);
    if (d.length != data.size()) {
        throw ParseError(std::to_string(data.size() - d.length) +
                         " trailing byte(s) after LEB128 varint");
    }
    return d.value;
}

}  // namespace ipc::leb128
