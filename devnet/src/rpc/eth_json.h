// The JSON shapes of Ethereum's RPC for logs, transactions, receipts and blocks, built from the
// engine's immutable blocks after the engine has moved on (eth_methods.cpp, eth_logs.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "ipc/core/chain/block.h"
#include "ipc/devnet/rpc/rpc.h"

namespace ipc::devnet::rpc::eth {

// A log with its place in the chain, as eth_getLogs and receipts show it.
struct PlacedLog {
    chain::Log log;
    Hash32 blockHash;
    std::uint64_t blockNumber = 0;
    Hash32 txHash;  // zero for logs of implicit execution
    std::uint64_t txIndex = 0;
    std::uint64_t logIndex = 0;  // within the block
};

// Calls fn(log, txHash, txIndex, logIndex) for every log of the block: transaction logs in
// order, then the block's system logs (transactionIndex = number of transactions).
template <class F>
void forEachLog(const chain::Block& b, F&& fn) {
    std::uint64_t logIndex = 0;
    for (std::size_t i = 0; i < b.receipts.size(); ++i) {
        for (const auto& log : b.receipts[i].logs)
            fn(log, b.receipts[i].txHash, std::uint64_t(i), logIndex++);
    }
    for (const auto& log : b.systemLogs)
        fn(log, Hash32{}, std::uint64_t(b.transactions.size()), logIndex++);
}

Json logJson(const PlacedLog& p);
Json logsJson(const std::vector<PlacedLog>& logs);

// Where a mined transaction sits.
struct TxPlace {
    Hash32 blockHash;
    std::uint64_t blockNumber = 0;
    std::uint64_t index = 0;
    U256 baseFee;
};
TxPlace placeIn(const chain::Block& b, std::uint64_t index);

// A transaction object; block fields are null while it waits in the mempool.
Json txJson(const chain::IncludedTx& itx, const std::optional<TxPlace>& place);

// A receipt copied out of a block with what its JSON needs.
struct ReceiptRecord {
    chain::TxPtr tx;
    chain::Receipt receipt;
    TxPlace place;
    std::uint64_t firstLogIndex = 0;
};
ReceiptRecord receiptRecord(const chain::Block& b, std::size_t index);
Json receiptJson(const ReceiptRecord& rec);

// A block object with transaction hashes or (fullTransactions) transaction objects. The bloom and
// transaction sizes are the ones the engine computed when it sealed or read the block.
Json blockJson(const chain::Block& b, bool fullTransactions);
// The RLP size of the block in Ethereum's layout [header, transactions, uncles]: a best effort,
// as the devnet's own header is smaller than Ethereum's.
std::uint64_t blockSize(const chain::Block& b);

}  // namespace ipc::devnet::rpc::eth
