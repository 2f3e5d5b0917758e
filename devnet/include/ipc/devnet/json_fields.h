// JSON fields the devnet's outputs share (ipc_ RPC methods, the CLI's --json output and
// `ipc-devnet up --summary-json`): amounts as decimal atto plus FIL text, and a subnet's summary.
#pragma once

#include <string>

#include <cpprest/json.h>

#include "ipc/core/primitives/u256.h"
#include "ipc/devnet/views.h"

namespace ipc::devnet {

// obj[key] = atto as decimal text, obj[key + "Fil"] = "1.5 FIL".
void putAmount(web::json::value& obj, const std::string& key, const U256& atto);

// One subnet's summary line: id, name, parent, chainId, height, status, validators (and how many
// online), checkpointPeriod, checkpoints (cut), checkpointsAccepted, lastCheckpointHeight,
// parentFinalityHeight and circulatingSupply (+Fil). ipc_listSubnets and ipc_getSubnet start
// from it, and `up --summary-json` lists it for every subnet.
web::json::value subnetSummaryJson(const SubnetView& v);

}  // namespace ipc::devnet
