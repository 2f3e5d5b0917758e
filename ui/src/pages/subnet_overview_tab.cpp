// The subnet pages' Overview tab: ids, RPC URL, parameters, supply, finality and nonces.
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

QWidget* SubnetPages::createOverview() {
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* outer = new QVBoxLayout(page);
    overviewTitle_ = new QLabel(page);
    overviewTitle_->setObjectName(QStringLiteral("overviewTitle"));
    QFont titleFont = overviewTitle_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    overviewTitle_->setFont(titleFont);
    outer->addWidget(overviewTitle_);

    const auto group = [page](const QString& title) {
        auto* box = new QGroupBox(title, page);
        auto* form = new QFormLayout(box);
        form->setLabelAlignment(Qt::AlignRight);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        return std::pair{box, form};
    };
    const auto copyRow = [this](QFormLayout* form, const QString& label, const char* objectName,
                                const QString& tip) {
        auto* row = new QWidget(this);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* edit = new QLineEdit(row);
        edit->setObjectName(QString::fromLatin1(objectName));
        edit->setReadOnly(true);
        auto* copy = new QToolButton(row);
        copy->setText(tr("Copy"));
        copy->setToolTip(tip);
        copy->setObjectName(QString::fromLatin1(objectName) + QStringLiteral("Copy"));
        connect(copy, &QToolButton::clicked, edit,
                [edit] { QApplication::clipboard()->setText(edit->text()); });
        layout->addWidget(edit, 1);
        layout->addWidget(copy);
        form->addRow(label, row);
        return edit;
    };

    auto [ids, idForm] = group(tr("Identity"));
    subnetIdEdit_ = copyRow(idForm, tr("Subnet id"), "overviewSubnetId", tr("Copy the subnet id"));
    rpcUrlEdit_ = copyRow(idForm, tr("RPC URL"), "overviewRpcUrl", tr("Copy the RPC URL"));
    nameValue_ = addOverviewRow(idForm, tr("Name"), "overviewName");
    actorValue_ = addOverviewRow(idForm, tr("Subnet actor"), "overviewActor");
    chainIdValue_ = addOverviewRow(idForm, tr("Chain id"), "overviewChainId");
    parentValue_ = addOverviewRow(idForm, tr("Parent"), "overviewParent");
    statusValue_ = addOverviewRow(idForm, tr("Status"), "overviewStatus");
    heightValue_ = addOverviewRow(idForm, tr("Height"), "overviewHeight");

    auto [params, paramForm] = group(tr("Parameters"));
    periodValue_ = addOverviewRow(paramForm, tr("Checkpoint period"), "overviewPeriod");
    majorityValue_ = addOverviewRow(paramForm, tr("Majority"), "overviewMajority");
    minValidatorsValue_ = addOverviewRow(paramForm, tr("Min. validators"), "overviewMinValidators");
    collateralValue_ =
        addOverviewRow(paramForm, tr("Min. activation collateral"), "overviewCollateral");
    blockTimeValue_ = addOverviewRow(paramForm, tr("Block time"), "overviewBlockTime");
    batchValue_ = addOverviewRow(paramForm, tr("Messages per batch"), "overviewBatch");

    auto [gateway, gatewayForm] = group(tr("Gateway"));
    circulatingValue_ = addOverviewRow(gatewayForm, tr("Circulating supply"), "overviewSupply");
    totalSupplyValue_ = addOverviewRow(gatewayForm, tr("Supply here"), "overviewTotalSupply");
    topDownValue_ = addOverviewRow(gatewayForm, tr("Top-down nonce"), "overviewTopDown");
    bottomUpValue_ = addOverviewRow(gatewayForm, tr("Bottom-up nonce"), "overviewBottomUp");
    finalityValue_ = addOverviewRow(gatewayForm, tr("Parent finality"), "overviewFinality");

    auto [checkpoints, cpForm] = group(tr("Checkpoints and validators"));
    lastCheckpointValue_ = addOverviewRow(cpForm, tr("Last checkpoint"), "overviewLastCheckpoint");
    acceptedValue_ = addOverviewRow(cpForm, tr("Accepted by parent"), "overviewAccepted");
    validatorsValue_ = addOverviewRow(cpForm, tr("Validators"), "overviewValidators");
    relayerValue_ = addOverviewRow(cpForm, tr("Relayer"), "overviewRelayer");

    auto* columns = new QHBoxLayout();
    auto* left = new QVBoxLayout();
    left->addWidget(ids);
    left->addWidget(gateway);
    left->addStretch();
    auto* right = new QVBoxLayout();
    right->addWidget(params);
    right->addWidget(checkpoints);
    right->addStretch();
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    outer->addLayout(columns);
    outer->addStretch();
    scroll->setWidget(page);
    return scroll;
}

void SubnetPages::showOverview(const devnet::SubnetOverviewView& o) {
    const devnet::SubnetView& s = o.subnet;
    overviewTitle_->setText(QString::fromStdString(s.name));
    if (subnetIdEdit_->text() != subnet_)
        subnetIdEdit_->setText(subnet_);
    nameValue_->setText(QString::fromStdString(s.name));
    actorValue_->setText(o.actorAddress ? hexText(*o.actorAddress) : tr("none (the root)"));
    chainIdValue_->setText(QString::number(s.chainId));
    parentValue_->setText(s.parent ? subnetIdText(*s.parent) : tr("none (the root)"));
    statusValue_->setText(statusText(s.status));
    heightValue_->setText(QString::number(s.height));
    if (o.params) {
        periodValue_->setText(
            tr("%n block(s)", nullptr, static_cast<int>(o.params->bottomUpCheckPeriod)));
        //: majority: the share of validator weight a checkpoint needs, e.g. "67%"
        majorityValue_->setText(tr("%1%").arg(o.params->majorityPercentage));
        minValidatorsValue_->setText(QString::number(o.params->minValidators));
        collateralValue_->setText(tokenText(o.params->minActivationCollateral));
        batchValue_->setText(QString::number(o.params->maxMsgsPerBatch));
    } else {
        for (QLabel* l :
             {periodValue_, majorityValue_, minValidatorsValue_, collateralValue_, batchValue_}) {
            l->setText(tr("n/a (the root)"));
        }
    }
    blockTimeValue_->setText(formatDuration(s.blockTimeMs));
    circulatingValue_->setText(tokenText(s.circulatingSupply));
    totalSupplyValue_->setText(tokenText(s.totalSupply));
    topDownValue_->setText(
        //: top-down nonce: messages the parent sent down, and those this subnet applied
        tr("%1 sent · %2 applied").arg(s.topDownNonce).arg(s.appliedTopDownNonce));
    bottomUpValue_->setText(QString::number(s.bottomUpNonce));
    if (o.parentFinality) {
        //: parent finality: the parent's height and the start of its block hash
        finalityValue_->setText(tr("height %1 · %2")
                                    .arg(o.parentFinality->height)
                                    .arg(shortHex(hexText(o.parentFinality->blockHash))));
        finalityValue_->setToolTip(hexText(o.parentFinality->blockHash));
    } else {
        finalityValue_->setText(s.parent ? tr("none yet") : tr("n/a (the root)"));
    }
    if (o.lastCheckpoint) {
        const auto& c = *o.lastCheckpoint;
        //: last checkpoint: its height, its stage, and how many the subnet cut in all
        lastCheckpointValue_->setText(tr("height %1 · %2 · %3 cut so far")
                                          .arg(c.height)
                                          .arg(CheckpointTableModel::stageText(c.stage))
                                          .arg(o.checkpoints));
    } else {
        lastCheckpointValue_->setText(s.parent ? tr("none yet") : tr("n/a (the root)"));
    }
    acceptedValue_->setText(s.parent ? QString::number(s.lastCheckpointAccepted) : tr("n/a"));
    validatorsValue_->setText(tr("%1 of %2 online").arg(s.validatorsOnline).arg(s.validatorsTotal));
    //: the relayer submits checkpoints ("on") or is stopped ("off")
    // The root has no parent to relay to: it says so, as the side panel does.
    relayerValue_->setText(!s.parent ? tr("n/a (the root)") : s.relayerOn ? tr("on") : tr("off"));
    checkpointModel_->setCount(o.checkpoints);
    if (pendingCheckpoint_) {
        const auto h = *pendingCheckpoint_;
        pendingCheckpoint_.reset();
        loadCheckpointDetail(h);
    }
}

}  // namespace ipc::ui
