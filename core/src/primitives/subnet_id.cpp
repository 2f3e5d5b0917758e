// SubnetID: a subnet's place in the hierarchy and its /r<root>/<actor>/... text.
#include "ipc/core/primitives/subnet_id.h"

#include <algorithm>
#include <ostream>

#include "ipc/core/primitives/error.h"

namespace ipc {

namespace {

[[noreturn]] void fail(std::string_view text, const std::string& why) {
    throw ParseError("invalid subnet id " + detail::quoteInput(text, 200) + ": " + why);
}

void checkDepth(std::size_t depth) {
    if (depth > SubnetId::kMaxDepth) {
        throw Error("a subnet id has at most " + std::to_string(SubnetId::kMaxDepth) +
                    " route elements, got " + std::to_string(depth));
    }
}

std::uint64_t parseRoot(std::string_view text, std::string_view digits) {
    if (digits.empty()) {
        fail(text, "missing root chain id after /r");
    }
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        fail(text, "root chain id " + detail::quoteInput(digits) + " is not a decimal number");
    }
    if (digits.size() > 1 && digits[0] == '0') {
        fail(text, "root chain id has a leading zero");
    }
    std::uint64_t value = 0;
    for (char c : digits) {
        const auto d = static_cast<std::uint64_t>(c - '0');
        if (value > (UINT64_MAX - d) / 10) {
            fail(text, "root chain id does not fit 64 bits");
        }
        value = value * 10 + d;
    }
    return value;
}

std::string formatElement(const EthAddress& element, Network network) {
    return FvmAddress::fromEth(element).toString(network);
}

}  // namespace

SubnetId::SubnetId(std::uint64_t root, std::vector<EthAddress> route, Network network)
    : root_(root), route_(std::move(route)), network_(network) {
    checkDepth(route_.size());
}

SubnetId SubnetId::parse(std::string_view text) {
    if (text.size() < 2 || text[0] != '/' || text[1] != 'r') {
        fail(text, "a subnet id starts with /r<root chain id>, e.g. /r314159");
    }
    std::size_t end = text.find('/', 1);
    SubnetId out;
    out.root_ = parseRoot(text, text.substr(2, end == std::string_view::npos ? end : end - 2));
    std::optional<Network> network;
    while (end != std::string_view::npos) {
        const std::size_t start = end + 1;
        end = text.find('/', start);
        const std::string_view element =
            text.substr(start, end == std::string_view::npos ? end : end - start);
        const std::string position = "route element " + std::to_string(out.route_.size() + 1);
        if (element.empty()) {
            fail(text, position + " is empty" +
                           (end == std::string_view::npos ? " (trailing '/')" : " ('//')"));
        }
        if (out.route_.size() == kMaxDepth) {
            fail(text, "deeper than " + std::to_string(kMaxDepth) + " levels");
        }
        if (element.size() >= 2 && element[0] == '0' && (element[1] == 'x' || element[1] == 'X')) {
            try {
                out.route_.push_back(EthAddress::parse(element));
            } catch (const ParseError& e) {
                fail(text, position + ": " + e.what());
            }
            continue;
        }
        FvmAddress address;
        try {
            address = FvmAddress::parse(element);
        } catch (const ParseError& e) {
            fail(text, position + ": " + e.what());
        }
        const auto eth = address.toEth();
        if (!eth) {
            fail(text, position + " " + detail::quoteInput(element) +
                           " is not a subnet actor address (expected f410f… or f0<id>)");
        }
        if (address.isDelegated() && idFromMaskedEthAddress(*eth)) {
            fail(text, position + " is an ID-masked eth address; write it as " +
                           FvmAddress::fromEth(*eth).toString(address.network()));
        }
        if (network && *network != address.network()) {
            fail(text, "mixes testnet (t…) and mainnet (f…) addresses");
        }
        network = address.network();
        out.route_.push_back(*eth);
    }
    out.network_ = network.value_or(Network::Testnet);
    return out;
}

SubnetId SubnetId::withNetwork(Network network) const {
    SubnetId out = *this;
    out.network_ = network;
    return out;
}

std::optional<SubnetId> SubnetId::parent() const {
    if (isRoot()) {
        return std::nullopt;
    }
    SubnetId out = *this;
    out.route_.pop_back();
    return out;
}

std::optional<EthAddress> SubnetId::actor() const {
    if (isRoot()) {
        return std::nullopt;
    }
    return route_.back();
}

SubnetId SubnetId::child(const EthAddress& subnetActor) const {
    checkDepth(route_.size() + 1);
    SubnetId out = *this;
    out.route_.push_back(subnetActor);
    return out;
}

bool SubnetId::isAncestorOf(const SubnetId& other) const {
    return root_ == other.root_ && route_.size() < other.route_.size() &&
           std::equal(route_.begin(), route_.end(), other.route_.begin());
}

std::optional<SubnetId> SubnetId::commonParent(const SubnetId& a, const SubnetId& b) {
    if (a.root_ != b.root_) {
        return std::nullopt;
    }
    const auto common =
        std::mismatch(a.route_.begin(), a.route_.end(), b.route_.begin(), b.route_.end());
    SubnetId out = a;
    out.route_.resize(static_cast<std::size_t>(common.first - a.route_.begin()));
    return out;
}

std::optional<SubnetId> SubnetId::down(const SubnetId& target, const SubnetId& from) {
    if (!from.isAncestorOf(target)) {
        return std::nullopt;
    }
    SubnetId out = target;
    out.route_.resize(from.route_.size() + 1);
    return out;
}

std::string SubnetId::toString(Network network) const {
    std::string out = "/r" + std::to_string(root_);
    for (const auto& element : route_) {
        out += '/';
        out += formatElement(element, network);
    }
    return out;
}

std::uint64_t SubnetId::chainId(Network network) const {
    if (isRoot()) {
        return root_;
    }
    // FNV-1a 64, as IPC's SubnetID::chain_id computes it.
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (char c : toString(network)) {
        hash ^= static_cast<std::uint8_t>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash % kMaxChainId;
}

std::strong_ordering SubnetId::operator<=>(const SubnetId& o) const {
    if (const auto c = root_ <=> o.root_; c != 0) {
        return c;
    }
    return std::lexicographical_compare_three_way(route_.begin(), route_.end(), o.route_.begin(),
                                                  o.route_.end());
}

std::ostream& operator<<(std::ostream& os, const SubnetId& id) {
    return os << id.toString();
}

}  // namespace ipc

std::size_t std::hash<ipc::SubnetId>::operator()(const ipc::SubnetId& id) const noexcept {
    // FNV-1a over every byte: ID-masked route elements share their first 12 bytes.
    std::uint64_t h = 0xcbf29ce484222325ULL;
    const auto mix = [&h](std::uint8_t b) {
        h ^= b;
        h *= 0x100000001b3ULL;
    };
    for (int i = 0; i < 8; ++i) {
        mix(static_cast<std::uint8_t>(id.root() >> (8 * i)));
    }
    for (const auto& element : id.route()) {
        for (std::uint8_t b : element.bytes().bytes) {
            mix(b);
        }
    }
    return static_cast<std::size_t>(h);
}
