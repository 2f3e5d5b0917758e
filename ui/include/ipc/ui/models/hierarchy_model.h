// HierarchyModel: the subnet tree (root → subnets, as SubnetView::parent says) for the hierarchy
// dock. Fed with whole HierarchyView snapshots; it diffs them and emits dataChanged for rows that
// changed and inserts rows for new subnets, so views keep their selection and expansion.
#pragma once

#include <map>
#include <vector>

#include <QAbstractItemModel>
#include <QHash>
#include <QString>

#include "ipc/devnet/views.h"

namespace ipc::ui {

class HierarchyModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { SubnetColumn, StatusColumn, HeightColumn, ValidatorsColumn, ColumnCount };
    enum Role {
        SubnetIdRole = Qt::UserRole + 1,  // QString, "/r31337/t410f…"
        StatusRole,                       // int, devnet::SubnetStatus
        HeightRole,                       // qulonglong
        NameRole,                         // QString
        ParentIdRole,                     // QString, empty for the root
        ChainIdRole,                      // qulonglong
        RpcUrlRole,                       // QString, empty when not served
    };
    Q_ENUM(Role)

    explicit HierarchyModel(QObject* parent = nullptr);

    // Applies a snapshot: dataChanged for changed rows, inserted rows for new subnets. A subnet
    // missing from the snapshot (another hierarchy) resets the model.
    void setHierarchy(const devnet::HierarchyView& view);
    void clear();
    // The JSON-RPC endpoint serving a subnet, shown in its tooltip.
    void setRpcUrl(const QString& subnetId, const QString& url);

    QModelIndex indexOf(const QString& subnetId, int column = SubnetColumn) const;
    int subnetCount() const { return static_cast<int>(nodes_.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node {
        devnet::SubnetView view;
        QString id;
        QString parentId;
        QString rpcUrl;
        int parent = -1;  // index into nodes_
        int row = 0;      // row under its parent
        std::vector<int> children;
    };

    const Node* nodeAt(const QModelIndex& index) const;
    QModelIndex indexOfNode(int node, int column) const;
    void rebuild(const devnet::HierarchyView& view);
    void append(const devnet::SubnetView& subnet);
    QString tooltip(const Node& n) const;

    std::vector<Node> nodes_;
    std::vector<int> roots_;
    std::map<SubnetId, int> byId_;
    QHash<QString, int> byText_;
    QHash<QString, QString> rpcUrls_;  // kept across resets: endpoints outlive snapshots
};

}  // namespace ipc::ui
