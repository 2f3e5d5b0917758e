// Parameter helpers shared by the ipc_ and devnet_ namespaces (ipc_methods.cpp,
// devnet_methods.cpp): subnets named by id text or node name, heights and counts as JSON numbers,
// switches as JSON booleans, amounts as atto strings next to a "… FIL" form. Everything throws
// RpcError kInvalidParams with a message naming the parameter.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/json_fields.h"
#include "ipc/devnet/rpc/rpc.h"

namespace ipc::devnet::rpc {

// A subnet named in a request: an id text ("/r31337/t410f…") or a node name ("alpha"). Without
// one the method works on the subnet whose endpoint received the request.
struct SubnetRef {
    std::optional<std::string> text;
    SubnetId endpoint;
};

// Reads params[index] as a subnet reference (null or missing: the endpoint's subnet).
SubnetRef subnetRefParam(const CallContext& ctx, const Json& params, std::size_t index,
                         const char* name);
// Engine thread only: the node, or RpcError kInvalidParams naming the unknown subnet.
const SubnetNode& resolveSubnet(const Hierarchy& h, const SubnetRef& ref);
SubnetNode& resolveSubnet(Hierarchy& h, const SubnetRef& ref);

// A non-negative integer: a JSON number or a 0x quantity, at most `max`.
std::uint64_t uintValue(const Json& v, const char* name, std::uint64_t max = UINT64_MAX);
std::uint64_t uintParam(const Json& params, std::size_t index, const char* name,
                        std::uint64_t max = UINT64_MAX);
std::optional<std::uint64_t> optionalUintParam(const Json& params, std::size_t index,
                                               const char* name, std::uint64_t max = UINT64_MAX);
bool boolValue(const Json& v, const char* name);
bool boolParam(const Json& params, std::size_t index, const char* name);

// A string, or null when empty.
Json stringOrNull(const std::string& s);

// Throws RpcError kServerError when the devnet refuses cheat methods (--no-cheats, or a
// workspace marked as shared or demo); `method` names what was refused.
void requireCheats(const CallContext& ctx, const std::string& method);

// Runs `fn` on the engine thread and waits; ipc::Error from the engine (not a validator, no
// relayer on the root...) is a problem with the request.
template <class F>
auto onEngineChecked(const CallContext& ctx, F&& fn) {
    return engine(ctx.devnet)
        .post([&](Hierarchy& h) {
            try {
                return fn(h);
            } catch (const Error& e) {
                throw RpcError(kInvalidParams, e.what());
            }
        })
        .get();
}

}  // namespace ipc::devnet::rpc
