// MessageProgressView: one cross-net transfer, hop by hop. A sentence says where it is and what
// it waits for; below, every step of every hop (submitted → included → in checkpoint → quorum →
// relayed → executed in parent, or queued top-down → parent finality) with the subnet, height,
// virtual time and the trace's detail (local nonce, checkpoint), then the arrival and the
// receipt's own way back. The transfer wizard's last page and the Messages view show it.
#pragma once

#include <QString>
#include <QWidget>

#include "ipc/devnet/views.h"

class QLabel;
class QTreeWidget;

namespace ipc::ui {

struct TrackedTransfer;

class MessageProgressView : public QWidget {
    Q_OBJECT
public:
    enum Column { StepColumn, SubnetColumn, HeightColumn, TimeColumn, DetailColumn };
    Q_ENUM(Column)

    explicit MessageProgressView(QWidget* parent = nullptr);

    // Shows `transfer` (null: nothing). `view` names the subnets.
    void setTransfer(const TrackedTransfer* transfer, const devnet::HierarchyView* view);
    // A line in place of the steps (submitting, refused).
    void setMessage(const QString& title, const QString& text, bool error = false);

    QString title() const;
    QString waitText() const;
    QTreeWidget* steps() const { return tree_; }
    // Steps done so far, across the list (for tests and the title's count).
    int doneSteps() const { return done_; }
    int totalSteps() const { return total_; }

private:
    QLabel* title_ = nullptr;
    QLabel* where_ = nullptr;
    QTreeWidget* tree_ = nullptr;
    int done_ = 0;
    int total_ = 0;
};

}  // namespace ipc::ui
