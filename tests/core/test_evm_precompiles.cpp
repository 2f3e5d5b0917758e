// The EVM precompiles 0x01..0x09: go-ethereum's published vectors (tests/fixtures/precompiles), the
// examples of the EIPs, exact gas, failure cases and out-of-gas.
#include "ipc/core/evm/precompiles.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

namespace ipc::evm {
namespace {

EthAddress precompile(std::uint8_t n) {
    FixedBytes<20> b;
    b.bytes[19] = n;
    return EthAddress(b);
}

// One vector of go-ethereum's core/vm/testdata/precompiles/*.json: a flat array of objects whose
// values are strings, numbers or booleans.
struct Vector {
    std::string name;
    std::string input;
    std::string expected;
    std::string expectedError;
    std::uint64_t gas = 0;
};

std::vector<Vector> loadVectors(const std::string& file) {
    std::ifstream in(std::string(IPC_FIXTURES_DIR) + "/precompiles/" + file);
    EXPECT_TRUE(in) << "cannot open " << file;
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    std::vector<Vector> vectors;
    std::size_t pos = 0;
    while ((pos = text.find('{', pos)) != std::string::npos) {
        const std::size_t end = text.find('}', pos);
        const std::string object = text.substr(pos, end - pos);
        Vector v;
        std::size_t k = 0;
        while ((k = object.find('"', k)) != std::string::npos) {
            const std::size_t keyEnd = object.find('"', k + 1);
            const std::string key = object.substr(k + 1, keyEnd - k - 1);
            std::size_t valueStart = object.find_first_not_of(" \t\n:", keyEnd + 1);
            std::string value;
            if (object[valueStart] == '"') {
                const std::size_t valueEnd = object.find('"', valueStart + 1);
                value = object.substr(valueStart + 1, valueEnd - valueStart - 1);
                k = valueEnd + 1;
            } else {
                const std::size_t valueEnd = object.find_first_of(",\n}", valueStart);
                value = object.substr(valueStart, valueEnd - valueStart);
                k = valueEnd == std::string::npos ? object.size() : valueEnd;
            }
            if (key == "Name") {
                v.name = value;
            } else if (key == "Input") {
                v.input = value;
            } else if (key == "Expected") {
                v.expected = value;
            } else if (key == "ExpectedError") {
                v.expectedError = value;
            } else if (key == "Gas") {
                v.gas = std::stoull(value);
            }
        }
        vectors.push_back(v);
        pos = end;
    }
    return vectors;
}

// Every vector gives its output for exactly its gas, and fails one gas short, using all of it.
void checkVectors(std::uint8_t address, const std::string& file, std::size_t expectedCount) {
    const std::vector<Vector> vectors = loadVectors(file);
    ASSERT_EQ(vectors.size(), expectedCount) << file;
    for (const Vector& v : vectors) {
        SCOPED_TRACE(file + ": " + v.name);
        const Bytes input = fromHex(v.input);
        const PrecompileResult ok = runPrecompile(precompile(address), input, v.gas);
        EXPECT_TRUE(ok.success);
        EXPECT_EQ(ok.gasUsed, v.gas);
        EXPECT_EQ(toHex(ok.output, false), v.expected);
        // Plenty of gas: still only the price is charged.
        const PrecompileResult rich = runPrecompile(precompile(address), input, 50'000'000);
        EXPECT_TRUE(rich.success);
        EXPECT_EQ(rich.gasUsed, v.gas);
        if (v.gas > 0) {
            const PrecompileResult poor = runPrecompile(precompile(address), input, v.gas - 1);
            EXPECT_FALSE(poor.success);
            EXPECT_EQ(poor.gasUsed, v.gas - 1);
            EXPECT_TRUE(poor.output.empty());
        }
    }
}

void checkFails(std::uint8_t address, const Bytes& input, std::uint64_t gasLimit = 10'000'000) {
    const PrecompileResult r = runPrecompile(precompile(address), input, gasLimit);
    EXPECT_FALSE(r.success);
    EXPECT_EQ(r.gasUsed, gasLimit);
    EXPECT_TRUE(r.output.empty());
}

PrecompileResult run(std::uint8_t address, const std::string& hexInput,
                     std::uint64_t gasLimit = 10'000'000) {
    return runPrecompile(precompile(address), fromHex(hexInput), gasLimit);
}

std::string word(std::uint64_t n) {
    std::ostringstream out;
    out << std::hex << n;
    const std::string digits = out.str();
    return std::string(64 - digits.size(), '0') + digits;
}

// ---- addresses ----

TEST(EvmPrecompiles, CancunAddressesOneToTen) {
    EXPECT_FALSE(isPrecompile(precompile(0)));
    for (std::uint8_t n = 1; n <= 0x0a; ++n) {
        EXPECT_TRUE(isPrecompile(precompile(n))) << int(n);
        EXPECT_EQ(isPointEvaluation(precompile(n)), n == 0x0a) << int(n);
    }
    EXPECT_FALSE(isPrecompile(precompile(0x0b)));
    EXPECT_FALSE(isPrecompile(precompile(0xff)));
    FixedBytes<20> high;
    high.bytes[0] = 1;
    high.bytes[19] = 1;
    EXPECT_FALSE(isPrecompile(EthAddress(high)));
    // 0x0a (point evaluation) is not implemented: every input fails with all its gas.
    checkFails(0x0a, {}, 1000);
    checkFails(0x0a, Bytes(192, 0), 1'000'000);
}

// ---- 0x01 ecrecover ----

TEST(EvmPrecompiles, EcrecoverVectors) {
    checkVectors(0x01, "ecRecover.json", 5);
}

TEST(EvmPrecompiles, EcrecoverInvalidSignaturesGiveEmptyOutputAndCost3000) {
    const std::string hash = "18c547e4f7b0f325ad1e56f57e26c745b09a3e503d86e00e5255ff7f715d3d1c";
    const std::string r = "73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75f";
    const std::string s = "eeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549";
    const std::string n = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";
    const std::string zero(64, '0');
    const auto expectEmpty = [](const PrecompileResult& res) {
        EXPECT_TRUE(res.success);
        EXPECT_EQ(res.gasUsed, 3000u);
        EXPECT_TRUE(res.output.empty());
    };
    // The valid signature first, so the cases below differ only in the broken part.
    const PrecompileResult good = run(0x01, hash + word(28) + r + s);
    EXPECT_EQ(toHex(good.output, false),
              "000000000000000000000000a94f5374fce5edbc8e2a8697c15331677e6ebf0b");
    expectEmpty(run(0x01, hash + word(29) + r + s));  // v not 27/28
    expectEmpty(run(0x01, hash + word(1) + r + s));   // raw recovery ids are not accepted
    expectEmpty(run(0x01, hash + "01" + word(28).substr(2) + r + s));  // v's high bytes set
    expectEmpty(run(0x01, hash + word(28) + zero + s));                // r = 0
    expectEmpty(run(0x01, hash + word(28) + r + zero));                // s = 0
    expectEmpty(run(0x01, hash + word(28) + n + s));                   // r = n
    expectEmpty(run(0x01, hash + word(28) + r + n));                   // s = n
    expectEmpty(run(0x01, ""));                                        // all zeros after padding
    // Short input is right-padded with zeros; extra input is ignored.
    expectEmpty(run(0x01, hash + word(28) + r));
    EXPECT_EQ(run(0x01, hash + word(28) + r + s + "ffff").output, good.output);
    checkFails(0x01, fromHex(hash + word(28) + r + s), 2999);
}

// ---- 0x02 sha256, 0x03 ripemd160, 0x04 identity ----

TEST(EvmPrecompiles, Sha256KnownDigestsAndWordGas) {
    PrecompileResult r = run(0x02, "");
    EXPECT_TRUE(r.success);
    EXPECT_EQ(r.gasUsed, 60u);
    EXPECT_EQ(toHex(r.output, false),
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    r = run(0x02, "616263");  // "abc"
    EXPECT_EQ(r.gasUsed, 72u);
    EXPECT_EQ(toHex(r.output, false),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(run(0x02, std::string(64, 'a')).gasUsed, 72u);  // 32 bytes: one word
    EXPECT_EQ(run(0x02, std::string(66, 'a')).gasUsed, 84u);  // 33 bytes: two words
    checkFails(0x02, Bytes(33, 0), 83);
}

TEST(EvmPrecompiles, Ripemd160IsLeftPaddedToAWord) {
    PrecompileResult r = run(0x03, "");
    EXPECT_TRUE(r.success);
    EXPECT_EQ(r.gasUsed, 600u);
    EXPECT_EQ(toHex(r.output, false),
              "0000000000000000000000009c1185a5c5e9fc54612808977ee8f548b2258d31");
    r = run(0x03, "616263");
    EXPECT_EQ(r.gasUsed, 720u);
    EXPECT_EQ(toHex(r.output, false),
              "0000000000000000000000008eb208f7e05d987a9b044a8e98c6b087f15a0bfc");
    EXPECT_EQ(run(0x03, std::string(130, '0')).gasUsed, 600u + 120u * 3);  // 65 bytes
    checkFails(0x03, Bytes(1, 0), 719);
}

TEST(EvmPrecompiles, IdentityCopiesInput) {
    PrecompileResult r = run(0x04, "");
    EXPECT_TRUE(r.success);
    EXPECT_EQ(r.gasUsed, 15u);
    EXPECT_TRUE(r.output.empty());
    const Bytes data(100, 0xab);
    r = runPrecompile(precompile(0x04), data, 1000);
    EXPECT_EQ(r.output, data);
    EXPECT_EQ(r.gasUsed, 15u + 3u * 4);
    checkFails(0x04, data, 26);
}

// ---- 0x05 modexp ----

TEST(EvmPrecompiles, ModexpVectors) {
    checkVectors(0x05, "modexp_eip2565.json", 47);
}

TEST(EvmPrecompiles, ModexpEip198Examples) {
    // 3^(p-1) mod p = 1 for the secp256k1 prime (Fermat); gas 16 * 255 / 3 = 1360.
    const std::string p = "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f";
    const std::string pMinus1 = "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2e";
    PrecompileResult r = run(0x05, word(1) + word(32) + word(32) + "03" + pMinus1 + p);
    EXPECT_TRUE(r.success);
    EXPECT_EQ(r.gasUsed, 1360u);
    EXPECT_EQ(toHex(r.output, false), word(1));
    // An empty base is 0: 0^(p-1) mod p = 0.
    r = run(0x05, word(0) + word(32) + word(32) + pMinus1 + p);
    EXPECT_TRUE(r.success);
    EXPECT_EQ(r.gasUsed, 1360u);
    EXPECT_EQ(toHex(r.output, false), word(0));
}

TEST(EvmPrecompiles, ModexpEdgeCases) {
    // Modulus 0 gives mod_len zero bytes.
    PrecompileResult r = run(0x05, word(1) + word(1) + word(2) + "02" + "03" + "0000");
    EXPECT_TRUE(r.success);
    EXPECT_EQ(r.gasUsed, 200u);
    EXPECT_EQ(toHex(r.output, false), "0000");
    // Modulus 1 gives zero; exponent 0 gives 1 otherwise.
    EXPECT_EQ(toHex(run(0x05, word(1) + word(1) + word(1) + "05" + "03" + "01").output, false),
              "00");
    EXPECT_EQ(toHex(run(0x05, word(1) + word(1) + word(1) + "05" + "00" + "07").output, false),
              "01");
    // 2^3 mod 5 = 3, with the modulus read past the end of the input as zero bytes: modulus
    // 0x0500 (two bytes, the second missing) -> 8 mod 1280 = 8.
    EXPECT_EQ(toHex(run(0x05, word(1) + word(1) + word(2) + "02" + "03" + "05").output, false),
              "0008");
    // Huge lengths in the header: with base and modulus both empty the price is the minimum and the
    // result empty, however long the exponent claims to be.
    const std::string huge(64, 'f');
    r = run(0x05, word(0) + huge + word(0));
    EXPECT_TRUE(r.success);
    EXPECT_EQ(r.gasUsed, 200u);
    EXPECT_TRUE(r.output.empty());
    // A 2^256-1 byte base or modulus, or exponent with a modulus, can never be paid for.
    checkFails(0x05, fromHex(huge + word(1) + word(1)));
    checkFails(0x05, fromHex(word(1) + word(1) + huge));
    checkFails(0x05, fromHex(word(1) + huge + word(1) + "02ff"));
    checkFails(0x05, fromHex(word(1) + word(1) + huge), std::numeric_limits<std::uint64_t>::max());
    // With a gas limit that can pay the saturated price, a base past the input leaves the
    // modulus past it too: zero, so the result is zeros.
    r = run(0x05, huge + word(1) + word(1), std::numeric_limits<std::uint64_t>::max());
    EXPECT_TRUE(r.success);
    EXPECT_EQ(r.gasUsed, std::numeric_limits<std::uint64_t>::max());
    EXPECT_EQ(toHex(r.output, false), "00");
    // Lengths just past 64 bits.
    checkFails(0x05, fromHex(word(1) +
                             "00000000000000000000000000000000000000000000000100000000"
                             "00000000" +
                             word(1)));
    // Short header: the missing length words are zero.
    r = run(0x05, "");
    EXPECT_TRUE(r.success);
    EXPECT_EQ(r.gasUsed, 200u);
    EXPECT_TRUE(r.output.empty());
    checkFails(0x05, {}, 199);
}

TEST(EvmPrecompiles, ModexpGasFollowsEip2565) {
    // 64-byte modulus, 40-byte exponent 0x01 followed by 39 zero bytes: complexity 8^2 = 64;
    // iterations 8 * (40 - 32) + (bit length of the first 32 bytes, 249) - 1 = 312;
    // 64 * 312 / 3 = 6656.
    const std::string exponent = "01" + std::string(78, '0');
    const std::string modulus = std::string(126, '0') + "0d";
    PrecompileResult r = run(0x05, word(1) + word(40) + word(64) + "02" + exponent + modulus);
    EXPECT_TRUE(r.success);
    EXPECT_EQ(r.gasUsed, 6656u);
    // 2^(2^312) mod 13: 2 has order 12 mod 13; 2^312 mod 12 = 4 (2^312 = 0 mod 4, = 1 mod 3),
    // so the result is 2^4 mod 13 = 3.
    EXPECT_EQ(r.output.back(), 3);
    // An exponent head of zero counts as no bits (iterations = 8 * (len - 32)).
    r = run(0x05, word(1) + word(40) + word(64) + "02" + std::string(80, '0') + modulus);
    EXPECT_EQ(r.gasUsed, 64u * 64 / 3);
    EXPECT_EQ(r.output.back(), 1);
}

// ---- 0x06, 0x07, 0x08 alt_bn128 ----

const std::string kP = "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47";
const std::string kG1 = word(1) + word(2);
// EIP-197's generator of G2: x = x_im * i + x_re, written x_im, x_re, y_im, y_re.
const std::string kG2 =
    "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2"
    "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
    "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b"
    "12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa";
// A point on the twist outside the order-r subgroup: x = 1, y^2 = 1 + 3/(9+i) (found by a
// square-root search; r times it is not infinity).
const std::string kG2NotInSubgroup =
    word(0) + word(1) +
    "0d1271953ed9ea0836846e70a1934187998c7f790cb4d7511b7f8da82de048a4"
    "2869111d5381f072f8e2728fdb825a51aadd70e52c9830e9ab4b871c0531f1bb";

TEST(EvmPrecompiles, Bn254AddVectors) {
    checkVectors(0x06, "bn256Add.json", 16);
}
TEST(EvmPrecompiles, Bn254ScalarMulVectors) {
    checkVectors(0x07, "bn256ScalarMul.json", 19);
}
TEST(EvmPrecompiles, Bn254PairingVectors) {
    checkVectors(0x08, "bn256Pairing.json", 14);
}

TEST(EvmPrecompiles, Bn254AddAndMulAgree) {
    const PrecompileResult doubled = run(0x06, kG1 + kG1);
    ASSERT_TRUE(doubled.success);
    EXPECT_EQ(doubled.gasUsed, 150u);
    const PrecompileResult times2 = run(0x07, kG1 + word(2));
    ASSERT_TRUE(times2.success);
    EXPECT_EQ(times2.gasUsed, 6000u);
    EXPECT_EQ(doubled.output, times2.output);
    // P + (-P) = infinity; 0 * P and r * P too.
    const std::string minusG1 =
        word(1) + "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45";
    EXPECT_EQ(toHex(run(0x06, kG1 + minusG1).output, false), std::string(128, '0'));
    EXPECT_EQ(toHex(run(0x07, kG1 + word(0)).output, false), std::string(128, '0'));
    EXPECT_EQ(
        toHex(run(0x07, kG1 + "30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001")
                  .output,
              false),
        std::string(128, '0'));
    // Empty input: infinity + infinity.
    EXPECT_EQ(toHex(run(0x06, "").output, false), std::string(128, '0'));
}

TEST(EvmPrecompiles, Bn254RejectsBadPoints) {
    checkFails(0x06, fromHex(word(1) + word(1) + kG1));      // not on the curve
    checkFails(0x06, fromHex(kG1 + word(1) + word(3)));      // second point not on the curve
    checkFails(0x06, fromHex(kP + word(2) + kG1));           // x = p (not reduced)
    checkFails(0x07, fromHex(word(1) + word(1) + word(2)));  // not on the curve
    checkFails(0x07, fromHex(word(1) + kP + word(2)));       // y = p
    checkFails(0x08, fromHex(word(1) + word(1) + kG2));      // G1 point not on the curve
    checkFails(0x08, fromHex(kG1 + kG2NotInSubgroup));       // G2 point outside the subgroup
    std::string offCurve = kG2;
    offCurve[offCurve.size() - 1] = 'b';  // y_re + 1
    checkFails(0x08, fromHex(kG1 + offCurve));
    std::string unreduced = kP + kG2.substr(64);  // x_im = p
    checkFails(0x08, fromHex(kG1 + unreduced));
    // Infinity in G1 does not excuse an invalid G2 point.
    checkFails(0x08, fromHex(word(0) + word(0) + kG2NotInSubgroup));
    // Length not a multiple of 192.
    checkFails(0x08, fromHex((kG1 + kG2).substr(2)));
    checkFails(0x08, fromHex(kG1 + kG2 + "00"));
    checkFails(0x06, fromHex(kG1 + kG1), 149);
    checkFails(0x07, fromHex(kG1 + word(2)), 5999);
}

TEST(EvmPrecompiles, Bn254PairingCheck) {
    // No pairs: the empty product is 1.
    PrecompileResult r = run(0x08, "");
    EXPECT_TRUE(r.success);
    EXPECT_EQ(r.gasUsed, 45000u);
    EXPECT_EQ(toHex(r.output, false), word(1));
    // e(2P, Q) * e(-P, Q) * e(-P, Q) = 1, with 2P and -P from the precompiles themselves.
    const std::string twoG1 = toHex(run(0x07, kG1 + word(2)).output, false);
    const std::string minusG1 = toHex(
        run(0x07, kG1 + "30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000000").output,
        false);  // (r - 1) P
    r = run(0x08, twoG1 + kG2 + minusG1 + kG2 + minusG1 + kG2);
    EXPECT_TRUE(r.success);
    EXPECT_EQ(r.gasUsed, 45000u + 3 * 34000u);
    EXPECT_EQ(toHex(r.output, false), word(1));
    // One -P short: e(P, Q) != 1.
    r = run(0x08, twoG1 + kG2 + minusG1 + kG2);
    EXPECT_TRUE(r.success);
    EXPECT_EQ(toHex(r.output, false), word(0));
    r = run(0x08, kG1 + kG2);
    EXPECT_EQ(toHex(r.output, false), word(0));
    // Pairs with a point at infinity contribute 1.
    r = run(0x08, word(0) + word(0) + kG2 + kG1 + std::string(256, '0'));
    EXPECT_EQ(toHex(r.output, false), word(1));
    checkFails(0x08, fromHex(kG1 + kG2), 45000u + 34000u - 1);
}

// ---- 0x09 blake2f ----

TEST(EvmPrecompiles, Blake2fVectors) {
    checkVectors(0x09, "blake2F.json", 5);
}

TEST(EvmPrecompiles, Blake2fRejectsBadInput) {
    const std::vector<Vector> vectors = loadVectors("fail-blake2f.json");
    ASSERT_EQ(vectors.size(), 4u);
    for (const Vector& v : vectors) {
        SCOPED_TRACE(v.name);
        EXPECT_FALSE(v.expectedError.empty());
        checkFails(0x09, fromHex(v.input));
    }
}

// EIP-152 test vector 5 (12 rounds, final block of "abc") is BLAKE2b-512("abc"); vector 8 runs it
// with 2^32 - 1 rounds, which takes minutes, so it is not run by default.
TEST(EvmPrecompiles, DISABLED_Blake2fMaximumRounds) {
    std::string input;
    for (const Vector& v : loadVectors("blake2F.json")) {
        if (v.name == "vector 5") {
            input = "ffffffff" + v.input.substr(8);
        }
    }
    ASSERT_EQ(input.size(), 2u * 213);
    const PrecompileResult r = run(0x09, input, 4294967295ULL);
    EXPECT_TRUE(r.success);
    EXPECT_EQ(r.gasUsed, 4294967295ULL);
    EXPECT_EQ(toHex(r.output, false),
              "fc59093aafa9ab43daae0e914c57635c5402d8e3d2130eb9b3cc181de7f0ecf9b22bf99a7815ce16419e"
              "200e01846e6b5df8cc7703041bbceb571de6631d2615");
}

}  // namespace
}  // namespace ipc::evm
