// The Devnet facade: its engine thread and loop, persistence after each command, the published
// view, and the typed ask() of every query and command in queries.h.
#include "ipc/devnet/devnet.h"

#include "ipc/core/primitives/error.h"
#include "ipc/core/storage/store.h"
#include "ipc/devnet/engine_access.h"
#include "ipc/devnet/persistence.h"
#include "ipc/devnet/query_answers.h"
#include "ipc/devnet/wallet.h"

namespace ipc::devnet {

namespace {

// The workspace setting holding the linked project's directory (LinkContractsCommand).
constexpr const char* kLinkedContractsSetting = "linked_contracts";
// The workspace setting marking it as shared or demo: "1" refuses every cheat method.
constexpr const char* kRefuseCheatsSetting = "refuse_cheats";

// How the wallet's prepared sends reach this devnet's engine thread.
Wallet::Runner sendRunner(Devnet& d) {
    return [raw = &d](Wallet::EngineSend fn) { return engine(*raw).post(std::move(fn)); };
}

}  // namespace

std::unique_ptr<Devnet> Devnet::start(const Topology& topology, DevnetOptions options) {
    std::unique_ptr<Devnet> d(new Devnet(std::make_unique<Hierarchy>(topology), options, nullptr));
    d->wallet_ = std::make_shared<Wallet>(topology, nullptr, options.wallet);
    d->wallet_->attach(sendRunner(*d));
    d->thread_ = std::thread([raw = d.get()] { raw->loop(); });
    return d;
}

std::unique_ptr<Devnet> Devnet::open(const std::string& path, const Topology* topologyIfNew,
                                     DevnetOptions options) {
    std::shared_ptr<storage::Store> store = storage::Store::open(path);
    auto persistence = std::make_unique<Persistence>(store);
    std::unique_ptr<Hierarchy> h = persistence->restore();
    if (!h) {
        if (topologyIfNew == nullptr) {
            throw Error("workspace " + path +
                        " holds no hierarchy yet: start one with a template or topology file");
        }
        h = std::make_unique<Hierarchy>(*topologyIfNew);
    }
    persistence->attach(*h);
    if (const auto linked = store->setting(kLinkedContractsSetting); linked && !linked->empty())
        h->setContractBook(ContractBook::linkOrExplain(*linked));
    // The starting point is durable before anyone can see it.
    if (!persistence->flush(*h))
        throw Error("cannot write workspace " + path + ": " + *persistence->lastError());
    const Topology topology = h->topology();
    std::unique_ptr<Devnet> d(new Devnet(std::move(h), options, std::move(persistence)));
    d->workspacePath_ = path;
    if (store->setting(kRefuseCheatsSetting) == std::optional<std::string>("1"))
        d->cheatsAllowed_ = false;
    d->wallet_ = std::make_shared<Wallet>(topology, store, options.wallet);
    d->wallet_->attach(sendRunner(*d));
    d->thread_ = std::thread([raw = d.get()] { raw->loop(); });
    return d;
}

void Devnet::setCheatsAllowed(bool allowed) {
    cheatsAllowed_ = allowed;
    if (persistence_)
        persistence_->store().setSetting(kRefuseCheatsSetting, allowed ? "0" : "1");
}

std::optional<std::string> Devnet::storageError() const {
    std::lock_guard lock(storageMutex_);
    return storageError_;
}

bool Devnet::settle(Hierarchy& h) {
    if (!persistence_)
        return true;
    const bool ok = persistence_->flush(h);
    std::lock_guard lock(storageMutex_);
    const bool changed = storageError_ != persistence_->lastError();
    storageError_ = persistence_->lastError();
    if (changed)
        viewDirty_ = true;
    return ok;
}

void Devnet::publishView(Hierarchy& h) {
    auto next = std::make_shared<HierarchyView>(makeHierarchyView(h));
    next->storageError = storageError();
    std::lock_guard lock(viewMutex_);
    view_ = std::move(next);
    viewDirty_ = false;
}

Devnet::Devnet(std::unique_ptr<Hierarchy> hierarchy, DevnetOptions options,
               std::unique_ptr<Persistence> persistence)
    : hierarchy_(std::move(hierarchy)), persistence_(std::move(persistence)), options_(options) {
    paused_ = options.paused;
    cheatsAllowed_ = options.allowCheats;
    speed_ = options.speed > 0 ? options.speed : 1.0;
    rebase();
    view_ = std::make_shared<const HierarchyView>(makeHierarchyView(*hierarchy_));
    viewUpdates_ = hierarchy_->events().subscribe([this](const Event& e) {
        if (std::holds_alternative<BlockProduced>(e) || std::holds_alternative<SubnetEvent>(e) ||
            std::holds_alternative<ValidatorEvent>(e) ||
            std::holds_alternative<HierarchyReset>(e) || std::holds_alternative<CheatEvent>(e)) {
            viewDirty_ = true;
        }
    });
}

std::shared_ptr<const HierarchyView> Devnet::view() const {
    std::lock_guard lock(viewMutex_);
    return view_;
}

Devnet::~Devnet() {
    if (wallet_)
        wallet_->attach({});  // a wallet kept elsewhere must not post to a dead engine
    stop();
}

void Devnet::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable())
        thread_.join();
}

void Devnet::enqueue(std::function<void(Hierarchy&)> fn) {
    {
        std::lock_guard lock(mutex_);
        commands_.push_back(std::move(fn));
    }
    wake_.notify_all();
}

void Devnet::rebase() {
    baseWall_ = std::chrono::steady_clock::now();
    baseVirtual_ = hierarchy_->now();
}

void Devnet::pause() {
    enqueue([this](Hierarchy&) { paused_ = true; });
}

void Devnet::resume() {
    enqueue([this](Hierarchy&) {
        paused_ = false;
        rebase();
    });
}

void Devnet::setSpeed(double speed) {
    if (speed <= 0)
        return;
    enqueue([this, speed](Hierarchy&) {
        speed_ = speed;
        rebase();
    });
}

std::future<void> Devnet::step(const SubnetId& subnet) {
    return engine(*this).post([subnet](Hierarchy& h) { h.mine(subnet, 1); });
}

std::future<std::string> Devnet::snapshot(std::string name) {
    return ask(TakeSnapshotCommand{std::move(name)});
}

std::future<void> Devnet::revert(std::string idOrName, bool keep) {
    return engine(*this).post([this, idOrName = std::move(idOrName), keep](Hierarchy& h) {
        (void)answerOn(h, RevertSnapshotCommand{idOrName, keep});
    });
}

std::future<std::vector<SnapshotInfo>> Devnet::listSnapshots() {
    return ask(SnapshotsQuery{});
}

std::future<void> Devnet::deleteSnapshot(std::string idOrName) {
    return engine(*this).post([idOrName = std::move(idOrName)](Hierarchy& h) {
        (void)answer(h, DeleteSnapshotCommand{idOrName});
    });
}

// ---------------------------------------------------------------- typed queries and commands

template <class Q>
typename Q::Result Devnet::answerOn(Hierarchy& h, const Q& query) {
    if constexpr (std::is_same_v<Q, LinkContractsCommand>) {
        // The workspace remembers the project and links it again when it is opened.
        auto result = answer(h, query);
        if (persistence_)
            persistence_->store().setSetting(kLinkedContractsSetting, query.directory);
        return result;
    } else if constexpr (std::is_same_v<Q, RevertSnapshotCommand>) {
        // The real-time clock continues from the snapshot's time; without this the engine
        // would "catch up" to the wall clock and remake every block since at once.
        auto result = answer(h, query);
        rebase();
        return result;
    } else {
        return answer(h, query);
    }
}

template <class Q>
std::future<typename Q::Result> Devnet::ask(Q query) {
    return engine(*this).post([this, q = std::move(query)](Hierarchy& h) {
        auto result = answerOn(h, q);
        if constexpr (ChangesState<Q>::value) {
            // As the non-blocking form: durable, and shown in view() once answered.
            settle(h);
            publishView(h);
        }
        return result;
    });
}

template <class Q>
void Devnet::ask(Q query, AskDone<Q> done) {
    using R = typename Q::Result;
    enqueue([this, q = std::move(query), done = std::move(done)](Hierarchy& h) {
        std::optional<R> result;
        std::exception_ptr error;
        try {
            result.emplace(answerOn(h, q));
        } catch (...) {
            error = std::current_exception();
        }
        settle(h);
        if constexpr (ChangesState<Q>::value)
            publishView(h);  // whoever is told it was applied sees it in view()
        try {
            if (done)
                done(std::move(result), error);
        } catch (...) {
            // `done` only hands the answer on; the engine keeps running whatever it does.
        }
    });
}

#define IPC_DEVNET_INSTANTIATE_ASK(Q)                  \
    template std::future<Q::Result> Devnet::ask<Q>(Q); \
    template void Devnet::ask<Q>(Q, AskDone<Q>);
IPC_DEVNET_QUERIES(IPC_DEVNET_INSTANTIATE_ASK)
#undef IPC_DEVNET_INSTANTIATE_ASK

EventBus::Subscription Devnet::subscribe(EventBus::Handler handler) {
    return hierarchy_->events().subscribe(std::move(handler));
}

void Devnet::loop() {
    using Clock = std::chrono::steady_clock;
    Hierarchy& h = *hierarchy_;
    while (true) {
        std::deque<std::function<void(Hierarchy&)>> batch;
        {
            std::unique_lock lock(mutex_);
            if (stopping_)
                break;
            batch.swap(commands_);
        }
        for (auto& c : batch)
            c(h);
        // Blocks made since the last turn are durable before the view shows them.
        const bool stored = settle(h);
        if (viewDirty_) {
            // Published once per loop turn, not per block: fast runs stay fast.
            publishView(h);
        }
        if (!batch.empty())
            continue;  // commands may have changed pause/speed

        if (!stored) {
            // The workspace refuses writes: no new blocks until it takes them again (the writer
            // retries; so does the next turn).
            std::unique_lock lock(mutex_);
            wake_.wait_for(lock, std::chrono::milliseconds(250),
                           [&] { return stopping_ || !commands_.empty(); });
            continue;
        }
        if (paused_) {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stopping_ || !commands_.empty(); });
            continue;
        }
        if (options_.fast) {
            // Bounded slices so commands and stop requests stay responsive.
            for (int i = 0; i < 256 && h.scheduler().runNext(); ++i) {
            }
            if (h.scheduler().empty()) {
                std::unique_lock lock(mutex_);
                wake_.wait(lock, [&] { return stopping_ || !commands_.empty(); });
            }
            continue;
        }
        const auto elapsed =
            std::chrono::duration<double, std::milli>(Clock::now() - baseWall_).count();
        const auto target = baseVirtual_ + static_cast<std::uint64_t>(elapsed * speed_);
        // At most one virtual second per slice so a slow machine still answers commands.
        h.runUntil(std::min(target, h.now() + 1000));
        if (h.now() + 1000 < target)
            continue;
        const std::uint64_t next =
            h.scheduler().empty() ? h.now() + 1000 : h.scheduler().nextTime();
        const auto wallAt = baseWall_ + std::chrono::duration_cast<Clock::duration>(
                                            std::chrono::duration<double, std::milli>(
                                                static_cast<double>(next - baseVirtual_) / speed_));
        std::unique_lock lock(mutex_);
        wake_.wait_until(lock, wallAt, [&] { return stopping_ || !commands_.empty(); });
    }
    settle(h);
}

}  // namespace ipc::devnet
