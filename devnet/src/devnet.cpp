#include "ipc/devnet/devnet.h"

namespace ipc::devnet {

std::unique_ptr<Devnet> Devnet::start(const Topology& topology, DevnetOptions options) {
    std::unique_ptr<Devnet> d(new Devnet(topology, options));
    d->thread_ = std::thread([raw = d.get()] { raw->loop(); });
    return d;
}

Devnet::Devnet(const Topology& topology, DevnetOptions options)
    : hierarchy_(std::make_unique<Hierarchy>(topology)), options_(options) {
    paused_ = options.paused;
    speed_ = options.speed > 0 ? options.speed : 1.0;
    rebase();
    view_ = std::make_shared<const HierarchyView>(makeHierarchyView(*hierarchy_));
    viewUpdates_ = hierarchy_->events().subscribe([this](const Event& e) {
        if (std::holds_alternative<BlockProduced>(e) || std::holds_alternative<SubnetEvent>(e) ||
            std::holds_alternative<ValidatorEvent>(e)) {
            viewDirty_ = true;
        }
    });
}

std::shared_ptr<const HierarchyView> Devnet::view() const {
    std::lock_guard lock(viewMutex_);
    return view_;
}

Devnet::~Devnet() {
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
    return post([subnet](Hierarchy& h) { h.mine(subnet, 1); });
}

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
                return;
            batch.swap(commands_);
        }
        for (auto& c : batch)
            c(h);
        if (viewDirty_) {
            // Published once per loop turn, not per block: fast runs stay fast.
            auto next = std::make_shared<const HierarchyView>(makeHierarchyView(h));
            std::lock_guard lock(viewMutex_);
            view_ = std::move(next);
            viewDirty_ = false;
        }
        if (!batch.empty())
            continue;  // commands may have changed pause/speed

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
}

}  // namespace ipc::devnet
