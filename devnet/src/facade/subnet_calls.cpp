// A validator's subnet-actor action (join, stake, unstake, leave, kill) as value + call data.
#include "ipc/devnet/subnet_calls.h"

#include <string>

#include "ipc/core/ipc/calls.h"
#include "ipc/core/primitives/error.h"

namespace ipc::devnet {

const char* toString(SubnetActorAction a) {
    switch (a) {
        case SubnetActorAction::Join:
            return "join";
        case SubnetActorAction::Stake:
            return "stake";
        case SubnetActorAction::Unstake:
            return "unstake";
        case SubnetActorAction::Leave:
            return "leave";
        case SubnetActorAction::Kill:
            return "kill";
    }
    return "?";
}

std::optional<SubnetActorAction> parseSubnetActorAction(std::string_view verb) {
    for (const auto a :
         {SubnetActorAction::Join, SubnetActorAction::Stake, SubnetActorAction::Unstake,
          SubnetActorAction::Leave, SubnetActorAction::Kill}) {
        if (verb == toString(a))
            return a;
    }
    return std::nullopt;
}

SubnetActorCall subnetActorCall(SubnetActorAction action, const U256& amount, ByteView publicKey) {
    SubnetActorCall c;
    switch (action) {
        case SubnetActorAction::Join:
            if (publicKey.size() != 65)
                throw Error("join needs the validator's 65-byte uncompressed public key, got " +
                            std::to_string(publicKey.size()) + " bytes");
            c.value = amount;
            c.data = protocol::calls::join(publicKey, amount);
            break;
        case SubnetActorAction::Stake:
            c.value = amount;
            c.data = protocol::calls::stake(amount);
            break;
        case SubnetActorAction::Unstake:
            c.data = protocol::calls::unstake(amount);
            break;
        case SubnetActorAction::Leave:
            c.data = protocol::calls::leave();
            break;
        case SubnetActorAction::Kill:
            c.data = protocol::calls::kill();
            break;
    }
    return c;
}

}  // namespace ipc::devnet
