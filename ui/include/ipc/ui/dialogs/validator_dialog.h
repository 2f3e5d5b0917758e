// The dialog behind the subnet menu's Join as Validator…, Stake…, Unstake…, Leave… and Kill…:
// which wallet account acts, how much collateral (join, stake, unstake), and what will happen,
// in words. The call goes to the subnet's actor in its parent, carrying IPC's ABI (join(bytes,
// uint256), stake(uint256), unstake(uint256), leave(), kill()), as ipc-cli would send it.
#pragma once

#include <utility>
#include <vector>

#include <QDialog>
#include <QString>

#include "ipc/core/primitives/u256.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ipc::ui {

class ValidatorDialog : public QDialog {
    Q_OBJECT
public:
    enum class Action { Join, Stake, Unstake, Leave, Kill };
    // (label, 0x address, balance in the parent in atto) of the wallet's accounts.
    struct Account {
        QString label;
        QString address;
        U256 parentBalance;
    };

    ValidatorDialog(Action action, const QString& subnetName, const QString& parentName,
                    QWidget* parent = nullptr);

    static bool needsAmount(Action a) {
        return a == Action::Join || a == Action::Stake || a == Action::Unstake;
    }

    // The accounts arrive from the engine after the dialog opens; `preferred` is preselected.
    void setAccounts(const std::vector<Account>& accounts, const QString& preferred = {});
    Action action() const { return action_; }
    QString from() const;
    void setFrom(const QString& address);
    void setAmountText(const QString& text);
    // Atto; meaningful only while problem() is empty and the action takes an amount.
    U256 amount() const;
    // Why OK is disabled, in words (empty when the input is fine).
    QString problem() const { return problem_; }

private:
    void validate();

    Action action_;
    std::vector<Account> accounts_;
    QComboBox* from_ = nullptr;
    QLineEdit* amount_ = nullptr;
    QLabel* message_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QString problem_;
};

}  // namespace ipc::ui
