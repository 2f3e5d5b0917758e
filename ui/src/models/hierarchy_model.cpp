// The subnet tree model (root, then subnets) behind the hierarchy tree.
#include "ipc/ui/models/hierarchy_model.h"

#include <algorithm>

#include <QLocale>

#include "ipc/ui/format/subnet_format.h"
#include "ipc/ui/format/value_text.h"

namespace ipc::ui {

namespace {

// The columns whose text a changed field touches.
struct Changed {
    int first = HierarchyModel::ColumnCount;
    int last = -1;
    void mark(int column) {
        first = std::min(first, column);
        last = std::max(last, column);
    }
    bool any() const { return last >= 0; }
};

}  // namespace

HierarchyModel::HierarchyModel(QObject* parent) : QAbstractItemModel(parent) {}

const HierarchyModel::Node* HierarchyModel::nodeAt(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto i = static_cast<std::size_t>(index.internalId());
    return i < nodes_.size() ? &nodes_[i] : nullptr;
}

QModelIndex HierarchyModel::indexOfNode(int node, int column) const {
    if (node < 0 || node >= static_cast<int>(nodes_.size()))
        return {};
    return createIndex(nodes_[static_cast<std::size_t>(node)].row, column,
                       static_cast<quintptr>(node));
}

QModelIndex HierarchyModel::indexOf(const QString& subnetId, int column) const {
    const auto it = byText_.constFind(subnetId);
    return it == byText_.cend() ? QModelIndex() : indexOfNode(*it, column);
}

QModelIndex HierarchyModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int>* rows = &roots_;
    if (parent.isValid()) {
        const Node* p = nodeAt(parent);
        if (p == nullptr || parent.column() != 0)
            return {};
        rows = &p->children;
    }
    if (row >= static_cast<int>(rows->size()))
        return {};
    return indexOfNode((*rows)[static_cast<std::size_t>(row)], column);
}

QModelIndex HierarchyModel::parent(const QModelIndex& child) const {
    const Node* n = nodeAt(child);
    if (n == nullptr || n->parent < 0)
        return {};
    return indexOfNode(n->parent, 0);
}

int HierarchyModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(roots_.size());
    if (parent.column() != 0)
        return 0;
    const Node* n = nodeAt(parent);
    return n == nullptr ? 0 : static_cast<int>(n->children.size());
}

int HierarchyModel::columnCount(const QModelIndex& /*parent*/) const {
    return ColumnCount;
}

QString HierarchyModel::tooltip(const Node& n) const {
    QString text = QStringLiteral("<b>%1</b><table>").arg(QString::fromStdString(n.view.name));
    const auto row = [&](const QString& label, const QString& value) {
        text += QStringLiteral("<tr><td>%1</td><td><tt>%2</tt></td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Subnet id"), n.id);
    row(tr("Chain id"), QString::number(n.view.chainId));
    if (!n.rpcUrl.isEmpty())
        row(tr("RPC URL"), n.rpcUrl);
    text += QStringLiteral("</table>");
    return text;
}

QVariant HierarchyModel::data(const QModelIndex& index, int role) const {
    const Node* n = nodeAt(index);
    if (n == nullptr)
        return {};
    const devnet::SubnetView& v = n->view;
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case SubnetColumn:
                    return QString::fromStdString(v.name);
                case StatusColumn:
                    return statusText(v.status);
                case HeightColumn:
                    return QLocale().toString(static_cast<qulonglong>(v.height));
                case ValidatorsColumn:
                    //: validators online / validators in the set, e.g. "3/4"
                    return tr("%1/%2").arg(v.validatorsOnline).arg(v.validatorsTotal);
                default:
                    return {};
            }
        case Qt::DecorationRole:
            if (index.column() == StatusColumn)
                return statusIcon(v.status);
            return {};
        case Qt::ToolTipRole:
            switch (index.column()) {
                case SubnetColumn:
                    return tooltip(*n);
                case ValidatorsColumn:
                    return tr("%1 of %2 validators online")
                        .arg(v.validatorsOnline)
                        .arg(v.validatorsTotal);
                default:
                    return {};
            }
        case Qt::TextAlignmentRole:
            if (index.column() == HeightColumn || index.column() == ValidatorsColumn)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case SubnetIdRole:
            return n->id;
        case StatusRole:
            return static_cast<int>(v.status);
        case HeightRole:
            return static_cast<qulonglong>(v.height);
        case NameRole:
            return QString::fromStdString(v.name);
        case ParentIdRole:
            return n->parentId;
        case ChainIdRole:
            return static_cast<qulonglong>(v.chainId);
        case RpcUrlRole:
            return n->rpcUrl;
        default:
            return {};
    }
}

QVariant HierarchyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == HeightColumn || section == ValidatorsColumn)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
        case SubnetColumn:
            return tr("Subnet");
        case StatusColumn:
            return tr("Status");
        case HeightColumn:
            return tr("Height");
        case ValidatorsColumn:
            return tr("Validators");
        default:
            return {};
    }
}

Qt::ItemFlags HierarchyModel::flags(const QModelIndex& index) const {
    if (nodeAt(index) == nullptr)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> HierarchyModel::roleNames() const {
    auto names = QAbstractItemModel::roleNames();
    names.insert(SubnetIdRole, "subnetId");
    names.insert(StatusRole, "status");
    names.insert(HeightRole, "height");
    names.insert(NameRole, "name");
    names.insert(ParentIdRole, "parentId");
    names.insert(ChainIdRole, "chainId");
    names.insert(RpcUrlRole, "rpcUrl");
    return names;
}

void HierarchyModel::append(const devnet::SubnetView& subnet) {
    Node n;
    n.view = subnet;
    n.id = subnetIdText(subnet.id);
    n.rpcUrl = rpcUrls_.value(n.id);
    if (subnet.parent) {
        const auto p = byId_.find(*subnet.parent);
        if (p != byId_.end()) {
            n.parent = p->second;
            n.parentId = nodes_[static_cast<std::size_t>(p->second)].id;
        }
    }
    const int self = static_cast<int>(nodes_.size());
    std::vector<int>& siblings =
        n.parent < 0 ? roots_ : nodes_[static_cast<std::size_t>(n.parent)].children;
    n.row = static_cast<int>(siblings.size());
    siblings.push_back(self);
    byId_.emplace(subnet.id, self);
    byText_.insert(n.id, self);
    nodes_.push_back(std::move(n));
}

void HierarchyModel::rebuild(const devnet::HierarchyView& view) {
    beginResetModel();
    nodes_.clear();
    roots_.clear();
    byId_.clear();
    byText_.clear();
    for (const auto& s : view.subnets)
        append(s);
    endResetModel();
}

void HierarchyModel::clear() {
    if (nodes_.empty())
        return;
    rebuild({});
}

void HierarchyModel::setHierarchy(const devnet::HierarchyView& view) {
    // Subnets are never removed from a running hierarchy; a missing one means another hierarchy.
    std::size_t known = 0;
    for (const auto& s : view.subnets)
        known += byId_.count(s.id);
    if (known != nodes_.size()) {
        rebuild(view);
        return;
    }
    for (const auto& s : view.subnets) {
        const auto it = byId_.find(s.id);
        if (it == byId_.end()) {
            // Parents come before children in a view, so the parent row exists already.
            int parentNode = -1;
            if (s.parent) {
                const auto p = byId_.find(*s.parent);
                parentNode = p == byId_.end() ? -1 : p->second;
            }
            const QModelIndex parentIndex = indexOfNode(parentNode, 0);
            const int row = parentNode < 0
                                ? static_cast<int>(roots_.size())
                                : static_cast<int>(
                                      nodes_[static_cast<std::size_t>(parentNode)].children.size());
            beginInsertRows(parentIndex, row, row);
            append(s);
            endInsertRows();
            continue;
        }
        Node& n = nodes_[static_cast<std::size_t>(it->second)];
        const devnet::SubnetView& old = n.view;
        Changed changed;
        if (old.name != s.name || old.chainId != s.chainId)
            changed.mark(SubnetColumn);
        if (old.status != s.status)
            changed.mark(StatusColumn);
        if (old.height != s.height)
            changed.mark(HeightColumn);
        if (old.validatorsOnline != s.validatorsOnline || old.validatorsTotal != s.validatorsTotal)
            changed.mark(ValidatorsColumn);
        n.view = s;
        if (changed.any()) {
            emit dataChanged(indexOfNode(it->second, changed.first),
                             indexOfNode(it->second, changed.last));
        }
    }
}

void HierarchyModel::setRpcUrl(const QString& subnetId, const QString& url) {
    rpcUrls_.insert(subnetId, url);
    const auto it = byText_.constFind(subnetId);
    if (it == byText_.cend())
        return;
    Node& n = nodes_[static_cast<std::size_t>(*it)];
    if (n.rpcUrl == url)
        return;
    n.rpcUrl = url;
    const QModelIndex idx = indexOfNode(*it, SubnetColumn);
    emit dataChanged(idx, idx, {Qt::ToolTipRole, RpcUrlRole});
}

}  // namespace ipc::ui
