// A flat table's column titles, listed once per model in column order: the horizontal header
// shows them, and everything else (other roles, the vertical header) is what
// QAbstractItemModel gives. The list is made on each call, so a language switch shows at once.
#pragma once

#include <QAbstractItemModel>
#include <QStringList>
#include <QVariant>

namespace ipc::ui {

// headerData of `model` whose horizontal titles `titles()` gives, in column order.
template <class Titles>
QVariant columnTitle(const QAbstractItemModel& model, int section, Qt::Orientation orientation,
                     int role, Titles titles) {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return model.QAbstractItemModel::headerData(section, orientation, role);
    const QStringList list = titles();
    if (section < 0 || section >= list.size())
        return {};
    return list[section];
}

}  // namespace ipc::ui
