// The V3 keystore JSON forms and the workspace key manager: imports, exports, labels, the
// workspace password (set, change, remove, lock, unlock) and the errors that leave it untouched.
#include <gtest/gtest.h>

#include <cpprest/json.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "ipc/core/crypto/bip32.h"
#include "ipc/devnet/keystore.h"

using namespace ipc;
using namespace ipc::devnet;
using crypto::PrivateKey;
using crypto::WrongPasswordError;

namespace {

const std::string kFixtureDir = std::string(IPC_SOURCE_DIR) + "/tests/core/fixtures/keystore";
const std::string kFixturePassword = "ipc-studio keystore test";

const std::string kAnvil0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const std::string kAnvil1 = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const std::string kAnvil5 = "8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba";
const EthAddress kAnvil0Address = EthAddress::parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
const EthAddress kAnvil1Address = EthAddress::parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
const EthAddress kAnvil2Address = EthAddress::parse("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");
const EthAddress kAnvil5Address = EthAddress::parse("0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc");

const std::string kAbandonMnemonic =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
// What MetaMask shows as the first account of kAbandonMnemonic.
const EthAddress kAbandon0Address = EthAddress::parse("0x9858effd232b4033e47d90003d41ec34ecaeda94");

std::string readFile(const std::string& path) {
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot open " + path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string fixture(const std::string& name) {
    return readFile(kFixtureDir + "/" + name);
}

KeystoreOptions lightOptions() {
    KeystoreOptions o;
    o.storageScrypt = {1024, 8, 1};
    return o;
}

crypto::KeystoreParams lightParams() {
    crypto::KeystoreParams p;
    p.scrypt = {1024, 8, 1};
    return p;
}

web::json::value json(const std::string& text) {
    return web::json::value::parse(text);
}

}  // namespace

// ---------------------------------------------------------------- JSON forms

TEST(KeystoreJson, ReadsEthersGethAndSpecForms) {
    struct Case {
        const char* file;
        std::string password;
        std::string secret;
        bool hasAddress;
    };
    const Case cases[] = {
        // ethers: `Crypto`, address without 0x
        {"ethers-scrypt-light.json", kFixturePassword, kAnvil1, true},
        // geth: `crypto`, here with a 0x address and p = 2
        {"geth-form-scrypt-light.json", kFixturePassword,
         "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a", true},
        {"ethers-scrypt-light-empty-password.json", "",
         "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6", true},
        // the spec: no address, pbkdf2
        {"web3-spec-pbkdf2.json", "testpassword",
         "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d", false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.file);
        const crypto::KeystoreV3 v3 = parseKeystoreJson(fixture(c.file));
        EXPECT_EQ(v3.address.has_value(), c.hasAddress);
        EXPECT_FALSE(v3.id.empty());
        const PrivateKey key = crypto::decrypt(v3, c.password);
        EXPECT_EQ(key.secret().hex(false), c.secret);
    }
    const auto geth = parseKeystoreJson(fixture("geth-form-scrypt-light.json"));
    EXPECT_EQ(geth.address, kAnvil2Address);
    EXPECT_EQ(geth.scrypt, (crypto::ScryptParams{1024, 8, 2}));
    const auto spec = parseKeystoreJson(fixture("web3-spec-pbkdf2.json"));
    EXPECT_EQ(spec.kdf, crypto::KeystoreKdf::Pbkdf2);
    EXPECT_EQ(spec.pbkdf2, (crypto::Pbkdf2Params{262144, "hmac-sha256"}));
    EXPECT_EQ(spec.id, "3198bc9c-6672-5ab3-d995-4942343ae5b6");
    // The large-n files parse (decrypting them is the core test's job).
    EXPECT_EQ(parseKeystoreJson(fixture("ethers-scrypt-default.json")).scrypt,
              (crypto::ScryptParams{131072, 8, 1}));
    EXPECT_EQ(parseKeystoreJson(fixture("web3-spec-scrypt.json")).scrypt,
              (crypto::ScryptParams{262144, 1, 8}));
}

TEST(KeystoreJson, WritesGethFormThatReadsBack) {
    const PrivateKey key = PrivateKey::fromHex(kAnvil1);
    const crypto::KeystoreV3 v3 = crypto::encrypt(key, "pw", lightParams());
    const std::string text = writeKeystoreJson(v3);
    const auto j = json(text);
    EXPECT_TRUE(j.has_object_field("crypto"));
    EXPECT_FALSE(j.has_field("Crypto"));
    EXPECT_EQ(j.at("address").as_string(), "70997970c51812dc3a010c7d01b50e0d17dc79c8");
    EXPECT_EQ(j.at("version").as_integer(), 3);
    EXPECT_EQ(j.at("crypto").at("kdf").as_string(), "scrypt");
    EXPECT_EQ(j.at("crypto").at("kdfparams").at("n").as_integer(), 1024);
    EXPECT_EQ(j.at("crypto").at("ciphertext").as_string(), toHex(v3.ciphertext, false));
    EXPECT_EQ(parseKeystoreJson(text), v3);

    crypto::KeystoreParams pbkdf2;
    pbkdf2.kdf = crypto::KeystoreKdf::Pbkdf2;
    pbkdf2.pbkdf2.c = 1000;
    const crypto::KeystoreV3 p = crypto::encrypt(key, "pw", pbkdf2);
    const std::string ptext = writeKeystoreJson(p);
    EXPECT_EQ(json(ptext).at("crypto").at("kdfparams").at("prf").as_string(), "hmac-sha256");
    EXPECT_EQ(parseKeystoreJson(ptext), p);
}

TEST(KeystoreJson, MalformedFilesAreClearErrors) {
    const std::string good =
        writeKeystoreJson(crypto::encrypt(PrivateKey::fromHex(kAnvil1), "pw", lightParams()));
    auto edit = [&](auto change) {
        auto j = json(good);
        change(j);
        return j.serialize();
    };
    auto expectError = [](const std::string& text, const char* mention) {
        try {
            parseKeystoreJson(text);
            ADD_FAILURE() << "accepted: " << text;
        } catch (const ParseError& e) {
            EXPECT_NE(std::string(e.what()).find(mention), std::string::npos) << e.what();
        }
    };
    expectError("not json", "not valid JSON");
    expectError("[1, 2]", "expected an object");
    expectError(edit([](auto& j) { j.erase("crypto"); }), "crypto is missing");
    expectError(edit([](auto& j) { j["version"] = web::json::value::number(1); }), "version");
    expectError(edit([](auto& j) { j["address"] = web::json::value::string("0x1234"); }),
                "address");
    expectError(
        edit([](auto& j) { j["crypto"]["cipherparams"]["iv"] = web::json::value::string("zz"); }),
        "crypto.cipherparams.iv is not hex");
    expectError(
        edit([](auto& j) { j["crypto"]["cipherparams"]["iv"] = web::json::value::string("00ff"); }),
        "not 16 bytes");
    expectError(edit([](auto& j) { j["crypto"]["mac"] = web::json::value::string("00ff"); }),
                "crypto.mac is not 32 bytes");
    expectError(edit([](auto& j) { j["crypto"]["kdf"] = web::json::value::string("argon2"); }),
                "not supported");
    expectError(edit([](auto& j) { j["crypto"]["kdfparams"]["n"] = web::json::value::number(-4); }),
                "non-negative integer");
    expectError(
        edit([](auto& j) { j["crypto"]["kdfparams"]["n"] = web::json::value::number(1.5); }),
        "non-negative integer");
    expectError(edit([](auto& j) {
                    j["crypto"]["kdfparams"]["r"] =
                        web::json::value::number(std::uint64_t{1} << 33);
                }),
                "out of range");
    expectError(
        edit([](auto& j) { j["crypto"]["kdfparams"]["n"] = web::json::value::number(1000); }),
        "power of two");
    expectError(edit([](auto& j) {
                    j["crypto"]["kdfparams"]["n"] =
                        web::json::value::number(std::uint64_t{1} << 30);
                }),
                "MiB of memory");
    expectError(edit([](auto& j) { j["crypto"]["kdfparams"].erase("salt"); }),
                "crypto.kdfparams.salt is missing");
}

TEST(KeystoreJson, IpcCliEntryForm) {
    // ipc-cli's PersistentKeyInfo: the address as 0x + lowercase hex, the key as bare hex.
    EXPECT_EQ(ipcCliKeystoreEntry(PrivateKey::fromHex(kAnvil0)),
              "{\"address\":\"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266\",\"private_key\":\"" +
                  kAnvil0 + "\"}");
}

TEST(KeystoreJson, KeyKindNames) {
    for (KeyKind k :
         {KeyKind::Derived, KeyKind::PrivateKey, KeyKind::KeystoreV3, KeyKind::Mnemonic})
        EXPECT_EQ(parseKeyKind(keyKindName(k)), k);
    EXPECT_EQ(keyKindName(KeyKind::KeystoreV3), "keystore-v3");
    EXPECT_THROW(parseKeyKind("seed"), ParseError);
}

// ---------------------------------------------------------------- accounts and imports

TEST(Keystore, DerivedAccountsFollowTheWorkspaceMnemonic) {
    MemoryKeyRows rows;
    Keystore ks(rows, std::string(crypto::kAnvilMnemonic), lightOptions());
    EXPECT_EQ(ks.addDerived(0, "deployer"), kAnvil0Address);
    EXPECT_EQ(ks.addDerived(1), kAnvil1Address);
    ASSERT_EQ(ks.accounts().size(), 2u);
    const Account a = ks.accounts()[0];
    EXPECT_EQ(a.label, "deployer");
    EXPECT_EQ(a.kind, KeyKind::Derived);
    EXPECT_EQ(a.index, 0u);
    EXPECT_EQ(ks.exportHex(kAnvil1Address), "0x" + kAnvil1);
    // Only the index is stored: the key comes from the mnemonic.
    EXPECT_EQ(rows.get(kAnvil1Address)->blob, "1");
    EXPECT_THROW(ks.addDerived(1), Error);
    EXPECT_THROW(ks.addDerived(crypto::kHardenedOffset), ParseError);
    EXPECT_EQ(ks.accounts().size(), 2u);
}

TEST(Keystore, BadWorkspaceMnemonicIsRejected) {
    MemoryKeyRows rows;
    EXPECT_THROW(Keystore(rows, "test test test", lightOptions()), ParseError);
}

TEST(Keystore, ImportsHexV3AndMnemonic) {
    MemoryKeyRows rows;
    Keystore ks(rows, kAbandonMnemonic, lightOptions());
    EXPECT_EQ(ks.importPrivateKey("  0x" + kAnvil5 + "\n", "five"), kAnvil5Address);
    EXPECT_EQ(ks.importKeystoreJson(fixture("ethers-scrypt-light.json"), kFixturePassword, "v3"),
              kAnvil1Address);
    EXPECT_EQ(ks.importMnemonic(crypto::kAnvilMnemonic, 0, "anvil"), kAnvil0Address);

    const auto accounts = ks.accounts();
    ASSERT_EQ(accounts.size(), 3u);
    EXPECT_EQ(accounts[0].kind, KeyKind::PrivateKey);
    EXPECT_EQ(accounts[1].kind, KeyKind::KeystoreV3);
    EXPECT_EQ(accounts[2].kind, KeyKind::Mnemonic);
    EXPECT_EQ(accounts[2].label, "anvil");
    EXPECT_FALSE(accounts[2].index.has_value());
    EXPECT_EQ(ks.privateKey(kAnvil1Address), PrivateKey::fromHex(kAnvil1));

    // Without a workspace password the keys are stored as plain hex.
    const KeyRow row = *rows.get(kAnvil5Address);
    EXPECT_FALSE(row.encrypted);
    EXPECT_EQ(row.blob, kAnvil5);

    // The workspace's own first account and an imported one are the same list.
    EXPECT_EQ(ks.addDerived(0), kAbandon0Address);
}

TEST(Keystore, DuplicatesAndBadInputChangeNothing) {
    MemoryKeyRows rows;
    Keystore ks(rows, std::string(crypto::kAnvilMnemonic), lightOptions());
    ks.addDerived(0);
    ks.importPrivateKey(kAnvil5);
    const auto before = rows.list();

    auto expectError = [&](auto call, const char* mention) {
        try {
            call();
            ADD_FAILURE() << "accepted";
        } catch (const Error& e) {
            EXPECT_NE(std::string(e.what()).find(mention), std::string::npos) << e.what();
        }
        EXPECT_EQ(rows.list(), before);
    };
    expectError([&] { ks.importPrivateKey(kAnvil5); }, "already in the keystore");
    expectError([&] { ks.importPrivateKey("0x" + kAnvil0); }, "already in the keystore");
    expectError([&] { ks.importMnemonic(crypto::kAnvilMnemonic, 0); }, "already in the keystore");
    expectError([&] { ks.importPrivateKey("0xzz"); }, "invalid private key");
    expectError([&] { ks.importPrivateKey("0x1234"); }, "invalid private key");
    expectError([&] { ks.importPrivateKey(std::string(64, '0')); }, "invalid private key");
    expectError([&] { ks.importKeystoreJson("{", "pw"); }, "not valid JSON");
    expectError([&] { ks.importKeystoreJson(fixture("ethers-scrypt-light.json"), "wrong"); },
                "wrong password");
    expectError([&] { ks.importMnemonic("test test test", 0); }, "");
    expectError([&] { ks.importMnemonic(kAbandonMnemonic, crypto::kHardenedOffset); }, "");
    expectError([&] { ks.setLabel(kAnvil1Address, "x"); }, "no account");
    expectError([&] { ks.remove(kAnvil1Address); }, "no account");
    expectError([&] { ks.exportHex(kAnvil1Address); }, "no account");
}

TEST(Keystore, LabelsAndRemoval) {
    MemoryKeyRows rows;
    Keystore ks(rows, std::string(crypto::kAnvilMnemonic), lightOptions());
    ks.importPrivateKey(kAnvil5, "old");
    ks.setLabel(kAnvil5Address, "validator 1");
    EXPECT_EQ(ks.account(kAnvil5Address)->label, "validator 1");
    ks.remove(kAnvil5Address);
    EXPECT_FALSE(ks.account(kAnvil5Address).has_value());
    EXPECT_TRUE(ks.accounts().empty());
    // Once removed it can be imported again.
    EXPECT_EQ(ks.importPrivateKey(kAnvil5), kAnvil5Address);
}

TEST(Keystore, Exports) {
    MemoryKeyRows rows;
    Keystore ks(rows, std::string(crypto::kAnvilMnemonic), lightOptions());
    ks.importPrivateKey(kAnvil5);
    EXPECT_EQ(ks.exportHex(kAnvil5Address), "0x" + kAnvil5);
    EXPECT_EQ(ks.exportIpcCliEntry(kAnvil5Address),
              "{\"address\":\"0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc\",\"private_key\":\"" +
                  kAnvil5 + "\"}");
    const std::string v3 = ks.exportKeystoreJson(kAnvil5Address, "export pw", lightParams());
    const auto parsed = parseKeystoreJson(v3);
    EXPECT_EQ(parsed.address, kAnvil5Address);
    EXPECT_EQ(crypto::decrypt(parsed, "export pw"), PrivateKey::fromHex(kAnvil5));
    EXPECT_THROW(crypto::decrypt(parsed, "other"), WrongPasswordError);
    // An exported file imports into another workspace.
    MemoryKeyRows otherRows;
    Keystore other(otherRows, kAbandonMnemonic, lightOptions());
    EXPECT_EQ(other.importKeystoreJson(v3, "export pw"), kAnvil5Address);
}

// ---------------------------------------------------------------- the workspace password

TEST(Keystore, PasswordEncryptsStoredKeysAndLockForgetsThem) {
    MemoryKeyRows rows;
    Keystore ks(rows, std::string(crypto::kAnvilMnemonic), lightOptions());
    ks.addDerived(0);
    ks.importPrivateKey(kAnvil5);
    EXPECT_FALSE(ks.hasPassword());
    EXPECT_FALSE(ks.isLocked());

    EXPECT_THROW(ks.setPassword(""), ParseError);
    ks.setPassword("hunter2");
    EXPECT_TRUE(ks.hasPassword());
    EXPECT_FALSE(ks.isLocked());
    ASSERT_TRUE(rows.passwordCheck().has_value());

    const KeyRow row = *rows.get(kAnvil5Address);
    EXPECT_TRUE(row.encrypted);
    EXPECT_EQ(row.blob.find(kAnvil5), std::string::npos);
    const auto sealed = parseKeystoreJson(row.blob);
    EXPECT_EQ(sealed.scrypt.n, 1024u);  // the configured storage cost
    EXPECT_EQ(crypto::decrypt(sealed, "hunter2"), PrivateKey::fromHex(kAnvil5));
    EXPECT_EQ(rows.get(kAnvil0Address)->blob, "0");  // derived rows hold no secret
    EXPECT_EQ(ks.exportHex(kAnvil5Address), "0x" + kAnvil5);

    // Imported while unlocked: stored encrypted straight away.
    ks.importPrivateKey(kAnvil1);
    EXPECT_TRUE(rows.get(kAnvil1Address)->encrypted);

    ks.lock();
    EXPECT_TRUE(ks.isLocked());
    EXPECT_THROW(ks.privateKey(kAnvil5Address), Error);
    EXPECT_THROW(ks.exportHex(kAnvil1Address), Error);
    EXPECT_THROW(ks.exportIpcCliEntry(kAnvil1Address), Error);
    EXPECT_THROW(ks.importMnemonic(kAbandonMnemonic, 0), Error);
    EXPECT_EQ(ks.exportHex(kAnvil0Address), "0x" + kAnvil0);  // derived: still usable
    EXPECT_EQ(ks.accounts().size(), 3u);                      // and the list stays visible

    const auto before = rows.list();
    try {
        ks.unlock("hunter3");
        FAIL() << "unlocked with a wrong password";
    } catch (const WrongPasswordError& e) {
        EXPECT_NE(std::string(e.what()).find("wrong password"), std::string::npos);
    }
    EXPECT_TRUE(ks.isLocked());
    EXPECT_EQ(rows.list(), before);

    ks.unlock("hunter2");
    EXPECT_FALSE(ks.isLocked());
    EXPECT_EQ(ks.exportHex(kAnvil1Address), "0x" + kAnvil1);
    EXPECT_THROW(ks.setPassword("again"), Error);
}

TEST(Keystore, ReopenedWorkspaceStartsLocked) {
    MemoryKeyRows rows;
    {
        Keystore ks(rows, std::string(crypto::kAnvilMnemonic), lightOptions());
        ks.importPrivateKey(kAnvil5, "five");
        ks.setPassword("hunter2");
    }
    Keystore ks(rows, std::string(crypto::kAnvilMnemonic), lightOptions());
    EXPECT_TRUE(ks.isLocked());
    EXPECT_EQ(ks.account(kAnvil5Address)->label, "five");
    EXPECT_THROW(ks.exportHex(kAnvil5Address), Error);
    ks.unlock("hunter2");
    EXPECT_EQ(ks.exportHex(kAnvil5Address), "0x" + kAnvil5);
}

TEST(Keystore, PasswordWithNoKeysStillChecksUnlock) {
    MemoryKeyRows rows;
    Keystore ks(rows, std::string(crypto::kAnvilMnemonic), lightOptions());
    EXPECT_THROW(ks.unlock("anything"), Error);  // no password yet
    ks.setPassword("hunter2");
    ks.lock();
    EXPECT_THROW(ks.unlock("hunter3"), WrongPasswordError);
    ks.unlock("hunter2");
    EXPECT_FALSE(ks.isLocked());
}

TEST(Keystore, ChangeAndRemovePassword) {
    MemoryKeyRows rows;
    Keystore ks(rows, std::string(crypto::kAnvilMnemonic), lightOptions());
    ks.importPrivateKey(kAnvil5);
    ks.importKeystoreJson(fixture("ethers-scrypt-light.json"), kFixturePassword);
    ks.setPassword("first");
    const auto underFirst = rows.list();
    const auto firstCheck = rows.passwordCheck();

    EXPECT_THROW(ks.changePassword("wrong", "second"), WrongPasswordError);
    EXPECT_THROW(ks.changePassword("first", ""), ParseError);
    EXPECT_EQ(rows.list(), underFirst);
    EXPECT_EQ(rows.passwordCheck(), firstCheck);

    ks.changePassword("first", "second");
    EXPECT_FALSE(ks.isLocked());
    EXPECT_EQ(ks.exportHex(kAnvil5Address), "0x" + kAnvil5);
    for (const auto& row : rows.list()) {
        EXPECT_TRUE(row.encrypted);
        EXPECT_THROW(crypto::decrypt(parseKeystoreJson(row.blob), "first"), WrongPasswordError);
        EXPECT_NO_THROW(crypto::decrypt(parseKeystoreJson(row.blob), "second"));
    }
    ks.lock();
    EXPECT_THROW(ks.unlock("first"), WrongPasswordError);
    ks.unlock("second");

    EXPECT_THROW(ks.removePassword("first"), WrongPasswordError);
    EXPECT_TRUE(ks.hasPassword());
    ks.removePassword("second");
    EXPECT_FALSE(ks.hasPassword());
    EXPECT_FALSE(ks.isLocked());
    EXPECT_FALSE(rows.passwordCheck().has_value());
    EXPECT_EQ(rows.get(kAnvil5Address)->blob, kAnvil5);
    EXPECT_FALSE(rows.get(kAnvil1Address)->encrypted);
    EXPECT_EQ(ks.exportHex(kAnvil1Address), "0x" + kAnvil1);
}

// Writes V3 files for tests/js/keystore-check.mjs, which opens them with ethers: the ctest
// `keystore.ethers` runs this with IPC_KEYSTORE_EXPORT_DIR set.
TEST(KeystoreEthersExport, WritesFilesForEthers) {
    const char* dir = std::getenv("IPC_KEYSTORE_EXPORT_DIR");
    if (dir == nullptr)
        GTEST_SKIP() << "IPC_KEYSTORE_EXPORT_DIR is not set";
    MemoryKeyRows rows;
    Keystore ks(rows, std::string(crypto::kAnvilMnemonic), lightOptions());
    ks.addDerived(0);
    ks.importPrivateKey(kAnvil5);

    crypto::KeystoreParams pbkdf2;
    pbkdf2.kdf = crypto::KeystoreKdf::Pbkdf2;
    pbkdf2.pbkdf2.c = 10000;
    struct Out {
        const char* file;
        EthAddress address;
        const char* password;
        crypto::KeystoreParams params;
    };
    const Out outs[] = {
        {"scrypt-light.json", kAnvil0Address, "ipc studio export", lightParams()},
        // Precomposed (NFKC) text: ethers normalises passwords to NFKC before hashing while geth
        // and we hash the bytes as given, so only NFKC text means the same key to both.
        {"pbkdf2.json", kAnvil5Address, "p\xc3\xa4ssw\xc3\xb6rd \xe2\x9c\x93", pbkdf2},
    };
    auto manifest = web::json::value::array();
    std::size_t i = 0;
    for (const auto& o : outs) {
        const std::string text = ks.exportKeystoreJson(o.address, o.password, o.params);
        std::ofstream(std::string(dir) + "/" + o.file) << text;
        auto entry = web::json::value::object();
        entry["file"] = web::json::value::string(o.file);
        entry["password"] = web::json::value::string(o.password);
        entry["address"] = web::json::value::string(o.address.toChecksumHex());
        entry["privateKey"] = web::json::value::string(ks.exportHex(o.address));
        manifest[i++] = entry;
        // The file opens in our own reader too.
        EXPECT_EQ(crypto::decrypt(parseKeystoreJson(text), o.password), ks.privateKey(o.address));
    }
    std::ofstream(std::string(dir) + "/manifest.json") << manifest.serialize();
}
