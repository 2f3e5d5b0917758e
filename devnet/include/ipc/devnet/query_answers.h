// How the engine answers each query and command of queries.h, over the Hierarchy on its thread
// (devnet/src/facade/queries.cpp, devnet/src/facade/search.cpp). Devnet::ask calls these; tests
// call them on a hierarchy they drive themselves. Not part of the facade: it names the Hierarchy.
#pragma once

#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/queries.h"

namespace ipc::devnet {

// The subnet `id` of `h`; throws ipc::Error naming it when the hierarchy has none.
const SubnetNode& requireSubnet(const Hierarchy& h, const SubnetId& id);

#define IPC_DEVNET_DECLARE_ANSWER(Q) Q::Result answer(Hierarchy& h, const Q& query);
IPC_DEVNET_QUERIES(IPC_DEVNET_DECLARE_ANSWER)
#undef IPC_DEVNET_DECLARE_ANSWER

}  // namespace ipc::devnet
