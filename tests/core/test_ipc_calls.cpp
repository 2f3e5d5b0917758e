// The subnet actor's and the registry's call data from core's one IPC call encoder, checked
// against ethers v6's Interface.encodeFunctionData for the same arguments.
#include <gtest/gtest.h>

#include "ipc/core/encoding/abi.h"
#include "ipc/core/ipc/calls.h"
#include "ipc/core/ipc/contracts.h"
#include "ipc/core/primitives/bytes.h"

using namespace ipc;
using namespace ipc::protocol;

namespace {

Bytes publicKey() {
    Bytes pub(65, 0x11);
    pub[0] = 0x04;
    return pub;
}

}  // namespace

TEST(IpcCalls, ValidatorCallsMatchEthers) {
    EXPECT_EQ(toHex(calls::join(publicKey(), U256::parse("1500000000000000000"))),
              "0x3ae24713"
              "0000000000000000000000000000000000000000000000000000000000000040"
              "00000000000000000000000000000000000000000000000014d1120d7b160000"
              "0000000000000000000000000000000000000000000000000000000000000041"
              "0411111111111111111111111111111111111111111111111111111111111111"
              "1111111111111111111111111111111111111111111111111111111111111111"
              "1100000000000000000000000000000000000000000000000000000000000000");
    EXPECT_EQ(toHex(calls::stake(U256(7))),
              "0xa694fc3a0000000000000000000000000000000000000000000000000000000000000007");
    EXPECT_EQ(toHex(calls::unstake(U256(7))),
              "0x2e17de780000000000000000000000000000000000000000000000000000000000000007");
    EXPECT_EQ(toHex(calls::leave()), "0xd66d9e19");
    EXPECT_EQ(toHex(calls::kill()), "0x41c0e1b5");
}

TEST(IpcCalls, NewSubnetActorCarriesEveryParameter) {
    SubnetParams p;
    p.minActivationCollateral = U256(5);
    p.minValidators = 2;
    p.bottomUpCheckPeriod = 7;
    p.activeValidatorsLimit = 9;
    p.majorityPercentage = 51;
    p.permissionMode = PermissionMode::Federated;
    p.blockTimeMs = 250;
    p.chainId = 4242;
    const auto args = ipc::abi::decodeCall(sig::kNewSubnetActor, calls::newSubnetActor(p));
    ASSERT_EQ(args.size(), 1u);
    const auto& t = args.at(0).asList();
    ASSERT_EQ(t.size(), 8u);
    EXPECT_EQ(t[0].asUint(), U256(5));
    EXPECT_EQ(t[1].asUint(), U256(2));
    EXPECT_EQ(t[2].asUint(), U256(7));
    EXPECT_EQ(t[3].asUint(), U256(9));
    EXPECT_EQ(t[4].asUint(), U256(51));
    EXPECT_EQ(t[5].asUint(), U256(static_cast<std::uint64_t>(PermissionMode::Federated)));
    EXPECT_EQ(t[6].asUint(), U256(250));
    EXPECT_EQ(t[7].asUint(), U256(4242));
    // No explicit chain id: 0, which the registry reads as "derive it".
    p.chainId.reset();
    EXPECT_EQ(ipc::abi::decodeCall(sig::kNewSubnetActor, calls::newSubnetActor(p))
                  .at(0)
                  .asList()
                  .at(7)
                  .asUint(),
              U256(0));
}
