// The numbers behind the live charts, kept apart from the chart widgets.
#include "ipc/ui/charts/chart_data.h"

#include <algorithm>

namespace ipc::ui {

namespace {

double seconds(std::uint64_t ms) {
    return static_cast<double>(ms) / 1000.0;
}

}  // namespace

// ---------------------------------------------------------------- RollingSeries

RollingSeries::RollingSeries(double window, qsizetype maxPoints)
    : window_(window), maxPoints_(std::max<qsizetype>(1, maxPoints)) {
    points_.reserve(maxPoints_ + 1);
}

void RollingSeries::append(QPointF point) {
    points_.append(point);
    trim();
    ++revision_;
}

void RollingSeries::clear() {
    points_.clear();
    ++revision_;
}

void RollingSeries::trim() {
    // Removing from the front of a Qt 6 QList moves its start; the storage is not shifted.
    const double oldest = points_.constLast().x() - window_;
    qsizetype drop = std::max<qsizetype>(0, points_.size() - maxPoints_);
    while (drop < points_.size() && points_.at(drop).x() < oldest)
        ++drop;
    if (drop > 0)
        points_.remove(0, drop);
}

double RollingSeries::maxY() const {
    double best = 0;
    for (const QPointF& p : points_)
        best = std::max(best, p.y());
    return best;
}

// ---------------------------------------------------------------- lag and latency

std::int64_t checkpointLag(const devnet::SubnetView& subnet) {
    if (!subnet.parent)
        return 0;
    return static_cast<std::int64_t>(subnet.height) -
           static_cast<std::int64_t>(subnet.lastCheckpointAccepted);
}

std::vector<LatencySample> MessageLatencyTracker::add(const QVector<MessageSample>& messages) {
    std::vector<LatencySample> out;
    for (const MessageSample& m : messages) {
        switch (m.stage) {
            case devnet::MessageStage::Committed:
                if (!committedAt_.contains(m.tracingId)) {
                    committedAt_.insert(m.tracingId, m.timeMs);
                    order_.push_back(m.tracingId);
                }
                break;
            case devnet::MessageStage::Delivered:
            case devnet::MessageStage::ReceiptReturned: {
                const bool receipt = m.stage == devnet::MessageStage::ReceiptReturned;
                const auto it = committedAt_.constFind(m.tracingId);
                if (it == committedAt_.constEnd())
                    break;  // committed before the charts started listening
                const std::uint64_t from = it.value();
                const std::uint64_t to = std::max(m.timeMs, from);
                out.push_back(LatencySample{seconds(m.timeMs), seconds(to - from), receipt});
                // A delivery may still be followed by its receipt; a receipt is the last stage.
                if (receipt)
                    committedAt_.remove(m.tracingId);
                break;
            }
            default:
                break;
        }
    }
    // Forget the oldest messages beyond the bound (ids already finished are skipped), and drop
    // finished ids from the order once they outnumber the pending ones.
    while (committedAt_.size() > kMaxPending && !order_.empty()) {
        committedAt_.remove(order_.front());
        order_.pop_front();
    }
    if (order_.size() > 2 * static_cast<std::size_t>(committedAt_.size()) + 1024) {
        std::deque<QString> keep;
        for (QString& id : order_) {
            if (committedAt_.contains(id))
                keep.push_back(std::move(id));
        }
        order_ = std::move(keep);
    }
    return out;
}

void MessageLatencyTracker::clear() {
    committedAt_.clear();
    order_.clear();
}

// ---------------------------------------------------------------- ChartData

RollingSeries& ChartData::at(Chart chart, const QString& key) {
    auto& map = series_[chart];
    auto it = map.find(key);
    if (it == map.end())
        it = map.emplace(key, RollingSeries(kWindowSeconds, kMaxPoints)).first;
    return it->second;
}

void ChartData::noteTime(std::uint64_t timeMs) {
    latest_ = std::max(latest_, seconds(timeMs));
}

void ChartData::addBlocks(const QVector<devnet::BlockProduced>& blocks) {
    for (const devnet::BlockProduced& b : blocks) {
        noteTime(b.timeMs);
        if (b.block.intervalMs == 0)
            continue;  // genesis: nothing before it
        at(BlockInterval, idText_(b.subnet))
            .append(QPointF(seconds(b.timeMs), static_cast<double>(b.block.intervalMs)));
    }
}

void ChartData::addCheckpoints(const QVector<CheckpointSample>& checkpoints) {
    for (const CheckpointSample& c : checkpoints) {
        noteTime(c.timeMs);
        RollingSeries& s = at(SignatureWeight, c.subnet);
        const double x = seconds(c.timeMs);
        if (c.stage == devnet::CheckpointStage::Cut) {
            s.append(QPointF(x, 0));  // a new checkpoint starts with no signatures
            continue;
        }
        if (c.totalWeight == 0 || (c.stage != devnet::CheckpointStage::Signing &&
                                   c.stage != devnet::CheckpointStage::Quorum)) {
            continue;
        }
        s.append(QPointF(
            x, 100.0 * static_cast<double>(c.signedWeight) / static_cast<double>(c.totalWeight)));
    }
}

void ChartData::addMessages(const QVector<MessageSample>& messages) {
    for (const MessageSample& m : messages)
        noteTime(m.timeMs);
    for (const LatencySample& l : latency_.add(messages)) {
        at(MessageLatency, l.receipt ? kReceiptKey : kDeliveredKey)
            .append(QPointF(l.atSeconds, l.latencySeconds));
    }
}

void ChartData::setHierarchy(const devnet::HierarchyView& view) {
    noteTime(view.timeMs);
    const double x = seconds(view.timeMs);
    QStringList order;
    order.reserve(static_cast<qsizetype>(view.subnets.size()));
    for (const devnet::SubnetView& s : view.subnets) {
        const QString& id = idText_(s.id);
        order.push_back(id);
        if (!names_.contains(id))
            names_.insert(id, QString::fromStdString(s.name));
        if (!s.parent)
            continue;
        RollingSeries& lag = at(CheckpointLag, id);
        // Views come up to 30 times a second; one point per virtual instant is enough.
        if (lag.size() > 0 && lag.points().constLast().x() >= x)
            continue;
        lag.append(QPointF(x, static_cast<double>(checkpointLag(s))));
    }
    order_ = std::move(order);
}

void ChartData::clear() {
    for (auto& map : series_)
        map.clear();
    names_.clear();
    idText_.clear();
    order_.clear();
    latency_.clear();
    latest_ = 0;
}

QString ChartData::nameOf(const QString& key) const {
    return names_.value(key, key);
}

}  // namespace ipc::ui
