// The keystore's rows in the workspace store, so imported keys live with their hierarchy.
#include "ipc/devnet/store_key_rows.h"

#include "ipc/core/primitives/error.h"
#include "ipc/core/storage/store.h"

namespace ipc::devnet {

namespace {

storage::KeystoreRow toStore(const KeyRow& row) {
    const std::string kind(keyKindName(row.kind));
    return storage::KeystoreRow{row.address.hex(), row.label, kind,
                                Bytes(row.blob.begin(), row.blob.end()), row.encrypted};
}

KeyRow fromStore(const storage::KeystoreRow& row) {
    KeyRow out;
    out.address = EthAddress::parse(row.address);
    out.label = row.label;
    out.kind = parseKeyKind(row.kind);
    out.blob.assign(row.blob.begin(), row.blob.end());
    out.encrypted = row.encrypted;
    return out;
}

}  // namespace

std::vector<KeyRow> StoreKeyRows::list() const {
    std::vector<KeyRow> out;
    for (const auto& row : store_->keys())
        out.push_back(fromStore(row));
    return out;
}

std::optional<KeyRow> StoreKeyRows::get(const EthAddress& address) const {
    const auto row = store_->key(address.hex());
    if (!row)
        return std::nullopt;
    return fromStore(*row);
}

void StoreKeyRows::put(const KeyRow& row) {
    store_->putKey(toStore(row));
}

bool StoreKeyRows::remove(const EthAddress& address) {
    return store_->deleteKey(address.hex());
}

std::optional<std::string> StoreKeyRows::passwordCheck() const {
    return store_->setting(kPasswordCheckSetting);
}

void StoreKeyRows::replaceAll(const std::vector<KeyRow>& rows,
                              const std::optional<std::string>& passwordCheck) {
    std::vector<storage::KeystoreRow> out;
    out.reserve(rows.size());
    for (const auto& row : rows)
        out.push_back(toStore(row));
    store_->replaceKeys(out, kPasswordCheckSetting, passwordCheck);
}

}  // namespace ipc::devnet
