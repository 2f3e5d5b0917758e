// The blocks table of one subnet: lazily read pages, newest first.
#include "ipc/ui/models/block_table_model.h"
#include "ipc/ui/models/column_titles.h"

#include "ipc/ui/format/subnet_format.h"
#include "ipc/ui/format/value_text.h"

namespace ipc::ui {

BlockTableModel::BlockTableModel(QObject* parent) : LazyTableModel(parent) {}

void BlockTableModel::setBlocks(std::shared_ptr<BlockSource> source, std::uint64_t height) {
    setSource(std::move(source), source ? height + 1 : 0);
}

void BlockTableModel::setHeight(std::uint64_t height) {
    setCount(height + 1);
}

int BlockTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlockTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnTitle(*this, section, orientation, role, [this] {
        return QStringList{
            tr("Block"),     // NumberColumn
            tr("Time"),      // TimeColumn
            tr("Hash"),      // HashColumn
            tr("Proposer"),  // ProposerColumn
            //: column: number of transactions in the block (short)
            tr("Txs"),       // TransactionsColumn
            tr("Gas used"),  // GasUsedColumn
            //: the validator power that signed the block's commit
            tr("Commit power"),  // CommitColumn
            tr("Interval"),      // IntervalColumn
        };
    });
}

QVariant BlockTableModel::rowData(const devnet::BlockView& b, int column, int role) const {
    if (role == NumberRole)
        return QVariant::fromValue<qulonglong>(b.number);
    if (role == HashRole)
        return hexText(b.hash);
    if (role == LoadedRole)
        return true;
    if (role == Qt::TextAlignmentRole) {
        if (column == NumberColumn || column == TransactionsColumn || column == GasUsedColumn ||
            column == IntervalColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == HashColumn)
            return hexText(b.hash);
        if (column == ProposerColumn)
            return hexText(b.proposer);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
        case NumberColumn:
            return QVariant::fromValue<qulonglong>(b.number);
        case TimeColumn:
            return virtualTimeText(b.timestampMs);
        case HashColumn:
            return shortHex(hexText(b.hash));
        case ProposerColumn:
            return b.number == 0 ? tr("genesis") : shortHex(hexText(b.proposer));
        case TransactionsColumn:
            return static_cast<int>(b.transactions.size());
        case GasUsedColumn:
            return QVariant::fromValue<qulonglong>(b.gasUsed);
        case CommitColumn:
            return b.number == 0 ? QString() : weightText(b.signedPower, b.totalPower);
        case IntervalColumn:
            return b.number == 0 ? QString() : formatDuration(b.intervalMs);
        default:
            return {};
    }
}

QVariant BlockTableModel::loadingData(std::uint64_t key, int column, int role) const {
    if (role == NumberRole)
        return QVariant::fromValue<qulonglong>(key);
    if (role == LoadedRole)
        return false;
    if (role == Qt::TextAlignmentRole && column == NumberColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (column == NumberColumn)
        return QVariant::fromValue<qulonglong>(key);
    if (column == HashColumn)
        return tr("loading…");
    return {};
}

}  // namespace ipc::ui
