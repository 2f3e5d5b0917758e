// The wallet's dialogs: import, export, send, rename, password.
#include "ipc/ui/wallet/wallet_dialogs.h"

#include <exception>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QThreadPool>
#include <QVBoxLayout>

#include "ipc/ui/bridge/devnet_bridge.h"
#include "ipc/ui/format/value_text.h"
#include "ipc/ui/format/wallet_format.h"
#include "ipc/ui/window/problem_label.h"

namespace ipc::ui {

namespace {

QLineEdit* passwordEdit(const char* objectName, QWidget* parent) {
    auto* e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(objectName));
    e->setEchoMode(QLineEdit::Password);
    return e;
}

// The wallet's refusal in words: a wrong password is the common case and gets its own.
QString walletError(const std::exception& e) {
    if (devnet::isWrongPassword(e))
        return QCoreApplication::translate("WalletDialogs", "That password is wrong.");
    return QString::fromUtf8(e.what());
}

}  // namespace

void runWalletTask(QObject* context, std::function<QString()> work,
                   std::function<void(const QString&)> done) {
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start(
        [guard, work = std::move(work), done = std::move(done)]() mutable {
            QString error = work();
            // Delivered through the application object, which outlives every dialog; the guard is
            // checked there, on the UI thread.
            QMetaObject::invokeMethod(
                qApp,
                [guard, done = std::move(done), error] {
                    if (!guard.isNull())
                        done(error);
                },
                Qt::QueuedConnection);
        });
}

// ---------------------------------------------------------------- import

ImportAccountDialog::ImportAccountDialog(std::shared_ptr<devnet::Wallet> wallet, QWidget* parent)
    : QDialog(parent), wallet_(std::move(wallet)) {
    setObjectName(QStringLiteral("importAccountDialog"));
    setWindowTitle(tr("Import Account"));
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("importTabs"));

    auto* keyPage = new QWidget(tabs_);
    auto* keyForm = new QFormLayout(keyPage);
    hex_ = passwordEdit("importHex", keyPage);
    hex_->setPlaceholderText(tr("0x… (64 hex digits)"));
    auto* show = new QCheckBox(tr("Sho&w"), keyPage);
    show->setObjectName(QStringLiteral("importShowKey"));
    connect(show, &QCheckBox::toggled, this,
            [this](bool on) { hex_->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    auto* keyRow = new QHBoxLayout();
    keyRow->addWidget(hex_, 1);
    keyRow->addWidget(show);
    keyForm->addRow(tr("&Private key"), keyRow);
    tabs_->addTab(keyPage, tr("Private &Key"));

    auto* jsonPage = new QWidget(tabs_);
    auto* jsonForm = new QFormLayout(jsonPage);
    json_ = new QPlainTextEdit(jsonPage);
    json_->setObjectName(QStringLiteral("importJson"));
    json_->setPlaceholderText(tr("Paste a keystore file (MetaMask, geth, ethers, Foundry)…"));
    auto* open = new QPushButton(tr("&Open File…"), jsonPage);
    open->setObjectName(QStringLiteral("importOpenFile"));
    connect(open, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Open Keystore File"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                json_->setPlainText(QString::fromUtf8(f.read(1 << 20)));
        });
        dialog->open();
    });
    jsonPassword_ = passwordEdit("importJsonPassword", jsonPage);
    jsonForm->addRow(tr("&Keystore JSON"), json_);
    jsonForm->addRow(QString(), open);
    jsonForm->addRow(tr("Its pass&word"), jsonPassword_);
    tabs_->addTab(jsonPage, tr("Keystore &File"));

    auto* mnemonicPage = new QWidget(tabs_);
    auto* mnemonicForm = new QFormLayout(mnemonicPage);
    mnemonic_ = new QPlainTextEdit(mnemonicPage);
    mnemonic_->setObjectName(QStringLiteral("importMnemonic"));
    mnemonic_->setPlaceholderText(tr("twelve or twenty-four words…"));
    mnemonic_->setMaximumHeight(80);
    index_ = new QSpinBox(mnemonicPage);
    index_->setObjectName(QStringLiteral("importIndex"));
    index_->setRange(0, 1'000'000);
    index_->setToolTip(
        tr("The account number on the derivation path m/44'/60'/0'/0/<index>, "
           "as MetaMask counts its accounts from 0"));
    mnemonicForm->addRow(tr("&Recovery phrase"), mnemonic_);
    mnemonicForm->addRow(tr("Account &index"), index_);
    tabs_->addTab(mnemonicPage, tr("&Mnemonic"));

    label_ = new QLineEdit(this);
    label_->setObjectName(QStringLiteral("importLabel"));
    label_->setPlaceholderText(tr("optional, e.g. alice"));
    message_ = problemLabel("importMessage", this);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &ImportAccountDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_);
    auto* labelForm = new QFormLayout();
    labelForm->addRow(tr("&Label"), label_);
    layout->addLayout(labelForm);
    layout->addWidget(message_);
    layout->addWidget(buttons_);
    setMinimumWidth(520);

    connect(tabs_, &QTabWidget::currentChanged, this, &ImportAccountDialog::validate);
    connect(hex_, &QLineEdit::textChanged, this, &ImportAccountDialog::validate);
    connect(json_, &QPlainTextEdit::textChanged, this, &ImportAccountDialog::validate);
    connect(mnemonic_, &QPlainTextEdit::textChanged, this, &ImportAccountDialog::validate);
    validate();
}

void ImportAccountDialog::validate() {
    problem_.clear();
    switch (tabs_->currentIndex()) {
        case PrivateKeyTab: {
            QString hex = hex_->text().trimmed();
            if (hex.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
                hex = hex.mid(2);
            static const QRegularExpression hexDigits(QStringLiteral("^[0-9a-fA-F]*$"));
            if (hex.isEmpty())
                problem_ = tr("Paste the private key: 64 hex digits, with or without 0x.");
            else if (!hexDigits.match(hex).hasMatch())
                problem_ = tr("A private key has only the digits 0–9 and letters a–f.");
            else if (hex.size() != 64)
                problem_ = tr("A private key is 64 hex digits; this one has %1.").arg(hex.size());
            break;
        }
        case KeystoreTab:
            if (json_->toPlainText().trimmed().isEmpty())
                problem_ = tr("Paste the keystore file's JSON, or open the file.");
            else if (!json_->toPlainText().trimmed().startsWith(QLatin1Char('{')))
                problem_ = tr("A keystore file is JSON, starting with {.");
            break;
        case MnemonicTab: {
            const QStringList words =
                mnemonic_->toPlainText().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.isEmpty())
                problem_ = tr("Type or paste the recovery phrase.");
            else if (words.size() % 3 != 0 || words.size() < 12 || words.size() > 24)
                problem_ = tr("A recovery phrase has 12, 15, 18, 21 or 24 words; this one has "
                              "%1.")
                               .arg(words.size());
            break;
        }
        default:
            break;
    }
    message_->setText(problem_);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem_.isEmpty() && !busy_);
}

void ImportAccountDialog::accept() {
    validate();
    if (!problem_.isEmpty() || busy_ || wallet_ == nullptr)
        return;
    busy_ = true;
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);
    message_->setStyleSheet(QString());
    message_->setText(tr("Importing…"));
    const int kind = tabs_->currentIndex();
    const std::string hex = hex_->text().trimmed().toStdString();
    const std::string json = json_->toPlainText().toStdString();
    const std::string password = jsonPassword_->text().toStdString();
    const std::string words = mnemonic_->toPlainText().simplified().toStdString();
    const auto index = static_cast<std::uint32_t>(index_->value());
    const std::string label = label_->text().trimmed().toStdString();
    auto address = std::make_shared<QString>();
    runWalletTask(
        this,
        [wallet = wallet_, kind, hex, json, password, words, index, label, address] {
            try {
                EthAddress a;
                if (kind == PrivateKeyTab)
                    a = wallet->importPrivateKey(hex, label);
                else if (kind == KeystoreTab)
                    a = wallet->importKeystoreJson(json, password, label);
                else
                    a = wallet->importMnemonic(words, index, label);
                *address = QString::fromStdString(a.toChecksumHex());
                return QString();
            } catch (const std::exception& e) {
                return walletError(e);
            }
        },
        [this, address](const QString& error) {
            busy_ = false;
            message_->setStyleSheet(QStringLiteral("color: #dc2626;"));
            if (!error.isEmpty()) {
                problem_ = tr("Not imported: %1").arg(error);
                message_->setText(problem_);
                buttons_->button(QDialogButtonBox::Ok)->setEnabled(true);
                return;
            }
            imported_ = *address;
            QDialog::accept();
        });
}

// ---------------------------------------------------------------- export

ExportAccountDialog::ExportAccountDialog(std::shared_ptr<devnet::Wallet> wallet,
                                         const EthAddress& account, QWidget* parent)
    : QDialog(parent), wallet_(std::move(wallet)), account_(account) {
    setObjectName(QStringLiteral("exportAccountDialog"));
    setWindowTitle(tr("Export %1").arg(QString::fromStdString(account.toChecksumHex())));
    format_ = new QComboBox(this);
    format_->setObjectName(QStringLiteral("exportFormat"));
    format_->addItem(tr("Private key (hex)"), HexFormat);
    format_->addItem(tr("Keystore file (V3 JSON, for MetaMask, geth, ethers)"), KeystoreFormat);
    format_->addItem(tr("ipc-cli entry (evm_keystore.json)"), IpcCliFormat);
    warning_ = new QLabel(this);
    warning_->setObjectName(QStringLiteral("exportWarning"));
    warning_->setWordWrap(true);
    confirm_ = new QCheckBox(tr("I understand: whoever sees this key controls the account's FIL "
                                "on every subnet"),
                             this);
    confirm_->setObjectName(QStringLiteral("exportConfirm"));
    password_ = passwordEdit("exportPassword", this);
    passwordConfirm_ = passwordEdit("exportPasswordConfirm", this);
    output_ = new QPlainTextEdit(this);
    output_->setObjectName(QStringLiteral("exportOutput"));
    output_->setReadOnly(true);
    output_->setMinimumHeight(110);
    export_ = new QPushButton(tr("&Export"), this);
    export_->setObjectName(QStringLiteral("exportButton"));
    copy_ = new QPushButton(tr("&Copy"), this);
    copy_->setObjectName(QStringLiteral("exportCopy"));
    save_ = new QPushButton(tr("&Save…"), this);
    save_->setObjectName(QStringLiteral("exportSave"));
    message_ = problemLabel("exportMessage", this);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout();
    form->addRow(tr("&Format"), format_);
    form->addRow(QString(), warning_);
    form->addRow(QString(), confirm_);
    form->addRow(tr("New &password"), password_);
    form->addRow(tr("Con&firm"), passwordConfirm_);
    auto* row = new QHBoxLayout();
    row->addWidget(export_);
    row->addStretch();
    row->addWidget(copy_);
    row->addWidget(save_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addWidget(output_, 1);
    layout->addWidget(message_);
    layout->addWidget(close);
    setMinimumWidth(560);

    connect(format_, &QComboBox::currentIndexChanged, this, [this] {
        output_->clear();
        validate();
    });
    connect(confirm_, &QCheckBox::toggled, this, &ExportAccountDialog::validate);
    connect(password_, &QLineEdit::textChanged, this, &ExportAccountDialog::validate);
    connect(passwordConfirm_, &QLineEdit::textChanged, this, &ExportAccountDialog::validate);
    connect(export_, &QPushButton::clicked, this, &ExportAccountDialog::exportNow);
    connect(copy_, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(output_->toPlainText()); });
    connect(save_, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Save Export"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(output_->toPlainText().toUtf8()) < 0)
                message_->setText(tr("Could not write %1: %2").arg(path, f.errorString()));
            else
                f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        });
        dialog->open();
    });
    validate();
}

QString ExportAccountDialog::output() const {
    return output_->toPlainText();
}

void ExportAccountDialog::validate() {
    const int format = format_->currentData().toInt();
    const bool hex = format == HexFormat;
    const bool v3 = format == KeystoreFormat;
    warning_->setText(hex  ? tr("The raw private key: anyone who sees it can spend this "
                                 "account's FIL. Show it only to import it somewhere you trust.")
                      : v3 ? tr("Encrypted under the password you choose here (scrypt, as "
                                "MetaMask does).")
                           : tr("One entry of ipc-cli's evm_keystore.json: the key in plain "
                                "hex, as ipc-cli stores it."));
    confirm_->setVisible(hex);
    password_->setVisible(v3);
    passwordConfirm_->setVisible(v3);
    if (auto* form = qobject_cast<QFormLayout*>(layout()->itemAt(0)->layout())) {
        form->setRowVisible(password_, v3);
        form->setRowVisible(passwordConfirm_, v3);
        form->setRowVisible(confirm_, hex);
    }
    problem_.clear();
    if (hex && !confirm_->isChecked())
        problem_ = tr("Tick the box to confirm you want to see the private key.");
    else if (v3 && password_->text().isEmpty())
        problem_ = tr("Choose a password for the keystore file.");
    else if (v3 && password_->text() != passwordConfirm_->text())
        problem_ = tr("The two passwords differ.");
    message_->setText(problem_);
    export_->setEnabled(problem_.isEmpty() && !busy_);
    copy_->setEnabled(!output_->toPlainText().isEmpty());
    save_->setEnabled(!output_->toPlainText().isEmpty());
}

void ExportAccountDialog::exportNow() {
    validate();
    if (!problem_.isEmpty() || busy_ || wallet_ == nullptr)
        return;
    busy_ = true;
    export_->setEnabled(false);
    const int format = format_->currentData().toInt();
    const std::string password = password_->text().toStdString();
    auto text = std::make_shared<QString>();
    runWalletTask(
        this,
        [wallet = wallet_, account = account_, format, password, text] {
            try {
                std::string out;
                if (format == HexFormat)
                    out = wallet->exportHex(account);
                else if (format == KeystoreFormat)
                    out = wallet->exportKeystoreJson(account, password);
                else
                    out = wallet->exportIpcCliEntry(account);
                *text = QString::fromStdString(out);
                return QString();
            } catch (const std::exception& e) {
                return walletError(e);
            }
        },
        [this, text](const QString& error) {
            busy_ = false;
            output_->setPlainText(*text);
            validate();
            if (!error.isEmpty()) {
                problem_ = tr("Not exported: %1").arg(error);
                message_->setText(problem_);
            }
        });
}

// ---------------------------------------------------------------- send

SendDialog::SendDialog(DevnetBridge* bridge, BalanceOf balanceOf, QWidget* parent)
    : QDialog(parent), bridge_(bridge), balanceOf_(std::move(balanceOf)) {
    setObjectName(QStringLiteral("sendDialog"));
    setWindowTitle(tr("Send FIL"));
    auto* intro = new QLabel(tr("Pay an address on the same subnet. To move FIL to another "
                                "subnet use Transfer (Ctrl+T)."),
                             this);
    intro->setWordWrap(true);
    subnet_ = new QComboBox(this);
    subnet_->setObjectName(QStringLiteral("sendSubnet"));
    from_ = new QComboBox(this);
    from_->setObjectName(QStringLiteral("sendFrom"));
    to_ = new QLineEdit(this);
    to_->setObjectName(QStringLiteral("sendTo"));
    to_->setPlaceholderText(tr("0x… or t410f…"));
    amount_ = new QLineEdit(this);
    amount_->setObjectName(QStringLiteral("sendAmount"));
    amount_->setPlaceholderText(tr("FIL, e.g. 1.5"));
    fee_ = new QLabel(this);
    fee_->setObjectName(QStringLiteral("sendFee"));
    fee_->setWordWrap(true);
    message_ = problemLabel("sendMessage", this);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &SendDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout();
    form->addRow(tr("S&ubnet"), subnet_);
    form->addRow(tr("&From"), from_);
    form->addRow(tr("&To"), to_);
    form->addRow(tr("&Amount (FIL)"), amount_);
    form->addRow(tr("Fee"), fee_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(message_);
    layout->addWidget(buttons_);
    setMinimumWidth(500);

    if (const HierarchyViewPtr view = bridge_->view()) {
        for (const auto& s : view->subnets) {
            subnet_->addItem(QString::fromStdString(s.name), subnetIdText(s.id));
        }
    }
    if (const auto wallet = bridge_->wallet()) {
        int chosen = 0;
        for (const auto& a : wallet->accounts()) {
            from_->addItem(WalletFormat::accountText(a),
                           QString::fromStdString(a.address.toChecksumHex()));
            if (a.isDefault)
                chosen = from_->count() - 1;
        }
        from_->setCurrentIndex(chosen);
    }
    connect(subnet_, &QComboBox::currentIndexChanged, this, &SendDialog::requestFee);
    connect(from_, &QComboBox::currentIndexChanged, this, &SendDialog::validate);
    connect(to_, &QLineEdit::textChanged, this, &SendDialog::validate);
    connect(to_, &QLineEdit::editingFinished, this, &SendDialog::requestFee);
    connect(amount_, &QLineEdit::textChanged, this, &SendDialog::validate);
    requestFee();
    validate();
}

void SendDialog::select(const QString& subnet, const QString& from) {
    const int s = subnet_->findData(subnet);
    if (s >= 0)
        subnet_->setCurrentIndex(s);
    for (int i = 0; i < from_->count(); ++i) {
        if (from_->itemData(i).toString().compare(from, Qt::CaseInsensitive) == 0)
            from_->setCurrentIndex(i);
    }
    validate();
}

void SendDialog::requestFee() {
    quote_.reset();
    const std::string subnet = subnet_->currentData().toString().toStdString();
    EthAddress to;
    if (const auto a = WalletFormat::parseAddress(to_->text(), nullptr))
        to = *a;
    if (subnet.empty())
        return;
    try {
        bridge_->ask(this, devnet::FeeQuery{SubnetId::parse(subnet), to},
                     [this](const devnet::FeeQuote& q) {
                         quote_ = q;
                         validate();
                     });
    } catch (const std::exception&) {
        // Not a subnet id: no quote, as when the engine refuses one.
    }
    validate();
}

void SendDialog::validate() {
    if (quote_) {
        fee_->setText(tr("about %1 (%2 gas at the base fee; at most %3)")
                          .arg(tokenText(quote_->expectedFee))
                          .arg(quote_->gasLimit)
                          .arg(tokenText(quote_->maxFee)));
    } else {
        fee_->setText(tr("reading…"));
    }
    QString addressProblem;
    const auto to = WalletFormat::parseAddress(to_->text(), &addressProblem);
    QString amountProblem;
    const auto amount = WalletFormat::parseAmount(amount_->text(), &amountProblem);
    problem_.clear();
    if (from_->currentIndex() < 0)
        problem_ = tr("The wallet has no accounts to send from.");
    else if (!to)
        problem_ = addressProblem;
    else if (!amount)
        problem_ = amountProblem;
    else if (!quote_)
        problem_ = tr("Reading the fee…");
    else if (const auto balance = balanceOf_ ? balanceOf_(from_->currentData().toString(),
                                                          subnet_->currentData().toString())
                                             : std::nullopt;
             balance && *amount + quote_->maxFee > *balance) {
        problem_ = tr("Not enough FIL on %1: the account holds %2 and the fee may take up to %3.")
                       .arg(subnet_->currentText(), tokenText(*balance), tokenText(quote_->maxFee));
    }
    message_->setText(problem_);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem_.isEmpty() && !busy_);
}

void SendDialog::accept() {
    validate();
    if (!problem_.isEmpty() || busy_)
        return;
    busy_ = true;
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);
    const QString subnet = subnet_->currentData().toString();
    const auto to = WalletFormat::parseAddress(to_->text(), nullptr);
    const auto amount = WalletFormat::parseAmount(amount_->text(), nullptr);
    bridge_->walletSend(this, subnet, from_->currentData().toString(),
                        QString::fromStdString(to->toChecksumHex()), *amount,
                        [this, subnet](const DevnetBridge::SendResult& r) {
                            busy_ = false;
                            if (!r.error.isEmpty()) {
                                problem_ = tr("Not sent: %1").arg(r.error);
                                message_->setText(problem_);
                                buttons_->button(QDialogButtonBox::Ok)->setEnabled(true);
                                return;
                            }
                            txHash_ = r.txHash;
                            emit sent(subnet, r.txHash);
                            QDialog::accept();
                        });
}

// ---------------------------------------------------------------- password

PasswordDialog::PasswordDialog(std::shared_ptr<devnet::Wallet> wallet, Mode mode, QWidget* parent)
    : QDialog(parent), wallet_(std::move(wallet)), mode_(mode) {
    setObjectName(QStringLiteral("passwordDialog"));
    QString title;
    QString intro;
    switch (mode) {
        case Mode::Set:
            title = tr("Set Wallet Password");
            intro =
                tr("Imported keys are then kept only encrypted under this password; the "
                   "wallet opens locked next time. Accounts of the workspace's own mnemonic "
                   "stay usable.");
            break;
        case Mode::Unlock:
            title = tr("Unlock Wallet");
            intro = tr("The wallet password opens the imported keys for this session.");
            break;
        case Mode::Change:
            title = tr("Change Wallet Password");
            break;
        case Mode::Remove:
            title = tr("Remove Wallet Password");
            intro = tr("Imported keys are then stored unencrypted.");
            break;
    }
    setWindowTitle(title);
    auto* form = new QFormLayout();
    if (mode != Mode::Set) {
        current_ = passwordEdit("passwordCurrent", this);
        form->addRow(mode == Mode::Unlock ? tr("&Password") : tr("&Current password"), current_);
        connect(current_, &QLineEdit::textChanged, this, &PasswordDialog::validate);
    }
    if (mode == Mode::Set || mode == Mode::Change) {
        next_ = passwordEdit("passwordNew", this);
        confirm_ = passwordEdit("passwordConfirm", this);
        form->addRow(tr("&New password"), next_);
        form->addRow(tr("Con&firm"), confirm_);
        connect(next_, &QLineEdit::textChanged, this, &PasswordDialog::validate);
        connect(confirm_, &QLineEdit::textChanged, this, &PasswordDialog::validate);
    }
    message_ = problemLabel("passwordMessage", this);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto* label = new QLabel(intro, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addLayout(form);
    layout->addWidget(message_);
    layout->addWidget(buttons_);
    setMinimumWidth(420);
    validate();
}

void PasswordDialog::validate() {
    problem_.clear();
    if (current_ != nullptr && current_->text().isEmpty())
        problem_ = tr("Enter the wallet password.");
    else if (next_ != nullptr && next_->text().isEmpty())
        problem_ = tr("Choose a password.");
    else if (next_ != nullptr && next_->text() != confirm_->text())
        problem_ = tr("The two passwords differ.");
    message_->setText(problem_);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem_.isEmpty() && !busy_);
}

void PasswordDialog::accept() {
    validate();
    if (!problem_.isEmpty() || busy_ || wallet_ == nullptr)
        return;
    busy_ = true;
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);
    message_->setText(tr("Working…"));
    const std::string current = current_ != nullptr ? current_->text().toStdString() : "";
    const std::string next = next_ != nullptr ? next_->text().toStdString() : "";
    runWalletTask(
        this,
        [wallet = wallet_, mode = mode_, current, next] {
            try {
                switch (mode) {
                    case Mode::Set:
                        wallet->setPassword(next);
                        break;
                    case Mode::Unlock:
                        wallet->unlock(current);
                        break;
                    case Mode::Change:
                        wallet->changePassword(current, next);
                        break;
                    case Mode::Remove:
                        wallet->removePassword(current);
                        break;
                }
                return QString();
            } catch (const std::exception& e) {
                return walletError(e);
            }
        },
        [this](const QString& error) {
            busy_ = false;
            if (!error.isEmpty()) {
                problem_ = error;
                message_->setText(problem_);
                buttons_->button(QDialogButtonBox::Ok)->setEnabled(true);
                return;
            }
            QDialog::accept();
        });
}

}  // namespace ipc::ui
