// `ipc-devnet up --summary-json`: the topology, every subnet's summary, the invariants.
#include "ipc/devnet/summary.h"

#include <cpprest/json.h>

#include "ipc/devnet/json_fields.h"
#include "ipc/devnet/views.h"

namespace ipc::devnet {

std::string summaryJson(const Hierarchy& h) {
    using web::json::value;
    value root = value::object();
    root["topology"] = value::string(h.topology().name);
    root["virtualTimeMs"] = value::number(static_cast<std::uint64_t>(h.now()));
    value subnets = value::array();
    std::size_t i = 0;
    for (const auto& n : h.nodes())
        subnets[i++] = subnetSummaryJson(makeSubnetView(*n));
    root["subnets"] = subnets;
    value inv = value::object();
    const auto violations = h.checkInvariants();
    inv["ok"] = value::boolean(violations.empty());
    value list = value::array();
    for (std::size_t k = 0; k < violations.size(); ++k)
        list[k] = value::string(violations[k]);
    inv["violations"] = list;
    root["invariants"] = inv;
    root["messages"] = value::number(static_cast<std::uint64_t>(h.messages().size()));
    return root.serialize();
}

}  // namespace ipc::devnet
