#include <gtest/gtest.h>

#include <iostream>

#include "ipc/core/encoding/abi.h"
#include "ipc/devnet/hierarchy.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {
const U256 kFil = U256::parse("1000000000000000000");
}

TEST(Probe, ManualSubnet) {
    Hierarchy h(builtinTemplate("single"));
    const SubnetNode& alpha = *h.nodeByName("alpha");
    h.runUntil(3000);
    const EthAddress funder = h.accounts()[0].address;
    const EthAddress actorAddr = protocol::createAddress(protocol::registryAddress(), alpha.contracts->registryNonce());
    const SubnetId id = alpha.id.child(actorAddr);
    const Bytes create = ipc::abi::encodeCall(
        protocol::sig::kNewSubnetActor,
        {ipc::abi::Value::tuple({ipc::abi::Value::uint(U256(40) * kFil), ipc::abi::Value::uint(4), ipc::abi::Value::uint(10),
                            ipc::abi::Value::uint(100), ipc::abi::Value::uint(67), ipc::abi::Value::uint(0),
                            ipc::abi::Value::uint(1000), ipc::abi::Value::uint(0)})});
    h.send(alpha.id, funder, protocol::registryAddress(), U256{}, create);
    std::vector<crypto::PrivateKey> keys;
    for (int i = 0; i < 4; ++i) {
        keys.push_back(crypto::PrivateKey::deterministic(4242, i));
        h.addKey(keys.back());
        h.send(alpha.id, funder, keys.back().ethAddress(), U256(11) * kFil);
    }
    h.runUntil(5000);
    std::cout << "actor " << (alpha.contracts->actor(actorAddr) != nullptr) << "\n";
    for (const auto& k : keys) {
        const auto pub = k.publicKey().uncompressed();
        const Bytes join = ipc::abi::encodeCall(protocol::sig::kJoin, {ipc::abi::Value::bytes(Bytes(pub.bytes.begin(), pub.bytes.end())), ipc::abi::Value::uint(U256(10) * kFil)});
        h.send(alpha.id, k.ethAddress(), actorAddr, U256(10) * kFil, join);
    }
    h.runUntil(8000);
    const SubnetNode* g = h.node(id);
    std::cout << "node " << (g != nullptr) << "\n";
    h.runUntil(60'000);
    if (g) std::cout << "height " << g->chain->height() << " last cp " << g->actor()->lastBottomUpCheckpointHeight() << "\n";
    for (auto& v : h.checkInvariants()) std::cout << v << "\n";
    for (const auto& k : keys) h.send(alpha.id, k.ethAddress(), actorAddr, U256{}, ipc::abi::encodeCall(protocol::sig::kLeave, {}));
    h.runUntil(120'000);
    std::cout << "height " << g->chain->height() << " last cp " << g->actor()->lastBottomUpCheckpointHeight() << " status " << toString(g->status) << " queued " << g->actor()->queuedChanges().size() << " vals " << g->actor()->validators().size() << " members " << g->gateway().membership().size() << "\n";
    for (auto& [hh, rec] : g->gateway().checkpoints()) std::cout << hh << " " << protocol::toString(rec.stage) << " ncn " << rec.checkpoint.nextConfigurationNumber << " sig " << rec.signatures.size() << "/" << rec.membership.size() << "\n";
    for (auto& v : h.checkInvariants()) std::cout << v << "\n";
}
