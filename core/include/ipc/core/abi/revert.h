// Revert data as people read it: the one place that turns the bytes a failed EVM call returns
// into text. Error(string) gives its reason, Panic(uint256) its code with what Solidity means by
// it, a custom error its name and arguments when an ErrorRegistry knows its selector, anything
// else the raw data. The wording is Hardhat's ("reverted with reason string 'x'", "reverted with
// panic code 0x11 (...)", "reverted with custom error 'Name(1, 2)'"), since that is what
// developers coming to the devnet know. Untrusted data never makes these throw: what does not
// decode is shown raw.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ipc/core/encoding/abi.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::abi {

// Custom errors known by their selector, for decoding revert data. Adding the same signature
// twice is harmless (contracts share errors, from a library for instance); two different
// signatures with one selector are a clash, which lookups report instead of guessing.
class ErrorRegistry {
public:
    // `signature` is "Name(type,...)" (aliases like uint allowed); `where` says where it came
    // from (a contract name or file), for clash reports. Throws ParseError for a bad signature
    // and changes nothing then.
    void add(std::string_view signature, const std::string& where = {});

    struct Entry {
        FunctionSignature signature;
        std::vector<std::string> sources;
    };
    // Every signature with `selector` (empty: unknown; more than one: a clash).
    std::vector<const Entry*> find(const FixedBytes<4>& selector) const;
    // Clashing selectors, one line each: "0x12345678: A(uint256) (X.sol) vs B(bytes32) (Y.sol)".
    std::vector<std::string> clashes() const;
    bool empty() const { return entries_.empty(); }

private:
    std::multimap<FixedBytes<4>, Entry> entries_;
};

// What revert data says.
struct DecodedRevert {
    enum class Kind : std::uint8_t {
        Empty,        // no data: revert() or require(cond) without a message
        ErrorString,  // Error(string)
        Panic,        // Panic(uint256)
        CustomError,  // a selector the registry knows
        Raw,          // anything else, or data that does not decode
    };
    Kind kind = Kind::Empty;
    std::string reason;       // Error(string)'s message
    U256 panicCode;           // Panic(uint256)'s code
    std::string customError;  // "Name(arg, ...)" with decoded arguments
    Bytes data;               // the revert data as given
};

// Never throws. `errors` may be null (no custom errors known).
DecodedRevert decodeRevert(ByteView data, const ErrorRegistry* errors = nullptr);

// Solidity's meaning of a panic code ("Arithmetic operation overflowed outside of an unchecked
// block" for 0x11); empty for codes Solidity does not document.
std::string_view panicMeaning(const U256& code);
// "0x11", as Hardhat spells panic codes.
std::string panicCodeText(const U256& code);

// Hardhat's words for a revert: "reverted with reason string 'x'", "reverted with panic code
// 0x11 (Arithmetic operation overflowed outside of an unchecked block)", "reverted with custom
// error 'Name(1, 2)'", "reverted without a reason", "reverted with an unrecognized custom error
// (return data: 0x...)", and for data too short for a selector "reverted without a reason
// (return data: 0x..)".
std::string describeRevert(ByteView data, const ErrorRegistry* errors = nullptr);

// The error message of a reverted call, as the RPC (eth_call, eth_estimateGas) and receipts give
// it: geth's "execution reverted" alone for empty data and "execution reverted: <reason>" for
// Error(string), and for the rest "execution reverted: " + the decoded text ("panic code 0x11
// (...)", "custom error 'Name(1, 2)'", "unrecognized custom error (return data: 0x...)"), or
// "execution reverted (return data: 0x..)" for data too short for a selector.
std::string revertMessage(ByteView data, const ErrorRegistry* errors = nullptr);

// The values of decoded arguments as Hardhat prints them in custom errors: numbers in decimal,
// addresses checksummed and strings in double quotes, bytes in hex, arrays and tuples in [].
std::string formatValue(const Type& type, const Value& value);

}  // namespace ipc::abi
