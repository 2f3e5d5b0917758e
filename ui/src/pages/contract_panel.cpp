// The Contracts tab's panel of one contract: read and write forms, storage by slot.
#include "ipc/ui/pages/contract_panel.h"

#include <QComboBox>
#include <QFont>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ipc/core/primitives/u256.h"
#include "ipc/devnet/wallet.h"
#include "ipc/ui/bridge/devnet_bridge.h"
#include "ipc/ui/format/value_text.h"
#include "ipc/ui/format/wallet_format.h"

namespace ipc::ui {

namespace {

QString fromStd(const std::string& s) {
    return QString::fromStdString(s);
}

// "transfer(address to, uint256 amount) → bool", as a function list shows it.
QString functionLabel(const devnet::ContractFunctionView& f) {
    QStringList params;
    for (std::size_t i = 0; i < f.inputTypes.size(); ++i) {
        const QString name = i < f.inputNames.size() ? fromStd(f.inputNames[i]) : QString();
        params << (name.isEmpty() ? fromStd(f.inputTypes[i])
                                  : fromStd(f.inputTypes[i]) + QLatin1Char(' ') + name);
    }
    QString out =
        fromStd(f.name) + QLatin1Char('(') + params.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (!f.outputTypes.empty()) {
        QStringList outputs;
        for (const auto& t : f.outputTypes)
            outputs << fromStd(t);
        out += QStringLiteral(" → ") + outputs.join(QStringLiteral(", "));
    }
    if (f.stateMutability == "payable")
        out += QStringLiteral(" · payable");
    return out;
}

QPlainTextEdit* resultBox(QWidget* parent, const char* name) {
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setReadOnly(true);
    box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    box->setMaximumBlockCount(500);
    return box;
}

}  // namespace

// ---------------------------------------------------------------- FunctionForm

FunctionForm::FunctionForm(QWidget* parent) : QWidget(parent) {
    form_ = new QFormLayout(this);
    form_->setContentsMargins(0, 0, 0, 0);
}

void FunctionForm::setFunction(const std::optional<devnet::ContractFunctionView>& function) {
    while (form_->rowCount() > 0)
        form_->removeRow(0);
    fields_.clear();
    function_ = function;
    if (!function_)
        return;
    for (std::size_t i = 0; i < function_->inputTypes.size(); ++i) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("argument%1").arg(i));
        const QString hint =
            i < function_->inputHints.size() ? fromStd(function_->inputHints[i]) : QString();
        edit->setPlaceholderText(hint);
        edit->setToolTip(hint);
        connect(edit, &QLineEdit::returnPressed, this, &FunctionForm::submitted);
        QString label =
            i < function_->inputNames.size() ? fromStd(function_->inputNames[i]) : QString();
        if (label.isEmpty())
            label = tr("argument %1").arg(i + 1);
        form_->addRow(label + QLatin1Char(':'), edit);
        fields_.push_back(edit);
    }
    if (fields_.empty()) {
        auto* none = new QLabel(tr("No arguments."), this);
        none->setForegroundRole(QPalette::PlaceholderText);
        form_->addRow(none);
    }
}

std::vector<std::string> FunctionForm::arguments() const {
    std::vector<std::string> out;
    out.reserve(fields_.size());
    for (const QLineEdit* e : fields_)
        out.push_back(e->text().toStdString());
    return out;
}

// ---------------------------------------------------------------- ContractPanel

ContractPanel::ContractPanel(DevnetBridge* bridge, QWidget* parent)
    : QWidget(parent), bridge_(bridge) {
    setObjectName(QStringLiteral("contractPanel"));
    auto* layout = new QVBoxLayout(this);
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("contractTitle"));
    QFont bold = title_->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title_->setFont(bold);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title_);
    info_ = new QLabel(this);
    info_->setObjectName(QStringLiteral("contractInfo"));
    info_->setWordWrap(true);
    info_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(info_);

    auto* asRow = new QHBoxLayout;
    //: read the contract with the ABI of this contract of the linked project
    auto* asLabel = new QLabel(tr("Read &as:"), this);
    readAs_ = new QComboBox(this);
    readAs_->setObjectName(QStringLiteral("readAs"));
    readAs_->setToolTip(
        tr("The ABI the forms use: the contract whose code this is, or any "
           "contract of the linked project (a proxy, an interface)"));
    asLabel->setBuddy(readAs_);
    asRow->addWidget(asLabel);
    asRow->addWidget(readAs_, 1);
    layout->addLayout(asRow);
    connect(readAs_, &QComboBox::activated, this, [this] { load(); });

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("contractTabs"));
    layout->addWidget(tabs_, 1);

    // Read
    auto* read = new QWidget(tabs_);
    auto* readLayout = new QVBoxLayout(read);
    readFunctions_ = new QComboBox(read);
    readFunctions_->setObjectName(QStringLiteral("readFunctions"));
    readLayout->addWidget(readFunctions_);
    readForm_ = new FunctionForm(read);
    readLayout->addWidget(readForm_);
    callButton_ = new QPushButton(tr("&Call"), read);
    callButton_->setObjectName(QStringLiteral("callButton"));
    callButton_->setToolTip(tr("Runs the function at the head, changing nothing (Ctrl+Return)"));
    readLayout->addWidget(callButton_, 0, Qt::AlignLeft);
    readResult_ = resultBox(read, "readResult");
    readLayout->addWidget(readResult_, 1);
    tabs_->addTab(read, tr("Read"));
    connect(readFunctions_, &QComboBox::currentIndexChanged, this, [this] {
        const int i = readFunctions_->currentData().toInt();
        readForm_->setFunction(detail_ && i >= 0 && i < static_cast<int>(detail_->functions.size())
                                   ? std::optional(detail_->functions[static_cast<std::size_t>(i)])
                                   : std::nullopt);
    });
    connect(callButton_, &QPushButton::clicked, this, &ContractPanel::call);
    connect(readForm_, &FunctionForm::submitted, this, &ContractPanel::call);

    // Write
    auto* write = new QWidget(tabs_);
    auto* writeLayout = new QVBoxLayout(write);
    writeFunctions_ = new QComboBox(write);
    writeFunctions_->setObjectName(QStringLiteral("writeFunctions"));
    writeLayout->addWidget(writeFunctions_);
    writeForm_ = new FunctionForm(write);
    writeLayout->addWidget(writeForm_);
    auto* sendForm = new QFormLayout;
    valueEdit_ = new QLineEdit(write);
    valueEdit_->setObjectName(QStringLiteral("valueEdit"));
    valueEdit_->setPlaceholderText(QStringLiteral("0"));
    valueLabel_ = new QLabel(tr("Value (FIL):"), write);
    sendForm->addRow(valueLabel_, valueEdit_);
    fromBox_ = new QComboBox(write);
    fromBox_->setObjectName(QStringLiteral("fromBox"));
    sendForm->addRow(tr("From:"), fromBox_);
    writeLayout->addLayout(sendForm);
    sendButton_ = new QPushButton(tr("&Send Transaction"), write);
    sendButton_->setObjectName(QStringLiteral("sendButton"));
    sendButton_->setToolTip(tr("Signs with the wallet account and sends it (Ctrl+Return)"));
    writeLayout->addWidget(sendButton_, 0, Qt::AlignLeft);
    writeStatus_ = new QLabel(write);
    writeStatus_->setObjectName(QStringLiteral("writeStatus"));
    writeStatus_->setWordWrap(true);
    writeStatus_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    writeLayout->addWidget(writeStatus_);
    showSent_ = new QPushButton(tr("Show Transaction"), write);
    showSent_->setObjectName(QStringLiteral("showSent"));
    showSent_->setVisible(false);
    writeLayout->addWidget(showSent_, 0, Qt::AlignLeft);
    writeLayout->addStretch(1);
    tabs_->addTab(write, tr("Write"));
    connect(writeFunctions_, &QComboBox::currentIndexChanged, this, [this] {
        const int i = writeFunctions_->currentData().toInt();
        const bool known = detail_ && i >= 0 && i < static_cast<int>(detail_->functions.size());
        writeForm_->setFunction(
            known ? std::optional(detail_->functions[static_cast<std::size_t>(i)]) : std::nullopt);
        const bool payable =
            known && detail_->functions[static_cast<std::size_t>(i)].stateMutability == "payable";
        valueEdit_->setEnabled(payable);
        valueEdit_->setToolTip(payable ? tr("FIL sent with the call")
                                       : tr("This function takes no value"));
        if (!payable)
            valueEdit_->clear();
    });
    connect(sendButton_, &QPushButton::clicked, this, &ContractPanel::send);
    connect(writeForm_, &FunctionForm::submitted, this, &ContractPanel::send);
    connect(showSent_, &QPushButton::clicked, this,
            [this] { emit showTransactionRequested(sentHash_); });
    connect(bridge_, &DevnetBridge::blocksProduced, this, [this] {
        if (!sentDone_)
            followSent();
    });

    // Storage
    auto* storage = new QWidget(tabs_);
    auto* storageLayout = new QFormLayout(storage);
    slotEdit_ = new QLineEdit(storage);
    slotEdit_->setObjectName(QStringLiteral("slotEdit"));
    slotEdit_->setPlaceholderText(tr("slot: a number or 0x and up to 64 hex digits"));
    slotButton_ = new QPushButton(tr("&Read Slot"), storage);
    slotButton_->setObjectName(QStringLiteral("slotButton"));
    auto* slotRow = new QHBoxLayout;
    slotRow->addWidget(slotEdit_, 1);
    slotRow->addWidget(slotButton_);
    storageLayout->addRow(tr("Slot:"), slotRow);
    slotValue_ = new QLineEdit(storage);
    slotValue_->setObjectName(QStringLiteral("slotValue"));
    slotValue_->setReadOnly(true);
    slotValue_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    storageLayout->addRow(tr("Value:"), slotValue_);
    slotDecimal_ = new QLabel(storage);
    slotDecimal_->setObjectName(QStringLiteral("slotDecimal"));
    slotDecimal_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    storageLayout->addRow(tr("As a number:"), slotDecimal_);
    tabs_->addTab(storage, tr("Storage"));
    connect(slotButton_, &QPushButton::clicked, this, &ContractPanel::readSlot);
    connect(slotEdit_, &QLineEdit::returnPressed, this, &ContractPanel::readSlot);

    // Ctrl+Return runs the form of the tab shown.
    auto* run = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    run->setContext(Qt::WidgetWithChildrenShortcut);
    connect(run, &QShortcut::activated, this, [this] {
        switch (tabs_->currentIndex()) {
            case ReadTab:
                call();
                break;
            case WriteTab:
                send();
                break;
            default:
                readSlot();
        }
    });
    setContract(std::nullopt, std::nullopt);
}

void ContractPanel::setContract(const std::optional<SubnetId>& subnet,
                                const std::optional<EthAddress>& address) {
    const bool same = subnet == subnet_ && address == address_;
    subnet_ = subnet;
    address_ = address;
    if (!same) {
        readAs_->clear();
        readResult_->clear();
        writeStatus_->clear();
        showSent_->setVisible(false);
        sentDone_ = true;
        slotValue_->clear();
        slotDecimal_->clear();
    }
    load();
}

void ContractPanel::reload() {
    load();
}

void ContractPanel::load() {
    if (!subnet_ || !address_ || !bridge_->isRunning()) {
        showDetail(std::nullopt);
        title_->setText(tr("Select a contract to read, call or send to it."));
        return;
    }
    const QString as = readAs_->currentIndex() > 0 ? readAs_->currentText() : QString();
    bridge_->ask(
        this, devnet::ContractDetailQuery{*subnet_, *address_, as.toStdString()},
        [this, subnet = *subnet_,
         address = *address_](const std::optional<devnet::ContractDetailView>& d) {
            if (subnet_ == subnet && address_ == address)
                showDetail(d);
        },
        [this](const QString& error) { info_->setText(error); });
}

void ContractPanel::showDetail(const std::optional<devnet::ContractDetailView>& d) {
    detail_ = d;
    const bool any = d && !d->functions.empty();
    tabs_->setEnabled(d.has_value());
    readAs_->setEnabled(d && !d->knownContracts.empty());
    if (!d) {
        info_->clear();
        readFunctions_->clear();
        writeFunctions_->clear();
        readForm_->setFunction(std::nullopt);
        writeForm_->setFunction(std::nullopt);
        if (subnet_ && address_)
            title_->setText(tr("No code at %1").arg(hexText(*address_)));
        return;
    }
    // The "Read as" list: automatic, then the project's contracts; the choice is kept.
    const QString chosen = readAs_->currentIndex() > 0 ? readAs_->currentText() : QString();
    readAs_->clear();
    //: the ABI of the contract whose code this is
    readAs_->addItem(tr("its own code's contract"));
    for (const auto& name : d->knownContracts)
        readAs_->addItem(fromStd(name));
    readAs_->setCurrentIndex(std::max(0, readAs_->findText(chosen)));

    title_->setText(d->name.empty() ? tr("Unknown contract") : fromStd(d->name));
    QStringList info;
    info << hexText(d->address);
    info << tr("%n byte(s) of code", nullptr, static_cast<int>(d->codeSize));
    info << tr("balance %1").arg(tokenText(d->balance));
    if (!d->source.empty())
        info << fromStd(d->source);
    QString text = info.join(QStringLiteral(" · "));
    if (d->name.empty()) {
        text += QStringLiteral("\n") +
                (d->knownContracts.empty()
                     ? tr("No ABI is known for this code: link the project's build output with "
                          "File › Link Contracts… to read and call it.")
                     : tr("No linked artifact has this code: choose the contract to read it as."));
    }
    info_->setText(text);
    fillFunctions();
    fillAccounts();
    if (!any)
        readResult_->setPlaceholderText(QString());
}

void ContractPanel::fillFunctions() {
    const QString readChosen = readFunctions_->currentText();
    const QString writeChosen = writeFunctions_->currentText();
    readFunctions_->clear();
    writeFunctions_->clear();
    for (std::size_t i = 0; i < detail_->functions.size(); ++i) {
        const auto& f = detail_->functions[i];
        (f.readOnly() ? readFunctions_ : writeFunctions_)
            ->addItem(functionLabel(f), static_cast<int>(i));
    }
    readFunctions_->setCurrentIndex(std::max(0, readFunctions_->findText(readChosen)));
    writeFunctions_->setCurrentIndex(std::max(0, writeFunctions_->findText(writeChosen)));
    if (readFunctions_->count() == 0)
        readForm_->setFunction(std::nullopt);
    if (writeFunctions_->count() == 0)
        writeForm_->setFunction(std::nullopt);
    callButton_->setEnabled(readFunctions_->count() > 0);
    sendButton_->setEnabled(writeFunctions_->count() > 0);
}

void ContractPanel::fillAccounts() {
    const QString chosen = fromBox_->currentData().toString();
    fromBox_->clear();
    const auto wallet = bridge_->wallet();
    if (wallet == nullptr)
        return;
    for (const auto& a : wallet->accounts())
        fromBox_->addItem(WalletFormat::accountText(a), hexText(a.address));
    int index = fromBox_->findData(chosen);
    if (index < 0) {
        if (const auto preferred = wallet->defaultAccount())
            index = fromBox_->findData(hexText(*preferred));
    }
    fromBox_->setCurrentIndex(std::max(0, index));
}

void ContractPanel::call() {
    const auto& f = readForm_->function();
    if (!f || !subnet_ || !address_)
        return;
    devnet::ReadContractQuery q{*subnet_, *address_, f->signature, readForm_->arguments(), {}, {}};
    if (!fromBox_->currentData().toString().isEmpty())
        q.from = EthAddress::parse(fromBox_->currentData().toString().toStdString());
    callButton_->setEnabled(false);
    const QString label = fromStd(f->name);
    bridge_->ask(
        this, std::move(q),
        [this, label, outputs = f->outputTypes](const devnet::ContractCallView& r) {
            callButton_->setEnabled(true);
            QString text;
            if (r.success) {
                QStringList lines;
                for (std::size_t i = 0; i < r.outputs.size(); ++i) {
                    const QString type = i < outputs.size() && r.outputs.size() == outputs.size()
                                             ? fromStd(outputs[i]) + QStringLiteral(": ")
                                             : QString();
                    lines << type + fromStd(r.outputs[i]);
                }
                if (lines.isEmpty())
                    lines << tr("(returns nothing)");
                text = tr("%1 → %2").arg(label, lines.join(QStringLiteral(", ")));
            } else {
                text = tr("%1 failed: %2").arg(label, fromStd(r.revert));
            }
            readResult_->appendPlainText(text);
        },
        [this, label](const QString& error) {
            callButton_->setEnabled(true);
            readResult_->appendPlainText(tr("%1 refused: %2").arg(label, error));
        });
}

void ContractPanel::send() {
    const auto& f = writeForm_->function();
    if (!f || !subnet_ || !address_)
        return;
    Bytes callData;
    try {
        callData = devnet::encodeFunctionCall(*f, writeForm_->arguments());
    } catch (const std::exception& e) {
        writeStatus_->setText(tr("Not sent: %1").arg(fromStd(e.what())));
        return;
    }
    U256 value;
    if (!valueEdit_->text().trimmed().isEmpty()) {
        QString problem;
        const auto amount = WalletFormat::parseAmount(valueEdit_->text(), &problem);
        if (!amount) {
            writeStatus_->setText(tr("Not sent: %1").arg(problem));
            return;
        }
        value = *amount;
    }
    const QString from = fromBox_->currentData().toString();
    if (from.isEmpty()) {
        writeStatus_->setText(tr("Not sent: the wallet has no account to send from."));
        return;
    }
    sendButton_->setEnabled(false);
    showSent_->setVisible(false);
    writeStatus_->setText(tr("Signing and sending %1…").arg(fromStd(f->name)));
    bridge_->walletSend(
        this, QString::fromStdString(subnet_->toString()), from, hexText(*address_), value,
        [this](const DevnetBridge::SendResult& r) {
            sendButton_->setEnabled(writeFunctions_->count() > 0);
            if (!r.error.isEmpty()) {
                writeStatus_->setText(tr("Not sent: %1").arg(r.error));
                return;
            }
            sentHash_ = r.txHash;
            sentDone_ = false;
            writeStatus_->setText(tr("Sent %1, waiting for its block…").arg(shortHex(sentHash_)));
            showSent_->setVisible(true);
            followSent();
        },
        callData);
}

void ContractPanel::followSent() {
    if (sentHash_.isEmpty() || !subnet_)
        return;
    Hash32 hash;
    try {
        hash = Hash32::fromHexString(sentHash_.toStdString());
    } catch (const std::exception&) {
        return;
    }
    bridge_->ask(this, devnet::TransactionQuery{*subnet_, hash},
                 [this, sent = sentHash_](const std::optional<devnet::TransactionView>& t) {
                     if (!t || sent != sentHash_ || sentDone_)
                         return;
                     sentDone_ = true;
                     const QString gas = QLocale().toString(static_cast<qulonglong>(t->gasUsed));
                     writeStatus_->setText(t->success ? tr("%1 succeeded in block %2, gas used %3")
                                                            .arg(shortHex(sent))
                                                            .arg(t->block)
                                                            .arg(gas)
                                                      : tr("%1 failed in block %2, gas used %3: %4")
                                                            .arg(shortHex(sent))
                                                            .arg(t->block)
                                                            .arg(gas, fromStd(t->revertReason)));
                     load();  // the balance may have changed
                 });
}

void ContractPanel::readSlot() {
    if (!subnet_ || !address_)
        return;
    const QString text = slotEdit_->text().trimmed();
    U256 slot;
    try {
        if (text.isEmpty())
            throw std::invalid_argument("empty");
        slot = U256::parse(text.toStdString());
    } catch (const std::exception&) {
        slotValue_->clear();
        slotDecimal_->setText(
            tr("'%1' is not a slot: give a number or 0x and up to 64 hex digits").arg(text));
        return;
    }
    slotButton_->setEnabled(false);
    Hash32 key;
    const auto bytes = slot.toBigEndian();
    std::copy(bytes.begin(), bytes.end(), key.bytes.begin());
    bridge_->ask(
        this, devnet::StorageQuery{*subnet_, *address_, key},
        [this](const Hash32& value) {
            slotButton_->setEnabled(true);
            slotValue_->setText(hexText(value));
            slotDecimal_->setText(
                fromStd(U256::fromBigEndian(ByteView(value.bytes.data(), 32)).toDecimal()));
        },
        [this](const QString& error) {
            slotButton_->setEnabled(true);
            slotDecimal_->setText(error);
        });
}

}  // namespace ipc::ui
