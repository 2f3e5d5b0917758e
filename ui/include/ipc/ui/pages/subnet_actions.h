// What can be done to a subnet from the window: create a child (the create-subnet dialog), fund
// it or release from it (the amount dialog), join it as a validator, stake, unstake, leave or
// kill it (the validator dialog, sending IPC's ABI calls to its subnet actor from a wallet
// account), open its JSON-RPC endpoint, copy its id. The same commands serve the Subnet menu
// (acting on the selected subnet) and the right-click menu of the hierarchy tree and graph cards
// (acting on the subnet under the pointer).
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "ipc/ui/bridge/devnet_bridge.h"
#include "ipc/ui/dialogs/validator_dialog.h"

class QAction;
class QMenu;
class QWidget;

namespace ipc::ui {

class CreateSubnetDialog;
class FundDialog;
class HierarchyModel;

class SubnetActions : public QObject {
    Q_OBJECT
public:
    SubnetActions(DevnetBridge* bridge, HierarchyModel* model, QWidget* window);

    // For the Subnet menu, in menu order.
    QList<QAction*> actions() const;
    // The subnet the menu actions act on (the selection); empty when none.
    void setCurrentSubnet(const QString& subnetId);
    QString currentSubnet() const { return current_; }
    // A right-click menu for one subnet; the caller shows it (popup) and it deletes itself.
    QMenu* menuFor(const QString& subnetId, QWidget* parent);

    // The dialogs open window-modal (no nested event loop) and delete themselves on close.
    CreateSubnetDialog* createChild(const QString& parentId);
    FundDialog* fund(const QString& subnetId);
    FundDialog* release(const QString& subnetId);
    ValidatorDialog* validatorAction(ValidatorDialog::Action action, const QString& subnetId);
    void openRpcUrl(const QString& subnetId);
    void copySubnetId(const QString& subnetId);

signals:
    // For the status bar.
    void message(const QString& text, int timeoutMs);
    // The engine queued a new subnet (it appears in views once it bootstraps).
    void subnetCreated(const QString& subnetId);

private:
    void updateActions();
    QString nameOf(const QString& subnetId) const;
    QString parentOf(const QString& subnetId) const;
    QString rpcUrlOf(const QString& subnetId) const;
    FundDialog* openFundDialog(bool fund, const QString& subnetId);

    DevnetBridge* bridge_;
    HierarchyModel* model_;
    QPointer<QWidget> window_;
    QString current_;
    QAction* createChild_ = nullptr;
    QAction* fund_ = nullptr;
    QAction* release_ = nullptr;
    QAction* join_ = nullptr;
    QAction* stake_ = nullptr;
    QAction* unstake_ = nullptr;
    QAction* leave_ = nullptr;
    QAction* kill_ = nullptr;
    QAction* openRpc_ = nullptr;
    QAction* copyId_ = nullptr;
};

}  // namespace ipc::ui
