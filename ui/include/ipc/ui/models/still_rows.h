// StillRows: holds a newest-first table still while new rows arrive at its top. With "Follow
// tip" off the rows keep coming (Ctrl+Home reaches the newest) but the rows on screen stay
// where they are: the top row is remembered counted from the bottom, which new rows never move.
#pragma once

#include <QObject>

class QTableView;

namespace ipc::ui {

class StillRows : public QObject {
    Q_OBJECT
public:
    explicit StillRows(QTableView* table);

    // From now on the rows on screen stay put as rows are inserted above them.
    void hold();
    // New rows show at the top again (the view is not moved).
    void release();
    bool holding() const { return holding_; }

private:
    int topRow() const;
    void remember();
    void restore();

    QTableView* table_;
    bool holding_ = false;
    bool restoring_ = false;
    int fromBottom_ = -1;  // rowCount() minus the top row; -1: nothing to keep
};

}  // namespace ipc::ui
