#include "ipc/ui/transaction_table_model.h"

#include <QPointer>

#include "ipc/ui/explorer_format.h"

namespace ipc::ui {

TransactionTableModel::TransactionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TransactionTableModel::setSource(std::shared_ptr<TransactionSource> source,
                                      std::uint64_t tip) {
    beginResetModel();
    source_ = std::move(source);
    rows_.clear();
    top_ = tip;
    nextBlock_ = tip;
    more_ = source_ != nullptr;
    fetching_ = false;
    tipFetching_ = false;
    ++epoch_;
    endResetModel();
}

void TransactionTableModel::setTip(std::uint64_t tip) {
    if (source_ == nullptr || tip <= top_ || tipFetching_)
        return;
    if (tip - top_ > kPageBlocks) {
        // Too far behind to fill the gap in one read: start again from the tip.
        setSource(source_, tip);
        return;
    }
    tipFetching_ = true;
    QPointer<TransactionTableModel> guard(this);
    const std::uint64_t epoch = epoch_;
    source_->fetch(tip, SIZE_MAX, static_cast<std::size_t>(tip - top_),
                   [guard, epoch, tip](devnet::TransactionPage page) {
                       if (!guard.isNull())
                           guard->prependPage(epoch, tip, std::move(page));
                   });
}

void TransactionTableModel::prependPage(std::uint64_t epoch, std::uint64_t tip,
                                        devnet::TransactionPage page) {
    if (epoch != epoch_)
        return;
    tipFetching_ = false;
    top_ = tip;
    if (page.transactions.empty())
        return;
    beginInsertRows({}, 0, static_cast<int>(page.transactions.size()) - 1);
    rows_.insert(rows_.begin(), std::make_move_iterator(page.transactions.begin()),
                 std::make_move_iterator(page.transactions.end()));
    endInsertRows();
}

bool TransactionTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && more_ && !fetching_;
}

void TransactionTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    fetching_ = true;
    QPointer<TransactionTableModel> guard(this);
    const std::uint64_t epoch = epoch_;
    source_->fetch(nextBlock_, kPageTransactions, kPageBlocks,
                   [guard, epoch](devnet::TransactionPage page) {
                       if (!guard.isNull())
                           guard->appendPage(epoch, std::move(page));
                   });
}

void TransactionTableModel::appendPage(std::uint64_t epoch, devnet::TransactionPage page) {
    if (epoch != epoch_)
        return;
    fetching_ = false;
    more_ = page.more;
    nextBlock_ = page.nextBlock;
    if (!page.transactions.empty()) {
        const int first = static_cast<int>(rows_.size());
        beginInsertRows({}, first, first + static_cast<int>(page.transactions.size()) - 1);
        rows_.insert(rows_.end(), std::make_move_iterator(page.transactions.begin()),
                     std::make_move_iterator(page.transactions.end()));
        endInsertRows();
    }
}

const devnet::TransactionView* TransactionTableModel::transaction(int row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= rows_.size())
        return nullptr;
    return &rows_[static_cast<std::size_t>(row)];
}

int TransactionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int TransactionTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransactionTableModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case HashColumn:
            return tr("Hash");
        case BlockColumn:
            return tr("Block");
        case FromColumn:
            return tr("From");
        case ToColumn:
            return tr("To");
        case ValueColumn:
            return tr("Value");
        case GasUsedColumn:
            return tr("Gas used");
        case StatusColumn:
            return tr("Status");
        default:
            return {};
    }
}

QVariant TransactionTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const devnet::TransactionView& t = rows_[static_cast<std::size_t>(index.row())];
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
                        return hexText(*t.to);
                    return t.contractAddress
                               ? tr("Created contract %1").arg(hexText(*t.contractAddress))
                               : tr("A contract creation that failed: no contract was made");
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
            if (t.to)
                return shortHex(hexText(*t.to));
            //: the To cell of a transaction that deployed a contract: the contract's address
            return t.contractAddress
                       ? tr("contract creation → %1").arg(shortHex(hexText(*t.contractAddress)))
                       : tr("contract creation");
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
