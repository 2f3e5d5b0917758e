// JSON-RPC 2.0 dispatch: method tables, single and batch requests, errors, parameters.
#include "ipc/devnet/rpc/rpc.h"

#include "ipc/core/primitives/error.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"

namespace ipc::devnet::rpc {

const Method* MethodTable::find(const std::string& name) const {
    auto it = methods_.find(name);
    return it == methods_.end() ? nullptr : &it->second;
}

void MethodTable::addEngine(const std::string& name, EngineMethod m) {
    methods_[name] = [m](const CallContext& ctx, const Json& params) {
        return engine(ctx.devnet).post(m(ctx, params)).get();
    };
    engineMethods_[name] = std::move(m);
}

const EngineMethod* MethodTable::findEngine(const std::string& name) const {
    auto it = engineMethods_.find(name);
    return it == engineMethods_.end() ? nullptr : &it->second;
}

std::vector<std::string> MethodTable::names() const {
    std::vector<std::string> out;
    for (const auto& [name, m] : methods_)
        out.push_back(name);
    return out;
}

void MethodTable::merge(const MethodTable& other) {
    for (const auto& [name, m] : other.methods_) {
        methods_[name] = m;
        engineMethods_.erase(name);
    }
    for (const auto& [name, m] : other.engineMethods_)
        engineMethods_[name] = m;
}

MethodTable allMethods() {
    MethodTable t;
    addEthMethods(t);
    addIpcMethods(t);
    addDevnetMethods(t);
    addDebugMethods(t);
    addCheatMethods(t);
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

// The answer to a request with this id whose result `call` gives or throws.
template <class F>
Json respond(const Json& id, F&& call) {
    try {
        Json result = call();
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
}  // namespace

Dispatcher::Call Dispatcher::check(const Json& request) const {
    Call c;
    const auto fail = [&](Json id, int code, const std::string& message) {
        c.error = errorResponse(id, code, message);
        return c;
    };
    if (!request.is_object())
        return fail(Json::null(), kInvalidRequest, "a request must be a JSON object");
    const auto& obj = request.as_object();
    const bool hasId = obj.find("id") != obj.end();
    c.id = hasId ? request.at("id") : Json::null();
    if (hasId && !(c.id.is_null() || c.id.is_string() || c.id.is_number()))
        return fail(Json::null(), kInvalidRequest, "id must be a string, number or null");
    auto versionIt = obj.find("jsonrpc");
    if (versionIt == obj.end() || !versionIt->second.is_string() ||
        versionIt->second.as_string() != "2.0") {
        return fail(c.id, kInvalidRequest, "jsonrpc must be \"2.0\"");
    }
    auto methodIt = obj.find("method");
    if (methodIt == obj.end() || !methodIt->second.is_string())
        return fail(c.id, kInvalidRequest, "method must be a string");
    c.method = methodIt->second.as_string();
    c.params = Json::array();
    if (auto p = obj.find("params"); p != obj.end()) {
        if (!p->second.is_array() && !p->second.is_object() && !p->second.is_null())
            return fail(c.id, kInvalidRequest, "params must be an array or an object");
        if (!p->second.is_null())
            c.params = p->second;
    }
    if (methods_.find(c.method) == nullptr)
        return fail(c.id, kMethodNotFound, "the method " + c.method + " does not exist");
    return c;
}

Json Dispatcher::handleOne(const Json& request) const {
    return call(check(request));
}

Json Dispatcher::call(const Call& c) const {
    if (c.error)
        return *c.error;
    const Method& m = *methods_.find(c.method);
    return respond(c.id, [&] { return m(CallContext{devnet_, subnet_, rpcUrl_}, c.params); });
}

void Dispatcher::handleAsync(const std::string& body, std::function<void(std::string)> done) const {
    std::string refusal;
    const auto request = parse(body, refusal);
    if (!request || !request->is_object()) {  // refusals and batches: answered as handle() does
        done(request ? answer(*request) : refusal);
        return;
    }
    const Call c = check(*request);
    const bool notification = !request->has_field("id");
    const EngineMethod* engine = c.error ? nullptr : methods_.findEngine(c.method);
    if (engine == nullptr) {
        const Json r = call(c);
        done(notification ? std::string() : r.serialize());
        return;
    }
    auto finish = [id = c.id, notification, done = std::move(done)](std::optional<Json> result,
                                                                    std::exception_ptr error) {
        const Json r = respond(id, [&] {
            if (error)
                std::rethrow_exception(error);
            return *result;
        });
        done(notification ? std::string() : r.serialize());
    };
    EngineStep step;
    try {
        step = (*engine)(CallContext{devnet_, subnet_, rpcUrl_}, c.params);
    } catch (...) {
        finish(std::nullopt, std::current_exception());  // bad parameters: never reach the engine
        return;
    }
    devnet::engine(devnet_).postThen(std::move(step), std::move(finish));
}

std::string Dispatcher::bodyTooLarge() const {
    return errorResponse(
               Json::null(), kInvalidRequest,
               "request body larger than " + std::to_string(limits_.maxBodyBytes) + " bytes")
        .serialize();
}

std::optional<Json> Dispatcher::parse(const std::string& body, std::string& refusal) const {
    if (body.size() > limits_.maxBodyBytes) {
        refusal = bodyTooLarge();
        return std::nullopt;
    }
    try {
        return Json::parse(body);
    } catch (const web::json::json_exception& e) {
        refusal = errorResponse(Json::null(), kParseError, std::string("parse error: ") + e.what())
                      .serialize();
        return std::nullopt;
    }
}

std::string Dispatcher::handle(const std::string& body) const {
    std::string refusal;
    const auto request = parse(body, refusal);
    return request ? answer(*request) : refusal;
}

std::string Dispatcher::answer(const Json& request) const {
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
