// The small amount dialog behind the subnet menu's Fund… and Release…: which devnet account
// pays, which address receives, and how many FIL. Fund moves FIL from the parent into the
// subnet (Hierarchy::fund), Release from the subnet back to its parent (Hierarchy::release).
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

class FundDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Fund, Release };
    // (label, 0x address) of the accounts the devnet holds keys for.
    using Accounts = std::vector<std::pair<QString, QString>>;

    FundDialog(Mode mode, const QString& subnetName, const QString& parentName,
               QWidget* parent = nullptr);

    // The accounts arrive from the engine after the dialog opens.
    void setAccounts(const Accounts& accounts);
    Mode mode() const { return mode_; }
    QString from() const;
    QString to() const;
    // Atto; meaningful only while problem() is empty.
    U256 amount() const;
    QString problem() const { return problem_; }

private:
    void validate();

    Mode mode_;
    QComboBox* from_ = nullptr;
    QLineEdit* to_ = nullptr;
    QLineEdit* amount_ = nullptr;
    QLabel* message_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QString problem_;
    bool toEdited_ = false;
};

}  // namespace ipc::ui
