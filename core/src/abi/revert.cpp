// Revert data as text: Error(string), Panic(uint256) and its meaning, custom errors, raw.
#include "ipc/core/abi/revert.h"

#include <algorithm>

#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/eth_address.h"
#include "json_value.h"

namespace ipc::abi {

namespace {

const FixedBytes<4>& errorSelector() {
    static const FixedBytes<4> s = selector("Error(string)");
    return s;
}

const FixedBytes<4>& panicSelector() {
    static const FixedBytes<4> s = selector("Panic(uint256)");
    return s;
}

bool startsWith(ByteView data, const FixedBytes<4>& sel) {
    return data.size() >= 4 && std::equal(sel.bytes.begin(), sel.bytes.end(), data.begin());
}

std::string signedDecimal(const U256& v) {
    if (v.limbs()[3] >> 63 == 0)
        return v.toDecimal();
    return "-" + (U256::max() - v + U256(1)).toDecimal();
}

}  // namespace

// ---------------------------------------------------------------- registry

void ErrorRegistry::add(std::string_view signature, const std::string& where) {
    FunctionSignature sig = FunctionSignature::parse(signature);
    const FixedBytes<4> sel = sig.selector();
    const std::string canonical = sig.canonical();
    const auto [first, last] = entries_.equal_range(sel);
    for (auto it = first; it != last; ++it) {
        if (it->second.signature.canonical() == canonical) {
            auto& sources = it->second.sources;
            if (!where.empty() && std::find(sources.begin(), sources.end(), where) == sources.end())
                sources.push_back(where);
            return;
        }
    }
    Entry e{std::move(sig), {}};
    if (!where.empty())
        e.sources.push_back(where);
    entries_.emplace(sel, std::move(e));
}

std::vector<const ErrorRegistry::Entry*> ErrorRegistry::find(const FixedBytes<4>& sel) const {
    std::vector<const Entry*> out;
    const auto [first, last] = entries_.equal_range(sel);
    for (auto it = first; it != last; ++it)
        out.push_back(&it->second);
    return out;
}

std::vector<std::string> ErrorRegistry::clashes() const {
    std::vector<std::string> out;
    for (auto it = entries_.begin(); it != entries_.end();) {
        const auto last = entries_.upper_bound(it->first);
        if (std::next(it) != last) {
            std::string line = it->first.hex() + ":";
            const char* sep = " ";
            for (auto e = it; e != last; ++e) {
                line += sep + e->second.signature.canonical();
                std::string from;
                for (const auto& s : e->second.sources)
                    from += (from.empty() ? "" : ", ") + s;
                if (!from.empty())
                    line += " (" + from + ")";
                sep = " vs ";
            }
            out.push_back(std::move(line));
        }
        it = last;
    }
    return out;
}

// ---------------------------------------------------------------- values

std::string formatValue(const Type& type, const Value& value) {
    switch (type.kind()) {
        case Type::Kind::Uint:
            return value.asUint().toDecimal();
        case Type::Kind::Int:
            return signedDecimal(value.asUint());
        case Type::Kind::Address:
            return "\"" + value.asAddress().toChecksumHex() + "\"";
        case Type::Kind::Bool:
            return value.asBool() ? "true" : "false";
        case Type::Kind::FixedBytes:
        case Type::Kind::Bytes:
            return "\"" + toHex(value.asBytes()) + "\"";
        case Type::Kind::String:
            return json::quote(value.asString());
        case Type::Kind::Array:
        case Type::Kind::FixedArray:
        case Type::Kind::Tuple: {
            const auto& items = value.asList();
            std::string out = "[";
            for (std::size_t i = 0; i < items.size(); ++i) {
                const Type& t =
                    type.kind() == Type::Kind::Tuple ? type.components().at(i) : type.element();
                out += (i == 0 ? "" : ", ") + formatValue(t, items[i]);
            }
            return out + "]";
        }
    }
    return "?";
}

// ---------------------------------------------------------------- reverts

std::string_view panicMeaning(const U256& code) {
    if (!code.fitsUint64())
        return {};
    switch (code.toUint64()) {
        case 0x00:
            return "Generic compiler panic";
        case 0x01:
            return "Assertion error";
        case 0x11:
            return "Arithmetic operation overflowed outside of an unchecked block";
        case 0x12:
            return "Division or modulo division by zero";
        case 0x21:
            return "Tried to convert a value into an enum, but the value was too big or negative";
        case 0x22:
            return "Incorrectly encoded storage byte array";
        case 0x31:
            return ".pop() was called on an empty array";
        case 0x32:
            return "Array accessed at an out-of-bounds or negative index";
        case 0x41:
            return "Too much memory was allocated, or an array was created that is too large";
        case 0x51:
            return "Called a zero-initialized variable of internal function type";
        default:
            return {};
    }
}

std::string panicCodeText(const U256& code) {
    std::string hex = code.toQuantityHex();  // "0x11", "0x0" for zero
    if (hex.size() % 2 != 0)
        hex.insert(2, "0");
    return hex;
}

DecodedRevert decodeRevert(ByteView data, const ErrorRegistry* errors) {
    DecodedRevert out;
    out.data.assign(data.begin(), data.end());
    if (data.empty())
        return out;
    out.kind = DecodedRevert::Kind::Raw;
    try {
        if (startsWith(data, errorSelector())) {
            out.reason = decode(Type::tuple({Type::string()}), data.subspan(4)).at(0).asString();
            out.kind = DecodedRevert::Kind::ErrorString;
            return out;
        }
        if (startsWith(data, panicSelector())) {
            out.panicCode = decode(Type::tuple({Type::uintN()}), data.subspan(4)).at(0).asUint();
            out.kind = DecodedRevert::Kind::Panic;
            return out;
        }
    } catch (const Error&) {
        return out;  // malformed: shown raw
    }
    if (errors == nullptr || data.size() < 4)
        return out;
    const auto found = errors->find(FixedBytes<4>::fromBytes(data.first(4)));
    if (found.size() != 1)
        return out;  // unknown, or a clash: no guessing
    const FunctionSignature& sig = found.front()->signature;
    try {
        const Value args = decode(sig.params, data.subspan(4));
        std::string text = sig.name + "(";
        for (std::size_t i = 0; i < sig.params.components().size(); ++i)
            text += (i == 0 ? "" : ", ") + formatValue(sig.params.components()[i], args.at(i));
        out.customError = text + ")";
        out.kind = DecodedRevert::Kind::CustomError;
    } catch (const Error&) {
        // The selector matched but the arguments do not decode: raw.
    }
    return out;
}

namespace {

// The text after "reverted with " / "execution reverted: ".
std::string decodedText(const DecodedRevert& r) {
    switch (r.kind) {
        case DecodedRevert::Kind::Empty:
            return {};
        case DecodedRevert::Kind::ErrorString:
            return r.reason;
        case DecodedRevert::Kind::Panic: {
            const std::string_view meaning = panicMeaning(r.panicCode);
            if (meaning.empty())
                return "unknown panic code " + panicCodeText(r.panicCode);
            return "panic code " + panicCodeText(r.panicCode) + " (" + std::string(meaning) + ")";
        }
        case DecodedRevert::Kind::CustomError:
            return "custom error '" + r.customError + "'";
        case DecodedRevert::Kind::Raw:
            return "unrecognized custom error (return data: " + toHex(r.data) + ")";
    }
    return {};
}

}  // namespace

std::string describeRevert(ByteView data, const ErrorRegistry* errors) {
    const DecodedRevert r = decodeRevert(data, errors);
    switch (r.kind) {
        case DecodedRevert::Kind::Empty:
            return "reverted without a reason";
        case DecodedRevert::Kind::ErrorString:
            return "reverted with reason string '" + r.reason + "'";
        case DecodedRevert::Kind::Raw:
            // Fewer than four bytes cannot even be a custom error.
            if (r.data.size() < 4)
                return "reverted without a reason (return data: " + toHex(r.data) + ")";
            return "reverted with an " + decodedText(r);
        default:
            return "reverted with " + decodedText(r);
    }
}

std::string revertMessage(ByteView data, const ErrorRegistry* errors) {
    const DecodedRevert r = decodeRevert(data, errors);
    if (r.kind == DecodedRevert::Kind::Empty)
        return "execution reverted";
    if (r.kind == DecodedRevert::Kind::Raw && r.data.size() < 4)
        return "execution reverted (return data: " + toHex(r.data) + ")";
    return "execution reverted: " + decodedText(r);
}

}  // namespace ipc::abi
