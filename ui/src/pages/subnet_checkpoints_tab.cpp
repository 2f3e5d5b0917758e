// The subnet pages' Checkpoints tab: the checkpoint list and the checkpoint inspector.
#include "ipc/ui/pages/subnet_pages.h"

#include <algorithm>
#include <map>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ipc/core/primitives/token_amount.h"
#include "ipc/ui/format/subnet_format.h"
#include "ipc/ui/format/value_text.h"
#include "ipc/ui/models/block_table_model.h"
#include "ipc/ui/models/checkpoint_table_model.h"
#include "ipc/ui/models/contract_table_model.h"
#include "ipc/ui/models/cross_message_model.h"
#include "ipc/ui/models/still_rows.h"
#include "ipc/ui/models/transaction_table_model.h"
#include "ipc/ui/models/validator_table_model.h"

#include "pages/subnet_pages_parts.h"

namespace ipc::ui {

using namespace pages;

QWidget* SubnetPages::createCheckpoints() {
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("checkpointsPage"));
    checkpointTable_ = createTable("checkpointTable", checkpointModel_);
    checkpointTable_->setItemDelegateForColumn(CheckpointTableModel::WeightColumn,
                                               new WeightDelegate(checkpointTable_));
    checkpointTable_->setColumnWidth(CheckpointTableModel::HeightColumn, 70);
    checkpointTable_->setColumnWidth(CheckpointTableModel::HashColumn, 130);
    checkpointTable_->setColumnWidth(CheckpointTableModel::MessagesColumn, 80);
    checkpointTable_->setColumnWidth(CheckpointTableModel::WeightColumn, 120);
    checkpointTable_->setColumnWidth(CheckpointTableModel::StageColumn, 130);
    {
        QStringList stages;
        for (const auto stage :
             {protocol::CheckpointStage::Signing, protocol::CheckpointStage::Quorum,
              protocol::CheckpointStage::Submitted, protocol::CheckpointStage::Executed}) {
            stages << CheckpointTableModel::stageText(stage);
        }
        widenColumns(checkpointTable_, {{CheckpointTableModel::StageColumn, stages}});
    }
    auto* copy = new QAction(tr("Copy Checkpoint Hash"), checkpointTable_);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this,
            [this] { copyCurrent(checkpointTable_, CheckpointTableModel::HashRole); });
    checkpointTable_->addAction(copy);
    checkpointTable_->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(checkpointTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SubnetPages::inspectCurrentCheckpoint);
    connect(checkpointModel_, &QAbstractItemModel::dataChanged, this,
            &SubnetPages::inspectCurrentCheckpoint);
    // A click on the row that is already current (made current by focus before it loaded).
    connect(checkpointTable_, &QAbstractItemView::pressed, this,
            &SubnetPages::inspectCurrentCheckpoint);

    auto* inspector = new QWidget(split);
    inspector->setObjectName(QStringLiteral("checkpointInspector"));
    auto* layout = new QVBoxLayout(inspector);
    auto* head = new QHBoxLayout();
    checkpointTitle_ = new QLabel(tr("Select a checkpoint to inspect it."), inspector);
    checkpointTitle_->setObjectName(QStringLiteral("checkpointTitle"));
    QFont titleFont = checkpointTitle_->font();
    titleFont.setBold(true);
    checkpointTitle_->setFont(titleFont);
    openInParent_ = new QPushButton(tr("Open in &Parent"), inspector);
    openInParent_->setObjectName(QStringLiteral("openInParent"));
    openInParent_->setToolTip(tr("Show the parent block where this checkpoint was executed"));
    openInParent_->setEnabled(false);
    connect(openInParent_, &QPushButton::clicked, this, &SubnetPages::openCheckpointInParent);
    head->addWidget(checkpointTitle_, 1);
    head->addWidget(openInParent_);
    layout->addLayout(head);
    quorumBar_ = new QProgressBar(inspector);
    quorumBar_->setObjectName(QStringLiteral("quorumBar"));
    quorumBar_->setRange(0, 1);
    quorumBar_->setValue(0);
    quorumBar_->setFormat(QString());
    layout->addWidget(quorumBar_);
    auto* details = new QSplitter(Qt::Vertical, inspector);
    stageTree_ = createDetails("checkpointStages",
                               {tr("Stage"), tr("Where"), tr("Height"), tr("Virtual time")});
    stageTree_->setRootIsDecorated(false);
    signatureTree_ = createDetails("checkpointSignatures",
                                   {tr("Signer"), tr("Weight"), tr("Height"), tr("Verified")});
    signatureTree_->setRootIsDecorated(false);
    signatureTree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    signatureTree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    signatureTree_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    signatureTree_->header()->setStretchLastSection(false);
    signatureTree_->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    checkpointFields_ = createDetails("checkpointFields", {tr("Field"), tr("Value")});
    details->addWidget(stageTree_);
    details->addWidget(signatureTree_);
    details->addWidget(checkpointFields_);
    details->setStretchFactor(0, 2);
    details->setStretchFactor(1, 2);
    details->setStretchFactor(2, 3);
    layout->addWidget(details, 1);

    split->addWidget(checkpointTable_);
    split->addWidget(inspector);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    return split;
}

// ---------------------------------------------------------------- checkpoint inspector

void SubnetPages::showCheckpoint(std::uint64_t height) {
    setCurrentIndex(CheckpointsPage);
    // Selected in the list when its row is among the newest ones read; otherwise no row is
    // current, so the inspector does not go back to another one.
    checkpointTable_->selectionModel()->clear();
    const int rows = std::min(checkpointModel_->rowCount(), 100);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = checkpointModel_->index(row, 0);
        if (index.data(CheckpointTableModel::LoadedRole).toBool() &&
            index.data(CheckpointTableModel::HeightRole).toULongLong() == height) {
            checkpointTable_->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            checkpointTable_->scrollTo(index, QAbstractItemView::PositionAtCenter);
            break;
        }
    }
    loadCheckpointDetail(height);
}

void SubnetPages::inspectCurrentCheckpoint() {
    // The row chosen may still be loading ("loading…", or a row made current before the page
    // showed): the inspector follows once its data is there.
    const QModelIndex current = checkpointTable_->currentIndex();
    if (!current.isValid() || !current.data(CheckpointTableModel::LoadedRole).toBool())
        return;
    const auto height = current.data(CheckpointTableModel::HeightRole).toULongLong();
    if (checkpoint_ && checkpoint_->view.checkpoint.blockHeight == height)
        return;
    loadCheckpointDetail(height);
}

void SubnetPages::loadCheckpointDetail(std::uint64_t height) {
    if (!id_)
        return;
    // Signatures are recovered again by the engine: the marks are checked, not copied.
    const auto shown = [this, id = *id_, height](std::optional<devnet::CheckpointDetailView> d) {
        if (!id_ || !(*id_ == id))
            return;
        const QModelIndex current = checkpointTable_->currentIndex();
        if (current.isValid() && current.data(CheckpointTableModel::LoadedRole).toBool() &&
            current.data(CheckpointTableModel::HeightRole).toULongLong() != height &&
            !(checkpoint_ && checkpoint_->view.checkpoint.blockHeight == height)) {
            return;  // another checkpoint was chosen meanwhile
        }
        showCheckpointDetail(d);
    };
    bridge_->ask(this, devnet::CheckpointDetailQuery{*id_, height}, shown,
                 [shown](const QString&) { shown(std::nullopt); });
}

void SubnetPages::showCheckpointDetail(const std::optional<devnet::CheckpointDetailView>& d) {
    // Keep the scroll positions when the same checkpoint is shown again (live refresh).
    checkpoint_ = d;
    stageTree_->clear();
    signatureTree_->clear();
    checkpointFields_->clear();
    openInParent_->setEnabled(false);
    if (!d) {
        checkpointTitle_->setText(tr("Select a checkpoint to inspect it."));
        quorumBar_->setRange(0, 1);
        quorumBar_->setValue(0);
        quorumBar_->setFormat(QString());
        return;
    }
    const devnet::CheckpointView& v = d->view;
    const protocol::BottomUpCheckpoint& c = v.checkpoint;
    checkpointTitle_->setText(tr("Checkpoint at height %1 · %2")
                                  .arg(c.blockHeight)
                                  .arg(CheckpointTableModel::stageText(v.summary.stage)));
    quorumBar_->setRange(0, static_cast<int>(std::max<std::uint64_t>(v.summary.threshold, 1)));
    quorumBar_->setValue(static_cast<int>(std::min(v.summary.signedWeight, v.summary.threshold)));
    //: quorum progress: signed weight of the threshold, and of the total
    quorumBar_->setFormat(tr("signed %1 of threshold %2 (total %3)")
                              .arg(v.summary.signedWeight)
                              .arg(v.summary.threshold)
                              .arg(v.summary.totalWeight));

    // Stages: cut → signing → quorum → submitted → executed in parent.
    std::optional<std::uint64_t> firstSignature;
    for (const auto& s : v.signatures) {
        if (!firstSignature || s.height < *firstSignature)
            firstSignature = s.height;
    }
    const auto stageName = [](protocol::CheckpointStage s) -> QString {
        switch (s) {
            case protocol::CheckpointStage::Cut:
                //: checkpoint stage: the subnet cut (made) the checkpoint at this height
                return SubnetPages::tr("cut");
            case protocol::CheckpointStage::Submitted:
                return SubnetPages::tr("submitted to parent");
            default:
                return CheckpointTableModel::stageText(s);
        }
    };
    for (std::size_t i = 0; i < d->stages.size(); ++i) {
        const auto& s = d->stages[i];
        auto* item = new QTreeWidgetItem(stageTree_);
        item->setText(0, stageName(s.stage));
        item->setText(1, s.where ? shortSubnetId(subnetIdText(*s.where)) : QString());
        item->setToolTip(1, s.where ? subnetIdText(*s.where) : QString());
        item->setText(2, heightText(s.height));
        item->setText(3, s.timeMs ? virtualTimeText(*s.timeMs) : QString());
        if (i == 0) {
            auto* signing = new QTreeWidgetItem(stageTree_);
            signing->setText(0, tr("signing"));
            signing->setText(1, shortSubnetId(subnetIdText(v.subnet)));
            //: the height the first signature arrived at
            signing->setText(2, firstSignature ? tr("from %1").arg(*firstSignature) : QString());
            signing->setText(3,
                             tr("%n signature(s)", nullptr, static_cast<int>(v.signatures.size())));
        }
    }
    for (int i = 0; i < stageTree_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = stageTree_->topLevelItem(i);
        const bool done = !item->text(2).isEmpty();
        for (int col = 0; col < 4; ++col) {
            if (!done)
                item->setForeground(col, palette().color(QPalette::PlaceholderText));
        }
    }

    for (const auto& s : v.signatures) {
        auto* item = new QTreeWidgetItem(signatureTree_);
        item->setText(0, hexText(s.signer));
        item->setToolTip(0, QString::fromStdString(s.signature.hex()));
        item->setText(1, QString::number(s.weight));
        item->setText(2, QString::number(s.height));
        item->setText(3, s.verified ? tr("✓ verified") : tr("✗ invalid"));
        item->setData(3, Qt::UserRole, s.verified);
        item->setForeground(
            3, s.verified ? statusColor(devnet::SubnetStatus::Running) : QColor(Qt::red));
    }

    auto* fields = addSection(checkpointFields_, tr("Checkpoint"));
    addField(fields, tr("Subnet"), subnetIdText(c.subnet));
    addField(fields, tr("Block height"), QString::number(c.blockHeight));
    addField(fields, tr("Block hash"), hexText(c.blockHash));
    addField(fields, tr("Next configuration"), QString::number(c.nextConfigurationNumber));
    addField(fields, tr("Active validators"), QString::number(c.activity.totalActiveValidators));
    addField(fields, tr("Blocks committed"), QString::number(c.activity.totalNumBlocksCommitted));
    addField(fields, tr("Data root commitment"), hexText(c.activity.dataRootCommitment));
    //: keccak256 of the ABI-encoded checkpoint, what validators sign
    addField(fields, tr("ABI hash"), hexText(v.summary.hash));
    addField(fields, tr("Hash check"),
             d->hashMatches ? tr("✓ recomputed from the fields above")
                            : tr("✗ differs from the fields above"));
    addField(fields, tr("Weight"),
             tr("%1 signed · threshold %2 · total %3")
                 .arg(v.summary.signedWeight)
                 .arg(v.summary.threshold)
                 .arg(v.summary.totalWeight));
    if (d->submissionTx)
        addField(fields, tr("Relayer transaction"), hexText(*d->submissionTx));

    auto* members =
        addSection(checkpointFields_, tr("Membership"),
                   tr("%n validator(s)", nullptr, static_cast<int>(d->membership.size())));
    for (const auto& m : d->membership)
        addField(members, shortHex(hexText(m.addr)), tr("weight %1").arg(m.weight))
            ->setToolTip(0, hexText(m.addr));
    auto* changes = addSection(checkpointFields_, tr("Membership change"),
                               d->membershipChanges.empty() ? tr("none") : QString());
    for (const auto& ch : d->membershipChanges) {
        const QString what = ch.weightBefore == 0 ? tr("joined with weight %1").arg(ch.weightAfter)
                             : ch.weightAfter == 0
                                 ? tr("left (weight %1)").arg(ch.weightBefore)
                                 : tr("weight %1 → %2").arg(ch.weightBefore).arg(ch.weightAfter);
        addField(changes, shortHex(hexText(ch.validator)), what)
            ->setToolTip(0, hexText(ch.validator));
    }
    auto* msgs = addSection(checkpointFields_, tr("Messages"), QString::number(c.msgs.size()));
    for (const auto& m : c.msgs) {
        auto* item = addField(msgs, CrossMessageModel::kindText(m.kind), tokenText(m.value));
        addField(item, tr("From"),
                 subnetIdText(m.from.subnet) + QLatin1Char(':') + hexText(m.from.raw));
        addField(item, tr("To"), subnetIdText(m.to.subnet) + QLatin1Char(':') + hexText(m.to.raw));
        addField(item, tr("Nonce"), QString::number(m.localNonce));
        addField(item, tr("Tracing id"), hexText(protocol::tracingId(m)));
    }
    checkpointFields_->expandAll();
    openInParent_->setEnabled(v.summary.submittedParentHeight.has_value() ||
                              v.summary.executedParentHeight.has_value());
}

void SubnetPages::openCheckpointInParent() {
    if (!checkpoint_ || !id_)
        return;
    const auto parent = id_->parent();
    const auto& v = checkpoint_->view;
    const auto at = v.summary.executedParentHeight ? v.summary.executedParentHeight
                                                   : v.summary.submittedParentHeight;
    if (!parent || !at)
        return;
    emit openBlockRequested(subnetIdText(*parent), *at);
}

}  // namespace ipc::ui
