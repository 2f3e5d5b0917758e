// Filecoin addresses (f0…f4), their base32 and LEB128 building blocks, and the eth ↔ f410 mapping.
#include <gtest/gtest.h>

#include <cstdint>
#include <initializer_list>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/encoding/base32.h"
#include "ipc/core/encoding/leb128.h"
#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/fvm_address.h"
#include "support/test_values.h"

using namespace ipc;

namespace {

using ipc::testing_support::parseErrorOf;

bool contains(const std::string& haystack, std::string_view needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace

// ---- base32 ---------------------------------------------------------------------------------

TEST(Base32, Rfc4648VectorsLowercaseNoPadding) {
    const std::vector<std::pair<std::string, std::string>> vectors = {
        {"", ""},
        {"f", "my"},
        {"fo", "mzxq"},
        {"foo", "mzxw6"},
        {"foob", "mzxw6yq"},
        {"fooba", "mzxw6ytb"},
        {"foobar", "mzxw6ytboi"},
    };
    for (const auto& [plain, encoded] : vectors) {
        EXPECT_EQ(base32::encode(asBytes(plain)), encoded);
        const Bytes decoded = base32::decode(encoded);
        EXPECT_EQ(std::string(decoded.begin(), decoded.end()), plain);
    }
}

TEST(Base32, RoundTripsEveryLength) {
    std::mt19937 rng(7);
    for (std::size_t n = 0; n < 80; ++n) {
        Bytes b(n);
        for (auto& x : b) {
            x = static_cast<std::uint8_t>(rng());
        }
        EXPECT_EQ(base32::decode(base32::encode(b)), b) << n;
    }
}

TEST(Base32, RejectsNonCanonicalInput) {
    EXPECT_THROW(base32::decode("MZXW6"), ParseError);     // uppercase
    EXPECT_THROW(base32::decode("mzxW6"), ParseError);     // mixed case
    EXPECT_THROW(base32::decode("my======"), ParseError);  // padding
    EXPECT_THROW(base32::decode("mzx 6"), ParseError);     // space
    EXPECT_THROW(base32::decode("mz1w6"), ParseError);     // '1' is not in the alphabet
    EXPECT_THROW(base32::decode("m"), ParseError);         // impossible length
    EXPECT_THROW(base32::decode("mzx"), ParseError);       // impossible length
    EXPECT_THROW(base32::decode("mzxw6y"), ParseError);    // impossible length
    EXPECT_THROW(base32::decode("mz"), ParseError);        // non-zero trailing bits
    EXPECT_THROW(base32::decode("mzxr"), ParseError);      // non-zero trailing bits
    EXPECT_TRUE(contains(parseErrorOf([] { base32::decode("abCd"); }), "'C'"));
    EXPECT_TRUE(contains(parseErrorOf([] { base32::decode("mz"); }), "trailing bits"));
}

// ---- LEB128 ---------------------------------------------------------------------------------

TEST(Leb128, KnownEncodings) {
    EXPECT_EQ(toHex(leb128::encode(0), false), "00");
    EXPECT_EQ(toHex(leb128::encode(1), false), "01");
    EXPECT_EQ(toHex(leb128::encode(127), false), "7f");
    EXPECT_EQ(toHex(leb128::encode(128), false), "8001");
    EXPECT_EQ(toHex(leb128::encode(150), false), "9601");
    EXPECT_EQ(toHex(leb128::encode(624485), false), "e58e26");
    EXPECT_EQ(toHex(leb128::encode(UINT64_MAX), false), "ffffffffffffffffff01");
    for (std::uint64_t v : std::initializer_list<std::uint64_t>{
             0ull, 1ull, 127ull, 128ull, 16383ull, 16384ull, 1ull << 56, (1ull << 63) - 1,
             1ull << 63, UINT64_MAX}) {
        EXPECT_EQ(leb128::decode(leb128::encode(v)), v);
    }
}

TEST(Leb128, DecodePrefixReportsLength) {
    const Bytes b = fromHex("e58e26ffff");
    const auto d = leb128::decodePrefix(b);
    EXPECT_EQ(d.value, 624485u);
    EXPECT_EQ(d.length, 3u);
}

TEST(Leb128, RejectsMalformedInput) {
    EXPECT_THROW(leb128::decode({}), ParseError);                                 // empty
    EXPECT_THROW(leb128::decode(fromHex("80")), ParseError);                      // truncated
    EXPECT_THROW(leb128::decode(fromHex("ff80")), ParseError);                    // truncated
    EXPECT_THROW(leb128::decode(fromHex("8000")), ParseError);                    // overlong
    EXPECT_THROW(leb128::decode(fromHex("ff00")), ParseError);                    // overlong
    EXPECT_THROW(leb128::decode(fromHex("ffffffffffffffffff02")), ParseError);    // > 64 bits
    EXPECT_THROW(leb128::decode(fromHex("ffffffffffffffffff8001")), ParseError);  // > 64 bits
    EXPECT_THROW(leb128::decode(fromHex("0101")), ParseError);                    // trailing
    EXPECT_TRUE(contains(parseErrorOf([] { leb128::decode(fromHex("8000")); }), "non-minimal"));
    EXPECT_TRUE(contains(parseErrorOf([] { leb128::decode(fromHex("80")); }), "truncated"));
}

// ---- Network --------------------------------------------------------------------------------

TEST(Network, ParseNames) {
    EXPECT_EQ(parseNetwork("testnet"), Network::Testnet);
    EXPECT_EQ(parseNetwork("mainnet"), Network::Mainnet);
    EXPECT_EQ(networkName(Network::Mainnet), "mainnet");
    EXPECT_EQ(networkPrefix(Network::Testnet), 't');
    EXPECT_EQ(networkPrefix(Network::Mainnet), 'f');
    const std::string message = parseErrorOf([] { parseNetwork("calibnet"); });
    EXPECT_TRUE(contains(message, "testnet"));
    EXPECT_TRUE(contains(message, "mainnet"));
    EXPECT_TRUE(contains(message, "calibnet"));
    EXPECT_THROW(parseNetwork("Testnet"), ParseError);
    EXPECT_THROW(parseNetwork(""), ParseError);
}

// ---- f410 ↔ eth (IPC's own vectors) ---------------------------------------------------------

TEST(FvmAddress, EthToF410Vectors) {
    const auto eth = EthAddress::parse("0x2e714a3c385ea88a09998ed74db265dae9853667");
    const auto f4 = FvmAddress::fromEth(eth);
    EXPECT_EQ(f4.protocol(), AddressProtocol::Delegated);
    EXPECT_EQ(f4.delegatedNamespace(), 10u);
    EXPECT_EQ(toHex(f4.subaddress()), eth.hex());
    EXPECT_EQ(f4.toString(Network::Mainnet), "f410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq");
    EXPECT_EQ(f4.toString(Network::Testnet), "t410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq");

    const auto zero = FvmAddress::fromEth(EthAddress{});
    EXPECT_EQ(zero.toString(Network::Mainnet), "f410faaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaonc6iji");
    EXPECT_EQ(zero.toString(Network::Testnet), "t410faaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaonc6iji");
}

TEST(FvmAddress, F410BackToEth) {
    for (const char* text : {"f410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq",
                             "t410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq"}) {
        const auto a = FvmAddress::parse(text);
        ASSERT_TRUE(a.toEth().has_value());
        EXPECT_EQ(a.toEth()->hex(), "0x2e714a3c385ea88a09998ed74db265dae9853667");
        EXPECT_EQ(a.toString(), text);
    }
    EXPECT_EQ(FvmAddress::parse("f410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq").network(),
              Network::Mainnet);
    EXPECT_EQ(FvmAddress::parse("t410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq").network(),
              Network::Testnet);
    // The network letter is only a spelling: both texts name the same address.
    EXPECT_EQ(FvmAddress::parse("f410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq"),
              FvmAddress::parse("t410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq"));
    EXPECT_EQ(FvmAddress::parse("t410faaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaonc6iji").toEth(),
              EthAddress{});
}

TEST(FvmAddress, F410ChecksumIsBlake2b32OfProtocolNamespaceAndAddress) {
    const auto eth = EthAddress::parse("0x2e714a3c385ea88a09998ed74db265dae9853667");
    Bytes checked{0x04, 0x0a};
    append(checked, eth.view());
    Bytes raw(eth.view().begin(), eth.view().end());
    append(raw, blake2b32(checked).view());
    EXPECT_EQ("f410f" + base32::encode(raw), FvmAddress::fromEth(eth).toString(Network::Mainnet));
}

// ---- f0 ↔ ID-masked eth ----------------------------------------------------------------------

TEST(FvmAddress, IdAddressesAndMaskedEth) {
    const auto a = FvmAddress::parse("f01001");
    EXPECT_EQ(a.protocol(), AddressProtocol::Id);
    EXPECT_EQ(a.id(), 1001u);
    EXPECT_EQ(a.network(), Network::Mainnet);
    ASSERT_TRUE(a.toEth().has_value());
    EXPECT_EQ(a.toEth()->hex(), "0xff000000000000000000000000000000000003e9");
    EXPECT_EQ(FvmAddress::fromEth(*a.toEth()), a);
    EXPECT_EQ(FvmAddress::fromEth(*a.toEth()).toString(Network::Testnet), "t01001");
    EXPECT_EQ(idMaskedEthAddress(UINT64_MAX).hex(), "0xff0000000000000000000000ffffffffffffffff");
    EXPECT_EQ(idFromMaskedEthAddress(idMaskedEthAddress(UINT64_MAX)), UINT64_MAX);
    EXPECT_EQ(idFromMaskedEthAddress(idMaskedEthAddress(0)), 0u);
    // 0xff followed by a non-zero byte in the mask is an ordinary eth address.
    const auto notMasked = EthAddress::parse("0xff000000000000000000010000000000000003e9");
    EXPECT_FALSE(idFromMaskedEthAddress(notMasked).has_value());
    EXPECT_TRUE(FvmAddress::fromEth(notMasked).isDelegated());
}

TEST(FvmAddress, IdVectors) {
    // Filecoin spec vectors: text and byte form (protocol 0 || leb128 id).
    const std::vector<std::tuple<std::uint64_t, std::string, std::string>> vectors = {
        {0, "t00", "0000"},
        {1, "t01", "0001"},
        {10, "t010", "000a"},
        {150, "t0150", "009601"},
        {499, "t0499", "00f303"},
        {1024, "t01024", "008008"},
        {1729, "t01729", "00c10d"},
        {999999, "t0999999", "00bf843d"},
        {UINT64_MAX, "t018446744073709551615", "00ffffffffffffffffff01"},
    };
    for (const auto& [id, text, bytes] : vectors) {
        const auto a = FvmAddress::fromId(id);
        EXPECT_EQ(a.toString(Network::Testnet), text);
        EXPECT_EQ(toHex(a.toBytes(), false), bytes);
        EXPECT_EQ(FvmAddress::parse(text), a);
        EXPECT_EQ(FvmAddress::fromBytes(fromHex(bytes)), a);
        EXPECT_EQ(FvmAddress::fromEth(idMaskedEthAddress(id)), a);
    }
}

// ---- f1 / f2 / f3 ---------------------------------------------------------------------------

TEST(FvmAddress, Secp256k1FromPublicKey) {
    // Filecoin address test vector (go-address, ref-fvm): uncompressed public key → t1 address.
    const Bytes pubkey = {4,   148, 2,   250, 195, 126, 100, 50,  164, 22,  163, 160, 202,
                          84,  38,  181, 24,  90,  179, 178, 79,  97,  52,  239, 162, 92,
                          228, 135, 200, 45,  46,  78,  19,  191, 69,  37,  17,  224, 210,
                          36,  84,  33,  248, 97,  59,  193, 13,  114, 250, 33,  102, 102,
                          169, 108, 59,  193, 57,  32,  211, 255, 35,  63,  208, 188, 5};
    const auto a = FvmAddress::fromSecp256k1PublicKey(pubkey);
    EXPECT_EQ(a.protocol(), AddressProtocol::Secp256k1);
    EXPECT_EQ(a.toString(Network::Testnet), "t15ihq5ibzwki2b4ep2f46avlkrqzhpqgtga7pdrq");
    EXPECT_EQ(a.toString(Network::Mainnet), "f15ihq5ibzwki2b4ep2f46avlkrqzhpqgtga7pdrq");
    // Cross-check by decoding: the payload is blake2b-160 of the key.
    const auto parsed = FvmAddress::parse("f15ihq5ibzwki2b4ep2f46avlkrqzhpqgtga7pdrq");
    EXPECT_EQ(parsed, a);
    EXPECT_EQ(toHex(parsed.payload(), false), "ea0f0ea039b291a0f08fd179e0556a8c3277c0d3");
    EXPECT_EQ(toHex(parsed.payload()), blake2b160(pubkey).hex());
    EXPECT_FALSE(parsed.toEth().has_value());
    EXPECT_FALSE(parsed.id().has_value());

    EXPECT_THROW(FvmAddress::fromSecp256k1PublicKey(ByteView(pubkey).first(33)), ParseError);
    Bytes wrongPrefix = pubkey;
    wrongPrefix[0] = 0x02;
    EXPECT_THROW(FvmAddress::fromSecp256k1PublicKey(wrongPrefix), ParseError);
}

TEST(FvmAddress, KnownHashAndBlsAddresses) {
    // Text ↔ byte-form vectors from the Filecoin address test suites.
    const std::vector<std::pair<std::string, std::string>> vectors = {
        {"f12fiakbhe2gwd5cnmrenekasyn6v5tnaxaqizq6a", "01d1500504e4d1ac3e89ac891a4502586fabd9b417"},
        {"f1xtwapqc6nh4si2hcwpr3656iotzmlwumogqbuaa", "01bcec07c05e69f92468e2b3e3bf77c874f2c5da8c"},
        {"f24vg6ut43yw2h2jqydgbg2xq7x6f4kub3bg6as6i", "02e54dea4f9bc5b47d261819826d5e1fbf8bc5503b"},
        {"f2gfvuyh7v2sx3patm5k23wdzmhyhtmqctasbr23y", "02316b4c1ff5d4afb7826ceab5bb0f2c3e0f364053"},
        {"f3vvmn62lofvhjd2ugzca6sof2j2ubwok6cj4xxbfzz4yuxfkgobpihhd2thlanmsh3w2ptld2gqkn2jvlss4a",
         "03ad58df696e2d4e91ea86c881e938ba4ea81b395e12797b84b9cf314b9546705e839c7a99d606b247ddb4f9"
         "ac7a3414dd"},
        {"f3q22fijmmlckhl56rn5nkyamkph3mcfu5ed6dheq53c244hfmnq2i7efdma3cj5voxenwiummf2ajlsbxc65a",
         "0386b454258c589475f7d16f5aac018a79f6c1169d20fc33921dd8b5ce1cac6c348f90a3603624f6aeb91b6"
         "4518c2e8095"},
        // Delegated: namespace 32, a 5-byte subaddress; max namespace with an empty one.
        {"f432f77777777x32lpna", "0420ffffffffff"},
        {"f418446744073709551615ftnkyfaq", "04ffffffffffffffffff01"},
        {"f410frw6wy7w6sbsguyn3yzeygg34fgf72n5ao5sxyky",
         "040a8dbd6c7ede90646a61bbc649831b7c298bfd37a0"},
        {"f410f2oekwcmo2pueydmaq53eic2i62crtbeyuzx2gmy",
         "040ad388ab098ed3e84c0d808776440b48f685198498"},
        {"f418446744073709551615f" + std::string(86, 'a') + "fbbuagu",
         "04ffffffffffffffffff01" + std::string(108, '0')},
    };
    for (const auto& [text, bytes] : vectors) {
        const auto a = FvmAddress::parse(text);
        EXPECT_EQ(toHex(a.toBytes(), false), bytes) << text;
        EXPECT_EQ(a.toString(), text);
        EXPECT_EQ(FvmAddress::fromBytes(fromHex(bytes)), a) << text;
        EXPECT_EQ(FvmAddress::fromBytes(fromHex(bytes)).toString(Network::Mainnet), text);
    }
    const auto f4 = FvmAddress::parse("f432f77777777x32lpna");
    EXPECT_EQ(f4.delegatedNamespace(), 32u);
    EXPECT_EQ(toHex(f4.subaddress(), false), "ffffffffff");
    EXPECT_FALSE(f4.toEth().has_value());  // not the eth namespace
    EXPECT_THROW(FvmAddress::fromId(5).delegatedNamespace(), Error);
    EXPECT_THROW(FvmAddress::fromId(5).subaddress(), Error);
}

TEST(FvmAddress, ConstructorsAgreeWithParse) {
    FixedBytes<20> h;
    for (std::size_t i = 0; i < 20; ++i) {
        h.bytes[i] = static_cast<std::uint8_t>(i * 13);
    }
    FixedBytes<48> k;
    for (std::size_t i = 0; i < 48; ++i) {
        k.bytes[i] = static_cast<std::uint8_t>(i * 7 + 1);
    }
    const std::vector<FvmAddress> addresses = {
        FvmAddress::fromId(42),
        FvmAddress::secp256k1(h),
        FvmAddress::actor(h),
        FvmAddress::bls(k),
        FvmAddress::delegated(10, h.view()),
        FvmAddress::delegated(7, {}),
        FvmAddress::delegated(UINT64_MAX, Bytes(54, 0xab)),
    };
    for (const auto& a : addresses) {
        for (Network n : {Network::Testnet, Network::Mainnet}) {
            const auto back = FvmAddress::parse(a.toString(n));
            EXPECT_EQ(back, a);
            EXPECT_EQ(back.network(), n);
            EXPECT_EQ(back.toString(), a.toString(n));
        }
        EXPECT_EQ(FvmAddress::fromBytes(a.toBytes()), a);
    }
    EXPECT_THROW(FvmAddress::delegated(10, Bytes(55, 0)), ParseError);
    EXPECT_EQ(FvmAddress().toString(Network::Testnet), "t00");
    EXPECT_EQ(FvmAddress::fromId(3).withNetwork(Network::Mainnet).toString(), "f03");
}

TEST(FvmAddress, OrderingEqualityAndHash) {
    const auto a = FvmAddress::fromId(5);
    const auto b = FvmAddress::fromId(6);
    const auto c = FvmAddress::fromEth(EthAddress{});
    EXPECT_LT(a, b);
    EXPECT_LT(b, c);  // protocol orders first
    EXPECT_NE(a, b);
    EXPECT_EQ(a, FvmAddress::parse("f05"));
    std::unordered_set<FvmAddress> set{a, b, c, FvmAddress::parse("t05")};
    EXPECT_EQ(set.size(), 3u);
}

// ---- rejected text --------------------------------------------------------------------------

TEST(FvmAddress, RejectsBadChecksum) {
    for (const char* text : {
             "t2gfvuyh7v2sx3patm5k23wdzmhyhtmqctasbr24y",
             "f410f2oekwcmo2pueydmaq53eic2i62crtbeyuzx2gma",
             "f410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsra",
             "f15ihq5ibzwki2b4ep2f46avlkrqzhpqgtga7pdra",
             "f3vvmn62lofvhjd2ugzca6sof2j2ubwok6cj4xxbfzz4yuxfkgobpihhd2thlanmsh3w2ptld2gqkn2jvlss4"
             "q",
             // The right checksum for namespace 10 under another namespace.
             "f411ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq",
             // An f1 payload with an f2 protocol: the protocol byte is checksummed too.
             "f25ihq5ibzwki2b4ep2f46avlkrqzhpqgtga7pdrq",
         }) {
        const std::string message = parseErrorOf([&] { FvmAddress::parse(text); });
        EXPECT_TRUE(contains(message, "bad checksum in address")) << text << ": " << message;
        EXPECT_TRUE(contains(message, text)) << message;
    }
    // Every single-character change to a valid address is rejected (but the network letter).
    for (const std::string valid : {"f15ihq5ibzwki2b4ep2f46avlkrqzhpqgtga7pdrq",
                                    "t410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq"}) {
        for (std::size_t i = 1; i < valid.size(); ++i) {
            for (char c : std::string_view("abcdefghijklmnopqrstuvwxyz234567019")) {
                if (c == valid[i]) {
                    continue;
                }
                std::string s = valid;
                s[i] = c;
                EXPECT_THROW(FvmAddress::parse(s), ParseError) << s;
            }
        }
    }
}

TEST(FvmAddress, RejectsNonCanonicalTrailingBits) {
    // Invalid-checksum cases of other suites whose last character also sets unused bits.
    for (const char* text : {
             "f15ihq5ibzwki2b4ep2f46avlkrqzhpqgtga7rdrr",
             "f24vg6ut43yw2h2jqydgbg2xq7x6f4kub3bg6as66",
             "f3vvmn62lofvhjd2ugzca6sof2j2ubwok6cj4xxbfzz4yuxfkgobpihhd2thlanmsh3w2ptld2gqkn2jvlss4"
             "4",
         }) {
        EXPECT_TRUE(contains(parseErrorOf([&] { FvmAddress::parse(text); }), "trailing bits"));
    }
}

TEST(FvmAddress, RejectsMalformedText) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"", "too short"},
        {"f0", "too short"},
        {"f0-1", "decimal"},
        {"f018446744073709551616", "64 bits"},
        {"f099999999999999999999", "64 bits"},
        {"f0007", "leading zero"},
        {"f00x1", "decimal"},
        {"f0 1", "decimal"},
        {"a15ihq5ibzwki2b4ep2f46avlkrqzhpqgtga7pdrq", "network"},
        {"F15ihq5ibzwki2b4ep2f46avlkrqzhpqgtga7pdrq", "network"},
        {"f95ihq5ibzwki2b4ep2f46avlkrqzhpqgtga7pdrq", "protocol"},
        {"f55ihq5ibzwki2b4ep2f46avlkrqzhpqgtga7pdrq", "protocol"},
        {"f15IHQ5ibzwki2b4ep2f46avlkrqzhpqgtga7pdrq", "base32"},
        {"f15ihq5ibzwki2b4ep2f46avlkr0zhpqgtga7pdrq", "base32"},
        {std::string("f15ihq5ibzwki2b4ep2f46avlkr\0zhpqgtga7pdrq", 41), "\\x00"},
        {"f410fFZYUUPBYL2UIUCMZR3LU3MTF3LUYKNTHAZ4XSRQ", "base32"},
        {"f1aa", "payload"},  // shorter than a checksum
        {"f1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "payload"},  // too long
        {"f2aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "payload"},
        {"f3vvmn62lofvhjd2ugzca6sof2j2ubwok6cj4xxbfzz4yuxfkgobpihhd2thlanmsh3w2ptld2gq", "payload"},
        {"f418446744073709551615", "'f'"},
        {"f4f77777777vnmsana", "namespace"},
        {"f4010f77777777x32lpna", "leading zero"},
        {"f418446744073709551616ftnkyfaq", "64 bits"},
        {"f410f", "checksum"},
        {"f410f" + std::string(130, 'a'), "too long"},
        {"f410f" + base32::encode(Bytes(59, 0)), "54 bytes"},
    };
    for (const auto& entry : cases) {
        // Not a structured binding: clang 14 cannot capture those in the lambda below.
        const auto& text = entry.first;
        const auto& fragment = entry.second;
        const std::string message = parseErrorOf([&] { FvmAddress::parse(text); });
        EXPECT_TRUE(contains(message, fragment))
            << "'" << text << "' -> '" << message << "' lacks '" << fragment << "'";
    }
}

TEST(FvmAddress, RejectsMalformedBytes) {
    for (const char* hex : {"", "00", "00ff", "00ff00ff", "000101", "000000",
                            "00ffffffffffffffffff80", "050000", "0100", "02ff",
                            "03"
                            "00",
                            "04", "0480"}) {
        EXPECT_THROW(FvmAddress::fromBytes(fromHex(hex)), ParseError) << hex;
    }
    EXPECT_THROW(FvmAddress::fromBytes(fromHex("040a" + std::string(110, 'a'))), ParseError);
}

// ---- fuzz-style: only ParseError may escape, and whatever parses is canonical ----------------

TEST(FvmAddress, FuzzParseOnlyThrowsParseErrorAndAcceptsOnlyCanonicalText) {
    std::mt19937_64 rng(20240601);
    const std::vector<std::string> seeds = {
        "f00",
        "t01001",
        "f018446744073709551615",
        "f15ihq5ibzwki2b4ep2f46avlkrqzhpqgtga7pdrq",
        "t24vg6ut43yw2h2jqydgbg2xq7x6f4kub3bg6as6i",
        "f3vvmn62lofvhjd2ugzca6sof2j2ubwok6cj4xxbfzz4yuxfkgobpihhd2thlanmsh3w2ptld2gqkn2jvlss4a",
        "f410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq",
        "t410faaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaonc6iji",
        "f432f77777777x32lpna",
        "f418446744073709551615ftnkyfaq",
    };
    const std::string pool =
        "abcdefghijklmnopqrstuvwxyz234567018925ABCXYZft/.:-_ " + std::string{'\0', '\xff'};
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    auto randomChar = [&] { return pool[pick(pool.size())]; };

    int accepted = 0;
    int rejected = 0;
    for (int i = 0; i < 25000; ++i) {
        std::string s;
        if (i % 5 == 0) {
            const std::size_t len = pick(130);
            for (std::size_t j = 0; j < len; ++j) {
                s += randomChar();
            }
            if (len >= 2 && pick(2) == 0) {  // give it a plausible head
                s[0] = "ft"[pick(2)];
                s[1] = static_cast<char>('0' + pick(6));
            }
        } else {
            s = seeds[pick(seeds.size())];
            const std::size_t edits = i % 7 == 1 ? 0 : 1 + pick(3);
            for (std::size_t e = 0; e < edits; ++e) {
                switch (pick(6)) {
                    case 0:
                        if (!s.empty()) {
                            s[pick(s.size())] = randomChar();
                        }
                        break;
                    case 1:
                        s.insert(s.begin() + static_cast<std::ptrdiff_t>(pick(s.size() + 1)),
                                 randomChar());
                        break;
                    case 2:
                        if (!s.empty()) {
                            s.erase(pick(s.size()), 1);
                        }
                        break;
                    case 3:
                        s.resize(pick(s.size() + 1));
                        break;
                    case 4:
                        s += s.substr(pick(s.size() + 1));
                        break;
                    default:
                        if (s.size() >= 2) {
                            std::swap(s[pick(s.size())], s[pick(s.size())]);
                        }
                        break;
                }
            }
        }
        try {
            const auto a = FvmAddress::parse(s);
            ++accepted;
            ASSERT_EQ(a.toString(), s) << "accepted a non-canonical spelling";
            ASSERT_EQ(FvmAddress::fromBytes(a.toBytes()), a);
        } catch (const ParseError&) {
            ++rejected;
        }
    }
    EXPECT_GT(accepted, 1000);
    EXPECT_GT(rejected, 10000);
}

TEST(FvmAddress, FuzzFromBytesRoundTrips) {
    std::mt19937_64 rng(99);
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        Bytes b(rng() % 70);
        for (auto& x : b) {
            x = static_cast<std::uint8_t>(rng());
        }
        if (!b.empty()) {
            b[0] = static_cast<std::uint8_t>(rng() % 6);
        }
        try {
            const auto a = FvmAddress::fromBytes(b);
            ++accepted;
            ASSERT_EQ(a.toBytes(), b);
            ASSERT_EQ(FvmAddress::parse(a.toString(Network::Mainnet)), a);
        } catch (const ParseError&) {
        }
    }
    EXPECT_GT(accepted, 1000);
}
