// Parameters shared by the ipc_ and devnet_ methods: subnets, heights, counts.
#include "ipc_params.h"

#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/token_amount.h"

namespace ipc::devnet::rpc {

namespace {
[[noreturn]] void invalid(const char* name, const std::string& why) {
    throw RpcError(kInvalidParams, std::string("invalid ") + name + ": " + why);
}
}  // namespace

SubnetRef subnetRefParam(const CallContext& ctx, const Json& params, std::size_t index,
                         const char* name) {
    SubnetRef ref{std::nullopt, ctx.subnet};
    if (auto v = optionalParam(params, index)) {
        if (!v->is_string() || v->as_string().empty())
            invalid(name, "expected a subnet id or name");
        ref.text = v->as_string();
    }
    return ref;
}

SubnetNode& resolveSubnet(Hierarchy& h, const SubnetRef& ref) {
    const SubnetNode& n = resolveSubnet(static_cast<const Hierarchy&>(h), ref);
    return *h.node(n.id);
}

const SubnetNode& resolveSubnet(const Hierarchy& h, const SubnetRef& ref) {
    if (!ref.text) {
        if (const SubnetNode* n = h.node(ref.endpoint))
            return *n;
        throw RpcError(kInvalidParams, "this endpoint's subnet " + ref.endpoint.toString() +
                                           " is not in the hierarchy");
    }
    try {
        return h.resolve(*ref.text);
    } catch (const Error& e) {
        throw RpcError(kInvalidParams, e.what());
    }
}

std::uint64_t uintValue(const Json& v, const char* name, std::uint64_t max) {
    std::uint64_t out = 0;
    if (v.is_number()) {
        const auto& n = v.as_number();
        if (!n.is_integral())
            invalid(name, "expected a whole number");
        if (!n.is_uint64())
            invalid(name, "must not be negative");
        out = n.to_uint64();
    } else if (v.is_string() && v.as_string().size() > 2 && v.as_string()[0] == '0' &&
               (v.as_string()[1] == 'x' || v.as_string()[1] == 'X')) {
        U256 q;
        try {
            q = U256::parse(v.as_string());
        } catch (const ParseError& e) {
            invalid(name, e.what());
        }
        if (!q.fitsUint64())
            invalid(name, "larger than " + std::to_string(max));
        out = q.toUint64();
    } else {
        invalid(name, "expected a non-negative number or a 0x quantity");
    }
    if (out > max)
        invalid(name, std::to_string(out) + " is larger than " + std::to_string(max));
    return out;
}

std::uint64_t uintParam(const Json& params, std::size_t index, const char* name,
                        std::uint64_t max) {
    return uintValue(param(params, index, name), name, max);
}

std::optional<std::uint64_t> optionalUintParam(const Json& params, std::size_t index,
                                               const char* name, std::uint64_t max) {
    if (auto v = optionalParam(params, index))
        return uintValue(*v, name, max);
    return std::nullopt;
}

bool boolValue(const Json& v, const char* name) {
    if (!v.is_boolean())
        invalid(name, "expected true or false");
    return v.as_bool();
}

bool boolParam(const Json& params, std::size_t index, const char* name) {
    return boolValue(param(params, index, name), name);
}

Json stringOrNull(const std::string& s) {
    return s.empty() ? Json::null() : Json::string(s);
}

void requireCheats(const CallContext& ctx, const std::string& method) {
    if (!ctx.devnet.cheatsAllowed()) {
        throw RpcError(kServerError, method +
                                         " is refused: cheat methods are turned off on this "
                                         "devnet (a shared or demo devnet: --no-cheats, or Run › "
                                         "Refuse Cheat Methods in the app)");
    }
}

}  // namespace ipc::devnet::rpc
