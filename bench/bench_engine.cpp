// Engine benchmarks for the performance targets of issue 3, each reported as a ratio or a bound
// measured in this run (never against numbers from another machine):
//   1. signed transfers applied per second in one subnet, against the raw secp256k1 public-key
//      recovery rate on one core (>= 0.7x on one core, >= 1.2x with recovery on both cores);
//   2. `three-level` from nothing to a first block on every subnet in fast mode (< 100 ms);
//   3. 100,000 blocks across the 7 chains of `three-level` in fast mode (< 10 s), with the RSS
//      growth per block next to the bytes a stored block holds;
//   4. verifying a bottom-up checkpoint signed by 100 validators (< 10 ms).
// The Google Benchmark cases print their own lines; main() then prints the summary table.
// Run with `bash scripts/bench.sh` (see BENCHMARKS.md).
#include <benchmark/benchmark.h>
#include <secp256k1.h>
#include <secp256k1_recovery.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <future>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "bench_support.h"
#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/ipc/gateway.h"
#include "ipc/core/ipc/subnet_actor.h"
#include "ipc/core/ipc/types.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/topology.h"
#include "support/transfers.h"

namespace {

using namespace ipc;
using bench::Clock;
using bench::residentBytes;
using bench::results;
using bench::secondsSince;

// ------------------------------------------------------------------ raw recovery (denominator)

// Distinct digests and recoverable signatures, made once with libsecp256k1 itself.
struct RawSignatures {
    std::vector<std::array<std::uint8_t, 32>> digests;
    std::vector<std::array<std::uint8_t, 64>> compact;
    std::vector<int> recoveryIds;
};

constexpr std::size_t kRawSignatures = 1024;

const RawSignatures& rawSignatures() {
    static const RawSignatures sigs = [] {
        RawSignatures s;
        for (std::size_t i = 0; i < kRawSignatures; ++i) {
            const auto key = crypto::PrivateKey::deterministic(7, i);
            const std::string text = "digest " + std::to_string(i);
            const Hash32 digest = keccak256(
                ByteView(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
            const crypto::Signature sig = key.sign(digest);
            std::array<std::uint8_t, 32> d{};
            std::copy(digest.bytes.begin(), digest.bytes.end(), d.begin());
            std::array<std::uint8_t, 64> rs{};
            std::copy(sig.r.bytes.begin(), sig.r.bytes.end(), rs.begin());
            std::copy(sig.s.bytes.begin(), sig.s.bytes.end(), rs.begin() + 32);
            s.digests.push_back(d);
            s.compact.push_back(rs);
            s.recoveryIds.push_back(sig.recoveryId);
        }
        return s;
    }();
    return sigs;
}

struct Secp256k1Context {
    secp256k1_context* ctx = secp256k1_context_create(SECP256K1_CONTEXT_VERIFY);
    ~Secp256k1Context() { secp256k1_context_destroy(ctx); }
    Secp256k1Context() = default;
    Secp256k1Context(const Secp256k1Context&) = delete;
    Secp256k1Context& operator=(const Secp256k1Context&) = delete;
};

// One recovery exactly as a node needs it: parse the compact signature, recover the point.
bool rawRecover(const secp256k1_context* ctx, const RawSignatures& s, std::size_t i) {
    secp256k1_ecdsa_recoverable_signature sig;
    secp256k1_pubkey pub;
    return secp256k1_ecdsa_recoverable_signature_parse_compact(ctx, &sig, s.compact[i].data(),
                                                               s.recoveryIds[i]) == 1 &&
           secp256k1_ecdsa_recover(ctx, &pub, &sig, s.digests[i].data()) == 1;
}

// Recovers signatures [from, to) of the batch `rounds` times; returns how many succeeded.
std::size_t recoverBatch(std::size_t rounds, std::size_t from, std::size_t to) {
    static const Secp256k1Context c;  // only passed as const: safe from several threads
    const auto& s = rawSignatures();
    std::size_t ok = 0;
    for (std::size_t r = 0; r < rounds; ++r) {
        for (std::size_t i = from; i < to; ++i)
            ok += rawRecover(c.ctx, s, i) ? 1 : 0;
    }
    return ok;
}

constexpr std::size_t kRecoverRounds = 8;

// The denominator of target 1: raw recoveries per second on one core (batches of 8 x 1024).
void BM_RawRecover1Core(benchmark::State& state) {
    rawSignatures();
    for (auto _ : state) {
        const auto t0 = Clock::now();
        const std::size_t ok = recoverBatch(kRecoverRounds, 0, kRawSignatures);
        const double sec = secondsSince(t0);
        state.SetIterationTime(sec);
        if (ok != kRecoverRounds * kRawSignatures) {
            state.SkipWithError("a recovery failed");
            break;
        }
        results()["recover.1core"] = static_cast<double>(ok) / sec;
    }
    state.SetItemsProcessed(
        static_cast<std::int64_t>(state.iterations() * kRecoverRounds * kRawSignatures));
}

// The same batch split over two threads (context for the two-core transfer figures).
void BM_RawRecover2Threads(benchmark::State& state) {
    rawSignatures();
    for (auto _ : state) {
        const auto t0 = Clock::now();
        std::size_t other = 0;
        std::thread t(
            [&] { other = recoverBatch(kRecoverRounds, kRawSignatures / 2, kRawSignatures); });
        const std::size_t own = recoverBatch(kRecoverRounds, 0, kRawSignatures / 2);
        t.join();
        const double sec = secondsSince(t0);
        state.SetIterationTime(sec);
        results()["recover.2threads"] = static_cast<double>(own + other) / sec;
    }
    state.SetItemsProcessed(
        static_cast<std::int64_t>(state.iterations() * kRecoverRounds * kRawSignatures));
}

// Recovery through the project's wrapper (parse, recover, serialise, keccak of the key): what
// chain::sender() pays on top of libsecp256k1, for comparison.
void BM_RecoverAddress(benchmark::State& state) {
    const auto& s = rawSignatures();
    std::vector<crypto::Signature> sigs;
    std::vector<Hash32> digests;
    for (std::size_t i = 0; i < kRawSignatures; ++i) {
        crypto::Signature sig;
        std::copy(s.compact[i].begin(), s.compact[i].begin() + 32, sig.r.bytes.begin());
        std::copy(s.compact[i].begin() + 32, s.compact[i].end(), sig.s.bytes.begin());
        sig.recoveryId = static_cast<std::uint8_t>(s.recoveryIds[i]);
        sigs.push_back(sig);
        Hash32 d;
        std::copy(s.digests[i].begin(), s.digests[i].end(), d.bytes.begin());
        digests.push_back(d);
    }
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(crypto::recoverAddress(digests[i], sigs[i]));
        i = (i + 1) % kRawSignatures;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

// ------------------------------------------------------------------ target 1: transfers

constexpr std::size_t kSenders = 1'000;
// 20,000 transfers (20 per sender); IPC_BENCH_TRANSFERS=N makes a smaller batch for profiling
// under valgrind.
std::size_t transferCount() {
    static const std::size_t n = [] {
        const char* env = std::getenv("IPC_BENCH_TRANSFERS");
        const std::size_t v = env != nullptr ? std::strtoull(env, nullptr, 10) : 0;
        return v >= kSenders ? v : std::size_t{20'000};
    }();
    return n;
}
// Transfers that fill a block: 30,000,000 / 21,000.
constexpr std::size_t kPerBlock =
    chain::GasSchedule::kBlockGasLimit / chain::GasSchedule::kTransfer;

devnet::Topology rootOnly() {
    devnet::Topology t = devnet::builtinTemplate("single");
    t.subnets.clear();  // one subnet: the root chain, nothing else running
    return t;
}

EthAddress recipient(std::size_t i) {
    FixedBytes<20> b;
    b.bytes[0] = 0x42;
    b.bytes[17] = static_cast<std::uint8_t>(i >> 16);
    b.bytes[18] = static_cast<std::uint8_t>(i >> 8);
    b.bytes[19] = static_cast<std::uint8_t>(i);
    return EthAddress(b);
}

Bytes signedTransfer(const crypto::PrivateKey& key, std::uint64_t nonce, std::size_t to) {
    return ipc::testing::signedTransfer(key, nonce, recipient(to), U256(1000));
}

struct TransferBatch {
    std::vector<crypto::PrivateKey> senders;  // to fund before the batch runs
    std::vector<Bytes> raws;                  // in arrival order
};

// kSenders fresh keys with transferCount() / kSenders consecutive nonces each, interleaved.
const TransferBatch& manySenders() {
    static const TransferBatch batch = [] {
        TransferBatch b;
        for (std::size_t s = 0; s < kSenders; ++s)
            b.senders.push_back(crypto::PrivateKey::deterministic(4242, s));
        for (std::size_t k = 0; k < transferCount() / kSenders; ++k) {
            for (std::size_t s = 0; s < kSenders; ++s)
                b.raws.push_back(signedTransfer(b.senders[s], k, b.raws.size() % 1000));
        }
        return b;
    }();
    return batch;
}

// One sender (a fresh key) with transferCount() consecutive nonces.
const TransferBatch& oneSender() {
    static const TransferBatch batch = [] {
        TransferBatch b;
        b.senders.push_back(crypto::PrivateKey::deterministic(4243, 0));
        for (std::size_t k = 0; k < transferCount(); ++k)
            b.raws.push_back(signedTransfer(b.senders[0], k, k % 1000));
        return b;
    }();
    return batch;
}

// Produces blocks until the mempool is empty; gives up after `maxBlocks` (a transaction that
// can never be included then shows up as a missing receipt instead of a hang).
void mineUntilEmpty(devnet::Hierarchy& h, std::size_t maxBlocks) {
    const SubnetId root = h.root().id;
    const auto& chain = *h.root().chain;
    for (std::size_t i = 0; i < maxBlocks && chain.mempool().size() > 0; ++i)
        h.mine(root, 1);
}

// A root-only hierarchy whose senders were funded by ordinary transfers from account 0, mined
// in blocks (not timed). Everything is deterministic, so every run starts from the same state.
std::unique_ptr<devnet::Hierarchy> fundedRoot(const TransferBatch& batch) {
    auto h = std::make_unique<devnet::Hierarchy>(rootOnly());
    const SubnetId root = h->root().id;
    const EthAddress funder = h->accounts().front().address;
    const U256 amount = batch.senders.size() == 1 ? U256::parse("100000000000000000000")  // 100
                                                  : U256::parse("1000000000000000000");   // 1
    auto& chain = *h->node(root)->chain;
    for (const auto& k : batch.senders) {
        h->send(root, funder, k.ethAddress(), amount);
        if (chain.mempool().size() >= kPerBlock)
            h->mine(root, 1);
    }
    mineUntilEmpty(*h, 100);
    return h;
}

// Counts successful receipts after `fromHeight`.
std::size_t receiptsAfter(const chain::SubnetChain& chain, std::uint64_t fromHeight) {
    std::size_t ok = 0;
    for (std::uint64_t n = fromHeight + 1; n <= chain.height(); ++n) {
        for (const auto& r : chain.block(n)->receipts)
            ok += r.success ? 1 : 0;
    }
    return ok;
}

double threadCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// The raw recovery rate right now: on this thread by wall clock and by this thread's CPU time,
// and split over two threads by wall clock. Measured next to each transfer run so the ratio
// compares like with like even when other processes take CPU between benchmarks; the two-thread
// rate shows whether a second core was free at all.
struct RecoveryRate {
    double wall = 0;
    double cpu = 0;
    double twoThreads = 0;
};

RecoveryRate recoveryRateNow() {
    constexpr std::size_t kRounds = 2;
    RecoveryRate r;
    const double cpu0 = threadCpuSeconds();
    auto t0 = Clock::now();
    const auto ok = static_cast<double>(recoverBatch(kRounds, 0, kRawSignatures));
    r.wall = ok / secondsSince(t0);
    r.cpu = ok / (threadCpuSeconds() - cpu0);
    t0 = Clock::now();
    std::size_t other = 0;
    std::thread t([&] { other = recoverBatch(kRounds, kRawSignatures / 2, kRawSignatures); });
    const std::size_t own = recoverBatch(kRounds, 0, kRawSignatures / 2);
    t.join();
    r.twoThreads = static_cast<double>(own + other) / secondsSince(t0);
    return r;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// One core: eth_sendRawTransaction's path (decode, recover, admission, mempool) for every raw
// transaction, a block whenever a block's worth is pending, then blocks until all are in.
void applyOnOneCore(devnet::Hierarchy& h, const TransferBatch& batch) {
    const SubnetId root = h.root().id;
    auto& chain = *h.node(root)->chain;
    for (const auto& raw : batch.raws) {
        h.submitRaw(root, raw);
        if (chain.mempool().size() >= kPerBlock)
            h.mine(root, 1);
    }
    mineUntilEmpty(h, 100);
}

// Two cores: decoding, sender recovery and hashing (the work that needs no state) run on a
// worker thread and on the engine thread in chunks; the engine thread submits chunks in arrival
// order as soon as they are ready and produces blocks, and recovers a chunk itself whenever the
// next one in order is not ready yet.
void applyOnTwoCores(devnet::Hierarchy& h, const TransferBatch& batch) {
    constexpr std::size_t kChunk = 256;
    const SubnetId root = h.root().id;
    auto& chain = *h.node(root)->chain;
    const std::size_t n = batch.raws.size();
    const std::size_t chunks = (n + kChunk - 1) / kChunk;
    std::vector<chain::TxPtr> prepared(n);
    std::unique_ptr<std::atomic<bool>[]> ready(new std::atomic<bool>[chunks]);
    for (std::size_t c = 0; c < chunks; ++c)
        ready[c].store(false);
    std::atomic<std::size_t> nextChunk{0};
    auto prepare = [&](std::size_t c) {
        for (std::size_t i = c * kChunk; i < std::min(n, (c + 1) * kChunk); ++i) {
            auto inc = std::make_shared<chain::IncludedTx>();
            try {
                inc->signedTx = chain::decode(batch.raws[i]);
            } catch (const std::exception&) {
                continue;  // left empty: the receipt count shows it
            }
            const auto from = chain::sender(inc->signedTx);
            if (!from)
                continue;
            inc->sender = *from;
            inc->hash = chain::hash(inc->signedTx);
            prepared[i] = std::move(inc);
        }
        ready[c].store(true, std::memory_order_release);
    };
    std::thread worker([&] {
        for (std::size_t c = nextChunk++; c < chunks; c = nextChunk++)
            prepare(c);
    });
    try {
        for (std::size_t c = 0; c < chunks; ++c) {
            while (!ready[c].load(std::memory_order_acquire)) {
                const std::size_t own = nextChunk++;
                if (own < chunks) {
                    prepare(own);
                } else {
                    std::this_thread::yield();
                }
            }
            for (std::size_t i = c * kChunk; i < std::min(n, (c + 1) * kChunk); ++i) {
                if (!prepared[i])
                    continue;
                chain.submit(std::move(prepared[i]));
                if (chain.mempool().size() >= kPerBlock)
                    h.mine(root, 1);
            }
        }
        mineUntilEmpty(h, 100);
    } catch (...) {
        nextChunk = chunks;
        worker.join();
        throw;
    }
    worker.join();
}

using BatchFn = const TransferBatch& (*)();
using ApplyFn = void (*)(devnet::Hierarchy&, const TransferBatch&);

// Each iteration: a fresh funded chain, the raw recovery rate, the timed batch, the recovery
// rate again. The summary takes the median ratio over the iterations.
void BM_TransfersApplied(benchmark::State& state, BatchFn makeBatch, ApplyFn apply,
                         const char* key) {
    const TransferBatch& batch = makeBatch();
    std::vector<double> wallRatios;
    std::vector<double> cpuRatios;
    std::vector<double> rates;
    std::vector<double> parallelism;  // raw recovery speed-up on two threads
    std::vector<double> recoveries;   // raw recoveries/s on one core, next to each run
    for (auto _ : state) {
        auto h = fundedRoot(batch);
        const auto& chain = *h->root().chain;
        const std::uint64_t start = chain.height();

        const RecoveryRate before = recoveryRateNow();
        const double cpu0 = threadCpuSeconds();
        const auto t0 = Clock::now();
        try {
            apply(*h, batch);
        } catch (const std::exception& e) {
            state.SkipWithError(e.what());
            break;
        }
        const double sec = secondsSince(t0);
        const double cpu = threadCpuSeconds() - cpu0;
        state.SetIterationTime(sec);
        const RecoveryRate after = recoveryRateNow();

        const std::size_t applied = receiptsAfter(chain, start);
        if (applied != batch.raws.size()) {
            state.SkipWithError("not every transfer was included with a successful receipt");
            break;
        }
        const double rate = static_cast<double>(applied) / sec;
        rates.push_back(rate);
        wallRatios.push_back(rate / ((before.wall + after.wall) / 2));
        cpuRatios.push_back(static_cast<double>(applied) / cpu / ((before.cpu + after.cpu) / 2));
        parallelism.push_back((before.twoThreads + after.twoThreads) / (before.wall + after.wall));
        recoveries.push_back((before.wall + after.wall) / 2);
        state.counters["blocks"] = static_cast<double>(chain.height() - start);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * batch.raws.size()));
    if (rates.empty())
        return;
    state.counters["ratio"] = median(wallRatios);
    auto& r = results();
    r[std::string(key) + ".rate"] = median(rates);
    r[std::string(key) + ".ratio"] = median(wallRatios);
    r[std::string(key) + ".cpuRatio"] = median(cpuRatios);
    r[std::string(key) + ".parallelism"] = median(parallelism);
    r[std::string(key) + ".recoveries"] = median(recoveries);
}

// ------------------------------------------------------------------ target 2: first blocks

bool everySubnetHasABlock(const devnet::Hierarchy& h) {
    return std::all_of(h.nodes().begin(), h.nodes().end(),
                       [](const auto& n) { return n->chain->height() >= 1; });
}

// The engine alone: parse the template, build the hierarchy (keys, genesis, bootstraps), run
// virtual time until each of the 7 chains has block 1.
void BM_ThreeLevelFirstBlocks(benchmark::State& state) {
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = Clock::now();
        devnet::Hierarchy h(devnet::builtinTemplate("three-level"));
        const bool ok = h.runUntilCondition([&] { return everySubnetHasABlock(h); }, UINT64_MAX);
        const double sec = secondsSince(t0);
        state.SetIterationTime(sec);
        if (!ok || h.nodes().size() != 7) {
            state.SkipWithError("three-level did not produce a block on all 7 chains");
            break;
        }
        ms.push_back(sec * 1e3);
    }
    if (!ms.empty())
        results()["firstblocks.hierarchy.ms"] = median(ms);
}

// The same through the Devnet facade in fast mode (engine thread, events): from start() until
// the BlockProduced events of all 7 chains have arrived.
void BM_ThreeLevelFirstBlocksDevnetFast(benchmark::State& state) {
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = Clock::now();
        devnet::DevnetOptions options;
        options.fast = true;
        options.paused = true;  // subscribe before anything runs
        auto d = devnet::Devnet::start(devnet::builtinTemplate("three-level"), options);
        std::promise<void> allSeen;
        std::set<SubnetId> seen;
        auto sub = d->subscribe([&](const devnet::Event& e) {
            if (const auto* b = std::get_if<devnet::BlockProduced>(&e)) {
                if (seen.insert(b->subnet).second && seen.size() == 7)
                    allSeen.set_value();
            }
        });
        d->resume();
        const bool ok =
            allSeen.get_future().wait_for(std::chrono::seconds(30)) == std::future_status::ready;
        const double sec = secondsSince(t0);
        state.SetIterationTime(sec);
        sub.reset();
        d->stop();
        if (!ok) {
            state.SkipWithError("no block on every subnet within 30 s");
            break;
        }
        ms.push_back(sec * 1e3);
    }
    if (!ms.empty())
        results()["firstblocks.devnet.ms"] = median(ms);
}

// ------------------------------------------------------------------ target 3: 100k blocks

std::size_t logsBytes(const std::vector<chain::Log>& logs) {
    std::size_t n = logs.capacity() * sizeof(chain::Log);
    for (const auto& l : logs)
        n += l.topics.capacity() * sizeof(Hash32) + l.data.capacity();
    return n;
}

std::size_t stringHeap(const std::string& s) {
    return s.capacity() > 15 ? s.capacity() + 1 : 0;  // beyond libstdc++'s small-string buffer
}

// What one stored block holds: the Block and everything it owns (transactions, receipts, logs,
// commit), plus its entries in the chain's block and transaction indexes (a hash-map node and
// a bucket each, about 64 and 72 bytes). Allocator headers are not counted.
std::size_t storedBlockBytes(const chain::Block& b) {
    std::size_t n = sizeof(chain::Block) + 64;
    n += b.transactions.capacity() * sizeof(chain::TxPtr);
    for (const auto& tx : b.transactions) {
        n += sizeof(chain::IncludedTx) + 16 + tx->signedTx.tx.data.capacity() + 72;
        n += tx->signedTx.tx.accessList.capacity() * sizeof(chain::AccessListEntry);
    }
    n += b.receipts.capacity() * sizeof(chain::Receipt);
    for (const auto& r : b.receipts) {
        n += logsBytes(r.logs);
        n += stringHeap(r.revertReason) + r.returnData.capacity();
    }
    n += b.commit.signers.capacity() * sizeof(EthAddress);
    n += logsBytes(b.systemLogs);
    return n;
}

std::uint64_t blocksBelowRoot(const devnet::Hierarchy& h) {
    std::uint64_t sum = 0;
    for (const auto& n : h.nodes())
        sum += n->chain->height();
    return sum;
}

std::size_t storedBytes(const devnet::Hierarchy& h) {
    std::size_t sum = 0;
    for (const auto& n : h.nodes()) {
        for (const auto& b : n->chain->recentBlocks())
            sum += storedBlockBytes(*b);
    }
    return sum;
}

void BM_HundredThousandBlocks(benchmark::State& state) {
    // IPC_BENCH_BLOCKS=N runs fewer blocks, for profiling under valgrind.
    const char* env = std::getenv("IPC_BENCH_BLOCKS");
    const std::uint64_t blockCount = env != nullptr ? std::strtoull(env, nullptr, 10) : 100'000;
    for (auto _ : state) {
        devnet::Hierarchy h(devnet::builtinTemplate("three-level"));
        const std::size_t rssStart = residentBytes();
        const std::size_t storedStart = storedBytes(h);
        const std::uint64_t blocksStart = blocksBelowRoot(h);

        const auto t0 = Clock::now();
        // Half way, RSS is sampled (outside the timed part) to see whether growth is linear.
        bool ok =
            h.runUntilCondition([&] { return blocksBelowRoot(h) >= blockCount / 2; }, UINT64_MAX);
        double sec = secondsSince(t0);
        const std::size_t rssHalf = residentBytes();
        const std::uint64_t blocksHalf = blocksBelowRoot(h);
        const auto t1 = Clock::now();
        ok =
            ok && h.runUntilCondition([&] { return blocksBelowRoot(h) >= blockCount; }, UINT64_MAX);
        sec += secondsSince(t1);
        state.SetIterationTime(sec);

        const std::size_t rssEnd = residentBytes();
        const std::uint64_t blocks = blocksBelowRoot(h) - blocksStart;
        const std::size_t stored = storedBytes(h) - storedStart;
        std::uint64_t checkpoints = 0;
        for (const auto& n : h.nodes())
            checkpoints += n->checkpointsExecuted;
        if (!ok || checkpoints == 0) {
            state.SkipWithError("the hierarchy stopped before 100,000 blocks");
            break;
        }
        const double rssDelta = static_cast<double>(rssEnd) - static_cast<double>(rssStart);
        const double rssSecondHalf = static_cast<double>(rssEnd) - static_cast<double>(rssHalf);
        auto& r = results();
        r["blocks.seconds"] = sec;
        r["blocks.count"] = static_cast<double>(blocks);
        r["blocks.perSecond"] = static_cast<double>(blocks) / sec;
        r["blocks.rssStartMiB"] = static_cast<double>(rssStart) / (1 << 20);
        r["blocks.rssEndMiB"] = static_cast<double>(rssEnd) / (1 << 20);
        r["blocks.rssPerBlock"] = rssDelta / static_cast<double>(blocks);
        r["blocks.rssPerBlockSecondHalf"] =
            rssSecondHalf / static_cast<double>(blocksBelowRoot(h) - blocksHalf);
        r["blocks.storedPerBlock"] = static_cast<double>(stored) / static_cast<double>(blocks);
        r["blocks.checkpoints"] = static_cast<double>(checkpoints);
        r["blocks.invariantViolations"] = static_cast<double>(h.checkInvariants().size());
        state.counters["blocks/s"] = static_cast<double>(blocks) / sec;
        state.counters["RSS/block"] = rssDelta / static_cast<double>(blocks);
        state.counters["stored/block"] = static_cast<double>(stored) / static_cast<double>(blocks);
    }
}

// ------------------------------------------------------------------ target 4: checkpoint

struct SignedCheckpoint {
    std::unique_ptr<protocol::SubnetActor> actor;
    protocol::BottomUpCheckpoint checkpoint;
    std::vector<EthAddress> signatories;
    std::vector<crypto::Signature> signatures;
};

// A bootstrapped subnet actor with `validators` equal validators, and its first checkpoint
// signed by all of them (signatories in ascending order, as relayers submit them).
SignedCheckpoint signedCheckpoint(std::size_t validators) {
    SignedCheckpoint s;
    const SubnetId parent(31337);
    protocol::Gateway gateway(parent, protocol::GatewayParams{});
    chain::AccountState state;
    protocol::SubnetParams params;
    params.minValidators = validators;
    params.activeValidatorsLimit = static_cast<std::uint16_t>(validators);
    const EthAddress self = recipient(0xabcdef);
    s.actor = std::make_unique<protocol::SubnetActor>(self, parent, params, recipient(1), 0);
    const U256 collateral = U256::parse("10000000000000000000");  // 10 FIL
    std::map<EthAddress, crypto::PrivateKey> keys;
    for (std::size_t i = 0; i < validators; ++i) {
        const auto k = crypto::PrivateKey::deterministic(100, i);
        keys.emplace(k.ethAddress(), k);
        state.credit(self, collateral);
        s.actor->join(state, 1, k.ethAddress(), k.publicKey().uncompressed(), collateral, gateway);
    }
    s.checkpoint.subnet = s.actor->id();
    s.checkpoint.blockHeight = params.bottomUpCheckPeriod;
    s.checkpoint.blockHash = keccak256(ByteView(self.view()));
    s.checkpoint.nextConfigurationNumber = 0;
    s.checkpoint.activity.totalActiveValidators = validators;
    s.checkpoint.activity.totalNumBlocksCommitted = params.bottomUpCheckPeriod;
    const Hash32 digest = protocol::checkpointHash(s.checkpoint);
    for (const auto& [addr, key] : keys) {  // std::map: ascending addresses
        s.signatories.push_back(addr);
        s.signatures.push_back(key.sign(digest));
    }
    return s;
}

void BM_VerifyCheckpoint(benchmark::State& state) {
    const auto validators = static_cast<std::size_t>(state.range(0));
    const SignedCheckpoint s = signedCheckpoint(validators);
    if (!s.actor->bootstrapped()) {
        state.SkipWithError("the subnet actor did not bootstrap");
        return;
    }
    for (auto _ : state) {
        try {
            s.actor->verifyCheckpoint(s.checkpoint, s.signatories, s.signatures);
        } catch (const std::exception& e) {
            state.SkipWithError(e.what());
            break;
        }
    }
}

// Timed by hand as well (20 verifications per iteration, median of 10), for the summary.
void BM_VerifyCheckpointMs(benchmark::State& state) {
    const SignedCheckpoint s = signedCheckpoint(100);
    constexpr int kRounds = 20;
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = Clock::now();
        try {
            for (int i = 0; i < kRounds; ++i)
                s.actor->verifyCheckpoint(s.checkpoint, s.signatories, s.signatures);
        } catch (const std::exception& e) {
            state.SkipWithError(e.what());
            break;
        }
        const double sec = secondsSince(t0);
        state.SetIterationTime(sec / kRounds);
        ms.push_back(sec * 1e3 / kRounds);
    }
    if (!ms.empty())
        results()["verify100.ms"] = median(ms);
}

// ------------------------------------------------------------------ registration

void registerBenchmarks() {
    benchmark::RegisterBenchmark("recover/raw_secp256k1/1core", BM_RawRecover1Core)
        ->UseManualTime()
        ->MinTime(2.0);
    benchmark::RegisterBenchmark("recover/raw_secp256k1/2threads", BM_RawRecover2Threads)
        ->UseManualTime()
        ->MinTime(2.0);
    benchmark::RegisterBenchmark("recover/crypto_recoverAddress/1core", BM_RecoverAddress);
    struct TransferCase {
        const char* name;
        BatchFn batch;
        ApplyFn apply;
        const char* key;
    };
    for (const TransferCase& c : {
             TransferCase{"transfers/1000_senders/1core", &manySenders, &applyOnOneCore,
                          "transfers.many.1core"},
             TransferCase{"transfers/1000_senders/2cores", &manySenders, &applyOnTwoCores,
                          "transfers.many.2cores"},
             TransferCase{"transfers/1_sender/1core", &oneSender, &applyOnOneCore,
                          "transfers.one.1core"},
             TransferCase{"transfers/1_sender/2cores", &oneSender, &applyOnTwoCores,
                          "transfers.one.2cores"},
         }) {
        benchmark::RegisterBenchmark(c.name, BM_TransfersApplied, c.batch, c.apply, c.key)
            ->UseManualTime()
            ->Iterations(5)
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::RegisterBenchmark("three_level/first_block_every_subnet/hierarchy",
                                 BM_ThreeLevelFirstBlocks)
        ->UseManualTime()
        ->Iterations(10)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("three_level/first_block_every_subnet/devnet_fast",
                                 BM_ThreeLevelFirstBlocksDevnetFast)
        ->UseManualTime()
        ->Iterations(10)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("three_level/100k_blocks", BM_HundredThousandBlocks)
        ->UseManualTime()
        ->Iterations(1)
        ->Unit(benchmark::kSecond);
    benchmark::RegisterBenchmark("checkpoint/verify/100_validators", BM_VerifyCheckpoint)
        ->Arg(100)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("checkpoint/verify/100_validators_batch", BM_VerifyCheckpointMs)
        ->UseManualTime()
        ->Iterations(10)
        ->Unit(benchmark::kMillisecond);
}

}  // namespace

// ------------------------------------------------------------------ summary

namespace {

std::optional<double> result(const std::string& key) {
    auto it = results().find(key);
    if (it == results().end())
        return std::nullopt;
    return it->second;
}

std::string& loadAtStart() {
    static std::string s;
    return s;
}

const char* verdict(bool pass) {
    return pass ? "PASS" : "FAIL";
}

// transfers/s / raw recoveries/s measured next to each run (medians over the iterations). One
// core: the same ratio by thread CPU time follows as a cross-check. Two cores: the raw two-thread
// speed-up at the same moments follows; below 1.5x the second core was taken by other processes,
// so the row says BUSY instead of judging the engine.
void ratioRow(const char* what, const std::string& key, double goal, bool twoCores) {
    const auto rate = result(key + ".rate");
    const auto ratio = result(key + ".ratio");
    const auto recoveries = result(key + ".recoveries");
    const auto cpu = result(key + ".cpuRatio");
    const auto parallel = result(key + ".parallelism");
    if (!rate || !ratio || !recoveries || !cpu || !parallel) {
        std::printf("| %-55s | %-36s | >= %-5.2f | n/a  |\n", what, "not run", goal);
        return;
    }
    char value[96];
    if (twoCores) {
        std::snprintf(value, sizeof value, "%.0f / %.0f = %.3f (2-thr %.2fx)", *rate, *recoveries,
                      *ratio, *parallel);
    } else {
        std::snprintf(value, sizeof value, "%.0f / %.0f = %.3f (CPU %.3f)", *rate, *recoveries,
                      *ratio, *cpu);
    }
    const char* v = twoCores && *parallel < 1.5 ? "BUSY" : verdict(*ratio >= goal);
    std::printf("| %-55s | %-36s | >= %-5.2f | %-4s |\n", what, value, goal, v);
}

void boundRow(const char* what, const char* key, const char* unit, double limit) {
    const auto v = result(key);
    if (!v) {
        std::printf("| %-55s | %-36s | < %-3.0f %-2s | n/a  |\n", what, "not run", limit, unit);
        return;
    }
    char value[64];
    std::snprintf(value, sizeof value, "%.2f %s", *v, unit);
    std::printf("| %-55s | %-36s | < %-3.0f %-2s | %s |\n", what, value, limit, unit,
                verdict(*v < limit));
}

void infoRow(const char* what, const std::string& value) {
    std::printf("| %-55s | %-36s | %-8s | %-4s |\n", what, value.c_str(), "", "");
}

std::string fmt(const char* format, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

std::string loadAverage() {
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    in >> one >> five >> fifteen;
    return one + " " + five + " " + fifteen;
}

void printSummary() {
    std::printf(
        "\nSummary (ratios and bounds measured in this run; %u hardware threads; load "
        "average at start %s, at end %s)\n\n",
        std::thread::hardware_concurrency(), loadAtStart().c_str(), loadAverage().c_str());
    std::printf("| %-55s | %-36s | %-8s | %-4s |\n", "measure", "value", "goal", "");
    std::printf("|%s|%s|%s|%s|\n", std::string(57, '-').c_str(), std::string(38, '-').c_str(),
                std::string(10, '-').c_str(), std::string(6, '-').c_str());
    if (auto v = result("recover.1core"))
        infoRow("raw secp256k1 recoveries/s, 1 core (own benchmark)", fmt("%.0f", *v));
    if (auto v = result("recover.2threads")) {
        infoRow("raw secp256k1 recoveries/s, 2 threads (own bench.)", fmt("%.0f", *v));
    }
    ratioRow("1. transfers/s (1000 senders, 1 core) / recoveries/s", "transfers.many.1core", 0.7,
             false);
    ratioRow("1. transfers/s (1000 senders, 2 cores) / recoveries/s", "transfers.many.2cores", 1.2,
             true);
    ratioRow("1. transfers/s (1 sender, 1 core) / recoveries/s", "transfers.one.1core", 0.7, false);
    ratioRow("1. transfers/s (1 sender, 2 cores) / recoveries/s", "transfers.one.2cores", 1.2,
             true);
    boundRow("2. three-level to a block on all 7 chains (engine)", "firstblocks.hierarchy.ms", "ms",
             100);
    boundRow("2. the same via Devnet::start, fast mode", "firstblocks.devnet.ms", "ms", 100);
    boundRow("3. 100,000 blocks on the 7 chains, period 10", "blocks.seconds", "s", 10);
    if (auto v = result("blocks.perSecond"))
        infoRow("3. blocks/s", fmt("%.0f", *v));
    if (auto v = result("blocks.checkpoints")) {
        infoRow("3. checkpoints executed in parents", fmt("%.0f", *v));
    }
    if (auto v = result("blocks.invariantViolations")) {
        infoRow("3. invariant violations after the run", fmt("%.0f", *v));
    }
    const auto start = result("blocks.rssStartMiB");
    const auto end = result("blocks.rssEndMiB");
    if (start && end) {
        infoRow("3. RSS before -> after", fmt("%.1f MiB", *start) + fmt(" -> %.1f MiB", *end));
    }
    const auto rss = result("blocks.rssPerBlock");
    const auto rssHalf = result("blocks.rssPerBlockSecondHalf");
    const auto stored = result("blocks.storedPerBlock");
    if (rss && stored) {
        infoRow("3. RSS growth per block (whole run)", fmt("%.0f B", *rss));
        if (rssHalf)
            infoRow("3. RSS growth per block (second 50,000)", fmt("%.0f B", *rssHalf));
        infoRow("3. bytes a stored block holds (estimate)", fmt("%.0f B", *stored));
        const bool flat = *rss <= 2.0 * *stored;
        std::printf("| %-55s | %-36s | %-8s | %s |\n",
                    "3. memory flat: RSS/block <= 2 x stored/block",
                    fmt("%.2f x", *rss / *stored).c_str(), "<= 2 x", verdict(flat));
    }
    boundRow("4. verify a checkpoint signed by 100 validators", "verify100.ms", "ms", 10);
    std::fputs(R"(
Target 1: transfers/s divided by raw recoveries/s on one core, the latter measured right
before and after each of the 5 runs (medians). "CPU" is the same ratio by thread CPU time,
which other processes cannot disturb. "2-thr" is how much faster raw recovery ran on two
threads at those moments: 2.0x means both cores were free; below 1.5x other processes had the
second core and the row says BUSY (not measurable) instead of judging the engine.

)",
               stdout);
}

}  // namespace

int main(int argc, char** argv) {
    loadAtStart() = loadAverage();
    registerBenchmarks();
    if (const int failed = bench::runBenchmarks(argc, argv, printSummary))
        return failed;
    return 0;
}
