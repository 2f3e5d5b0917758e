#include "ipc/devnet/rpc/server.h"

#include <cpprest/http_listener.h>

#include <algorithm>

#include "ipc/core/primitives/error.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/rpc/rpc.h"

namespace ipc::devnet::rpc {

namespace http = web::http;

struct Server::Listener {
    std::unique_ptr<http::experimental::listener::http_listener> listener;
    std::unique_ptr<Dispatcher> dispatcher;
};

namespace {
const MethodTable& methods() {
    static const MethodTable table = allMethods();
    return table;
}

void addCors(http::http_response& r) {
    r.headers().add(U("Access-Control-Allow-Origin"), U("*"));
    r.headers().add(U("Access-Control-Allow-Methods"), U("POST, OPTIONS"));
    r.headers().add(U("Access-Control-Allow-Headers"), U("Content-Type"));
}
}  // namespace

Server::Server(Devnet& devnet, ServerOptions options)
    : devnet_(devnet), options_(std::move(options)), nextPort_(options_.basePort) {
    const auto view = devnet_.view();
    for (const auto& s : view->subnets)
        open(s.id, s.chainId);
    // Subnets that bootstrap later get the next port. The handler runs on the engine thread,
    // which must not wait for a listener to open: a worker does that.
    worker_ = std::thread([this] { openLater(); });
    newSubnets_ = devnet_.subscribe([this](const Event& e) {
        const auto* s = std::get_if<SubnetEvent>(&e);
        if (s == nullptr || s->change != SubnetChange::Bootstrapped)
            return;
        std::lock_guard lock(mutex_);
        if (endpoints_.count(s->subnet) == 0)
            pending_.push_back(s->subnet);
        pendingCv_.notify_one();
    });
}

void Server::openLater() {
    while (true) {
        SubnetId id;
        {
            std::unique_lock lock(mutex_);
            pendingCv_.wait(lock, [&] { return closing_ || !pending_.empty(); });
            if (closing_)
                return;
            id = pending_.front();
            pending_.pop_front();
        }
        try {
            const auto chainId =
                devnet_.post([id](Hierarchy& h) { return h.node(id)->chainId(); }).get();
            open(id, chainId);
        } catch (const std::exception&) {
            // No free port or the devnet stopped: the subnet runs without an endpoint.
        }
    }
}

Server::~Server() {
    close();
}

void Server::open(const SubnetId& subnet, std::uint64_t chainId) {
    std::lock_guard lock(mutex_);
    auto l = std::make_unique<Listener>();
    std::string lastError;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const std::uint16_t port = nextPort_++;
        const std::string url = "http://" + options_.host + ":" + std::to_string(port);
        auto dispatcher = std::make_unique<Dispatcher>(
            devnet_, subnet, methods(), DispatcherLimits{options_.maxBodyBytes, 1000},
            [this](const SubnetId& id) { return this->url(id); });
        auto listener = std::make_unique<http::experimental::listener::http_listener>(url);
        Dispatcher* d = dispatcher.get();
        const bool cors = options_.cors;
        const std::size_t maxBody = options_.maxBodyBytes;
        listener->support(http::methods::POST, [d, cors, maxBody](http::http_request req) {
            const auto length = req.headers().content_length();
            http::http_response r(http::status_codes::OK);
            if (cors)
                addCors(r);
            if (length > maxBody) {
                r.set_status_code(http::status_codes::RequestEntityTooLarge);
                r.set_body(d->bodyTooLarge(), "application/json");
                req.reply(r);
                return;
            }
            // The handler already runs on a pplx worker, and the body of a JSON-RPC request
            // has almost always arrived with its headers: answering here instead of in a
            // continuation saves a task hop (a thread wake-up) per request.
            std::string text;
            try {
                text = req.extract_string(true).get();
            } catch (const std::exception&) {
                text.clear();
            }
            const std::string answer = d->handle(text);
            if (answer.empty()) {
                r.set_status_code(http::status_codes::NoContent);
            } else {
                r.set_body(answer, "application/json");
            }
            req.reply(r).then([](pplx::task<void> t) {
                try {
                    t.get();
                } catch (const std::exception&) {
                    // The client went away; nothing to answer.
                }
            });
        });
        listener->support(http::methods::OPTIONS, [cors](http::http_request req) {
            http::http_response r(cors ? http::status_codes::NoContent
                                       : http::status_codes::MethodNotAllowed);
            if (cors)
                addCors(r);
            req.reply(r);
        });
        listener->support([](http::http_request req) {
            req.reply(http::status_codes::MethodNotAllowed,
                      "JSON-RPC answers POST requests with a JSON body\n");
        });
        try {
            listener->open().wait();
        } catch (const std::exception& e) {
            lastError = e.what();
            continue;  // port taken: try the next one
        }
        l->listener = std::move(listener);
        l->dispatcher = std::move(dispatcher);
        listeners_.push_back(std::move(l));
        endpoints_[subnet] = Endpoint{subnet, url, chainId, port};
        return;
    }
    throw Error("cannot open a JSON-RPC endpoint for " + subnet.toString() + " on " +
                options_.host + ": " + lastError);
}

std::vector<Endpoint> Server::endpoints() const {
    std::lock_guard lock(mutex_);
    std::vector<Endpoint> out;
    for (const auto& [id, e] : endpoints_)
        out.push_back(e);
    std::sort(out.begin(), out.end(),
              [](const Endpoint& a, const Endpoint& b) { return a.port < b.port; });
    return out;
}

std::string Server::url(const SubnetId& subnet) const {
    std::lock_guard lock(mutex_);
    auto it = endpoints_.find(subnet);
    return it == endpoints_.end() ? std::string() : it->second.url;
}

void Server::close() {
    newSubnets_.reset();
    {
        std::lock_guard lock(mutex_);
        closing_ = true;
    }
    pendingCv_.notify_all();
    if (worker_.joinable())
        worker_.join();
    std::vector<std::unique_ptr<Listener>> ls;
    {
        std::lock_guard lock(mutex_);
        ls.swap(listeners_);
        endpoints_.clear();
    }
    for (auto& l : ls) {
        try {
            l->listener->close().wait();
        } catch (const std::exception&) {
        }
    }
}

}  // namespace ipc::devnet::rpc
