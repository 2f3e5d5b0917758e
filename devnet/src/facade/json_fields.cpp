// The JSON fields shared by the ipc_ RPC methods, the CLI and `up --summary-json`.
#include "ipc/devnet/json_fields.h"

#include <cstdint>

#include "ipc/core/primitives/token_amount.h"

namespace ipc::devnet {

using web::json::value;

void putAmount(value& obj, const std::string& key, const U256& atto) {
    obj[key] = value::string(atto.toDecimal());
    obj[key + "Fil"] = value::string(TokenAmount::fromAtto(atto).formatWithUnit());
}

value subnetSummaryJson(const SubnetView& v) {
    const auto u64 = [](std::uint64_t n) { return value::number(n); };
    value j = value::object();
    j["id"] = value::string(v.id.toString());
    j["name"] = value::string(v.name);
    j["parent"] = v.parent ? value::string(v.parent->toString()) : value::null();
    j["chainId"] = u64(v.chainId);
    j["height"] = u64(v.height);
    j["status"] = value::string(toString(v.status));
    j["validators"] = u64(v.validatorsTotal);
    j["validatorsOnline"] = u64(v.validatorsOnline);
    j["checkpointPeriod"] = u64(v.checkpointPeriod);
    j["checkpoints"] = u64(v.checkpointsCut);
    j["checkpointsAccepted"] = u64(v.checkpointsAccepted);
    j["lastCheckpointHeight"] = u64(v.lastCheckpointAccepted);
    j["parentFinalityHeight"] = u64(v.parentFinality);
    putAmount(j, "circulatingSupply", v.circulatingSupply);
    return j;
}

}  // namespace ipc::devnet
