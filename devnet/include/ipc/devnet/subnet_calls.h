// What a validator's action on a subnet actor sends (join, stake, unstake, leave, kill): value
// and call data, for the desktop and the CLI, which send it through their own signer.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::devnet {

enum class SubnetActorAction : std::uint8_t { Join, Stake, Unstake, Leave, Kill };

// "join", "stake", "unstake", "leave", "kill" (the CLI's verbs).
const char* toString(SubnetActorAction a);
std::optional<SubnetActorAction> parseSubnetActorAction(std::string_view verb);

struct SubnetActorCall {
    U256 value;  // join and stake carry the amount as collateral; the others send nothing
    Bytes data;
};

// `amount` is the collateral of join/stake and what unstake takes back (ignored by leave and
// kill); `publicKey` is the joining validator's uncompressed key (join only). Throws Error when
// join has no 65-byte key.
SubnetActorCall subnetActorCall(SubnetActorAction action, const U256& amount,
                                ByteView publicKey = {});

}  // namespace ipc::devnet
