// The subnet pages' Contracts tab: the contracts deployed on the subnet.
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
#include "ipc/ui/pages/contract_panel.h"

#include "pages/subnet_pages_parts.h"

namespace ipc::ui {

using namespace pages;

QWidget* SubnetPages::createContracts() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("contractsPage"));
    auto* layout = new QVBoxLayout(page);
    auto* hint = new QLabel(tr("Contracts on this subnet, newest first: deployed by a transaction "
                               "or made by a factory contract (CREATE, CREATE2). Select one to "
                               "read, call or send to it; double-click it to open the transaction "
                               "that created it."),
                            page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    contractTable_ = createTable("contractTable", contractModel_);
    widenColumns(contractTable_,
                 {{ContractTableModel::AddressColumn,
                   {QStringLiteral("0x0000000000000000000000000000000000000000")}},
                  {ContractTableModel::CreatorColumn,
                   {shortHex(QStringLiteral("0x") + QString(40, QLatin1Char('0')))}},
                  {ContractTableModel::CreationTxColumn,
                   {shortHex(QStringLiteral("0x") + QString(64, QLatin1Char('0')))}}});
    contractTable_->horizontalHeader()->setStretchLastSection(true);
    contractTable_->setColumnWidth(ContractTableModel::NameColumn, 140);
    auto* copy = new QAction(tr("Copy Contract Address"), contractTable_);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this,
            [this] { copyCurrent(contractTable_, ContractTableModel::AddressRole); });
    contractTable_->addAction(copy);
    contractTable_->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(contractTable_, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        showTransaction(index.data(ContractTableModel::CreationTxRole).toString());
    });
    contractPanel_ = new ContractPanel(bridge_, page);
    auto* split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(contractTable_);
    split->addWidget(contractPanel_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connect(contractTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const devnet::ContractView* c = contractModel_->contract(current.row());
                contractPanel_->setContract(id_, c ? std::optional(c->address) : std::nullopt);
            });
    connect(contractPanel_, &ContractPanel::showTransactionRequested, this,
            &SubnetPages::showTransaction);
    return page;
}

}  // namespace ipc::ui
