// Solidity contract ABI: types parsed from their canonical text, dynamic values, strict
// encoding/decoding, function selectors and call data. This is how the devnet builds and reads
// IPC's gateway and subnet-actor calls (`fund((uint64,address[]),(uint8,bytes))`, checkpoint
// hashes `keccak256(abi.encode(checkpoint))`, subnet keys `keccak256(abi.encode(SubnetID))`).
//
// Top-level convention (the one Solidity uses for parameter lists):
//   encode(Type::parse("(uint64,address[])"), v)  ==  abi.encode(v.root, v.route)
// i.e. a tuple at the top level is the parameter list itself, and a non-tuple type T is encoded
// as the one-element list (T). So abi.encode(x) of a single struct x is
//   encodeSingle(structType, x)  ==  encode(Type::tuple({structType}), Value::tuple({x}))
// which, when the struct is dynamic (has bytes, strings or dynamic arrays anywhere inside),
// starts with a 32-byte offset 0x20 before the struct's own encoding. For a static struct both
// spellings give the same bytes.
//
// Spell it `ipc::abi::` in files that say `using namespace ipc;`: the C++ runtime's <cxxabi.h>
// (pulled in by GoogleTest, Boost...) declares a global `abi` namespace, which makes a bare `abi::`
// ambiguous there.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::abi {

// An ABI type. Empty tuples and zero-length fixed arrays are rejected inside other types (Solidity
// has neither); the empty tuple "()" is allowed on its own, as the parameter list of `f()`.
class Type {
public:
    enum class Kind : std::uint8_t {
        Uint,        // uintN, N in 8..256 step 8
        Int,         // intN
        Address,     // address
        Bool,        // bool
        FixedBytes,  // bytesN, N in 1..32
        Bytes,       // bytes
        String,      // string
        Array,       // T[]
        FixedArray,  // T[k]
        Tuple,       // (T1,...,Tn)
    };

    // Parses canonical type text: "uint256", "bytes32", "address[]", "(uint64,address[])[2]".
    // Accepts the aliases "uint" and "int" (256 bits). No spaces, no names. Nesting is limited
    // to 64 levels. Throws ParseError naming the problem.
    static Type parse(std::string_view text);

    // The empty tuple "()": the parameter list of a function without parameters.
    Type() = default;

    static Type uintN(unsigned bits = 256);
    static Type intN(unsigned bits = 256);
    static Type address();
    static Type boolean();
    static Type fixedBytes(std::size_t n);
    static Type bytes();
    static Type string();
    static Type array(Type element);
    static Type fixedArray(Type element, std::size_t length);
    static Type tuple(std::vector<Type> components);

    Kind kind() const { return kind_; }
    // Bit width of uintN/intN, 0 otherwise.
    unsigned bits() const { return bits_; }
    // N of bytesN, k of T[k], number of components of a tuple; 0 otherwise.
    std::size_t size() const { return size_; }
    // The element type of T[] and T[k]; throws ParseError for other kinds.
    const Type& element() const;
    // The components of a tuple; throws ParseError for other kinds.
    const std::vector<Type>& components() const;

    // Dynamic types are encoded out of line, behind an offset.
    bool isDynamic() const { return dynamic_; }
    // Bytes the type takes in the head of an enclosing tuple: 32 for dynamic types.
    std::size_t headSize() const { return headSize_; }
    // The canonical text used in signatures ("uint256", "(uint64,address[])").
    std::string canonical() const;

    bool operator==(const Type&) const = default;

private:
    Type(Kind kind, unsigned bits, std::size_t size, std::vector<Type> children);

    Kind kind_ = Kind::Tuple;
    unsigned bits_ = 0;
    std::size_t size_ = 0;
    std::vector<Type> children_;  // the element of arrays, the components of tuples
    bool dynamic_ = false;
    std::size_t headSize_ = 0;
};

// An ABI value. intN values are kept as their 256-bit two's complement in a Uint value
// (see int64() / asInt64()); the Type decides how a Uint value is encoded.
class Value {
public:
    enum class Kind : std::uint8_t { Uint, Bool, Address, FixedBytes, Bytes, String, Array, Tuple };

    Value() = default;  // uint 0

    static Value uint(const U256& v);
    // Two's complement, for intN types.
    static Value int64(std::int64_t v);
    static Value boolean(bool v);
    static Value address(const EthAddress& a);
    // bytesN; `b` has 1..32 bytes (the type's N must match when encoding).
    static Value fixedBytes(Bytes b);
    static Value bytes32(const Hash32& h);
    static Value bytes(Bytes b);
    static Value string(std::string s);
    static Value array(std::vector<Value> items);
    static Value tuple(std::vector<Value> items);

    Kind kind() const { return kind_; }

    // Typed accessors; each throws ParseError when the value is of another kind.
    const U256& asUint() const;
    // Throws ParseError when the value does not fit (decoded data is untrusted).
    std::uint64_t asUint64() const;
    std::int64_t asInt64() const;
    bool asBool() const;
    const EthAddress& asAddress() const;
    // The bytes of a Bytes or FixedBytes value.
    const Bytes& asBytes() const;
    // A FixedBytes or Bytes value of exactly 32 bytes.
    Hash32 asBytes32() const;
    const std::string& asString() const;
    // The items of an Array or Tuple value.
    const std::vector<Value>& asList() const;
    // asList().at(i), throwing ParseError when out of range.
    const Value& at(std::size_t i) const;

    bool operator==(const Value&) const = default;

private:
    using Data = std::variant<U256, bool, EthAddress, Bytes, std::string, std::vector<Value>>;
    Value(Kind kind, Data data) : kind_(kind), data_(std::move(data)) {}

    Kind kind_ = Kind::Uint;
    Data data_;
};

// Encodes `value` as `type` with the top-level convention above. Throws ParseError when the value
// does not match the type (kind, tuple/array length, integer range, bytesN length).
Bytes encode(const Type& type, const Value& value);
// abi.encode(value) for one value of any type (wraps it in a one-element parameter list).
Bytes encodeSingle(const Type& type, const Value& value);

// Strict inverse of encode(): offsets and lengths must lie inside `data`, bool is 0 or 1, unused
// high bits of uintN/address, sign extension of intN and padding of bytesN/bytes/string must be
// clean. Memory stays proportional to data.size() even for hostile input (inputs whose offsets
// make regions decode more than once beyond what their size could canonically hold are
// rejected). Bytes after the parameter list are ignored, as Solidity does. Throws ParseError.
Value decode(const Type& type, ByteView data);
// Inverse of encodeSingle().
Value decodeSingle(const Type& type, ByteView data);

// A function signature "name(T1,...,Tn)": the name plus its parameter list as a tuple type.
struct FunctionSignature {
    std::string name;
    Type params;  // always a tuple

    // Throws ParseError; the types may use the uint/int aliases, canonical() spells them out.
    static FunctionSignature parse(std::string_view text);
    std::string canonical() const;
    FixedBytes<4> selector() const;
};

// The first 4 bytes of keccak256 of the signature text, hashed as given (pass canonical text).
FixedBytes<4> selector(std::string_view canonicalSignature);

// Call data: selector of the canonicalised signature followed by the encoded arguments.
// Throws ParseError for a bad signature, a wrong argument count or mismatching values.
Bytes encodeCall(std::string_view signature, const std::vector<Value>& args);
// Checks the selector and decodes the arguments of `callData` for `signature`.
std::vector<Value> decodeCall(std::string_view signature, ByteView callData);

}  // namespace ipc::abi
