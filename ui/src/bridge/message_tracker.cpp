// MessageTracker: follows cross-net transfers through the bridge's typed message and block
// events, reading a transfer's record only when an event concerns it.
#include "ipc/ui/bridge/message_tracker.h"

#include <exception>

#include "ipc/ui/format/value_text.h"

namespace ipc::ui {

MessageTracker::MessageTracker(DevnetBridge* bridge, QObject* parent)
    : QObject(parent), bridge_(bridge) {
    setObjectName(QStringLiteral("messageTracker"));
    connect(bridge_, &DevnetBridge::messagesChanged, this, &MessageTracker::onMessages);
    connect(bridge_, &DevnetBridge::blocksProduced, this, &MessageTracker::onBlocks);
    connect(bridge_, &DevnetBridge::hierarchyChanged, this, &MessageTracker::onView);
    // A revert takes records back: everything unfinished is read again.
    connect(bridge_, &DevnetBridge::hierarchyReset, this, &MessageTracker::refreshNow);
    // Another hierarchy: what was followed belongs to the old one.
    connect(bridge_, &DevnetBridge::starting, this, &MessageTracker::reset);
    connect(bridge_, &DevnetBridge::stopped, this, &MessageTracker::reset);
}

void MessageTracker::reset() {
    transfers_.clear();
    submitted_.clear();
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
    try {
        t.sourceId = SubnetId::parse(source.toStdString());
        t.tx = Hash32::fromHexString(txHash.toStdString());
    } catch (const std::exception&) {
        t.tx.reset();
    }
    // Before the engine answers: submitted, waiting for a block.
    devnet::TransferRecord record;
    if (t.sourceId)
        record.source = *t.sourceId;
    record.txHash = t.tx;
    if (const HierarchyViewPtr view = bridge_->view())
        t.progress = devnet::describeTransfer(*t.plan, record, *view);
    submitted_.push_back(id);
    emit transferChanged(id);
    read(id);
    return id;
}

int MessageTracker::follow(const QString& tracingId) {
    if (const TrackedTransfer* known = byTracingId(tracingId)) {
        read(known->id);
        return known->id;
    }
    const int id = nextId_++;
    TrackedTransfer& t = transfers_[id];
    t.id = id;
    t.tracingId = tracingId.toLower();
    try {
        t.tracing = Hash32::fromHexString(t.tracingId.toStdString());
    } catch (const std::exception&) {
        t.tracing.reset();
    }
    read(id);
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

void MessageTracker::refreshNow() {
    for (const auto& [id, t] : transfers_) {
        // A complete transfer changes no more (its receipt is back).
        if (!t.complete())
            read(id);
    }
}

void MessageTracker::onMessages(const QVector<MessageSample>& messages) {
    for (auto& [id, t] : transfers_) {
        if (t.complete() || !t.tracing)
            continue;
        const std::optional<Hash32> receipt =
            t.record && t.record->message ? t.record->message->resultId : std::nullopt;
        for (const MessageSample& m : messages) {
            if (m.id == *t.tracing || (receipt && m.id == *receipt)) {
                read(id);
                break;
            }
        }
    }
}

void MessageTracker::onBlocks(const QVector<devnet::BlockProduced>& blocks) {
    // Until the gateway committed its message, a transfer changes only with a block of its
    // source (its transaction is included, or reverts).
    for (auto& [id, t] : transfers_) {
        if (t.complete() || t.tracing || !t.tx || (t.record && t.record->included))
            continue;
        for (const devnet::BlockProduced& b : blocks) {
            if (t.sourceId && b.subnet == *t.sourceId) {
                read(id);
                break;
            }
        }
    }
}

void MessageTracker::onView(const HierarchyViewPtr& view) {
    if (view == nullptr)
        return;
    // What a transfer waits for (blocks to a checkpoint, a halted subnet, a stopped relayer)
    // follows the view; the record itself changes only with events.
    for (auto& [id, t] : transfers_) {
        if (t.complete() || !t.record)
            continue;
        if (!t.plan) {
            // Its route could not be planned yet (a subnet missing from the last view).
            const devnet::TransferRecord record = *t.record;
            apply(id, record);
            continue;
        }
        describe(t, *view);
        emit transferChanged(id);
    }
}

void MessageTracker::read(int id) {
    auto it = transfers_.find(id);
    if (it == transfers_.end())
        return;
    TrackedTransfer& t = it->second;
    if (t.reading) {
        t.stale = true;
        return;
    }
    const auto answered = [this, id] {
        auto found = transfers_.find(id);
        if (found == transfers_.end())
            return false;
        found->second.reading = false;
        if (found->second.stale) {
            found->second.stale = false;
            read(id);
        }
        return true;
    };
    const auto failed = [answered](const QString&) { answered(); };
    if (t.tx && t.sourceId) {
        t.reading = true;
        bridge_->ask(
            this, devnet::TransferByTxQuery{*t.sourceId, *t.tx},
            [this, id, answered](const devnet::TransferRecord& r) {
                if (answered())
                    apply(id, r);
            },
            failed);
    } else if (t.tracing) {
        t.reading = true;
        bridge_->ask(
            this, devnet::TransferByMessageQuery{*t.tracing},
            [this, id, answered](const std::optional<devnet::TransferRecord>& r) {
                if (answered() && r)
                    apply(id, *r);
            },
            failed);
    }
}

void MessageTracker::apply(int id, const devnet::TransferRecord& record) {
    auto it = transfers_.find(id);
    const HierarchyViewPtr view = bridge_->view();
    if (it == transfers_.end() || view == nullptr)
        return;
    TrackedTransfer& t = it->second;
    t.record = record;
    if (record.message && !t.tracing) {
        t.tracing = record.message->tracingId;
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
            t.source = subnetIdText(record.message->from.subnet);
    }
    if (!t.plan)
        return;
    describe(t, *view);
    emit transferChanged(id);
}

void MessageTracker::describe(TrackedTransfer& t, const devnet::HierarchyView& view) {
    t.progress = devnet::describeTransfer(*t.plan, *t.record, view);
}

}  // namespace ipc::ui
