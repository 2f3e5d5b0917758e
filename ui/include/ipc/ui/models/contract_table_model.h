// ContractTableModel: the contracts deployed on one subnet by creation transactions, newest
// first (address, name when a linked project knows its code, creator, creation transaction, code
// size, creation block), read from the tip downwards a page at a time like the transactions
// (TipPagedModel).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "ipc/devnet/explorer_views.h"
#include "ipc/ui/models/tip_paged_model.h"

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

// The paging base with this model's row, page and source types.
using ContractPager = TipPagedModel<devnet::ContractView, devnet::ContractPage, ContractSource,
                                    &devnet::ContractPage::contracts>;

class ContractTableModel : public ContractPager {
    Q_OBJECT
public:
    static constexpr std::size_t kPageContracts = 100;
    static constexpr std::size_t kPageBlocks = 5000;
    // A fetchMore reads at most this many blocks while it finds no contract (contracts are
    // rare: most pages of a long history hold none).
    static constexpr std::uint64_t kBlocksPerFetch = 50000;

    enum Column {
        AddressColumn,
        NameColumn,
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

    const devnet::ContractView* contract(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

}  // namespace ipc::ui
