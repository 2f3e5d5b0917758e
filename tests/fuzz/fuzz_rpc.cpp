// libFuzzer target for the JSON-RPC request path: body parsing, batches, the JSON-RPC 2.0
// envelope rules and every method's parameter parsing, against a paused "single" hierarchy.
// The first input byte picks the mode: even -> the rest is a raw HTTP body; odd -> the next byte
// picks a method and the rest is its `params` text, so the fuzzer reaches parameter parsing
// without having to discover method names. Whatever the input, the dispatcher must answer with
// well-formed JSON (or nothing, for notifications) and never throw.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ipc/devnet/devnet.h"
#include "ipc/devnet/rpc/rpc.h"

namespace {

using namespace ipc::devnet;

struct Harness {
    std::unique_ptr<Devnet> devnet;
    rpc::MethodTable table = rpc::allMethods();
    std::vector<std::string> methods;
    std::unique_ptr<rpc::Dispatcher> dispatcher;

    Harness() {
        DevnetOptions options;
        options.paused = true;
        devnet = Devnet::start(builtinTemplate("single"), options);
        // Methods that make the hierarchy grow or run (mining, new subnets, resuming) would
        // slow every later input down; they are still reachable through raw bodies.
        for (const std::string& name : table.names()) {
            if (name.find("mine") == std::string::npos &&
                name.find("createSubnet") == std::string::npos &&
                name.find("resume") == std::string::npos &&
                name.find("setSpeed") == std::string::npos)
                methods.push_back(name);
        }
        dispatcher =
            std::make_unique<rpc::Dispatcher>(*devnet, devnet->view()->subnets.front().id, table);
    }
};

Harness& harness() {
    static Harness h;
    return h;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2)
        return 0;
    Harness& h = harness();
    std::string body;
    if ((data[0] & 1) == 0) {
        body.assign(reinterpret_cast<const char*>(data + 1), size - 1);
    } else {
        const std::string& method = h.methods[data[1] % h.methods.size()];
        body = R"({"jsonrpc":"2.0","id":7,"method":")" + method + R"(","params":)" +
               std::string(reinterpret_cast<const char*>(data + 2), size - 2) + "}";
    }
    const std::string answer = h.dispatcher->handle(body);
    if (!answer.empty()) {
        // Throws (and so fails the run) if the answer is not JSON.
        const rpc::Json parsed = rpc::Json::parse(answer);
        if (!parsed.is_object() && !parsed.is_array())
            __builtin_trap();
    }
    return 0;
}
