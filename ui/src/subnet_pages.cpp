#include "ipc/ui/subnet_pages.h"

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
#include "ipc/ui/block_table_model.h"
#include "ipc/ui/checkpoint_table_model.h"
#include "ipc/ui/contract_table_model.h"
#include "ipc/ui/cross_message_model.h"
#include "ipc/ui/explorer_format.h"
#include "ipc/ui/still_rows.h"
#include "ipc/ui/subnet_format.h"
#include "ipc/ui/transaction_table_model.h"
#include "ipc/ui/validator_table_model.h"

namespace ipc::ui {

namespace {

// Columns at least as wide as their header and the widest of `samples` (texts a cell shows), in
// every language: a fixed pixel width cut "Gas used" and "ok (system)" short.
void widenColumns(QTableView* table, const std::map<int, QStringList>& samples = {}) {
    QHeaderView* header = table->horizontalHeader();
    const QFontMetrics metrics(table->font());
    const int padding = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        int width = std::max(table->columnWidth(column), header->sectionSizeHint(column));
        if (const auto it = samples.find(column); it != samples.end()) {
            for (const QString& text : it->second)
                width = std::max(width, metrics.horizontalAdvance(text) + padding);
        }
        table->setColumnWidth(column, width);
    }
}

QString idText(const SubnetId& id) {
    return QString::fromStdString(id.toString());
}

QString heightText(const std::optional<std::uint64_t>& h) {
    return h ? QString::number(*h) : QString();
}

// ---- sources: the engine read through the bridge ----

class EngineBlocks : public BlockSource {
public:
    EngineBlocks(DevnetBridge* bridge, QObject* context, SubnetId id)
        : bridge_(bridge), context_(context), id_(std::move(id)) {}
    void fetch(std::uint64_t first, std::size_t count, Done done) override {
        // A subnet that is gone (a revert) has no blocks: the page ends.
        bridge_->ask(context_, devnet::BlocksQuery{id_, first, count}, done,
                     [done](const QString&) { done({}); });
    }

private:
    DevnetBridge* bridge_;
    QPointer<QObject> context_;
    SubnetId id_;
};

class EngineCheckpoints : public CheckpointSource {
public:
    EngineCheckpoints(DevnetBridge* bridge, QObject* context, SubnetId id)
        : bridge_(bridge), context_(context), id_(std::move(id)) {}
    void fetch(std::uint64_t first, std::size_t count, Done done) override {
        bridge_->ask(context_, devnet::CheckpointsQuery{id_, first, count}, done,
                     [done](const QString&) { done({}); });
    }

private:
    DevnetBridge* bridge_;
    QPointer<QObject> context_;
    SubnetId id_;
};

class EngineTransactions : public TransactionSource {
public:
    EngineTransactions(DevnetBridge* bridge, QObject* context, SubnetId id)
        : bridge_(bridge), context_(context), id_(std::move(id)) {}
    void fetch(std::uint64_t fromBlock, std::size_t maxTransactions, std::size_t maxBlocks,
               Done done) override {
        bridge_->ask(context_,
                     devnet::TransactionsQuery{id_, fromBlock, maxTransactions, maxBlocks}, done,
                     [done](const QString&) { done({}); });
    }

private:
    DevnetBridge* bridge_;
    QPointer<QObject> context_;
    SubnetId id_;
};

class EngineContracts : public ContractSource {
public:
    EngineContracts(DevnetBridge* bridge, QObject* context, SubnetId id)
        : bridge_(bridge), context_(context), id_(std::move(id)) {}
    void fetch(std::uint64_t fromBlock, std::size_t maxContracts, std::size_t maxBlocks,
               Done done) override {
        bridge_->ask(context_, devnet::ContractsQuery{id_, fromBlock, maxContracts, maxBlocks},
                     done, [done](const QString&) { done({}); });
    }

private:
    DevnetBridge* bridge_;
    QPointer<QObject> context_;
    SubnetId id_;
};

// Signed weight against the quorum threshold, as a bar in the checkpoint list.
class WeightDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        if (!index.data(CheckpointTableModel::LoadedRole).toBool()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const auto threshold = index.data(CheckpointTableModel::ThresholdRole).toULongLong();
        const auto signedWeight = index.data(CheckpointTableModel::SignedWeightRole).toULongLong();
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress =
            threshold == 0
                ? 0
                : static_cast<int>(std::min<std::uint64_t>(signedWeight * 1000 / threshold, 1000));
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

QTreeWidgetItem* addField(QTreeWidgetItem* parent, const QString& name, const QString& value,
                          const QString& tooltip = {}) {
    auto* item = new QTreeWidgetItem(parent, {name, value});
    item->setToolTip(1, tooltip.isEmpty() ? value : tooltip);
    return item;
}

QTreeWidgetItem* addSection(QTreeWidget* tree, const QString& name, const QString& value = {}) {
    auto* item = new QTreeWidgetItem(tree, {name, value});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setExpanded(true);
    return item;
}

// An empty detail pane says what fills it.
void showHint(QTreeWidget* tree, const QString& hint) {
    tree->clear();
    auto* item = new QTreeWidgetItem(tree, {hint});
    item->setFirstColumnSpanned(true);
    item->setFlags(Qt::NoItemFlags);
}

void addLogs(QTreeWidgetItem* parent, const std::vector<chain::Log>& logs) {
    int i = 0;
    for (const auto& log : logs) {
        auto* item = addField(parent, SubnetPages::tr("Log %1").arg(i++), hexText(log.address));
        int t = 0;
        for (const auto& topic : log.topics)
            addField(item, SubnetPages::tr("Topic %1").arg(t++), hexText(topic));
        // The data as hex (raw: decoding by ABI needs the contract's ABI), its size alongside.
        const QString hex = QString::fromStdString(toHex(log.data));
        addField(item,
                 SubnetPages::tr("Data (%n byte(s))", nullptr, static_cast<int>(log.data.size())),
                 hex.size() > 130 ? hex.left(130) + QStringLiteral("…") : hex, hex);
    }
}

}  // namespace

SubnetPages::SubnetPages(DevnetBridge* bridge, QWidget* parent)
    : QTabWidget(parent), bridge_(bridge) {
    setObjectName(QStringLiteral("subnetPages"));
    setDocumentMode(true);

    blockModel_ = new BlockTableModel(this);
    transactionModel_ = new TransactionTableModel(this);
    validatorModel_ = new ValidatorTableModel(this);
    checkpointModel_ = new CheckpointTableModel(this);
    messageModel_ = new CrossMessageModel(this);
    contractModel_ = new ContractTableModel(this);

    addTab(createOverview(), tr("&Overview"));
    addTab(createBlocks(), tr("&Blocks"));
    addTab(createTransactions(), tr("&Transactions"));
    addTab(createValidators(), tr("&Validators"));
    addTab(createCheckpoints(), tr("&Checkpoints"));
    addTab(createMessages(), tr("&Messages"));
    //: tab listing the contracts deployed on the subnet
    addTab(createContracts(), tr("Co&ntracts"));
    for (int i = 0; i < count(); ++i) {
        //: keyboard shortcut of a subnet page tab
        setTabToolTip(i, tr("Alt+%1").arg(i + 1));
        auto* shortcut = new QShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { setCurrentIndex(i); });
    }

    refreshTimer_.setInterval(kRefreshIntervalMs);
    connect(&refreshTimer_, &QTimer::timeout, this, &SubnetPages::refresh);
    connect(bridge_, &DevnetBridge::hierarchyChanged, this, &SubnetPages::onHierarchyChanged);
    connect(bridge_, &DevnetBridge::started, this, &SubnetPages::onStarted);
    connect(bridge_, &DevnetBridge::starting, this, [this] { setSubnet({}); });
    connect(validatorModel_, &ValidatorTableModel::onlineChangeRequested, this,
            [this](const QString& validator, bool online) {
                bridge_->setValidatorOnline(subnet_, validator, online);
            });
    connect(this, &QTabWidget::currentChanged, this, [this] {
        dirty_ = true;
        refresh();
    });
    setSubnet({});
}

SubnetPages::~SubnetPages() = default;

// ---------------------------------------------------------------- building

QTableView* SubnetPages::createTable(const char* objectName, QAbstractItemModel* model) {
    auto* table = new QTableView(this);
    table->setObjectName(QString::fromLatin1(objectName));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);
    table->setMinimumHeight(60);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QTreeWidget* SubnetPages::createDetails(const char* objectName, const QStringList& headers) {
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QString::fromLatin1(objectName));
    tree->setHeaderLabels(headers);
    tree->setColumnCount(static_cast<int>(headers.size()));
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setTextElideMode(Qt::ElideMiddle);
    // The pages share the window with the graph: small windows must still fit.
    tree->setMinimumHeight(48);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    auto* copy = new QAction(tr("Copy Value"), tree);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, tree, [tree] {
        if (const QTreeWidgetItem* item = tree->currentItem()) {
            const int column = std::max(1, tree->currentColumn());
            QApplication::clipboard()->setText(
                item->toolTip(column).isEmpty() ? item->text(column) : item->toolTip(column));
        }
    });
    tree->addAction(copy);
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    return tree;
}

void SubnetPages::copyCurrent(QTableView* table, int role) {
    const QModelIndex current = table->currentIndex();
    if (!current.isValid())
        return;
    const QString text = current.siblingAtColumn(0).data(role).toString();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

QLabel* SubnetPages::addOverviewRow(QFormLayout* form, const QString& label,
                                    const char* objectName) {
    auto* value = new QLabel(this);
    value->setObjectName(QString::fromLatin1(objectName));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

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

QWidget* SubnetPages::createMessages() {
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("messagesPage"));
    messageTable_ = createTable("messageTable", messageModel_);
    messageTable_->setColumnWidth(CrossMessageModel::TracingIdColumn, 130);
    messageTable_->setColumnWidth(CrossMessageModel::KindColumn, 70);
    messageTable_->setColumnWidth(CrossMessageModel::FromColumn, 180);
    messageTable_->setColumnWidth(CrossMessageModel::ToColumn, 180);
    messageTable_->setColumnWidth(CrossMessageModel::ValueColumn, 110);
    messageTable_->setColumnWidth(CrossMessageModel::StageColumn, 130);
    auto* copy = new QAction(tr("Copy Tracing Id"), messageTable_);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this,
            [this] { copyCurrent(messageTable_, CrossMessageModel::TracingIdRole); });
    messageTable_->addAction(copy);
    messageTable_->setContextMenuPolicy(Qt::ActionsContextMenu);
    messageDetails_ = createDetails("messageDetails", {tr("Field"), tr("Value")});
    split->addWidget(messageTable_);
    split->addWidget(messageDetails_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    connect(messageTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showMessageDetail(current.row()); });
    connect(messageModel_, &QAbstractItemModel::dataChanged, this,
            [this] { showMessageDetail(messageTable_->currentIndex().row()); });
    return split;
}

QWidget* SubnetPages::createContracts() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("contractsPage"));
    auto* layout = new QVBoxLayout(page);
    auto* hint = new QLabel(tr("Contracts deployed on this subnet by creation transactions, "
                               "newest first. Double-click one to open its creation "
                               "transaction."),
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
    layout->addWidget(contractTable_, 1);
    return page;
}

// ---------------------------------------------------------------- selection and refresh

void SubnetPages::setSubnet(const QString& subnetId) {
    if (subnetId == subnet_ && !subnetId.isEmpty())
        return;
    subnet_ = subnetId;
    id_.reset();
    if (!subnet_.isEmpty()) {
        try {
            id_ = SubnetId::parse(subnet_.toStdString());
        } catch (const std::exception&) {
            subnet_.clear();
        }
    }
    height_ = 0;
    checkpoint_.reset();
    shownBlock_.reset();
    pendingBlock_.reset();
    pendingTransaction_.clear();
    showHint(blockDetails_, tr("Select a block to see its header and commit signatures."));
    showHint(transactionDetails_, tr("Select a transaction to see its receipt and logs."));
    showHint(messageDetails_, tr("Select a message to see its route and trace."));
    showCheckpointDetail(std::nullopt);
    validatorModel_->clear();
    messageModel_->clear();
    rpcUrlEdit_->clear();
    setEnabled(id_.has_value());
    if (!id_) {
        overviewTitle_->setText(tr("Select a subnet in the tree or the graph."));
        haltLabel_->clear();
        blockModel_->setBlocks(nullptr, 0);
        transactionModel_->setSource(nullptr, 0);
        contractModel_->setSource(nullptr, 0);
        checkpointModel_->setCheckpoints(nullptr, 0);
        refreshTimer_.stop();
        return;
    }
    if (const auto view = bridge_->view()) {
        for (const auto& s : view->subnets) {
            if (s.id == *id_)
                height_ = s.height;
        }
    }
    resetSources();
    dirty_ = true;
    refreshTimer_.start();
    if (const auto view = bridge_->view())
        onHierarchyChanged(view);
    refresh();
}

void SubnetPages::resetSources() {
    if (!id_)
        return;
    blockModel_->setBlocks(std::make_shared<EngineBlocks>(bridge_, this, *id_), height_);
    transactionModel_->setSource(std::make_shared<EngineTransactions>(bridge_, this, *id_),
                                 height_);
    contractModel_->setSource(std::make_shared<EngineContracts>(bridge_, this, *id_), height_);
    checkpointModel_->setCheckpoints(std::make_shared<EngineCheckpoints>(bridge_, this, *id_), 0);
}

void SubnetPages::onStarted() {
    overviewInFlight_ = false;
    messagesInFlight_ = false;
}

void SubnetPages::setRpcUrl(const QString& url) {
    rpcUrl_ = url;
    rpcUrlEdit_->setText(url.isEmpty() ? QString() : url);
    rpcUrlEdit_->setPlaceholderText(tr("not served"));
}

void SubnetPages::setFollowTip(bool follow) {
    followTip_ = follow;
    followBlocks_->setChecked(follow);
    followTransactions_->setChecked(follow);
    if (follow) {
        stillBlocks_->release();
        stillTransactions_->release();
        blockTable_->scrollToTop();
        transactionTable_->scrollToTop();
    } else {
        stillBlocks_->hold();
        stillTransactions_->hold();
    }
}

void SubnetPages::onHierarchyChanged(const HierarchyViewPtr& view) {
    if (view == nullptr || !id_)
        return;
    messageModel_->setNow(view->timeMs);
    messageModel_->setSubnetNames(*view);
    for (const auto& s : view->subnets) {
        if (s.id == *id_) {
            applySubnetView(s);
            break;
        }
    }
    dirty_ = true;
}

void SubnetPages::applySubnetView(const devnet::SubnetView& s) {
    height_ = s.height;
    // New rows always arrive (Ctrl+Home reaches the tip); without Follow tip the rows on screen
    // hold still (StillRows).
    blockModel_->setHeight(s.height);
    transactionModel_->setTip(s.height);
    contractModel_->setTip(s.height);
    selectPendingBlock();
    validatorModel_->setValidators(s.validators);
    const QString status = statusText(s.status);
    haltLabel_->setText(
        tr("Status: <b style=\"color:%1\">%2</b> · %3 of %4 validators online · height %5")
            .arg(statusColor(s.status).name(), status)
            .arg(s.validatorsOnline)
            .arg(s.validatorsTotal)
            .arg(s.height));
    haltLabel_->setProperty("status", status);
    relayerCheck_->setChecked(s.relayerOn && s.parent.has_value());
    relayerCheck_->setEnabled(s.parent.has_value());
}

void SubnetPages::refresh() {
    if (!id_ || !dirty_ || !bridge_->isRunning())
        return;
    dirty_ = false;
    checkpointModel_->markStale();
    if (!overviewInFlight_) {
        overviewInFlight_ = true;
        bridge_->ask(
            this, devnet::OverviewQuery{*id_},
            [this, id = *id_](const devnet::SubnetOverviewView& o) {
                overviewInFlight_ = false;
                if (id_ && *id_ == id)
                    showOverview(o);
            },
            [this](const QString&) { overviewInFlight_ = false; });
    }
    if (currentIndex() == MessagesPage && !messagesInFlight_) {
        messagesInFlight_ = true;
        const auto shown = [this, id = *id_](std::vector<devnet::CrossMessageView> messages) {
            messagesInFlight_ = false;
            if (id_ && *id_ == id)
                messageModel_->setMessages(std::move(messages));
        };
        // A subnet that is gone (a revert) shows no messages.
        bridge_->ask(this, devnet::SubnetMessagesQuery{*id_, kMaxMessages}, shown,
                     [shown](const QString&) { shown({}); });
    }
    // An open checkpoint that has not finished its way follows the engine.
    if (checkpoint_ && currentIndex() == CheckpointsPage &&
        !checkpoint_->view.executedParentHeight) {
        loadCheckpointDetail(checkpoint_->view.checkpoint.blockHeight);
    }
}

void SubnetPages::showOverview(const devnet::SubnetOverviewView& o) {
    const devnet::SubnetView& s = o.subnet;
    overviewTitle_->setText(QString::fromStdString(s.name));
    if (subnetIdEdit_->text() != subnet_)
        subnetIdEdit_->setText(subnet_);
    nameValue_->setText(QString::fromStdString(s.name));
    actorValue_->setText(o.actorAddress ? hexText(*o.actorAddress) : tr("none (the root)"));
    chainIdValue_->setText(QString::number(s.chainId));
    parentValue_->setText(s.parent ? idText(*s.parent) : tr("none (the root)"));
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
    const devnet::TransactionView* t = transactionModel_->transaction(row);
    if (t == nullptr)
        return;
    auto* tx = addSection(transactionDetails_, tr("Transaction"));
    addField(tx, tr("Hash"), hexText(t->hash));
    addField(tx, tr("Block"), tr("%1 (index %2)").arg(t->block).arg(t->index));
    addField(tx, tr("Time"), virtualTimeText(t->timestampMs));
    addField(tx, tr("Type"), QString::fromStdString(t->type));
    addField(tx, tr("From"), hexText(t->from));
    addField(tx, tr("To"), t->to ? hexText(*t->to) : tr("contract creation"));
    if (t->contractAddress)
        addField(tx, tr("Created contract"), hexText(*t->contractAddress));
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
    addLogs(logs, t->logs);
    // What the contracts printed with Hardhat's console.log, reverted calls included, in order.
    if (!t->consoleLines.empty()) {
        //: The section of Hardhat's console.log output: a function name, keep it as it is
        auto* console = addSection(transactionDetails_, tr("console.log"),
                                   QString::number(t->consoleLines.size()));
        for (const std::string& line : t->consoleLines)
            addField(console, QString(), QString::fromStdString(line));
    }
    transactionDetails_->expandAll();
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
                                  .arg(CheckpointTableModel::stageText(v.stage)));
    quorumBar_->setRange(0, static_cast<int>(std::max<std::uint64_t>(v.threshold, 1)));
    quorumBar_->setValue(static_cast<int>(std::min(v.signedWeight, v.threshold)));
    //: quorum progress: signed weight of the threshold, and of the total
    quorumBar_->setFormat(tr("signed %1 of threshold %2 (total %3)")
                              .arg(v.signedWeight)
                              .arg(v.threshold)
                              .arg(v.totalWeight));

    // Stages: cut → signing → quorum → submitted → executed in parent.
    std::optional<std::uint64_t> firstSignature;
    for (const auto& s : v.signatures) {
        if (!firstSignature || s.height < *firstSignature)
            firstSignature = s.height;
    }
    const auto stageName = [](const std::string& s) -> QString {
        if (s == "cut")
            //: checkpoint stage: the subnet cut (made) the checkpoint at this height
            return SubnetPages::tr("cut");
        if (s == "quorum")
            return SubnetPages::tr("quorum");
        if (s == "submitted")
            return SubnetPages::tr("submitted to parent");
        if (s == "executed")
            return SubnetPages::tr("executed in parent");
        return QString::fromStdString(s);
    };
    for (std::size_t i = 0; i < d->stages.size(); ++i) {
        const auto& s = d->stages[i];
        auto* item = new QTreeWidgetItem(stageTree_);
        item->setText(0, stageName(s.stage));
        item->setText(1, s.where ? shortSubnetId(idText(*s.where)) : QString());
        item->setToolTip(1, s.where ? idText(*s.where) : QString());
        item->setText(2, heightText(s.height));
        item->setText(3, s.timeMs ? virtualTimeText(*s.timeMs) : QString());
        if (i == 0) {
            auto* signing = new QTreeWidgetItem(stageTree_);
            signing->setText(0, tr("signing"));
            signing->setText(1, shortSubnetId(idText(v.subnet)));
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
    addField(fields, tr("Subnet"), idText(c.subnet));
    addField(fields, tr("Block height"), QString::number(c.blockHeight));
    addField(fields, tr("Block hash"), hexText(c.blockHash));
    addField(fields, tr("Next configuration"), QString::number(c.nextConfigurationNumber));
    addField(fields, tr("Active validators"), QString::number(c.activity.totalActiveValidators));
    addField(fields, tr("Blocks committed"), QString::number(c.activity.totalNumBlocksCommitted));
    addField(fields, tr("Data root commitment"), hexText(c.activity.dataRootCommitment));
    //: keccak256 of the ABI-encoded checkpoint, what validators sign
    addField(fields, tr("ABI hash"), hexText(v.hash));
    addField(fields, tr("Hash check"),
             d->hashMatches ? tr("✓ recomputed from the fields above")
                            : tr("✗ differs from the fields above"));
    addField(fields, tr("Weight"),
             tr("%1 signed · threshold %2 · total %3")
                 .arg(v.signedWeight)
                 .arg(v.threshold)
                 .arg(v.totalWeight));
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
        addField(item, tr("From"), idText(m.from.subnet) + QLatin1Char(':') + hexText(m.from.raw));
        addField(item, tr("To"), idText(m.to.subnet) + QLatin1Char(':') + hexText(m.to.raw));
        addField(item, tr("Nonce"), QString::number(m.localNonce));
        addField(item, tr("Tracing id"), hexText(protocol::tracingId(m)));
    }
    checkpointFields_->expandAll();
    openInParent_->setEnabled(v.submittedParentHeight.has_value() ||
                              v.executedParentHeight.has_value());
}

void SubnetPages::openCheckpointInParent() {
    if (!checkpoint_ || !id_)
        return;
    const auto parent = id_->parent();
    const auto& v = checkpoint_->view;
    const auto at = v.executedParentHeight ? v.executedParentHeight : v.submittedParentHeight;
    if (!parent || !at)
        return;
    emit openBlockRequested(idText(*parent), *at);
}

// ---------------------------------------------------------------- messages

void SubnetPages::showMessageDetail(int row) {
    messageDetails_->clear();
    const devnet::CrossMessageView* m = messageModel_->message(row);
    if (m == nullptr)
        return;
    auto* head = addSection(messageDetails_, tr("Message"));
    addField(head, tr("Tracing id"), hexText(m->tracingId));
    addField(head, tr("Kind"), CrossMessageModel::kindText(m->kind));
    addField(head, tr("From"), idText(m->from.subnet) + QLatin1Char(':') + hexText(m->from.raw));
    addField(head, tr("To"), idText(m->to.subnet) + QLatin1Char(':') + hexText(m->to.raw));
    addField(head, tr("Value"), tokenText(m->value));
    addField(head, tr("Stage"), CrossMessageModel::stageText(m->stage));
    addField(head, tr("Created"), virtualTimeText(m->createdMs));
    if (m->failure)
        addField(head, tr("Failure"), QString::fromLatin1(protocol::toString(*m->failure)));
    if (m->answers)
        //: a receipt message: the tracing id of the message it answers
        addField(head, tr("Answers"), hexText(*m->answers));
    if (m->resultId)
        addField(head, tr("Result"), hexText(*m->resultId));
    auto* route = addSection(messageDetails_, tr("Route"), messageModel_->routeNames(m->route));
    for (const auto& s : m->route)
        addField(route, QString(), idText(s));
    auto* trace = addSection(messageDetails_, tr("Trace"), QString::number(m->entries.size()));
    for (const auto& e : m->entries) {
        auto* item = addField(trace, CrossMessageModel::stageText(e.stage),
                              tr("%1 at height %2 · %3")
                                  .arg(shortSubnetId(idText(e.subnet)))
                                  .arg(e.height)
                                  .arg(virtualTimeText(e.timeMs)));
        if (!e.detail.empty())
            addField(item, tr("Detail"), QString::fromStdString(e.detail));
    }
    messageDetails_->expandAll();
}

}  // namespace ipc::ui
