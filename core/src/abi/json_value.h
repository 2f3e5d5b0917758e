// A small JSON reader for contract artifacts (core has no JSON library): strict RFC 8259 text
// to a tree of values, nesting limited, errors with the byte offset. Internal to core/src/abi.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ipc::abi::json {

struct Value {
    enum class Kind : std::uint8_t { Null, Bool, Number, String, Array, Object };
    // An object's member. Not std::pair: a pair may not hold the still incomplete Value (libc++
    // and clang refuse what GCC lets pass).
    struct Member;
    Kind kind = Kind::Null;
    bool boolean = false;
    std::string text;  // a string's value, a number's text
    std::vector<Value> items;
    std::vector<Member> members;

    // The member `key` of an object, or null when absent (or this is no object).
    const Value* find(std::string_view key) const;
    bool isString() const { return kind == Kind::String; }
    bool isArray() const { return kind == Kind::Array; }
    bool isObject() const { return kind == Kind::Object; }
};

struct Value::Member {
    std::string key;
    Value value;
};

// Throws ParseError ("... at byte N").
Value parse(std::string_view text);

// A string as JSON.stringify writes it (what Hardhat shows for string arguments).
std::string quote(std::string_view s);

}  // namespace ipc::abi::json
