// Filecoin addresses (f0, f1, f2, f3, f4/f410f) in text and byte form.
#include "ipc/core/primitives/fvm_address.h"

#include <algorithm>
#include <ostream>
#include <tuple>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/encoding/base32.h"
#include "ipc/core/encoding/leb128.h"
#include "ipc/core/primitives/error.h"

namespace ipc {

namespace {

constexpr std::size_t kChecksumLength = 4;
constexpr std::size_t kHashPayloadLength = 20;
constexpr std::size_t kBlsPayloadLength = 48;
// f4 + a 20-digit namespace + 'f' + base32 of 54 + 4 bytes is 116 characters.
constexpr std::size_t kMaxTextLength = 128;

[[noreturn]] void fail(std::string_view text, const std::string& why) {
    throw ParseError("invalid address " + detail::quoteInput(text) + ": " + why);
}

// Canonical decimal uint64: digits only, no sign, no leading zeros (except "0" itself).
std::uint64_t parseDecimal(std::string_view text, std::string_view digits, const char* what) {
    if (digits.empty()) {
        fail(text, std::string("empty ") + what);
    }
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        fail(text, std::string(what) + " must be decimal digits");
    }
    if (digits.size() > 1 && digits[0] == '0') {
        fail(text, std::string(what) + " has a leading zero");
    }
    std::uint64_t value = 0;
    for (char c : digits) {
        const auto d = static_cast<std::uint64_t>(c - '0');
        if (value > (UINT64_MAX - d) / 10) {
            fail(text, std::string(what) + " does not fit 64 bits");
        }
        value = value * 10 + d;
    }
    return value;
}

std::size_t fixedPayloadLength(AddressProtocol p) {
    return p == AddressProtocol::Bls ? kBlsPayloadLength : kHashPayloadLength;
}

const char* protocolName(AddressProtocol p) {
    switch (p) {
        case AddressProtocol::Id:
            return "id";
        case AddressProtocol::Secp256k1:
            return "secp256k1";
        case AddressProtocol::Actor:
            return "actor";
        case AddressProtocol::Bls:
            return "BLS";
        case AddressProtocol::Delegated:
            return "delegated";
    }
    return "unknown";
}

}  // namespace

std::string detail::quoteInput(std::string_view text, std::size_t maxShown) {
    static constexpr std::string_view kDigits = "0123456789abcdef";
    std::string out = "'";
    for (std::size_t i = 0; i < text.size() && i < maxShown; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
        } else {
            out += "\\x";
            out += kDigits[c >> 4];
            out += kDigits[c & 0x0f];
        }
    }
    if (text.size() > maxShown) {
        out += "...";
    }
    return out + "'";
}

char networkPrefix(Network network) {
    return network == Network::Mainnet ? 'f' : 't';
}

std::string_view networkName(Network network) {
    return network == Network::Mainnet ? "mainnet" : "testnet";
}

Network parseNetwork(std::string_view name) {
    if (name == "testnet") {
        return Network::Testnet;
    }
    if (name == "mainnet") {
        return Network::Mainnet;
    }
    throw ParseError("unknown network " + detail::quoteInput(name) +
                     ": expected testnet or mainnet");
}

EthAddress idMaskedEthAddress(std::uint64_t id) {
    FixedBytes<20> b;
    b.bytes[0] = 0xff;
    for (int i = 0; i < 8; ++i) {
        b.bytes[19 - i] = static_cast<std::uint8_t>(id >> (8 * i));
    }
    return EthAddress(b);
}

std::optional<std::uint64_t> idFromMaskedEthAddress(const EthAddress& eth) {
    const auto& b = eth.bytes().bytes;
    if (b[0] != 0xff ||
        !std::all_of(b.begin() + 1, b.begin() + 12, [](auto x) { return x == 0; })) {
        return std::nullopt;
    }
    std::uint64_t id = 0;
    for (std::size_t i = 12; i < 20; ++i) {
        id = (id << 8) | b[i];
    }
    return id;
}

FvmAddress FvmAddress::fromId(std::uint64_t id) {
    return FvmAddress(AddressProtocol::Id, id, {});
}

FvmAddress FvmAddress::fromSecp256k1PublicKey(ByteView uncompressedPublicKey) {
    if (uncompressedPublicKey.size() != 65 || uncompressedPublicKey[0] != 0x04) {
        throw ParseError(
            "a secp256k1 address needs a 65-byte uncompressed public key (0x04…), got " +
            std::to_string(uncompressedPublicKey.size()) + " bytes");
    }
    return secp256k1(blake2b160(uncompressedPublicKey));
}

FvmAddress FvmAddress::secp256k1(const FixedBytes<20>& publicKeyHash) {
    return FvmAddress(AddressProtocol::Secp256k1, 0, publicKeyHash.toBytes());
}

FvmAddress FvmAddress::actor(const FixedBytes<20>& hash) {
    return FvmAddress(AddressProtocol::Actor, 0, hash.toBytes());
}

FvmAddress FvmAddress::bls(const FixedBytes<48>& publicKey) {
    return FvmAddress(AddressProtocol::Bls, 0, publicKey.toBytes());
}

FvmAddress FvmAddress::delegated(std::uint64_t addressNamespace, ByteView subaddress) {
    if (subaddress.size() > kMaxSubaddressLength) {
        throw ParseError("a delegated subaddress has at most 54 bytes, got " +
                         std::to_string(subaddress.size()));
    }
    return FvmAddress(AddressProtocol::Delegated, addressNamespace,
                      Bytes(subaddress.begin(), subaddress.end()));
}

FvmAddress FvmAddress::fromEth(const EthAddress& eth) {
    if (const auto id = idFromMaskedEthAddress(eth)) {
        return fromId(*id);
    }
    return delegated(kEthNamespace, eth.view());
}

FvmAddress FvmAddress::parse(std::string_view text) {
    if (text.size() < 3) {
        fail(text, "too short");
    }
    if (text.size() > kMaxTextLength) {
        fail(text, "too long");
    }
    Network network = Network::Testnet;
    if (text[0] == 'f') {
        network = Network::Mainnet;
    } else if (text[0] == 't') {
        network = Network::Testnet;
    } else {
        fail(text, "unknown network prefix (expected 'f' for mainnet or 't' for testnet)");
    }
    if (text[1] < '0' || text[1] > '4') {
        fail(text, "unknown protocol (expected 0 id, 1 secp256k1, 2 actor, 3 BLS or 4 delegated)");
    }
    const auto protocol = static_cast<AddressProtocol>(text[1] - '0');
    std::string_view rest = text.substr(2);

    FvmAddress out;
    if (protocol == AddressProtocol::Id) {
        out = fromId(parseDecimal(text, rest, "actor id"));
    } else {
        std::uint64_t ns = 0;
        if (protocol == AddressProtocol::Delegated) {
            const auto sep = rest.find('f');
            if (sep == std::string_view::npos) {
                fail(text, "missing 'f' between the namespace and the subaddress");
            }
            ns = parseDecimal(text, rest.substr(0, sep), "namespace");
            rest = rest.substr(sep + 1);
        }
        Bytes raw;
        try {
            raw = base32::decode(rest);
        } catch (const ParseError& e) {
            fail(text, e.what());
        }
        if (raw.size() < kChecksumLength) {
            fail(text, "payload shorter than its checksum");
        }
        const std::size_t payloadLength = raw.size() - kChecksumLength;
        if (protocol == AddressProtocol::Delegated) {
            if (payloadLength > kMaxSubaddressLength) {
                fail(text, "delegated subaddress longer than 54 bytes");
            }
        } else if (payloadLength != fixedPayloadLength(protocol)) {
            fail(text, std::string("a ") + protocolName(protocol) + " payload has " +
                           std::to_string(fixedPayloadLength(protocol)) + " bytes, got " +
                           std::to_string(payloadLength));
        }
        Bytes data(raw.begin(), raw.begin() + static_cast<std::ptrdiff_t>(payloadLength));
        out = FvmAddress(protocol, ns, std::move(data));
        const FixedBytes<4> expected = blake2b32(out.toBytes());
        if (!std::equal(expected.bytes.begin(), expected.bytes.end(),
                        raw.begin() + static_cast<std::ptrdiff_t>(payloadLength))) {
            throw ParseError("bad checksum in address " + detail::quoteInput(text));
        }
    }
    out.network_ = network;
    return out;
}

FvmAddress FvmAddress::fromBytes(ByteView bytes) {
    if (bytes.empty()) {
        throw ParseError("empty address bytes");
    }
    if (bytes[0] > 4) {
        throw ParseError("unknown address protocol " + std::to_string(bytes[0]) +
                         " in address bytes");
    }
    const auto protocol = static_cast<AddressProtocol>(bytes[0]);
    const ByteView rest = bytes.subspan(1);
    switch (protocol) {
        case AddressProtocol::Id:
            return fromId(leb128::decode(rest));
        case AddressProtocol::Delegated: {
            const auto ns = leb128::decodePrefix(rest);
            return delegated(ns.value, rest.subspan(ns.length));
        }
        default:
            if (rest.size() != fixedPayloadLength(protocol)) {
                throw ParseError(std::string("a ") + protocolName(protocol) + " payload has " +
                                 std::to_string(fixedPayloadLength(protocol)) + " bytes, got " +
                                 std::to_string(rest.size()));
            }
            return FvmAddress(protocol, 0, Bytes(rest.begin(), rest.end()));
    }
}

FvmAddress FvmAddress::withNetwork(Network network) const {
    FvmAddress out = *this;
    out.network_ = network;
    return out;
}

std::optional<std::uint64_t> FvmAddress::id() const {
    if (protocol_ != AddressProtocol::Id) {
        return std::nullopt;
    }
    return number_;
}

std::uint64_t FvmAddress::delegatedNamespace() const {
    if (!isDelegated()) {
        throw Error("not a delegated (f4) address: " + toString());
    }
    return number_;
}

ByteView FvmAddress::subaddress() const {
    if (!isDelegated()) {
        throw Error("not a delegated (f4) address: " + toString());
    }
    return data_;
}

Bytes FvmAddress::payload() const {
    Bytes out;
    if (protocol_ == AddressProtocol::Id || protocol_ == AddressProtocol::Delegated) {
        leb128::encodeTo(out, number_);
    }
    append(out, data_);
    return out;
}

Bytes FvmAddress::toBytes() const {
    Bytes out{static_cast<std::uint8_t>(protocol_)};
    append(out, payload());
    return out;
}

std::optional<EthAddress> FvmAddress::toEth() const {
    if (protocol_ == AddressProtocol::Id) {
        return idMaskedEthAddress(number_);
    }
    if (protocol_ == AddressProtocol::Delegated && number_ == kEthNamespace &&
        data_.size() == EthAddress().view().size()) {
        return EthAddress::fromBytes(data_);
    }
    return std::nullopt;
}

std::string FvmAddress::toString(Network network) const {
    std::string out{networkPrefix(network), static_cast<char>('0' + static_cast<int>(protocol_))};
    if (protocol_ == AddressProtocol::Id) {
        return out + std::to_string(number_);
    }
    if (protocol_ == AddressProtocol::Delegated) {
        out += std::to_string(number_) + "f";
    }
    Bytes raw = data_;
    append(raw, blake2b32(toBytes()).view());
    return out + base32::encode(raw);
}

bool FvmAddress::operator==(const FvmAddress& o) const {
    return protocol_ == o.protocol_ && number_ == o.number_ && data_ == o.data_;
}

std::strong_ordering FvmAddress::operator<=>(const FvmAddress& o) const {
    return std::tie(protocol_, number_, data_) <=> std::tie(o.protocol_, o.number_, o.data_);
}

std::ostream& operator<<(std::ostream& os, const FvmAddress& a) {
    return os << a.toString();
}

}  // namespace ipc

std::size_t std::hash<ipc::FvmAddress>::operator()(const ipc::FvmAddress& a) const noexcept {
    std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a over the byte form
    for (std::uint8_t b : a.toBytes()) {
        h ^= b;
        h *= 0x100000001b3ULL;
    }
    return static_cast<std::size_t>(h);
}
