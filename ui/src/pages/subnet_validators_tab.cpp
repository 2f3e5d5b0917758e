// The subnet pages' Validators tab: the validator table with its online switches.
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

QWidget* SubnetPages::createValidators() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* bar = new QHBoxLayout();
    haltLabel_ = new QLabel(page);
    haltLabel_->setObjectName(QStringLiteral("subnetStatusLabel"));
    relayerCheck_ = new QCheckBox(tr("&Relayer on"), page);
    relayerCheck_->setObjectName(QStringLiteral("relayerCheck"));
    relayerCheck_->setToolTip(
        tr("The relayer submits this subnet's checkpoints to its parent; off stops them there"));
    connect(relayerCheck_, &QCheckBox::clicked, this, [this](bool on) {
        if (!subnet_.isEmpty())
            bridge_->setRelayer(subnet_, on);
    });
    bar->addWidget(haltLabel_, 1);
    bar->addWidget(relayerCheck_);
    layout->addLayout(bar);
    auto* hint = new QLabel(tr("Uncheck Online to take a validator offline: with less than "
                               "two thirds of the power online the subnet halts."),
                            page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    validatorTable_ = createTable("validatorTable", validatorModel_);
    validatorTable_->setTextElideMode(Qt::ElideNone);
    validatorTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(validatorTable_, 1);
    return page;
}

}  // namespace ipc::ui
