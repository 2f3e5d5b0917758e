// Unsigned LEB128 varints, as Filecoin uses for ID addresses and delegated-address namespaces.
#pragma once

#include <cstddef>
#include <cstdint>

#include "ipc/core/primitives/bytes.h"

namespace ipc::leb128 {

// At most 10 bytes: 7 value bits per byte, high bit set on every byte but the last.
Bytes encode(std::uint64_t value);
void encodeTo(Bytes& out, std::uint64_t value);

struct Decoded {
    std::uint64_t value = 0;
    std::size_t length = 0;  // bytes consumed
};

// Decodes the varint at the start of `data`; the rest of `data` is left alone. Throws ParseError
// when the input ends inside the varint, the encoding is not minimal (a trailing zero group) or
// the value does not fit 64 bits.
Decoded decodePrefix(ByteView data);

// Decodes a varint that spans all of `data` (trailing bytes are a ParseError).
std::uint64_t decode(ByteView data);

}  // namespace ipc::leb128
