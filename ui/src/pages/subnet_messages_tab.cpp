// The subnet pages' Messages tab: the subnet's cross-net messages and their details.
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
    messageTable_->setColumnWidth(CrossMessageModel::OutcomeColumn, 170);
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

// ---------------------------------------------------------------- messages

void SubnetPages::showMessageDetail(int row) {
    messageDetails_->clear();
    const devnet::CrossMessageView* m = messageModel_->message(row);
    if (m == nullptr)
        return;
    auto* head = addSection(messageDetails_, tr("Message"));
    addField(head, tr("Tracing id"), hexText(m->tracingId));
    addField(head, tr("Kind"), CrossMessageModel::kindText(m->kind));
    addField(head, tr("From"),
             subnetIdText(m->from.subnet) + QLatin1Char(':') + hexText(m->from.raw));
    addField(head, tr("To"), subnetIdText(m->to.subnet) + QLatin1Char(':') + hexText(m->to.raw));
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
    if (m->call) {
        // The method by name when a contract the devnet carries knows its selector.
        const QString selector = QString::fromStdString(toHex(m->call->method));
        //: a cross-net call: the contract method it calls (its 4-byte selector)
        addField(head, tr("Method"),
                 m->callMethod.empty() ? selector
                                       : QStringLiteral("%1 (%2)").arg(
                                             QString::fromStdString(m->callMethod), selector));
        //: a cross-net call: its ABI-encoded arguments, in hex
        addHexField(head, tr("Params"), m->call->params);
    }
    if (m->reply) {
        //: a message's outcome at its destination, from the Result that answered it
        addField(head, tr("Outcome"), CrossMessageModel::outcomeText(*m));
        if (!m->reply->ret.empty())
            addHexField(head, tr("Return data"), m->reply->ret);
    }
    if (m->result) {
        //: a Result message: how the call it answers went (Ok, ActorErr, SystemErr)
        addField(head, tr("Outcome"), QString::fromLatin1(protocol::toString(m->result->outcome)));
        //: a Result message: the data the called contract returned (or its revert data)
        addHexField(head, tr("Return data"), m->result->ret);
        if (!m->resultText.empty())
            //: a Result message: the call's revert in words
            addField(head, tr("Revert"), QString::fromStdString(m->resultText));
    }
    auto* route = addSection(messageDetails_, tr("Route"), messageModel_->routeNames(m->route));
    for (const auto& s : m->route)
        addField(route, QString(), subnetIdText(s));
    auto* trace = addSection(messageDetails_, tr("Trace"), QString::number(m->entries.size()));
    for (const auto& e : m->entries) {
        auto* item = addField(trace, CrossMessageModel::stageText(e.stage),
                              tr("%1 at height %2 · %3")
                                  .arg(shortSubnetId(subnetIdText(e.subnet)))
                                  .arg(e.height)
                                  .arg(virtualTimeText(e.timeMs)));
        if (!e.detail.empty())
            addField(item, tr("Detail"), QString::fromStdString(e.detail));
    }
    messageDetails_->expandAll();
}

}  // namespace ipc::ui
