// EVM interpreter throughput on compute-heavy bytecode, in Mgas/s (the "Mgas/s" counter): a
// keccak256 loop, a 256-bit arithmetic loop (MUL/ADD/MULMOD/XOR/SHR/DIV) and a storage loop
// (SLOAD/SSTORE over 256 slots). Each run is one message call of about 20 M gas into a fresh
// JournaledState over an in-memory backend (one executor reused across calls, as in a block).
//   build/bench/ipc_bench_evm --benchmark_min_time=2
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>

#include "ipc/core/evm/executor.h"

namespace {

using namespace ipc;
using namespace ipc::evm;

constexpr std::int64_t kTargetGas = 20'000'000;

std::string push(std::uint64_t value, int bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02x", 0x5f + bytes);
    std::string s = buf;
    for (int i = bytes - 1; i >= 0; --i) {
        std::snprintf(buf, sizeof buf, "%02x", static_cast<unsigned>((value >> (8 * i)) & 0xff));
        s += buf;
    }
    return s;
}

const std::string k1 =
    "7f" + std::string("9e3779b97f4a7c15f39cc0605cedc8341082276bf3a27251f86c6a11d0c18e95");
const std::string k2 =
    "7f" + std::string("632be59bd9b4e019c2b2ae3d27d4eb4f165667b19e3779f94f6a7c15f39cc060");
const std::string k3 =
    "7f" + std::string("00000000000000000000000000000001000000000000000000000000000003b9");
const std::string mod =
    "7f" + std::string("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f");

// Each program: counter N on top of the stack; the loop body starts at `loop` (a JUMPDEST); the
// counter is decremented and the loop repeats while it is non-zero.
std::string keccakLoop(std::uint64_t n) {
    // [c] JUMPDEST KECCAK256(0, 64) -> mem[0]; c - 1; loop.
    const std::string head = push(n, 4);
    const std::size_t loop = head.size() / 2;
    return head + "5b" + "6040600020600052" + "60019003" + "80" + push(loop, 2) + "57" + "00";
}

std::string arithmeticLoop(std::uint64_t n) {
    // [acc, c]: SWAP1; acc = acc*K1 + K2; acc ^= mulmod(acc, K3, P); acc += acc >> 7;
    // acc += acc / 3; SWAP1; c - 1; loop.
    const std::string head = k2 + push(n, 4);
    const std::size_t loop = head.size() / 2;
    const std::string body = "90" + k1 + "02" + k2 + "01" + mod + k3 + "8209" + "18" +
                             "8060071c01" + "6003810401" + "90" + "60019003";
    return head + "5b" + body + "80" + push(loop, 2) + "57" + "00";
}

std::string storageLoop(std::uint64_t n) {
    // [c]: slot = c & 0xff; SSTORE(slot, SLOAD(slot) + c); c - 1; loop.
    const std::string head = push(n, 4);
    const std::size_t loop = head.size() / 2;
    const std::string body = "8060ff16" /* c slot */ + std::string("80") /* c slot slot */ +
                             "54" /* c slot v */ + "8201" /* c slot v+c */ + "9055" /* c */ +
                             "60019003";
    return head + "5b" + body + "80" + push(loop, 2) + "57" + "00";
}

struct Result {
    Status status;
    std::int64_t gasUsed;
};

// One executor over one state, reused call after call, the way a block runs its transactions:
// finishTransaction() empties the state but keeps the journal's and frames' capacity.
class Runner {
public:
    Runner(const MemoryBackend& backend, const EthAddress& caller, const EthAddress& contract)
        : state_(backend),
          executor_(state_, BlockContext{}, TxContext{caller, Word(10)}),
          caller_(caller),
          contract_(contract) {}

    Result run(std::int64_t gas) {
        state_.warmAddress(caller_);
        state_.warmAddress(contract_);
        Message m;
        m.gas = gas;
        m.sender = caller_;
        m.recipient = contract_;
        m.codeAddress = contract_;
        const CallResult r = executor_.call(m);
        state_.finishTransaction();
        return {r.status, gas - r.gasLeft};
    }

private:
    JournaledState state_;
    Executor executor_;
    EthAddress caller_;
    EthAddress contract_;
};

Result runOnce(const MemoryBackend& backend, const EthAddress& caller, const EthAddress& contract,
               std::int64_t gas) {
    return Runner(backend, caller, contract).run(gas);
}

void runProgram(benchmark::State& st, std::string (*program)(std::uint64_t)) {
    const EthAddress caller = EthAddress::parse("0x00000000000000000000000000000000000ca11e");
    const EthAddress contract = EthAddress::parse("0x00000000000000000000000000000000000c0ffe");
    MemoryBackend backend;
    backend.put(caller).balance = Word(1'000'000'000);
    // Size the loop so one call uses about kTargetGas: two short runs give the fixed cost
    // (cold slots, set-up) and the cost per iteration.
    backend.put(contract).code = Code::make(fromHex(program(1000)));
    const std::int64_t gas1000 = runOnce(backend, caller, contract, kTargetGas).gasUsed;
    backend.put(contract).code = Code::make(fromHex(program(2000)));
    const std::int64_t gas2000 = runOnce(backend, caller, contract, kTargetGas).gasUsed;
    const std::int64_t perIteration = (gas2000 - gas1000) / 1000;
    const auto n =
        static_cast<std::uint64_t>((kTargetGas - (gas1000 - 1000 * perIteration)) / perIteration);
    backend.put(contract).code = Code::make(fromHex(program(n)));
    std::int64_t gas = 0;
    Runner runner(backend, caller, contract);
    for (auto _ : st) {
        const Result r = runner.run(2 * kTargetGas);
        if (r.status != Status::Success) {
            st.SkipWithError("the program did not succeed");
            break;
        }
        gas += r.gasUsed;
    }
    st.counters["Mgas/s"] =
        benchmark::Counter(static_cast<double>(gas) / 1e6, benchmark::Counter::kIsRate);
    st.counters["gas/call"] =
        benchmark::Counter(static_cast<double>(gas) / static_cast<double>(st.iterations()));
}

void BM_EvmKeccakLoop(benchmark::State& st) {
    runProgram(st, keccakLoop);
}
void BM_EvmArithmeticLoop(benchmark::State& st) {
    runProgram(st, arithmeticLoop);
}
void BM_EvmStorageLoop(benchmark::State& st) {
    runProgram(st, storageLoop);
}

BENCHMARK(BM_EvmKeccakLoop)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EvmArithmeticLoop)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EvmStorageLoop)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
