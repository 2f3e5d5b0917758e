// The wallet's accounts as a table.
#include "ipc/ui/models/wallet_model.h"

#include "ipc/ui/format/value_text.h"
#include "ipc/ui/format/wallet_format.h"

namespace ipc::ui {

WalletModel::WalletModel(QObject* parent) : QAbstractTableModel(parent) {}

void WalletModel::setAccounts(const std::vector<devnet::WalletAccount>& accounts) {
    bool same = accounts.size() == accounts_.size();
    for (std::size_t i = 0; same && i < accounts.size(); ++i)
        same = accounts[i].address == accounts_[i].address;
    if (!same) {
        beginResetModel();
        accounts_ = accounts;
        endResetModel();
        return;
    }
    accounts_ = accounts;
    if (!accounts_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void WalletModel::setBalances(devnet::BalanceSheet sheet) {
    if (sheet.subnets != sheet_.subnets) {
        // New columns (a subnet appeared, another hierarchy).
        beginResetModel();
        sheet_ = std::move(sheet);
        endResetModel();
        return;
    }
    sheet_ = std::move(sheet);
    if (!accounts_.empty()) {
        emit dataChanged(index(0, NonceColumn), index(rowCount() - 1, columnCount() - 1));
    }
}

void WalletModel::clear() {
    beginResetModel();
    accounts_.clear();
    sheet_ = {};
    endResetModel();
}

const devnet::WalletAccount* WalletModel::account(int row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= accounts_.size())
        return nullptr;
    return &accounts_[static_cast<std::size_t>(row)];
}

int WalletModel::rowOf(const QString& address) const {
    EthAddress a;
    try {
        a = EthAddress::parse(address.toStdString());
    } catch (const std::exception&) {
        return -1;
    }
    for (std::size_t i = 0; i < accounts_.size(); ++i) {
        if (accounts_[i].address == a)
            return static_cast<int>(i);
    }
    return -1;
}

std::optional<U256> WalletModel::balance(const QString& address, const QString& subnet) const {
    try {
        const EthAddress a = EthAddress::parse(address.toStdString());
        const SubnetId s = SubnetId::parse(subnet.toStdString());
        const auto it = sheet_.balances.find(a);
        if (it == sheet_.balances.end())
            return std::nullopt;
        for (std::size_t i = 0; i < sheet_.subnets.size() && i < it->second.size(); ++i) {
            if (sheet_.subnets[i] == s)
                return it->second[i];
        }
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

std::vector<EthAddress> WalletModel::addresses() const {
    std::vector<EthAddress> out;
    out.reserve(accounts_.size());
    for (const auto& a : accounts_)
        out.push_back(a.address);
    return out;
}

int WalletModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(accounts_.size());
}

int WalletModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstBalanceColumn + subnetCount();
}

QVariant WalletModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstBalanceColumn && section < columnCount()) {
        const auto i = static_cast<std::size_t>(section - FirstBalanceColumn);
        if (role == Qt::DisplayRole)
            return QString::fromStdString(sheet_.names[i]);
        if (role == Qt::ToolTipRole) {
            return tr("Balance on %1 (%2)")
                .arg(QString::fromStdString(sheet_.names[i]), subnetIdText(sheet_.subnets[i]));
        }
        if (role == SubnetRole)
            return subnetIdText(sheet_.subnets[i]);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case DefaultColumn:
                return tr("The default account: preselected as the sender");
            case NonceColumn:
                return tr("Transactions this account sent on the root");
            default:
                return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
        case DefaultColumn:
            //: column of the default-account mark
            return tr("★");
        case LabelColumn:
            return tr("Label");
        case AddressColumn:
            return tr("Address");
        case DelegatedColumn:
            //: the Filecoin (f4, delegated) form of an address
            return tr("Filecoin form");
        case NonceColumn:
            return tr("Nonce");
        default:
            return {};
    }
}

QVariant WalletModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const devnet::WalletAccount& a = accounts_[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
        case AddressRole:
            return QString::fromStdString(a.address.toChecksumHex());
        case DelegatedRole:
            return QString::fromStdString(devnet::delegatedAddress(a.address));
        case DefaultRole:
            return a.isDefault;
        case UsableRole:
            return a.usable;
        case SubnetRole:
            if (column >= FirstBalanceColumn) {
                return QString::fromStdString(
                    sheet_.subnets[static_cast<std::size_t>(column - FirstBalanceColumn)]
                        .toString());
            }
            return {};
        case BalanceRole:
            if (column >= FirstBalanceColumn) {
                const auto it = sheet_.balances.find(a.address);
                const auto i = static_cast<std::size_t>(column - FirstBalanceColumn);
                if (it != sheet_.balances.end() && i < it->second.size())
                    return QString::fromStdString(it->second[i].toDecimal());
            }
            return {};
        case Qt::TextAlignmentRole:
            if (column >= NonceColumn)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            if (column == DefaultColumn)
                return QVariant::fromValue(Qt::AlignCenter);
            return {};
        case Qt::ToolTipRole:
            if (column == LabelColumn && !a.usable)
                return tr("Locked: unlock the wallet with its password to sign with this key");
            if (column == AddressColumn || column == DelegatedColumn) {
                return tr("%1\n%2").arg(
                    QString::fromStdString(a.address.toChecksumHex()),
                    QString::fromStdString(devnet::delegatedAddress(a.address)));
            }
            if (column >= FirstBalanceColumn) {
                const auto b = sheet_.balances.find(a.address);
                const auto n = sheet_.nonces.find(a.address);
                const auto i = static_cast<std::size_t>(column - FirstBalanceColumn);
                if (b != sheet_.balances.end() && n != sheet_.nonces.end() &&
                    i < b->second.size() && i < n->second.size()) {
                    //: tooltip of a wallet balance: the exact amount and the nonce there
                    return tr("%1 on %2 · nonce %3")
                        .arg(exactTokenText(b->second[i]), QString::fromStdString(sheet_.names[i]))
                        .arg(n->second[i]);
                }
            }
            return {};
        case Qt::DisplayRole:
            break;
        default:
            return {};
    }
    switch (column) {
        case DefaultColumn:
            return a.isDefault ? QStringLiteral("★") : QString();
        case LabelColumn: {
            const QString label = QString::fromStdString(a.label);
            //: an account whose key is locked by the wallet password
            return a.usable ? label : tr("%1 (locked)").arg(label);
        }
        case AddressColumn:
            return QString::fromStdString(a.address.toChecksumHex());
        case DelegatedColumn:
            return QString::fromStdString(devnet::delegatedAddress(a.address));
        case NonceColumn: {
            const auto it = sheet_.nonces.find(a.address);
            if (it == sheet_.nonces.end() || it->second.empty())
                return QStringLiteral("…");
            return QString::number(it->second.front());
        }
        default: {
            const auto it = sheet_.balances.find(a.address);
            const auto i = static_cast<std::size_t>(column - FirstBalanceColumn);
            if (it == sheet_.balances.end() || i >= it->second.size())
                return QStringLiteral("…");
            return tokenText(it->second[i]);
        }
    }
}

}  // namespace ipc::ui
