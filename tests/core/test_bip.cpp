// Tests of BIP-39 mnemonics and BIP-32/44 derivation against the official vectors.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "ipc/core/crypto/bip32.h"
#include "ipc/core/crypto/bip39.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/error.h"

using namespace ipc;
using namespace ipc::crypto;

namespace {

std::string messageOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const ParseError& e) {
        return e.what();
    }
    return "(no ParseError)";
}

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST(Bip39, EmbeddedWordlistIsTheStandardOne) {
    const auto& words = bip39EnglishWordlist();
    ASSERT_EQ(words.size(), 2048u);
    EXPECT_EQ(words.front(), "abandon");
    EXPECT_EQ(words.back(), "zoo");
    std::string joined;
    for (const auto w : words) {
        joined.append(w);
        joined.push_back('\n');
    }
    EXPECT_EQ(sha256(asBytes(joined)).hex(false),
              "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda");
}

TEST(Bip39, OfficialTrezorVectors) {
    // From the BIP-39 reference vectors (trezor/python-mnemonic vectors.json, passphrase
    // "TREZOR"); values re-checked with the npm bip39 package.
    struct Vector {
        const char* entropy;
        const char* mnemonic;
        const char* seed;
    };
    const Vector vectors[] = {
        {"00000000000000000000000000000000",
         "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
         "about",
         "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c9"
         "2f2cf141630c7a3c4ab7c81b2f001698e7463b04"},
        {"7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
         "legal winner thank year wave sausage worth useful legal winner thank yellow",
         "2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cfb8440c28bd6fa457fe1296106559a3c80937"
         "a1c1069be3a3a5bd381ee6260e8d9739fce1f607"},
        {"80808080808080808080808080808080",
         "letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
         "d71de856f81a8acc65e6fc851a38d4d7ec216fd0796d0a6827a3ad6ed5511a30fa280f12eb2e47ed2ac03b5c"
         "462a0358d18d69fe4f985ec81778c1b370b652a8"},
        {"ffffffffffffffffffffffffffffffff", "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
         "ac27495480225222079d7be181583751e86f571027b0497b5b5d11218e0a8a13332572917f0f8e5a589620c6"
         "f15b11c61dee327651a14c34e18231052e48c069"},
        {"000000000000000000000000000000000000000000000000",
         "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
         "abandon abandon abandon abandon abandon abandon agent",
         "035895f2f481b1b0f01fcf8c289c794660b289981a78f8106447707fdd9666ca06da5a9a565181599b79f53b"
         "844d8a71dd9f439c52a3d7b3e8a79c906ac845fa"},
        {"0000000000000000000000000000000000000000000000000000000000000000",
         "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
         "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
         "abandon art",
         "bda85446c68413707090a52022edd26a1c9462295029f2e60cd7c4f2bbd3097170af7a4d73245cafa9c3cca8"
         "d561a7c3de6f5d4a10be8ed2a5e608d68f92fcc8"},
        {"9e885d952ad362caeb4efe34a8e91bd2",
         "ozone drill grab fiber curtain grace pudding thank cruise elder eight picnic",
         "274ddc525802f7c828d8ef7ddbcdc5304e87ac3535913611fbbfa986d0c9e5476c91689f9c8a54fd55bd3860"
         "6aa6a8595ad213d4c9c9f9aca3fb217069a41028"},
        {"f585c11aec520db57dd353c69554b21a89b20fb0650966fa0a9d6f74fd989d8f",
         "void come effort suffer camp survey warrior heavy shoot primary clutch crush open "
         "amazing "
         "screen patrol group space point ten exist slush involve unfold",
         "01f5bced59dec48e362f2c45b5de68b9fd6c92c6634f44d6d40aab69056506f0e35524a518034ddc1192e1da"
         "cd32c1ed3eaa3c3b131c88ed8e7e54c49a5d0998"},
    };
    for (const auto& v : vectors) {
        SCOPED_TRACE(v.mnemonic);
        const Bytes entropy = fromHex(v.entropy);
        EXPECT_EQ(entropyToMnemonic(entropy), v.mnemonic);
        EXPECT_EQ(mnemonicToEntropy(v.mnemonic), entropy);
        EXPECT_TRUE(isValidMnemonic(v.mnemonic));
        EXPECT_EQ(toHex(mnemonicToSeed(v.mnemonic, "TREZOR"), false), v.seed);
    }
}

TEST(Bip39, SeedNormalisesWhitespaceAndCase) {
    const std::string canonical =
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
        "about";
    const std::string messy =
        "  Abandon abandon\tabandon  abandon abandon abandon abandon abandon abandon ABANDON "
        "abandon\nabout \n";
    EXPECT_EQ(normalizeMnemonic(messy), canonical);
    EXPECT_TRUE(isValidMnemonic(messy));
    EXPECT_EQ(mnemonicToSeed(messy, "TREZOR"), mnemonicToSeed(canonical, "TREZOR"));
    EXPECT_NE(mnemonicToSeed(canonical, ""), mnemonicToSeed(canonical, "TREZOR"));
}

TEST(Bip39, GeneratesValidMnemonicsOfEachLength) {
    for (int words : {12, 15, 18, 21, 24}) {
        std::set<std::string> seen;
        for (int i = 0; i < 20; ++i) {
            const std::string m = generateMnemonic(words);
            SCOPED_TRACE(m);
            EXPECT_TRUE(isValidMnemonic(m));
            EXPECT_NO_THROW(validateMnemonic(m));
            EXPECT_EQ(std::count(m.begin(), m.end(), ' '), words - 1);
            EXPECT_EQ(mnemonicToEntropy(m).size(), static_cast<std::size_t>(words * 4 / 3));
            seen.insert(m);
        }
        EXPECT_EQ(seen.size(), 20u);
    }
    EXPECT_EQ(generateMnemonic().size() > 0, true);
    for (int words : {0, 11, 13, 25, -12}) {
        EXPECT_THROW(generateMnemonic(words), Error) << words;
    }
}

TEST(Bip39, RejectsBadMnemonicsWithClearMessages) {
    // Unknown word, named with its position.
    const std::string unknown =
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandn abandon "
        "about";
    EXPECT_FALSE(isValidMnemonic(unknown));
    const std::string unknownMsg = messageOf([&] { validateMnemonic(unknown); });
    EXPECT_TRUE(contains(unknownMsg, "'abandn'")) << unknownMsg;
    EXPECT_TRUE(contains(unknownMsg, "word 10 of 12")) << unknownMsg;

    // Every word known, checksum wrong.
    const std::string badChecksum =
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
        "abandon";
    EXPECT_FALSE(isValidMnemonic(badChecksum));
    const std::string checksumMsg = messageOf([&] { validateMnemonic(badChecksum); });
    EXPECT_TRUE(contains(checksumMsg, "checksum")) << checksumMsg;
    EXPECT_FALSE(
        isValidMnemonic("legal winner thank year wave sausage worth useful legal winner "
                        "yellow thank"));  // two words swapped

    // Wrong number of words.
    const std::string shortMsg = messageOf([] { validateMnemonic("abandon abandon about"); });
    EXPECT_TRUE(contains(shortMsg, "has 3")) << shortMsg;
    EXPECT_TRUE(contains(shortMsg, "12, 15, 18, 21 or 24")) << shortMsg;
    EXPECT_FALSE(isValidMnemonic(""));
    EXPECT_FALSE(isValidMnemonic(std::string(kAnvilMnemonic) + " test"));

    EXPECT_THROW(entropyToMnemonic(Bytes(15, 0)), ParseError);
    EXPECT_THROW(entropyToMnemonic(Bytes(33, 0)), ParseError);
    EXPECT_THROW(entropyToMnemonic(Bytes(18, 0)), ParseError);
}

TEST(Bip32, TestVector1) {
    // BIP-32 test vector 1; chain codes re-checked with OpenSSL HMAC and ethers v6 HDNodeWallet.
    const ExtendedKey m = masterKeyFromSeed(fromHex("000102030405060708090a0b0c0d0e0f"));
    EXPECT_EQ(m.key.hex(false), "e8f32e723decf4051aefac8e2c93c9c5b214313817cdb01a1494b917c8436b35");
    EXPECT_EQ(m.chainCode.hex(false),
              "873dff81c02f525623fd1fe5167eac3a55a049de3d314bb42ee227ffed37d508");
    EXPECT_EQ(derivePath(m, "m"), m);

    struct Step {
        const char* path;
        const char* key;
        const char* chainCode;
    };
    const Step steps[] = {
        {"m/0'", "edb2e14f9ee77d26dd93b4ecede8d16ed408ce149b6cd80b0715a2d911a0afea",
         "47fdacbd0f1097043b78c63c20c34ef4ed9a111d980047ad16282c7ae6236141"},
        {"m/0'/1", "3c6cb8d0f6a264c91ea8b5030fadaa8e538b020f0a387421a12de9319dc93368",
         "2a7857631386ba23dacac34180dd1983734e444fdbf774041578e9b6adb37c19"},
        {"m/0'/1/2'", "cbce0d719ecf7431d88e6a89fa1483e02e35092af60c042b1df2ff59fa424dca",
         "04466b9cc8e161e966409ca52986c584f07e9dc81f735db683c3ff6ec7b1503f"},
        {"m/0'/1/2'/2", "0f479245fb19a38a1954c5c7c0ebab2f9bdfd96a17563ef28a6a4b1a2a764ef4",
         "cfb71883f01676f587d023cc53a35bc7f88f724b1f8c2892ac1275ac822a3edd"},
        {"m/0'/1/2'/2/1000000000",
         "471b76e389e528d6de6d816857e012c5455051cad6660850e58372a6c3e6e7c8",
         "c783e67b921d2beb8f6b389cc646d7263b4145701dadd2161548a8b078e65e9e"},
    };
    for (const auto& s : steps) {
        SCOPED_TRACE(s.path);
        const ExtendedKey k = derivePath(m, s.path);
        EXPECT_EQ(k.key.hex(false), s.key);
        EXPECT_EQ(k.chainCode.hex(false), s.chainCode);
    }
    // Step by step gives the same as the path, and "h" means the same as "'".
    EXPECT_EQ(deriveChild(deriveChild(m, kHardenedOffset), 1), derivePath(m, "m/0h/1"));
    EXPECT_EQ(derivePath(m, "m/0H/1/2h"), derivePath(m, "m/0'/1/2'"));
}

TEST(Bip32, SeedLength) {
    EXPECT_THROW(masterKeyFromSeed(Bytes(15, 1)), ParseError);
    EXPECT_THROW(masterKeyFromSeed(Bytes(65, 1)), ParseError);
    EXPECT_NO_THROW(masterKeyFromSeed(Bytes(64, 1)));
}

TEST(Bip32, ParsesPaths) {
    EXPECT_TRUE(parseDerivationPath("m").empty());
    EXPECT_EQ(parseDerivationPath("m/44'/60'/0'/0/0"),
              (std::vector<std::uint32_t>{44 + kHardenedOffset, 60 + kHardenedOffset,
                                          kHardenedOffset, 0, 0}));
    EXPECT_EQ(parseDerivationPath("m/44h/60h/0h/0/7"), parseDerivationPath("m/44'/60'/0'/0/7"));
    EXPECT_EQ(parseDerivationPath("m/2147483647"), std::vector<std::uint32_t>{0x7fffffffu});
    EXPECT_EQ(parseDerivationPath("m/2147483647'"), std::vector<std::uint32_t>{0xffffffffu});

    for (const char* bad :
         {"", "/0", "44'/60'", "M/0", "m/", "m//0", "m/0/", "m0", "m/-1", "m/+1", "m/1x", "m/''",
          "m/h", "m/0''", "m/ 1", "m/2147483648", "m/99999999999999999999999", "m/0'/a"}) {
        EXPECT_THROW(parseDerivationPath(bad), ParseError) << bad;
    }
    const std::string msg = messageOf([] { parseDerivationPath("m/44'/6x0'/0"); });
    EXPECT_TRUE(contains(msg, "'6x0''")) << msg;
    std::string deep = "m";
    for (int i = 0; i < 256; ++i) {
        deep += "/0";
    }
    EXPECT_THROW(parseDerivationPath(deep), ParseError);
}

TEST(Bip32, AnvilAccounts) {
    const char* expected[] = {
        "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
        "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
        "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65", "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
        "0x976EA74026E726554dB657fA54763abd0C3a0aa9", "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955",
        "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f", "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720",
    };
    for (std::uint32_t i = 0; i < 10; ++i) {
        EXPECT_EQ(deriveEthereumKey(kAnvilMnemonic, i).ethAddress().toChecksumHex(), expected[i])
            << i;
    }
    EXPECT_EQ(deriveEthereumKey(kAnvilMnemonic, 0).secret().hex(),
              "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    // Same path through the general API.
    const auto seed = mnemonicToSeed(kAnvilMnemonic);
    EXPECT_EQ(derivePath(masterKeyFromSeed(seed), "m/44'/60'/0'/0/3").privateKey(),
              deriveEthereumKey(kAnvilMnemonic, 3));
    // With a passphrase: produced by ethers v6 HDNodeWallet.fromPhrase(mnemonic, "ipc", path).
    const PrivateKey withPassphrase = deriveEthereumKey(kAnvilMnemonic, 0, "ipc");
    EXPECT_EQ(withPassphrase.secret().hex(),
              "0x080e2d8d6fa6681231f57d4b57cc5af184da9bd4b1e7f36964b0d3b639c075e5");
    EXPECT_EQ(withPassphrase.ethAddress().toChecksumHex(),
              "0x927612871dA69C995754158D0CeB09D9db694a65");
}

TEST(Bip32, DeriveEthereumKeyRejectsBadInput) {
    EXPECT_THROW(deriveEthereumKey("test test test", 0), ParseError);
    EXPECT_THROW(
        deriveEthereumKey("test test test test test test test test test test test test", 0),
        ParseError);  // checksum
    EXPECT_THROW(deriveEthereumKey(kAnvilMnemonic, kHardenedOffset), ParseError);
}
