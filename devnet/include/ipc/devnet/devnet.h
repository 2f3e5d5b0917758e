// The facade the GUI, RPC server and CLI use: owns the Hierarchy and the engine thread that is
// its only writer. Typed queries and commands (queries.h) are answered through futures or
// callbacks; events are delivered on the engine thread (the GUI bridge queues and coalesces
// them). Nothing here names the Hierarchy: devnet's own code reaches it through
// engine_access.h.
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

#include "ipc/devnet/events.h"
#include "ipc/devnet/keystore.h"
#include "ipc/devnet/queries.h"
#include "ipc/devnet/topology.h"
#include "ipc/devnet/views.h"

namespace ipc::devnet {

class Hierarchy;
class Persistence;
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
    // Whether JSON-RPC's cheat methods may change state: DevnetOptions::allowCheats, unless the
    // workspace was marked as shared or demo (setCheatsAllowed(false)), which it remembers.
    bool cheatsAllowed() const { return cheatsAllowed_; }
    // Marks the devnet as shared or demo (false: every cheat method is refused) or lifts it; a
    // workspace keeps the mark across restarts. Any thread.
    void setCheatsAllowed(bool allowed);
    // Why blocks are not being produced (the workspace refused a write: disk full, read-only);
    // nullopt while all is well. Production resumes by itself once a write succeeds.
    std::optional<std::string> storageError() const;
    ~Devnet();
    Devnet(const Devnet&) = delete;
    Devnet& operator=(const Devnet&) = delete;

    // Answers a query or applies a command of queries.h on the engine thread; the result or
    // the error (ipc::Error for an unknown subnet, a refused command, …) arrives through the
    // future once what it produced is durable (and, for a command, the published view() shows
    // its effect).
    template <class Q>
    std::future<typename Q::Result> ask(Q query);
    // The same without waiting: `done(result, error)` runs on the engine thread once the answer
    // is durable (and, for a command, the published view() shows its effect). `done` must be
    // quick and must not wait for anything (it queues the answer for another thread).
    template <class Q>
    using AskDone = std::function<void(std::optional<typename Q::Result>, std::exception_ptr)>;
    template <class Q>
    void ask(Q query, AskDone<Q> done);

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
    // Devnet internals, the CLI, tests and benchmarks reach the engine through EngineAccess
    // (engine_access.h); the facade above names no engine type.
    friend class EngineAccess;
    template <class Q>
    typename Q::Result answerOn(Hierarchy& h, const Q& query);
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
    std::atomic<bool> cheatsAllowed_{true};
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
