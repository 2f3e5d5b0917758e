// Ethereum transactions as subnets accept them over eth_sendRawTransaction: legacy (with and
// without EIP-155 replay protection), EIP-2930 (type 1) and EIP-1559 (type 2). Encoding, strict
// decoding, signing hashes, signing and sender recovery, plus the fee arithmetic the mempool and
// executor share.
//
// decode() and sender() are separate on purpose: decoding is cheap and can run where the bytes
// arrive (RPC thread), while signature recovery is the expensive part and can be batched on a
// worker thread.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::chain {

enum class TxType : std::uint8_t { Legacy = 0, Eip2930 = 1, Eip1559 = 2 };

// Legacy and EIP-2930 transactions pay one gasPrice; EIP-1559 ones a fee cap and a tip.
inline bool paysGasPrice(TxType type) {
    return type != TxType::Eip1559;
}

// EIP-2930 access list entry (carried by EIP-2930 and EIP-1559 transactions).
struct AccessListEntry {
    EthAddress address;
    std::vector<Hash32> storageKeys;

    bool operator==(const AccessListEntry&) const = default;
};

// The unsigned transaction. Fields that do not belong to `type` are ignored by every function
// here (gasPrice for EIP-1559; the fee caps and the access list for legacy).
struct Transaction {
    TxType type = TxType::Eip1559;
    // Legacy: absent means pre-EIP-155 (no replay protection); present must be non-zero.
    // EIP-1559: required.
    std::optional<std::uint64_t> chainId;
    std::uint64_t nonce = 0;
    U256 gasPrice;              // legacy, EIP-2930
    U256 maxPriorityFeePerGas;  // EIP-1559
    U256 maxFeePerGas;          // EIP-1559
    std::uint64_t gasLimit = 0;
    std::optional<EthAddress> to;  // absent: contract creation
    U256 value;
    Bytes data;
    std::vector<AccessListEntry> accessList;  // EIP-2930, EIP-1559

    bool operator==(const Transaction&) const = default;
};

struct SignedTransaction {
    Transaction tx;
    crypto::Signature sig;

    bool operator==(const SignedTransaction&) const = default;
};

// The digest the sender signs:
//   legacy pre-155: keccak(rlp([nonce, gasPrice, gasLimit, to, value, data]))
//   legacy EIP-155: keccak(rlp([nonce, gasPrice, gasLimit, to, value, data, chainId, 0, 0]))
//   EIP-2930:       keccak(0x01 || rlp([chainId, nonce, gasPrice, gasLimit, to, value, data,
//                                       accessList]))
//   EIP-1559:       keccak(0x02 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas,
//                                       gasLimit, to, value, data, accessList]))
// Throws ipc::Error when the transaction cannot be encoded (EIP-1559 without a chain id, legacy
// with chain id 0).
Hash32 signingHash(const Transaction& tx);

// Signs with RFC 6979 nonces and low s, so the result is reproducible byte for byte.
SignedTransaction sign(const Transaction& tx, const crypto::PrivateKey& key);

// A transaction sent without the sender's key, as anvil's and Hardhat's impersonated accounts
// send: it carries a marker instead of a signature (r = sender + 1, s = 1, parity 0), so it
// encodes and decodes like any transaction and its hash differs from sender to sender, but it
// does not recover to `sender`. Whoever keeps it keeps the sender beside it (IncludedTx::sender).
SignedTransaction impersonated(const Transaction& tx, const EthAddress& sender);

// The raw bytes eth_sendRawTransaction carries. Legacy: rlp([..., v, r, s]) with v = 27 + recId
// (pre-155) or chainId * 2 + 35 + recId; EIP-1559: 0x02 || rlp([..., yParity, r, s]). r and s are
// minimal integers. Throws ipc::Error like signingHash().
Bytes encode(const SignedTransaction& stx);

// Strict inverse of encode(): whatever it accepts re-encodes to exactly `raw`. Throws ParseError
// naming the problem: empty input, unknown type byte, non-canonical or truncated RLP, trailing
// bytes, wrong field count, integers too large for their field, `to` neither empty nor 20 bytes,
// a malformed access list, bad v / yParity, r or s zero or >= n, or high s (EIP-2: s > n/2).
// Does not recover the sender.
SignedTransaction decode(ByteView raw);

// keccak256 of the raw encoding (the transaction hash clients show).
Hash32 hash(const SignedTransaction& stx);

// The signer's address; nullopt when the signature does not recover to a public key.
std::optional<EthAddress> sender(const SignedTransaction& stx);

// Price per gas actually paid at `baseFee`. EIP-1559: min(maxFeePerGas, baseFee + tip); when the
// base fee is above maxFeePerGas the transaction is not includable and this returns
// maxFeePerGas — callers check includability first. Legacy: gasPrice. Never overflows.
U256 effectiveGasPrice(const Transaction& tx, const U256& baseFee);

// The most the sender can be charged: gasLimit * (maxFeePerGas or gasPrice) + value. The balance
// must cover this before the transaction is accepted. Throws ArithmeticError past 2^256 - 1.
U256 maxCost(const Transaction& tx);

}  // namespace ipc::chain
