// Benchmarks of the EVM precompiles that cost the most time per call: the alt_bn128 pairing check
// a zk verifier makes (2 pairs), scalar multiplication, ecrecover and a 256-bit modexp.
//   build/bench/ipc_bench_precompiles
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

#include "ipc/core/evm/precompiles.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"

namespace {

using ipc::Bytes;
using ipc::EthAddress;

EthAddress precompile(std::uint8_t n) {
    Bytes raw(20, 0);
    raw[19] = n;
    return EthAddress::fromBytes(raw);
}

std::string word(std::uint64_t n) {
    static const char* digits = "0123456789abcdef";
    std::string out(64, '0');
    for (int i = 63; n != 0; --i, n >>= 4)
        out[i] = digits[n & 15];
    return out;
}

// EIP-197's generators of G1 and G2; -G1 = (1, p - 2).
const std::string kG1 = word(1) + word(2);
const std::string kMinusG1 =
    word(1) + "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45";
const std::string kG2 =
    "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2"
    "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
    "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b"
    "12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa";

void run(benchmark::State& state, std::uint8_t address, const Bytes& input) {
    const EthAddress to = precompile(address);
    for (auto _ : state) {
        ipc::evm::PrecompileResult r = ipc::evm::runPrecompile(to, input, 10'000'000);
        if (!r.success)
            state.SkipWithError("precompile failed");
        benchmark::DoNotOptimize(r.output);
    }
}

void BM_Bn254Pairing2(benchmark::State& state) {
    // e(G1, G2) * e(-G1, G2) == 1: the shape of a Groth16 verifier's final check.
    run(state, 0x08, ipc::fromHex(kG1 + kG2 + kMinusG1 + kG2));
}
BENCHMARK(BM_Bn254Pairing2)->Unit(benchmark::kMicrosecond);

void BM_Bn254Mul(benchmark::State& state) {
    run(state, 0x07,
        ipc::fromHex(kG1 + "30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000000"));
}
BENCHMARK(BM_Bn254Mul)->Unit(benchmark::kMicrosecond);

void BM_Ecrecover(benchmark::State& state) {
    // A signature from go-ethereum's ecRecover vectors.
    run(state, 0x01,
        ipc::fromHex("18c547e4f7b0f325ad1e56f57e26c745b09a3e503d86e00e5255ff7f715d3d1c"
                     "000000000000000000000000000000000000000000000000000000000000001c"
                     "73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75f"
                     "eeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549"));
}
BENCHMARK(BM_Ecrecover)->Unit(benchmark::kMicrosecond);

void BM_Modexp256(benchmark::State& state) {
    // 3^(p-1) mod p for the alt_bn128 field prime: 32-byte base, exponent and modulus.
    run(state, 0x05,
        ipc::fromHex(word(32) + word(32) + word(32) + word(3) +
                     "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd46"
                     "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47"));
}
BENCHMARK(BM_Modexp256)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
