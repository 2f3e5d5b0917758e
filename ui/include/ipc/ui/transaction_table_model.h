// TransactionTableModel: the transactions of one subnet, newest first. Rows are read from the tip
// downwards a page at a time as the view scrolls (canFetchMore / fetchMore); with the tip
// followed, transactions of new blocks are added at the top.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include <QAbstractTableModel>

#include "ipc/devnet/explorer_views.h"

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

class TransactionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr std::size_t kPageTransactions = 200;
    static constexpr std::size_t kPageBlocks = 5000;

    enum Column {
        HashColumn,
        BlockColumn,
        FromColumn,
        ToColumn,
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

    // Starts over from block `tip` of a new source (null: empty).
    void setSource(std::shared_ptr<TransactionSource> source, std::uint64_t tip);
    // The chain grew to `tip`: transactions of the new blocks are read and added at the top.
    void setTip(std::uint64_t tip);
    const devnet::TransactionView* transaction(int row) const;
    bool isFetching() const { return fetching_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    void appendPage(std::uint64_t epoch, devnet::TransactionPage page);
    void prependPage(std::uint64_t epoch, std::uint64_t tip, devnet::TransactionPage page);

    std::shared_ptr<TransactionSource> source_;
    std::vector<devnet::TransactionView> rows_;
    std::uint64_t top_ = 0;        // newest block read
    std::uint64_t nextBlock_ = 0;  // where the next older page starts
    std::uint64_t epoch_ = 0;
    bool more_ = false;
    bool fetching_ = false;
    bool tipFetching_ = false;
};

}  // namespace ipc::ui
