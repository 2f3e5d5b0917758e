// Tests of the memory trimmer's once-per-interval policy.
#include <gtest/gtest.h>

#include <chrono>

#include "ipc/devnet/memory_trim.h"

using namespace ipc::devnet;
using namespace std::chrono_literals;

TEST(MemoryTrimmer, AtMostOncePerInterval) {
    MemoryTrimmer t(1s);
    const auto t0 = MemoryTrimmer::Clock::time_point{} + 100s;
    EXPECT_TRUE(t.due(t0));  // the first flush trims
    EXPECT_FALSE(t.due(t0));
    EXPECT_FALSE(t.due(t0 + 999ms));
    EXPECT_TRUE(t.due(t0 + 1s));
    // Counted from the last trim, not from a fixed grid.
    EXPECT_FALSE(t.due(t0 + 1900ms));
    EXPECT_TRUE(t.due(t0 + 2500ms));
    EXPECT_FALSE(t.due(t0 + 3400ms));
    EXPECT_TRUE(t.due(t0 + 3500ms));
}

TEST(MemoryTrimmer, MaybeTrimFollowsThePolicy) {
    MemoryTrimmer t(1h);
    EXPECT_TRUE(t.maybeTrim());
    EXPECT_FALSE(t.maybeTrim());
    MemoryTrimmer::trimNow();  // safe to call any time, from any thread
}
