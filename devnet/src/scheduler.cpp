#include "ipc/devnet/scheduler.h"

#include <algorithm>

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

}  // namespace ipc::devnet
