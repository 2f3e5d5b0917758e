// The transactions table of one subnet: the columns over the tip-paged transaction rows.
#include "ipc/ui/models/transaction_table_model.h"
#include "ipc/ui/models/column_titles.h"

#include "ipc/ui/format/value_text.h"

namespace ipc::ui {

TransactionTableModel::TransactionTableModel(QObject* parent)
    : TipPagedModel(Limits{kPageTransactions, kPageBlocks, kBlocksPerFetch}, parent) {}

int TransactionTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransactionTableModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    return columnTitle(*this, section, orientation, role, [this] {
        return QStringList{
            tr("Hash"),      // HashColumn
            tr("Block"),     // BlockColumn
            tr("From"),      // FromColumn
            tr("To"),        // ToColumn
            tr("Method"),    // MethodColumn
            tr("Value"),     // ValueColumn
            tr("Gas used"),  // GasUsedColumn
            tr("Status"),    // StatusColumn
        };
    });
}

QVariant TransactionTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const devnet::TransactionView& t = *rowAt(index.row());
    switch (role) {
        case HashRole:
            return hexText(t.hash);
        case BlockRole:
            return QVariant::fromValue<qulonglong>(t.block);
        case Qt::ToolTipRole:
            switch (index.column()) {
                case HashColumn:
                    return hexText(t.hash);
                case FromColumn:
                    return hexText(t.from);
                case ToColumn:
                    if (t.to)
                        return t.contractName.empty()
                                   ? hexText(*t.to)
                                   : QStringLiteral("%1 %2").arg(
                                         QString::fromStdString(t.contractName), hexText(*t.to));
                    return t.contractAddress
                               ? tr("Created contract %1").arg(hexText(*t.contractAddress))
                               : tr("A contract creation that failed: no contract was made");
                case MethodColumn:
                    return QString::fromStdString(t.method);
                case ValueColumn:
                    return exactTokenText(t.value);  // the cell reads rounded
                case StatusColumn:
                    return QString::fromStdString(t.revertReason);
                default:
                    return {};
            }
        case Qt::TextAlignmentRole:
            if (index.column() == BlockColumn || index.column() == GasUsedColumn ||
                index.column() == ValueColumn) {
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            }
            return {};
        case Qt::DisplayRole:
            break;
        default:
            return {};
    }
    switch (index.column()) {
        case HashColumn:
            return shortHex(hexText(t.hash));
        case BlockColumn:
            return QVariant::fromValue<qulonglong>(t.block);
        case FromColumn:
            return shortHex(hexText(t.from));
        case ToColumn:
            if (t.to) {
                if (!t.contractName.empty()) {
                    //: the To cell of a call to a known contract: its name and short address
                    return tr("%1 (%2)").arg(QString::fromStdString(t.contractName),
                                             shortHex(hexText(*t.to)));
                }
                return shortHex(hexText(*t.to));
            }
            //: the To cell of a transaction that deployed a contract: the contract's address
            if (t.contractAddress && !t.contractName.empty()) {
                return tr("contract creation → %1").arg(QString::fromStdString(t.contractName));
            }
            return t.contractAddress
                       ? tr("contract creation → %1").arg(shortHex(hexText(*t.contractAddress)))
                       : tr("contract creation");
        case MethodColumn:
            // The function called, by name when a linked or carried ABI knows its selector.
            return QString::fromStdString(t.method);
        case ValueColumn:
            return tokenText(t.value);
        case GasUsedColumn:
            return QVariant::fromValue<qulonglong>(t.gasUsed);
        case StatusColumn:
            if (!t.success)
                return tr("failed");
            //: a transaction validators or relayers send for IPC, without a fee
            return t.system ? tr("ok (system)") : tr("ok");
        default:
            return {};
    }
}

}  // namespace ipc::ui
