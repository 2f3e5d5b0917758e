// The HTTP server over real sockets: more connections in flight than the server has threads,
// eth_sendRawTransaction answered from the engine thread, reads answered alongside, clients
// that vanish mid-request, and a clean close. The client (tests/support) shares nothing with the
// server.
#include <gtest/gtest.h>
#include <unistd.h>

#include <memory>
#include <string>
#include <vector>

#include "ipc/core/chain/transaction.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/rpc/rpc.h"
#include "ipc/devnet/rpc/server.h"
#include "ipc/devnet/topology.h"
#include "support/http_connection.h"
#include "support/transfers.h"

using namespace ipc;
using namespace ipc::devnet;
using rpc::Json;

namespace {

using Socket = ipc::testing::HttpConnection;

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
    const auto accounts = engine(*devnet).post([](Hierarchy& h) { return h.accounts(); }).get();
    rpc::ServerOptions so;
    so.basePort = basePort();
    rpc::Server server(*devnet, so);
    const std::uint16_t port = server.endpoints().front().port;

    constexpr std::size_t kSenders = 8;  // twice the server's threads
    constexpr std::size_t kPerSender = 3;
    std::vector<std::vector<Bytes>> raws(kSenders);
    for (std::size_t s = 0; s < kSenders; ++s) {
        for (std::size_t k = 0; k < kPerSender; ++k) {
            raws[s].push_back(ipc::testing::signedTransfer(accounts.at(s).key, k,
                                                           accounts.at(9).address, U256(1000 + k)));
        }
    }
    const std::string balance =
        request(1, "eth_getBalance", "[\"" + accounts.at(9).address.hex() + "\",\"latest\"]");
    const U256 expected9 = engine(*devnet)
                               .post([&](Hierarchy& h) {
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
    EXPECT_EQ(
        engine(*devnet).post([](Hierarchy& h) { return h.root().chain->mempool().size(); }).get(),
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

    engine(*devnet).post([](Hierarchy& h) { h.mine(h.root().id, 1); }).get();
    after.send(request(4, "eth_getTransactionReceipt",
                       "[\"" + keccak256(raws[kSenders - 1][kPerSender - 1]).hex() + "\"]"));
    EXPECT_EQ(Json::parse(after.receive()).at("result").at("status").as_string(), "0x1");
    server.close();  // returns with connections still open
}

}  // namespace
