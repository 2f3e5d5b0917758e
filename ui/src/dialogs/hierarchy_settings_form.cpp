// The settings a new hierarchy starts with, as a form checked while typed.
#include "ipc/ui/dialogs/hierarchy_settings_form.h"

#include <exception>
#include <stdexcept>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include "ipc/ui/window/problem_label.h"

namespace ipc::ui {

namespace {

constexpr int kLowestPort = 1024;  // below it a port needs privileges
constexpr int kHighestPort = 65535;

QString fromStd(const std::string& s) {
    return QString::fromStdString(s);
}

void applyBlockTime(std::vector<devnet::SubnetSpec>& specs, std::uint64_t ms) {
    for (auto& spec : specs) {
        spec.params.blockTimeMs = ms;
        applyBlockTime(spec.children, ms);
    }
}

}  // namespace

HierarchySettings HierarchySettings::fromTemplate(const QString& templateName, quint16 rpcPort) {
    HierarchySettings s;
    s.templateName = templateName;
    s.rpcPort = rpcPort;
    try {
        const devnet::Topology t = devnet::builtinTemplate(templateName.toStdString());
        s.blockTimeMs = t.rootBlockTimeMs;
        s.accounts = t.accounts;
        s.mnemonic = fromStd(t.mnemonic);
    } catch (const std::exception&) {
        // An unknown template keeps the defaults; topology() says what is wrong.
    }
    return s;
}

devnet::Topology HierarchySettings::topology() const {
    devnet::Topology t = devnet::builtinTemplate(templateName.toStdString());
    if (accounts == 0)
        throw std::invalid_argument(
            HierarchySettingsFields::tr("at least one account is needed").toStdString());
    // Every chain serves JSON-RPC on its own port, the root on the first.
    const int chains = static_cast<int>(t.subnetCount()) + 1;
    if (rpcPort < kLowestPort || rpcPort + chains - 1 > kHighestPort) {
        throw std::invalid_argument(
            //: %1: the port typed; %2 and %3: the range allowed; %n: how many chains need a port
            HierarchySettingsFields::tr("the RPC port %1 is out of range: with %n chain(s) it "
                                        "must be between %2 and %3",
                                        nullptr, chains)
                .arg(rpcPort)
                .arg(kLowestPort)
                .arg(kHighestPort - chains + 1)
                .toStdString());
    }
    try {
        devnet::checkMnemonic(mnemonic.simplified().toStdString());
    } catch (const std::exception& e) {
        throw std::invalid_argument(
            HierarchySettingsFields::tr("the mnemonic is not a valid BIP-39 phrase (%1)")
                .arg(fromStd(e.what()))
                .toStdString());
    }
    t.rootBlockTimeMs = blockTimeMs;
    applyBlockTime(t.subnets, blockTimeMs);
    t.accounts = accounts;
    t.mnemonic = mnemonic.simplified().toStdString();
    return t;
}

HierarchySettingsFields::HierarchySettingsFields(QWidget* parent, const QString& prefix,
                                                 const QString& problemName,
                                                 const QString& templateName)
    : QObject(parent) {
    templates_ = new QComboBox(parent);
    templates_->setObjectName(prefix + QStringLiteral("Template"));
    for (const auto& t : devnet::builtinTemplateNames())
        templates_->addItem(fromStd(t));
    port_ = new QSpinBox(parent);
    port_->setObjectName(prefix + QStringLiteral("RpcPort"));
    // The whole range, so a port out of range is said rather than silently clamped.
    port_->setRange(1, kHighestPort);
    port_->setToolTip(tr("The root's JSON-RPC port; each subnet gets the next one"));
    blockTime_ = new QSpinBox(parent);
    blockTime_->setObjectName(prefix + QStringLiteral("BlockTime"));
    blockTime_->setRange(0, 600000);
    blockTime_->setSingleStep(100);
    //: unit of the block time field (milliseconds)
    blockTime_->setSuffix(tr(" ms"));
    blockTime_->setSpecialValueText(tr("0 (a block per transaction)"));
    accounts_ = new QSpinBox(parent);
    accounts_->setObjectName(prefix + QStringLiteral("Accounts"));
    accounts_->setRange(1, 1000);
    mnemonic_ = new QLineEdit(parent);
    mnemonic_->setObjectName(prefix + QStringLiteral("Mnemonic"));
    mnemonic_->setMinimumWidth(mnemonic_->fontMetrics().horizontalAdvance(
        QStringLiteral("test test test test test test test test test test test junk  ")));
    problemLabel_ = problemLabel(problemName.toLatin1().constData(), parent);
    problemLabel_->hide();

    port_->setValue(8545);
    templates_->setCurrentText(templateName);
    fill(templates_->currentText());
    // Changing the template puts its values back in the settings.
    connect(templates_, &QComboBox::currentTextChanged, this, &HierarchySettingsFields::fill);
    for (QSpinBox* box : {port_, blockTime_, accounts_})
        connect(box, &QSpinBox::valueChanged, this, &HierarchySettingsFields::check);
    connect(mnemonic_, &QLineEdit::textChanged, this, &HierarchySettingsFields::check);
    check();
}

void HierarchySettingsFields::addRows(QFormLayout* form) {
    form->addRow(tr("&Template:"), templates_);
    form->addRow(tr("&RPC port:"), port_);
    form->addRow(tr("&Block time:"), blockTime_);
    form->addRow(tr("&Accounts:"), accounts_);
    form->addRow(tr("&Mnemonic:"), mnemonic_);
    form->addRow(problemLabel_);
}

void HierarchySettingsFields::fill(const QString& templateName) {
    const HierarchySettings d =
        HierarchySettings::fromTemplate(templateName, static_cast<quint16>(port_->value()));
    blockTime_->setValue(static_cast<int>(d.blockTimeMs));
    accounts_->setValue(static_cast<int>(d.accounts));
    mnemonic_->setText(d.mnemonic);
    check();
}

HierarchySettings HierarchySettingsFields::settings() const {
    HierarchySettings s;
    s.templateName = templates_->currentText();
    s.rpcPort = static_cast<quint16>(port_->value());
    s.blockTimeMs = static_cast<std::uint64_t>(blockTime_->value());
    s.accounts = static_cast<std::uint32_t>(accounts_->value());
    s.mnemonic = mnemonic_->text().simplified();
    return s;
}

void HierarchySettingsFields::check() {
    QString why;
    try {
        (void)settings().topology();
    } catch (const std::exception& e) {
        why = fromStd(e.what());
    }
    const bool changed = why.isEmpty() != problem_.isEmpty();
    problem_ = why;
    problemLabel_->setText(why);
    problemLabel_->setVisible(!why.isEmpty());
    if (changed)
        emit validityChanged(why.isEmpty());
}

void HierarchySettingsFields::guard(QPushButton* ok) {
    ok->setEnabled(problem_.isEmpty());
    connect(this, &HierarchySettingsFields::validityChanged, ok, &QPushButton::setEnabled);
}

NewHierarchyDialog::NewHierarchyDialog(const QString& templateName, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("newHierarchyDialog"));
    setWindowTitle(tr("New Hierarchy"));
    auto* form = new QFormLayout(this);
    fields_ = new HierarchySettingsFields(this, QStringLiteral("newHierarchy"),
                                          QStringLiteral("newHierarchyError"), templateName);
    fields_->addRows(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    //: the OK button of New Hierarchy: starts the hierarchy
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    fields_->guard(buttons->button(QDialogButtonBox::Ok));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (fields_->problem().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

HierarchySettings NewHierarchyDialog::settings() const {
    return fields_->settings();
}

}  // namespace ipc::ui
