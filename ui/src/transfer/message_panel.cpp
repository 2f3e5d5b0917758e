// The Messages dock: every cross-net message of the hierarchy and where it is.
#include "ipc/ui/transfer/message_panel.h"

#include <algorithm>
#include <exception>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "ipc/ui/bridge/message_tracker.h"
#include "ipc/ui/format/value_text.h"
#include "ipc/ui/models/cross_message_model.h"
#include "ipc/ui/transfer/message_progress_view.h"

namespace ipc::ui {

// ---------------------------------------------------------------- filter

MessageFilterModel::MessageFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void MessageFilterModel::setSubnet(const std::optional<SubnetId>& subnet) {
    subnet_ = subnet;
    invalidateFilter();
}

void MessageFilterModel::setAccount(const QString& text) {
    accountText_ = text.trimmed().toLower();
    account_ = devnet::checkAccountAddress(text.toStdString()).address;
    invalidateFilter();
}

void MessageFilterModel::setStage(int stage) {
    stage_ = stage;
    invalidateFilter();
}

void MessageFilterModel::setShowReceipts(bool show) {
    showReceipts_ = show;
    invalidateFilter();
}

bool MessageFilterModel::filterAcceptsRow(int sourceRow,
                                          const QModelIndex& /*sourceParent*/) const {
    const auto* model = qobject_cast<const CrossMessageModel*>(sourceModel());
    const devnet::CrossMessageView* m = model != nullptr ? model->message(sourceRow) : nullptr;
    if (m == nullptr)
        return false;
    if (!showReceipts_ && m->kind == protocol::MsgKind::Result)
        return false;
    if (subnet_ && std::find(m->route.begin(), m->route.end(), *subnet_) == m->route.end())
        return false;
    if (account_) {
        if (!(m->from.raw == *account_) && !(m->to.raw == *account_))
            return false;
    } else if (!accountText_.isEmpty()) {
        const QString from = QString::fromStdString(m->from.raw.hex());
        const QString to = QString::fromStdString(m->to.raw.hex());
        if (!from.contains(accountText_) && !to.contains(accountText_))
            return false;
    }
    if (stage_ == kInFlight) {
        return m->stage != devnet::MessageStage::ReceiptReturned &&
               m->stage != devnet::MessageStage::Failed &&
               !(m->kind == protocol::MsgKind::Result &&
                 m->stage == devnet::MessageStage::Delivered);
    }
    if (stage_ != kAnyStage)
        return static_cast<int>(m->stage) == stage_;
    return true;
}

// ---------------------------------------------------------------- panel

MessagesPanel::MessagesPanel(DevnetBridge* bridge, MessageTracker* tracker, QWidget* parent)
    : QWidget(parent), bridge_(bridge), tracker_(tracker) {
    setObjectName(QStringLiteral("messagesPanel"));
    model_ = new CrossMessageModel(this);
    filter_ = new MessageFilterModel(this);
    filter_->setSourceModel(model_);

    subnet_ = new QComboBox(this);
    subnet_->setObjectName(QStringLiteral("messagesSubnet"));
    subnet_->setToolTip(tr("Messages sent from, sent to or passing through this subnet"));
    account_ = new QLineEdit(this);
    account_->setObjectName(QStringLiteral("messagesAccount"));
    account_->setPlaceholderText(tr("account 0x… or t410f…"));
    account_->setClearButtonEnabled(true);
    stage_ = new QComboBox(this);
    stage_->setObjectName(QStringLiteral("messagesStage"));
    stage_->addItem(tr("Any stage"), MessageFilterModel::kAnyStage);
    stage_->addItem(tr("In flight"), MessageFilterModel::kInFlight);
    for (int s = 0; s <= static_cast<int>(devnet::MessageStage::ReceiptReturned); ++s) {
        stage_->addItem(CrossMessageModel::stageText(static_cast<devnet::MessageStage>(s)), s);
    }
    receipts_ = new QCheckBox(tr("Show &receipts"), this);
    receipts_->setObjectName(QStringLiteral("messagesShowReceipts"));
    receipts_->setToolTip(tr("List the Result messages that carry each receipt back too"));
    count_ = new QLabel(this);
    count_->setObjectName(QStringLiteral("messagesCount"));

    auto* filters = new QHBoxLayout();
    auto* subnetLabel = new QLabel(tr("S&ubnet"), this);
    subnetLabel->setBuddy(subnet_);
    auto* accountLabel = new QLabel(tr("Acc&ount"), this);
    accountLabel->setBuddy(account_);
    auto* stageLabel = new QLabel(tr("Sta&ge"), this);
    stageLabel->setBuddy(stage_);
    filters->addWidget(subnetLabel);
    filters->addWidget(subnet_);
    filters->addWidget(accountLabel);
    filters->addWidget(account_, 1);
    filters->addWidget(stageLabel);
    filters->addWidget(stage_);
    filters->addWidget(receipts_);
    filters->addWidget(count_);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("messagesTable"));
    table_->setModel(filter_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setColumnWidth(CrossMessageModel::TracingIdColumn, 130);
    table_->setColumnWidth(CrossMessageModel::KindColumn, 70);
    table_->setColumnWidth(CrossMessageModel::FromColumn, 190);
    table_->setColumnWidth(CrossMessageModel::ToColumn, 190);
    table_->setColumnWidth(CrossMessageModel::ValueColumn, 100);
    table_->setColumnWidth(CrossMessageModel::StageColumn, 140);
    table_->setColumnWidth(CrossMessageModel::OutcomeColumn, 170);
    table_->setColumnWidth(CrossMessageModel::AgeColumn, 70);
    detail_ = new MessageProgressView(this);
    detail_->setObjectName(QStringLiteral("messageDetail"));
    detail_->setMessage(tr("No message selected"), tr("Pick a message to follow it hop by hop."));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("messagesSplit"));
    split->addWidget(table_);
    split->addWidget(detail_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(subnet_, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = subnet_->currentData().toString();
        std::optional<SubnetId> s;
        if (!id.isEmpty())
            s = SubnetId::parse(id.toStdString());
        filter_->setSubnet(s);
    });
    connect(account_, &QLineEdit::textChanged, filter_, &MessageFilterModel::setAccount);
    connect(stage_, &QComboBox::currentIndexChanged, this,
            [this] { filter_->setStage(stage_->currentData().toInt()); });
    connect(receipts_, &QCheckBox::toggled, filter_, &MessageFilterModel::setShowReceipts);
    const auto count = [this] {
        //: messages shown by the filters, of all messages
        count_->setText(tr("%1 of %2").arg(filter_->rowCount()).arg(model_->rowCount()));
    };
    connect(filter_, &QAbstractItemModel::rowsInserted, this, count);
    connect(filter_, &QAbstractItemModel::rowsRemoved, this, count);
    connect(filter_, &QAbstractItemModel::modelReset, this, count);
    connect(filter_, &QAbstractItemModel::layoutChanged, this, count);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString id = current.data(CrossMessageModel::TracingIdRole).toString();
                if (id.isEmpty() || id == current_)
                    return;
                current_ = id;
                followed_ = tracker_->follow(id);
                updateDetail(followed_);
                emit messageFollowed(followed_);
            });
    connect(tracker_, &MessageTracker::transferChanged, this, &MessagesPanel::updateDetail);

    refreshTimer_.setSingleShot(true);
    refreshTimer_.setInterval(kRefreshIntervalMs);
    connect(&refreshTimer_, &QTimer::timeout, this, &MessagesPanel::refresh);
    connect(bridge_, &DevnetBridge::messagesChanged, this, &MessagesPanel::scheduleRefresh);
    connect(bridge_, &DevnetBridge::hierarchyChanged, this, [this](const HierarchyViewPtr& v) {
        if (v == nullptr)
            return;
        model_->setNow(v->timeMs);
        model_->setSubnetNames(*v);
        if (v->subnets.size() != subnetCount_)
            reloadSubnets();
    });
    connect(bridge_, &DevnetBridge::starting, this, [this] {
        model_->clear();
        current_.clear();
        pending_.clear();
        followed_ = 0;
        subnetCount_ = 0;
        detail_->setMessage(tr("No message selected"), QString());
    });
    reloadSubnets();
    count();
}

void MessagesPanel::reloadSubnets() {
    const QString keep = subnet_->currentData().toString();
    const QSignalBlocker block(subnet_);
    subnet_->clear();
    subnet_->addItem(tr("All subnets"), QString());
    const HierarchyViewPtr view = bridge_->view();
    subnetCount_ = view != nullptr ? view->subnets.size() : 0;
    if (view != nullptr) {
        for (const auto& s : view->subnets) {
            subnet_->addItem(QString::fromStdString(s.name), subnetIdText(s.id));
        }
    }
    const int i = subnet_->findData(keep);
    subnet_->setCurrentIndex(i >= 0 ? i : 0);
}

void MessagesPanel::scheduleRefresh() {
    if (!refreshTimer_.isActive())
        refreshTimer_.start();
}

void MessagesPanel::refresh() {
    bridge_->ask(this, devnet::MessagesQuery{kMaxMessages},
                 [this](const std::vector<devnet::CrossMessageView>& messages) {
                     model_->setMessages(messages);
                     if (!pending_.isEmpty())
                         select(pending_);
                 });
}

void MessagesPanel::showMessage(const QString& tracingId) {
    if (tracingId.isEmpty())
        return;
    // What is asked for is shown even when the filters would hide it.
    subnet_->setCurrentIndex(0);
    account_->clear();
    stage_->setCurrentIndex(0);
    current_ = tracingId.toLower();
    followed_ = tracker_->follow(current_);
    updateDetail(followed_);
    emit messageFollowed(followed_);
    select(current_);
    refresh();
}

void MessagesPanel::select(const QString& tracingId) {
    const int row = model_->rowOf(tracingId);
    if (row < 0) {
        pending_ = tracingId;
        return;
    }
    pending_.clear();
    const QModelIndex index = filter_->mapFromSource(model_->index(row, 0));
    if (index.isValid()) {
        table_->setCurrentIndex(index);
        table_->scrollTo(index);
    }
}

void MessagesPanel::updateDetail(int trackerId) {
    if (trackerId == 0 || trackerId != followed_)
        return;
    detail_->setTransfer(tracker_->transfer(trackerId), bridge_->view().get());
}

}  // namespace ipc::ui
