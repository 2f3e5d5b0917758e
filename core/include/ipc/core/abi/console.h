// Hardhat's console.log: contracts that import console.sol call the console address
// (evm::kConsoleAddress) with one of its log(...) signatures; the executor records the calldata
// (it runs as a call to an account without code) and this turns it into the line Hardhat prints.
// Every signature of console.sol is known (log() to log(p0, p1, p2, p3) over uint256, string,
// bool and address; logInt, logUint, logString, logBool, logAddress, logBytes, logBytes1..32),
// and also with the legacy `uint`/`int` spellings, whose selectors differ.
#pragma once

#include <string>
#include <vector>

#include "ipc/core/primitives/bytes.h"

namespace ipc::abi {

// The line Hardhat prints for one console call: the arguments formatted as Node's util.format
// does with the first one as the format string (%s, %d, %i, %f, %j, %o, %O, %c and %%; numbers
// are passed as decimal text, so %d and %i print any uint256/int256 exactly). Calldata that is
// not one of console.sol's calls, or does not decode, is shown raw:
// "console.log call not understood: 0x...".
std::string consoleLine(ByteView calldata);
std::vector<std::string> consoleLines(const std::vector<Bytes>& calls);

// Node's util.format over string arguments (what console.log does with them in Hardhat).
std::string formatConsoleArgs(const std::vector<std::string>& args);

}  // namespace ipc::abi
