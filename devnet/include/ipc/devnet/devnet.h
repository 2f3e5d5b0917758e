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
#include <thread>
#include <type_traits>

#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/views.h"

namespace ipc::devnet {

struct DevnetOptions {
    bool fast = false;    // run virtual time as fast as the CPU allows
    double speed = 1.0;   // real-time mode: virtual ms per wall ms (x1, x10, x100)
    bool paused = false;  // start paused
};

class Devnet {
public:
    // Builds the hierarchy (genesis of every chain) and starts the engine thread.
    static std::unique_ptr<Devnet> start(const Topology& topology, DevnetOptions options = {});
    ~Devnet();
    Devnet(const Devnet&) = delete;
    Devnet& operator=(const Devnet&) = delete;

    // Runs `fn` on the engine thread; its result or exception arrives through the future.
    template <class F>
    auto post(F&& fn) -> std::future<std::invoke_result_t<F, Hierarchy&>> {
        using R = std::invoke_result_t<F, Hierarchy&>;
        auto task = std::make_shared<std::packaged_task<R(Hierarchy&)>>(std::forward<F>(fn));
        auto fut = task->get_future();
        enqueue([task](Hierarchy& h) { (*task)(h); });
        return fut;
    }

    void pause();
    void resume();
    bool paused() const { return paused_; }
    void setSpeed(double speed);
    double speed() const { return speed_; }
    // Produces one block on `subnet` (useful while paused).
    std::future<void> step(const SubnetId& subnet);
    // Subscribe before start-up events matter; handlers run on the engine thread.
    EventBus::Subscription subscribe(EventBus::Handler handler);
    // The latest hierarchy snapshot, published after every block (any thread, never blocks
    // on the engine).
    std::shared_ptr<const HierarchyView> view() const;

    // Stops the engine thread (also done by the destructor).
    void stop();

private:
    Devnet(const Topology& topology, DevnetOptions options);
    void enqueue(std::function<void(Hierarchy&)> fn);
    void loop();
    void rebase();

    std::unique_ptr<Hierarchy> hierarchy_;
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
};

}  // namespace ipc::devnet
