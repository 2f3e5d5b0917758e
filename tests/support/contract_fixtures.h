// The compiled test contracts: tests/fixtures/contracts/<name>.hex, written by solc-js
// (tests/js/compile-contracts.mjs), read as bytecode.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "ipc/core/primitives/bytes.h"

namespace ipc::testing_support {

inline Bytes contractFixture(const std::string& name) {
    std::ifstream in(std::string(IPC_FIXTURES_DIR) + "/contracts/" + name + ".hex");
    std::string hex;
    in >> hex;
    EXPECT_FALSE(hex.empty()) << "tests/fixtures/contracts/" << name << ".hex is missing";
    return fromHex(hex);
}

}  // namespace ipc::testing_support
