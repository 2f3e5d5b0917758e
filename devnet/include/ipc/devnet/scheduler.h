// Virtual time. Tasks run in (time, insertion order), so a run is deterministic whatever the
// machine does; the engine thread decides how fast virtual time follows the wall clock.
#pragma once

#include <cstdint>
#include <functional>
#include <unordered_set>
#include <vector>

namespace ipc::devnet {

class Scheduler {
public:
    using Task = std::function<void()>;
    using TaskId = std::uint64_t;

    std::uint64_t now() const { return now_; }
    TaskId at(std::uint64_t timeMs, Task task);
    TaskId after(std::uint64_t delayMs, Task task) { return at(now_ + delayMs, std::move(task)); }
    // A cancelled task is skipped when its time comes.
    void cancel(TaskId id);

    bool empty() const { return heap_.empty(); }
    std::size_t size() const { return heap_.size(); }
    // Time of the next task (the current time when empty).
    std::uint64_t nextTime() const { return heap_.empty() ? now_ : heap_.front().time; }
    // Runs the next task, advancing the clock to its time. False when there is none.
    bool runNext();
    // Runs every task due up to `timeMs`, then sets the clock to `timeMs`.
    void runUntil(std::uint64_t timeMs);

    // ---- saving and restoring a schedule ----
    struct Pending {
        std::uint64_t time;
        TaskId id;
        bool cancelled;  // still queued: when its time comes it moves the clock, then is skipped
    };
    // Every queued entry, in run order.
    std::vector<Pending> pending() const;
    TaskId nextId() const { return nextId_; }
    // Empties the queue and sets the clock and the id counter (a restored state).
    void reset(std::uint64_t now, TaskId nextId);
    // Queues a task under a given id (a restored one); `task` is empty for a cancelled entry.
    // Throws ipc::Error unless the id is below nextId() and the time not before now().
    void restoreEntry(const Pending& entry, Task task);

private:
    struct Entry {
        std::uint64_t time;
        TaskId id;
        Task task;
    };
    // Min-heap on (time, id), kept with std::push_heap/pop_heap so tasks can be moved out.
    static bool later(const Entry& a, const Entry& b) {
        return a.time != b.time ? a.time > b.time : a.id > b.id;
    }
    std::vector<Entry> heap_;
    std::unordered_set<TaskId> cancelled_;
    std::uint64_t now_ = 0;
    TaskId nextId_ = 0;
};

}  // namespace ipc::devnet
