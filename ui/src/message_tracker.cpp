#include "ipc/ui/message_tracker.h"

#include <exception>

#include "ipc/ui/explorer_format.h"

namespace ipc::ui {

MessageTracker::MessageTracker(DevnetBridge* bridge, QObject* parent)
    : QObject(parent), bridge_(bridge) {
    setObjectName(QStringLiteral("messageTracker"));
    timer_.setSingleShot(true);
    timer_.setInterval(kRefreshIntervalMs);
    connect(&timer_, &QTimer::timeout, this, &MessageTracker::refresh);
    connect(bridge_, &DevnetBridge::messagesChanged, this, &MessageTracker::scheduleRefresh);
    connect(bridge_, &DevnetBridge::hierarchyChanged, this, &MessageTracker::scheduleRefresh);
    // Another hierarchy: what was followed belongs to the old one.
    connect(bridge_, &DevnetBridge::starting, this, &MessageTracker::reset);
    connect(bridge_, &DevnetBridge::stopped, this, &MessageTracker::reset);
}

void MessageTracker::reset() {
    transfers_.clear();
    submitted_.clear();
    timer_.stop();
}

int MessageTracker::track(const QString& source, const QString& txHash, devnet::TransferPlan plan,
                          const QString& label) {
    const int id = nextId_++;
    TrackedTransfer& t = transfers_[id];
    t.id = id;
    t.source = source;
    t.txHash = txHash;
    t.label = label;
    t.plan = std::move(plan);
    // Before the engine answers: submitted, waiting for a block.
    devnet::TransferRecord record;
    try {
        record.source = SubnetId::parse(source.toStdString());
        record.txHash = Hash32::fromHexString(txHash.toStdString());
    } catch (const std::exception&) {
        record.txHash.reset();
    }
    if (const HierarchyViewPtr view = bridge_->view())
        t.progress = devnet::describeTransfer(*t.plan, record, *view);
    submitted_.push_back(id);
    emit transferChanged(id);
    refreshNow();
    return id;
}

int MessageTracker::follow(const QString& tracingId) {
    if (const TrackedTransfer* known = byTracingId(tracingId)) {
        refreshNow();
        return known->id;
    }
    const int id = nextId_++;
    TrackedTransfer& t = transfers_[id];
    t.id = id;
    t.tracingId = tracingId.toLower();
    refreshNow();
    return id;
}

const TrackedTransfer* MessageTracker::transfer(int id) const {
    auto it = transfers_.find(id);
    return it == transfers_.end() ? nullptr : &it->second;
}

const TrackedTransfer* MessageTracker::byTracingId(const QString& tracingId) const {
    const QString wanted = tracingId.toLower();
    for (const auto& [id, t] : transfers_) {
        if (!t.tracingId.isEmpty() && t.tracingId == wanted)
            return &t;
    }
    return nullptr;
}

QList<int> MessageTracker::submitted() const {
    return submitted_;
}

void MessageTracker::scheduleRefresh() {
    if (!timer_.isActive())
        timer_.start();
}

void MessageTracker::refreshNow() {
    timer_.stop();
    refresh();
}

void MessageTracker::refresh() {
    for (const auto& [id, t] : transfers_) {
        // A complete transfer changes no more (its receipt is back).
        if (t.complete())
            continue;
        const int key = id;
        if (!t.txHash.isEmpty()) {
            std::optional<Hash32> tx;
            std::optional<SubnetId> source;
            try {
                tx = Hash32::fromHexString(t.txHash.toStdString());
                source = SubnetId::parse(t.source.toStdString());
            } catch (const std::exception&) {
                continue;
            }
            bridge_->query(
                this,
                [tx = *tx, source = *source](devnet::Hierarchy& h) {
                    return devnet::readTransfer(h, source, tx);
                },
                [this, key](const devnet::TransferRecord& r) { apply(key, r); });
            continue;
        }
        std::optional<Hash32> tracing;
        try {
            tracing = Hash32::fromHexString(t.tracingId.toStdString());
        } catch (const std::exception&) {
            continue;
        }
        bridge_->query(
            this,
            [tracing = *tracing](devnet::Hierarchy& h) { return devnet::readMessage(h, tracing); },
            [this, key](const std::optional<devnet::TransferRecord>& r) {
                if (r)
                    apply(key, *r);
            });
    }
}

void MessageTracker::apply(int id, const devnet::TransferRecord& record) {
    auto it = transfers_.find(id);
    const HierarchyViewPtr view = bridge_->view();
    if (it == transfers_.end() || view == nullptr)
        return;
    TrackedTransfer& t = it->second;
    t.record = record;
    if (record.message && t.tracingId.isEmpty()) {
        t.tracingId = hexText(record.message->tracingId);
        emit tracingIdKnown(id, t.tracingId);
    }
    if (!t.plan && record.message) {
        try {
            t.plan = devnet::planTransfer(*view, bridge_->transferTiming(),
                                          record.message->from.subnet, record.message->to.subnet);
        } catch (const std::exception&) {
            return;  // a subnet of its route is not in the view (yet)
        }
        if (t.label.isEmpty()) {
            t.label = tokenText(record.message->value);
        }
        if (t.source.isEmpty())
            t.source = QString::fromStdString(record.message->from.subnet.toString());
    }
    if (!t.plan)
        return;
    t.progress = devnet::describeTransfer(*t.plan, record, *view);
    emit transferChanged(id);
}

}  // namespace ipc::ui
