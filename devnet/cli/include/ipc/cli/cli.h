// The ipc-devnet command line: parses arguments with CLI11 and runs one command. Output goes to
// the given streams so tests can run commands in-process and read what a user would see.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace ipc::cli {

// Exit codes: 0 success, 1 runtime failure, 2 bad input (usage, parse errors).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitBadInput = 2;

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace ipc::cli
