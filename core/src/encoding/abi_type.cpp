// ABI types: parsing Solidity's canonical type text and the Type model (sizes, canonical form).
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ipc/core/encoding/abi.h"
#include "ipc/core/primitives/error.h"

namespace ipc::abi {

namespace {

constexpr std::size_t kWord = 32;
// Type text nested deeper than this is rejected before it can exhaust the stack.
constexpr int kMaxTypeDepth = 64;
// A static type bigger than this is a typo or an attack, not a contract interface.
constexpr std::size_t kMaxStaticSize = std::size_t{1} << 32;

bool isEmptyTuple(const Type& t) {
    return t.kind() == Type::Kind::Tuple && t.size() == 0;
}

void rejectEmptyTuple(const Type& t, const char* where) {
    if (isEmptyTuple(t)) {
        throw ParseError(std::string("ABI: the empty tuple () cannot be ") + where);
    }
}

std::size_t checkedStaticSize(std::size_t a, std::size_t count) {
    if (count != 0 && a > kMaxStaticSize / count) {
        throw ParseError("ABI: static type larger than 4 GiB");
    }
    return a * count;
}

// ---- Type text parser ----

class TypeParser {
public:
    explicit TypeParser(std::string_view text) : text_(text) {}

    Type parseAll() {
        Type t = parseType(0);
        if (pos_ != text_.size()) {
            fail("unexpected '" + std::string(1, text_[pos_]) + "'");
        }
        return t;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw ParseError("ABI type '" + std::string(text_.substr(0, 200)) + "': " + what +
                         " at position " + std::to_string(pos_));
    }

    bool peek(char c) const { return pos_ < text_.size() && text_[pos_] == c; }

    void expect(char c) {
        if (!peek(c)) {
            fail(std::string("expected '") + c + "'");
        }
        ++pos_;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    // Decimal without leading zeros, at most `maxDigits` digits; empty when there are no digits.
    std::string_view takeNumber(std::size_t maxDigits) {
        const std::size_t start = pos_;
        while (pos_ < text_.size() && isDigit(text_[pos_])) {
            ++pos_;
        }
        const std::string_view digits = text_.substr(start, pos_ - start);
        if (digits.size() > 1 && digits[0] == '0') {
            fail("number with a leading zero");
        }
        if (digits.size() > maxDigits) {
            fail("number too large");
        }
        return digits;
    }

    static std::size_t toSize(std::string_view digits) {
        std::size_t v = 0;
        for (char c : digits) {
            v = v * 10 + static_cast<std::size_t>(c - '0');
        }
        return v;
    }

    Type parseType(int depth) {
        if (depth > kMaxTypeDepth) {
            fail("nested deeper than " + std::to_string(kMaxTypeDepth) + " levels");
        }
        Type t = peek('(') ? parseTuple(depth) : parseElementary();
        while (peek('[')) {
            if (++depth > kMaxTypeDepth) {
                fail("nested deeper than " + std::to_string(kMaxTypeDepth) + " levels");
            }
            ++pos_;
            const std::string_view digits = takeNumber(9);
            expect(']');
            if (digits.empty()) {
                t = Type::array(std::move(t));
            } else {
                t = Type::fixedArray(std::move(t), toSize(digits));
            }
        }
        return t;
    }

    Type parseTuple(int depth) {
        expect('(');
        std::vector<Type> components;
        if (!peek(')')) {
            components.push_back(parseType(depth + 1));
            while (peek(',')) {
                ++pos_;
                components.push_back(parseType(depth + 1));
            }
        }
        expect(')');
        return Type::tuple(std::move(components));
    }

    Type parseElementary() {
        const std::size_t start = pos_;
        while (pos_ < text_.size() && text_[pos_] >= 'a' && text_[pos_] <= 'z') {
            ++pos_;
        }
        const std::string_view name = text_.substr(start, pos_ - start);
        if (name.empty()) {
            fail("expected a type");
        }
        const std::string_view digits = takeNumber(3);
        const bool sized = !digits.empty();
        const std::size_t n = toSize(digits);
        if (name == "uint" || name == "int") {
            const unsigned bits = sized ? static_cast<unsigned>(n) : 256u;
            if (bits < 8 || bits > 256 || bits % 8 != 0) {
                fail("integer width must be a multiple of 8 in 8..256");
            }
            return name == "uint" ? Type::uintN(bits) : Type::intN(bits);
        }
        if (name == "bytes") {
            if (!sized)
                return Type::bytes();
            if (n < 1 || n > 32) {
                fail("bytesN needs N in 1..32");
            }
            return Type::fixedBytes(n);
        }
        if (!sized) {
            if (name == "address")
                return Type::address();
            if (name == "bool")
                return Type::boolean();
            if (name == "string")
                return Type::string();
        }
        fail("unknown type '" + std::string(text_.substr(start, pos_ - start)) + "'");
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

}  // namespace

// ---- Type ----

Type::Type(Kind kind, unsigned bits, std::size_t size, std::vector<Type> children)
    : kind_(kind), bits_(bits), size_(size), children_(std::move(children)) {
    switch (kind_) {
        case Kind::Bytes:
        case Kind::String:
        case Kind::Array:
            dynamic_ = true;
            headSize_ = kWord;
            break;
        case Kind::FixedArray:
            dynamic_ = children_[0].isDynamic();
            headSize_ = dynamic_ ? kWord : checkedStaticSize(children_[0].headSize(), size_);
            break;
        case Kind::Tuple: {
            std::size_t total = 0;
            for (const Type& c : children_) {
                dynamic_ = dynamic_ || c.isDynamic();
                total += c.headSize();
                if (total > kMaxStaticSize) {
                    throw ParseError("ABI: static type larger than 4 GiB");
                }
            }
            headSize_ = dynamic_ ? kWord : total;
            break;
        }
        default:
            headSize_ = kWord;
            break;
    }
}

Type Type::parse(std::string_view text) {
    return TypeParser(text).parseAll();
}

Type Type::uintN(unsigned bits) {
    if (bits < 8 || bits > 256 || bits % 8 != 0) {
        throw ParseError("ABI: uint width must be a multiple of 8 in 8..256, got " +
                         std::to_string(bits));
    }
    return Type(Kind::Uint, bits, 0, {});
}

Type Type::intN(unsigned bits) {
    if (bits < 8 || bits > 256 || bits % 8 != 0) {
        throw ParseError("ABI: int width must be a multiple of 8 in 8..256, got " +
                         std::to_string(bits));
    }
    return Type(Kind::Int, bits, 0, {});
}

Type Type::address() {
    return Type(Kind::Address, 0, 0, {});
}

Type Type::boolean() {
    return Type(Kind::Bool, 0, 0, {});
}

Type Type::fixedBytes(std::size_t n) {
    if (n < 1 || n > 32) {
        throw ParseError("ABI: bytesN needs N in 1..32, got " + std::to_string(n));
    }
    return Type(Kind::FixedBytes, 0, n, {});
}

Type Type::bytes() {
    return Type(Kind::Bytes, 0, 0, {});
}

Type Type::string() {
    return Type(Kind::String, 0, 0, {});
}

Type Type::array(Type element) {
    rejectEmptyTuple(element, "an array element");
    std::vector<Type> children;
    children.push_back(std::move(element));
    return Type(Kind::Array, 0, 0, std::move(children));
}

Type Type::fixedArray(Type element, std::size_t length) {
    rejectEmptyTuple(element, "an array element");
    if (length == 0) {
        throw ParseError("ABI: fixed-size array of length 0");
    }
    std::vector<Type> children;
    children.push_back(std::move(element));
    return Type(Kind::FixedArray, 0, length, std::move(children));
}

Type Type::tuple(std::vector<Type> components) {
    for (const Type& c : components) {
        rejectEmptyTuple(c, "a tuple component");
    }
    const std::size_t n = components.size();
    return Type(Kind::Tuple, 0, n, std::move(components));
}

const Type& Type::element() const {
    if (kind_ != Kind::Array && kind_ != Kind::FixedArray) {
        throw ParseError("ABI: " + canonical() + " is not an array type");
    }
    return children_[0];
}

const std::vector<Type>& Type::components() const {
    if (kind_ != Kind::Tuple) {
        throw ParseError("ABI: " + canonical() + " is not a tuple type");
    }
    return children_;
}

std::string Type::canonical() const {
    switch (kind_) {
        case Kind::Uint:
            return "uint" + std::to_string(bits_);
        case Kind::Int:
            return "int" + std::to_string(bits_);
        case Kind::Address:
            return "address";
        case Kind::Bool:
            return "bool";
        case Kind::FixedBytes:
            return "bytes" + std::to_string(size_);
        case Kind::Bytes:
            return "bytes";
        case Kind::String:
            return "string";
        case Kind::Array:
            return children_[0].canonical() + "[]";
        case Kind::FixedArray:
            return children_[0].canonical() + "[" + std::to_string(size_) + "]";
        case Kind::Tuple: {
            std::string out = "(";
            for (std::size_t i = 0; i < children_.size(); ++i) {
                if (i != 0)
                    out += ',';
                out += children_[i].canonical();
            }
            return out + ")";
        }
    }
    return "?";
}

}  // namespace ipc::abi
