// What a validator's subnet-actor action sends (value + call data), as the desktop and the CLI
// use it.
#include <gtest/gtest.h>

#include "ipc/core/ipc/calls.h"
#include "ipc/core/primitives/error.h"
#include "ipc/devnet/subnet_calls.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {

Bytes publicKey() {
    Bytes pub(65, 0x22);
    pub[0] = 0x04;
    return pub;
}

}  // namespace

TEST(SubnetCalls, JoinAndStakeCarryTheAmountTheOthersNothing) {
    const U256 amount = U256(3);
    const auto join = subnetActorCall(SubnetActorAction::Join, amount, publicKey());
    EXPECT_EQ(join.value, amount);
    EXPECT_EQ(join.data, protocol::calls::join(publicKey(), amount));
    const auto stake = subnetActorCall(SubnetActorAction::Stake, amount);
    EXPECT_EQ(stake.value, amount);
    EXPECT_EQ(stake.data, protocol::calls::stake(amount));
    const auto unstake = subnetActorCall(SubnetActorAction::Unstake, amount);
    EXPECT_EQ(unstake.value, U256());
    EXPECT_EQ(unstake.data, protocol::calls::unstake(amount));
    const auto leave = subnetActorCall(SubnetActorAction::Leave, amount);
    EXPECT_EQ(leave.value, U256());
    EXPECT_EQ(leave.data, protocol::calls::leave());
    const auto kill = subnetActorCall(SubnetActorAction::Kill, amount);
    EXPECT_EQ(kill.value, U256());
    EXPECT_EQ(kill.data, protocol::calls::kill());
}

TEST(SubnetCalls, JoinWithoutAKeyIsRefused) {
    EXPECT_THROW(subnetActorCall(SubnetActorAction::Join, U256(1)), Error);
    EXPECT_THROW(subnetActorCall(SubnetActorAction::Join, U256(1), Bytes(33, 0x02)), Error);
}

TEST(SubnetCalls, VerbsRoundTrip) {
    for (const auto a :
         {SubnetActorAction::Join, SubnetActorAction::Stake, SubnetActorAction::Unstake,
          SubnetActorAction::Leave, SubnetActorAction::Kill}) {
        EXPECT_EQ(parseSubnetActorAction(toString(a)), a);
    }
    EXPECT_EQ(parseSubnetActorAction("fund"), std::nullopt);
    EXPECT_EQ(parseSubnetActorAction(""), std::nullopt);
}
