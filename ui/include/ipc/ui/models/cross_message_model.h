// CrossMessageModel: the cross-net messages of one subnet (sent, received or passing through)
// with their kind, ends, value, tracing id, current stage, outcome and route. Rows are keyed by
// tracing id: a new snapshot updates rows in place and appends new messages.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QHash>

#include "ipc/devnet/explorer_views.h"

namespace ipc::ui {

class CrossMessageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TracingIdColumn,
        KindColumn,
        FromColumn,
        ToColumn,
        ValueColumn,
        StageColumn,
        OutcomeColumn,  // from the Result: Ok (and what it returned), ActorErr, SystemErr
        AgeColumn,      // virtual time since the message was committed (see setNow)
        RouteColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        TracingIdRole = Qt::UserRole + 1,  // QString
        StageRole,                         // int, devnet::MessageStage
    };
    Q_ENUM(Role)

    explicit CrossMessageModel(QObject* parent = nullptr);

    // `messages` oldest first (as makeCrossMessageViews gives them).
    void setMessages(std::vector<devnet::CrossMessageView> messages);
    void clear();
    // The hierarchy's virtual time, for the Age column (empty until set).
    void setNow(std::uint64_t timeMs);
    // The subnets' names ("beta-2"), used for From, To and Route instead of their ids.
    void setSubnetNames(const devnet::HierarchyView& view);
    // The name of `subnet` when known, else its shortened id.
    QString subnetText(const SubnetId& subnet) const;
    // "root → beta → beta-2" with the names set, else shortened ids.
    QString routeNames(const std::vector<SubnetId>& route) const;
    const devnet::CrossMessageView* message(int row) const;
    int rowOf(const QString& tracingId) const;

    // Translated stage and kind words.
    static QString stageText(devnet::MessageStage stage);
    static QString kindText(protocol::MsgKind kind);
    // "/r31337 → /r31337/t410f… → …", each subnet shortened.
    static QString routeText(const std::vector<SubnetId>& route);
    // How the destination ran `m`: its Result's outcome (a Result row: its own); empty until
    // the Result exists.
    static QString outcomeText(const devnet::CrossMessageView& m);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<devnet::CrossMessageView> rows_;
    QHash<QString, int> rowById_;
    std::optional<std::uint64_t> now_;
    QHash<QString, QString> names_;  // subnet id text → name
};

}  // namespace ipc::ui
