// JSON-RPC 2.0 for the devnet: method tables per namespace (eth_, net_, web3_, ipc_, devnet_)
// and a dispatcher that parses requests (single or batch) and answers them. No sockets here:
// the HTTP transport (rpc/server.h) only hands request bodies to a Dispatcher, so every method
// is testable without a network.
#pragma once

#include <cpprest/json.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/subnet_id.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::devnet {
class Devnet;
class Hierarchy;
}  // namespace ipc::devnet

namespace ipc::devnet::rpc {

using Json = web::json::value;

// Standard JSON-RPC error codes.
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kServerError = -32000;  // execution errors: rejected tx, revert (with data)

class RpcError : public std::runtime_error {
public:
    RpcError(int code, const std::string& message, std::optional<Json> data = std::nullopt)
        : std::runtime_error(message), code_(code), data_(std::move(data)) {}
    int code() const { return code_; }
    const std::optional<Json>& data() const { return data_; }

private:
    int code_;
    std::optional<Json> data_;
};

// The RPC URL of each subnet's endpoint (empty when it has none, e.g. in tests).
using UrlLookup = std::function<std::string(const SubnetId&)>;

// What a method sees: the devnet, the subnet whose endpoint received the request, and where
// every subnet's endpoint is.
struct CallContext {
    Devnet& devnet;
    SubnetId subnet;
    const UrlLookup& rpcUrl;
};

using Method = std::function<Json(const CallContext&, const Json& params)>;

// What an engine method does on the engine thread.
using EngineStep = std::function<Json(Hierarchy&)>;
// A method whose engine work is one step (eth_sendRawTransaction): it checks its parameters and
// does what needs no state (decoding, signature recovery) on the caller's thread, then returns
// the step. Dispatcher::handle waits for the step; handleAsync lets the caller go meanwhile.
using EngineMethod = std::function<EngineStep(const CallContext&, const Json& params)>;

class MethodTable {
public:
    void add(const std::string& name, Method m) { methods_[name] = std::move(m); }
    // Registers an engine method; find() gives its waiting form.
    void addEngine(const std::string& name, EngineMethod m);
    const Method* find(const std::string& name) const;
    const EngineMethod* findEngine(const std::string& name) const;
    std::vector<std::string> names() const;
    void merge(const MethodTable& other);

private:
    std::map<std::string, Method> methods_;
    std::map<std::string, EngineMethod> engineMethods_;
};

// Each namespace registers its methods into the table.
void addEthMethods(MethodTable& table);     // eth_*, net_*, web3_*
void addIpcMethods(MethodTable& table);     // ipc_*
void addDevnetMethods(MethodTable& table);  // devnet_*
void addDebugMethods(MethodTable& table);   // debug_trace*
void addCheatMethods(MethodTable& table);   // anvil_*, hardhat_*, evm_*, eth_sendTransaction
// All of the above.
MethodTable allMethods();

// ---- parameter helpers shared by the namespaces (throw RpcError kInvalidParams) ----
const Json& param(const Json& params, std::size_t index, const char* name);
std::optional<Json> optionalParam(const Json& params, std::size_t index);
std::string stringParam(const Json& params, std::size_t index, const char* name);
// "0x…" quantity (no leading zeros required on input), decimal not accepted.
U256 quantityParam(const Json& params, std::size_t index, const char* name);
EthAddress addressParam(const Json& params, std::size_t index, const char* name);
Hash32 hashParam(const Json& params, std::size_t index, const char* name);
Bytes dataParam(const Json& params, std::size_t index, const char* name);
// JSON encodings of values.
Json quantity(const U256& v);
Json quantity(std::uint64_t v);
Json dataJson(ByteView b);
Json hashJson(const Hash32& h);
Json addressJson(const EthAddress& a);

struct DispatcherLimits {
    std::size_t maxBodyBytes = 5 * 1024 * 1024;
    std::size_t maxBatch = 1000;
};

class Dispatcher {
public:
    Dispatcher(Devnet& devnet, SubnetId subnet, const MethodTable& methods,
               DispatcherLimits limits = {}, UrlLookup rpcUrl = {});
    // Answers a request body: a single response object, an array for a batch, or an empty
    // string when every request was a notification (no id).
    std::string handle(const std::string& body) const;
    // Answers like handle(), but a single request to an engine method does not hold the calling
    // thread while the engine works: `done` then gets the answer on the engine thread, once what
    // the step produced is durable. Anything else is answered through `done` before this
    // returns. `done` must be quick and must not wait for anything.
    void handleAsync(const std::string& body, std::function<void(std::string)> done) const;
    // The error answer for a body over the size limit (the transport can refuse one by its
    // Content-Length without reading it).
    std::string bodyTooLarge() const;
    Json handleOne(const Json& request) const;

private:
    // A checked request: its id and what to call, or the error answer.
    struct Call {
        Json id;
        std::string method;
        Json params;
        std::optional<Json> error;
    };
    Call check(const Json& request) const;
    // Runs a checked request's method (or gives its error) and answers it.
    Json call(const Call& c) const;
    // The request, or nullopt with the refusal (too large, not JSON) in `refusal`.
    std::optional<Json> parse(const std::string& body, std::string& refusal) const;
    // The answer to a parsed request or batch ("" when it holds only notifications).
    std::string answer(const Json& request) const;
    Devnet& devnet_;
    SubnetId subnet_;
    const MethodTable& methods_;
    DispatcherLimits limits_;
    UrlLookup rpcUrl_;
};

}  // namespace ipc::devnet::rpc
