// The HTTP side of JSON-RPC: one endpoint per subnet on 127.0.0.1 (root on the base port, each
// subnet on the next one, in hierarchy order), each handing request bodies to a Dispatcher.
// Subnets that start later get the next free port.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "ipc/core/primitives/subnet_id.h"
#include "ipc/devnet/events.h"

namespace ipc::devnet {
class Devnet;
}

namespace ipc::devnet::rpc {

struct ServerOptions {
    std::string host = "127.0.0.1";  // another interface only when asked for explicitly
    std::uint16_t basePort = 8545;
    bool cors = false;  // answer browser preflights and add Access-Control-Allow-Origin: *
    std::size_t maxBodyBytes = 5 * 1024 * 1024;
};

struct Endpoint {
    SubnetId subnet;
    std::string url;
    std::uint64_t chainId = 0;
    std::uint16_t port = 0;
};

class Server {
public:
    // Opens an endpoint for every subnet now running; throws ipc::Error when a port is taken.
    Server(Devnet& devnet, ServerOptions options);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    std::vector<Endpoint> endpoints() const;
    std::string url(const SubnetId& subnet) const;
    void close();

private:
    struct Listener;
    void open(const SubnetId& subnet, std::uint64_t chainId);
    void openLater();  // worker: endpoints for subnets that start while running

    Devnet& devnet_;
    ServerOptions options_;
    mutable std::mutex mutex_;
    std::vector<std::unique_ptr<Listener>> listeners_;
    std::map<SubnetId, Endpoint> endpoints_;
    std::uint16_t nextPort_;
    std::deque<SubnetId> pending_;
    std::condition_variable pendingCv_;
    bool closing_ = false;
    std::thread worker_;
    EventBus::Subscription newSubnets_;
};

}  // namespace ipc::devnet::rpc
