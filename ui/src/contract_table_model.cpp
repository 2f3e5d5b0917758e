#include "ipc/ui/contract_table_model.h"

#include <algorithm>

#include <QPointer>

#include "ipc/ui/explorer_format.h"

namespace ipc::ui {

ContractTableModel::ContractTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ContractTableModel::setSource(std::shared_ptr<ContractSource> source, std::uint64_t tip) {
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

void ContractTableModel::setTip(std::uint64_t tip) {
    if (source_ == nullptr || tip <= top_ || tipFetching_)
        return;
    if (tip - top_ > kPageBlocks) {
        // Too far behind to fill the gap in one read: start again from the tip.
        setSource(source_, tip);
        return;
    }
    tipFetching_ = true;
    QPointer<ContractTableModel> guard(this);
    const std::uint64_t epoch = epoch_;
    source_->fetch(tip, SIZE_MAX, static_cast<std::size_t>(tip - top_),
                   [guard, epoch, tip](devnet::ContractPage page) {
                       if (!guard.isNull())
                           guard->prependPage(epoch, tip, std::move(page));
                   });
}

void ContractTableModel::prependPage(std::uint64_t epoch, std::uint64_t tip,
                                     devnet::ContractPage page) {
    if (epoch != epoch_)
        return;
    tipFetching_ = false;
    top_ = tip;
    if (page.contracts.empty())
        return;
    beginInsertRows({}, 0, static_cast<int>(page.contracts.size()) - 1);
    rows_.insert(rows_.begin(), page.contracts.begin(), page.contracts.end());
    endInsertRows();
}

bool ContractTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && more_ && !fetching_;
}

void ContractTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    fetchFrom(kBlocksPerFetch);
}

void ContractTableModel::fetchFrom(std::uint64_t blocksLeft) {
    fetching_ = true;
    QPointer<ContractTableModel> guard(this);
    const std::uint64_t epoch = epoch_;
    const auto blocks = static_cast<std::size_t>(std::min<std::uint64_t>(kPageBlocks, blocksLeft));
    source_->fetch(nextBlock_, kPageContracts, blocks,
                   [guard, epoch, blocksLeft, blocks](devnet::ContractPage page) {
                       if (!guard.isNull())
                           guard->appendPage(epoch, blocksLeft - blocks, std::move(page));
                   });
}

void ContractTableModel::appendPage(std::uint64_t epoch, std::uint64_t blocksLeft,
                                    devnet::ContractPage page) {
    if (epoch != epoch_)
        return;
    fetching_ = false;
    more_ = page.more;
    nextBlock_ = page.nextBlock;
    if (!page.contracts.empty()) {
        const int first = static_cast<int>(rows_.size());
        beginInsertRows({}, first, first + static_cast<int>(page.contracts.size()) - 1);
        rows_.insert(rows_.end(), page.contracts.begin(), page.contracts.end());
        endInsertRows();
        return;
    }
    // Nothing in these blocks: a view with no row to scroll would never ask again.
    if (more_ && blocksLeft > 0)
        fetchFrom(blocksLeft);
}

const devnet::ContractView* ContractTableModel::contract(int row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= rows_.size())
        return nullptr;
    return &rows_[static_cast<std::size_t>(row)];
}

int ContractTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ContractTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case AddressColumn:
            return tr("Address");
        case CreatorColumn:
            return tr("Creator");
        case CreationTxColumn:
            //: the transaction that deployed the contract
            return tr("Creation transaction");
        case CodeSizeColumn:
            return tr("Code size");
        case BlockColumn:
            //: the block the contract was deployed in
            return tr("Created in block");
        default:
            return {};
    }
}

QVariant ContractTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const devnet::ContractView& c = rows_[static_cast<std::size_t>(index.row())];
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
