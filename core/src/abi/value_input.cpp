// ABI values from the text people type into a contract's forms (value_input.h).
#include "ipc/core/abi/value_input.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/eth_address.h"

namespace ipc::abi {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

// The input, cut to a length an error message can show.
std::string shown(std::string_view text) {
    constexpr std::size_t kMax = 48;
    if (text.size() <= kMax)
        return std::string(text);
    return std::string(text.substr(0, kMax)) + "…";
}

bool isHexPrefixed(std::string_view s) {
    return s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
}

U256 powerOfTwo(unsigned n) {
    std::array<std::uint64_t, 4> limbs{};
    limbs[n / 64] = std::uint64_t{1} << (n % 64);
    return U256::fromLimbs(limbs);
}

U256 number(std::string_view text, const Type& type) {
    const bool hex = isHexPrefixed(text);
    const std::string_view digits = hex ? text.substr(2) : text;
    const bool ok = !digits.empty() && std::all_of(digits.begin(), digits.end(), [&](char c) {
        return hex ? std::isxdigit(static_cast<unsigned char>(c)) != 0
                   : std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
    if (!ok) {
        throw ParseError("expected a " + type.canonical() + " (decimal digits or 0x hex), got '" +
                         shown(text) + "'");
    }
    try {
        return U256::parse(text);
    } catch (const ParseError&) {
        throw ParseError(shown(text) + " does not fit in " + type.canonical());
    }
}

Bytes hexBytes(std::string_view text, const Type& type) {
    if (!isHexPrefixed(text) || text.size() % 2 != 0) {
        throw ParseError("expected " + type.canonical() +
                         " as 0x and an even number of hex digits, got '" + shown(text) + "'");
    }
    try {
        return fromHex(text);
    } catch (const ParseError&) {
        throw ParseError("'" + shown(text) + "' is not hex");
    }
}

Value scalar(const Type& type, std::string_view text) {
    switch (type.kind()) {
        case Type::Kind::Uint: {
            const U256 v = number(text, type);
            if (v.bitLength() > type.bits())
                throw ParseError(shown(text) + " does not fit in " + type.canonical());
            return Value::uint(v);
        }
        case Type::Kind::Int: {
            const bool negative = !text.empty() && text.front() == '-';
            const U256 magnitude = number(negative ? text.substr(1) : text, type);
            // intN holds -2^(N-1) .. 2^(N-1)-1.
            const U256 limit = powerOfTwo(type.bits() - 1);
            if (negative ? magnitude > limit : magnitude >= limit)
                throw ParseError(shown(text) + " does not fit in " + type.canonical());
            if (!negative || magnitude.isZero())
                return Value::uint(magnitude);
            return Value::uint(U256::max() - (magnitude - U256(1)));
        }
        case Type::Kind::Address: {
            if (!isHexPrefixed(text) || text.size() != 42) {
                throw ParseError("expected an address (0x and 40 hex digits), got '" + shown(text) +
                                 "'");
            }
            try {
                return Value::address(EthAddress::parse(text));
            } catch (const ParseError& e) {
                throw ParseError("'" + shown(text) + "' is not an address: " + e.what());
            }
        }
        case Type::Kind::Bool:
            if (text == "true" || text == "false")
                return Value::boolean(text == "true");
            throw ParseError("expected true or false, got '" + shown(text) + "'");
        case Type::Kind::FixedBytes: {
            Bytes b = hexBytes(text, type);
            if (b.size() != type.size()) {
                throw ParseError("expected " + type.canonical() + " (" +
                                 std::to_string(type.size()) + " bytes), got " +
                                 std::to_string(b.size()) + " bytes");
            }
            return Value::fixedBytes(std::move(b));
        }
        case Type::Kind::Bytes:
            return Value::bytes(hexBytes(text, type));
        case Type::Kind::String:
            return Value::string(std::string(text));
        default:
            break;
    }
    throw ParseError("expected " + type.canonical());
}

// A cursor over list text: `[a, [b, c], "d"]`.
class ListReader {
public:
    explicit ListReader(std::string_view text) : s_(text) {}

    Value read(const Type& type, int depth) {
        if (depth > 64)
            throw ParseError("lists nested too deeply");
        skipSpace();
        switch (type.kind()) {
            case Type::Kind::Array:
            case Type::Kind::FixedArray:
            case Type::Kind::Tuple:
                return list(type, depth);
            case Type::Kind::String:
                if (peek() == '"')
                    return Value::string(quoted());
                return scalar(type, token());
            default:
                return scalar(type, token());
        }
    }

    void expectEnd() {
        skipSpace();
        if (pos_ != s_.size())
            throw ParseError("unexpected '" + shown(s_.substr(pos_)) + "' after the value");
    }

private:
    char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }
    void skipSpace() {
        while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_])))
            ++pos_;
    }

    Value list(const Type& type, int depth) {
        const char open = peek();
        if (open != '[' && open != '(') {
            throw ParseError("expected " + type.canonical() + " in brackets, like " +
                             inputHint(type));
        }
        const char close = open == '[' ? ']' : ')';
        ++pos_;
        std::vector<Value> items;
        skipSpace();
        if (peek() == close) {
            ++pos_;
        } else {
            while (true) {
                const Type& item = type.kind() == Type::Kind::Tuple ? component(type, items.size())
                                                                    : type.element();
                items.push_back(read(item, depth + 1));
                skipSpace();
                if (peek() == ',') {
                    ++pos_;
                    continue;
                }
                if (peek() == close) {
                    ++pos_;
                    break;
                }
                throw ParseError(std::string("expected ',' or '") + close + "' in " +
                                 type.canonical());
            }
        }
        if (type.kind() == Type::Kind::Array)
            return Value::array(std::move(items));
        const std::size_t want =
            type.kind() == Type::Kind::Tuple ? type.components().size() : type.size();
        if (items.size() != want) {
            throw ParseError(type.canonical() + " takes " + std::to_string(want) + " items, got " +
                             std::to_string(items.size()));
        }
        return type.kind() == Type::Kind::Tuple ? Value::tuple(std::move(items))
                                                : Value::array(std::move(items));
    }

    static const Type& component(const Type& tuple, std::size_t i) {
        if (i >= tuple.components().size()) {
            throw ParseError(tuple.canonical() + " takes " +
                             std::to_string(tuple.components().size()) + " items");
        }
        return tuple.components()[i];
    }

    std::string_view token() {
        const std::size_t start = pos_;
        while (pos_ < s_.size() && s_[pos_] != ',' && s_[pos_] != ']' && s_[pos_] != ')')
            ++pos_;
        return trim(s_.substr(start, pos_ - start));
    }

    std::string quoted() {
        ++pos_;  // the opening quote
        std::string out;
        while (pos_ < s_.size()) {
            const char c = s_[pos_++];
            if (c == '"')
                return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (pos_ >= s_.size())
                break;
            const char e = s_[pos_++];
            switch (e) {
                case 'n':
                    out += '\n';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'r':
                    out += '\r';
                    break;
                default:
                    out += e;  // \" \\ \/
            }
        }
        throw ParseError("a quoted string is not closed");
    }

    std::string_view s_;
    std::size_t pos_ = 0;
};

}  // namespace

Value parseValue(const Type& type, std::string_view text) {
    switch (type.kind()) {
        case Type::Kind::String:
            return Value::string(std::string(text));  // as typed, spaces included
        case Type::Kind::Array:
        case Type::Kind::FixedArray:
        case Type::Kind::Tuple: {
            ListReader r(text);
            Value v = r.read(type, 0);
            r.expectEnd();
            return v;
        }
        default:
            return scalar(type, trim(text));
    }
}

std::vector<Value> parseArguments(const Type& params, const std::vector<std::string>& texts,
                                  const std::vector<std::string>& names) {
    const auto& types = params.components();
    if (texts.size() != types.size()) {
        throw ParseError("expected " + std::to_string(types.size()) + " arguments, got " +
                         std::to_string(texts.size()));
    }
    std::vector<Value> out;
    out.reserve(types.size());
    for (std::size_t i = 0; i < types.size(); ++i) {
        try {
            out.push_back(parseValue(types[i], texts[i]));
        } catch (const ParseError& e) {
            const std::string who = i < names.size() && !names[i].empty()
                                        ? "'" + names[i] + "'"
                                        : "argument " + std::to_string(i + 1);
            throw ParseError(who + ": " + e.what());
        }
    }
    return out;
}

std::string inputHint(const Type& type) {
    switch (type.kind()) {
        case Type::Kind::Address:
            return "address (0x…)";
        case Type::Kind::FixedBytes:
        case Type::Kind::Bytes:
            return type.canonical() + " (0x…)";
        case Type::Kind::Bool:
            return "bool (true or false)";
        case Type::Kind::Array:
            return "[" + inputHint(type.element()) + ", …]";
        case Type::Kind::FixedArray:
            return type.canonical() + ": [" + inputHint(type.element()) + ", …]";
        case Type::Kind::Tuple: {
            std::string out = "[";
            for (std::size_t i = 0; i < type.components().size(); ++i)
                out += (i == 0 ? "" : ", ") + type.components()[i].canonical();
            return out + "]";
        }
        default:
            return type.canonical();
    }
}

}  // namespace ipc::abi
