// DevnetBridge: the GUI's one door to the running hierarchy. It owns the devnet::Devnet facade,
// starts it off the UI thread, forwards commands without ever waiting on the engine, and turns
// engine events (delivered on the engine thread) into Qt signals on the UI thread, coalesced to
// at most one flush per kFlushIntervalMs, the way Bitcoin Core's ClientModel throttles tip
// updates so a fast chain never floods the window.
#pragma once

#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <thread>
#include <type_traits>

#include <QElapsedTimer>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVector>

#include "ipc/devnet/devnet.h"
#include "ipc/devnet/rpc/server.h"
#include "ipc/devnet/session.h"
#include "ipc/ui/format/value_text.h"

namespace ipc::ui {

// A bottom-up checkpoint moving through its stages.
struct CheckpointSample {
    QString subnet;  // the child that cut it
    std::uint64_t height = 0;
    devnet::CheckpointStage stage = devnet::CheckpointStage::Cut;
    std::uint64_t signedWeight = 0;
    std::uint64_t totalWeight = 0;
    std::uint64_t timeMs = 0;
};

// A cross-net message reaching a stage.
struct MessageSample {
    QString tracingId;  // 0x…
    devnet::MessageStage stage = devnet::MessageStage::Committed;
    QString subnet;
    std::uint64_t height = 0;
    std::uint64_t timeMs = 0;
    Hash32 id;  // the tracing id as the engine has it (for matching without parsing text)
    protocol::MsgKind kind = protocol::MsgKind::Transfer;
};

using HierarchyViewPtr = std::shared_ptr<const devnet::HierarchyView>;

class DevnetBridge : public QObject {
    Q_OBJECT
public:
    // At most this many UI updates per second (one flush per interval).
    static constexpr int kFlushIntervalMs = 33;
    // Per flush, older block samples beyond this are dropped (fast runs make thousands); the
    // hierarchy view still carries every height.
    static constexpr int kMaxBlockSamplesPerFlush = 2048;

    explicit DevnetBridge(QObject* parent = nullptr);
    ~DevnetBridge() override;

    // Starts a hierarchy from a built-in template (or a topology) on a worker thread, replacing
    // the running one; `started()` or `startFailed()` follows.
    void start(const QString& templateName, devnet::DevnetOptions options = {});
    void start(const devnet::Topology& topology, devnet::DevnetOptions options = {});
    // Runs the hierarchy kept in the workspace file at `path`; an empty workspace starts the
    // template `templateIfNew` (startFailed says why when it cannot: not a workspace, damaged,
    // newer, empty and no template).
    void open(const QString& path, const QString& templateIfNew = {},
              devnet::DevnetOptions options = {});
    // The same with a topology of its own for an empty workspace.
    void open(const QString& path, const devnet::Topology& topologyIfNew,
              devnet::DevnetOptions options = {});
    // Starts a template in a new throw-away workspace under the temp directory (one click: old
    // blocks live in the file, not in memory; Save as Workspace keeps it).
    void quickstart(const QString& templateName, devnet::DevnetOptions options = {});
    // The same with a topology of its own (a template with changed settings).
    void quickstart(const devnet::Topology& topology, devnet::DevnetOptions options = {});
    // The running (or starting) hierarchy's workspace file; empty when it lives in memory.
    QString workspacePath() const { return workspacePath_; }
    bool isQuickstart() const { return quickstart_; }
    // Stops the running hierarchy (the engine thread ends on a worker thread).
    void stop();

    bool isStarting() const { return starting_; }
    bool isRunning() const { return devnet_ != nullptr; }
    bool isPaused() const { return paused_; }
    double speed() const { return speed_; }
    // The name of the running (or starting) topology.
    QString topologyName() const { return topologyName_; }
    // The running devnet facade (null while none runs); tests reach its engine through it.
    devnet::Devnet* devnet() const { return devnet_; }
    // The latest view emitted through hierarchyChanged (null before the first one).
    HierarchyViewPtr view() const { return view_; }

    // ---- commands: they return at once; results come back as signals ----
    void pause();
    void resume();
    void setPaused(bool paused);
    void setSpeed(double speed);
    // Produces one block on the subnet (id text); a fresh view follows.
    void step(const QString& subnet);
    void setValidatorOnline(const QString& subnet, const QString& validator, bool online);
    void setRelayer(const QString& subnet, bool on);
    // A shared or demo devnet refuses the JSON-RPC cheat methods (a workspace remembers it).
    void setCheatsAllowed(bool allowed);
    bool cheatsAllowed() const;
    // Asks the engine for a fresh view; hierarchyChanged follows.
    void refresh();

    // Answers a typed query or command of the devnet facade (ipc/devnet/queries.h) on the engine
    // thread and hands its result to `done` on the UI thread. Nothing is delivered when
    // `context` is destroyed first, when the hierarchy is replaced or stopped meanwhile, or when
    // no hierarchy runs. When the engine refuses it (an unknown subnet, …) `failed` gets the
    // engine's words instead, if given (with the same guarantees). Never waits.
    using Failed = std::function<void(const QString& error)>;
    template <class Q, class Done>
    void ask(QObject* context, Q query, Done done, Failed failed = {}) {
        using R = typename Q::Result;
        if (devnet_ == nullptr)
            return;
        devnet_->ask(
            std::move(query),
            devnet::Devnet::AskDone<Q>(
                [handoff = handoffTo(context), done = std::move(done), failed = std::move(failed)](
                    std::optional<R> result, std::exception_ptr error) {
                    if (result) {
                        auto answer = std::make_shared<R>(std::move(*result));
                        handoff([done, answer] { done(std::move(*answer)); });
                    } else if (failed) {
                        handoff([failed, text = errorText(error)] { failed(text); });
                    }
                }));
    }

signals:
    void starting(const QString& name);
    void started();
    void startFailed(const QString& error);
    void stopped();
    // A new snapshot of the whole hierarchy (at most once per flush).
    void hierarchyChanged(ipc::ui::HierarchyViewPtr view);
    // Events since the last flush, in engine order.
    void blocksProduced(const QVector<ipc::devnet::BlockProduced>& blocks);
    void checkpointChanged(const QVector<ipc::ui::CheckpointSample>& checkpoints);
    void messagesChanged(const QVector<ipc::ui::MessageSample>& messages);
    // Emitted once the engine has applied the change.
    void pausedChanged(bool paused);
    void speedChanged(double speed);
    // A command the engine refused (unknown subnet, not a validator, …), in the engine's words.
    void commandFailed(const QString& error);

private:
    struct Inbox;

    // Says on the worker thread what to run (it may throw, e.g. for an unknown template).
    using Maker = std::function<devnet::SessionSource()>;
    void startWith(Maker make, QString name, QString path, bool quickstart,
                   devnet::DevnetOptions options);
    // Applies a command (queries.h) on the engine thread, then delivers the fresh view and runs
    // `onApplied(result)` on the UI thread; a refusal becomes commandFailed. Defined and used in
    // devnet_bridge.cpp only.
    template <class Q, class OnApplied>
    void command(Q query, OnApplied onApplied);
    template <class Q>
    void command(Q query);
    // A command that could not even be put (bad id text): refused the same way, in order.
    void refuseCommand(const std::string& error);
    // Engine thread -> UI thread for ask(): runs `fn` there unless `context` is gone or the
    // hierarchy was replaced meanwhile.
    using Handoff = std::function<void(std::function<void()> fn)>;
    Handoff handoffTo(QObject* context) const;
    static QString errorText(const std::exception_ptr& error);
    void scheduleFlush();
    void flush();
    void joinWorker();
    std::uint64_t generation() const;

    std::shared_ptr<Inbox> inbox_;
    std::unique_ptr<devnet::Session> session_;
    devnet::Devnet* devnet_ = nullptr;  // session_'s engine; null while none runs
    devnet::EventBus::Subscription subscription_;
    std::thread worker_;
    QTimer flushTimer_;
    QElapsedTimer sinceFlush_;
    HierarchyViewPtr view_;
    SubnetIdTexts idText_;
    QString topologyName_;
    QString workspacePath_;
    bool quickstart_ = false;
    double speed_ = 1.0;
    bool paused_ = false;
    bool starting_ = false;
    bool viewRequested_ = false;

    // ---- subnet management and look-ups (create-subnet dialog, subnet menu, search) ----
public:
    // Creates a subnet (Hierarchy::createSubnet) on the engine thread; `onCreated` gets the id
    // the registry gives it once its transactions are queued. Refusals come as commandFailed.
    void createSubnet(const devnet::NewSubnet& spec,
                      std::function<void(const QString& subnetId)> onCreated = {});
    // Hierarchy::fund (parent -> `child`) and Hierarchy::release (`subnet` -> its parent) from
    // an account the devnet holds the key of; `onSent` gets the transaction hash.
    void fund(const QString& child, const QString& from, const QString& to, const U256& amount,
              std::function<void(const QString& txHash)> onSent = {});
    void release(const QString& subnet, const QString& from, const QString& to, const U256& amount,
                 std::function<void(const QString& txHash)> onSent = {});

    // ---- JSON-RPC endpoints for wallets and scripts while the app runs ----
public:
    // Serve every subnet over JSON-RPC from the next start on (nullopt: not at all). When the
    // base port is taken, later blocks of ports are tried.
    void setRpc(std::optional<devnet::rpc::ServerOptions> options);
    // Subnet id text -> endpoint URL (subnets started later get theirs as they start).
    QMap<QString, QString> rpcUrls() const;
    // Why nothing is served although it was asked for (every port tried was taken).
    QString rpcError() const { return rpcError_; }

private:
    std::optional<devnet::rpc::ServerOptions> rpcOptions_;
    QString rpcError_;

    // ---- whole-hierarchy snapshots (toolbar, Run menu) ----
public:
    // Hierarchy::snapshot / revert / deleteSnapshot on the engine thread; `done` runs on the UI
    // thread once applied (a revert is followed by hierarchyReset and a fresh view). Refusals
    // (a name in use, an unknown snapshot) come as commandFailed.
    void takeSnapshot(const QString& name, std::function<void(const QString& id)> done = {});
    void revertSnapshot(const QString& idOrName, std::function<void()> done = {});
    void deleteSnapshot(const QString& idOrName, std::function<void()> done = {});

signals:
    // The hierarchy went back to a snapshot: pages showing history must reload.
    void hierarchyReset();

    // ---- wallet and transfers (wallet dock, transfer wizard, Messages view) ----
public:
    // What became of a transaction the wallet signed: its hash, or why it was refused.
    struct SendResult {
        QString txHash;  // 0x…; empty on error
        QString error;
    };
    using SendDone = std::function<void(const SendResult&)>;

    // The running devnet's wallet (null while none runs). Shared, so work on another thread
    // keeps it alive across a restart; it then refuses to send.
    std::shared_ptr<devnet::Wallet> wallet() const;
    // The running topology's protocol timing, for latency estimates.
    devnet::TransferTiming transferTiming() const;
    // Each takes the account's key from the wallet now and signs and submits on the engine
    // thread; `done` runs on the UI thread (never when `context` is gone or the hierarchy was
    // replaced meanwhile). Refusals (locked key, unknown subnet, funds) come back in `done`.
    // `data` makes it a contract call (IPC's ABI to a subnet actor, …).
    void walletSend(QObject* context, const QString& subnet, const QString& from, const QString& to,
                    const U256& value, SendDone done, const Bytes& data = {});
    void walletTransfer(QObject* context, const QString& fromSubnet, const QString& from,
                        const QString& toSubnet, const QString& to, const U256& amount,
                        SendDone done);
    // Tops `to` up on the root from a prefunded account.
    void faucet(QObject* context, const QString& to, const U256& amount, SendDone done);

private:
    void runSigned(QObject* context, const std::function<devnet::Wallet::EngineSend()>& prepare,
                   SendDone done);
};

}  // namespace ipc::ui

Q_DECLARE_METATYPE(ipc::ui::HierarchyViewPtr)
Q_DECLARE_METATYPE(ipc::devnet::BlockProduced)
Q_DECLARE_METATYPE(ipc::ui::CheckpointSample)
Q_DECLARE_METATYPE(ipc::ui::MessageSample)
