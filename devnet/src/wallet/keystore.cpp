// The workspace's key manager: derived and imported keys, labels, sealing, exports.
#include "ipc/devnet/keystore.h"

#include <cpprest/json.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <utility>

#include <openssl/crypto.h>

#include "ipc/core/crypto/bip32.h"
#include "ipc/core/crypto/bip39.h"
#include "ipc/core/primitives/error.h"
#include "ipc/devnet/ipc_cli_keystore.h"

namespace ipc::devnet {

using Json = web::json::value;

// ---------------------------------------------------------------- V3 JSON text

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// Field names are matched without regard to case, as ethers does: older geth and some wallets
// write `Crypto`, a few write `CipherParams` or `KDFParams`.
const Json* field(const Json& obj, std::string_view name) {
    for (const auto& [key, value] : obj.as_object()) {
        if (lower(key) == name)
            return &value;
    }
    return nullptr;
}

[[noreturn]] void bad(const std::string& path, const std::string& why) {
    throw ParseError("keystore JSON: " + path + " " + why);
}

const Json& need(const Json& obj, std::string_view name, const std::string& path) {
    const Json* v = field(obj, name);
    if (v == nullptr || v->is_null())
        bad(path + std::string(name), "is missing");
    return *v;
}

const Json& needObject(const Json& obj, std::string_view name, const std::string& path) {
    const Json& v = need(obj, name, path);
    if (!v.is_object())
        bad(path + std::string(name), "is not an object");
    return v;
}

std::string needString(const Json& obj, std::string_view name, const std::string& path) {
    const Json& v = need(obj, name, path);
    if (!v.is_string())
        bad(path + std::string(name), "is not a string");
    return v.as_string();
}

std::uint64_t needUint(const Json& obj, std::string_view name, const std::string& path,
                       std::uint64_t max = std::numeric_limits<std::uint64_t>::max()) {
    const Json& v = need(obj, name, path);
    if (!v.is_number() || !v.as_number().is_integral() || !v.as_number().is_uint64())
        bad(path + std::string(name), "is not a non-negative integer");
    const std::uint64_t n = v.as_number().to_uint64();
    if (n > max)
        bad(path + std::string(name), "is out of range (" + std::to_string(n) + ")");
    return n;
}

std::uint32_t needUint32(const Json& obj, std::string_view name, const std::string& path) {
    return static_cast<std::uint32_t>(
        needUint(obj, name, path, std::numeric_limits<std::uint32_t>::max()));
}

Bytes needHex(const Json& obj, std::string_view name, const std::string& path) {
    const std::string text = needString(obj, name, path);
    try {
        return fromHex(text);
    } catch (const ParseError& e) {
        bad(path + std::string(name), std::string("is not hex: ") + e.what());
    }
}

int parseVersion(const Json& root) {
    const Json& v = need(root, "version", "");
    if (v.is_number() && v.as_number().is_integral() && v.as_number().is_int32())
        return v.as_number().to_int32();
    if (v.is_string() && v.as_string() == "3")
        return 3;
    bad("version", "is not a number");
}

std::optional<EthAddress> parseAddress(const Json& root) {
    const Json* v = field(root, "address");
    if (v == nullptr || v->is_null())
        return std::nullopt;
    if (!v->is_string())
        bad("address", "is not a string");
    std::string text = v->as_string();
    if (!text.starts_with("0x") && !text.starts_with("0X"))
        text = "0x" + text;
    try {
        return EthAddress::parse(text);
    } catch (const ParseError& e) {
        bad("address", std::string("is not an Ethereum address: ") + e.what());
    }
}

Json hexValue(ByteView bytes) {
    return Json::string(toHex(bytes, false));
}

}  // namespace

crypto::KeystoreV3 parseKeystoreJson(std::string_view text) {
    Json root;
    try {
        root = Json::parse(std::string(text));
    } catch (const web::json::json_exception& e) {
        throw ParseError(std::string("keystore JSON: not valid JSON: ") + e.what());
    }
    if (!root.is_object())
        throw ParseError("keystore JSON: expected an object");

    crypto::KeystoreV3 v3;
    v3.version = parseVersion(root);
    v3.address = parseAddress(root);
    if (const Json* id = field(root, "id"); id != nullptr && id->is_string())
        v3.id = id->as_string();

    const Json& c = needObject(root, "crypto", "");
    v3.cipher = needString(c, "cipher", "crypto.");
    const Bytes iv =
        needHex(needObject(c, "cipherparams", "crypto."), "iv", "crypto.cipherparams.");
    if (iv.size() != 16)
        bad("crypto.cipherparams.iv", "is not 16 bytes");
    v3.iv = FixedBytes<16>::fromBytes(iv);
    v3.ciphertext = needHex(c, "ciphertext", "crypto.");
    const Bytes mac = needHex(c, "mac", "crypto.");
    if (mac.size() != 32)
        bad("crypto.mac", "is not 32 bytes");
    v3.mac = Hash32::fromBytes(mac);

    const std::string kdf = lower(needString(c, "kdf", "crypto."));
    const Json& params = needObject(c, "kdfparams", "crypto.");
    const std::string at = "crypto.kdfparams.";
    v3.dklen = needUint32(params, "dklen", at);
    v3.salt = needHex(params, "salt", at);
    if (kdf == "scrypt") {
        v3.kdf = crypto::KeystoreKdf::Scrypt;
        v3.scrypt.n = needUint(params, "n", at);
        v3.scrypt.r = needUint32(params, "r", at);
        v3.scrypt.p = needUint32(params, "p", at);
    } else if (kdf == "pbkdf2") {
        v3.kdf = crypto::KeystoreKdf::Pbkdf2;
        v3.pbkdf2.c = needUint32(params, "c", at);
        v3.pbkdf2.prf = lower(needString(params, "prf", at));
    } else {
        bad("crypto.kdf", "\"" + kdf + "\" is not supported (expected scrypt or pbkdf2)");
    }
    crypto::validateKeystore(v3);
    return v3;
}

std::string writeKeystoreJson(const crypto::KeystoreV3& v3) {
    Json params = Json::object(true);
    params["dklen"] = Json::number(v3.dklen);
    if (v3.kdf == crypto::KeystoreKdf::Scrypt) {
        params["n"] = Json::number(v3.scrypt.n);
        params["p"] = Json::number(v3.scrypt.p);
        params["r"] = Json::number(v3.scrypt.r);
    } else {
        params["c"] = Json::number(v3.pbkdf2.c);
        params["prf"] = Json::string(v3.pbkdf2.prf);
    }
    params["salt"] = hexValue(v3.salt);

    Json cipherParams = Json::object(true);
    cipherParams["iv"] = hexValue(v3.iv.view());

    Json c = Json::object(true);
    c["cipher"] = Json::string(v3.cipher);
    c["ciphertext"] = hexValue(v3.ciphertext);
    c["cipherparams"] = cipherParams;
    c["kdf"] = Json::string(v3.kdf == crypto::KeystoreKdf::Scrypt ? "scrypt" : "pbkdf2");
    c["kdfparams"] = params;
    c["mac"] = hexValue(v3.mac.view());

    Json root = Json::object(true);
    if (v3.address)
        root["address"] = Json::string(v3.address->bytes().hex(false));
    root["crypto"] = c;
    root["id"] = Json::string(v3.id);
    root["version"] = Json::number(v3.version);
    return root.serialize();
}

std::string ipcCliKeystoreEntry(const crypto::PrivateKey& key) {
    return ipccli::entry(key).serialize();
}

// ---------------------------------------------------------------- persistence

std::string_view keyKindName(KeyKind kind) {
    switch (kind) {
        case KeyKind::Derived:
            return "derived";
        case KeyKind::PrivateKey:
            return "private-key";
        case KeyKind::KeystoreV3:
            return "keystore-v3";
        case KeyKind::Mnemonic:
            return "mnemonic";
    }
    return "private-key";
}

KeyKind parseKeyKind(std::string_view name) {
    for (KeyKind k :
         {KeyKind::Derived, KeyKind::PrivateKey, KeyKind::KeystoreV3, KeyKind::Mnemonic}) {
        if (keyKindName(k) == name)
            return k;
    }
    throw ParseError("unknown key kind \"" + std::string(name) + "\"");
}

std::optional<KeyRow> MemoryKeyRows::get(const EthAddress& address) const {
    for (const auto& r : rows_) {
        if (r.address == address)
            return r;
    }
    return std::nullopt;
}

void MemoryKeyRows::put(const KeyRow& row) {
    for (auto& r : rows_) {
        if (r.address == row.address) {
            r = row;
            return;
        }
    }
    rows_.push_back(row);
}

bool MemoryKeyRows::remove(const EthAddress& address) {
    return std::erase_if(rows_, [&](const KeyRow& r) { return r.address == address; }) > 0;
}

void MemoryKeyRows::replaceAll(const std::vector<KeyRow>& rows,
                               const std::optional<std::string>& passwordCheck) {
    rows_ = rows;
    check_ = passwordCheck;
}

// ---------------------------------------------------------------- the key manager

namespace {

void wipe(std::string& s) {
    OPENSSL_cleanse(s.data(), s.size());
    s.clear();
}

void requireNonEmpty(std::string_view password) {
    if (password.empty())
        throw ParseError("the workspace password must not be empty");
}

std::string trimmed(std::string_view s) {
    const auto isSpace = [](unsigned char c) { return std::isspace(c) != 0; };
    while (!s.empty() && isSpace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return std::string(s);
}

std::uint32_t derivedIndex(const KeyRow& row) {
    const std::string& b = row.blob;
    if (b.empty() || b.size() > 10 ||
        !std::all_of(b.begin(), b.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        std::stoull(b) >= crypto::kHardenedOffset) {
        throw Error("the stored index of " + row.address.toChecksumHex() + " is corrupt");
    }
    return static_cast<std::uint32_t>(std::stoull(b));
}

Account toAccount(const KeyRow& row) {
    Account a{row.address, row.label, row.kind, std::nullopt};
    if (row.kind == KeyKind::Derived)
        a.index = derivedIndex(row);
    return a;
}

}  // namespace

Keystore::Keystore(KeyRows& rows, std::string workspaceMnemonic, KeystoreOptions options)
    : rows_(rows), mnemonic_(std::move(workspaceMnemonic)), options_(options) {
    crypto::validateMnemonic(mnemonic_);
}

Keystore::~Keystore() {
    lock();
}

std::vector<Account> Keystore::accounts() const {
    std::vector<Account> out;
    for (const auto& row : rows_.list())
        out.push_back(toAccount(row));
    return out;
}

std::optional<Account> Keystore::account(const EthAddress& address) const {
    if (auto row = rows_.get(address))
        return toAccount(*row);
    return std::nullopt;
}

void Keystore::requireAbsent(const EthAddress& address) const {
    if (rows_.get(address))
        throw Error("account " + address.toChecksumHex() + " is already in the keystore");
}

KeyRow Keystore::requireRow(const EthAddress& address) const {
    auto row = rows_.get(address);
    if (!row)
        throw Error("no account " + address.toChecksumHex() + " in the keystore");
    return *row;
}

void Keystore::requireUnlocked() const {
    if (isLocked())
        throw Error("the keystore is locked: unlock it with the workspace password first");
}

EthAddress Keystore::addDerived(std::uint32_t index, std::string label) {
    const crypto::PrivateKey key = crypto::deriveEthereumKey(mnemonic_, index);
    const EthAddress address = key.ethAddress();
    requireAbsent(address);
    rows_.put({address, std::move(label), KeyKind::Derived, std::to_string(index), false});
    return address;
}

std::string Keystore::sealKey(const crypto::PrivateKey& key, std::string_view password) const {
    crypto::KeystoreParams params;
    params.scrypt = options_.storageScrypt;
    return writeKeystoreJson(crypto::encrypt(key, password, params));
}

EthAddress Keystore::addImported(const crypto::PrivateKey& key, KeyKind kind, std::string label) {
    requireUnlocked();
    const EthAddress address = key.ethAddress();
    requireAbsent(address);
    if (password_) {
        rows_.put({address, std::move(label), kind, sealKey(key, *password_), true});
        unlocked_.insert_or_assign(address, key);
    } else {
        rows_.put({address, std::move(label), kind, key.secret().hex(false), false});
    }
    return address;
}

EthAddress Keystore::importPrivateKey(std::string_view hex, std::string label) {
    requireUnlocked();
    std::optional<crypto::PrivateKey> key;
    try {
        key = crypto::PrivateKey::fromHex(trimmed(hex));
    } catch (const ParseError& e) {
        throw ParseError(std::string("invalid private key: ") + e.what());
    }
    return addImported(*key, KeyKind::PrivateKey, std::move(label));
}

EthAddress Keystore::importKeystoreJson(std::string_view json, std::string_view password,
                                        std::string label) {
    requireUnlocked();
    const crypto::KeystoreV3 v3 = parseKeystoreJson(json);
    const crypto::PrivateKey key = crypto::decrypt(v3, password);
    return addImported(key, KeyKind::KeystoreV3, std::move(label));
}

EthAddress Keystore::importMnemonic(std::string_view mnemonic, std::uint32_t index,
                                    std::string label, std::string_view passphrase) {
    requireUnlocked();
    const crypto::PrivateKey key = crypto::deriveEthereumKey(mnemonic, index, passphrase);
    return addImported(key, KeyKind::Mnemonic, std::move(label));
}

void Keystore::setLabel(const EthAddress& address, std::string label) {
    KeyRow row = requireRow(address);
    row.label = std::move(label);
    rows_.put(row);
}

void Keystore::remove(const EthAddress& address) {
    requireRow(address);
    rows_.remove(address);
    unlocked_.erase(address);
}

crypto::PrivateKey Keystore::privateKey(const EthAddress& address) const {
    const KeyRow row = requireRow(address);
    if (row.kind == KeyKind::Derived) {
        return crypto::deriveEthereumKey(mnemonic_, derivedIndex(row));
    }
    if (row.encrypted) {
        requireUnlocked();
        if (auto it = unlocked_.find(address); it != unlocked_.end())
            return it->second;
        throw Error("the stored key of " + address.toChecksumHex() +
                    " was not opened with the workspace password");
    }
    try {
        return crypto::PrivateKey::fromHex(row.blob);
    } catch (const ParseError& e) {
        throw Error("the stored key of " + address.toChecksumHex() + " is corrupt: " + e.what());
    }
}

std::string Keystore::exportHex(const EthAddress& address) const {
    return privateKey(address).secret().hex();
}

std::string Keystore::exportKeystoreJson(const EthAddress& address, std::string_view password,
                                         const crypto::KeystoreParams& params) const {
    return writeKeystoreJson(crypto::encrypt(privateKey(address), password, params));
}

std::string Keystore::exportIpcCliEntry(const EthAddress& address) const {
    return ipcCliKeystoreEntry(privateKey(address));
}

bool Keystore::hasPassword() const {
    return rows_.passwordCheck().has_value();
}

bool Keystore::isLocked() const {
    return hasPassword() && !password_;
}

std::map<EthAddress, crypto::PrivateKey> Keystore::open(std::string_view password) const {
    const auto check = rows_.passwordCheck();
    if (!check)
        throw Error("the keystore has no password");
    crypto::decrypt(parseKeystoreJson(*check), password);  // WrongPasswordError
    std::map<EthAddress, crypto::PrivateKey> keys;
    for (const auto& row : rows_.list()) {
        if (!row.encrypted || row.kind == KeyKind::Derived)
            continue;
        try {
            keys.insert_or_assign(row.address,
                                  crypto::decrypt(parseKeystoreJson(row.blob), password));
        } catch (const Error& e) {
            throw Error("the stored key of " + row.address.toChecksumHex() +
                        " does not open with the workspace password: " + e.what());
        }
    }
    return keys;
}

std::map<EthAddress, crypto::PrivateKey> Keystore::importedKeys(
    const std::map<EthAddress, crypto::PrivateKey>& opened) const {
    std::map<EthAddress, crypto::PrivateKey> keys;
    for (const auto& row : rows_.list()) {
        if (row.kind == KeyKind::Derived)
            continue;
        if (!row.encrypted) {
            keys.insert_or_assign(row.address, privateKey(row.address));
        } else if (auto it = opened.find(row.address); it != opened.end()) {
            keys.insert_or_assign(row.address, it->second);
        } else {
            throw Error("the stored key of " + row.address.toChecksumHex() +
                        " is encrypted but the keystore has no password");
        }
    }
    return keys;
}

void Keystore::storeAll(const std::map<EthAddress, crypto::PrivateKey>& keys,
                        const std::optional<std::string>& password) {
    std::vector<KeyRow> rows = rows_.list();
    for (auto& row : rows) {
        if (row.kind == KeyKind::Derived)
            continue;
        const crypto::PrivateKey& key = keys.at(row.address);
        row.encrypted = password.has_value();
        row.blob = password ? sealKey(key, *password) : key.secret().hex(false);
    }
    std::optional<std::string> check;
    if (password)
        check = sealKey(crypto::PrivateKey::random(), *password);
    rows_.replaceAll(rows, check);
}

void Keystore::setPassword(std::string_view password) {
    requireNonEmpty(password);
    if (hasPassword())
        throw Error("the keystore already has a password: change it instead");
    auto keys = importedKeys({});
    storeAll(keys, std::string(password));
    password_ = std::string(password);
    unlocked_ = std::move(keys);
}

void Keystore::changePassword(std::string_view current, std::string_view next) {
    requireNonEmpty(next);
    auto keys = importedKeys(open(current));
    storeAll(keys, std::string(next));
    lock();
    password_ = std::string(next);
    unlocked_ = std::move(keys);
}

void Keystore::removePassword(std::string_view current) {
    const auto keys = importedKeys(open(current));
    storeAll(keys, std::nullopt);
    lock();
}

void Keystore::unlock(std::string_view password) {
    auto keys = open(password);
    lock();
    password_ = std::string(password);
    unlocked_ = std::move(keys);
}

void Keystore::lock() {
    if (password_)
        wipe(*password_);
    password_.reset();
    unlocked_.clear();
}

}  // namespace ipc::devnet
