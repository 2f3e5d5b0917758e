// The subnet pages' Blocks and Transactions tabs: the tables, block and transaction details.
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

QWidget* SubnetPages::createBlocks() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    followBlocks_ = new QCheckBox(tr("&Follow tip"), page);
    followBlocks_->setObjectName(QStringLiteral("followTipBlocks"));
    followBlocks_->setToolTip(tr("List new blocks as they come; off keeps the list still"));
    followBlocks_->setChecked(true);
    connect(followBlocks_, &QCheckBox::toggled, this, &SubnetPages::setFollowTip);
    layout->addWidget(followBlocks_);
    auto* split = new QSplitter(Qt::Horizontal, page);
    blockTable_ = createTable("blockTable", blockModel_);
    blockTable_->setColumnWidth(BlockTableModel::NumberColumn, 80);
    blockTable_->setColumnWidth(BlockTableModel::TimeColumn, 100);
    blockTable_->setColumnWidth(BlockTableModel::HashColumn, 130);
    blockTable_->setColumnWidth(BlockTableModel::ProposerColumn, 130);
    blockTable_->setColumnWidth(BlockTableModel::TransactionsColumn, 50);
    blockTable_->setColumnWidth(BlockTableModel::GasUsedColumn, 90);
    blockTable_->setColumnWidth(BlockTableModel::CommitColumn, 110);
    widenColumns(blockTable_);
    stillBlocks_ = new StillRows(blockTable_);
    // A block clicked stays in view: the list stops following the tip.
    connect(blockTable_, &QAbstractItemView::pressed, this, [this] { setFollowTip(false); });
    auto* copy = new QAction(tr("Copy Block Hash"), blockTable_);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this,
            [this] { copyCurrent(blockTable_, BlockTableModel::HashRole); });
    blockTable_->addAction(copy);
    blockTable_->setContextMenuPolicy(Qt::ActionsContextMenu);
    blockDetails_ = createDetails("blockDetails", {tr("Field"), tr("Value")});
    split->addWidget(blockTable_);
    split->addWidget(blockDetails_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connect(blockTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    loadBlockDetail(current.data(BlockTableModel::NumberRole).toULongLong());
            });
    return page;
}

QWidget* SubnetPages::createTransactions() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    followTransactions_ = new QCheckBox(tr("F&ollow tip"), page);
    followTransactions_->setObjectName(QStringLiteral("followTipTransactions"));
    followTransactions_->setToolTip(tr("List new transactions as they come"));
    followTransactions_->setChecked(true);
    connect(followTransactions_, &QCheckBox::toggled, this, &SubnetPages::setFollowTip);
    layout->addWidget(followTransactions_);
    auto* split = new QSplitter(Qt::Horizontal, page);
    transactionTable_ = createTable("transactionTable", transactionModel_);
    transactionTable_->setColumnWidth(TransactionTableModel::HashColumn, 130);
    transactionTable_->setColumnWidth(TransactionTableModel::BlockColumn, 70);
    transactionTable_->setColumnWidth(TransactionTableModel::FromColumn, 130);
    transactionTable_->setColumnWidth(TransactionTableModel::ToColumn, 130);
    transactionTable_->setColumnWidth(TransactionTableModel::ValueColumn, 110);
    transactionTable_->setColumnWidth(TransactionTableModel::MethodColumn, 190);
    widenColumns(transactionTable_,
                 {{TransactionTableModel::StatusColumn,
                   {TransactionTableModel::tr("ok (system)"), TransactionTableModel::tr("failed"),
                    TransactionTableModel::tr("ok")}},
                  {TransactionTableModel::ToColumn,
                   {TransactionTableModel::tr("contract creation → %1")
                        .arg(shortHex(QStringLiteral("0x") + QString(40, QLatin1Char('0'))))}}});
    stillTransactions_ = new StillRows(transactionTable_);
    connect(transactionModel_, &QAbstractItemModel::rowsInserted, this,
            &SubnetPages::selectPendingTransaction);
    connect(transactionModel_, &QAbstractItemModel::modelReset, this,
            &SubnetPages::selectPendingTransaction);
    connect(transactionTable_, &QAbstractItemView::pressed, this, [this] { setFollowTip(false); });
    auto* copy = new QAction(tr("Copy Transaction Hash"), transactionTable_);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this,
            [this] { copyCurrent(transactionTable_, TransactionTableModel::HashRole); });
    transactionTable_->addAction(copy);
    transactionTable_->setContextMenuPolicy(Qt::ActionsContextMenu);
    transactionDetails_ = createDetails("transactionDetails", {tr("Field"), tr("Value")});
    split->addWidget(transactionTable_);
    split->addWidget(transactionDetails_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connect(transactionTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showTransactionDetail(current.row()); });
    return page;
}

// ---------------------------------------------------------------- blocks and transactions

void SubnetPages::showBlock(std::uint64_t number) {
    setCurrentIndex(BlocksPage);
    // The list holds still on the block asked for instead of moving on with the tip.
    setFollowTip(false);
    pendingBlock_ = number;
    selectPendingBlock();
    loadBlockDetail(number);
}

void SubnetPages::selectPendingBlock() {
    if (!pendingBlock_)
        return;
    const int row = blockModel_->rowOf(*pendingBlock_);
    if (row < 0)
        return;  // a subnet just chosen: its rows come with its first view
    pendingBlock_.reset();
    const QModelIndex index = blockModel_->index(row, 0);
    blockTable_->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    blockTable_->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void SubnetPages::showTransaction(const QString& hash) {
    setCurrentIndex(TransactionsPage);
    setFollowTip(false);
    pendingTransaction_ = hash;
    selectPendingTransaction();
}

void SubnetPages::selectPendingTransaction() {
    if (pendingTransaction_.isEmpty())
        return;
    for (int row = 0; row < transactionModel_->rowCount(); ++row) {
        const QModelIndex index = transactionModel_->index(row, 0);
        if (index.data(TransactionTableModel::HashRole)
                .toString()
                .compare(pendingTransaction_, Qt::CaseInsensitive) == 0) {
            pendingTransaction_.clear();
            transactionTable_->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            transactionTable_->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return;
        }
    }
    // Older than the rows read so far: read the next page (rowsInserted comes back here).
    if (transactionModel_->canFetchMore({}))
        transactionModel_->fetchMore({});
}

void SubnetPages::loadBlockDetail(std::uint64_t number) {
    if (!id_)
        return;
    shownBlock_ = number;
    const auto shown = [this, id = *id_, number](std::optional<devnet::BlockDetailView> d) {
        if (id_ && *id_ == id && shownBlock_ == number)
            showBlockDetail(d);
    };
    bridge_->ask(this, devnet::BlockDetailQuery{*id_, number}, shown,
                 [shown](const QString&) { shown(std::nullopt); });
}

void SubnetPages::showBlockDetail(const std::optional<devnet::BlockDetailView>& d) {
    blockDetails_->clear();
    if (!d)
        return;
    const devnet::BlockView& b = d->block;
    auto* header = addSection(blockDetails_, tr("Block %1").arg(b.number));
    addField(header, tr("Hash"), hexText(b.hash));
    addField(header, tr("Parent hash"), hexText(b.parentHash));
    addField(header, tr("Time"), virtualTimeText(b.timestampMs));
    addField(header, tr("Interval"), formatDuration(b.intervalMs));
    addField(header, tr("Proposer"), hexText(b.proposer));
    addField(header, tr("State root"), hexText(b.stateRoot));
    addField(header, tr("Transactions root"), hexText(d->transactionsRoot));
    addField(header, tr("Receipts root"), hexText(d->receiptsRoot));
    addField(header, tr("Base fee"), QString::fromStdString(b.baseFee.toDecimal()));
    addField(header, tr("Gas used / limit"), tr("%1 / %2").arg(b.gasUsed).arg(d->gasLimit));
    addField(header, tr("System events"), QString::number(d->systemLogs));
    auto* txs =
        addSection(blockDetails_, tr("Transactions"), QString::number(b.transactions.size()));
    for (const auto& t : b.transactions)
        addField(txs, QString(), hexText(t));
    auto* commit =
        addSection(blockDetails_, tr("Commit signatures"), weightText(b.signedPower, b.totalPower));
    for (const auto& s : d->commitSignatures) {
        auto* item = addField(commit, shortHex(hexText(s.signer)),
                              s.verified ? tr("✓ verified · power %1").arg(s.power)
                                         : tr("✗ not verified · power %1").arg(s.power),
                              QString::fromStdString(s.signature.hex()));
        item->setToolTip(0, hexText(s.signer));
        item->setForeground(
            1, s.verified ? statusColor(devnet::SubnetStatus::Running) : QColor(Qt::red));
    }
    blockDetails_->expandAll();
}

void SubnetPages::showTransactionDetail(int row) {
    transactionDetails_->clear();
    shownTransaction_.reset();
    const devnet::TransactionView* t = transactionModel_->transaction(row);
    if (t == nullptr)
        return;
    auto* tx = addSection(transactionDetails_, tr("Transaction"));
    addField(tx, tr("Hash"), hexText(t->hash));
    addField(tx, tr("Block"), tr("%1 (index %2)").arg(t->block).arg(t->index));
    addField(tx, tr("Time"), virtualTimeText(t->timestampMs));
    addField(tx, tr("Type"), QString::fromStdString(t->type));
    addField(tx, tr("From"), hexText(t->from));
    const QString contractName = QString::fromStdString(t->contractName);
    const auto named = [&](const EthAddress& a) {
        return contractName.isEmpty() ? hexText(a) : tr("%1 (%2)").arg(contractName, hexText(a));
    };
    addField(tx, tr("To"), t->to ? named(*t->to) : tr("contract creation"));
    if (t->contractAddress)
        addField(tx, tr("Created contract"), named(*t->contractAddress));
    if (!t->method.empty())
        addField(tx, tr("Method"), QString::fromStdString(t->method));
    addField(tx, tr("Value"), tokenText(t->value));
    addField(tx, tr("Nonce"), QString::number(t->nonce));
    addField(tx, tr("Gas limit"), QString::number(t->gasLimit));
    addField(tx, tr("Data"), tr("%n byte(s)", nullptr, static_cast<int>(t->dataSize)));
    auto* receipt = addSection(transactionDetails_, tr("Receipt"));
    addField(
        receipt, tr("Status"),
        t->success ? tr("success") : tr("failed: %1").arg(QString::fromStdString(t->revertReason)));
    addField(receipt, tr("Gas used"), QString::number(t->gasUsed));
    addField(receipt, tr("Effective gas price"),
             QString::fromStdString(t->effectiveGasPrice.toDecimal()));
    addField(receipt, tr("Kind"), t->system ? tr("system (no fee)") : tr("user"));
    auto* logs = addSection(transactionDetails_, tr("Logs"), QString::number(t->logs.size()));
    addLogs(logs, t->logs, t->logTexts);
    // What the contracts printed with Hardhat's console.log, reverted calls included, in order.
    if (!t->consoleLines.empty()) {
        //: The section of Hardhat's console.log output: a function name, keep it as it is
        auto* console = addSection(transactionDetails_, tr("console.log"),
                                   QString::number(t->consoleLines.size()));
        for (const std::string& line : t->consoleLines)
            addField(console, QString(), QString::fromStdString(line));
    }
    transactionDetails_->expandAll();
    if (!t->system)
        loadCallTrace(t->hash);
}

// The call tree of the shown transaction, run again on the engine (traces of transactions
// older than the chain keeps are refused with the reason, shown in their place).
void SubnetPages::loadCallTrace(const Hash32& hash) {
    if (!id_)
        return;
    shownTransaction_ = hash;
    auto* section = addSection(transactionDetails_, tr("Call trace"), tr("running it again…"));
    section->setData(0, Qt::UserRole, QStringLiteral("callTrace"));
    const auto stillShown = [this, hash] {
        return shownTransaction_ == hash && transactionDetails_->topLevelItemCount() > 0;
    };
    const auto traceSection = [this]() -> QTreeWidgetItem* {
        for (int i = 0; i < transactionDetails_->topLevelItemCount(); ++i) {
            auto* item = transactionDetails_->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toString() == QStringLiteral("callTrace"))
                return item;
        }
        return nullptr;
    };
    bridge_->ask(
        this, devnet::CallTraceQuery{*id_, hash},
        [this, stillShown, traceSection](const devnet::CallFrameView& top) {
            if (!stillShown())
                return;
            if (auto* item = traceSection()) {
                item->setText(1, QString());
                addCallFrame(item, top);
                transactionDetails_->expandRecursively(transactionDetails_->indexFromItem(item));
            }
        },
        [stillShown, traceSection](const QString& error) {
            if (!stillShown())
                return;
            if (auto* item = traceSection()) {
                item->setText(1, error);
                item->setToolTip(1, error);
            }
        });
}

}  // namespace ipc::ui
