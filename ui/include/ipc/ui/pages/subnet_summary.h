// SubnetSummary: the selected subnet's key facts under the hierarchy tree (id, chain id, parent,
// checkpoints, parent finality, relayer, supply), refreshed with every hierarchy snapshot.
#pragma once

#include <optional>

#include <QString>
#include <QWidget>

#include "ipc/devnet/views.h"

class QFormLayout;
class QLabel;
class QLineEdit;

namespace ipc::ui {

class SubnetSummary : public QWidget {
    Q_OBJECT
public:
    explicit SubnetSummary(QWidget* parent = nullptr);

    // Shows `subnetId` from `view`; an empty or unknown id shows a hint instead.
    void setSubnet(const devnet::HierarchyView* view, const QString& subnetId);
    // For tests: the value shown for a row, by its objectName ("summaryChainId", …).
    QString value(const QString& objectName) const;

private:
    QLabel* addRow(const QString& label, const char* objectName);

    QLabel* title_ = nullptr;
    QLabel* hint_ = nullptr;
    QWidget* details_ = nullptr;
    QFormLayout* form_ = nullptr;
    QLineEdit* id_ = nullptr;
    QLabel* chainId_ = nullptr;
    QLabel* parent_ = nullptr;
    QLabel* blockTime_ = nullptr;
    QLabel* validators_ = nullptr;
    QLabel* checkpoints_ = nullptr;
    QLabel* finality_ = nullptr;
    QLabel* relayer_ = nullptr;
    QLabel* mempool_ = nullptr;
    QLabel* supply_ = nullptr;
    QString selectedText_;
    std::optional<SubnetId> selected_;  // parsed once per selection, compared per snapshot
};

}  // namespace ipc::ui
