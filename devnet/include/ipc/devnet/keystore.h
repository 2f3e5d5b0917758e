// The workspace's key manager: accounts derived from the workspace mnemonic plus keys imported
// from outside (hex private key, V3 keystore JSON, another mnemonic), with labels, exports in
// the forms other tools read (hex, V3 JSON, ipc-cli's evm_keystore.json entry) and optional
// encryption at rest under a workspace password. Also the V3 keystore JSON text form.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ipc/core/crypto/keystore_v3.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/primitives/eth_address.h"

namespace ipc::devnet {

// ---------------------------------------------------------------- V3 JSON text

// Reads a V3 keystore as geth, MetaMask, ethers and Foundry write it: the `crypto` or `Crypto`
// object, an address with or without 0x (or none), kdf scrypt or pbkdf2. Throws ParseError
// naming the missing or malformed field; parameters are checked by crypto::validateKeystore.
crypto::KeystoreV3 parseKeystoreJson(std::string_view text);

// geth's form: lowercase `crypto`, address as 40 hex digits without 0x, hex without 0x.
std::string writeKeystoreJson(const crypto::KeystoreV3& v3);

// One entry of ipc-cli's evm_keystore.json: {"address": "0x<lowercase>", "private_key":
// "<64 hex digits, no 0x>"}; the file itself is a JSON array of these.
std::string ipcCliKeystoreEntry(const crypto::PrivateKey& key);

// ---------------------------------------------------------------- persistence

// Where an account's key comes from.
enum class KeyKind {
    Derived,     // the workspace mnemonic at m/44'/60'/0'/0/<index>; blob is the index
    PrivateKey,  // imported as a hex private key
    KeystoreV3,  // imported from a V3 keystore file
    Mnemonic,    // imported from another mnemonic and index (only the derived key is kept)
};

std::string_view keyKindName(KeyKind kind);   // "derived", "private-key", "keystore-v3", "mnemonic"
KeyKind parseKeyKind(std::string_view name);  // throws ParseError

// One stored account. For imported keys `blob` is the private key: 64 hex digits when
// `encrypted` is false, a V3 keystore JSON under the workspace password when true. For derived
// accounts it is the decimal index and never a secret.
struct KeyRow {
    EthAddress address;
    std::string label;
    KeyKind kind = KeyKind::PrivateKey;
    std::string blob;
    bool encrypted = false;

    bool operator==(const KeyRow&) const = default;
};

// The storage the keystore writes through (a SQLite table in a workspace, memory in tests).
// Rows come back in the order they were first put.
class KeyRows {
public:
    virtual ~KeyRows() = default;

    virtual std::vector<KeyRow> list() const = 0;
    virtual std::optional<KeyRow> get(const EthAddress& address) const = 0;
    // Inserts, or replaces the row with the same address in place.
    virtual void put(const KeyRow& row) = 0;
    // False when there was no such row.
    virtual bool remove(const EthAddress& address) = 0;

    // The V3 JSON that proves a workspace password (a throwaway key encrypted under it); absent
    // when the workspace has no password.
    virtual std::optional<std::string> passwordCheck() const = 0;
    // Replaces every row and the password check at once: a SQLite implementation does this in
    // one transaction, so a password change is never half applied.
    virtual void replaceAll(const std::vector<KeyRow>& rows,
                            const std::optional<std::string>& passwordCheck) = 0;
};

class MemoryKeyRows : public KeyRows {
public:
    std::vector<KeyRow> list() const override { return rows_; }
    std::optional<KeyRow> get(const EthAddress& address) const override;
    void put(const KeyRow& row) override;
    bool remove(const EthAddress& address) override;
    std::optional<std::string> passwordCheck() const override { return check_; }
    void replaceAll(const std::vector<KeyRow>& rows,
                    const std::optional<std::string>& passwordCheck) override;

private:
    std::vector<KeyRow> rows_;
    std::optional<std::string> check_;
};

// ---------------------------------------------------------------- the key manager

struct KeystoreOptions {
    // The scrypt cost for keys stored under the workspace password. ethers' default; tests and
    // throwaway workspaces can lower it (n = 1024 derives in about a millisecond).
    crypto::ScryptParams storageScrypt;
};

struct Account {
    EthAddress address;
    std::string label;
    KeyKind kind = KeyKind::PrivateKey;
    std::optional<std::uint32_t> index;  // derived accounts only
};

// Every method that fails throws ipc::Error (ParseError for bad input, crypto::WrongPasswordError
// for a wrong password) and leaves the stored rows and the session exactly as they were.
//
// With a workspace password, imported keys are stored only as V3 blobs; unlock() decrypts them
// for the session and lock() forgets them. Derived accounts come from the workspace mnemonic,
// which the workspace holds anyway, so they stay usable while locked.
class Keystore {
public:
    // Validates the mnemonic (ParseError). A workspace with a password check starts locked.
    Keystore(KeyRows& rows, std::string workspaceMnemonic, KeystoreOptions options = {});
    ~Keystore();
    Keystore(const Keystore&) = delete;
    Keystore& operator=(const Keystore&) = delete;

    std::vector<Account> accounts() const;
    std::optional<Account> account(const EthAddress& address) const;

    // Adds the workspace account at m/44'/60'/0'/0/<index>.
    EthAddress addDerived(std::uint32_t index, std::string label = {});
    // "0x…" or bare hex, 32 bytes, a valid secret.
    EthAddress importPrivateKey(std::string_view hex, std::string label = {});
    // A V3 keystore file's text and the password that opens it.
    EthAddress importKeystoreJson(std::string_view json, std::string_view password,
                                  std::string label = {});
    EthAddress importMnemonic(std::string_view mnemonic, std::uint32_t index,
                              std::string label = {}, std::string_view passphrase = {});

    void setLabel(const EthAddress& address, std::string label);
    void remove(const EthAddress& address);

    // The account's key; throws when it is unknown, or imported and the keystore is locked.
    crypto::PrivateKey privateKey(const EthAddress& address) const;
    std::string exportHex(const EthAddress& address) const;  // "0x" + 64 hex digits
    std::string exportKeystoreJson(const EthAddress& address, std::string_view password,
                                   const crypto::KeystoreParams& params = {}) const;
    std::string exportIpcCliEntry(const EthAddress& address) const;

    bool hasPassword() const;
    bool isLocked() const;
    // Encrypts every stored key under a first password (the keystore must have none) and leaves
    // it unlocked.
    void setPassword(std::string_view password);
    // Re-encrypts every stored key under `next`; `current` must open the keystore.
    void changePassword(std::string_view current, std::string_view next);
    // Stores every key as hex again; `current` must open the keystore.
    void removePassword(std::string_view current);
    void unlock(std::string_view password);
    void lock();

private:
    EthAddress addImported(const crypto::PrivateKey& key, KeyKind kind, std::string label);
    void requireAbsent(const EthAddress& address) const;
    KeyRow requireRow(const EthAddress& address) const;
    void requireUnlocked() const;
    // Checks `password` against the stored check and decrypts every encrypted row with it.
    std::map<EthAddress, crypto::PrivateKey> open(std::string_view password) const;
    // Every imported key: plain rows parsed, encrypted ones taken from `opened`.
    std::map<EthAddress, crypto::PrivateKey> importedKeys(
        const std::map<EthAddress, crypto::PrivateKey>& opened) const;
    // Rows re-stored under `password` (plain hex when nullopt), plus the new password check.
    void storeAll(const std::map<EthAddress, crypto::PrivateKey>& keys,
                  const std::optional<std::string>& password);
    std::string sealKey(const crypto::PrivateKey& key, std::string_view password) const;

    KeyRows& rows_;
    std::string mnemonic_;
    KeystoreOptions options_;
    // Present while unlocked: the password (to seal new imports) and the decrypted keys.
    std::optional<std::string> password_;
    std::map<EthAddress, crypto::PrivateKey> unlocked_;
};

}  // namespace ipc::devnet
