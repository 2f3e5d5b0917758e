// The create-subnet dialog: IPC's subnet parameters with defaults taken from the parent, checked
// as they are typed (an inline message names the first problem and Create stays disabled), then
// handed on as a devnet::NewSubnet. The dialog stays open while the engine works, and shows the
// new subnet's id and chain id, or the engine's refusal.
#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QString>
#include <QStringList>

#include "ipc/devnet/engine_values.h"
#include "ipc/devnet/views.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ipc::ui {

// What the form holds, before it becomes a NewSubnet. Amounts are FIL as typed.
struct SubnetForm {
    Q_DECLARE_TR_FUNCTIONS(SubnetForm)
public:
    QString parentId;
    QString name;
    int minValidators = 1;
    QString minCollateral = QStringLiteral("1");
    QString collateral = QStringLiteral("10");  // per validator
    int checkpointPeriod = 10;
    int majorityPercentage = 67;
    protocol::PermissionMode permissionMode = protocol::PermissionMode::Collateral;
    int activeValidatorsLimit = 100;
    int blockTimeMs = 1000;
    int validators = 4;

    // Defaults for a child of `parent`: its block time, checkpoint period, validator count and
    // collateral, and a name no subnet has yet.
    static SubnetForm forParent(const devnet::SubnetView& parent, const QStringList& takenNames);
    // The first problem, in words for the inline message (empty when the form is valid);
    // `field` receives the objectName of the input to blame.
    QString problem(const QStringList& takenNames, QString* field = nullptr) const;
    // Only for a form without problems.
    devnet::NewSubnet toNewSubnet() const;
};

class CreateSubnetDialog : public QDialog {
    Q_OBJECT
public:
    // `view` gives the parent's defaults and the names already taken.
    CreateSubnetDialog(const devnet::HierarchyView& view, const QString& parentId,
                       QWidget* parent = nullptr);

    SubnetForm form() const;
    bool canCreate() const;
    QString problem() const;

public slots:
    // The engine queued the creation: shows the id and chain id; Create becomes Close.
    void setCreated(const QString& subnetId);
    // The engine refused: the message shows and the form can be changed and sent again.
    void setFailed(const QString& error);

signals:
    void createRequested(const ipc::devnet::NewSubnet& spec);

private:
    void validate();
    void submit();

    QStringList takenNames_;
    QString parentId_;
    QLineEdit* name_ = nullptr;
    QSpinBox* minValidators_ = nullptr;
    QLineEdit* minCollateral_ = nullptr;
    QLineEdit* collateral_ = nullptr;
    QSpinBox* checkpointPeriod_ = nullptr;
    QSpinBox* majority_ = nullptr;
    QComboBox* permission_ = nullptr;
    QSpinBox* activeLimit_ = nullptr;
    QSpinBox* blockTime_ = nullptr;
    QSpinBox* validators_ = nullptr;
    QLabel* chainId_ = nullptr;
    QLabel* message_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QWidget* fields_ = nullptr;
    QString problem_;
    bool pending_ = false;
    bool created_ = false;
};

}  // namespace ipc::ui
