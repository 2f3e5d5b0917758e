// MessageTracker: follows cross-net transfers from the transaction that sent them to the
// receipt that comes back, hop by hop. It lives with the main window, not with the wizard that
// submitted a transfer, so closing the wizard loses nothing: the Messages view and the graph
// keep following. Reads go through DevnetBridge::query and are throttled; each refresh turns
// the engine's record into a TransferProgress (devnet/transfer.h).
#pragma once

#include <cstdint>
#include <map>
#include <optional>

#include <QObject>
#include <QString>
#include <QTimer>

#include "ipc/devnet/transfer.h"
#include "ipc/ui/devnet_bridge.h"

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
};

class MessageTracker : public QObject {
    Q_OBJECT
public:
    // At most this many reads per second while transfers are in flight.
    static constexpr int kRefreshIntervalMs = 200;

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
    void scheduleRefresh();
    void refresh();
    void apply(int id, const devnet::TransferRecord& record);
    void reset();

    DevnetBridge* bridge_;
    std::map<int, TrackedTransfer> transfers_;
    QList<int> submitted_;
    int nextId_ = 1;
    int inFlight_ = 0;
    bool dirty_ = false;
    QTimer timer_;
};

}  // namespace ipc::ui
