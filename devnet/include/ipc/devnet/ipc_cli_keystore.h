// ipc-cli's evm_keystore.json entry, read and written in one place: {"address": "0x<lowercase>",
// "private_key": "<64 hex digits, no 0x>"}, or "default-key" as the address of the entry holding
// the default key. The file itself is a JSON array of these (the CLI's wallet keeps it).
#pragma once

#include <string>

#include <cpprest/json.h>

#include "ipc/core/crypto/secp256k1.h"

namespace ipc::devnet::ipccli {

inline constexpr const char* kDefaultKeyName = "default-key";

// The entry for `key` under its own address.
web::json::value entry(const crypto::PrivateKey& key);
// The entry for `key` under `address` (kDefaultKeyName for the default key).
web::json::value entry(const std::string& address, const crypto::PrivateKey& key);

struct Entry {
    std::string address;  // as written: "0x…" or kDefaultKeyName
    crypto::PrivateKey key;
    bool isDefault() const { return address == kDefaultKeyName; }
};
// Throws ParseError: "lacks a text address or private_key", or "private_key: <why>".
Entry parseEntry(const web::json::value& e);

}  // namespace ipc::devnet::ipccli
