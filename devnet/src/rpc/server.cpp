// The HTTP side of JSON-RPC: one endpoint per subnet on 127.0.0.1, with port fallback.
#include "ipc/devnet/rpc/server.h"

#include <cpprest/http_listener.h>
#include <pplx/threadpool.h>

#include <algorithm>
#include <mutex>

#include "ipc/core/primitives/error.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"
#include "ipc/devnet/rpc/rpc.h"

namespace ipc::devnet::rpc {

namespace http = web::http;

struct Server::Listener {
    std::unique_ptr<http::experimental::listener::http_listener> listener;
    std::unique_ptr<Dispatcher> dispatcher;
};

namespace {
// cpprestsdk's shared pool (asio threads that also run pplx continuations) starts with 40
// threads. Handlers here never wait for socket I/O, only for the engine (which never waits for
// the pool), and eth_sendRawTransaction not even for that, so a few threads serve any number
// of connections, and fewer threads mean fewer wake-ups handing each request between them
// (bench_rpc: 2 threads measured best, the default 40 about half as fast). Not one: closing a
// listener holds a pool thread until its connections are gone, which takes another. The pool is
// process-wide and can be sized only before its first use: when something else already started it,
// it keeps its size.
constexpr std::size_t kPoolThreads = 2;

void sizeThePool() {
    static std::once_flag once;
    std::call_once(once, [] {
        try {
            crossplat::threadpool::initialize_with_threads(kPoolThreads);
        } catch (const std::exception&) {
            // Already running (an http_client came first): correct, only busier.
        }
    });
}

const MethodTable& methods() {
    static const MethodTable table = allMethods();
    return table;
}

void addCors(http::http_response& r) {
    r.headers().add(U("Access-Control-Allow-Origin"), U("*"));
    r.headers().add(U("Access-Control-Allow-Methods"), U("POST, OPTIONS"));
    r.headers().add(U("Access-Control-Allow-Headers"), U("Content-Type"));
}

// Answers one request whose body task has completed (with the body or an error).
void answer(const Dispatcher& d, http::http_request req, http::http_response r,
            pplx::task<std::string> body) {
    std::string text;
    try {
        text = body.get();
    } catch (const std::exception&) {
        text.clear();  // a broken body answers as a parse error
    }
    // eth_sendRawTransaction does not hold this thread while the engine admits the
    // transaction: the engine thread queues the reply.
    d.handleAsync(text, [req, r](std::string result) mutable {
        if (result.empty()) {
            r.set_status_code(http::status_codes::NoContent);
        } else {
            r.set_body(result, "application/json");
        }
        req.reply(r).then([](pplx::task<void> t) {
            try {
                t.get();
            } catch (const std::exception&) {
                // The client went away; nothing to answer.
            }
        });
    });
}
}  // namespace

Server::Server(Devnet& devnet, ServerOptions options)
    : devnet_(devnet), options_(std::move(options)), nextPort_(options_.basePort) {
    sizeThePool();
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
                engine(devnet_).post([id](Hierarchy& h) { return h.node(id)->chainId(); }).get();
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
            // The body is read asynchronously: no pool thread ever waits for socket I/O, so a
            // small pool cannot starve itself (the engine, which answers the requests, never
            // waits on the pool). A JSON-RPC body has almost always arrived with its headers;
            // then it is answered right here, without a task hop (a thread wake-up).
            auto body = req.extract_string(true);
            if (body.is_done()) {
                answer(*d, req, std::move(r), body);
            } else {
                body.then([d, req, r](pplx::task<std::string> t) mutable {
                    answer(*d, req, std::move(r), t);
                });
            }
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
