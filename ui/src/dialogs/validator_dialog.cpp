// The dialog behind Join as Validator…, Stake…, Unstake…, Leave… and Kill….
#include "ipc/ui/dialogs/validator_dialog.h"

#include <exception>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ipc/core/primitives/token_amount.h"
#include "ipc/ui/window/problem_label.h"

namespace ipc::ui {

namespace {

QString formatFil(const U256& atto) {
    return QString::fromStdString(TokenAmount::fromAtto(atto).formatWithUnit());
}

}  // namespace

ValidatorDialog::ValidatorDialog(Action action, const QString& subnetName,
                                 const QString& parentName, QWidget* parent)
    : QDialog(parent), action_(action) {
    setObjectName(QStringLiteral("validatorDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("validatorIntro"));
    intro->setWordWrap(true);
    intro->setMinimumWidth(420);
    switch (action) {
        case Action::Join:
            setWindowTitle(tr("Join %1 as Validator").arg(subnetName));
            intro->setText(
                tr("The account locks collateral in %1's subnet actor on %2 and registers its "
                   "public key. It starts validating %1 once a checkpoint confirms the change "
                   "(or at once while %1 is still gathering its first validators).")
                    .arg(subnetName, parentName));
            break;
        case Action::Stake:
            setWindowTitle(tr("Stake More in %1").arg(subnetName));
            intro->setText(tr("A validator of %1 adds collateral on %2; its power grows once a "
                              "checkpoint confirms the change.")
                               .arg(subnetName, parentName));
            break;
        case Action::Unstake:
            setWindowTitle(tr("Unstake from %1").arg(subnetName));
            intro->setText(tr("A validator of %1 takes back part of its collateral; it is "
                              "released on %2 once a checkpoint confirms the change.")
                               .arg(subnetName, parentName));
            break;
        case Action::Leave:
            setWindowTitle(tr("Leave %1").arg(subnetName));
            intro->setText(tr("The validator stops validating %1. Its whole collateral is "
                              "released on %2 once a checkpoint confirms it.")
                               .arg(subnetName, parentName));
            break;
        case Action::Kill:
            setWindowTitle(tr("Kill %1").arg(subnetName));
            intro->setText(tr("The subnet's owner ends %1 for good: the subnet actor on %2 "
                              "refuses it while validators still have collateral in it. A "
                              "killed subnet produces no more blocks.")
                               .arg(subnetName, parentName));
            break;
    }
    layout->addWidget(intro);

    auto* form = new QFormLayout();
    from_ = new QComboBox(this);
    from_->setObjectName(QStringLiteral("validatorFrom"));
    from_->setMinimumContentsLength(44);
    form->addRow(action == Action::Kill ? tr("&Owner:") : tr("&Account:"), from_);
    if (needsAmount(action)) {
        amount_ = new QLineEdit(this);
        amount_->setObjectName(QStringLiteral("validatorAmount"));
        amount_->setPlaceholderText(tr("FIL, up to 18 decimals"));
        if (action == Action::Join)
            amount_->setText(QStringLiteral("10"));
        form->addRow(action == Action::Unstake ? tr("A&mount (FIL):") : tr("&Collateral (FIL):"),
                     amount_);
        connect(amount_, &QLineEdit::textChanged, this, &ValidatorDialog::validate);
    }
    layout->addLayout(form);
    message_ = problemLabel("validatorMessage", this);
    layout->addWidget(message_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    static const char* const kVerbs[] = {QT_TR_NOOP("Join"), QT_TR_NOOP("Stake"),
                                         QT_TR_NOOP("Unstake"), QT_TR_NOOP("Leave"),
                                         QT_TR_NOOP("Kill")};
    buttons_->button(QDialogButtonBox::Ok)->setText(tr(kVerbs[static_cast<int>(action)]));
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(from_, &QComboBox::currentIndexChanged, this, &ValidatorDialog::validate);
    validate();
}

void ValidatorDialog::setAccounts(const std::vector<Account>& accounts, const QString& preferred) {
    accounts_ = accounts;
    from_->clear();
    for (const Account& a : accounts_) {
        from_->addItem(
            tr("%1 · %2 · %3 on the parent").arg(a.label, a.address, formatFil(a.parentBalance)),
            a.address);
    }
    if (!preferred.isEmpty())
        setFrom(preferred);
    validate();
}

QString ValidatorDialog::from() const {
    return from_->currentData().toString();
}

void ValidatorDialog::setFrom(const QString& address) {
    const int i = from_->findData(address, Qt::UserRole, Qt::MatchFixedString);
    if (i >= 0)
        from_->setCurrentIndex(i);
}

void ValidatorDialog::setAmountText(const QString& text) {
    if (amount_ != nullptr)
        amount_->setText(text);
}

U256 ValidatorDialog::amount() const {
    if (amount_ == nullptr)
        return U256();
    try {
        return TokenAmount::parse(amount_->text().trimmed().toStdString()).atto();
    } catch (const std::exception&) {
        return U256();
    }
}

void ValidatorDialog::validate() {
    problem_.clear();
    const int index = from_->currentIndex();
    if (index < 0) {
        problem_ = tr("Waiting for the wallet's accounts…");
    } else if (amount_ != nullptr) {
        const QString text = amount_->text().trimmed();
        U256 atto;
        try {
            atto = TokenAmount::parse(text.toStdString()).atto();
        } catch (const std::exception& e) {
            problem_ = text.isEmpty() ? tr("Enter an amount in FIL.")
                                      : tr("Not an amount: %1").arg(QString::fromUtf8(e.what()));
        }
        if (problem_.isEmpty() && atto.isZero())
            problem_ = tr("The amount must be more than zero.");
        const bool pays = action_ == Action::Join || action_ == Action::Stake;
        if (problem_.isEmpty() && pays &&
            atto > accounts_[static_cast<std::size_t>(index)].parentBalance) {
            problem_ =
                tr("The account holds only %1 on the parent.")
                    .arg(formatFil(accounts_[static_cast<std::size_t>(index)].parentBalance));
        }
    }
    message_->setText(problem_);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem_.isEmpty());
}

}  // namespace ipc::ui
