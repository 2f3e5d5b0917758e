// SubnetID: where a subnet sits in the IPC hierarchy, as the root chain's id plus the route of
// subnet-actor addresses from the root down. Text form "/r<root>/<address>/…" with addresses in
// Filecoin form (t410f…/f410f…, or t0<id>/f0<id> for ID-masked ones).
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/fvm_address.h"

namespace ipc {

class SubnetId {
public:
    static constexpr std::size_t kMaxDepth = 10;
    // Chain ids of child subnets are reduced modulo this (the largest id MetaMask accepts).
    static constexpr std::uint64_t kMaxChainId = 4503599627370476ULL;

    // The root "/r0".
    SubnetId() = default;
    // Throws ipc::Error when the route is deeper than kMaxDepth.
    explicit SubnetId(std::uint64_t root, std::vector<EthAddress> route = {},
                      Network network = Network::Testnet);

    // "/r<root>" then "/<address>" per route element. Each element is t410f…/f410f… (delegated,
    // namespace 10), t0<id>/f0<id> (kept as its ID-masked eth address) or, for convenience, a
    // 0x eth address. The t/f spelling must agree across elements and is remembered as
    // network() (Testnet when there is none). Only canonical decimal roots (no leading zeros).
    // Throws ParseError with a message naming the problem.
    static SubnetId parse(std::string_view text);

    std::uint64_t root() const { return root_; }
    const std::vector<EthAddress>& route() const { return route_; }
    // The spelling this id was parsed or built with; it decides toString() and chainId().
    Network network() const { return network_; }
    SubnetId withNetwork(Network network) const;

    bool isRoot() const { return route_.empty(); }
    std::size_t depth() const { return route_.size(); }
    // The route minus its last element; none for a root.
    std::optional<SubnetId> parent() const;
    // The subnet actor (last route element); none for a root.
    std::optional<EthAddress> actor() const;
    // This subnet with `subnetActor` appended. Throws ipc::Error beyond kMaxDepth.
    SubnetId child(const EthAddress& subnetActor) const;
    // Strict ancestor: same root and this route is a proper prefix of `other`'s.
    bool isAncestorOf(const SubnetId& other) const;

    // Longest common route prefix; none when the roots differ. Keeps a's network.
    static std::optional<SubnetId> commonParent(const SubnetId& a, const SubnetId& b);
    // The next hop from `from` down towards `target`: target truncated to from.depth() + 1.
    // None unless `from` is a strict ancestor of `target`.
    static std::optional<SubnetId> down(const SubnetId& target, const SubnetId& from);

    std::string toString() const { return toString(network_); }
    std::string toString(Network network) const;

    // EVM chain id: the root's id for a root; otherwise FNV-1a 64 of toString(network) modulo
    // kMaxChainId, so the t/f spelling changes it.
    std::uint64_t chainId() const { return chainId(network_); }
    std::uint64_t chainId(Network network) const;

    // Identity is root and route; the network is only a spelling.
    bool operator==(const SubnetId& o) const { return root_ == o.root_ && route_ == o.route_; }
    std::strong_ordering operator<=>(const SubnetId& o) const;

private:
    std::uint64_t root_ = 0;
    std::vector<EthAddress> route_;
    Network network_ = Network::Testnet;
};

std::ostream& operator<<(std::ostream& os, const SubnetId& id);

}  // namespace ipc

template <>
struct std::hash<ipc::SubnetId> {
    std::size_t operator()(const ipc::SubnetId& id) const noexcept;
};
