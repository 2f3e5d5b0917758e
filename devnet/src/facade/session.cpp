// Session: workspace (or template, or quickstart) -> Devnet -> JSON-RPC server, started with
// the port-fallback rules and stopped in the reverse order; shared by `ipc-devnet up` and the app.
#include "ipc/devnet/session.h"

#include <exception>
#include <utility>

#include "ipc/core/primitives/error.h"
#include "ipc/core/storage/store.h"
#include "ipc/core/storage/workspaces.h"
#include "ipc/devnet/queries.h"

namespace ipc::devnet {

SessionSource SessionSource::inMemory(Topology topology) {
    SessionSource s;
    s.topology = std::move(topology);
    return s;
}

SessionSource SessionSource::workspace(std::string path, std::optional<Topology> topologyIfNew) {
    SessionSource s;
    s.workspacePath = std::move(path);
    s.topology = std::move(topologyIfNew);
    s.quickstart = storage::Workspaces::isQuickstart(s.workspacePath);
    return s;
}

SessionSource SessionSource::newQuickstart(Topology topology) {
    SessionSource s;
    s.topology = std::move(topology);
    s.quickstart = true;
    return s;
}

SessionSource Session::namedWorkspace(const std::string& nameOrPath,
                                      std::optional<Topology> topologyIfNew) {
    if (nameOrPath.find('/') != std::string::npos)
        return SessionSource::workspace(nameOrPath, std::move(topologyIfNew));
    storage::Workspaces::validateName(nameOrPath);
    SessionSource s = SessionSource::workspace(storage::Workspaces().pathOf(nameOrPath),
                                               std::move(topologyIfNew));
    s.rememberAs = nameOrPath;
    return s;
}

namespace {

std::unique_ptr<Devnet> openDevnet(const SessionSource& source, const DevnetOptions& options) {
    const Topology* topology = source.topology ? &*source.topology : nullptr;
    if (source.quickstart && source.workspacePath.empty()) {
        if (topology == nullptr)
            throw Error("a quickstart workspace needs a topology");
        std::string file;
        {
            auto store = storage::Workspaces::quickstart();
            file = store->path();
        }
        try {
            return Devnet::open(file, topology, options);
        } catch (...) {
            storage::Workspaces::discardQuickstart(file);
            throw;
        }
    }
    if (!source.workspacePath.empty())
        return Devnet::open(source.workspacePath, topology, options);
    if (topology == nullptr)
        throw Error("nothing to run: neither a topology nor a workspace");
    return Devnet::start(*topology, options);
}

// Endpoints for every subnet from `options.basePort`; when a port is taken, the next block of
// ports is tried. Null with `error` set when no block is free.
std::unique_ptr<rpc::Server> serveRpc(Devnet& d, const rpc::ServerOptions& options, int blocks,
                                      std::string& error) {
    rpc::ServerOptions o = options;
    for (int i = 0; i < blocks; ++i) {
        try {
            auto server = std::make_unique<rpc::Server>(d, o);
            error.clear();
            return server;
        } catch (const std::exception& e) {
            error = e.what();
        }
        if (o.basePort > 65535 - Session::kRpcPortStride - 64)
            break;
        o.basePort = static_cast<std::uint16_t>(o.basePort + Session::kRpcPortStride);
    }
    return nullptr;
}

}  // namespace

std::unique_ptr<Session> Session::start(const SessionSource& source, SessionOptions options) {
    std::unique_ptr<Session> s(new Session());
    s->devnet_ = openDevnet(source, options.devnet);
    s->quickstart_ = source.quickstart;
    s->topologyName_ = s->devnet_->ask(TopologyQuery{}).get().name;
    if (options.rpc) {
        s->rpc_ = serveRpc(*s->devnet_, *options.rpc, options.rpcPortBlocks, s->rpcError_);
        if (s->rpc_ == nullptr && options.rpcRequired) {
            const std::string path = s->workspacePath();
            const std::string error = s->rpcError_;
            s.reset();
            if (source.quickstart && source.workspacePath.empty())
                storage::Workspaces::discardQuickstart(path);  // the one made above
            throw Error(error);
        }
    }
    if (!source.rememberAs.empty())
        storage::Workspaces().setLastOpened(source.rememberAs);
    return s;
}

Session::~Session() {
    stop();
}

std::vector<rpc::Endpoint> Session::endpoints() const {
    return rpc_ != nullptr ? rpc_->endpoints() : std::vector<rpc::Endpoint>();
}

void Session::stop() {
    if (rpc_ != nullptr)
        rpc_->close();
    if (devnet_ != nullptr)
        devnet_->stop();
}

}  // namespace ipc::devnet
