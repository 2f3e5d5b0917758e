// The numbers behind the live charts, kept apart from the chart widgets so they can be tested
// without a display: bounded rolling series per subnet (block interval, checkpoint lag,
// signature weight) and cross-net message latency from a message's Committed stage to its
// delivery or returned receipt.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <vector>

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QVector>

#include "ipc/devnet/views.h"
#include "ipc/ui/bridge/devnet_bridge.h"
#include "ipc/ui/format/value_text.h"

namespace ipc::ui {

// Points with non-decreasing x, bounded two ways: nothing older than `window` before the newest
// x, and at most `maxPoints`. The points live in one QList, so a chart takes them with
// QXYSeries::replace() (implicitly shared, no copy) instead of one append per point.
class RollingSeries {
public:
    RollingSeries(double window, qsizetype maxPoints);

    void append(QPointF point);
    void clear();
    const QList<QPointF>& points() const { return points_; }
    qsizetype size() const { return points_.size(); }
    double window() const { return window_; }
    qsizetype maxPoints() const { return maxPoints_; }
    // Counts every change, so a chart replaces only the series that moved.
    std::uint64_t revision() const { return revision_; }
    // The largest y in the window (0 when empty).
    double maxY() const;

private:
    void trim();

    QList<QPointF> points_;
    double window_;
    qsizetype maxPoints_;
    std::uint64_t revision_ = 0;
};

// Blocks of a subnet's chain that no accepted checkpoint covers yet: the number the hierarchy
// graph prints on each edge. Zero for the root, which has no parent to checkpoint into.
std::int64_t checkpointLag(const devnet::SubnetView& subnet);

// How long a cross-net message took, in virtual seconds.
struct LatencySample {
    double atSeconds = 0;       // when it arrived
    double latencySeconds = 0;  // since its Committed stage
    bool receipt = false;       // a returned receipt (ReceiptReturned) rather than a delivery
};

// Pairs each message's Committed stage with its Delivered or ReceiptReturned stage. Messages
// still on their way are remembered up to kMaxPending (the oldest are forgotten first, so a
// stuck relayer cannot grow memory without end).
class MessageLatencyTracker {
public:
    static constexpr qsizetype kMaxPending = 20000;

    std::vector<LatencySample> add(const QVector<MessageSample>& messages);
    qsizetype pending() const { return committedAt_.size(); }
    void clear();

private:
    QHash<QString, std::uint64_t> committedAt_;
    std::deque<QString> order_;  // tracing ids in commit order, for eviction
};

// Everything the charts show, fed with the bridge's coalesced batches. Series are keyed by
// subnet id text (latency: by kDeliveredKey / kReceiptKey); x is virtual time in seconds.
class ChartData {
public:
    enum Chart { BlockInterval, CheckpointLag, SignatureWeight, MessageLatency, ChartCount };
    static constexpr double kWindowSeconds = 120;
    // Ten blocks a second for the whole window.
    static constexpr qsizetype kMaxPoints = 1200;
    static inline const QString kDeliveredKey = QStringLiteral("delivered");
    static inline const QString kReceiptKey = QStringLiteral("receipt");

    void addBlocks(const QVector<devnet::BlockProduced>& blocks);
    void addCheckpoints(const QVector<CheckpointSample>& checkpoints);
    void addMessages(const QVector<MessageSample>& messages);
    // Adds a checkpoint-lag point per subnet and learns subnet names.
    void setHierarchy(const devnet::HierarchyView& view);
    void clear();

    const std::map<QString, RollingSeries>& series(Chart chart) const { return series_[chart]; }
    // Subnet name for an id (the id itself until a view names it).
    QString nameOf(const QString& key) const;
    // Subnet ids in hierarchy order (parents first), for stable colours and legend order.
    const QStringList& order() const { return order_; }
    // The newest x seen in any series (the charts' right edge).
    double latestSeconds() const { return latest_; }
    const MessageLatencyTracker& latency() const { return latency_; }

private:
    RollingSeries& at(Chart chart, const QString& key);
    void noteTime(std::uint64_t timeMs);

    std::map<QString, RollingSeries> series_[ChartCount];
    SubnetIdTexts idText_;
    QHash<QString, QString> names_;
    QStringList order_;
    MessageLatencyTracker latency_;
    double latest_ = 0;
};

}  // namespace ipc::ui
