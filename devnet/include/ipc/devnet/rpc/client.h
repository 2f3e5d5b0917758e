// A small synchronous JSON-RPC 2.0 client over HTTP, for `ipc-devnet`'s ipc-cli-style commands
// (and anything else that talks to a running devnet the way a user's tools would). One request
// at a time, a timeout on each, and errors a person can act on: the server's own message and
// code for a JSON-RPC error, "no devnet answers at …" when nothing listens on the port.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "ipc/core/primitives/error.h"
#include "ipc/devnet/rpc/rpc.h"

namespace ipc::devnet::rpc {

// The server answered with a JSON-RPC error object: its message, code and optional data.
class CallError : public Error {
public:
    CallError(std::string method, int code, std::string message, std::optional<Json> data);
    const std::string& method() const { return method_; }
    int code() const { return code_; }
    // The server's message alone (what() adds the method and the code).
    const std::string& serverMessage() const { return serverMessage_; }
    const std::optional<Json>& data() const { return data_; }

private:
    std::string method_;
    int code_;
    std::string serverMessage_;
    std::optional<Json> data_;
};

// Nothing usable came back: nothing listening, a timeout, or an answer that is not JSON-RPC.
class TransportError : public Error {
public:
    using Error::Error;
};

struct ClientOptions {
    std::chrono::milliseconds timeout{10'000};
};

class Client {
public:
    // `url` is http://host:port[/path]. Throws ParseError for anything else.
    explicit Client(std::string url, ClientOptions options = {});
    ~Client();
    Client(Client&&) noexcept;
    Client& operator=(Client&&) noexcept;

    const std::string& url() const { return url_; }

    // Sends one request and returns its result. Throws CallError for a JSON-RPC error answer
    // and TransportError when there is no answer (connection refused, timeout, not JSON-RPC).
    Json call(const std::string& method, const Json& params = Json::array()) const;

private:
    struct Impl;
    std::string url_;
    std::unique_ptr<Impl> impl_;
};

}  // namespace ipc::devnet::rpc
