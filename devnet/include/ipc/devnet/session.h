// A running devnet session: the workspace (or a template in memory, or a throw-away quickstart
// workspace), the Devnet on it and its JSON-RPC server, started and stopped in one place for
// `ipc-devnet up` and the desktop app.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ipc/devnet/devnet.h"
#include "ipc/devnet/rpc/server.h"
#include "ipc/devnet/topology.h"

namespace ipc::devnet {

// Where the hierarchy comes from.
struct SessionSource {
    // Runs `topology` in memory (nothing on disk).
    static SessionSource inMemory(Topology topology);
    // The workspace file at `path` (created when missing): continues where it stopped, or starts
    // `topologyIfNew` in it when it is empty.
    static SessionSource workspace(std::string path, std::optional<Topology> topologyIfNew);
    // A new throw-away workspace holding `topology` (discarded again when it cannot start).
    static SessionSource newQuickstart(Topology topology);

    std::optional<Topology> topology;
    std::string workspacePath;
    bool quickstart = false;
    // A workspace's name in the workspace directory: recorded as the last opened once it runs.
    std::string rememberAs;
};

struct SessionOptions {
    DevnetOptions devnet;
    std::optional<rpc::ServerOptions> rpc;  // none: no JSON-RPC server
    // When a port is taken (another devnet, a second window) the next block of ports,
    // kRpcPortStride higher, is tried; this many blocks at most (1: the asked ports or none).
    int rpcPortBlocks = 8;
    // Whether a JSON-RPC server that cannot listen fails the start (the CLI: the user asked for
    // those ports) or only leaves rpcError() set (the app keeps running without it).
    bool rpcRequired = false;
};

class Session {
public:
    static constexpr std::uint16_t kRpcPortStride = 100;

    // Starts everything or nothing: throws ipc::Error with the reason (a bad template, not a
    // workspace, a damaged one, ports taken with rpcRequired); a quickstart made for it is
    // removed again and nothing else is written.
    static std::unique_ptr<Session> start(const SessionSource& source, SessionOptions options);

    // A workspace name (a path when it contains '/') as `ipc-devnet up --workspace` takes it:
    // names are checked and live in the workspace directory. Throws Error for a bad name;
    // writes nothing.
    static SessionSource namedWorkspace(const std::string& nameOrPath,
                                        std::optional<Topology> topologyIfNew);

    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    Devnet& devnet() { return *devnet_; }
    const Devnet& devnet() const { return *devnet_; }
    // The workspace file, empty in memory.
    const std::string& workspacePath() const { return devnet_->workspacePath(); }
    bool isQuickstart() const { return quickstart_; }
    const std::string& topologyName() const { return topologyName_; }

    // The JSON-RPC endpoints, empty when none is served.
    std::vector<rpc::Endpoint> endpoints() const;
    // Why no JSON-RPC server runs although one was asked for (empty when it runs or was not
    // asked for).
    const std::string& rpcError() const { return rpcError_; }

    // Closes the JSON-RPC server, then stops the engine (the destructor does the same).
    void stop();

private:
    Session() = default;

    std::unique_ptr<Devnet> devnet_;
    std::unique_ptr<rpc::Server> rpc_;
    std::string rpcError_;
    std::string topologyName_;
    bool quickstart_ = false;
};

}  // namespace ipc::devnet
