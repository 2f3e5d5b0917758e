// Ethereum transactions (legacy, EIP-155, 2930, 1559): encoding, decoding, signing.
#include "ipc/core/chain/transaction.h"

#include <string>
#include <utility>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/encoding/rlp.h"
#include "ipc/core/primitives/error.h"

namespace ipc::chain {

namespace {

constexpr std::uint8_t kEip2930TypeByte = 0x01;
constexpr std::uint8_t kEip1559TypeByte = 0x02;
// The first byte of an RLP list; anything below 0x80 is an EIP-2718 type byte.
constexpr std::uint8_t kRlpListStart = 0xc0;
constexpr std::uint8_t kMaxTypeByte = 0x7f;
constexpr std::size_t kLegacyFieldCount = 9;
constexpr std::size_t kEip1559FieldCount = 12;
constexpr std::size_t kEip2930FieldCount = 11;
constexpr std::uint64_t kPre155VBase = 27;
constexpr std::uint64_t kEip155VBase = 35;
constexpr std::size_t kStorageKeySize = 32;

const U256& curveOrder() {
    static const U256 n =
        U256::parse("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    return n;
}

const U256& halfCurveOrder() {
    static const U256 half = curveOrder() / U256(2);
    return half;
}

std::string byteHex(std::uint8_t b) {
    return toHex(ByteView(&b, 1));
}

// --- encoding ---

std::uint64_t requireEip1559ChainId(const Transaction& tx) {
    if (!tx.chainId) {
        throw Error("transaction: a typed (EIP-2930 or EIP-1559) transaction needs a chain id");
    }
    return *tx.chainId;
}

void checkEncodable(const Transaction& tx) {
    if (tx.type == TxType::Legacy) {
        if (tx.chainId && *tx.chainId == 0) {
            throw Error(
                "transaction: legacy chain id 0 cannot be EIP-155 encoded; leave the chain id "
                "empty for a pre-EIP-155 transaction");
        }
        return;
    }
    if (tx.type != TxType::Eip1559 && tx.type != TxType::Eip2930) {
        throw Error("transaction: unsupported type " + byteHex(static_cast<std::uint8_t>(tx.type)));
    }
    requireEip1559ChainId(tx);
}

Bytes encodeAccessList(const std::vector<AccessListEntry>& accessList) {
    rlp::Encoder entries;
    for (const AccessListEntry& entry : accessList) {
        rlp::Encoder keys;
        for (const Hash32& key : entry.storageKeys) {
            keys.addBytes(key.view());
        }
        entries.addRaw(rlp::Encoder().addBytes(entry.address.view()).addRaw(keys.list()).list());
    }
    return entries.list();
}

// The fields that every encoding of `tx` starts with: all but the EIP-155 suffix or signature.
rlp::Encoder unsignedFields(const Transaction& tx) {
    checkEncodable(tx);
    rlp::Encoder enc;
    if (tx.type == TxType::Eip1559) {
        enc.addUint64(requireEip1559ChainId(tx))
            .addUint64(tx.nonce)
            .addU256(tx.maxPriorityFeePerGas)
            .addU256(tx.maxFeePerGas);
    } else if (tx.type == TxType::Eip2930) {
        enc.addUint64(requireEip1559ChainId(tx)).addUint64(tx.nonce).addU256(tx.gasPrice);
    } else {
        enc.addUint64(tx.nonce).addU256(tx.gasPrice);
    }
    enc.addUint64(tx.gasLimit);
    enc.addBytes(tx.to ? tx.to->view() : ByteView{});
    enc.addU256(tx.value).addBytes(tx.data);
    if (tx.type != TxType::Legacy) {
        enc.addRaw(encodeAccessList(tx.accessList));
    }
    return enc;
}

// EIP-2718 envelope for typed transactions; legacy transactions are the bare RLP list.
Bytes envelope(TxType type, const Bytes& list) {
    if (type == TxType::Legacy) {
        return list;
    }
    Bytes out;
    out.reserve(list.size() + 1);
    out.push_back(static_cast<std::uint8_t>(type));
    append(out, list);
    return out;
}

// --- decoding ---

// Runs `read` and prefixes any ParseError with the field it was reading.
template <typename Read>
auto readField(const char* name, Read&& read) -> decltype(read()) {
    try {
        return read();
    } catch (const ParseError& e) {
        throw ParseError(std::string("transaction field '") + name + "': " + e.what());
    }
}

std::uint64_t uint64Field(const rlp::Item& item, const char* name) {
    return readField(name, [&] { return item.asUint64(); });
}

U256 u256Field(const rlp::Item& item, const char* name) {
    return readField(name, [&] { return item.asU256(); });
}

Bytes bytesField(const rlp::Item& item, const char* name) {
    return readField(name, [&] { return item.asBytes(); });
}

std::optional<EthAddress> toField(const rlp::Item& item) {
    const Bytes b = bytesField(item, "to");
    if (b.empty()) {
        return std::nullopt;
    }
    if (b.size() != EthAddress().bytes().size()) {
        throw ParseError("transaction field 'to': " + std::to_string(b.size()) +
                         " bytes, expected 0 (contract creation) or 20");
    }
    return EthAddress::fromBytes(b);
}

std::vector<AccessListEntry> accessListField(const rlp::Item& item) {
    return readField("accessList", [&] {
        std::vector<AccessListEntry> out;
        const auto& entries = item.asList();
        out.reserve(entries.size());
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const std::string where = "entry " + std::to_string(i) + ": ";
            const auto& pair = entries[i].asList();
            if (pair.size() != 2) {
                throw ParseError(where + std::to_string(pair.size()) +
                                 " items, expected [address, storageKeys]");
            }
            const Bytes& address = pair[0].asBytes();
            if (address.size() != EthAddress().bytes().size()) {
                throw ParseError(where + "address of " + std::to_string(address.size()) +
                                 " bytes, expected 20");
            }
            AccessListEntry entry{EthAddress::fromBytes(address), {}};
            for (const rlp::Item& key : pair[1].asList()) {
                const Bytes& keyBytes = key.asBytes();
                if (keyBytes.size() != kStorageKeySize) {
                    throw ParseError(where + "storage key of " + std::to_string(keyBytes.size()) +
                                     " bytes, expected 32");
                }
                entry.storageKeys.push_back(Hash32::fromBytes(keyBytes));
            }
            out.push_back(std::move(entry));
        }
        return out;
    });
}

// Checks r and s the way EIP-2 and the yellow paper require: 0 < r < n and 0 < s <= n/2.
crypto::Signature signatureFields(const rlp::Item& rItem, const rlp::Item& sItem,
                                  std::uint8_t recoveryId) {
    const U256 r = u256Field(rItem, "r");
    const U256 s = u256Field(sItem, "s");
    if (r.isZero() || r >= curveOrder()) {
        throw ParseError("transaction signature: r is " +
                         std::string(r.isZero() ? "zero" : "not below the curve order"));
    }
    if (s.isZero() || s >= curveOrder()) {
        throw ParseError("transaction signature: s is " +
                         std::string(s.isZero() ? "zero" : "not below the curve order"));
    }
    if (s > halfCurveOrder()) {
        throw ParseError(
            "transaction signature: s is above n/2 (EIP-2 accepts only the low-s form)");
    }
    return crypto::Signature{Hash32(r.toBigEndian()), Hash32(s.toBigEndian()), recoveryId};
}

std::vector<rlp::Item> fieldList(ByteView payload, const char* kind, std::size_t expected) {
    rlp::Item item;
    try {
        item = rlp::decode(payload);
    } catch (const ParseError& e) {
        throw ParseError(std::string("transaction (") + kind + "): " + e.what());
    }
    if (!item.isList) {
        throw ParseError(std::string("transaction (") + kind +
                         "): expected an RLP list, got a byte string");
    }
    if (item.items.size() != expected) {
        throw ParseError(std::string("transaction (") + kind +
                         "): " + std::to_string(item.items.size()) + " fields, expected " +
                         std::to_string(expected));
    }
    return std::move(item.items);
}

SignedTransaction decodeLegacy(ByteView raw) {
    const std::vector<rlp::Item> f = fieldList(raw, "legacy", kLegacyFieldCount);
    SignedTransaction stx;
    Transaction& tx = stx.tx;
    tx.type = TxType::Legacy;
    tx.nonce = uint64Field(f[0], "nonce");
    tx.gasPrice = u256Field(f[1], "gasPrice");
    tx.gasLimit = uint64Field(f[2], "gasLimit");
    tx.to = toField(f[3]);
    tx.value = u256Field(f[4], "value");
    tx.data = bytesField(f[5], "data");

    const U256 v = u256Field(f[6], "v");
    std::uint8_t recoveryId = 0;
    if (v == U256(kPre155VBase) || v == U256(kPre155VBase + 1)) {
        recoveryId = static_cast<std::uint8_t>(v.toUint64() - kPre155VBase);
    } else if (v >= U256(kEip155VBase + 2)) {
        // v = chainId * 2 + 35 + recoveryId with chainId >= 1.
        const U256 offset = v - U256(kEip155VBase);
        const U256 chainId = offset / U256(2);
        if (!chainId.fitsUint64()) {
            throw ParseError("transaction field 'v': " + v.toDecimal() +
                             " implies a chain id above 2^64 - 1");
        }
        tx.chainId = chainId.toUint64();
        recoveryId = static_cast<std::uint8_t>((offset % U256(2)).toUint64());
    } else {
        throw ParseError("transaction field 'v': " + v.toDecimal() +
                         " is neither 27/28 nor chainId * 2 + 35/36 with a chain id of 1 or more");
    }
    stx.sig = signatureFields(f[7], f[8], recoveryId);
    return stx;
}

// The typed transactions' signature parity: 0 or 1.
std::uint8_t yParityField(const rlp::Item& item) {
    const std::uint64_t yParity = uint64Field(item, "yParity");
    if (yParity > 1) {
        throw ParseError("transaction field 'yParity': " + std::to_string(yParity) +
                         ", expected 0 or 1");
    }
    return static_cast<std::uint8_t>(yParity);
}

// An EIP-2930 or EIP-1559 payload (after the type byte): the fields unsignedFields writes, then
// yParity, r and s. The two differ only in their fee fields.
SignedTransaction decodeTyped(ByteView payload, TxType type) {
    const bool dynamicFee = type == TxType::Eip1559;
    const std::vector<rlp::Item> f = dynamicFee
                                         ? fieldList(payload, "EIP-1559", kEip1559FieldCount)
                                         : fieldList(payload, "EIP-2930", kEip2930FieldCount);
    SignedTransaction stx;
    Transaction& tx = stx.tx;
    tx.type = type;
    std::size_t i = 0;
    tx.chainId = uint64Field(f[i++], "chainId");
    tx.nonce = uint64Field(f[i++], "nonce");
    if (dynamicFee) {
        tx.maxPriorityFeePerGas = u256Field(f[i++], "maxPriorityFeePerGas");
        tx.maxFeePerGas = u256Field(f[i++], "maxFeePerGas");
    } else {
        tx.gasPrice = u256Field(f[i++], "gasPrice");
    }
    tx.gasLimit = uint64Field(f[i++], "gasLimit");
    tx.to = toField(f[i++]);
    tx.value = u256Field(f[i++], "value");
    tx.data = bytesField(f[i++], "data");
    tx.accessList = accessListField(f[i++]);
    const std::uint8_t yParity = yParityField(f[i]);
    stx.sig = signatureFields(f[i + 1], f[i + 2], yParity);
    return stx;
}

}  // namespace

Hash32 signingHash(const Transaction& tx) {
    rlp::Encoder enc = unsignedFields(tx);
    if (tx.type == TxType::Legacy && tx.chainId) {
        enc.addUint64(*tx.chainId).addUint64(0).addUint64(0);
    }
    return keccak256(envelope(tx.type, enc.list()));
}

SignedTransaction sign(const Transaction& tx, const crypto::PrivateKey& key) {
    return SignedTransaction{tx, key.sign(signingHash(tx))};
}

SignedTransaction impersonated(const Transaction& tx, const EthAddress& sender) {
    crypto::Signature marker;
    const U256 r = U256::fromBigEndian(sender.view()) + U256(1);  // < 2^160 + 1: a valid r
    const auto rBytes = r.toBigEndian();
    const auto sBytes = U256(1).toBigEndian();
    marker.r = Hash32::fromBytes(ByteView(rBytes.data(), rBytes.size()));
    marker.s = Hash32::fromBytes(ByteView(sBytes.data(), sBytes.size()));
    marker.recoveryId = 0;
    return SignedTransaction{tx, marker};
}

Bytes encode(const SignedTransaction& stx) {
    const Transaction& tx = stx.tx;
    if (stx.sig.recoveryId > 1) {
        throw Error("transaction: recovery id " + std::to_string(stx.sig.recoveryId) +
                    " cannot be encoded (expected 0 or 1)");
    }
    rlp::Encoder enc = unsignedFields(tx);
    if (tx.type != TxType::Legacy) {
        enc.addUint64(stx.sig.recoveryId);
    } else if (tx.chainId) {
        enc.addU256(U256(*tx.chainId) * U256(2) + U256(kEip155VBase + stx.sig.recoveryId));
    } else {
        enc.addUint64(kPre155VBase + stx.sig.recoveryId);
    }
    enc.addU256(U256::fromBigEndian(stx.sig.r.view()))
        .addU256(U256::fromBigEndian(stx.sig.s.view()));
    return envelope(tx.type, enc.list());
}

SignedTransaction decode(ByteView raw) {
    if (raw.empty()) {
        throw ParseError("transaction: empty input");
    }
    const std::uint8_t first = raw[0];
    if (first >= kRlpListStart) {
        return decodeLegacy(raw);
    }
    if (first == kEip1559TypeByte) {
        return decodeTyped(raw.subspan(1), TxType::Eip1559);
    }
    if (first == kEip2930TypeByte) {
        return decodeTyped(raw.subspan(1), TxType::Eip2930);
    }
    if (first <= kMaxTypeByte) {
        throw ParseError("transaction: unsupported type " + byteHex(first) +
                         " (accepted: legacy, EIP-2930 (0x01) and EIP-1559 (0x02))");
    }
    throw ParseError("transaction: starts with RLP string header " + byteHex(first) +
                     "; expected a type byte or an RLP list");
}

Hash32 hash(const SignedTransaction& stx) {
    return keccak256(encode(stx));
}

std::optional<EthAddress> sender(const SignedTransaction& stx) {
    return crypto::recoverAddress(signingHash(stx.tx), stx.sig);
}

U256 effectiveGasPrice(const Transaction& tx, const U256& baseFee) {
    if (paysGasPrice(tx.type)) {
        return tx.gasPrice;
    }
    if (baseFee >= tx.maxFeePerGas) {
        return tx.maxFeePerGas;
    }
    // baseFee + min(tip, headroom) <= maxFeePerGas, so the sum cannot overflow.
    const U256 headroom = tx.maxFeePerGas - baseFee;
    return baseFee + (tx.maxPriorityFeePerGas < headroom ? tx.maxPriorityFeePerGas : headroom);
}

U256 maxCost(const Transaction& tx) {
    const U256& price = paysGasPrice(tx.type) ? tx.gasPrice : tx.maxFeePerGas;
    return U256(tx.gasLimit) * price + tx.value;
}

}  // namespace ipc::chain
