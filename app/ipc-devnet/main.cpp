// ipc-devnet: the headless IPC hierarchy and ipc-cli-style client. All logic lives in ipc_cli.
#include <iostream>

#include "ipc/cli/cli.h"

int main(int argc, char** argv) { return ipc::cli::run(argc, argv, std::cout, std::cerr); }
