// The validators table of one subnet: power, collateral, online, blocks proposed.
#include "ipc/ui/models/validator_table_model.h"
#include "ipc/ui/models/column_titles.h"

#include <algorithm>

#include "ipc/ui/format/value_text.h"

namespace ipc::ui {

ValidatorTableModel::ValidatorTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ValidatorTableModel::setValidators(const std::vector<devnet::ValidatorView>& validators) {
    const bool sameMembers =
        validators.size() == rows_.size() &&
        std::equal(validators.begin(), validators.end(), rows_.begin(),
                   [](const auto& a, const auto& b) { return a.address == b.address; });
    if (!sameMembers) {
        beginResetModel();
        rows_ = validators;
        endResetModel();
        return;
    }
    rows_ = validators;
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ValidatorTableModel::clear() {
    setValidators({});
}

int ValidatorTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ValidatorTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValidatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnTitle(*this, section, orientation, role, [this] {
        return QStringList{
            tr("Validator"),        // AddressColumn
            tr("Power"),            // PowerColumn
            tr("Collateral"),       // CollateralColumn
            tr("Online"),           // OnlineColumn
            tr("Blocks proposed"),  // ProposedColumn
            //: checkpoint signatures the validator gave
            tr("Signatures given"),  // SignaturesColumn
        };
    });
}

Qt::ItemFlags ValidatorTableModel::flags(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == OnlineColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ValidatorTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const devnet::ValidatorView& v = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case AddressRole:
            return hexText(v.address);
        case OnlineRole:
            return v.online;
        case Qt::CheckStateRole:
            if (index.column() == OnlineColumn)
                return v.online ? Qt::Checked : Qt::Unchecked;
            return {};
        case Qt::ToolTipRole:
            if (index.column() == OnlineColumn) {
                return v.online ? tr("Online: signs blocks and checkpoints. Uncheck to take it "
                                     "offline.")
                                : tr("Offline: signs nothing. Check to bring it back.");
            }
            return index.column() == AddressColumn ? QVariant(hexText(v.address)) : QVariant();
        case Qt::TextAlignmentRole:
            if (index.column() != AddressColumn && index.column() != OnlineColumn)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::DisplayRole:
            break;
        default:
            return {};
    }
    switch (index.column()) {
        case AddressColumn:
            return hexText(v.address);
        case PowerColumn:
            return QVariant::fromValue<qulonglong>(v.power);
        case CollateralColumn:
            return tokenText(v.collateral);
        case OnlineColumn:
            return v.online ? tr("online") : tr("offline");
        case ProposedColumn:
            return QVariant::fromValue<qulonglong>(v.blocksProposed);
        case SignaturesColumn:
            return QVariant::fromValue<qulonglong>(v.signaturesGiven);
        default:
            return {};
    }
}

bool ValidatorTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != OnlineColumn || role != Qt::CheckStateRole) {
        return false;
    }
    const bool online = value.toInt() == Qt::Checked;
    const devnet::ValidatorView& v = rows_[static_cast<std::size_t>(index.row())];
    if (online == v.online)
        return false;
    // The engine decides; the row changes when its view says so.
    emit onlineChangeRequested(hexText(v.address), online);
    return true;
}

}  // namespace ipc::ui
