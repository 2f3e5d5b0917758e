// The selected subnet's key facts under the hierarchy tree.
#include "ipc/ui/pages/subnet_summary.h"

#include <exception>

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include "ipc/core/primitives/token_amount.h"
#include "ipc/ui/format/subnet_format.h"
#include "ipc/ui/format/value_text.h"

namespace ipc::ui {

SubnetSummary::SubnetSummary(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("subnetSummary"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);

    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("summaryTitle"));
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title_->setFont(titleFont);
    layout->addWidget(title_);

    hint_ = new QLabel(tr("Select a subnet in the tree or the graph to see its details."), this);
    hint_->setWordWrap(true);
    hint_->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint_);

    details_ = new QWidget(this);
    form_ = new QFormLayout(details_);
    form_->setContentsMargins(0, 0, 0, 0);
    form_->setLabelAlignment(Qt::AlignLeft);
    form_->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form_->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form_->setHorizontalSpacing(12);
    form_->setVerticalSpacing(4);

    id_ = new QLineEdit(details_);
    id_->setObjectName(QStringLiteral("summaryId"));
    id_->setReadOnly(true);
    id_->setFrame(false);
    id_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    id_->setToolTip(tr("The subnet id; select it to copy"));
    id_->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }"));
    form_->addRow(tr("Subnet id"), id_);
    chainId_ = addRow(tr("Chain id"), "summaryChainId");
    parent_ = addRow(tr("Parent"), "summaryParent");
    blockTime_ = addRow(tr("Block time"), "summaryBlockTime");
    validators_ = addRow(tr("Validators"), "summaryValidators");
    checkpoints_ = addRow(tr("Checkpoints"), "summaryCheckpoints");
    finality_ = addRow(tr("Parent finality"), "summaryFinality");
    relayer_ = addRow(tr("Relayer"), "summaryRelayer");
    mempool_ = addRow(tr("Mempool"), "summaryMempool");
    supply_ = addRow(tr("Circulating supply"), "summarySupply");
    layout->addWidget(details_);
    layout->addStretch();
    setSubnet(nullptr, {});
}

QLabel* SubnetSummary::addRow(const QString& label, const char* objectName) {
    auto* value = new QLabel(details_);
    value->setObjectName(QString::fromLatin1(objectName));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form_->addRow(label, value);
    return value;
}

QString SubnetSummary::value(const QString& objectName) const {
    if (objectName == id_->objectName())
        return id_->text();
    const auto* label = findChild<QLabel*>(objectName);
    return label == nullptr ? QString() : label->text();
}

void SubnetSummary::setSubnet(const devnet::HierarchyView* view, const QString& subnetId) {
    const devnet::SubnetView* subnet = nullptr;
    const devnet::SubnetView* parentView = nullptr;
    if (subnetId != selectedText_) {
        selectedText_ = subnetId;
        selected_.reset();
        try {
            if (!subnetId.isEmpty())
                selected_ = SubnetId::parse(subnetId.toStdString());
        } catch (const std::exception&) {
            // Not an id: nothing to show.
        }
    }
    if (view != nullptr && selected_) {
        for (const auto& s : view->subnets) {
            if (s.id == *selected_)
                subnet = &s;
        }
        if (subnet != nullptr && subnet->parent) {
            for (const auto& s : view->subnets) {
                if (s.id == *subnet->parent)
                    parentView = &s;
            }
        }
    }
    hint_->setVisible(subnet == nullptr);
    details_->setVisible(subnet != nullptr);
    if (subnet == nullptr) {
        title_->setText(tr("Subnet"));
        return;
    }
    const QLocale locale;
    const auto number = [&](std::uint64_t n) {
        return locale.toString(static_cast<qulonglong>(n));
    };
    //: summary title: subnet name and its status, e.g. "alpha · running"
    title_->setText(
        tr("%1 · %2").arg(QString::fromStdString(subnet->name), statusText(subnet->status)));
    if (id_->text() != subnetId) {
        id_->setText(subnetId);
        id_->setCursorPosition(0);
    }
    chainId_->setText(QString::number(subnet->chainId));
    parent_->setText(parentView != nullptr ? QString::fromStdString(parentView->name)
                                           : tr("— (the root)"));
    blockTime_->setText(formatDuration(subnet->blockTimeMs));
    validators_->setText(
        tr("%1 of %2 online").arg(subnet->validatorsOnline).arg(subnet->validatorsTotal));
    if (subnet->parent) {
        //: checkpoint period, last height cut here, last height the parent accepted
        checkpoints_->setText(
            tr("every %1 · cut %2 · accepted %3")
                .arg(subnet->checkpointPeriod)
                .arg(number(subnet->lastCheckpointCut), number(subnet->lastCheckpointAccepted)));
        checkpoints_->setToolTip(
            tr("A checkpoint every %1 blocks; the last was cut at height "
               "%2 and the parent accepted checkpoints up to height %3")
                .arg(subnet->checkpointPeriod)
                .arg(number(subnet->lastCheckpointCut), number(subnet->lastCheckpointAccepted)));
        finality_->setText(tr("parent height %1").arg(number(subnet->parentFinality)));
        relayer_->setText(subnet->relayerOn ? tr("running") : tr("stopped"));
    } else {
        checkpoints_->setText(tr("— (the root has no parent)"));
        checkpoints_->setToolTip({});
        finality_->setText(tr("—"));
        relayer_->setText(tr("n/a (the root)"));
    }
    mempool_->setText(tr("%1 transactions").arg(subnet->mempool));
    supply_->setText(
        QString::fromStdString(TokenAmount::fromAtto(subnet->circulatingSupply).formatWithUnit()));
}

}  // namespace ipc::ui
