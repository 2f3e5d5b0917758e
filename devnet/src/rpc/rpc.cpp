#include "ipc/devnet/rpc/rpc.h"

#include "ipc/core/primitives/error.h"

namespace ipc::devnet::rpc {

const Method* MethodTable::find(const std::string& name) const {
    auto it = methods_.find(name);
    return it == methods_.end() ? nullptr : &it->second;
}

std::vector<std::string> MethodTable::names() const {
    std::vector<std::string> out;
    for (const auto& [name, m] : methods_)
        out.push_back(name);
    return out;
}

void MethodTable::merge(const MethodTable& other) {
    for (const auto& [name, m] : other.methods_)
        methods_[name] = m;
}

MethodTable allMethods() {
    MethodTable t;
    addEthMethods(t);
    addIpcMethods(t);
    addDevnetMethods(t);
    return t;
}

// ---------------------------------------------------------------- parameters

namespace {
[[noreturn]] void invalid(const char* name, const std::string& why) {
    throw RpcError(kInvalidParams, std::string("invalid ") + name + ": " + why);
}
}  // namespace

const Json& param(const Json& params, std::size_t index, const char* name) {
    if (!params.is_array() || params.size() <= index || params.at(index).is_null()) {
        throw RpcError(kInvalidParams, std::string("missing parameter ") + std::to_string(index) +
                                           " (" + name + ")");
    }
    return params.at(index);
}

std::optional<Json> optionalParam(const Json& params, std::size_t index) {
    if (!params.is_array() || params.size() <= index || params.at(index).is_null()) {
        return std::nullopt;
    }
    return params.at(index);
}

std::string stringParam(const Json& params, std::size_t index, const char* name) {
    const Json& v = param(params, index, name);
    if (!v.is_string())
        invalid(name, "expected a string");
    return v.as_string();
}

U256 quantityParam(const Json& params, std::size_t index, const char* name) {
    const std::string s = stringParam(params, index, name);
    if (s.size() < 3 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X')) {
        invalid(name, "expected a 0x-prefixed hex quantity, got '" + s.substr(0, 80) + "'");
    }
    try {
        return U256::parse(s);
    } catch (const ParseError& e) {
        invalid(name, e.what());
    }
}

EthAddress addressParam(const Json& params, std::size_t index, const char* name) {
    try {
        return EthAddress::parse(stringParam(params, index, name));
    } catch (const ParseError& e) {
        invalid(name, e.what());
    }
}

Hash32 hashParam(const Json& params, std::size_t index, const char* name) {
    try {
        return Hash32::fromHexString(stringParam(params, index, name));
    } catch (const ParseError& e) {
        invalid(name, e.what());
    }
}

Bytes dataParam(const Json& params, std::size_t index, const char* name) {
    const std::string s = stringParam(params, index, name);
    if (s.size() < 2 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X')) {
        invalid(name, "expected 0x-prefixed hex data");
    }
    try {
        return fromHex(s);
    } catch (const ParseError& e) {
        invalid(name, e.what());
    }
}

Json quantity(const U256& v) {
    return Json::string(v.toQuantityHex());
}
Json quantity(std::uint64_t v) {
    return Json::string(U256(v).toQuantityHex());
}
Json dataJson(ByteView b) {
    return Json::string(toHex(b));
}
Json hashJson(const Hash32& h) {
    return Json::string(h.hex());
}
Json addressJson(const EthAddress& a) {
    return Json::string(a.toChecksumHex());
}

// ---------------------------------------------------------------- dispatch

Dispatcher::Dispatcher(Devnet& devnet, SubnetId subnet, const MethodTable& methods,
                       DispatcherLimits limits, UrlLookup rpcUrl)
    : devnet_(devnet),
      subnet_(std::move(subnet)),
      methods_(methods),
      limits_(limits),
      rpcUrl_(rpcUrl ? std::move(rpcUrl)
                     : UrlLookup([](const SubnetId&) { return std::string(); })) {}

namespace {
Json errorResponse(const Json& id, int code, const std::string& message,
                   const std::optional<Json>& data = std::nullopt) {
    Json r = Json::object();
    r["jsonrpc"] = Json::string("2.0");
    r["id"] = id;
    Json e = Json::object();
    e["code"] = Json::number(code);
    e["message"] = Json::string(message);
    if (data)
        e["data"] = *data;
    r["error"] = e;
    return r;
}
}  // namespace

Json Dispatcher::handleOne(const Json& request) const {
    if (!request.is_object()) {
        return errorResponse(Json::null(), kInvalidRequest, "a request must be a JSON object");
    }
    const auto& obj = request.as_object();
    const bool hasId = obj.find("id") != obj.end();
    const Json id = hasId ? request.at("id") : Json::null();
    if (hasId && !(id.is_null() || id.is_string() || id.is_number())) {
        return errorResponse(Json::null(), kInvalidRequest, "id must be a string, number or null");
    }
    auto versionIt = obj.find("jsonrpc");
    if (versionIt == obj.end() || !versionIt->second.is_string() ||
        versionIt->second.as_string() != "2.0") {
        return errorResponse(id, kInvalidRequest, "jsonrpc must be \"2.0\"");
    }
    auto methodIt = obj.find("method");
    if (methodIt == obj.end() || !methodIt->second.is_string()) {
        return errorResponse(id, kInvalidRequest, "method must be a string");
    }
    const std::string method = methodIt->second.as_string();
    Json params = Json::array();
    if (auto p = obj.find("params"); p != obj.end()) {
        if (!p->second.is_array() && !p->second.is_object() && !p->second.is_null()) {
            return errorResponse(id, kInvalidRequest, "params must be an array or an object");
        }
        if (!p->second.is_null())
            params = p->second;
    }
    const Method* m = methods_.find(method);
    if (m == nullptr) {
        return errorResponse(id, kMethodNotFound, "the method " + method + " does not exist");
    }
    try {
        Json result = (*m)(CallContext{devnet_, subnet_, rpcUrl_}, params);
        Json r = Json::object();
        r["jsonrpc"] = Json::string("2.0");
        r["id"] = id;
        r["result"] = result;
        return r;
    } catch (const RpcError& e) {
        return errorResponse(id, e.code(), e.what(), e.data());
    } catch (const ParseError& e) {
        return errorResponse(id, kInvalidParams, e.what());
    } catch (const web::json::json_exception& e) {
        return errorResponse(id, kInvalidParams, std::string("wrong parameter type: ") + e.what());
    } catch (const std::exception& e) {
        return errorResponse(id, kServerError, e.what());
    }
}

std::string Dispatcher::bodyTooLarge() const {
    return errorResponse(
               Json::null(), kInvalidRequest,
               "request body larger than " + std::to_string(limits_.maxBodyBytes) + " bytes")
        .serialize();
}

std::string Dispatcher::handle(const std::string& body) const {
    if (body.size() > limits_.maxBodyBytes)
        return bodyTooLarge();
    Json request;
    try {
        request = Json::parse(body);
    } catch (const web::json::json_exception& e) {
        return errorResponse(Json::null(), kParseError, std::string("parse error: ") + e.what())
            .serialize();
    }
    if (request.is_array()) {
        if (request.size() == 0) {
            return errorResponse(Json::null(), kInvalidRequest, "empty batch").serialize();
        }
        if (request.size() > limits_.maxBatch) {
            return errorResponse(Json::null(), kInvalidRequest,
                                 "batch larger than " + std::to_string(limits_.maxBatch))
                .serialize();
        }
        Json out = Json::array();
        std::size_t n = 0;
        for (std::size_t i = 0; i < request.size(); ++i) {
            const Json& one = request.at(i);
            const bool notification = one.is_object() && !one.has_field("id");
            Json r = handleOne(one);
            if (!notification)
                out[n++] = r;
        }
        return n == 0 ? std::string() : out.serialize();
    }
    const bool notification = request.is_object() && !request.has_field("id");
    Json r = handleOne(request);
    return notification ? std::string() : r.serialize();
}

}  // namespace ipc::devnet::rpc
