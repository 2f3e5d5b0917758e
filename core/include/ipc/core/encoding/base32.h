// RFC 4648 base32 as Filecoin writes address payloads: lowercase alphabet, no padding.
#pragma once

#include <string>
#include <string_view>

#include "ipc/core/primitives/bytes.h"

namespace ipc::base32 {

// Lowercase RFC 4648 base32 without '=' padding.
std::string encode(ByteView data);

// Inverse of encode(). Filecoin addresses are written lowercase, so anything outside
// "a-z2-7" (uppercase, padding, spaces) is rejected, as are lengths no byte string encodes to and
// non-zero unused bits in the last character, so every byte string has exactly one text form.
// Throws ParseError naming the problem.
Bytes decode(std::string_view text);

}  // namespace ipc::base32
