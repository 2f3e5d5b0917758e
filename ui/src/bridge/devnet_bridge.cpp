// The GUI's door to the running hierarchy: commands, typed queries, coalesced engine events.
#include "ipc/ui/bridge/devnet_bridge.h"

#include <algorithm>
#include <deque>
#include <exception>
#include <future>
#include <mutex>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include <QPointer>

#include "ipc/devnet/rpc/server.h"
#include "ipc/devnet/session.h"
#include "ipc/devnet/workspaces.h"
#include "ipc/ui/format/value_text.h"

namespace ipc::ui {

namespace {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

QString toQString(const std::string& s) {
    return QString::fromStdString(s);
}

}  // namespace

// What the engine thread hands to the UI thread. Everything here is guarded by `mutex`; the
// engine-side writers check `generation` so a replaced hierarchy cannot leak into the new one,
// and `owner` is cleared by the bridge's destructor so nothing is posted to a dead object.
struct DevnetBridge::Inbox {
    struct Batch {
        std::deque<devnet::BlockProduced> blocks;
        std::vector<devnet::CheckpointEvent> checkpoints;
        std::vector<devnet::MessageEvent> messages;
        HierarchyViewPtr view;
        std::vector<std::function<void()>> applied;  // run on the UI thread
        std::vector<std::string> errors;
        bool engineChanged = false;  // events since the last view was made
        bool reset = false;          // a revert happened
    };

    std::mutex mutex;
    std::uint64_t generation = 0;
    DevnetBridge* owner = nullptr;
    bool flushPosted = false;
    Batch pending;

    // Wakes the UI thread once per batch; the bridge then flushes no faster than its interval.
    void notifyLocked() {
        if (flushPosted || owner == nullptr)
            return;
        flushPosted = true;
        DevnetBridge* o = owner;
        QMetaObject::invokeMethod(
            o, [o] { o->scheduleFlush(); }, Qt::QueuedConnection);
    }

    void onEvent(const devnet::Event& e) {
        if (std::holds_alternative<devnet::ConsoleEvent>(e))
            return;  // an eth_call's output: it changed nothing the views show
        std::visit(Overloaded{
                       [&](const devnet::BlockProduced& b) {
                           if (pending.blocks.size() >= kMaxBlockSamplesPerFlush)
                               pending.blocks.pop_front();
                           pending.blocks.push_back(b);
                       },
                       [&](const devnet::CheckpointEvent& c) { pending.checkpoints.push_back(c); },
                       [&](const devnet::MessageEvent& m) { pending.messages.push_back(m); },
                       // A revert: samples queued before it belong to the abandoned timeline;
                       // the fresh view requested below carries the whole hierarchy.
                       [&](const devnet::HierarchyReset&) {
                           pending.reset = true;
                           pending.blocks.clear();
                           pending.checkpoints.clear();
                           pending.messages.clear();
                       },
                       [](const auto&) {},
                   },
                   e);
        pending.engineChanged = true;
        notifyLocked();
    }
};

DevnetBridge::DevnetBridge(QObject* parent) : QObject(parent), inbox_(std::make_shared<Inbox>()) {
    qRegisterMetaType<HierarchyViewPtr>("ipc::ui::HierarchyViewPtr");
    qRegisterMetaType<devnet::BlockProduced>("ipc::devnet::BlockProduced");
    qRegisterMetaType<CheckpointSample>("ipc::ui::CheckpointSample");
    qRegisterMetaType<MessageSample>("ipc::ui::MessageSample");
    qRegisterMetaType<QVector<devnet::BlockProduced>>("QVector<ipc::devnet::BlockProduced>");
    qRegisterMetaType<QVector<CheckpointSample>>("QVector<ipc::ui::CheckpointSample>");
    qRegisterMetaType<QVector<MessageSample>>("QVector<ipc::ui::MessageSample>");

    inbox_->owner = this;
    flushTimer_.setSingleShot(true);
    flushTimer_.setTimerType(Qt::PreciseTimer);
    connect(&flushTimer_, &QTimer::timeout, this, &DevnetBridge::flush);
    sinceFlush_.start();
}

DevnetBridge::~DevnetBridge() {
    {
        std::lock_guard lock(inbox_->mutex);
        inbox_->owner = nullptr;
        ++inbox_->generation;
    }
    joinWorker();
    subscription_.reset();
    devnet_ = nullptr;
    session_.reset();  // a quickstart stays on disk: it reopens on the next start
}

void DevnetBridge::joinWorker() {
    if (worker_.joinable())
        worker_.join();
}

void DevnetBridge::start(const QString& templateName, devnet::DevnetOptions options) {
    const std::string name = templateName.toStdString();
    startWith([name] { return devnet::SessionSource::inMemory(devnet::builtinTemplate(name)); },
              templateName, {}, false, options);
}

void DevnetBridge::start(const devnet::Topology& topology, devnet::DevnetOptions options) {
    startWith([topology] { return devnet::SessionSource::inMemory(topology); },
              toQString(topology.name), {}, false, options);
}

void DevnetBridge::open(const QString& path, const QString& templateIfNew,
                        devnet::DevnetOptions options) {
    const std::string file = path.toStdString();
    const std::string name = templateIfNew.toStdString();
    startWith(
        [file, name] {
            return devnet::SessionSource::workspace(
                file, name.empty()
                          ? std::nullopt
                          : std::optional<devnet::Topology>(devnet::builtinTemplate(name)));
        },
        templateIfNew, path, devnet::WorkspaceDirectory::isQuickstart(file), options);
}

void DevnetBridge::open(const QString& path, const devnet::Topology& topologyIfNew,
                        devnet::DevnetOptions options) {
    const std::string file = path.toStdString();
    startWith(
        [file, topologyIfNew] { return devnet::SessionSource::workspace(file, topologyIfNew); },
        toQString(topologyIfNew.name), path, devnet::WorkspaceDirectory::isQuickstart(file),
        options);
}

void DevnetBridge::quickstart(const QString& templateName, devnet::DevnetOptions options) {
    const std::string name = templateName.toStdString();
    startWith(
        [name] {
            // builtinTemplate refuses bad names before any file is made.
            return devnet::SessionSource::newQuickstart(devnet::builtinTemplate(name));
        },
        templateName, {}, true, options);
}

void DevnetBridge::quickstart(const devnet::Topology& topology, devnet::DevnetOptions options) {
    startWith([topology] { return devnet::SessionSource::newQuickstart(topology); },
              toQString(topology.name), {}, true, options);
}

void DevnetBridge::startWith(Maker make, QString name, QString path, bool quickstart,
                             devnet::DevnetOptions options) {
    // The old engine is stopped and destroyed on the worker, so the UI never waits for it.
    subscription_.reset();
    std::unique_ptr<devnet::Session> old = std::move(session_);
    devnet_ = nullptr;
    const std::string discard = quickstart_ ? workspacePath_.toStdString() : std::string();
    devnet::SessionOptions sessionOptions;
    sessionOptions.devnet = options;
    sessionOptions.rpc = rpcOptions_;
    rpcError_.clear();
    std::uint64_t gen = 0;
    {
        std::lock_guard lock(inbox_->mutex);
        gen = ++inbox_->generation;
        inbox_->pending = {};
    }
    view_.reset();
    viewRequested_ = false;
    topologyName_ = std::move(name);
    workspacePath_ = std::move(path);
    quickstart_ = quickstart;
    paused_ = options.paused;
    speed_ = options.speed > 0 ? options.speed : 1.0;
    starting_ = true;
    emit starting(topologyName_);

    struct Result {
        std::unique_ptr<devnet::Session> session;
        devnet::EventBus::Subscription subscription;
        std::string error;
    };
    std::thread previous = std::move(worker_);
    worker_ =
        std::thread([previous = std::move(previous), old = std::move(old), make = std::move(make),
                     sessionOptions, gen, inbox = inbox_, discard]() mutable {
            if (previous.joinable())
                previous.join();
            old.reset();
            if (!discard.empty())
                devnet::WorkspaceDirectory::discardQuickstart(discard);
            auto result = std::make_shared<Result>();
            try {
                result->session = devnet::Session::start(make(), sessionOptions);
                result->subscription =
                    result->session->devnet().subscribe([inbox, gen](const devnet::Event& e) {
                        std::lock_guard lock(inbox->mutex);
                        if (inbox->generation == gen)
                            inbox->onEvent(e);
                    });
            } catch (const std::exception& e) {
                result->error = e.what();
                result->subscription.reset();
                result->session.reset();
            }
            std::lock_guard lock(inbox->mutex);
            if (inbox->generation != gen || inbox->owner == nullptr)
                return;  // replaced or closed meanwhile: `result` dies here, on the worker
            DevnetBridge* o = inbox->owner;
            QMetaObject::invokeMethod(
                o,
                [o, gen, result] {
                    if (o->generation() != gen)
                        return;
                    o->starting_ = false;
                    if (!result->error.empty()) {
                        o->topologyName_.clear();
                        o->workspacePath_.clear();
                        o->quickstart_ = false;
                        emit o->startFailed(toQString(result->error));
                        return;
                    }
                    o->topologyName_ = toQString(result->session->topologyName());
                    o->workspacePath_ = toQString(result->session->workspacePath());
                    o->rpcError_ = toQString(result->session->rpcError());
                    o->session_ = std::move(result->session);
                    o->devnet_ = &o->session_->devnet();
                    o->subscription_ = std::move(result->subscription);
                    o->refresh();
                    emit o->started();
                },
                Qt::QueuedConnection);
        });
}

std::uint64_t DevnetBridge::generation() const {
    std::lock_guard lock(inbox_->mutex);
    return inbox_->generation;
}

void DevnetBridge::stop() {
    if (devnet_ == nullptr && !starting_)
        return;
    subscription_.reset();
    std::unique_ptr<devnet::Session> old = std::move(session_);
    devnet_ = nullptr;
    const std::string discard = quickstart_ ? workspacePath_.toStdString() : std::string();
    rpcError_.clear();
    {
        std::lock_guard lock(inbox_->mutex);
        ++inbox_->generation;
        inbox_->pending = {};
    }
    std::thread previous = std::move(worker_);
    worker_ =
        std::thread([previous = std::move(previous), old = std::move(old), discard]() mutable {
            if (previous.joinable())
                previous.join();
            old.reset();
            if (!discard.empty())
                devnet::WorkspaceDirectory::discardQuickstart(discard);
        });
    view_.reset();
    viewRequested_ = false;
    starting_ = false;
    topologyName_.clear();
    workspacePath_.clear();
    quickstart_ = false;
    emit stopped();
}

template <class Q, class OnApplied>
void DevnetBridge::command(Q query, OnApplied onApplied) {
    using R = typename Q::Result;
    if (devnet_ == nullptr)
        return;
    viewRequested_ = true;
    const std::uint64_t gen = generation();
    devnet::Devnet* d = devnet_;
    // The outcome comes back through the inbox, after the view that shows it.
    d->ask(std::move(query),
           devnet::Devnet::AskDone<Q>([inbox = inbox_, gen, d, onApplied = std::move(onApplied)](
                                          std::optional<R> result, std::exception_ptr error) {
               HierarchyViewPtr view = d->view();
               std::lock_guard lock(inbox->mutex);
               if (inbox->generation != gen)
                   return;
               inbox->pending.view = std::move(view);
               inbox->pending.engineChanged = false;  // the view includes every event so far
               if (!result) {
                   inbox->pending.errors.push_back(errorText(error).toStdString());
               } else {
                   auto answer = std::make_shared<R>(std::move(*result));
                   inbox->pending.applied.push_back([onApplied, answer] { onApplied(*answer); });
               }
               inbox->notifyLocked();
           }));
}

template <class Q>
void DevnetBridge::command(Q query) {
    command(std::move(query), [](const typename Q::Result&) {});
}

void DevnetBridge::refuseCommand(const std::string& error) {
    if (devnet_ == nullptr)
        return;
    command(devnet::SyncCommand{},
            [this, error](const devnet::Applied&) { emit commandFailed(toQString(error)); });
}

void DevnetBridge::refresh() {
    command(devnet::SyncCommand{});
}

DevnetBridge::Handoff DevnetBridge::handoffTo(QObject* context) const {
    return [inbox = inbox_, gen = generation(),
            context = QPointer<QObject>(context)](std::function<void()> fn) {
        std::lock_guard lock(inbox->mutex);
        if (inbox->generation != gen || inbox->owner == nullptr)
            return;
        DevnetBridge* o = inbox->owner;
        QMetaObject::invokeMethod(
            o,
            [o, gen, context, fn = std::move(fn)] {
                // Checked again here: a start or stop may have come between ask and delivery.
                if (context.isNull() || o->generation() != gen)
                    return;
                fn();
            },
            Qt::QueuedConnection);
    };
}

QString DevnetBridge::errorText(const std::exception_ptr& error) {
    try {
        if (error)
            std::rethrow_exception(error);
    } catch (const std::exception& e) {
        return toQString(e.what());
    } catch (...) {
        return tr("The engine refused the request.");
    }
    return tr("The engine refused the request.");
}

void DevnetBridge::pause() {
    if (devnet_ == nullptr)
        return;
    devnet_->pause();
    // Commands run in order: once this one runs, the engine is paused.
    command(devnet::SyncCommand{}, [this](const devnet::Applied&) {
        paused_ = true;
        emit pausedChanged(true);
    });
}

void DevnetBridge::resume() {
    if (devnet_ == nullptr)
        return;
    devnet_->resume();
    command(devnet::SyncCommand{}, [this](const devnet::Applied&) {
        paused_ = false;
        emit pausedChanged(false);
    });
}

void DevnetBridge::setPaused(bool paused) {
    if (paused)
        pause();
    else
        resume();
}

void DevnetBridge::setSpeed(double speed) {
    if (speed <= 0)
        return;
    if (devnet_ == nullptr) {
        speed_ = speed;
        emit speedChanged(speed);
        return;
    }
    devnet_->setSpeed(speed);
    command(devnet::SyncCommand{}, [this, speed](const devnet::Applied&) {
        speed_ = speed;
        emit speedChanged(speed);
    });
}

void DevnetBridge::step(const QString& subnet) {
    try {
        command(devnet::MineCommand{SubnetId::parse(subnet.toStdString()), 1});
    } catch (const std::exception& e) {
        refuseCommand(e.what());
    }
}

void DevnetBridge::setValidatorOnline(const QString& subnet, const QString& validator,
                                      bool online) {
    try {
        command(devnet::SetValidatorOnlineCommand{SubnetId::parse(subnet.toStdString()),
                                                  EthAddress::parse(validator.toStdString()),
                                                  online});
    } catch (const std::exception& e) {
        refuseCommand(e.what());
    }
}

void DevnetBridge::setRelayer(const QString& subnet, bool on) {
    try {
        command(devnet::SetRelayerCommand{SubnetId::parse(subnet.toStdString()), on});
    } catch (const std::exception& e) {
        refuseCommand(e.what());
    }
}

void DevnetBridge::setCheatsAllowed(bool allowed) {
    if (devnet_ != nullptr)
        devnet_->setCheatsAllowed(allowed);
}

bool DevnetBridge::cheatsAllowed() const {
    return devnet_ == nullptr || devnet_->cheatsAllowed();
}

void DevnetBridge::scheduleFlush() {
    if (flushTimer_.isActive())
        return;
    const auto wait = std::max<qint64>(0, kFlushIntervalMs - sinceFlush_.elapsed());
    flushTimer_.start(static_cast<int>(wait));
}

void DevnetBridge::flush() {
    Inbox::Batch batch;
    {
        std::lock_guard lock(inbox_->mutex);
        batch = std::move(inbox_->pending);
        inbox_->pending = {};
        inbox_->flushPosted = false;
    }
    sinceFlush_.restart();
    if (batch.view)
        viewRequested_ = false;
    // One view request in flight at a time, so views come at most once per flush.
    if (batch.engineChanged && !viewRequested_)
        refresh();
    if (batch.reset)
        emit hierarchyReset();

    if (!batch.blocks.empty()) {
        QVector<devnet::BlockProduced> blocks;
        blocks.reserve(static_cast<qsizetype>(batch.blocks.size()));
        for (auto& b : batch.blocks)
            blocks.push_back(std::move(b));
        emit blocksProduced(blocks);
    }
    if (!batch.checkpoints.empty()) {
        QVector<CheckpointSample> checkpoints;
        checkpoints.reserve(static_cast<qsizetype>(batch.checkpoints.size()));
        for (const auto& c : batch.checkpoints) {
            checkpoints.push_back(CheckpointSample{idText_(c.subnet), c.height, c.stage,
                                                   c.signedWeight, c.totalWeight, c.timeMs});
        }
        emit checkpointChanged(checkpoints);
    }
    if (!batch.messages.empty()) {
        QVector<MessageSample> messages;
        messages.reserve(static_cast<qsizetype>(batch.messages.size()));
        for (const auto& m : batch.messages) {
            messages.push_back(MessageSample{toQString(m.tracingId.hex()), m.stage,
                                             idText_(m.subnet), m.height, m.timeMs, m.tracingId,
                                             m.kind});
        }
        emit messagesChanged(messages);
    }
    if (batch.view) {
        view_ = std::move(batch.view);
        emit hierarchyChanged(view_);
    }
    for (const auto& error : batch.errors)
        emit commandFailed(toQString(error));
    for (const auto& applied : batch.applied)
        applied();
}

// ---------------------------------------------------------------- subnet management, look-ups

void DevnetBridge::createSubnet(const devnet::NewSubnet& spec,
                                std::function<void(const QString&)> onCreated) {
    command(devnet::CreateSubnetCommand{spec},
            [onCreated = std::move(onCreated)](const SubnetId& created) {
                if (onCreated)
                    onCreated(subnetIdText(created));
            });
}

namespace {

// A command's transaction hash handed on as 0x text (nothing when nobody asked for it).
std::function<void(const Hash32&)> sentAs(std::function<void(const QString&)> onSent) {
    return [onSent = std::move(onSent)](const Hash32& tx) {
        if (onSent)
            onSent(toQString(tx.hex()));
    };
}

}  // namespace

void DevnetBridge::fund(const QString& child, const QString& from, const QString& to,
                        const U256& amount, std::function<void(const QString&)> onSent) {
    try {
        command(devnet::FundCommand{SubnetId::parse(child.toStdString()),
                                    EthAddress::parse(from.toStdString()),
                                    EthAddress::parse(to.toStdString()), amount},
                sentAs(std::move(onSent)));
    } catch (const std::exception& e) {
        refuseCommand(e.what());
    }
}

void DevnetBridge::release(const QString& subnet, const QString& from, const QString& to,
                           const U256& amount, std::function<void(const QString&)> onSent) {
    try {
        command(devnet::ReleaseCommand{SubnetId::parse(subnet.toStdString()),
                                       EthAddress::parse(from.toStdString()),
                                       EthAddress::parse(to.toStdString()), amount},
                sentAs(std::move(onSent)));
    } catch (const std::exception& e) {
        refuseCommand(e.what());
    }
}

// ---------------------------------------------------------------- wallet and transfers

std::shared_ptr<devnet::Wallet> DevnetBridge::wallet() const {
    return devnet_ != nullptr ? devnet_->sharedWallet() : nullptr;
}

devnet::TransferTiming DevnetBridge::transferTiming() const {
    const auto w = wallet();
    return w != nullptr ? devnet::transferTiming(w->topology()) : devnet::TransferTiming{};
}

void DevnetBridge::runSigned(QObject* context,
                             const std::function<devnet::Wallet::EngineSend()>& prepare,
                             SendDone done) {
    devnet::Wallet::EngineSend send;
    QString refused;
    if (devnet_ == nullptr) {
        refused = tr("No hierarchy is running.");
    } else {
        try {
            send = prepare();
        } catch (const std::exception& e) {
            refused = toQString(e.what());
        }
    }
    if (!send) {
        // Answered from the event loop, as every other outcome is.
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done), refused] {
                done(SendResult{{}, refused});
            },
            Qt::QueuedConnection);
        return;
    }
    ask(
        context, devnet::WalletSendCommand{std::move(send)},
        [done](const Hash32& tx) {
            done(SendResult{toQString(tx.hex()), {}});
        },
        [done](const QString& error) {
            done(SendResult{{}, error});
        });
}

void DevnetBridge::walletSend(QObject* context, const QString& subnet, const QString& from,
                              const QString& to, const U256& value, SendDone done,
                              const Bytes& data) {
    const auto w = wallet();
    runSigned(
        context,
        [w, subnet = subnet.toStdString(), from = from.toStdString(), to = to.toStdString(), value,
         data] {
            return w->prepareSend(SubnetId::parse(subnet), EthAddress::parse(from),
                                  devnet::parseAccountAddress(to), value, data);
        },
        std::move(done));
}

void DevnetBridge::walletTransfer(QObject* context, const QString& fromSubnet, const QString& from,
                                  const QString& toSubnet, const QString& to, const U256& amount,
                                  SendDone done) {
    const auto w = wallet();
    runSigned(
        context,
        [w, fromSubnet = fromSubnet.toStdString(), from = from.toStdString(),
         toSubnet = toSubnet.toStdString(), to = to.toStdString(), amount] {
            const protocol::IpcAddress target{SubnetId::parse(toSubnet),
                                              devnet::parseAccountAddress(to)};
            return w->prepareTransfer(SubnetId::parse(fromSubnet), EthAddress::parse(from), target,
                                      amount);
        },
        std::move(done));
}

void DevnetBridge::faucet(QObject* context, const QString& to, const U256& amount, SendDone done) {
    const auto w = wallet();
    runSigned(
        context,
        [w, to = to.toStdString(), amount] {
            return w->prepareFaucet(devnet::parseAccountAddress(to), amount);
        },
        std::move(done));
}

// ---------------------------------------------------------------- JSON-RPC

void DevnetBridge::setRpc(std::optional<devnet::rpc::ServerOptions> options) {
    rpcOptions_ = std::move(options);
}

QMap<QString, QString> DevnetBridge::rpcUrls() const {
    QMap<QString, QString> out;
    if (session_ == nullptr)
        return out;
    for (const auto& e : session_->endpoints())
        out.insert(subnetIdText(e.subnet), toQString(e.url));
    return out;
}

// ---------------------------------------------------------------- snapshots

void DevnetBridge::takeSnapshot(const QString& name, std::function<void(const QString&)> done) {
    command(devnet::TakeSnapshotCommand{name.toStdString()},
            [done = std::move(done)](const std::string& id) {
                if (done)
                    done(toQString(id));
            });
}

void DevnetBridge::revertSnapshot(const QString& idOrName, std::function<void()> done) {
    // Through the facade, not Hierarchy::revert: the facade also moves the real-time clock's
    // base to the snapshot's time. Without that the engine "catches up" to the wall clock and
    // remakes every block since the snapshot at once.
    command(devnet::RevertSnapshotCommand{idOrName.toStdString(), true},
            [done = std::move(done)](const devnet::Applied&) {
                if (done)
                    done();
            });
}

void DevnetBridge::deleteSnapshot(const QString& idOrName, std::function<void()> done) {
    command(devnet::DeleteSnapshotCommand{idOrName.toStdString()},
            [done = std::move(done)](const devnet::Applied&) {
                if (done)
                    done();
            });
}

}  // namespace ipc::ui
