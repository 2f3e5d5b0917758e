// MessageTracker: follows cross-net transfers from the transaction that sent them to the
// receipt that comes back, hop by hop. It lives with the main window, not with the wizard that
// submitted a transfer, so closing the wizard loses nothing: the Messages view and the graph
// keep following. It follows the bridge's typed events: a transfer is read again (one typed
// query) only when a message event names its tracing id or its receipt's, or, before its
// message is known, when its source subnet makes a block; a new hierarchy view only lays the
// record it has over that view again. Each record becomes a TransferProgress
// (devnet/transfer.h).
#pragma once

#include <cstdint>
#include <map>
#include <optional>

#include <QObject>
#include <QString>
#include <QVector>

#include "ipc/devnet/transfer.h"
#include "ipc/ui/bridge/devnet_bridge.h"

namespace ipc::ui {

struct TrackedTransfer {
    int id = 0;
    QString source;     // subnet id text
    QString txHash;     // empty when followed by tracing id alone
    QString tracingId;  // once the gateway committed it
    QString label;      // "5 FIL: root → alpha-1"
    std::optional<devnet::TransferPlan> plan;
    std::optional<devnet::TransferRecord> record;
    std::optional<devnet::TransferProgress> progress;
    bool complete() const { return progress && progress->complete; }
    // The same ids as the engine has them, read once from the text above.
    std::optional<SubnetId> sourceId;
    std::optional<Hash32> tx;
    std::optional<Hash32> tracing;
    bool reading = false;  // a read is in flight
    bool stale = false;    // an event came meanwhile: read again when it answers
};

class MessageTracker : public QObject {
    Q_OBJECT
public:
    explicit MessageTracker(DevnetBridge* bridge, QObject* parent = nullptr);

    // Follows a transfer sent by transaction `txHash` on `source`; returns its id.
    int track(const QString& source, const QString& txHash, devnet::TransferPlan plan,
              const QString& label);
    // Follows a message already in the hierarchy (picked in the Messages view); the same id
    // again for one already followed.
    int follow(const QString& tracingId);
    const TrackedTransfer* transfer(int id) const;
    // The transfer with this tracing id, if followed.
    const TrackedTransfer* byTracingId(const QString& tracingId) const;
    // Transfers submitted through track(), newest last.
    QList<int> submitted() const;
    // Reads every unfinished transfer again now.
    void refreshNow();

signals:
    void transferChanged(int id);
    // A submitted transfer got its tracing id (it can now be found in the Messages view).
    void tracingIdKnown(int id, const QString& tracingId);

private:
    void onMessages(const QVector<MessageSample>& messages);
    void onBlocks(const QVector<devnet::BlockProduced>& blocks);
    void onView(const HierarchyViewPtr& view);
    // Reads transfer `id` again (typed query by transaction or tracing id).
    void read(int id);
    void apply(int id, const devnet::TransferRecord& record);
    void describe(TrackedTransfer& t, const devnet::HierarchyView& view);
    void reset();

    DevnetBridge* bridge_;
    std::map<int, TrackedTransfer> transfers_;
    QList<int> submitted_;
    int nextId_ = 1;
};

}  // namespace ipc::ui
