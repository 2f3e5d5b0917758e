// The keystore's rows in a workspace store (its keystore table and one setting for the password
// check), so imported keys live with the hierarchy they belong to.
#pragma once

#include <memory>

#include "ipc/devnet/keystore.h"

namespace ipc::storage {
class Store;
}

namespace ipc::devnet {

class StoreKeyRows : public KeyRows {
public:
    static constexpr const char* kPasswordCheckSetting = "keystore.password_check";

    explicit StoreKeyRows(std::shared_ptr<storage::Store> store) : store_(std::move(store)) {}

    std::vector<KeyRow> list() const override;
    std::optional<KeyRow> get(const EthAddress& address) const override;
    void put(const KeyRow& row) override;
    bool remove(const EthAddress& address) override;
    std::optional<std::string> passwordCheck() const override;
    void replaceAll(const std::vector<KeyRow>& rows,
                    const std::optional<std::string>& passwordCheck) override;

private:
    std::shared_ptr<storage::Store> store_;
};

}  // namespace ipc::devnet
