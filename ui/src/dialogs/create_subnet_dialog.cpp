// The create-subnet dialog: IPC's subnet parameters, defaults from the parent, checked as typed.
#include "ipc/ui/dialogs/create_subnet_dialog.h"

#include <exception>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ipc/core/primitives/token_amount.h"
#include "ipc/ui/format/subnet_format.h"
#include "ipc/ui/format/value_text.h"

namespace ipc::ui {

namespace {

std::optional<TokenAmount> parseFil(const QString& text) {
    try {
        return TokenAmount::parse(text.trimmed().toStdString());
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

QString filText(const U256& atto) {
    return QString::fromStdString(TokenAmount::fromAtto(atto).format());
}

}  // namespace

// ---------------------------------------------------------------- SubnetForm

SubnetForm SubnetForm::forParent(const devnet::SubnetView& parent, const QStringList& takenNames) {
    SubnetForm f;
    f.parentId = subnetIdText(parent.id);
    if (parent.blockTimeMs > 0)
        f.blockTimeMs = static_cast<int>(parent.blockTimeMs);
    if (parent.checkpointPeriod > 0)
        f.checkpointPeriod = static_cast<int>(parent.checkpointPeriod);
    // The root usually runs one validator; a subnet needs a quorum to be worth watching.
    if (parent.parent && parent.validatorsTotal > 0)
        f.validators = static_cast<int>(parent.validatorsTotal);
    if (parent.parent && !parent.validators.empty() &&
        !parent.validators.front().collateral.isZero())
        f.collateral = filText(parent.validators.front().collateral);
    const QString stem =
        parent.parent ? QString::fromStdString(parent.name) : QStringLiteral("subnet");
    for (int n = 1;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(stem).arg(n);
        if (!takenNames.contains(candidate)) {
            f.name = candidate;
            break;
        }
    }
    return f;
}

QString SubnetForm::problem(const QStringList& takenNames, QString* field) const {
    const auto blame = [field](const char* objectName, QString text) {
        if (field != nullptr)
            *field = QString::fromLatin1(objectName);
        return text;
    };
    static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (name.isEmpty())
        return blame("subnetName", tr("Give the subnet a name."));
    if (!nameRe.match(name).hasMatch()) {
        return blame("subnetName",
                     tr("Names use lower-case letters, digits and dashes, starting with a letter "
                        "or digit."));
    }
    if (takenNames.contains(name))
        return blame("subnetName", tr("A subnet named %1 exists already.").arg(name));
    const auto minimum = parseFil(minCollateral);
    if (!minimum)
        return blame("minCollateral", tr("Minimum collateral is not an amount of FIL."));
    const auto each = parseFil(collateral);
    if (!each || each->atto().isZero())
        return blame("collateral", tr("Collateral per validator must be an amount above 0 FIL."));
    if (minValidators < 1)
        return blame("minValidators", tr("A subnet needs at least one validator to start."));
    if (activeValidatorsLimit < 1 || activeValidatorsLimit > 256)
        return blame("activeValidatorsLimit", tr("The active validator limit is 1 to 256."));
    if (minValidators > activeValidatorsLimit) {
        return blame("minValidators",
                     tr("Minimum validators (%1) exceeds the active validator limit (%2).")
                         .arg(minValidators)
                         .arg(activeValidatorsLimit));
    }
    if (validators < minValidators) {
        return blame("validators", tr("%1 validators never reach the minimum of %2: the subnet "
                                      "would not start.")
                                       .arg(validators)
                                       .arg(minValidators));
    }
    if (majorityPercentage < 51 || majorityPercentage > 100)
        return blame("majorityPercentage", tr("Majority must be between 51 and 100 %."));
    if (checkpointPeriod < 1)
        return blame("checkpointPeriod", tr("The checkpoint period must be at least 1 block."));
    if (blockTimeMs < 10)
        return blame("blockTimeMs", tr("Block time must be at least 10 ms."));
    if (permissionMode == protocol::PermissionMode::Federated) {
        return blame("permissionMode",
                     tr("Federated subnets get their validators from their owner; start them "
                        "from a topology file."));
    }
    const U256 total = each->atto() * U256(static_cast<std::uint64_t>(validators));
    if (total < minimum->atto()) {
        return blame("collateral",
                     tr("%1 validators × %2 FIL is below the minimum collateral of %3 FIL.")
                         .arg(validators)
                         .arg(filText(each->atto()), filText(minimum->atto())));
    }
    return {};
}

devnet::NewSubnet SubnetForm::toNewSubnet() const {
    devnet::NewSubnet spec;
    spec.parent = SubnetId::parse(parentId.toStdString());
    spec.name = name.toStdString();
    spec.params.minActivationCollateral = parseFil(minCollateral).value_or(TokenAmount()).atto();
    spec.params.minValidators = static_cast<std::uint64_t>(minValidators);
    spec.params.bottomUpCheckPeriod = static_cast<std::uint64_t>(checkpointPeriod);
    spec.params.activeValidatorsLimit = static_cast<std::uint16_t>(activeValidatorsLimit);
    spec.params.majorityPercentage = static_cast<std::uint8_t>(majorityPercentage);
    spec.params.permissionMode = permissionMode;
    spec.params.blockTimeMs = static_cast<std::uint64_t>(blockTimeMs);
    spec.validators = static_cast<std::uint32_t>(validators);
    spec.collateral = parseFil(collateral).value_or(TokenAmount::fromWhole(10));
    return spec;
}

// ---------------------------------------------------------------- CreateSubnetDialog

CreateSubnetDialog::CreateSubnetDialog(const devnet::HierarchyView& view, const QString& parentId,
                                       QWidget* parent)
    : QDialog(parent), parentId_(parentId) {
    setObjectName(QStringLiteral("createSubnetDialog"));
    setWindowTitle(tr("Create Subnet"));
    const devnet::SubnetView* parentView = nullptr;
    for (const auto& s : view.subnets) {
        takenNames_.push_back(QString::fromStdString(s.name));
        if (subnetIdText(s.id) == parentId)
            parentView = &s;
    }
    SubnetForm defaults;
    defaults.parentId = parentId;
    if (parentView != nullptr)
        defaults = SubnetForm::forParent(*parentView, takenNames_);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("A new child of <b>%1</b>. The registry in the parent creates it; its validators "
           "join with their collateral and it starts once enough have joined.")
            .arg(parentView != nullptr ? QString::fromStdString(parentView->name).toHtmlEscaped()
                                       : shortSubnetId(parentId)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    fields_ = new QWidget(this);
    auto* form = new QFormLayout(fields_);
    form->setContentsMargins(0, 6, 0, 6);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto spin = [this](const char* objectName, int min, int max, int value,
                             const QString& suffix) {
        auto* s = new QSpinBox(fields_);
        s->setObjectName(QString::fromLatin1(objectName));
        s->setRange(min, max);
        s->setValue(value);
        s->setSuffix(suffix);
        s->setAccelerated(true);
        connect(s, &QSpinBox::valueChanged, this, &CreateSubnetDialog::validate);
        return s;
    };
    const auto line = [this](const char* objectName, const QString& value) {
        auto* e = new QLineEdit(value, fields_);
        e->setObjectName(QString::fromLatin1(objectName));
        connect(e, &QLineEdit::textChanged, this, &CreateSubnetDialog::validate);
        return e;
    };

    name_ = line("subnetName", defaults.name);
    name_->setPlaceholderText(tr("e.g. gamma"));
    form->addRow(tr("&Name"), name_);
    auto* parentLabel = new QLabel(shortSubnetId(parentId), fields_);
    parentLabel->setToolTip(parentId);
    parentLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Parent"), parentLabel);
    validators_ = spin("validators", 1, 64, defaults.validators, {});
    validators_->setToolTip(tr("Validators the devnet creates and joins for this subnet"));
    form->addRow(tr("&Validators"), validators_);
    collateral_ = line("collateral", defaults.collateral);
    collateral_->setToolTip(tr("Collateral each validator stakes when it joins, in FIL"));
    form->addRow(tr("&Collateral per validator (FIL)"), collateral_);
    minValidators_ = spin("minValidators", 0, 256, defaults.minValidators, {});
    form->addRow(tr("Mi&nimum validators"), minValidators_);
    minCollateral_ = line("minCollateral", defaults.minCollateral);
    minCollateral_->setToolTip(tr("Total collateral the subnet needs before it starts, in FIL"));
    form->addRow(tr("Minimum co&llateral (FIL)"), minCollateral_);
    checkpointPeriod_ =
        spin("checkpointPeriod", 0, 100000, defaults.checkpointPeriod, tr(" blocks"));
    form->addRow(tr("Checkpoint &period"), checkpointPeriod_);
    majority_ = spin("majorityPercentage", 0, 100, defaults.majorityPercentage, tr(" %"));
    majority_->setToolTip(tr("Share of validator weight a checkpoint needs (51–100 %)"));
    form->addRow(tr("&Majority"), majority_);
    permission_ = new QComboBox(fields_);
    permission_->setObjectName(QStringLiteral("permissionMode"));
    //: permission mode: validators join by staking collateral
    permission_->addItem(tr("Collateral"), static_cast<int>(protocol::PermissionMode::Collateral));
    //: permission mode: the owner sets validator power
    permission_->addItem(tr("Federated"), static_cast<int>(protocol::PermissionMode::Federated));
    //: permission mode: collateral fixed at genesis
    permission_->addItem(tr("Static"), static_cast<int>(protocol::PermissionMode::Static));
    permission_->setCurrentIndex(permission_->findData(static_cast<int>(defaults.permissionMode)));
    connect(permission_, &QComboBox::currentIndexChanged, this, &CreateSubnetDialog::validate);
    form->addRow(tr("Pe&rmission mode"), permission_);
    activeLimit_ = spin("activeValidatorsLimit", 0, 1000, defaults.activeValidatorsLimit, {});
    form->addRow(tr("Active validator &limit"), activeLimit_);
    blockTime_ = spin("blockTimeMs", 1, 600000, defaults.blockTimeMs, tr(" ms"));
    blockTime_->setSingleStep(100);
    form->addRow(tr("&Block time"), blockTime_);
    chainId_ = new QLabel(tr("assigned when the subnet is created"), fields_);
    chainId_->setObjectName(QStringLiteral("chainIdLabel"));
    chainId_->setForegroundRole(QPalette::PlaceholderText);
    chainId_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Chain id"), chainId_);
    layout->addWidget(fields_);

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("validationMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->setMinimumHeight(message_->fontMetrics().height() * 2);
    layout->addWidget(message_);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->setObjectName(QStringLiteral("buttonBox"));
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &CreateSubnetDialog::submit);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons_);
    setMinimumWidth(460);
    validate();
}

SubnetForm CreateSubnetDialog::form() const {
    SubnetForm f;
    f.parentId = parentId_;
    f.name = name_->text().trimmed();
    f.minValidators = minValidators_->value();
    f.minCollateral = minCollateral_->text();
    f.collateral = collateral_->text();
    f.checkpointPeriod = checkpointPeriod_->value();
    f.majorityPercentage = majority_->value();
    f.permissionMode = static_cast<protocol::PermissionMode>(permission_->currentData().toInt());
    f.activeValidatorsLimit = activeLimit_->value();
    f.blockTimeMs = blockTime_->value();
    f.validators = validators_->value();
    return f;
}

bool CreateSubnetDialog::canCreate() const {
    return buttons_->button(QDialogButtonBox::Ok)->isEnabled();
}

QString CreateSubnetDialog::problem() const {
    return problem_;
}

void CreateSubnetDialog::validate() {
    if (created_)
        return;
    QString field;
    problem_ = form().problem(takenNames_, &field);
    for (QWidget* w : fields_->findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(w) != nullptr || qobject_cast<QSpinBox*>(w) != nullptr ||
            qobject_cast<QComboBox*>(w) != nullptr) {
            // The blamed input is marked for screen readers and by colour.
            const bool bad = !field.isEmpty() && w->objectName() == field;
            w->setAccessibleDescription(bad ? problem_ : QString());
            w->setStyleSheet(bad ? QStringLiteral("border: 1px solid #dc2626; border-radius: 3px;")
                                 : QString());
        }
    }
    message_->setStyleSheet(problem_.isEmpty() ? QString() : QStringLiteral("color: #dc2626;"));
    message_->setText(problem_);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem_.isEmpty() && !pending_);
}

void CreateSubnetDialog::submit() {
    if (!canCreate())
        return;
    pending_ = true;
    fields_->setEnabled(false);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);
    message_->setStyleSheet(QString());
    message_->setText(tr("Creating %1…").arg(name_->text().trimmed()));
    emit createRequested(form().toNewSubnet());
}

void CreateSubnetDialog::setCreated(const QString& subnetId) {
    pending_ = false;
    created_ = true;
    QString chain;
    try {
        chain = QString::number(SubnetId::parse(subnetId.toStdString()).chainId());
    } catch (const std::exception& e) {
        chain = QString::fromUtf8(e.what());
    }
    chainId_->setText(chain);
    chainId_->setForegroundRole(QPalette::WindowText);
    message_->setStyleSheet(QString());
    message_->setText(tr("Created <b>%1</b> as %2. It starts once its validators have joined.")
                          .arg(name_->text().trimmed().toHtmlEscaped(), subnetId));
    buttons_->button(QDialogButtonBox::Ok)->hide();
    buttons_->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
}

void CreateSubnetDialog::setFailed(const QString& error) {
    if (!pending_)
        return;
    pending_ = false;
    fields_->setEnabled(true);
    validate();
    message_->setStyleSheet(QStringLiteral("color: #dc2626;"));
    message_->setText(tr("The engine refused: %1").arg(error));
}

}  // namespace ipc::ui
