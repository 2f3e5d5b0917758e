// V3 keystores against files written by ethers and the Web3 Secret Storage spec's own vectors
// (tests/core/fixtures/keystore, made by tests/js/gen-keystore-fixtures.mjs).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "ipc/core/crypto/keystore_v3.h"

using namespace ipc;
using namespace ipc::crypto;

namespace {

const std::string kFixtureDir = std::string(IPC_SOURCE_DIR) + "/tests/core/fixtures/keystore";

using Record = std::map<std::string, std::string>;

std::vector<Record> loadRecords() {
    std::ifstream in(kFixtureDir + "/keystores.txt");
    if (!in) {
        throw std::runtime_error("cannot open " + kFixtureDir + "/keystores.txt");
    }
    std::vector<Record> out;
    Record cur;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) {
            if (!cur.empty())
                out.push_back(std::move(cur));
            cur = {};
            continue;
        }
        const auto eq = line.find('=');
        cur[line.substr(0, eq)] = line.substr(eq + 1);
    }
    if (!cur.empty())
        out.push_back(std::move(cur));
    return out;
}

KeystoreV3 fromRecord(const Record& r) {
    KeystoreV3 v3;
    if (r.at("has_address") == "1")
        v3.address = EthAddress::parse(r.at("address"));
    v3.id = r.at("id");
    v3.iv = FixedBytes<16>::fromHexString(r.at("iv"));
    v3.ciphertext = fromHex(r.at("ciphertext"));
    v3.mac = Hash32::fromHexString(r.at("mac"));
    v3.dklen = static_cast<std::uint32_t>(std::stoul(r.at("dklen")));
    v3.salt = fromHex(r.at("salt"));
    if (r.at("kdf") == "scrypt") {
        v3.kdf = KeystoreKdf::Scrypt;
        v3.scrypt = {std::stoull(r.at("n")), static_cast<std::uint32_t>(std::stoul(r.at("r"))),
                     static_cast<std::uint32_t>(std::stoul(r.at("p")))};
    } else {
        v3.kdf = KeystoreKdf::Pbkdf2;
        v3.pbkdf2 = {static_cast<std::uint32_t>(std::stoul(r.at("c"))), r.at("prf")};
    }
    return v3;
}

const Record& recordFor(const std::vector<Record>& all, const std::string& file) {
    for (const auto& r : all)
        if (r.at("file") == file)
            return r;
    throw std::runtime_error("no fixture " + file);
}

// A cheap valid keystore to tamper with.
KeystoreV3 lightKeystore(const PrivateKey& key, std::string_view password) {
    KeystoreParams p;
    p.scrypt = {1024, 8, 1};
    return encrypt(key, password, p);
}

}  // namespace

TEST(KeystoreV3, FixturesAreAllPresent) {
    const auto records = loadRecords();
    ASSERT_EQ(records.size(), 6u);
    for (const auto& r : records) {
        std::ifstream json(kFixtureDir + "/" + r.at("file"));
        EXPECT_TRUE(json.good()) << r.at("file");
    }
}

TEST(KeystoreV3, DecryptsEveryFixture) {
    for (const auto& r : loadRecords()) {
        SCOPED_TRACE(r.at("file"));
        const PrivateKey key = decrypt(fromRecord(r), r.at("password"));
        EXPECT_EQ(key.secret().hex(false), r.at("private_key"));
        EXPECT_EQ(key.ethAddress().hex(), r.at("address"));
        if (r.at("file").starts_with("web3-spec-")) {
            // The spec's published details for both of its vectors.
            EXPECT_EQ(r.at("password"), "testpassword");
            EXPECT_EQ(key.secret().hex(false),
                      "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d");
            EXPECT_EQ(key.ethAddress().hex(), "0x008aeeda4d805471df9b2a5b0f38a0c3bcba786b");
        }
    }
}

// With ethers' salt, IV and UUID our encryption must produce ethers' file byte for byte.
TEST(KeystoreV3, EncryptReproducesEthersAndSpecFiles) {
    const auto records = loadRecords();
    for (const char* file : {"ethers-scrypt-light.json", "geth-form-scrypt-light.json",
                             "ethers-scrypt-light-empty-password.json", "web3-spec-pbkdf2.json"}) {
        SCOPED_TRACE(file);
        const Record& r = recordFor(records, file);
        const KeystoreV3 expected = fromRecord(r);
        KeystoreParams p;
        p.kdf = expected.kdf;
        p.scrypt = expected.scrypt;
        p.pbkdf2 = expected.pbkdf2;
        p.salt = expected.salt;
        p.iv = expected.iv;
        std::string uuidHex = r.at("id");
        std::erase(uuidHex, '-');
        p.uuid = FixedBytes<16>::fromHexString(uuidHex);
        const KeystoreV3 ours =
            encrypt(PrivateKey::fromHex(r.at("private_key")), r.at("password"), p);
        EXPECT_EQ(ours.ciphertext, expected.ciphertext);
        EXPECT_EQ(ours.mac, expected.mac);
        // The spec's UUID is not a version 4 one, so only ethers' ids can be reproduced.
        if (!r.at("file").starts_with("web3-spec-")) {
            EXPECT_EQ(ours.id, expected.id);
        }
        EXPECT_EQ(ours.address->hex(), r.at("address"));
    }
}

TEST(KeystoreV3, WrongPasswordIsAClearError) {
    const auto r = recordFor(loadRecords(), "ethers-scrypt-light.json");
    try {
        decrypt(fromRecord(r), "not the password");
        FAIL() << "decrypted with a wrong password";
    } catch (const WrongPasswordError& e) {
        EXPECT_NE(std::string(e.what()).find("wrong password"), std::string::npos);
    }
    // The empty password is a password like any other: it opens only its own file.
    EXPECT_THROW(decrypt(fromRecord(r), ""), WrongPasswordError);
}

TEST(KeystoreV3, TamperedMacOrCiphertextIsRejected) {
    const PrivateKey key = PrivateKey::deterministic(7, 0);
    const KeystoreV3 good = lightKeystore(key, "pw");
    ASSERT_EQ(decrypt(good, "pw"), key);

    KeystoreV3 badMac = good;
    badMac.mac.bytes[31] ^= 0x01;
    EXPECT_THROW(decrypt(badMac, "pw"), WrongPasswordError);

    KeystoreV3 badCipher = good;
    badCipher.ciphertext[0] ^= 0x80;
    EXPECT_THROW(decrypt(badCipher, "pw"), WrongPasswordError);

    KeystoreV3 badSalt = good;
    badSalt.salt[3] ^= 0x10;
    EXPECT_THROW(decrypt(badSalt, "pw"), WrongPasswordError);
}

TEST(KeystoreV3, AddressThatDoesNotMatchTheKeyIsRejected) {
    const PrivateKey key = PrivateKey::deterministic(7, 1);
    KeystoreV3 v3 = lightKeystore(key, "pw");
    v3.address = PrivateKey::deterministic(7, 2).ethAddress();
    try {
        decrypt(v3, "pw");
        FAIL() << "accepted a keystore whose address is not its key's";
    } catch (const WrongPasswordError&) {
        FAIL() << "an address mismatch is not a wrong password";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("does not match"), std::string::npos) << e.what();
    }
    v3.address.reset();
    EXPECT_EQ(decrypt(v3, "pw"), key);
}

// Hostile parameters fail validation before any derivation runs: were they derived, n = 2^40 or
// c = 2^32 - 1 would not finish within the test's timeout.
TEST(KeystoreV3, HostileParametersAreRejectedBeforeDerivation) {
    const KeystoreV3 good = lightKeystore(PrivateKey::deterministic(7, 3), "pw");
    auto expectRejected = [&](const char* what, auto mutate, const char* mention) {
        SCOPED_TRACE(what);
        KeystoreV3 v3 = good;
        mutate(v3);
        try {
            decrypt(v3, "pw");
            FAIL() << "accepted";
        } catch (const ParseError& e) {
            EXPECT_NE(std::string(e.what()).find(mention), std::string::npos) << e.what();
        }
    };
    expectRejected(
        "n not a power of two", [](KeystoreV3& v) { v.scrypt.n = 1000; }, "power of two");
    expectRejected(
        "n = 1", [](KeystoreV3& v) { v.scrypt.n = 1; }, "power of two");
    expectRejected(
        "n = 0", [](KeystoreV3& v) { v.scrypt.n = 0; }, "power of two");
    expectRejected(
        "n = 2^40", [](KeystoreV3& v) { v.scrypt.n = 1ull << 40; }, "MiB of memory");
    expectRejected(
        "n * r = 512 MiB",
        [](KeystoreV3& v) {
            v.scrypt = {1u << 19, 8, 1};
        },
        "MiB of memory");
    expectRejected(
        "r = 2^32 - 1", [](KeystoreV3& v) { v.scrypt.r = 0xffffffffu; }, "MiB of memory");
    expectRejected(
        "r = 0", [](KeystoreV3& v) { v.scrypt.r = 0; }, "r and p");
    expectRejected(
        "p = 0", [](KeystoreV3& v) { v.scrypt.p = 0; }, "r and p");
    expectRejected(
        "p = 2^32 - 1", [](KeystoreV3& v) { v.scrypt.p = 0xffffffffu; }, "more work");
    expectRejected(
        "pbkdf2 c = 0",
        [](KeystoreV3& v) {
            v.kdf = KeystoreKdf::Pbkdf2;
            v.pbkdf2.c = 0;
        },
        "pbkdf2 c");
    expectRejected(
        "pbkdf2 c = 2^32 - 1",
        [](KeystoreV3& v) {
            v.kdf = KeystoreKdf::Pbkdf2;
            v.pbkdf2.c = 0xffffffffu;
        },
        "pbkdf2 c");
    expectRejected(
        "unknown prf",
        [](KeystoreV3& v) {
            v.kdf = KeystoreKdf::Pbkdf2;
            v.pbkdf2.prf = "hmac-md5";
        },
        "prf");
    expectRejected(
        "dklen 16", [](KeystoreV3& v) { v.dklen = 16; }, "dklen");
    expectRejected(
        "version 1", [](KeystoreV3& v) { v.version = 1; }, "version");
    expectRejected(
        "cbc cipher", [](KeystoreV3& v) { v.cipher = "aes-128-cbc"; }, "cipher");
    expectRejected(
        "short ciphertext", [](KeystoreV3& v) { v.ciphertext.pop_back(); }, "ciphertext");
    expectRejected(
        "empty salt", [](KeystoreV3& v) { v.salt.clear(); }, "salt");
    expectRejected(
        "huge salt", [](KeystoreV3& v) { v.salt.assign(4096, 1); }, "salt");
}

TEST(KeystoreV3, EncryptRejectsBadParameters) {
    const PrivateKey key = PrivateKey::deterministic(7, 4);
    KeystoreParams p;
    p.scrypt = {1000, 8, 1};
    EXPECT_THROW(encrypt(key, "pw", p), ParseError);
    p.scrypt = {1u << 20, 8, 1};
    EXPECT_THROW(encrypt(key, "pw", p), ParseError);
}

TEST(KeystoreV3, EncryptDecryptRoundTrip) {
    const PrivateKey key = PrivateKey::deterministic(7, 5);
    const KeystoreV3 a = lightKeystore(key, "correct horse");
    const KeystoreV3 b = lightKeystore(key, "correct horse");
    EXPECT_EQ(decrypt(a, "correct horse"), key);
    EXPECT_EQ(decrypt(b, "correct horse"), key);
    EXPECT_EQ(a.address, key.ethAddress());
    // Fresh randomness per file: the same key never gives the same ciphertext twice.
    EXPECT_NE(a.salt, b.salt);
    EXPECT_NE(a.iv, b.iv);
    EXPECT_NE(a.ciphertext, b.ciphertext);
    EXPECT_NE(a.id, b.id);
    const std::regex uuidV4("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    EXPECT_TRUE(std::regex_match(a.id, uuidV4)) << a.id;

    KeystoreParams pbkdf2;
    pbkdf2.kdf = KeystoreKdf::Pbkdf2;
    pbkdf2.pbkdf2.c = 1000;
    const KeystoreV3 c = encrypt(key, "pässwörd", pbkdf2);
    EXPECT_EQ(c.kdf, KeystoreKdf::Pbkdf2);
    EXPECT_EQ(decrypt(c, "pässwörd"), key);
    EXPECT_THROW(decrypt(c, "passwort"), WrongPasswordError);

    pbkdf2.pbkdf2.prf = "hmac-sha512";
    const KeystoreV3 d = encrypt(key, "pw", pbkdf2);
    EXPECT_EQ(decrypt(d, "pw"), key);
    KeystoreV3 wrongPrf = d;
    wrongPrf.pbkdf2.prf = "hmac-sha256";
    EXPECT_THROW(decrypt(wrongPrf, "pw"), WrongPasswordError);
}

TEST(KeystoreV3, UuidV4BitsAreSet) {
    EXPECT_EQ(uuidV4FromBytes(FixedBytes<16>{}), "00000000-0000-4000-8000-000000000000");
    FixedBytes<16> ones;
    ones.bytes.fill(0xff);
    EXPECT_EQ(uuidV4FromBytes(ones), "ffffffff-ffff-4fff-bfff-ffffffffffff");
}
