// The cross-net messages table of one subnet: sent, received or passing through.
#include "ipc/ui/models/cross_message_model.h"
#include "ipc/ui/models/column_titles.h"

#include <QStringList>

#include "ipc/ui/format/subnet_format.h"
#include "ipc/ui/format/value_text.h"
#include "ipc/ui/transfer/message_text.h"

namespace ipc::ui {

CrossMessageModel::CrossMessageModel(QObject* parent) : QAbstractTableModel(parent) {}

void CrossMessageModel::setMessages(std::vector<devnet::CrossMessageView> messages) {
    // Anything but "same rows, maybe more at the end" (a replaced hierarchy, the oldest rows
    // cut by the limit) starts over.
    bool appendOnly = messages.size() >= rows_.size();
    for (std::size_t i = 0; appendOnly && i < rows_.size(); ++i)
        appendOnly = messages[i].tracingId == rows_[i].tracingId;
    if (!appendOnly) {
        beginResetModel();
        rows_ = std::move(messages);
        rowById_.clear();
        for (std::size_t i = 0; i < rows_.size(); ++i)
            rowById_.insert(hexText(rows_[i].tracingId), static_cast<int>(i));
        endResetModel();
        return;
    }
    const std::size_t old = rows_.size();
    for (std::size_t i = 0; i < old; ++i)
        rows_[i] = std::move(messages[i]);
    if (old > 0)
        emit dataChanged(index(0, 0), index(static_cast<int>(old) - 1, ColumnCount - 1));
    if (messages.size() > old) {
        beginInsertRows({}, static_cast<int>(old), static_cast<int>(messages.size()) - 1);
        for (std::size_t i = old; i < messages.size(); ++i) {
            rowById_.insert(hexText(messages[i].tracingId), static_cast<int>(i));
            rows_.push_back(std::move(messages[i]));
        }
        endInsertRows();
    }
}

void CrossMessageModel::clear() {
    setMessages({});
}

void CrossMessageModel::setSubnetNames(const devnet::HierarchyView& view) {
    QHash<QString, QString> names;
    for (const auto& s : view.subnets)
        names.insert(subnetIdText(s.id), QString::fromStdString(s.name));
    if (names == names_)
        return;
    names_ = std::move(names);
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString CrossMessageModel::subnetText(const SubnetId& subnet) const {
    const QString id = subnetIdText(subnet);
    const auto it = names_.constFind(id);
    return it != names_.constEnd() && !it->isEmpty() ? *it : shortSubnetId(id);
}

QString CrossMessageModel::routeNames(const std::vector<SubnetId>& route) const {
    QStringList parts;
    for (const auto& s : route)
        parts << subnetText(s);
    return parts.join(QStringLiteral(" → "));
}

void CrossMessageModel::setNow(std::uint64_t timeMs) {
    if (now_ == timeMs)
        return;
    now_ = timeMs;
    if (!rows_.empty())
        emit dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn));
}

const devnet::CrossMessageView* CrossMessageModel::message(int row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= rows_.size())
        return nullptr;
    return &rows_[static_cast<std::size_t>(row)];
}

int CrossMessageModel::rowOf(const QString& tracingId) const {
    return rowById_.value(tracingId.toLower(), -1);
}

QString CrossMessageModel::stageText(devnet::MessageStage stage) {
    switch (stage) {
        case devnet::MessageStage::Committed:
            return tr("committed");
        case devnet::MessageStage::InCheckpoint:
            return tr("in checkpoint");
        case devnet::MessageStage::Quorum:
            return tr("checkpoint quorum");
        case devnet::MessageStage::SubmittedToParent:
            return tr("submitted to parent");
        case devnet::MessageStage::ExecutedInParent:
            return tr("executed in parent");
        case devnet::MessageStage::CommittedTopDown:
            return tr("committed top-down");
        case devnet::MessageStage::Delivered:
            return tr("delivered");
        case devnet::MessageStage::Failed:
            return tr("failed");
        case devnet::MessageStage::ReceiptReturned:
            return tr("receipt returned");
    }
    return {};
}

QString CrossMessageModel::kindText(protocol::MsgKind kind) {
    switch (kind) {
        case protocol::MsgKind::Transfer:
            //: message kind: a cross-net message that moves value
            return tr("transfer");
        case protocol::MsgKind::Call:
            //: message kind: a cross-net message that calls a contract
            return tr("call");
        case protocol::MsgKind::Result:
            //: a receipt message answering an earlier cross-net message
            return tr("result");
    }
    return {};
}

QString CrossMessageModel::routeText(const std::vector<SubnetId>& route) {
    QStringList parts;
    for (const auto& s : route)
        parts << shortSubnetId(subnetIdText(s));
    return parts.join(QStringLiteral(" → "));
}

QString CrossMessageModel::outcomeText(const devnet::CrossMessageView& m) {
    if (m.result)
        return MessageText::outcomeText(*m.result, m.resultText);
    if (m.reply)
        return MessageText::outcomeText(*m.reply, m.replyText);
    return {};
}

int CrossMessageModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CrossMessageModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CrossMessageModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnTitle(*this, section, orientation, role, [this] {
        return QStringList{
            tr("Tracing id"),  // TracingIdColumn
            tr("Kind"),        // KindColumn
            tr("From"),        // FromColumn
            tr("To"),          // ToColumn
            tr("Value"),       // ValueColumn
            tr("Stage"),       // StageColumn
            //: column: how the destination ran the message (Ok, ActorErr, SystemErr)
            tr("Outcome"),  // OutcomeColumn
            //: column: virtual time since the message was created
            tr("Age"),    // AgeColumn
            tr("Route"),  // RouteColumn
        };
    });
}

QVariant CrossMessageModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const devnet::CrossMessageView& m = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case TracingIdRole:
            return hexText(m.tracingId);
        case StageRole:
            return static_cast<int>(m.stage);
        case Qt::ToolTipRole:
            switch (index.column()) {
                case TracingIdColumn:
                    return hexText(m.tracingId);
                case FromColumn:
                    return subnetIdText(m.from.subnet) + QLatin1Char(':') + hexText(m.from.raw);
                case ToColumn:
                    return subnetIdText(m.to.subnet) + QLatin1Char(':') + hexText(m.to.raw);
                case OutcomeColumn: {
                    // The whole return or revert data, which the column shortens.
                    const auto& r = m.result ? m.result : m.reply;
                    if (!r)
                        return {};
                    return r->ret.empty() ? outcomeText(m)
                                          : outcomeText(m) + QLatin1Char('\n') +
                                                QString::fromStdString(toHex(r->ret));
                }
                default:
                    return {};
            }
        case Qt::TextAlignmentRole:
            if (index.column() == ValueColumn)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::DisplayRole:
            break;
        default:
            return {};
    }
    switch (index.column()) {
        case TracingIdColumn:
            return shortHex(hexText(m.tracingId));
        case KindColumn:
            return kindText(m.kind);
        case FromColumn:
            //: a cross-net address: the subnet's name and the start of the account
            return tr("%1: %2").arg(subnetText(m.from.subnet), shortHex(hexText(m.from.raw)));
        case ToColumn:
            return tr("%1: %2").arg(subnetText(m.to.subnet), shortHex(hexText(m.to.raw)));
        case ValueColumn:
            return tokenText(m.value);
        case StageColumn:
            return stageText(m.stage);
        case OutcomeColumn:
            return outcomeText(m);
        case AgeColumn:
            return now_ ? formatDuration(*now_ >= m.createdMs ? *now_ - m.createdMs : 0)
                        : QString();
        case RouteColumn:
            return routeNames(m.route);
        default:
            return {};
    }
}

}  // namespace ipc::ui
