// BlockTableModel: the blocks of one subnet, newest first, read lazily in pages (see
// LazyTableModel) so a subnet with a million blocks lists as fast as a new one.
#pragma once

#include <QObject>

#include "ipc/devnet/views.h"
#include "ipc/ui/models/lazy_table_model.h"

namespace ipc::ui {

using BlockSource = RowSource<devnet::BlockView>;

class BlockTableModel : public LazyTableModel<devnet::BlockView> {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        TimeColumn,
        HashColumn,
        ProposerColumn,
        TransactionsColumn,
        GasUsedColumn,
        CommitColumn,
        IntervalColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        NumberRole = Qt::UserRole + 1,  // qulonglong, known before the row loads
        HashRole,                       // QString, full hex
        LoadedRole,                     // bool
    };
    Q_ENUM(Role)

    explicit BlockTableModel(QObject* parent = nullptr);

    // The blocks of a chain of `height` (blocks 0..height).
    void setBlocks(std::shared_ptr<BlockSource> source, std::uint64_t height);
    void setHeight(std::uint64_t height);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant rowData(const devnet::BlockView& block, int column, int role) const override;
    QVariant loadingData(std::uint64_t key, int column, int role) const override;
};

}  // namespace ipc::ui
