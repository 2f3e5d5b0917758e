// Virtual time: tasks run in (time, insertion order), so every run is deterministic.
#include "ipc/devnet/scheduler.h"

#include <algorithm>

#include "ipc/core/primitives/error.h"

namespace ipc::devnet {

Scheduler::TaskId Scheduler::at(std::uint64_t timeMs, Task task) {
    const TaskId id = nextId_++;
    heap_.push_back(Entry{std::max(timeMs, now_), id, std::move(task)});
    std::push_heap(heap_.begin(), heap_.end(), later);
    return id;
}

void Scheduler::cancel(TaskId id) {
    if (id < nextId_)
        cancelled_.insert(id);
}

bool Scheduler::runNext() {
    while (!heap_.empty()) {
        std::pop_heap(heap_.begin(), heap_.end(), later);
        Entry e = std::move(heap_.back());
        heap_.pop_back();
        now_ = e.time;
        if (!cancelled_.empty() && cancelled_.erase(e.id) != 0)
            continue;
        if (e.task)
            e.task();
        return true;
    }
    return false;
}

void Scheduler::runUntil(std::uint64_t timeMs) {
    while (!heap_.empty() && heap_.front().time <= timeMs)
        runNext();
    if (timeMs > now_)
        now_ = timeMs;
}

std::vector<Scheduler::Pending> Scheduler::pending() const {
    std::vector<Pending> out;
    out.reserve(heap_.size());
    for (const auto& e : heap_)
        out.push_back(Pending{e.time, e.id, cancelled_.count(e.id) != 0});
    std::sort(out.begin(), out.end(), [](const Pending& a, const Pending& b) {
        return a.time != b.time ? a.time < b.time : a.id < b.id;
    });
    return out;
}

void Scheduler::reset(std::uint64_t now, TaskId nextId) {
    heap_.clear();
    cancelled_.clear();
    now_ = now;
    nextId_ = nextId;
}

void Scheduler::restoreEntry(const Pending& entry, Task task) {
    if (entry.id >= nextId_ || entry.time < now_) {
        throw Error("scheduler: task " + std::to_string(entry.id) + " at " +
                    std::to_string(entry.time) + " ms does not fit a clock at " +
                    std::to_string(now_) + " ms with " + std::to_string(nextId_) + " ids issued");
    }
    heap_.push_back(Entry{entry.time, entry.id, std::move(task)});
    std::push_heap(heap_.begin(), heap_.end(), later);
    if (entry.cancelled)
        cancelled_.insert(entry.id);
}

}  // namespace ipc::devnet
