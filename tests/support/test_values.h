// Small helpers the unit tests share: the test chains' id and units, recognisable test addresses,
// and the message of an expected ParseError.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::testing_support {

// The chain id the unit tests' chains run under (Hardhat's and anvil's).
inline constexpr std::uint64_t kChainId = 31337;
inline const U256 kGwei = U256(1'000'000'000);
// 10^18 atto: one ether, one FIL.
inline const U256 kEther = U256(1'000'000'000'000'000'000ULL);

// An address with its first and last bytes set, the rest zero.
inline EthAddress addr(std::uint8_t last, std::uint8_t first = 0) {
    FixedBytes<20> b;
    b.bytes[0] = first;
    b.bytes[19] = last;
    return EthAddress(b);
}

// Runs `f`, expects a ParseError, returns its message.
template <typename F>
std::string parseErrorOf(F&& f) {
    try {
        f();
    } catch (const ParseError& e) {
        return e.what();
    }
    ADD_FAILURE() << "no ParseError thrown";
    return {};
}

}  // namespace ipc::testing_support
