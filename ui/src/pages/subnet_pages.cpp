// The subnet pages: the tabs of the selected subnet, their common parts, selection and refresh
// (each tab's own code is in subnet_*_tab.cpp).
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

namespace {
// ---- sources: the engine read through the bridge ----

// A page source of subnet `id` read from the engine through the bridge: each fetch asks
// `Query{id, ...}`. A subnet that is gone (a revert) has no rows: the page ends.
template <class Source, class Query>
class EngineSource : public Source {
public:
    EngineSource(DevnetBridge* bridge, QObject* context, SubnetId id)
        : bridge_(bridge), context_(context), id_(std::move(id)) {}

protected:
    template <class... Args>
    void ask(typename Source::Done done, Args... args) {
        bridge_->ask(context_, Query{id_, args...}, done, [done](const QString&) { done({}); });
    }

private:
    DevnetBridge* bridge_;
    QPointer<QObject> context_;
    SubnetId id_;
};

class EngineBlocks final : public EngineSource<BlockSource, devnet::BlocksQuery> {
public:
    using EngineSource::EngineSource;
    void fetch(std::uint64_t first, std::size_t count, Done done) override {
        ask(std::move(done), first, count);
    }
};

class EngineCheckpoints final : public EngineSource<CheckpointSource, devnet::CheckpointsQuery> {
public:
    using EngineSource::EngineSource;
    void fetch(std::uint64_t first, std::size_t count, Done done) override {
        ask(std::move(done), first, count);
    }
};

class EngineTransactions final : public EngineSource<TransactionSource, devnet::TransactionsQuery> {
public:
    using EngineSource::EngineSource;
    void fetch(std::uint64_t fromBlock, std::size_t maxTransactions, std::size_t maxBlocks,
               Done done) override {
        ask(std::move(done), fromBlock, maxTransactions, maxBlocks);
    }
};

class EngineContracts final : public EngineSource<ContractSource, devnet::ContractsQuery> {
public:
    using EngineSource::EngineSource;
    void fetch(std::uint64_t fromBlock, std::size_t maxContracts, std::size_t maxBlocks,
               Done done) override {
        ask(std::move(done), fromBlock, maxContracts, maxBlocks);
    }
};

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
    contractPanel_->setContract(std::nullopt, std::nullopt);
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

void SubnetPages::reloadContracts() {
    resetSources();
    contractPanel_->reload();
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
        !checkpoint_->view.summary.executedParentHeight) {
        loadCheckpointDetail(checkpoint_->view.checkpoint.blockHeight);
    }
}

}  // namespace ipc::ui
