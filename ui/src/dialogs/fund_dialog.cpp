// The amount dialog behind the subnet menu's Fund… and Release….
#include "ipc/ui/dialogs/fund_dialog.h"

#include <exception>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/token_amount.h"

namespace ipc::ui {

FundDialog::FundDialog(Mode mode, const QString& subnetName, const QString& parentName,
                       QWidget* parent)
    : QDialog(parent), mode_(mode) {
    setObjectName(QStringLiteral("fundDialog"));
    setWindowTitle(mode == Mode::Fund ? tr("Fund %1").arg(subnetName)
                                      : tr("Release from %1").arg(subnetName));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        mode == Mode::Fund
            ? tr("Send FIL from an account in <b>%1</b> into <b>%2</b>. It arrives with the "
                 "subnet's next top-down finality.")
                  .arg(parentName.toHtmlEscaped(), subnetName.toHtmlEscaped())
            : tr("Send FIL from an account in <b>%1</b> back to <b>%2</b>. It arrives once the "
                 "checkpoint carrying it is executed in the parent.")
                  .arg(subnetName.toHtmlEscaped(), parentName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout();
    from_ = new QComboBox(this);
    from_->setObjectName(QStringLiteral("fromAccount"));
    from_->setPlaceholderText(tr("loading accounts…"));
    form->addRow(tr("&From"), from_);
    to_ = new QLineEdit(this);
    to_->setObjectName(QStringLiteral("toAddress"));
    to_->setPlaceholderText(QStringLiteral("0x…"));
    form->addRow(tr("&To"), to_);
    amount_ = new QLineEdit(this);
    amount_->setObjectName(QStringLiteral("amount"));
    amount_->setPlaceholderText(tr("FIL, e.g. 1.5"));
    form->addRow(tr("&Amount (FIL)"), amount_);
    layout->addLayout(form);

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("validationMessage"));
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #dc2626;"));
    layout->addWidget(message_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->setObjectName(QStringLiteral("buttonBox"));
    buttons_->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Fund ? tr("&Fund") : tr("&Release"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons_);

    // The receiver follows the sender until it is typed in.
    connect(from_, &QComboBox::currentIndexChanged, this, [this] {
        if (!toEdited_)
            to_->setText(from_->currentData().toString());
        validate();
    });
    connect(to_, &QLineEdit::textEdited, this, [this] { toEdited_ = true; });
    connect(to_, &QLineEdit::textChanged, this, &FundDialog::validate);
    connect(amount_, &QLineEdit::textChanged, this, &FundDialog::validate);
    setMinimumWidth(440);
    validate();
}

void FundDialog::setAccounts(const Accounts& accounts) {
    from_->clear();
    for (const auto& [label, address] : accounts)
        from_->addItem(QStringLiteral("%1  %2").arg(label, address), address);
    if (!accounts.empty())
        from_->setCurrentIndex(0);
    validate();
}

QString FundDialog::from() const {
    return from_->currentData().toString();
}

QString FundDialog::to() const {
    return to_->text().trimmed();
}

U256 FundDialog::amount() const {
    try {
        return TokenAmount::parse(amount_->text().trimmed().toStdString()).atto();
    } catch (const std::exception&) {
        return U256{};
    }
}

void FundDialog::validate() {
    problem_.clear();
    if (from_->currentIndex() < 0) {
        problem_ = tr("Waiting for the devnet's accounts…");
    } else {
        try {
            (void)EthAddress::parse(to().toStdString());
        } catch (const std::exception&) {
            problem_ = tr("The receiver must be a 0x address (40 hex digits).");
        }
    }
    if (problem_.isEmpty()) {
        if (amount_->text().trimmed().isEmpty())
            problem_ = tr("Enter an amount of FIL.");
        else if (amount().isZero())
            problem_ = tr("The amount must be a number of FIL above 0.");
    }
    message_->setText(problem_);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem_.isEmpty());
}

}  // namespace ipc::ui
