// Gives memory the allocator holds but no longer uses back to the system, at most once per
// interval. Saving the engine state allocates and frees a buffer as large as the state on every
// flush (and the store's writer frees each batch on its own thread); glibc keeps such freed
// blocks in its arenas, so without a trim the process's resident size only ever goes up.
#pragma once

#include <chrono>

namespace ipc::devnet {

class MemoryTrimmer {
public:
    using Clock = std::chrono::steady_clock;

    explicit MemoryTrimmer(Clock::duration interval = std::chrono::seconds(1))
        : interval_(interval) {}

    // True at most once per interval: the first call, then the first call at least `interval`
    // after the previous true. A true answer counts as a trim done at `now`.
    bool due(Clock::time_point now);
    // Trims when due; returns whether it did.
    bool maybeTrim(Clock::time_point now = Clock::now());
    // Returns free memory of every malloc arena to the system now (glibc's malloc_trim(0);
    // nothing on other C libraries). Takes a millisecond or so on a heap of a few hundred MiB.
    static void trimNow();

    Clock::duration interval() const { return interval_; }

private:
    Clock::duration interval_;
    bool trimmed_ = false;
    Clock::time_point last_{};
};

}  // namespace ipc::devnet
