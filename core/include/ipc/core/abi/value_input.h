// ABI values typed by people: the arguments of a contract's functions as a form takes them.
// Numbers in decimal or 0x hex (intN may be negative), addresses as 0x + 40 hex digits, bools as
// true/false, bytes and bytesN as 0x hex, strings as typed. Arrays and tuples are written in
// brackets, `[1, 2, 3]` or `[0x…, [true, "a, b"]]`, where strings inside a list are quoted as in
// JSON. What does not fit the type is a ParseError saying what was expected.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ipc/core/encoding/abi.h"

namespace ipc::abi {

// One argument of `type` from its text. Throws ParseError.
Value parseValue(const Type& type, std::string_view text);

// The arguments of a function whose parameters are the tuple `params`, one text each. Throws
// ParseError naming the argument (by `names[i]` when given, else its position) that is wrong.
std::vector<Value> parseArguments(const Type& params, const std::vector<std::string>& texts,
                                  const std::vector<std::string>& names = {});

// What a form shows in an empty field of `type`: "uint256", "address (0x…)", "[uint256, …]".
std::string inputHint(const Type& type);

}  // namespace ipc::abi
