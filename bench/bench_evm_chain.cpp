// EVM transactions applied in-process on one subnet chain (no RPC; senders given as the engine has
// them after admission, so no signature recovery), one JSON line per result on stdout:
//  - "inprocess_transfers": N ERC-20 transfer(to, 1) calls of BenchToken (OpenZeppelin's ERC-20,
//    tests/contracts/Bench.sol) from 10 senders, next to N plain transfers in the same harness;
//    transactions per second from submission to the last block.
//  - "contract_calls_rss": 1,000,000 calls of a contract that writes one of 4,096 storage slots,
//    mined in blocks, with blocks handed to an archive that keeps nothing (as a workspace's
//    database would take them): RSS sampled every 100,000 calls. The state holds 4,096 slots,
//    so RSS should stay flat once they exist.
// BenchToken's creation bytecode is read from the file IPC_BENCH_TOKEN names (hex; scripts/bench.sh
// evm-peers compiles it with solc-js); without it the token part is skipped.
//   IPC_BENCH_TOKEN=token.hex build/bench/ipc_bench_evm_chain [transfers] [calls]
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "bench_support.h"
#include "ipc/core/chain/block_archive.h"
#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/chain/validator_set.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/evm/executor.h"
#include "ipc/core/primitives/error.h"

namespace {

using namespace ipc;
using namespace ipc::chain;
using bench::Clock;
using bench::residentBytes;
using bench::secondsSince;

constexpr std::uint64_t kChainId = 31337;
constexpr std::size_t kSenders = 10;

class NoContracts : public SystemContracts {
public:
    bool isContract(const EthAddress&) const override { return false; }
    std::uint64_t callGas(const EthAddress&, ByteView) const override { return 0; }
    Bytes call(CallContext&, const EthAddress&, ByteView) override { return {}; }
    Bytes view(const EthAddress&, ByteView) const override { return {}; }
};

// Blocks leave memory as they would for a workspace's database; nothing is kept here.
class DiscardingArchive : public BlockArchive {
public:
    BlockPtr block(std::uint64_t) const override { return nullptr; }
    BlockPtr blockByHash(const Hash32&) const override { return nullptr; }
    std::optional<TxLocation> findTx(const Hash32&) const override { return std::nullopt; }
};

EthAddress account(std::uint64_t i, std::uint8_t tag) {
    FixedBytes<20> b;
    b.bytes[0] = tag;
    for (int k = 0; k < 8; ++k)
        b.bytes[19 - k] = static_cast<std::uint8_t>(i >> (8 * k));
    return EthAddress(b);
}

// One chain with funded senders; transactions are submitted in chunks that keep blocks under the
// EIP-1559 target (so the base fee stays put) and mined at once.
class Harness {
public:
    Harness() : chain_(params(), ValidatorSet({validator()}), &contracts_) {
        for (std::size_t i = 0; i < kSenders; ++i)
            chain_.state().setBalance(sender(i), U256::parse("1000000000000000000000000000000"));
        chain_.genesis(now_);
        chain_.setArchive(std::make_shared<DiscardingArchive>(), 16);
    }

    static EthAddress sender(std::size_t i) { return account(i + 1, 0xaa); }
    SubnetChain& chain() { return chain_; }

    TxPtr tx(std::size_t from, std::optional<EthAddress> to, Bytes data, std::uint64_t gas,
             const U256& value = U256{}) {
        Transaction t;
        t.type = TxType::Eip1559;
        t.chainId = kChainId;
        t.nonce = nonces_[from]++;
        t.maxFeePerGas = U256(10'000'000'000ULL);
        t.maxPriorityFeePerGas = U256(1);
        t.gasLimit = gas;
        t.to = to;
        t.value = value;
        t.data = std::move(data);
        auto inc = std::make_shared<IncludedTx>();
        inc->signedTx.tx = std::move(t);
        inc->sender = sender(from);
        // Unique per transaction; the chain never checks it against a signature.
        ++serial_;
        Bytes seed(inc->sender.view().begin(), inc->sender.view().end());
        for (int k = 0; k < 8; ++k)
            seed.push_back(static_cast<std::uint8_t>(serial_ >> (8 * k)));
        inc->hash = keccak256(ByteView(seed));
        return inc;
    }

    // Submits every transaction in chunks of `perBlock`, mining a block after each chunk;
    // returns how many receipts succeeded.
    std::size_t mine(const std::vector<TxPtr>& txs, std::size_t perBlock) {
        std::size_t ok = 0;
        for (std::size_t i = 0; i < txs.size(); i += perBlock) {
            for (std::size_t k = i; k < std::min(txs.size(), i + perBlock); ++k)
                chain_.submit(txs[k]);
            ok += produce();
        }
        while (chain_.mempool().size() > 0)
            ok += produce();
        return ok;
    }

    std::size_t produce() {
        now_ += 1000;
        const Block& b = chain_.produceBlock(now_, validator().address, {}, {});
        chain_.pruneTo(chain_.height());
        std::size_t ok = 0;
        for (const Receipt& r : b.receipts)
            ok += r.success ? 1 : 0;
        gasUsed_ += b.header.gasUsed;
        return ok;
    }
    std::uint64_t gasUsed() const { return gasUsed_; }

private:
    static ChainParams params() {
        ChainParams p;
        p.chainId = kChainId;
        return p;
    }
    static Validator validator() {
        Validator v;
        v.address = account(0x50, 0x99);
        v.power = 10;
        return v;
    }

    NoContracts contracts_;
    SubnetChain chain_;
    std::uint64_t now_ = 1000;
    std::vector<std::uint64_t> nonces_ = std::vector<std::uint64_t>(kSenders, 0);
    std::uint64_t serial_ = 0;
    std::uint64_t gasUsed_ = 0;
};

Bytes transferCall(const EthAddress& to, std::uint64_t amount) {
    return abi::encodeCall("transfer(address,uint256)",
                           {abi::Value::address(to), abi::Value::uint(U256(amount))});
}

void tokenTransfers(const std::string& bytecodeFile, std::size_t n) {
    std::ifstream in(bytecodeFile);
    std::stringstream text;
    text << in.rdbuf();
    std::string hex = text.str();
    while (!hex.empty() && std::isspace(static_cast<unsigned char>(hex.back())))
        hex.pop_back();
    if (hex.empty())
        throw Error("no BenchToken bytecode in " + bytecodeFile);
    const Bytes init = fromHex(hex);

    double tokenRate = 0;
    double plainRate = 0;
    std::size_t tokenOk = 0;
    std::size_t plainOk = 0;
    std::uint64_t tokenGas = 0;
    {
        Harness h;
        // Deployer (sender 0) holds the supply; the other senders get a share.
        h.mine({h.tx(0, std::nullopt, init, 5'000'000)}, 1);
        const EthAddress token = evm::createAddress(Harness::sender(0), 0);
        if (!h.chain().state().hasCode(token))
            throw Error("BenchToken was not deployed");
        std::vector<TxPtr> setup;
        for (std::size_t s = 1; s < kSenders; ++s)
            setup.push_back(
                h.tx(0, token, transferCall(Harness::sender(s), 1'000'000'000), 80'000));
        h.mine(setup, setup.size());
        std::vector<TxPtr> txs;
        txs.reserve(n);
        for (std::size_t i = 0; i < n; ++i)
            txs.push_back(
                h.tx(i % kSenders, token, transferCall(account(0x5000 + i % 64, 0), 1), 80'000));
        const std::uint64_t gas0 = h.gasUsed();
        const auto t0 = Clock::now();
        tokenOk = h.mine(txs, 180);  // 180 x 80,000 gas limits stay below the 15 M target
        tokenRate = static_cast<double>(n) / secondsSince(t0);
        tokenGas = h.gasUsed() - gas0;
    }
    {
        Harness h;
        std::vector<TxPtr> txs;
        txs.reserve(n);
        for (std::size_t i = 0; i < n; ++i)
            txs.push_back(h.tx(i % kSenders, account(0x5000 + i % 64, 0), {}, 21'000, U256(1)));
        const auto t0 = Clock::now();
        plainOk = h.mine(txs, 600);  // 600 x 21,000 stays below the target
        plainRate = static_cast<double>(n) / secondsSince(t0);
    }
    std::printf(
        "{\"bench\":\"inprocess_transfers\",\"txs\":%zu,\"erc20Succeeded\":%zu,"
        "\"erc20TxPerSec\":%.1f,\"erc20GasUsed\":%llu,\"plainSucceeded\":%zu,"
        "\"plainTxPerSec\":%.1f}\n",
        n, tokenOk, tokenRate, static_cast<unsigned long long>(tokenGas), plainOk, plainRate);
    std::fflush(stdout);
}

void contractCallsRss(std::size_t calls) {
    // Runtime: sstore(calldataload(0), calldataload(32)).
    const Bytes runtime = fromHex("602035600035550000");
    Bytes init = fromHex(
        "6009806100"
        "0c6000396000f3");
    init.insert(init.end(), runtime.begin(), runtime.end());
    Harness h;
    h.mine({h.tx(0, std::nullopt, init, 200'000)}, 1);
    const EthAddress target = evm::createAddress(Harness::sender(0), 0);
    if (!h.chain().state().hasCode(target))
        throw Error("the storage contract was not deployed");

    constexpr std::size_t kChunk = 100'000;
    constexpr std::size_t kPerBlock = 300;  // 300 x 50,000 gas limits: the 15 M target
    std::vector<double> rssMiB{static_cast<double>(residentBytes()) / (1 << 20)};
    std::size_t ok = 0;
    const auto t0 = Clock::now();
    for (std::size_t done = 0; done < calls; done += kChunk) {
        std::vector<TxPtr> txs;
        const std::size_t count = std::min(kChunk, calls - done);
        txs.reserve(count);
        for (std::size_t i = done; i < done + count; ++i) {
            Bytes data(64, 0);
            const std::uint64_t slot = i % 4096;
            const std::uint64_t value = i + 1;
            for (int k = 0; k < 8; ++k) {
                data[31 - k] = static_cast<std::uint8_t>(slot >> (8 * k));
                data[63 - k] = static_cast<std::uint8_t>(value >> (8 * k));
            }
            txs.push_back(h.tx(i % kSenders, target, std::move(data), 50'000));
        }
        ok += h.mine(txs, kPerBlock);
        rssMiB.push_back(static_cast<double>(residentBytes()) / (1 << 20));
    }
    const double sec = secondsSince(t0);
    const Storage* storage = h.chain().state().storageOf(target);
    std::printf(
        "{\"bench\":\"contract_calls_rss\",\"calls\":%zu,\"succeeded\":%zu,\"slots\":%zu,"
        "\"blocks\":%llu,\"seconds\":%.1f,\"txPerSec\":%.1f,\"rssMiB\":[",
        calls, ok, storage ? storage->size() : std::size_t{0},
        static_cast<unsigned long long>(h.chain().height()), sec, static_cast<double>(calls) / sec);
    for (std::size_t i = 0; i < rssMiB.size(); ++i)
        std::printf("%s%.1f", i == 0 ? "" : ",", rssMiB[i]);
    std::printf("]}\n");
    std::fflush(stdout);
}

std::size_t countArg(int argc, char** argv, int index, std::size_t dflt) {
    if (argc <= index)
        return dflt;
    const long long v = std::atoll(argv[index]);
    if (v <= 0)
        throw Error(std::string("expected a positive count, got ") + argv[index]);
    return static_cast<std::size_t>(v);
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const std::size_t transfers = countArg(argc, argv, 1, 20'000);
        const std::size_t calls = countArg(argc, argv, 2, 1'000'000);
        if (const char* token = std::getenv("IPC_BENCH_TOKEN"); token != nullptr && *token)
            tokenTransfers(token, transfers);
        else
            std::cerr << "ipc_bench_evm_chain: IPC_BENCH_TOKEN not set, skipping the ERC-20 part\n";
        contractCallsRss(calls);
    } catch (const std::exception& e) {
        std::cerr << "ipc_bench_evm_chain: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
