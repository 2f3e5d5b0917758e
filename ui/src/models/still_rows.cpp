// Holds a newest-first table still while new rows arrive at its top.
#include "ipc/ui/models/still_rows.h"

#include <QAbstractItemModel>
#include <QScrollBar>
#include <QTableView>

namespace ipc::ui {

StillRows::StillRows(QTableView* table) : QObject(table), table_(table) {
    QScrollBar* bar = table_->verticalScrollBar();
    // The user scrolled (or restore() did): that is the place to keep.
    connect(bar, &QScrollBar::valueChanged, this, [this] {
        if (holding_)
            remember();
    });
    // Inserted rows are laid out later; the scroll range changes once they are.
    connect(bar, &QScrollBar::rangeChanged, this, [this] { restore(); });
    QAbstractItemModel* model = table_->model();
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex& parent, int first) {
                if (!parent.isValid() && first == 0)
                    restore();
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { fromBottom_ = -1; });
}

void StillRows::hold() {
    holding_ = true;
    remember();
}

void StillRows::release() {
    holding_ = false;
    fromBottom_ = -1;
}

int StillRows::topRow() const {
    // Per item the scroll value is the top row, also while inserted rows wait for their layout
    // (rowAt() is stale then).
    if (table_->verticalScrollMode() == QAbstractItemView::ScrollPerItem)
        return table_->model()->rowCount() > 0 ? table_->verticalScrollBar()->value() : -1;
    return table_->rowAt(0);
}

void StillRows::remember() {
    if (restoring_)
        return;  // our own scrolling, possibly clamped by a range not yet grown
    const int top = topRow();
    fromBottom_ = top < 0 ? -1 : table_->model()->rowCount() - top;
}

void StillRows::restore() {
    if (!holding_ || fromBottom_ < 0 || restoring_)
        return;
    const int row = table_->model()->rowCount() - fromBottom_;
    if (row < 0 || topRow() == row)
        return;
    // A range too short for `row` clamps the value; rangeChanged comes back here once it grows.
    restoring_ = true;
    if (table_->verticalScrollMode() == QAbstractItemView::ScrollPerItem)
        table_->verticalScrollBar()->setValue(row);
    else
        table_->scrollTo(table_->model()->index(row, 0), QAbstractItemView::PositionAtTop);
    restoring_ = false;
}

}  // namespace ipc::ui
