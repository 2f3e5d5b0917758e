// ContractTableModel: the contracts deployed on one subnet by creation transactions, newest
// first (address, creator, creation transaction, code size, creation block). Like the
// transactions, rows are read from the tip downwards a page at a time (canFetchMore /
// fetchMore), never the whole history at once; contracts of new blocks are added at the top.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include <QAbstractTableModel>

#include "ipc/devnet/explorer_views.h"

namespace ipc::ui {

class ContractSource {
public:
    using Done = std::function<void(devnet::ContractPage)>;
    virtual ~ContractSource() = default;
    // Like devnet::makeContractPage: from `fromBlock` down; `done` runs later on the UI thread,
    // or never when the hierarchy was replaced.
    virtual void fetch(std::uint64_t fromBlock, std::size_t maxContracts, std::size_t maxBlocks,
                       Done done) = 0;
};

class ContractTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr std::size_t kPageContracts = 100;
    static constexpr std::size_t kPageBlocks = 5000;
    // A fetchMore goes on reading older pages by itself until it found a contract or read this
    // many blocks (contracts are rare: most pages of a long history hold none).
    static constexpr std::uint64_t kBlocksPerFetch = 50000;

    enum Column {
        AddressColumn,
        CreatorColumn,
        CreationTxColumn,
        CodeSizeColumn,
        BlockColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        AddressRole = Qt::UserRole + 1,  // QString, full hex
        CreationTxRole,                  // QString, full hex
        BlockRole,                       // qulonglong
    };
    Q_ENUM(Role)

    explicit ContractTableModel(QObject* parent = nullptr);

    // Starts over from block `tip` of a new source (null: empty).
    void setSource(std::shared_ptr<ContractSource> source, std::uint64_t tip);
    // The chain grew to `tip`: contracts of the new blocks are read and added at the top.
    void setTip(std::uint64_t tip);
    const devnet::ContractView* contract(int row) const;
    bool isFetching() const { return fetching_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    void fetchFrom(std::uint64_t blocksLeft);
    void appendPage(std::uint64_t epoch, std::uint64_t blocksLeft, devnet::ContractPage page);
    void prependPage(std::uint64_t epoch, std::uint64_t tip, devnet::ContractPage page);

    std::shared_ptr<ContractSource> source_;
    std::vector<devnet::ContractView> rows_;
    std::uint64_t top_ = 0;        // newest block read
    std::uint64_t nextBlock_ = 0;  // where the next older page starts
    std::uint64_t epoch_ = 0;
    bool more_ = false;
    bool fetching_ = false;
    bool tipFetching_ = false;
};

}  // namespace ipc::ui
