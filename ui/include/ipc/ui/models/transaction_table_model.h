// TransactionTableModel: the transactions of one subnet, newest first, read from the tip downwards
// a page at a time as the view scrolls; with the tip followed, transactions of new blocks are
// added at the top (TipPagedModel).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "ipc/devnet/explorer_views.h"
#include "ipc/ui/models/tip_paged_model.h"

namespace ipc::ui {

class TransactionSource {
public:
    using Done = std::function<void(devnet::TransactionPage)>;
    virtual ~TransactionSource() = default;
    // Like devnet::makeTransactionPage: from `fromBlock` down; `done` runs later on the UI
    // thread, or never when the hierarchy was replaced.
    virtual void fetch(std::uint64_t fromBlock, std::size_t maxTransactions, std::size_t maxBlocks,
                       Done done) = 0;
};

// The paging base with this model's row, page and source types.
using TransactionPager = TipPagedModel<devnet::TransactionView, devnet::TransactionPage,
                                       TransactionSource, &devnet::TransactionPage::transactions>;

class TransactionTableModel : public TransactionPager {
    Q_OBJECT
public:
    static constexpr std::size_t kPageTransactions = 200;
    static constexpr std::size_t kPageBlocks = 5000;
    // A fetchMore reads at most this many blocks while it finds no transaction.
    static constexpr std::uint64_t kBlocksPerFetch = 50000;

    enum Column {
        HashColumn,
        BlockColumn,
        FromColumn,
        ToColumn,
        MethodColumn,
        ValueColumn,
        GasUsedColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        HashRole = Qt::UserRole + 1,  // QString
        BlockRole,                    // qulonglong
    };
    Q_ENUM(Role)

    explicit TransactionTableModel(QObject* parent = nullptr);

    const devnet::TransactionView* transaction(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

}  // namespace ipc::ui
