// Filecoin (FVM) addresses: f0 ids, f1 secp256k1, f2 actor, f3 BLS and f4 delegated addresses
// (f410f… is the Ethereum address manager), in their text and byte forms. IPC names every
// account and subnet actor by such an address, and maps them to and from Ethereum addresses.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"

namespace ipc {

// Which prefix an address is written with: 't' on test networks, 'f' on mainnet.
enum class Network { Testnet, Mainnet };

char networkPrefix(Network network);
// "testnet" / "mainnet".
std::string_view networkName(Network network);
// Accepts "testnet" and "mainnet"; throws ParseError listing the valid names otherwise.
Network parseNetwork(std::string_view name);

enum class AddressProtocol : std::uint8_t {
    Id = 0,
    Secp256k1 = 1,
    Actor = 2,
    Bls = 3,
    Delegated = 4,
};

class FvmAddress {
public:
    // The namespace of the Ethereum address manager: f410f… addresses hold a 20-byte eth address.
    static constexpr std::uint64_t kEthNamespace = 10;
    static constexpr std::size_t kMaxSubaddressLength = 54;

    // The id address f00.
    FvmAddress() = default;

    // Text form `<t|f><protocol><payload>`. Checks lengths and checksums, and accepts only the
    // canonical spelling (lowercase, no leading zeros in ids and namespaces), so
    // parse(s).toString(parse(s).network()) == s. Throws ParseError.
    static FvmAddress parse(std::string_view text);
    // Byte form `protocol || payload` (what Filecoin signs and stores). Throws ParseError.
    static FvmAddress fromBytes(ByteView bytes);

    static FvmAddress fromId(std::uint64_t id);
    // f1 address of a 65-byte uncompressed public key (0x04 || x || y). Throws ParseError for any
    // other length or prefix.
    static FvmAddress fromSecp256k1PublicKey(ByteView uncompressedPublicKey);
    // f1 / f2 addresses from their 20-byte hash payload.
    static FvmAddress secp256k1(const FixedBytes<20>& publicKeyHash);
    static FvmAddress actor(const FixedBytes<20>& hash);
    // f3 address of a 48-byte BLS public key.
    static FvmAddress bls(const FixedBytes<48>& publicKey);
    // f4<namespace>f… address. Throws ParseError when the subaddress exceeds 54 bytes.
    static FvmAddress delegated(std::uint64_t addressNamespace, ByteView subaddress);
    // An ID-masked eth address (0xff, 11 zero bytes, 8-byte big-endian id) becomes f0<id>; any
    // other eth address becomes f410f<address>.
    static FvmAddress fromEth(const EthAddress& eth);

    AddressProtocol protocol() const { return protocol_; }
    // The network letter of the text this address was parsed from; Testnet when constructed.
    Network network() const { return network_; }
    FvmAddress withNetwork(Network network) const;

    // The actor id of an f0 address.
    std::optional<std::uint64_t> id() const;
    bool isDelegated() const { return protocol_ == AddressProtocol::Delegated; }
    // Namespace and subaddress of an f4 address; throw ipc::Error for other protocols.
    std::uint64_t delegatedNamespace() const;
    ByteView subaddress() const;

    // The Filecoin payload: leb128(id) for f0, the hash or key for f1/f2/f3,
    // leb128(namespace) || subaddress for f4. (IPC's on-chain FvmAddress payload for f4 is an ABI
    // encoding of namespace and subaddress instead; the ABI layer builds it.)
    Bytes payload() const;
    // protocol byte || payload.
    Bytes toBytes() const;

    // f410f… → the eth address; f0<id> → the ID-masked eth address; otherwise none.
    std::optional<EthAddress> toEth() const;

    std::string toString(Network network) const;
    // In the network it was parsed with.
    std::string toString() const { return toString(network_); }

    // Identity is protocol and payload; the network letter is only a spelling.
    bool operator==(const FvmAddress& o) const;
    std::strong_ordering operator<=>(const FvmAddress& o) const;

private:
    FvmAddress(AddressProtocol protocol, std::uint64_t number, Bytes data)
        : protocol_(protocol), number_(number), data_(std::move(data)) {}

    AddressProtocol protocol_ = AddressProtocol::Id;
    std::uint64_t number_ = 0;  // the id (f0) or the namespace (f4)
    Bytes data_;                // hash/key (f1, f2, f3) or subaddress (f4)
    Network network_ = Network::Testnet;
};

// The ID-masked eth address of an actor id: 0xff, 11 zero bytes, the id big-endian.
EthAddress idMaskedEthAddress(std::uint64_t id);
// The id inside an ID-masked eth address, or none for an ordinary eth address.
std::optional<std::uint64_t> idFromMaskedEthAddress(const EthAddress& eth);

std::ostream& operator<<(std::ostream& os, const FvmAddress& a);

namespace detail {
// User text for an error message: in single quotes, control and non-ASCII bytes escaped as
// \xNN, cut after `maxShown` characters. Shared by the address, subnet id and amount parsers.
std::string quoteInput(std::string_view text, std::size_t maxShown = 100);
}  // namespace detail

}  // namespace ipc

template <>
struct std::hash<ipc::FvmAddress> {
    std::size_t operator()(const ipc::FvmAddress& a) const noexcept;
};
