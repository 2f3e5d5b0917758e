// Storage benchmarks: a workspace of IPC_BENCH_BLOCKS blocks (default 1,000,000) across a root
// and two child subnets is generated once through the storage thread in fast mode, then:
//   - generation rate and file bytes per block;
//   - opening the workspace (Store::open + reading the engine state), target < 1 s;
//   - p50/p99 of the queries the UI and RPC make, each target < 10 ms: a page of 50 block
//     summaries at a random height, a block by number, a transaction by hash, an account's
//     latest 50 transactions, a page of checkpoints, a message by tracing id.
// Blocks are realistic: pre-signed EIP-1559, EIP-155 and contract-call transactions (a pool,
// re-encoded with fresh nonces so every hash is distinct), 0-3 transactions in most blocks,
// receipts with logs, commits, top-down system logs; checkpoints with signatures every 10 blocks
// of a child, cross-net messages, account rows and a 64 KiB engine state per commit.
// Run with `bash scripts/bench.sh storage` (see BENCHMARKS.md).
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "bench_support.h"
#include "ipc/core/chain/block.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/storage/store.h"
#include "ipc/core/storage/store_writer.h"

namespace {

using namespace ipc;
using namespace ipc::storage;
using bench::Clock;
using bench::results;
using bench::secondsSince;
namespace fs = std::filesystem;

const std::vector<std::string> kSubnets = {"/r31337",
                                           "/r31337/t410fkzrz3mlkyufisiuae3scumllgalzuu3wxlxa2ly",
                                           "/r31337/t410fbjtnlqgwyqqjq4xl5ghgvgffpy3jtpvx2ht6moa"};
constexpr std::size_t kSenders = 256;
constexpr std::size_t kPool = 2048;
constexpr std::size_t kBlocksPerBatch = 16;  // one engine step
constexpr std::size_t kSamples = 2000;       // per query percentile

std::uint64_t blockCount() {
    const char* env = std::getenv("IPC_BENCH_BLOCKS");
    return env ? std::strtoull(env, nullptr, 10) : 1'000'000;
}

// What the queries pick from: samples of what was written.
struct Workload {
    fs::path dir;
    std::string path;
    std::vector<std::uint64_t> heights;  // per subnet
    std::vector<Hash32> txHashes;
    std::vector<Hash32> tracingIds;
    std::vector<EthAddress> senders;
};

Workload& workload() {
    static Workload w;
    return w;
}

Hash32 word(std::uint64_t a, std::uint64_t b = 0) {
    Bytes in(16);
    for (int i = 0; i < 8; ++i) {
        in[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(a >> (8 * i));
        in[static_cast<std::size_t>(8 + i)] = static_cast<std::uint8_t>(b >> (8 * i));
    }
    return keccak256(in);
}

struct PoolTx {
    chain::SignedTransaction stx;
    EthAddress sender;
    bool erc20 = false;
};

std::vector<PoolTx> signPool(std::vector<EthAddress>& senders) {
    std::vector<crypto::PrivateKey> keys;
    for (std::size_t i = 0; i < kSenders; ++i) {
        keys.push_back(crypto::PrivateKey::deterministic(42, i));
        senders.push_back(keys.back().ethAddress());
    }
    const EthAddress token = crypto::PrivateKey::deterministic(43, 0).ethAddress();
    std::vector<PoolTx> pool;
    for (std::size_t i = 0; i < kPool; ++i) {
        chain::Transaction tx;
        const std::size_t kind = i % 20;
        tx.chainId = 31337;
        tx.nonce = i / kSenders;
        tx.gasLimit = 21000;
        tx.value = U256(1'000'000'000'000'000ULL + i);
        tx.to = senders[(i * 7 + 3) % kSenders];
        if (kind < 3) {  // 15 % legacy EIP-155
            tx.type = chain::TxType::Legacy;
            tx.gasPrice = U256(2'000'000'000);
        } else {
            tx.type = chain::TxType::Eip1559;
            tx.maxPriorityFeePerGas = U256(1'000'000);
            tx.maxFeePerGas = U256(3'000'000'000ULL);
        }
        const bool erc20 = kind == 19;  // 5 % token transfers
        if (erc20) {
            tx.to = token;
            tx.value = U256(0);
            tx.gasLimit = 60000;
            tx.data = Bytes{0xa9, 0x05, 0x9c, 0xbb};
            const Hash32 arg = word(i);
            tx.data.insert(tx.data.end(), 12, 0);
            tx.data.insert(tx.data.end(), arg.bytes.begin(), arg.bytes.begin() + 20);
            tx.data.insert(tx.data.end(), 32, 0x01);
        }
        pool.push_back({chain::sign(tx, keys[i % kSenders]), senders[i % kSenders], erc20});
    }
    return pool;
}

// Generates the workspace through StoreWriter exactly as the engine would in fast mode; once
// per run, whichever benchmark needs it first.
void generate() {
    Workload& w = workload();
    if (!w.path.empty()) {
        return;
    }
    const std::uint64_t total = blockCount();
    w.dir = fs::temp_directory_path() / ("ipc-bench-storage-" + std::to_string(getpid()));
    fs::create_directories(w.dir);
    w.path = (w.dir / "bench.ipcws").string();
    const std::vector<PoolTx> pool = signPool(w.senders);

    std::mt19937_64 rng(7);
    const auto t0 = Clock::now();
    auto store = Store::open(w.path);
    std::uint64_t txCount = 0;
    std::uint64_t nonce = 0;
    {
        StoreWriter writer(*store, {.maxBatchesPerTransaction = 64});
        WriteBatch first;
        for (std::size_t s = 0; s < kSubnets.size(); ++s) {
            first.subnets.push_back({kSubnets[s], s == 0 ? "root" : "child " + std::to_string(s),
                                     s == 0 ? "" : kSubnets[0], 31337 + s, Bytes(200, 1)});
        }
        writer.submit(std::move(first));
        w.heights.assign(kSubnets.size(), 0);
        const Bytes engineState(64 * 1024, 0x5e);
        std::vector<Hash32> parent(kSubnets.size());
        std::uint64_t produced = 0;
        std::uint64_t step = 0;
        while (produced < total) {
            WriteBatch batch;
            // The root makes half the blocks, each child a quarter.
            for (std::size_t s = 0; s < kSubnets.size() && produced < total; ++s) {
                const std::size_t n = std::min<std::uint64_t>(
                    s == 0 ? kBlocksPerBatch : kBlocksPerBatch / 2, total - produced);
                WriteBatch::SubnetBlocks sb{kSubnets[s], {}};
                for (std::size_t i = 0; i < n; ++i) {
                    auto b = std::make_shared<chain::Block>();
                    const std::uint64_t number = w.heights[s]++;
                    const auto roll = rng() % 100;
                    const std::size_t ntx = roll < 35   ? 0
                                            : roll < 65 ? 1
                                            : roll < 85 ? 2
                                            : roll < 95 ? 3
                                                        : 4 + rng() % 17;
                    std::vector<Hash32> hashes;
                    std::uint64_t gas = 0;
                    for (std::size_t t = 0; t < ntx; ++t) {
                        const PoolTx& p = pool[rng() % pool.size()];
                        auto tx = std::make_shared<chain::IncludedTx>();
                        tx->signedTx = p.stx;
                        tx->signedTx.tx.nonce = nonce++;
                        tx->sender = p.sender;
                        tx->hash = chain::hash(tx->signedTx);
                        chain::Receipt r;
                        r.txHash = tx->hash;
                        r.gasUsed = p.erc20 ? 51000 : 21000;
                        gas += r.gasUsed;
                        r.cumulativeGasUsed = gas;
                        r.effectiveGasPrice = U256(1'000'000'007);
                        if (p.erc20) {
                            r.logs.push_back({*p.stx.tx.to,
                                              {word(1), word(2, nonce), word(3, nonce)},
                                              Bytes(32, 0x01)});
                        }
                        hashes.push_back(tx->hash);
                        if (txCount++ % 997 == 0) {
                            w.txHashes.push_back(tx->hash);
                        }
                        b->receipts.push_back(std::move(r));
                        b->transactions.push_back(std::move(tx));
                    }
                    b->header.number = number;
                    b->header.parentHash = parent[s];
                    b->header.timestampMs = 1'700'000'000'000ULL + number * 1000;
                    b->header.proposer = w.senders[number % 4];
                    b->header.transactionsRoot = chain::listRoot(hashes);
                    b->header.receiptsRoot = word(number, 1);
                    b->header.stateRoot = word(number, 2);
                    b->header.baseFee = U256(1'000'000'000);
                    b->header.gasUsed = gas;
                    b->header.gasLimit = 30'000'000;
                    b->commit.signers = {w.senders[0], w.senders[1], w.senders[2], w.senders[3]};
                    b->commit.signedPower = 40;
                    b->commit.totalPower = 40;
                    if (s > 0 && number % 10 == 0) {  // top-down finality in children
                        b->systemLogs.push_back({w.senders[5], {word(9, number)}, Bytes(64, 2)});
                    }
                    b->intervalMs = 1000;
                    b->hash = word(number, s + 10);
                    parent[s] = b->hash;
                    sb.blocks.push_back(std::move(b));

                    if (s > 0 && number % 10 == 0 && number > 0) {
                        CheckpointRecord c{kSubnets[s],
                                           number,
                                           word(number, s + 20),
                                           Bytes(320, 3),
                                           2,
                                           {number + 2, number + 5},
                                           {}};
                        for (std::size_t v = 0; v < 4; ++v) {
                            FixedBytes<65> sig;
                            sig.bytes.fill(static_cast<std::uint8_t>(v));
                            c.signatures.push_back({w.senders[v], sig, 10});
                        }
                        batch.checkpoints.push_back(std::move(c));
                    }
                }
                produced += n;
                batch.blocks.push_back(std::move(sb));
            }
            if (step % 4 == 0) {
                MessageRecord m{word(step, 99),
                                0,
                                kSubnets[0],
                                w.senders[step % kSenders],
                                kSubnets[1 + step % 2],
                                w.senders[(step + 1) % kSenders],
                                U256(step),
                                3,
                                Bytes(96, 4)};
                if (step % 64 == 0) {
                    w.tracingIds.push_back(m.tracingId);
                }
                batch.messages.push_back(std::move(m));
            }
            for (std::size_t a = 0; a < 8; ++a) {
                batch.accounts.push_back({kSubnets[a % kSubnets.size()],
                                          w.senders[(step * 8 + a) % kSenders], U256(step), step});
            }
            batch.engineState = engineState;
            const auto ticket = writer.submit(std::move(batch));
            ++step;
            // Back-pressure, as the engine waits for durability before announcing blocks.
            if (writer.pending() > 256) {
                writer.waitDurable(ticket - 128);
            }
        }
        writer.flush();
    }
    store.reset();
    const double seconds = secondsSince(t0);
    results()["gen.blocks"] = static_cast<double>(total);
    results()["gen.txs"] = static_cast<double>(txCount);
    results()["gen.seconds"] = seconds;
    results()["gen.rate"] = static_cast<double>(total) / seconds;
    results()["gen.bytesPerBlock"] =
        static_cast<double>(fs::file_size(w.path)) / static_cast<double>(total);
    results()["gen.fileMiB"] = static_cast<double>(fs::file_size(w.path)) / (1 << 20);
}

void BM_Generate(benchmark::State& state) {
    for (auto _ : state) {
        generate();
    }
    state.counters["blocks_per_s"] = results()["gen.rate"];
    state.counters["bytes_per_block"] = results()["gen.bytesPerBlock"];
}

void BM_Open(benchmark::State& state) {
    generate();
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = Clock::now();
        auto store = Store::open(workload().path, {.create = false});
        auto engine = store->engineState();
        benchmark::DoNotOptimize(engine);
        ms.push_back(secondsSince(t0) * 1000);
    }
    std::sort(ms.begin(), ms.end());
    results()["open.ms"] = ms.back();
    state.counters["max_ms"] = ms.back();
}

// Runs `query` kSamples times and records p50/p99 in milliseconds.
template <typename F>
void percentiles(benchmark::State& state, const std::string& name, F&& query) {
    generate();
    auto store = Store::open(workload().path, {.create = false});
    std::mt19937_64 rng(11);
    std::vector<double> us;
    for (auto _ : state) {
        us.clear();
        for (std::size_t i = 0; i < kSamples; ++i) {
            const auto t0 = Clock::now();
            query(*store, rng);
            us.push_back(secondsSince(t0) * 1e6);
        }
    }
    std::sort(us.begin(), us.end());
    const double p50 = us[us.size() / 2];
    const double p99 = us[us.size() * 99 / 100];
    results()[name + ".p50"] = p50 / 1000;
    results()[name + ".p99"] = p99 / 1000;
    state.counters["p50_us"] = p50;
    state.counters["p99_us"] = p99;
}

void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "query returned nothing: %s\n", what);
        std::exit(1);
    }
}

void BM_BlockPage(benchmark::State& state) {
    percentiles(state, "page50", [](Store& s, std::mt19937_64& rng) {
        const std::size_t subnet = rng() % kSubnets.size();
        // As the Blocks tab reads a page of old blocks: each one decoded from the store.
        const auto h = rng() % workload().heights[subnet];
        for (std::uint64_t i = 0; i < 50 && i <= h; ++i)
            check(s.block(kSubnets[subnet], h - i) != nullptr, "block page");
    });
}

void BM_BlockByNumber(benchmark::State& state) {
    percentiles(state, "block", [](Store& s, std::mt19937_64& rng) {
        const std::size_t subnet = rng() % kSubnets.size();
        check(s.block(kSubnets[subnet], rng() % workload().heights[subnet]) != nullptr, "block");
    });
}

void BM_TxByHash(benchmark::State& state) {
    percentiles(state, "tx", [](Store& s, std::mt19937_64& rng) {
        const auto& hashes = workload().txHashes;
        check(s.transaction(hashes[rng() % hashes.size()]).has_value(), "tx by hash");
    });
}

void BM_AccountTxs(benchmark::State& state) {
    percentiles(state, "account50", [](Store& s, std::mt19937_64& rng) {
        const auto& senders = workload().senders;
        check(s.accountTransactions(senders[rng() % senders.size()], std::nullopt, 50).size() > 0,
              "account transactions");
    });
}

void BM_CheckpointPage(benchmark::State& state) {
    percentiles(state, "ckpt", [](Store& s, std::mt19937_64& rng) {
        const std::size_t subnet = 1 + rng() % 2;
        const auto h = 10 + rng() % workload().heights[subnet];
        check(!s.checkpoints(kSubnets[subnet], h, 20).empty(), "checkpoint page");
    });
}

void BM_MessageById(benchmark::State& state) {
    percentiles(state, "msg", [](Store& s, std::mt19937_64& rng) {
        const auto& ids = workload().tracingIds;
        check(s.message(ids[rng() % ids.size()]).has_value(), "message");
    });
}

void printSummary() {
    auto& r = results();
    if (!r.count("gen.rate")) {
        return;
    }
    auto row = [](const std::string& what, const std::string& value, const char* goal,
                  const char* verdict) {
        std::printf("| %-46s | %-22s | %-8s | %-4s |\n", what.c_str(), value.c_str(), goal,
                    verdict);
    };
    auto fmt = [](const char* f, double v) {
        char buf[64];
        std::snprintf(buf, sizeof buf, f, v);
        return std::string(buf);
    };
    std::printf("| %-46s | %-22s | %-8s | %-4s |\n", "measure", "value", "goal", "");
    std::printf("|%s|%s|%s|%s|\n", std::string(48, '-').c_str(), std::string(24, '-').c_str(),
                std::string(10, '-').c_str(), std::string(6, '-').c_str());
    row("blocks generated (transactions)",
        fmt("%.0f", r["gen.blocks"]) + fmt(" (%.0f)", r["gen.txs"]), "", "");
    row("generation (fast mode, StoreWriter)",
        fmt("%.1f s", r["gen.seconds"]) + fmt(", %.0f blocks/s", r["gen.rate"]), "", "");
    row("file size / bytes per block",
        fmt("%.0f MiB", r["gen.fileMiB"]) + fmt(" / %.0f B", r["gen.bytesPerBlock"]), "", "");
    if (r.count("open.ms")) {
        const double ms = r["open.ms"];
        row("open (Store::open + engine state), max", fmt("%.2f ms", ms), "< 1 s",
            ms < 1000 ? "PASS" : "FAIL");
    }
    const std::pair<const char*, const char*> queries[] = {
        {"page50", "page of 50 blocks (decoded)"},
        {"block", "block by number (decoded)"},
        {"tx", "transaction by hash"},
        {"account50", "account's latest 50 txs"},
        {"ckpt", "page of 20 checkpoints"},
        {"msg", "message by tracing id"},
    };
    for (const auto& [key, label] : queries) {
        const std::string k(key);
        if (!r.count(k + ".p50")) {
            continue;
        }
        const double p99 = r[k + ".p99"];
        row(std::string(label) + ", p50 / p99", fmt("%.3f", r[k + ".p50"]) + fmt(" / %.3f ms", p99),
            "< 10 ms", p99 < 10 ? "PASS" : "FAIL");
    }
}

}  // namespace

BENCHMARK(BM_Generate)->Iterations(1)->Unit(benchmark::kSecond);
BENCHMARK(BM_Open)->Iterations(20)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BlockPage)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BlockByNumber)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TxByHash)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AccountTxs)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CheckpointPage)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MessageById)->Iterations(1)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    if (const int failed = bench::runBenchmarks(argc, argv, printSummary))
        return failed;
    if (!workload().dir.empty()) {
        std::error_code ec;
        fs::remove_all(workload().dir, ec);
    }
    return 0;
}
