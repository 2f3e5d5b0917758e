// 20-byte Ethereum address with EIP-55 checksummed text form.
#pragma once

#include <string>
#include <string_view>

#include "ipc/core/primitives/bytes.h"

namespace ipc {

class EthAddress {
public:
    EthAddress() = default;
    explicit EthAddress(const FixedBytes<20>& b) : bytes_(b) {}

    // Accepts "0x" + 40 hex digits in any case. Mixed case must carry a valid EIP-55 checksum
    // (all-lower and all-upper are accepted as unchecksummed). Throws ParseError.
    static EthAddress parse(std::string_view text);
    static EthAddress fromBytes(ByteView b) { return EthAddress(FixedBytes<20>::fromBytes(b)); }
    // The last 20 bytes of a 32-byte word (ABI `address` decoding).
    static EthAddress fromWord(const Hash32& word);

    // EIP-55 mixed-case checksum form.
    std::string toChecksumHex() const;
    // Lowercase "0x..." form.
    std::string hex() const { return bytes_.hex(); }

    const FixedBytes<20>& bytes() const { return bytes_; }
    ByteView view() const { return bytes_.view(); }
    bool isZero() const { return bytes_.isZero(); }

    auto operator<=>(const EthAddress&) const = default;

private:
    FixedBytes<20> bytes_;
};

}  // namespace ipc

template <>
struct std::hash<ipc::EthAddress> {
    std::size_t operator()(const ipc::EthAddress& a) const noexcept {
        return std::hash<ipc::FixedBytes<20>>{}(a.bytes());
    }
};
