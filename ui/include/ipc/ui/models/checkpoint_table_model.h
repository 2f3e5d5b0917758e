// CheckpointTableModel: the bottom-up checkpoints one subnet cut, newest first, read lazily in
// pages. Rows change after they are written (signatures arrive, the parent executes), so the
// owner marks them stale on every hierarchy update and the visible ones are read again.
#pragma once

#include <QObject>

#include "ipc/devnet/explorer_views.h"
#include "ipc/ui/models/lazy_table_model.h"

namespace ipc::ui {

using CheckpointSource = RowSource<devnet::CheckpointSummaryView>;

class CheckpointTableModel : public LazyTableModel<devnet::CheckpointSummaryView> {
    Q_OBJECT
public:
    enum Column {
        HeightColumn,
        HashColumn,
        MessagesColumn,
        WeightColumn,
        StageColumn,
        QuorumColumn,
        SubmittedColumn,
        ExecutedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        HeightRole = Qt::UserRole + 1,  // qulonglong
        HashRole,                       // QString
        StageRole,                      // int, protocol::CheckpointStage
        SignedWeightRole,               // qulonglong
        ThresholdRole,                  // qulonglong
        LoadedRole,                     // bool
    };
    Q_ENUM(Role)

    explicit CheckpointTableModel(QObject* parent = nullptr);

    void setCheckpoints(std::shared_ptr<CheckpointSource> source, std::uint64_t count);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "signing", "quorum", "submitted", "executed in parent", translated.
    static QString stageText(protocol::CheckpointStage stage);

protected:
    QVariant rowData(const devnet::CheckpointSummaryView& c, int column, int role) const override;
    QVariant loadingData(std::uint64_t key, int column, int role) const override;
};

}  // namespace ipc::ui
