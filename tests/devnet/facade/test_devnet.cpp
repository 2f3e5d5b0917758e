// The Devnet facade: engine thread, commands through futures, events, pause/step/speed, views.
#include <gtest/gtest.h>

#include <future>

#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {

// Resolves when `subnet` reaches `height` (events arrive on the engine thread).
std::future<void> whenHeight(Devnet& d, const SubnetId& subnet, std::uint64_t height,
                             EventBus::Subscription& sub) {
    auto done = std::make_shared<std::promise<void>>();
    auto fired = std::make_shared<bool>(false);
    sub = d.subscribe([=](const Event& e) {
        if (const auto* b = std::get_if<BlockProduced>(&e)) {
            if (!*fired && b->subnet == subnet && b->block.number >= height) {
                *fired = true;
                done->set_value();
            }
        }
    });
    return done->get_future();
}

}  // namespace

TEST(Devnet, PausedStartThenStepAndMine) {
    DevnetOptions o;
    o.paused = true;
    auto d = Devnet::start(builtinTemplate("single"), o);
    const auto v0 = d->view();
    ASSERT_EQ(v0->subnets.size(), 2u);
    EXPECT_EQ(v0->subnets[0].height, 0u);
    const SubnetId alpha = v0->subnets[1].id;
    d->step(alpha).get();
    engine(*d).post([&](Hierarchy& h) { h.mine(h.root().id, 3); }).get();
    const auto heights =
        engine(*d)
            .post([&](Hierarchy& h) {
                return std::make_pair(h.root().chain->height(), h.node(alpha)->chain->height());
            })
            .get();
    EXPECT_EQ(heights.first, 3u);
    EXPECT_EQ(heights.second, 1u);
    // The view is republished after commands that produced blocks.
    engine(*d).post([](Hierarchy&) {}).get();
    EXPECT_EQ(d->view()->subnets[0].height, 3u);
}

TEST(Devnet, CommandErrorsArriveThroughTheFuture) {
    DevnetOptions o;
    o.paused = true;
    auto d = Devnet::start(builtinTemplate("single"), o);
    auto f = engine(*d).post([](Hierarchy& h) { h.setRelayer(h.root().id, false); });
    EXPECT_THROW(f.get(), Error);
    // The engine keeps serving after a failed command.
    EXPECT_EQ(engine(*d).post([](Hierarchy& h) { return h.nodes().size(); }).get(), 2u);
}

TEST(Devnet, FastModeRunsUntilStopped) {
    DevnetOptions o;
    o.fast = true;
    o.paused = true;
    auto d = Devnet::start(builtinTemplate("three-level"), o);
    EventBus::Subscription sub;
    const SubnetId root = d->view()->subnets[0].id;
    auto reached = whenHeight(*d, root, 100, sub);
    d->resume();
    ASSERT_EQ(reached.wait_for(std::chrono::seconds(60)), std::future_status::ready);
    d->pause();
    const auto violations = engine(*d).post([](Hierarchy& h) { return h.checkInvariants(); }).get();
    EXPECT_TRUE(violations.empty());
    const auto v = d->view();
    EXPECT_EQ(v->subnets.size(), 7u);
    for (const auto& s : v->subnets)
        EXPECT_GE(s.height, 90u) << s.name;
}

TEST(Devnet, RealTimeFollowsTheSpeedFactor) {
    DevnetOptions o;
    o.speed = 1000;  // one virtual second per wall millisecond
    auto d = Devnet::start(builtinTemplate("single"), o);
    EventBus::Subscription sub;
    const SubnetId root = d->view()->subnets[0].id;
    auto reached = whenHeight(*d, root, 20, sub);
    ASSERT_EQ(reached.wait_for(std::chrono::seconds(30)), std::future_status::ready);
    d->setSpeed(1);
    d->pause();
    const auto t = engine(*d).post([](Hierarchy& h) { return h.now(); }).get();
    EXPECT_GE(t, 20'000u);
    EXPECT_TRUE(d->paused());
}
