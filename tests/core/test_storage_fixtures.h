// Blocks, transactions and records for the storage tests: real signed transactions of every
// kind the chain accepts, so what the store keeps is what the engine produces.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "ipc/core/chain/block.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/storage/store.h"

namespace ipc::storage::testing {

inline const char* const kRoot = "/r31337";
inline const char* const kChild = "/r31337/t410fkzrz3mlkyufisiuae3scumllgalzuu3wxlxa2ly";

inline crypto::PrivateKey key(std::uint64_t i) {
    return crypto::PrivateKey::deterministic(7, i);
}

inline EthAddress address(std::uint64_t i) {
    return key(i).ethAddress();
}

inline Hash32 hashOf(const std::string& text) {
    return keccak256(text);
}

enum class Kind { Legacy, Eip155, Eip1559, Create };

inline chain::TxPtr makeTx(Kind kind, std::uint64_t from, std::uint64_t to, std::uint64_t nonce,
                           bool system = false) {
    chain::Transaction tx;
    tx.nonce = nonce;
    tx.gasLimit = 21000;
    tx.value = U256(1000 + nonce);
    switch (kind) {
        case Kind::Legacy:
            tx.type = chain::TxType::Legacy;
            tx.gasPrice = U256(1'000'000'000);
            break;
        case Kind::Eip155:
            tx.type = chain::TxType::Legacy;
            tx.chainId = 31337;
            tx.gasPrice = U256(2'000'000'000);
            break;
        case Kind::Eip1559:
        case Kind::Create:
            tx.type = chain::TxType::Eip1559;
            tx.chainId = 31337;
            tx.maxPriorityFeePerGas = U256(1);
            tx.maxFeePerGas = U256(3'000'000'000ULL);
            tx.accessList = {{address(to), {hashOf("slot")}}};
            break;
    }
    if (kind == Kind::Create) {
        tx.data = Bytes{0x60, 0x80, 0x60, 0x40, 0x52};
        tx.gasLimit = 100000;
    } else {
        tx.to = address(to);
    }
    auto included = std::make_shared<chain::IncludedTx>();
    included->signedTx = chain::sign(tx, key(from));
    included->sender = address(from);
    included->hash = chain::hash(included->signedTx);
    included->system = system;
    return included;
}

// Block `number` of a chain with the given transactions, receipts (one per transaction, with a
// log), a commit and, every third block, a system log.
inline std::shared_ptr<chain::Block> makeBlock(std::uint64_t number,
                                               std::vector<chain::TxPtr> txs = {}) {
    auto b = std::make_shared<chain::Block>();
    b->header.number = number;
    b->header.parentHash = hashOf("block " + std::to_string(number - 1));
    b->header.timestampMs = 1'700'000'000'000ULL + number * 1000;
    b->header.proposer = address(100 + number % 3);
    b->header.stateRoot = hashOf("state " + std::to_string(number));
    b->header.baseFee = U256(1'000'000'000);
    b->header.gasLimit = 30'000'000;
    std::vector<Hash32> txHashes;
    std::uint64_t gas = 0;
    for (const auto& tx : txs) {
        txHashes.push_back(tx->hash);
        chain::Receipt r;
        r.txHash = tx->hash;
        r.gasUsed = tx->signedTx.tx.gasLimit;
        gas += r.gasUsed;
        r.cumulativeGasUsed = gas;
        r.effectiveGasPrice = U256(1'000'000'001);
        r.logs.push_back({address(1), {hashOf("Transfer"), hashOf("x")}, Bytes{1, 2, 3}});
        b->receipts.push_back(std::move(r));
    }
    b->header.gasUsed = gas;
    b->header.transactionsRoot = chain::listRoot(txHashes);
    b->transactions = std::move(txs);
    b->commit.signers = {address(100), address(101)};
    b->commit.signedPower = 20;
    b->commit.totalPower = 30;
    if (number % 3 == 0) {
        b->systemLogs.push_back({address(2), {hashOf("NewTopDownMessage")}, Bytes(40, 7)});
    }
    b->intervalMs = 1000;
    b->hash = b->header.computeHash();
    return b;
}

inline void expectSameLogs(const std::vector<chain::Log>& a, const std::vector<chain::Log>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].address, b[i].address);
        EXPECT_EQ(a[i].topics, b[i].topics);
        EXPECT_EQ(a[i].data, b[i].data);
    }
}

// Field by field, so a field the codec forgot fails here even if encoding it twice agrees.
inline void expectSameBlock(const chain::Block& a, const chain::Block& b) {
    EXPECT_EQ(a.header.number, b.header.number);
    EXPECT_EQ(a.header.parentHash, b.header.parentHash);
    EXPECT_EQ(a.header.timestampMs, b.header.timestampMs);
    EXPECT_EQ(a.header.proposer, b.header.proposer);
    EXPECT_EQ(a.header.transactionsRoot, b.header.transactionsRoot);
    EXPECT_EQ(a.header.receiptsRoot, b.header.receiptsRoot);
    EXPECT_EQ(a.header.stateRoot, b.header.stateRoot);
    EXPECT_EQ(a.header.baseFee, b.header.baseFee);
    EXPECT_EQ(a.header.gasUsed, b.header.gasUsed);
    EXPECT_EQ(a.header.gasLimit, b.header.gasLimit);
    EXPECT_EQ(a.hash, b.hash);
    ASSERT_EQ(a.transactions.size(), b.transactions.size());
    for (std::size_t i = 0; i < a.transactions.size(); ++i) {
        EXPECT_EQ(a.transactions[i]->signedTx, b.transactions[i]->signedTx);
        EXPECT_EQ(a.transactions[i]->sender, b.transactions[i]->sender);
        EXPECT_EQ(a.transactions[i]->hash, b.transactions[i]->hash);
        EXPECT_EQ(a.transactions[i]->system, b.transactions[i]->system);
    }
    ASSERT_EQ(a.receipts.size(), b.receipts.size());
    for (std::size_t i = 0; i < a.receipts.size(); ++i) {
        const chain::Receipt& x = a.receipts[i];
        const chain::Receipt& y = b.receipts[i];
        EXPECT_EQ(x.txHash, y.txHash);
        EXPECT_EQ(x.success, y.success);
        EXPECT_EQ(x.gasUsed, y.gasUsed);
        EXPECT_EQ(x.cumulativeGasUsed, y.cumulativeGasUsed);
        EXPECT_EQ(x.effectiveGasPrice, y.effectiveGasPrice);
        expectSameLogs(x.logs, y.logs);
        EXPECT_EQ(x.revertReason, y.revertReason);
        EXPECT_EQ(x.returnData, y.returnData);
        EXPECT_EQ(x.created, y.created);
    }
    EXPECT_EQ(a.commit.signers, b.commit.signers);
    EXPECT_EQ(a.commit.signedPower, b.commit.signedPower);
    EXPECT_EQ(a.commit.totalPower, b.commit.totalPower);
    expectSameLogs(a.systemLogs, b.systemLogs);
    EXPECT_EQ(a.intervalMs, b.intervalMs);
}

// A fresh directory under the system temp dir, removed with its contents at scope exit.
class TempDir {
public:
    TempDir() {
        std::random_device rd;
        path_ = std::filesystem::temp_directory_path() /
                ("ipc-storage-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

}  // namespace ipc::storage::testing
