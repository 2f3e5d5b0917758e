// The contracts table of one subnet: the columns over the tip-paged contract rows.
#include "ipc/ui/models/contract_table_model.h"
#include "ipc/ui/models/column_titles.h"

#include "ipc/ui/format/value_text.h"

namespace ipc::ui {

ContractTableModel::ContractTableModel(QObject* parent)
    : ContractPager(Limits{kPageContracts, kPageBlocks, kBlocksPerFetch}, parent) {}

int ContractTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnTitle(*this, section, orientation, role, [this] {
        return QStringList{
            tr("Address"),  // AddressColumn
            //: the contract's name, from the artifacts linked with File › Link Contracts
            tr("Contract"),  // NameColumn
            tr("Creator"),   // CreatorColumn
            //: the transaction that deployed the contract
            tr("Creation transaction"),  // CreationTxColumn
            tr("Code size"),             // CodeSizeColumn
            //: the block the contract was deployed in
            tr("Created in block"),  // BlockColumn
        };
    });
}

QVariant ContractTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const devnet::ContractView& c = *rowAt(index.row());
    switch (role) {
        case AddressRole:
            return hexText(c.address);
        case CreationTxRole:
            return hexText(c.creationTx);
        case BlockRole:
            return QVariant::fromValue<qulonglong>(c.block);
        case Qt::ToolTipRole:
            switch (index.column()) {
                case AddressColumn:
                    return hexText(c.address);
                case CreatorColumn:
                    return hexText(c.creator);
                case CreationTxColumn:
                    return hexText(c.creationTx);
                case CodeSizeColumn:
                    return c.codeSize == 0 ? tr("No code: it self-destructed") : QString();
                case NameColumn:
                    return c.name.empty() ? tr("Unknown: link the project's build output with "
                                               "File › Link Contracts… to name it")
                                          : QString();
                default:
                    return {};
            }
        case Qt::TextAlignmentRole:
            if (index.column() == CodeSizeColumn || index.column() == BlockColumn)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::DisplayRole:
            break;
        default:
            return {};
    }
    switch (index.column()) {
        case AddressColumn:
            return hexText(c.address);
        case NameColumn:
            return QString::fromStdString(c.name);
        case CreatorColumn:
            return shortHex(hexText(c.creator));
        case CreationTxColumn:
            return shortHex(hexText(c.creationTx));
        case CodeSizeColumn:
            return tr("%n byte(s)", nullptr, static_cast<int>(c.codeSize));
        case BlockColumn:
            return QVariant::fromValue<qulonglong>(c.block);
        default:
            return {};
    }
}

}  // namespace ipc::ui
