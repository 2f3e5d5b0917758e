// A JSON summary of a hierarchy: every subnet's id, height, checkpoints, circulating supply and
// the result of the invariant check (`ipc-devnet up --summary-json`).
#pragma once

#include <string>

#include "ipc/devnet/hierarchy.h"

namespace ipc::devnet {

std::string summaryJson(const Hierarchy& h);

}  // namespace ipc::devnet
