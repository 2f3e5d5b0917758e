// Byte strings, hex text and fixed-size byte arrays (hashes, addresses) used everywhere in core.
#pragma once

#include <algorithm>
#include <array>
#include <compare>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ipc/core/primitives/error.h"

namespace ipc {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

// Lowercase hex, with a "0x" prefix unless told otherwise.
std::string toHex(ByteView bytes, bool prefix = true);

// Parses hex with or without "0x"/"0X"; upper or lower case; must have an even number of digits.
// Throws ParseError naming the problem.
Bytes fromHex(std::string_view text);

// True when `text` is "0x" followed by hex digits only (any length, even or odd).
bool isHexString(std::string_view text);

inline ByteView asBytes(std::string_view s) {
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

inline void append(Bytes& out, ByteView more) { out.insert(out.end(), more.begin(), more.end()); }

// A fixed-size byte array with value semantics, ordering and hashing (Hash32, addresses...).
template <std::size_t N>
struct FixedBytes {
    static constexpr std::size_t size() { return N; }
    std::array<std::uint8_t, N> bytes{};

    FixedBytes() = default;
    explicit FixedBytes(const std::array<std::uint8_t, N>& b) : bytes(b) {}

    // Throws ParseError unless `view` has exactly N bytes.
    static FixedBytes fromBytes(ByteView view);
    // Parses hex ("0x" optional) of exactly N bytes.
    static FixedBytes fromHexString(std::string_view text);

    std::string hex(bool prefix = true) const { return toHex(bytes, prefix); }
    ByteView view() const { return bytes; }
    Bytes toBytes() const { return Bytes(bytes.begin(), bytes.end()); }
    bool isZero() const {
        return std::all_of(bytes.begin(), bytes.end(), [](std::uint8_t b) { return b == 0; });
    }
    const std::uint8_t* data() const { return bytes.data(); }
    std::uint8_t* data() { return bytes.data(); }

    auto operator<=>(const FixedBytes&) const = default;
};

std::string fixedSizeMismatch(std::size_t expected, std::size_t got);

template <std::size_t N>
FixedBytes<N> FixedBytes<N>::fromBytes(ByteView view) {
    if (view.size() != N) {
        throw ParseError(fixedSizeMismatch(N, view.size()));
    }
    FixedBytes out;
    std::copy(view.begin(), view.end(), out.bytes.begin());
    return out;
}

template <std::size_t N>
FixedBytes<N> FixedBytes<N>::fromHexString(std::string_view text) {
    return fromBytes(fromHex(text));
}

using Hash32 = FixedBytes<32>;

}  // namespace ipc

template <std::size_t N>
struct std::hash<ipc::FixedBytes<N>> {
    std::size_t operator()(const ipc::FixedBytes<N>& v) const noexcept {
        // FNV-1a over every byte: ID-masked addresses share their first 12 bytes.
        std::uint64_t h = 1469598103934665603ULL;
        for (std::uint8_t b : v.bytes) {
            h ^= b;
            h *= 1099511628211ULL;
        }
        return static_cast<std::size_t>(h);
    }
};
