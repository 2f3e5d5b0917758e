// WalletModel: the wallet's accounts as a table — default mark, label, 0x address (EIP-55),
// t410 form, nonce on the root and the balance on every subnet, one column per subnet in tree
// order. Accounts come from devnet::Wallet, balances from a BalanceSheet read on the engine
// thread; either may arrive first.
#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "ipc/devnet/wallet.h"

namespace ipc::ui {

class WalletModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DefaultColumn,
        LabelColumn,
        AddressColumn,
        DelegatedColumn,
        NonceColumn,
        FirstBalanceColumn  // one per subnet from here on
    };
    Q_ENUM(Column)
    enum Role {
        AddressRole = Qt::UserRole + 1,  // QString, 0x (EIP-55)
        DelegatedRole,                   // QString, t410f…
        DefaultRole,                     // bool
        UsableRole,                      // bool: its key can sign now
        SubnetRole,                      // QString: the subnet id of a balance column
        BalanceRole,                     // QString: atto, decimal (balance columns)
    };
    Q_ENUM(Role)

    explicit WalletModel(QObject* parent = nullptr);

    void setAccounts(const std::vector<devnet::WalletAccount>& accounts);
    void setBalances(devnet::BalanceSheet sheet);
    void clear();

    const devnet::WalletAccount* account(int row) const;
    int rowOf(const QString& address) const;
    int subnetCount() const { return static_cast<int>(sheet_.subnets.size()); }
    // The balance of `address` on `subnet` (id text); nullopt while unknown.
    std::optional<U256> balance(const QString& address, const QString& subnet) const;
    std::vector<EthAddress> addresses() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<devnet::WalletAccount> accounts_;
    devnet::BalanceSheet sheet_;
};

}  // namespace ipc::ui
