// Topologies the devnet tests build by hand: a subnet of four validators with 10 FIL of
// collateral each (activation needs 40), 1000 FIL prefunded, one block a second, and a
// checkpoint every `period` blocks.
#pragma once

#include <cstdint>
#include <string>

#include "ipc/core/primitives/token_amount.h"
#include "ipc/core/primitives/u256.h"
#include "ipc/devnet/topology.h"

namespace ipc::testing_support {

inline const U256 kFil = U256::parse("1000000000000000000");

inline devnet::SubnetSpec fourValidatorSubnet(const std::string& name, std::uint64_t period) {
    devnet::SubnetSpec s;
    s.name = name;
    s.validators = 4;
    s.collateral = TokenAmount::fromWhole(10);
    s.prefund = TokenAmount::fromWhole(1000);
    s.params.bottomUpCheckPeriod = period;
    s.params.minValidators = 4;
    s.params.minActivationCollateral = U256(40) * kFil;
    s.params.blockTimeMs = 1000;
    return s;
}

}  // namespace ipc::testing_support
