// The facade the GUI, RPC server and CLI use: owns the Hierarchy and the engine thread that is
// its only writer. Commands are posted as functions and answered through futures; events are
// delivered on the engine thread (the GUI bridge queues and coalesces them).
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <type_traits>

#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/keystore.h"
#include "ipc/devnet/persistence.h"
#include "ipc/devnet/views.h"

namespace ipc::devnet {

class Wallet;

struct DevnetOptions {
    bool fast = false;    // run virtual time as fast as the CPU allows
    double speed = 1.0;   // real-time mode: virtual ms per wall ms (x1, x10, x100)
    bool paused = false;  // start paused
    // How the wallet seals keys under a workspace password (tests lower the scrypt cost).
    KeystoreOptions wallet;
    // False for a shared or demo devnet: the anvil_/hardhat_/evm_ cheat methods are refused.
    bool allowCheats = true;
};

class Devnet {
public:
    // Builds the hierarchy (genesis of every chain) and starts the engine thread. Nothing is
    // kept on disk.
    static std::unique_ptr<Devnet> start(const Topology& topology, DevnetOptions options = {});
    // Runs the hierarchy kept in the workspace file at `path` (created when missing): it
    // continues exactly where it stopped, or, for an empty workspace, starts `topologyIfNew`.
    // Throws ipc::Error with the reason (not a workspace, damaged, newer schema, empty and no
    // topology given), leaving the file untouched.
    static std::unique_ptr<Devnet> open(const std::string& path, const Topology* topologyIfNew,
                                        DevnetOptions options = {});
    // The workspace file, empty when the hierarchy lives only in memory.
    const std::string& workspacePath() const { return workspacePath_; }
    // Whether JSON-RPC's cheat methods may change state (DevnetOptions::allowCheats).
    bool cheatsAllowed() const { return options_.allowCheats; }
    // Why blocks are not being produced (the workspace refused a write: disk full, read-only);
    // nullopt while all is well. Production resumes by itself once a write succeeds.
    std::optional<std::string> storageError() const;
    ~Devnet();
    Devnet(const Devnet&) = delete;
    Devnet& operator=(const Devnet&) = delete;

    // Runs `fn` on the engine thread; its result or exception arrives through the future. In a
    // workspace, whatever `fn` produced (blocks from devnet_mine, …) is durable before the
    // future is ready, so a caller never sees what a crash could take back.
    template <class F>
    auto post(F&& fn) -> std::future<std::invoke_result_t<F, Hierarchy&>> {
        using R = std::invoke_result_t<F, Hierarchy&>;
        auto f = std::make_shared<std::decay_t<F>>(std::forward<F>(fn));
        auto promise = std::make_shared<std::promise<R>>();
        auto fut = promise->get_future();
        enqueue([this, f, promise](Hierarchy& h) {
            try {
                if constexpr (std::is_void_v<R>) {
                    (*f)(h);
                    settle(h);
                    promise->set_value();
                } else {
                    R result = (*f)(h);
                    settle(h);
                    promise->set_value(std::move(result));
                }
            } catch (...) {
                settle(h);
                promise->set_exception(std::current_exception());
            }
        });
        return fut;
    }

    // Like post(), but nobody waits: `done(result, error)` runs on the engine thread once `fn`
    // ran and what it produced is durable, with its result or the exception it threw. `done`
    // must be quick and must not wait for anything (e.g. it queues an HTTP reply).
    template <class F, class D>
    void postThen(F&& fn, D&& done) {
        using R = std::invoke_result_t<F, Hierarchy&>;
        static_assert(!std::is_void_v<R>, "postThen needs a result");
        auto f = std::make_shared<std::decay_t<F>>(std::forward<F>(fn));
        auto d = std::make_shared<std::decay_t<D>>(std::forward<D>(done));
        enqueue([this, f, d](Hierarchy& h) {
            std::optional<R> result;
            std::exception_ptr error;
            try {
                result.emplace((*f)(h));
            } catch (...) {
                error = std::current_exception();
            }
            settle(h);
            try {
                (*d)(std::move(result), error);
            } catch (...) {
                // `done` only hands the answer on; the engine keeps running whatever it does.
            }
        });
    }

    void pause();
    void resume();
    bool paused() const { return paused_; }
    void setSpeed(double speed);
    double speed() const { return speed_; }
    // Produces one block on `subnet` (useful while paused).
    std::future<void> step(const SubnetId& subnet);

    // Snapshots of the whole hierarchy (Hierarchy::snapshot etc.), run on the engine thread.
    // Errors (unknown id, a name in use) arrive through the future as ipc::Error.
    std::future<std::string> snapshot(std::string name = {});
    // Virtual time continues from the snapshot's time.
    std::future<void> revert(std::string idOrName, bool keep = true);
    std::future<std::vector<SnapshotInfo>> listSnapshots();
    std::future<void> deleteSnapshot(std::string idOrName);
    // Subscribe before start-up events matter; handlers run on the engine thread.
    EventBus::Subscription subscribe(EventBus::Handler handler);
    // The latest hierarchy snapshot, published after every block (any thread, never blocks
    // on the engine).
    std::shared_ptr<const HierarchyView> view() const;

    // Stops the engine thread (also done by the destructor).
    void stop();

    // The accounts users sign with (wallet.h): kept in the workspace store, in memory without
    // one. Thread-safe. The shared form outlives the devnet safely (sends then throw).
    Wallet& wallet() { return *wallet_; }
    std::shared_ptr<Wallet> sharedWallet() const { return wallet_; }

private:
    Devnet(std::unique_ptr<Hierarchy> hierarchy, DevnetOptions options,
           std::unique_ptr<Persistence> persistence);
    // Engine thread: makes everything produced so far durable (a no-op without a workspace).
    // False while the workspace refuses writes.
    bool settle(Hierarchy& h);
    void publishView(Hierarchy& h);
    void enqueue(std::function<void(Hierarchy&)> fn);
    void loop();
    void rebase();

    std::unique_ptr<Hierarchy> hierarchy_;
    // After the hierarchy, so it goes first (it watches the hierarchy's events).
    std::unique_ptr<Persistence> persistence_;
    std::string workspacePath_;
    mutable std::mutex storageMutex_;
    std::optional<std::string> storageError_;
    DevnetOptions options_;
    std::atomic<bool> paused_{false};
    std::atomic<double> speed_{1.0};
    std::atomic<bool> stopping_{false};
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::function<void(Hierarchy&)>> commands_;
    std::chrono::steady_clock::time_point baseWall_;
    std::uint64_t baseVirtual_ = 0;
    mutable std::mutex viewMutex_;
    std::shared_ptr<const HierarchyView> view_;
    EventBus::Subscription viewUpdates_;
    bool viewDirty_ = true;
    std::thread thread_;
    std::shared_ptr<Wallet> wallet_;
};

}  // namespace ipc::devnet
