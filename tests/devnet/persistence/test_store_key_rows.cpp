// The keystore on a workspace store: keys survive reopening the workspace, a password keeps
// every imported key encrypted in the file, and a password change is all-or-nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "ipc/core/crypto/keystore_v3.h"
#include "ipc/core/storage/store.h"
#include "ipc/devnet/keystore.h"
#include "ipc/devnet/store_key_rows.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {

const std::string kMnemonic = "test test test test test test test test test test test junk";
// anvil account 1
const std::string kKey = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const std::string kAddress = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

KeystoreOptions light() {
    KeystoreOptions o;
    o.storageScrypt = crypto::ScryptParams{1024, 8, 1};
    return o;
}

class StoreKeyRowsTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("ipc-keyrows-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        path_ = (dir_ / "w.ipcws").string();
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    std::string fileText() const {
        std::string all;
        for (const char* suffix : {"", "-wal"}) {
            std::ifstream in(path_ + suffix, std::ios::binary);
            all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
        return all;
    }

    std::filesystem::path dir_;
    std::string path_;
};

}  // namespace

TEST_F(StoreKeyRowsTest, ImportedKeysSurviveReopening) {
    {
        auto store = std::shared_ptr<storage::Store>(storage::Store::open(path_));
        StoreKeyRows rows(store);
        Keystore ks(rows, kMnemonic, light());
        EXPECT_EQ(ks.importPrivateKey(kKey, "alice").hex(), kAddress);
        ks.addDerived(3, "derived three");
    }
    auto store = std::shared_ptr<storage::Store>(storage::Store::open(path_));
    StoreKeyRows rows(store);
    Keystore ks(rows, kMnemonic, light());
    ASSERT_EQ(ks.accounts().size(), 2u);
    EXPECT_EQ(ks.exportHex(EthAddress::parse(kAddress)), kKey);
    EXPECT_EQ(ks.account(EthAddress::parse(kAddress))->label, "alice");
}

TEST_F(StoreKeyRowsTest, APasswordKeepsKeysEncryptedOnDisk) {
    {
        auto store = std::shared_ptr<storage::Store>(storage::Store::open(path_));
        StoreKeyRows rows(store);
        Keystore ks(rows, kMnemonic, light());
        ks.importPrivateKey(kKey);
        ks.setPassword("correct horse");
    }
    // Neither the hex key nor its digits without 0x appear anywhere in the file or its log.
    const std::string text = fileText();
    EXPECT_EQ(text.find(kKey.substr(2)), std::string::npos);

    auto store = std::shared_ptr<storage::Store>(storage::Store::open(path_));
    StoreKeyRows rows(store);
    Keystore ks(rows, kMnemonic, light());
    EXPECT_TRUE(ks.isLocked());
    EXPECT_THROW(ks.exportHex(EthAddress::parse(kAddress)), Error);
    EXPECT_THROW(ks.unlock("wrong"), crypto::WrongPasswordError);
    EXPECT_TRUE(ks.isLocked());
    ks.unlock("correct horse");
    EXPECT_EQ(ks.exportHex(EthAddress::parse(kAddress)), kKey);
}

TEST_F(StoreKeyRowsTest, ReplaceAllIsOneTransaction) {
    auto store = std::shared_ptr<storage::Store>(storage::Store::open(path_));
    StoreKeyRows rows(store);
    KeyRow a{EthAddress::parse(kAddress), "a", KeyKind::PrivateKey, kKey.substr(2), false};
    rows.put(a);
    // A row without an address is refused before anything changes.
    storage::KeystoreRow bad{"", "", "private-key", {}, false};
    EXPECT_THROW(store->replaceKeys({bad}, StoreKeyRows::kPasswordCheckSetting, "check"), Error);
    ASSERT_EQ(rows.list().size(), 1u);
    EXPECT_FALSE(rows.passwordCheck().has_value());
    rows.replaceAll({}, std::string("check"));
    EXPECT_TRUE(rows.list().empty());
    EXPECT_EQ(rows.passwordCheck(), "check");
    rows.replaceAll({a}, std::nullopt);
    EXPECT_EQ(rows.list().size(), 1u);
    EXPECT_FALSE(rows.passwordCheck().has_value());
}
