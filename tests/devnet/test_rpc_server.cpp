// The HTTP server over real sockets: more connections in flight than the server has threads,
// eth_sendRawTransaction answered from the engine thread, reads answered alongside, clients
// that vanish mid-request, and a clean close. Plain POSIX sockets, so the client shares nothing
// with the server.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "ipc/core/chain/transaction.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/rpc/rpc.h"
#include "ipc/devnet/rpc/server.h"
#include "ipc/devnet/topology.h"

using namespace ipc;
using namespace ipc::devnet;
using rpc::Json;

namespace {

class Socket {
public:
    explicit Socket(std::uint16_t port) {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (fd_ < 0 || ::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0)
            throw std::runtime_error("cannot connect to port " + std::to_string(port));
        int one = 1;
        ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    ~Socket() { ::close(fd_); }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;

    void send(const std::string& body) {
        const std::string req =
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: " +
            std::to_string(body.size()) + "\r\n\r\n" + body;
        for (std::size_t sent = 0; sent < req.size();) {
            const ssize_t n = ::send(fd_, req.data() + sent, req.size() - sent, MSG_NOSIGNAL);
            if (n <= 0)
                throw std::runtime_error("send failed");
            sent += static_cast<std::size_t>(n);
        }
    }

    // The next answer's body (the server answers with a Content-Length).
    std::string receive() {
        std::size_t end;
        while ((end = buffer_.find("\r\n\r\n")) == std::string::npos)
            fill();
        const std::string headers = buffer_.substr(0, end);
        buffer_.erase(0, end + 4);
        if (headers.compare(0, 12, "HTTP/1.1 200") != 0)
            throw std::runtime_error("HTTP status: " + headers.substr(0, headers.find('\r')));
        std::size_t cl = headers.find("Content-Length:");
        if (cl == std::string::npos)
            cl = headers.find("content-length:");
        if (cl == std::string::npos)
            throw std::runtime_error("answer without a length");
        const std::size_t length = std::strtoull(headers.c_str() + cl + 15, nullptr, 10);
        while (buffer_.size() < length)
            fill();
        std::string body = buffer_.substr(0, length);
        buffer_.erase(0, length);
        return body;
    }

private:
    void fill() {
        char chunk[4096];
        const ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
        if (n <= 0)
            throw std::runtime_error("connection closed by the server");
        buffer_.append(chunk, static_cast<std::size_t>(n));
    }

    int fd_ = -1;
    std::string buffer_;
};

std::string request(int id, const std::string& method, const std::string& params) {
    return R"({"jsonrpc":"2.0","id":)" + std::to_string(id) + R"(,"method":")" + method +
           R"(","params":)" + params + "}";
}

std::uint16_t basePort() {
    return static_cast<std::uint16_t>(21000 + (::getpid() % 20000));
}

TEST(RpcServer, ManyConnectionsInFlightAreAllAnswered) {
    DevnetOptions o;
    o.paused = true;
    auto devnet = Devnet::start(builtinTemplate("single"), o);
    const auto accounts = devnet->post([](Hierarchy& h) { return h.accounts(); }).get();
    rpc::ServerOptions so;
    so.basePort = basePort();
    rpc::Server server(*devnet, so);
    const std::uint16_t port = server.endpoints().front().port;

    constexpr std::size_t kSenders = 8;  // twice the server's threads
    constexpr std::size_t kPerSender = 3;
    std::vector<std::vector<Bytes>> raws(kSenders);
    for (std::size_t s = 0; s < kSenders; ++s) {
        for (std::size_t k = 0; k < kPerSender; ++k) {
            chain::Transaction tx;
            tx.type = chain::TxType::Eip1559;
            tx.chainId = 31337;
            tx.nonce = k;
            tx.maxPriorityFeePerGas = U256(1'000'000'000ULL);
            tx.maxFeePerGas = U256(50'000'000'000ULL);
            tx.gasLimit = 21'000;
            tx.to = accounts.at(9).address;
            tx.value = U256(1000 + k);
            raws[s].push_back(chain::encode(chain::sign(tx, accounts.at(s).key)));
        }
    }
    const std::string balance =
        request(1, "eth_getBalance", "[\"" + accounts.at(9).address.hex() + "\",\"latest\"]");
    const U256 expected9 = devnet
                               ->post([&](Hierarchy& h) {
                                   return h.root().chain->state().balance(accounts.at(9).address);
                               })
                               .get();
    const std::string expectedBalance = rpc::quantity(expected9).as_string();
    std::vector<std::unique_ptr<Socket>> senders;
    std::vector<std::unique_ptr<Socket>> readers;
    for (std::size_t s = 0; s < kSenders; ++s) {
        senders.push_back(std::make_unique<Socket>(port));
        readers.push_back(std::make_unique<Socket>(port));
    }
    for (std::size_t k = 0; k < kPerSender; ++k) {
        // Every connection has a request in flight before any answer is read.
        for (std::size_t s = 0; s < kSenders; ++s) {
            senders[s]->send(request(static_cast<int>(100 * s + k), "eth_sendRawTransaction",
                                     "[\"" + toHex(raws[s][k]) + "\"]"));
            readers[s]->send(balance);
        }
        for (std::size_t s = 0; s < kSenders; ++s) {
            const Json sent = Json::parse(senders[s]->receive());
            ASSERT_TRUE(sent.has_field("result")) << sent.serialize();
            EXPECT_EQ(sent.at("id").as_integer(), static_cast<int>(100 * s + k));
            EXPECT_EQ(sent.at("result").as_string(), keccak256(raws[s][k]).hex());
            const Json read = Json::parse(readers[s]->receive());
            EXPECT_EQ(read.at("result").as_string(), expectedBalance);
        }
    }
    // Every transfer is waiting in the mempool, in nonce order per sender.
    EXPECT_EQ(devnet->post([](Hierarchy& h) { return h.root().chain->mempool().size(); }).get(),
              kSenders * kPerSender);
    // A rejection travels back the same way.
    senders[0]->send(request(7, "eth_sendRawTransaction", "[\"" + toHex(raws[0][0]) + "\"]"));
    const Json again = Json::parse(senders[0]->receive());
    EXPECT_EQ(again.at("error").at("code").as_integer(), rpc::kServerError);
    EXPECT_NE(again.at("error").at("message").as_string().find("already known"), std::string::npos);

    // Clients that leave before their answer do not disturb the others.
    for (int i = 0; i < 8; ++i) {
        Socket gone(port);
        gone.send(request(i, "eth_sendRawTransaction", "[\"" + toHex(raws[1][0]) + "\"]"));
    }
    Socket after(port);
    after.send(request(3, "eth_blockNumber", "[]"));
    EXPECT_EQ(Json::parse(after.receive()).at("result").as_string(), "0x0");

    devnet->post([](Hierarchy& h) { h.mine(h.root().id, 1); }).get();
    after.send(request(4, "eth_getTransactionReceipt",
                       "[\"" + keccak256(raws[kSenders - 1][kPerSender - 1]).hex() + "\"]"));
    EXPECT_EQ(Json::parse(after.receive()).at("result").at("status").as_string(), "0x1");
    server.close();  // returns with connections still open
}

}  // namespace
