// Blocks, receipts and logs of a subnet chain.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ipc/core/chain/transaction.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::chain {

struct Log {
    EthAddress address;
    std::vector<Hash32> topics;
    Bytes data;
};

// A contract that a transaction's code made with CREATE or CREATE2, and the contract that made
// it. (A creation transaction's own contract is its receipt's contract address, not one of
// these.)
struct CreatedContract {
    EthAddress address;
    EthAddress creator;

    bool operator==(const CreatedContract&) const = default;
};

struct Receipt {
    Hash32 txHash;
    bool success = true;
    std::uint64_t gasUsed = 0;
    std::uint64_t cumulativeGasUsed = 0;
    U256 effectiveGasPrice;
    std::vector<Log> logs;
    std::string revertReason;  // empty on success
    Bytes returnData;
    std::vector<CreatedContract> created;  // in the order of their addresses
};

// Ethereum's 2048-bit log bloom (yellow paper M3:2048), as block headers and receipts carry it.
using Bloom = std::array<std::uint8_t, 256>;
// Adds the three bits keccak256(item) selects.
void addToBloom(Bloom& bloom, ByteView item);
// Adds each log's address and topics.
void addToBloom(Bloom& bloom, const std::vector<Log>& logs);

// A transaction as included in a block: decoded, sender recovered, hash computed once.
struct IncludedTx {
    SignedTransaction signedTx;
    EthAddress sender;
    Hash32 hash;
    bool system = false;  // validator checkpoint signatures and relayer submissions: no fee
    // Bytes of the signed transaction's encoding (what `hash` hashes); 0 when not known.
    std::uint32_t encodedSize = 0;
};
using TxPtr = std::shared_ptr<const IncludedTx>;

// `stx` from `sender` as a block includes it: encoded once for its hash and size.
std::shared_ptr<IncludedTx> include(SignedTransaction stx, const EthAddress& sender,
                                    bool system = false);

struct BlockHeader {
    std::uint64_t number = 0;
    Hash32 parentHash;
    std::uint64_t timestampMs = 0;  // virtual time
    EthAddress proposer;
    Hash32 transactionsRoot;
    Hash32 receiptsRoot;
    Hash32 stateRoot;  // hash chain over each block's state changes (see SubnetChain)
    U256 baseFee;
    std::uint64_t gasUsed = 0;
    std::uint64_t gasLimit = 0;

    // keccak256 of the RLP list of the fields above, in this order.
    Hash32 computeHash() const;
};

// Validators whose signatures committed the block. Signatures are deterministic (RFC 6979) and
// are produced on demand from the signer's key when someone asks to see them.
struct Commit {
    std::vector<EthAddress> signers;
    std::uint64_t signedPower = 0;
    std::uint64_t totalPower = 0;
};

struct Block {
    BlockHeader header;
    Hash32 hash;
    std::vector<TxPtr> transactions;
    std::vector<Receipt> receipts;
    Commit commit;
    std::vector<Log> systemLogs;   // events of implicit execution (top-down, checkpoint cut)
    std::uint64_t intervalMs = 0;  // time since the previous block
    // The bloom of every log above (transactions' and system logs), set when the block is sealed
    // or read back; null when the block has no logs (most blocks), which is the empty bloom.
    std::shared_ptr<const Bloom> logsBloom;
};
// Blocks are immutable once produced and shared between the chain, its archive and readers.
using BlockPtr = std::shared_ptr<const Block>;

// Where a transaction landed: block number and index within the block.
struct TxLocation {
    std::uint64_t block;
    std::uint32_t index;
};

// keccak256 over the concatenated 32-byte items (transaction hashes, receipt digests).
Hash32 listRoot(const std::vector<Hash32>& items);
Hash32 receiptDigest(const Receipt& r);
// The bloom of all the block's logs; null when it has none.
std::shared_ptr<const Bloom> computeLogsBloom(const Block& b);

}  // namespace ipc::chain
