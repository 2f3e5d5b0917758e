// Solidity's contract ABI: values, strict encoding and decoding, selectors and call data.
#include "ipc/core/encoding/abi.h"

#include <array>
#include <limits>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/primitives/error.h"

namespace ipc::abi {

namespace {

constexpr std::size_t kWord = 32;

using Word = std::array<std::uint8_t, kWord>;

// ---- words ----

void appendWord(Bytes& out, const Word& w) {
    out.insert(out.end(), w.begin(), w.end());
}

void appendUint(Bytes& out, const U256& v) {
    appendWord(out, v.toBigEndian());
}

void writeUint(Bytes& out, std::size_t at, const U256& v) {
    const Word w = v.toBigEndian();
    std::copy(w.begin(), w.end(), out.begin() + static_cast<std::ptrdiff_t>(at));
}

std::size_t paddedLength(std::size_t n) {
    return (n + kWord - 1) / kWord * kWord;
}

void appendPadded(Bytes& out, ByteView b) {
    append(out, b);
    out.resize(out.size() + (paddedLength(b.size()) - b.size()), 0);
}

// Bytes above an N-bit unsigned integer are zero.
bool fitsUnsigned(const Word& w, unsigned bits) {
    const std::size_t high = (256 - bits) / 8;
    for (std::size_t i = 0; i < high; ++i) {
        if (w[i] != 0)
            return false;
    }
    return true;
}

// Bytes above an N-bit two's complement integer repeat its sign.
bool fitsSigned(const Word& w, unsigned bits) {
    const std::size_t high = (256 - bits) / 8;
    const std::uint8_t fill = (w[high] & 0x80) != 0 ? 0xff : 0x00;
    for (std::size_t i = 0; i < high; ++i) {
        if (w[i] != fill)
            return false;
    }
    return true;
}

const char* kindName(Value::Kind k) {
    switch (k) {
        case Value::Kind::Uint:
            return "an integer";
        case Value::Kind::Bool:
            return "a bool";
        case Value::Kind::Address:
            return "an address";
        case Value::Kind::FixedBytes:
            return "fixed bytes";
        case Value::Kind::Bytes:
            return "bytes";
        case Value::Kind::String:
            return "a string";
        case Value::Kind::Array:
            return "an array";
        case Value::Kind::Tuple:
            return "a tuple";
    }
    return "?";
}

[[noreturn]] void kindMismatch(const char* wanted, Value::Kind got) {
    throw ParseError(std::string("ABI value: expected ") + wanted + ", got " + kindName(got));
}

// ---- encoder ----

void encodeInto(Bytes& out, const Type& type, const Value& value);

// Head/tail encoding of n consecutive values: static ones inline, dynamic ones behind an offset
// counted from the start of this sequence's head.
template <typename TypeAt, typename ValueAt>
void encodeSequence(Bytes& out, std::size_t n, TypeAt typeAt, ValueAt valueAt) {
    const std::size_t headStart = out.size();
    std::vector<std::pair<std::size_t, std::size_t>> slots;  // (offset slot, index)
    for (std::size_t i = 0; i < n; ++i) {
        const Type& t = typeAt(i);
        if (t.isDynamic()) {
            slots.emplace_back(out.size(), i);
            out.resize(out.size() + kWord, 0);
        } else {
            encodeInto(out, t, valueAt(i));
        }
    }
    for (const auto& [slot, i] : slots) {
        writeUint(out, slot, U256(static_cast<std::uint64_t>(out.size() - headStart)));
        encodeInto(out, typeAt(i), valueAt(i));
    }
}

void checkLength(const Type& type, std::size_t expected, std::size_t got) {
    if (expected != got) {
        throw ParseError("ABI value for " + type.canonical() + " has " + std::to_string(got) +
                         " items, expected " + std::to_string(expected));
    }
}

void encodeInto(Bytes& out, const Type& type, const Value& value) {
    switch (type.kind()) {
        case Type::Kind::Uint: {
            const U256& v = value.asUint();
            if (v.bitLength() > type.bits()) {
                throw ParseError("ABI value " + v.toDecimal() + " does not fit " +
                                 type.canonical());
            }
            appendUint(out, v);
            return;
        }
        case Type::Kind::Int: {
            const Word w = value.asUint().toBigEndian();
            if (!fitsSigned(w, type.bits())) {
                throw ParseError("ABI value " + toHex(w) + " (two's complement) does not fit " +
                                 type.canonical());
            }
            appendWord(out, w);
            return;
        }
        case Type::Kind::Address:
            out.resize(out.size() + 12, 0);
            append(out, value.asAddress().view());
            return;
        case Type::Kind::Bool:
            appendUint(out, U256(value.asBool() ? 1 : 0));
            return;
        case Type::Kind::FixedBytes: {
            const Bytes& b = value.asBytes();
            if (b.size() != type.size()) {
                throw ParseError("ABI value of " + std::to_string(b.size()) + " bytes for type " +
                                 type.canonical());
            }
            appendPadded(out, b);
            return;
        }
        case Type::Kind::Bytes:
        case Type::Kind::String: {
            const ByteView b = type.kind() == Type::Kind::Bytes ? ByteView(value.asBytes())
                                                                : asBytes(value.asString());
            appendUint(out, U256(static_cast<std::uint64_t>(b.size())));
            appendPadded(out, b);
            return;
        }
        case Type::Kind::Array: {
            const auto& items = value.asList();
            appendUint(out, U256(static_cast<std::uint64_t>(items.size())));
            encodeSequence(
                out, items.size(), [&](std::size_t) -> const Type& { return type.element(); },
                [&](std::size_t i) -> const Value& { return items[i]; });
            return;
        }
        case Type::Kind::FixedArray: {
            const auto& items = value.asList();
            checkLength(type, type.size(), items.size());
            encodeSequence(
                out, items.size(), [&](std::size_t) -> const Type& { return type.element(); },
                [&](std::size_t i) -> const Value& { return items[i]; });
            return;
        }
        case Type::Kind::Tuple: {
            const auto& items = value.asList();
            const auto& components = type.components();
            checkLength(type, components.size(), items.size());
            encodeSequence(
                out, items.size(), [&](std::size_t i) -> const Type& { return components[i]; },
                [&](std::size_t i) -> const Value& { return items[i]; });
            return;
        }
    }
}

// ---- decoder ----

class Decoder {
public:
    // A canonical encoding spends at least one word of input per decoded integer, bool, address,
    // bytesN, array length and 32 bytes of byte-string content; the budget enforces that, so
    // offsets that make regions decode repeatedly cannot blow up memory.
    explicit Decoder(ByteView data) : data_(data), budget_(data.size() / kWord) {}

    Value decodeAt(const Type& type, std::size_t start) {
        switch (type.kind()) {
            case Type::Kind::Uint: {
                const Word w = readWord(start);
                if (!fitsUnsigned(w, type.bits())) {
                    fail(type.canonical() + " with dirty high bits", start);
                }
                spend(1, start);
                return Value::uint(U256::fromBigEndian(w));
            }
            case Type::Kind::Int: {
                const Word w = readWord(start);
                if (!fitsSigned(w, type.bits())) {
                    fail(type.canonical() + " without a proper sign extension", start);
                }
                spend(1, start);
                return Value::uint(U256::fromBigEndian(w));
            }
            case Type::Kind::Address: {
                const Word w = readWord(start);
                if (!fitsUnsigned(w, 160)) {
                    fail("address with dirty high bytes", start);
                }
                spend(1, start);
                return Value::address(EthAddress::fromBytes(ByteView(w).subspan(12)));
            }
            case Type::Kind::Bool: {
                const Word w = readWord(start);
                if (!fitsUnsigned(w, 8) || w[31] > 1) {
                    fail("bool that is neither 0 nor 1", start);
                }
                spend(1, start);
                return Value::boolean(w[31] == 1);
            }
            case Type::Kind::FixedBytes: {
                const Word w = readWord(start);
                for (std::size_t i = type.size(); i < kWord; ++i) {
                    if (w[i] != 0) {
                        fail(type.canonical() + " with dirty padding", start);
                    }
                }
                spend(1, start);
                return Value::fixedBytes(Bytes(w.begin(), w.begin() + type.size()));
            }
            case Type::Kind::Bytes:
            case Type::Kind::String: {
                const std::size_t length = readLength(start, 1);
                const std::size_t body = start + kWord;
                const std::size_t padded = paddedLength(length);
                if (padded > data_.size() - body) {
                    fail("padding of " + type.canonical() + " runs past the end", start);
                }
                for (std::size_t i = body + length; i < body + padded; ++i) {
                    if (data_[i] != 0) {
                        fail(type.canonical() + " with dirty padding", start);
                    }
                }
                spend(1 + padded / kWord, start);
                const ByteView content = data_.subspan(body, length);
                if (type.kind() == Type::Kind::String) {
                    return Value::string(std::string(content.begin(), content.end()));
                }
                return Value::bytes(Bytes(content.begin(), content.end()));
            }
            case Type::Kind::Array: {
                const Type& element = type.element();
                const std::size_t length = readLength(start, element.headSize());
                spend(1, start);
                return decodeSequence(
                    length, [&](std::size_t) -> const Type& { return element; },
                    length* element.headSize(), start + kWord, Value::Kind::Array);
            }
            case Type::Kind::FixedArray: {
                const Type& element = type.element();
                const std::size_t unit = element.headSize();
                if (unit == 0 || start > data_.size() ||
                    type.size() > (data_.size() - start) / unit) {
                    fail("truncated data: " + type.canonical() + " does not fit", start);
                }
                return decodeSequence(
                    type.size(), [&](std::size_t) -> const Type& { return element; },
                    type.size() * unit, start, Value::Kind::Array);
            }
            case Type::Kind::Tuple: {
                const auto& components = type.components();
                std::size_t headBytes = 0;
                for (const Type& c : components) {
                    headBytes += c.headSize();  // bounded: Type caps static sizes at 4 GiB
                }
                return decodeSequence(
                    components.size(), [&](std::size_t i) -> const Type& { return components[i]; },
                    headBytes, start, Value::Kind::Tuple);
            }
        }
        fail("unknown type", start);
    }

    // Decodes n consecutive values whose heads take `headBytes` together, starting at `base`.
    template <typename TypeAt>
    Value decodeSequence(std::size_t n, TypeAt typeAt, std::size_t headBytes, std::size_t base,
                         Value::Kind kind) {
        // The whole head must be present before anything is allocated for it.
        if (base > data_.size() || headBytes > data_.size() - base) {
            fail("truncated data: the head of " + std::to_string(n) + " values does not fit", base);
        }
        std::vector<Value> items;
        items.reserve(n);
        std::size_t headPos = base;
        for (std::size_t i = 0; i < n; ++i) {
            const Type& t = typeAt(i);
            if (t.isDynamic()) {
                items.push_back(decodeAt(t, base + readOffset(headPos, base)));
            } else {
                items.push_back(decodeAt(t, headPos));
            }
            headPos += t.headSize();
        }
        return kind == Value::Kind::Array ? Value::array(std::move(items))
                                          : Value::tuple(std::move(items));
    }

private:
    [[noreturn]] static void fail(const std::string& what, std::size_t pos) {
        throw ParseError("ABI decode: " + what + " at offset " + std::to_string(pos));
    }

    Word readWord(std::size_t pos) const {
        if (pos > data_.size() || data_.size() - pos < kWord) {
            fail("truncated data, expected a 32-byte word", pos);
        }
        Word w;
        std::copy_n(data_.begin() + static_cast<std::ptrdiff_t>(pos), kWord, w.begin());
        return w;
    }

    // A word used as a byte count or index; anything above 2^64 is out of range anyway.
    std::uint64_t readSmall(std::size_t pos, const char* what) const {
        const Word w = readWord(pos);
        if (!fitsUnsigned(w, 64)) {
            fail(std::string(what) + " out of range", pos);
        }
        return U256::fromBigEndian(w).toUint64();
    }

    // Offset of a dynamic value, relative to the start of the enclosing head.
    std::size_t readOffset(std::size_t pos, std::size_t base) const {
        const std::uint64_t offset = readSmall(pos, "offset");
        if (offset > data_.size() - base) {
            fail("offset " + std::to_string(offset) + " points past the end", pos);
        }
        return static_cast<std::size_t>(offset);
    }

    // Length word at `pos` of items that take at least `unit` bytes each after the word.
    std::size_t readLength(std::size_t pos, std::size_t unit) const {
        const std::uint64_t length = readSmall(pos, "length");
        const std::size_t available = data_.size() - pos - kWord;
        if (unit == 0 || length > available / unit) {
            fail("length " + std::to_string(length) + " exceeds the " + std::to_string(available) +
                     " bytes that follow",
                 pos);
        }
        return static_cast<std::size_t>(length);
    }

    void spend(std::size_t words, std::size_t pos) {
        if (words > budget_) {
            fail("offsets reuse data beyond what the input size allows", pos);
        }
        budget_ -= words;
    }

    ByteView data_;
    std::size_t budget_;
};

}  // namespace

// ---- Value ----

Value Value::uint(const U256& v) {
    return Value(Kind::Uint, Data(std::in_place_type<U256>, v));
}

Value Value::int64(std::int64_t v) {
    if (v >= 0) {
        return uint(U256(static_cast<std::uint64_t>(v)));
    }
    // 2^256 + v == max - (-v - 1) == max - ~v, and ~v is non-negative here.
    return uint(U256::max() - U256(static_cast<std::uint64_t>(~v)));
}

Value Value::boolean(bool v) {
    return Value(Kind::Bool, Data(std::in_place_type<bool>, v));
}

Value Value::address(const EthAddress& a) {
    return Value(Kind::Address, Data(std::in_place_type<EthAddress>, a));
}

Value Value::fixedBytes(Bytes b) {
    if (b.empty() || b.size() > 32) {
        throw ParseError("ABI: bytesN value needs 1..32 bytes, got " + std::to_string(b.size()));
    }
    return Value(Kind::FixedBytes, std::move(b));
}

Value Value::bytes32(const Hash32& h) {
    return fixedBytes(h.toBytes());
}

Value Value::bytes(Bytes b) {
    return Value(Kind::Bytes, std::move(b));
}

Value Value::string(std::string s) {
    return Value(Kind::String, std::move(s));
}

Value Value::array(std::vector<Value> items) {
    return Value(Kind::Array, std::move(items));
}

Value Value::tuple(std::vector<Value> items) {
    return Value(Kind::Tuple, std::move(items));
}

const U256& Value::asUint() const {
    if (kind_ != Kind::Uint)
        kindMismatch("an integer", kind_);
    return std::get<U256>(data_);
}

std::uint64_t Value::asUint64() const {
    const U256& v = asUint();
    if (!v.fitsUint64()) {
        throw ParseError("ABI value " + v.toDecimal() + " does not fit 64 bits");
    }
    return v.toUint64();
}

std::int64_t Value::asInt64() const {
    const U256& v = asUint();
    constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (v.fitsUint64() && v.toUint64() <= kMax) {
        return static_cast<std::int64_t>(v.toUint64());
    }
    const U256 inverted = U256::max() - v;  // ~v == -v - 1 for a negative two's complement v
    if (inverted.fitsUint64() && inverted.toUint64() <= kMax) {
        return -static_cast<std::int64_t>(inverted.toUint64()) - 1;
    }
    throw ParseError("ABI value " + v.toDecimal() + " does not fit int64");
}

bool Value::asBool() const {
    if (kind_ != Kind::Bool)
        kindMismatch("a bool", kind_);
    return std::get<bool>(data_);
}

const EthAddress& Value::asAddress() const {
    if (kind_ != Kind::Address)
        kindMismatch("an address", kind_);
    return std::get<EthAddress>(data_);
}

const Bytes& Value::asBytes() const {
    if (kind_ != Kind::Bytes && kind_ != Kind::FixedBytes)
        kindMismatch("bytes", kind_);
    return std::get<Bytes>(data_);
}

Hash32 Value::asBytes32() const {
    return Hash32::fromBytes(asBytes());
}

const std::string& Value::asString() const {
    if (kind_ != Kind::String)
        kindMismatch("a string", kind_);
    return std::get<std::string>(data_);
}

const std::vector<Value>& Value::asList() const {
    if (kind_ != Kind::Array && kind_ != Kind::Tuple)
        kindMismatch("an array or tuple", kind_);
    return std::get<std::vector<Value>>(data_);
}

const Value& Value::at(std::size_t i) const {
    const auto& items = asList();
    if (i >= items.size()) {
        throw ParseError("ABI value: index " + std::to_string(i) + " out of range (" +
                         std::to_string(items.size()) + " items)");
    }
    return items[i];
}

// ---- encode / decode ----

Bytes encode(const Type& type, const Value& value) {
    if (type.kind() == Type::Kind::Tuple) {
        Bytes out;
        encodeInto(out, type, value);
        return out;
    }
    return encodeSingle(type, value);
}

Bytes encodeSingle(const Type& type, const Value& value) {
    Bytes out;
    encodeSequence(
        out, 1, [&](std::size_t) -> const Type& { return type; },
        [&](std::size_t) -> const Value& { return value; });
    return out;
}

Value decode(const Type& type, ByteView data) {
    if (type.kind() == Type::Kind::Tuple) {
        return Decoder(data).decodeAt(type, 0);
    }
    return decodeSingle(type, data);
}

Value decodeSingle(const Type& type, ByteView data) {
    Value list = Decoder(data).decodeSequence(
        1, [&](std::size_t) -> const Type& { return type; }, type.headSize(), 0,
        Value::Kind::Tuple);
    return list.asList()[0];
}

// ---- functions ----

FunctionSignature FunctionSignature::parse(std::string_view text) {
    const std::size_t open = text.find('(');
    if (open == std::string_view::npos) {
        throw ParseError("ABI signature '" + std::string(text.substr(0, 200)) +
                         "' has no parameter list");
    }
    const std::string_view name = text.substr(0, open);
    auto identStart = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    };
    bool valid = !name.empty() && identStart(name[0]);
    for (char c : name) {
        valid = valid && (identStart(c) || (c >= '0' && c <= '9'));
    }
    if (!valid) {
        throw ParseError("ABI signature '" + std::string(text.substr(0, 200)) +
                         "' has no valid function name");
    }
    Type params = Type::parse(text.substr(open));
    if (params.kind() != Type::Kind::Tuple) {
        throw ParseError("ABI signature '" + std::string(text.substr(0, 200)) +
                         "' must end with its parameter list");
    }
    return FunctionSignature{std::string(name), std::move(params)};
}

std::string FunctionSignature::canonical() const {
    return name + params.canonical();
}

FixedBytes<4> FunctionSignature::selector() const {
    return abi::selector(canonical());
}

FixedBytes<4> selector(std::string_view canonicalSignature) {
    const Hash32 h = keccak256(canonicalSignature);
    return FixedBytes<4>::fromBytes(h.view().first(4));
}

Bytes encodeCall(std::string_view signature, const std::vector<Value>& args) {
    const FunctionSignature fn = FunctionSignature::parse(signature);
    if (args.size() != fn.params.size()) {
        throw ParseError("ABI call " + fn.canonical() + " takes " +
                         std::to_string(fn.params.size()) + " arguments, got " +
                         std::to_string(args.size()));
    }
    Bytes out = fn.selector().toBytes();
    append(out, encode(fn.params, Value::tuple(args)));
    return out;
}

std::vector<Value> decodeCall(std::string_view signature, ByteView callData) {
    const FunctionSignature fn = FunctionSignature::parse(signature);
    if (callData.size() < 4) {
        throw ParseError("ABI call data of " + std::to_string(callData.size()) +
                         " bytes has no selector");
    }
    const FixedBytes<4> expected = fn.selector();
    if (!std::equal(expected.bytes.begin(), expected.bytes.end(), callData.begin())) {
        throw ParseError("ABI call data selector " + toHex(callData.first(4)) +
                         " is not the one of " + fn.canonical() + " (" + expected.hex() + ")");
    }
    Value args = decode(fn.params, callData.subspan(4));
    return args.asList();
}

}  // namespace ipc::abi
