// A small synchronous JSON-RPC 2.0 client over HTTP for the CLI's client commands.
#include "ipc/devnet/rpc/client.h"

#include <cpprest/http_client.h>

#include <atomic>
#include <string_view>
#include <system_error>
#include <utility>

namespace ipc::devnet::rpc {

namespace http = web::http;

namespace {

std::string callErrorText(const std::string& method, int code, const std::string& message) {
    return method + ": " + message + " (JSON-RPC error " + std::to_string(code) + ")";
}

bool startsWith(const std::string& s, std::string_view prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

// cpprest reports transport failures as http_exception with an error code from asio or its
// own. A refused connection arrives as "host unreachable" once cpprest has tried every resolved
// endpoint, so any failure to connect counts as nothing listening there.
bool isConnectFailure(const std::error_code& ec, std::string_view what) {
    return ec == std::errc::connection_refused || ec == std::errc::host_unreachable ||
           ec == std::errc::network_unreachable ||
           what.find("Failed to connect") != std::string_view::npos;
}
bool isTimeout(const std::error_code& ec) {
    return ec == std::errc::timed_out || ec.value() == ETIMEDOUT;
}

}  // namespace

CallError::CallError(std::string method, int code, std::string message, std::optional<Json> data)
    : Error(callErrorText(method, code, message)),
      method_(std::move(method)),
      code_(code),
      serverMessage_(std::move(message)),
      data_(std::move(data)) {}

struct Client::Impl {
    std::unique_ptr<http::client::http_client> http;
    std::chrono::milliseconds timeout;
    mutable std::atomic<std::uint64_t> nextId{1};
};

Client::Client(std::string url, ClientOptions options)
    : url_(std::move(url)), impl_(std::make_unique<Impl>()) {
    if (!(startsWith(url_, "http://") || startsWith(url_, "https://")) ||
        !web::uri::validate(url_) || web::uri(url_).host().empty()) {
        throw ParseError("invalid RPC URL '" + url_ + "': expected http://host:port");
    }
    http::client::http_client_config config;
    config.set_timeout(options.timeout);
    impl_->timeout = options.timeout;
    try {
        impl_->http = std::make_unique<http::client::http_client>(url_, config);
    } catch (const std::exception& e) {
        throw ParseError("invalid RPC URL '" + url_ + "': " + e.what());
    }
}

Client::~Client() = default;
Client::Client(Client&&) noexcept = default;
Client& Client::operator=(Client&&) noexcept = default;

Json Client::call(const std::string& method, const Json& params) const {
    const std::uint64_t id = impl_->nextId++;
    Json request = Json::object();
    request["jsonrpc"] = Json::string("2.0");
    request["id"] = Json::number(id);
    request["method"] = Json::string(method);
    request["params"] = params;

    http::http_request req(http::methods::POST);
    req.set_body(request.serialize(), "application/json");
    std::string body;
    http::status_code status = 0;
    try {
        const http::http_response response = impl_->http->request(req).get();
        status = response.status_code();
        body = response.extract_utf8string(true).get();
    } catch (const http::http_exception& e) {
        if (isConnectFailure(e.error_code(), e.what())) {
            throw TransportError("no devnet answers at " + url_ +
                                 ": start one with `ipc-devnet up`");
        }
        if (isTimeout(e.error_code())) {
            throw TransportError(
                "no answer from " + url_ + " to " + method + " within " +
                std::to_string(
                    std::chrono::duration_cast<std::chrono::seconds>(impl_->timeout).count()) +
                " s");
        }
        if (std::string_view(e.what()).find("resolving") != std::string_view::npos)
            throw TransportError("cannot resolve the host of " + url_);
        throw TransportError("cannot reach " + url_ + ": " + e.what());
    } catch (const std::exception& e) {
        throw TransportError("cannot reach " + url_ + ": " + e.what());
    }

    Json answer;
    try {
        answer = Json::parse(body);
    } catch (const std::exception&) {
        throw TransportError(url_ + " answered " + method + " with HTTP " + std::to_string(status) +
                             " and no JSON: is it a JSON-RPC endpoint?");
    }
    if (!answer.is_object()) {
        throw TransportError(url_ + " answered " + method + " with something other than a " +
                             "JSON-RPC response object");
    }
    const auto& obj = answer.as_object();
    if (auto e = obj.find("error"); e != obj.end() && !e->second.is_null()) {
        const Json& err = e->second;
        int code = kInternalError;
        std::string message = "unknown error";
        std::optional<Json> data;
        if (err.is_object()) {
            if (err.has_field("code") && err.at("code").is_integer())
                code = err.at("code").as_integer();
            if (err.has_field("message") && err.at("message").is_string())
                message = err.at("message").as_string();
            if (err.has_field("data") && !err.at("data").is_null())
                data = err.at("data");
        }
        throw CallError(method, code, message, std::move(data));
    }
    auto r = obj.find("result");
    if (r == obj.end()) {
        throw TransportError(url_ + " answered " + method + " with neither a result nor an error");
    }
    return r->second;
}

}  // namespace ipc::devnet::rpc
