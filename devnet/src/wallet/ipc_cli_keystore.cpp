// The codec of ipc-cli's evm_keystore.json entries ({address, private_key}).
#include "ipc/devnet/ipc_cli_keystore.h"

#include "ipc/core/primitives/error.h"

namespace ipc::devnet::ipccli {

using web::json::value;

value entry(const crypto::PrivateKey& key) {
    return entry(key.ethAddress().hex(), key);
}

value entry(const std::string& address, const crypto::PrivateKey& key) {
    value j = value::object(true);
    j["address"] = value::string(address);
    j["private_key"] = value::string(key.secret().hex(false));
    return j;
}

Entry parseEntry(const value& e) {
    if (!e.is_object() || !e.has_field("address") || !e.at("address").is_string() ||
        !e.has_field("private_key") || !e.at("private_key").is_string()) {
        throw ParseError("lacks a text address or private_key");
    }
    try {
        return Entry{e.at("address").as_string(),
                     crypto::PrivateKey::fromHex(e.at("private_key").as_string())};
    } catch (const ParseError& ex) {
        throw ParseError(std::string("private_key: ") + ex.what());
    }
}

}  // namespace ipc::devnet::ipccli
