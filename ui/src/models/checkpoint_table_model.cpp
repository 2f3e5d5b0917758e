// The checkpoints table of one subnet: lazily read pages, newest first, with their stages.
#include "ipc/ui/models/checkpoint_table_model.h"
#include "ipc/ui/models/column_titles.h"

#include "ipc/ui/format/value_text.h"

namespace ipc::ui {

namespace {

QVariant optionalHeight(const std::optional<std::uint64_t>& h) {
    if (!h)
        return {};
    return QVariant::fromValue<qulonglong>(*h);
}

}  // namespace

CheckpointTableModel::CheckpointTableModel(QObject* parent) : LazyTableModel(parent) {}

void CheckpointTableModel::setCheckpoints(std::shared_ptr<CheckpointSource> source,
                                          std::uint64_t count) {
    setSource(std::move(source), count);
}

int CheckpointTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CheckpointTableModel::stageText(protocol::CheckpointStage stage) {
    switch (stage) {
        case protocol::CheckpointStage::Signing:
            return tr("signing");
        case protocol::CheckpointStage::Quorum:
            return tr("quorum");
        case protocol::CheckpointStage::Submitted:
            return tr("submitted");
        case protocol::CheckpointStage::Executed:
            return tr("executed in parent");
        case protocol::CheckpointStage::Cut:
            break;  // names the event of a new checkpoint, never a checkpoint's stage
    }
    return {};
}

QVariant CheckpointTableModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    return columnTitle(*this, section, orientation, role, [this] {
        return QStringList{
            tr("Height"),    // HeightColumn
            tr("Hash"),      // HashColumn
            tr("Messages"),  // MessagesColumn
            //: signed weight against the quorum threshold
            tr("Signed weight"),  // WeightColumn
            tr("Status"),         // StageColumn
            tr("Quorum at"),      // QuorumColumn
            //: parent height where the relayer submitted the checkpoint
            tr("Submitted (parent)"),  // SubmittedColumn
            tr("Executed (parent)"),   // ExecutedColumn
        };
    });
}

QVariant CheckpointTableModel::rowData(const devnet::CheckpointSummaryView& c, int column,
                                       int role) const {
    switch (role) {
        case HeightRole:
            return QVariant::fromValue<qulonglong>(c.height);
        case HashRole:
            return hexText(c.hash);
        case StageRole:
            return static_cast<int>(c.stage);
        case SignedWeightRole:
            return QVariant::fromValue<qulonglong>(c.signedWeight);
        case ThresholdRole:
            return QVariant::fromValue<qulonglong>(c.threshold);
        case LoadedRole:
            return true;
        case Qt::ToolTipRole:
            return column == HashColumn ? QVariant(hexText(c.hash)) : QVariant();
        case Qt::TextAlignmentRole:
            if (column == HeightColumn || column == MessagesColumn || column == QuorumColumn ||
                column == SubmittedColumn || column == ExecutedColumn) {
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            }
            return {};
        case Qt::DisplayRole:
            break;
        default:
            return {};
    }
    switch (column) {
        case HeightColumn:
            return QVariant::fromValue<qulonglong>(c.height);
        case HashColumn:
            return shortHex(hexText(c.hash));
        case MessagesColumn:
            return static_cast<int>(c.messages);
        case WeightColumn:
            //: signed weight / quorum threshold
            return tr("%1 / %2").arg(c.signedWeight).arg(c.threshold);
        case StageColumn:
            return stageText(c.stage);
        case QuorumColumn:
            return optionalHeight(c.quorumHeight);
        case SubmittedColumn:
            return optionalHeight(c.submittedParentHeight);
        case ExecutedColumn:
            return optionalHeight(c.executedParentHeight);
        default:
            return {};
    }
}

QVariant CheckpointTableModel::loadingData(std::uint64_t, int column, int role) const {
    if (role == LoadedRole)
        return false;
    if (role == Qt::DisplayRole && column == HashColumn)
        return tr("loading…");
    return {};
}

}  // namespace ipc::ui
