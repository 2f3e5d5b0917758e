// Client keys: ipc-cli's evm_keystore.json file, the anvil accounts and the --from signer.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <cpprest/json.h>

#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/primitives/eth_address.h"

namespace ipc::cli::client {

inline constexpr std::uint32_t kAnvilAccounts = 10;

// The anvil mnemonic's accounts 0..9.
const std::vector<crypto::PrivateKey>& anvilKeys();
std::optional<std::uint32_t> anvilIndex(const EthAddress& a);

// $IPC_DEVNET_KEYSTORE, else ~/.ipc/evm_keystore.json.
std::filesystem::path keystorePath();

// ipc-cli's evm_keystore.json: a JSON array of {"address": "0x…", "private_key": "<hex>"}, plus
// an entry named "default-key" holding the default key's secret. Entries are kept exactly as
// read (fields included) and only ever appended to, so a rewrite never loses one.
class IpcCliKeystoreFile {
public:
    static IpcCliKeystoreFile load();

    const std::filesystem::path& path() const { return path_; }

    // Every stored key once, in file order (the default-key entry is not a key of its own).
    std::vector<crypto::PrivateKey> keys() const;
    std::optional<crypto::PrivateKey> find(const EthAddress& a) const;
    std::optional<crypto::PrivateKey> defaultKey() const;

    // False when the key is already stored.
    bool add(const crypto::PrivateKey& key);
    void setDefault(const crypto::PrivateKey& key);

    // Atomically: a private temp file (0600) next to the keystore, flushed, then renamed over it.
    void save() const;

private:
    struct Entry {
        web::json::value json;
        crypto::PrivateKey key;
        bool isDefault = false;
    };

    std::filesystem::path path_;
    std::vector<Entry> entries_;
};

struct Signer {
    crypto::PrivateKey key;
    EthAddress address;
};

// --from: an anvil index 0..9, an address in the keystore or among the anvil accounts, or
// (empty) the keystore's default key and else anvil account 0.
Signer resolveSigner(const std::string& from);

}  // namespace ipc::cli::client
