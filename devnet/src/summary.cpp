// The JSON summary of a hierarchy (`ipc-devnet up --summary-json`).
#include "ipc/devnet/summary.h"

#include <cpprest/json.h>

namespace ipc::devnet {

std::string summaryJson(const Hierarchy& h) {
    using web::json::value;
    value root = value::object();
    root["topology"] = value::string(h.topology().name);
    root["virtualTimeMs"] = value::number(static_cast<std::uint64_t>(h.now()));
    value subnets = value::array();
    std::size_t i = 0;
    for (const auto& n : h.nodes()) {
        value s = value::object();
        s["name"] = value::string(n->name);
        s["id"] = value::string(n->id.toString());
        s["parent"] = n->parent ? value::string(n->parent->id.toString()) : value::null();
        s["chainId"] = value::number(static_cast<std::uint64_t>(n->chainId()));
        s["status"] = value::string(toString(n->status));
        s["height"] = value::number(static_cast<std::uint64_t>(n->chain->height()));
        s["validators"] = value::number(static_cast<std::uint64_t>(n->chain->validators().size()));
        s["checkpoints"] =
            value::number(static_cast<std::uint64_t>(n->gateway().checkpointCount()));
        s["checkpointsAccepted"] =
            value::number(static_cast<std::uint64_t>(n->checkpointsExecuted));
        const auto* actor = n->actor();
        s["lastCheckpointHeight"] = value::number(
            static_cast<std::uint64_t>(actor ? actor->lastBottomUpCheckpointHeight() : 0));
        const protocol::ChildSubnet* c = n->parent ? n->parent->gateway().child(n->id) : nullptr;
        s["circulatingSupply"] = c ? value::string(c->circSupply.toDecimal())
                                   : value::string(n->chain->state().totalSupply().toDecimal());
        s["parentFinalityHeight"] = value::number(static_cast<std::uint64_t>(
            n->gateway().latestParentFinality() ? n->gateway().latestParentFinality()->height : 0));
        subnets[i++] = s;
    }
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
