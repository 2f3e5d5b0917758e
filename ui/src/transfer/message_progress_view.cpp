// One cross-net transfer, hop by hop, with what it waits for.
#include "ipc/ui/transfer/message_progress_view.h"

#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ipc/ui/bridge/message_tracker.h"
#include "ipc/ui/format/value_text.h"
#include "ipc/ui/models/cross_message_model.h"
#include "ipc/ui/transfer/message_text.h"

namespace ipc::ui {

namespace {

// ✓ done, ▶ the step the transfer waits at, ○ still to come.
QString mark(bool done, bool current) {
    if (done)
        return QStringLiteral("✓ ");
    return current ? QStringLiteral("▶ ") : QStringLiteral("○ ");
}

// The trace's words with the subnet named: "to /r31337/t410f…, nonce 3" reads "to beta, local
// nonce 3".
QString detailText(const std::string& detail, const SubnetNames& names) {
    const QString d = QString::fromStdString(detail);
    static const QRegularExpression toNonce(QStringLiteral("^to (\\S+), nonce (\\d+)$"));
    const QRegularExpressionMatch m = toNonce.match(d);
    if (m.hasMatch()) {
        return MessageProgressView::tr("to %1, local nonce %2")
            .arg(names.name(m.captured(1)), m.captured(2));
    }
    return d;
}

}  // namespace

MessageProgressView::MessageProgressView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("messageProgress"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("progressTitle"));
    QFont f = title_->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    title_->setFont(f);
    title_->setWordWrap(true);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where_ = new QLabel(this);
    where_->setObjectName(QStringLiteral("progressWhere"));
    where_->setWordWrap(true);
    where_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where_->setMinimumHeight(where_->fontMetrics().lineSpacing() * 2);
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("progressSteps"));
    tree_->setHeaderLabels({tr("Step"), tr("Subnet"), tr("Height"), tr("Time"), tr("Detail")});
    tree_->setRootIsDecorated(true);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    tree_->header()->setStretchLastSection(true);
    tree_->header()->setSectionResizeMode(QHeaderView::Interactive);
    tree_->setColumnWidth(StepColumn, 250);
    tree_->setColumnWidth(SubnetColumn, 90);
    tree_->setColumnWidth(HeightColumn, 60);
    tree_->setColumnWidth(TimeColumn, 95);
    layout->addWidget(title_);
    layout->addWidget(where_);
    layout->addWidget(tree_, 1);
}

QString MessageProgressView::title() const {
    return title_->text();
}

QString MessageProgressView::waitText() const {
    return where_->text();
}

void MessageProgressView::setMessage(const QString& title, const QString& text, bool error) {
    title_->setText(title);
    where_->setText(text);
    where_->setStyleSheet(error ? QStringLiteral("color: #dc2626;") : QString());
    tree_->clear();
    done_ = 0;
    total_ = 0;
}

void MessageProgressView::setTransfer(const TrackedTransfer* transfer,
                                      const devnet::HierarchyView* view) {
    if (transfer == nullptr || !transfer->progress) {
        setMessage(transfer != nullptr ? transfer->label : QString(),
                   transfer != nullptr ? tr("Reading the transfer…") : QString());
        return;
    }
    const devnet::TransferProgress& p = *transfer->progress;
    const SubnetNames names(view);
    done_ = 0;
    total_ = 0;

    const bool callFailed = p.outcome && p.outcome->outcome != protocol::Outcome::Ok;
    const bool trouble = p.failed || callFailed || p.wait.reason == devnet::WaitReason::Reverted ||
                         p.wait.reason == devnet::WaitReason::RelayerStopped ||
                         p.wait.reason == devnet::WaitReason::SubnetHalted;
    //: title of a tracked transfer: what moves, from where to where
    title_->setText(
        tr("%1: %2 → %3").arg(transfer->label, names.name(p.plan.from), names.name(p.plan.to)));
    where_->setText(MessageText::waitText(p, names));
    where_->setStyleSheet(trouble ? QStringLiteral("color: #dc2626;") : QString());

    tree_->clear();
    bool currentMarked = false;
    const auto addStep = [&](QTreeWidgetItem* parent, const devnet::StepProgress& s,
                             const QString& extra) {
        const bool current = !s.done && !currentMarked && !p.complete;
        if (current)
            currentMarked = true;
        auto* item = new QTreeWidgetItem(parent);
        item->setText(StepColumn, mark(s.done, current) + MessageText::stepText(s.step));
        item->setText(SubnetColumn, names.name(s.where));
        if (s.height)
            item->setText(HeightColumn, QString::number(*s.height));
        if (s.timeMs)
            item->setText(TimeColumn, virtualTimeText(*s.timeMs));
        // A finality step says which parent height it covered; the trace's own words there
        // describe the next hop, which has its own line.
        QString detail =
            s.step == devnet::TransferStep::Finality ? QString() : detailText(s.detail, names);
        if (!extra.isEmpty())
            detail = detail.isEmpty() ? extra : detail + QStringLiteral(" · ") + extra;
        item->setText(DetailColumn, detail);
        item->setToolTip(DetailColumn, detail);
        item->setData(StepColumn, Qt::UserRole, s.done);
        if (!s.done) {
            for (int c = 0; c < DetailColumn + 1; ++c)
                item->setForeground(c, palette().color(QPalette::PlaceholderText));
        }
        if (current) {
            QFont f = item->font(StepColumn);
            f.setBold(true);
            item->setFont(StepColumn, f);
        }
        ++total_;
        done_ += s.done ? 1 : 0;
        return item;
    };

    auto* tx = new QTreeWidgetItem(tree_);
    tx->setText(StepColumn, tr("Transaction in %1").arg(names.name(p.plan.from)));
    for (const auto& s : p.start)
        addStep(tx, s, {});

    for (std::size_t i = 0; i < p.hops.size(); ++i) {
        const devnet::HopProgress& hp = p.hops[i];
        auto* hop = new QTreeWidgetItem(tree_);
        //: a hop of a cross-net route: number, subnets, and how it travels
        hop->setText(
            StepColumn,
            tr("Hop %1: %2 → %3").arg(i + 1).arg(names.name(hp.hop.from), names.name(hp.hop.to)));
        hop->setText(DetailColumn, MessageText::directionText(hp.hop.direction));
        hop->setToolTip(StepColumn, MessageText::hopExplanation(hp.hop, names));
        if (hp.active) {
            QFont f = hop->font(StepColumn);
            f.setBold(true);
            hop->setFont(StepColumn, f);
        }
        for (std::size_t k = 0; k < hp.steps.size(); ++k) {
            QString extra;
            // The finality that carried a top-down message: the parent height it covered.
            if (hp.hop.direction == devnet::HopDirection::Down && k == 1 && hp.steps[0].height) {
                extra = tr("finality ≥ %1 height %2")
                            .arg(names.name(hp.hop.from))
                            .arg(*hp.steps[0].height);
            }
            addStep(hop, hp.steps[k], extra);
        }
    }

    auto* arrival = new QTreeWidgetItem(tree_);
    arrival->setText(StepColumn, tr("Arrival and receipt"));
    for (std::size_t k = 0; k < p.finish.size(); ++k) {
        QTreeWidgetItem* item = addStep(arrival, p.finish[k], {});
        if (k == 0 && p.failed) {
            item->setText(StepColumn, QStringLiteral("✗ ") + tr("rejected"));
            if (p.failure)
                item->setText(DetailColumn, MessageText::failureText(*p.failure));
        } else if (k == 0 && p.kind == protocol::MsgKind::Call && p.outcome) {
            // What the call did there: its outcome and return data, or why it failed.
            const QString outcome = MessageText::outcomeText(*p.outcome, p.outcomeText);
            item->setText(DetailColumn, outcome);
            item->setToolTip(DetailColumn, outcome);
            if (p.outcome->outcome != protocol::Outcome::Ok)
                item->setForeground(DetailColumn, QColor(0xdc, 0x26, 0x26));
        }
        // The receipt's own trip, step by step.
        if (k == 1 && transfer->record && transfer->record->result) {
            const devnet::CrossMessageView& r = *transfer->record->result;
            item->setToolTip(StepColumn, tr("Receipt %1").arg(hexText(r.tracingId)));
            for (const auto& e : r.entries) {
                auto* sub = new QTreeWidgetItem(item);
                sub->setText(StepColumn, CrossMessageModel::stageText(e.stage));
                sub->setText(SubnetColumn, names.name(e.subnet));
                sub->setText(HeightColumn, QString::number(e.height));
                sub->setText(TimeColumn, virtualTimeText(e.timeMs));
                sub->setText(DetailColumn, detailText(e.detail, names));
            }
        }
    }
    tree_->expandAll();
    // The receipt's own steps stay folded: its summary line says enough.
    if (QTreeWidgetItem* receipt = arrival->child(1))
        receipt->setExpanded(false);
}

}  // namespace ipc::ui
