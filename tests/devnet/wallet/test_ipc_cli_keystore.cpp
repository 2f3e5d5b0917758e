// The one codec of ipc-cli's evm_keystore.json entries: what is written for a key and for the
// default key, what is read back, and the reasons a malformed entry is refused.
#include <gtest/gtest.h>

#include <string>

#include "ipc/core/primitives/error.h"
#include "ipc/devnet/ipc_cli_keystore.h"
#include "ipc/devnet/keystore.h"

using namespace ipc;
using namespace ipc::devnet;
using crypto::PrivateKey;
using web::json::value;

namespace {

const std::string kAnvil0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const std::string kAddress0 = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";

std::string refusal(const value& e) {
    try {
        ipccli::parseEntry(e);
    } catch (const ParseError& ex) {
        return ex.what();
    }
    return "accepted";
}

}  // namespace

TEST(IpcCliKeystore, WritesAddressAndBareHexKey) {
    const PrivateKey key = PrivateKey::fromHex(kAnvil0);
    EXPECT_EQ(ipccli::entry(key).serialize(),
              "{\"address\":\"" + kAddress0 + "\",\"private_key\":\"" + kAnvil0 + "\"}");
    EXPECT_EQ(ipccli::entry(ipccli::kDefaultKeyName, key).serialize(),
              "{\"address\":\"default-key\",\"private_key\":\"" + kAnvil0 + "\"}");
    // The key manager's export is the same text.
    EXPECT_EQ(ipcCliKeystoreEntry(key), ipccli::entry(key).serialize());
}

TEST(IpcCliKeystore, ReadsWhatItWrites) {
    const PrivateKey key = PrivateKey::fromHex(kAnvil0);
    const ipccli::Entry own = ipccli::parseEntry(ipccli::entry(key));
    EXPECT_EQ(own.address, kAddress0);
    EXPECT_EQ(own.key.ethAddress(), key.ethAddress());
    EXPECT_FALSE(own.isDefault());
    EXPECT_TRUE(ipccli::parseEntry(ipccli::entry(ipccli::kDefaultKeyName, key)).isDefault());
    // Extra fields are allowed (ipc-cli may add some).
    value extra = ipccli::entry(key);
    extra["note"] = value::string("kept");
    EXPECT_EQ(ipccli::parseEntry(extra).key.ethAddress(), key.ethAddress());
}

TEST(IpcCliKeystore, RefusesMalformedEntriesWithTheReason) {
    EXPECT_EQ(refusal(value::array()), "lacks a text address or private_key");
    value noKey = value::object();
    noKey["address"] = value::string(kAddress0);
    EXPECT_EQ(refusal(noKey), "lacks a text address or private_key");
    value numeric = ipccli::entry(PrivateKey::fromHex(kAnvil0));
    numeric["address"] = value::number(1);
    EXPECT_EQ(refusal(numeric), "lacks a text address or private_key");
    value bad = ipccli::entry(PrivateKey::fromHex(kAnvil0));
    bad["private_key"] = value::string("zz");
    EXPECT_EQ(refusal(bad).rfind("private_key: ", 0), 0u) << refusal(bad);
}
