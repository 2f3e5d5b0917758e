// Transactions into the hierarchy: signed ones from users and RPC, the devnet's own (signatures,
// relays), sends, fund, release and cross-net transfers, new subnets, root balances.
#include "ipc/devnet/hierarchy.h"

#include <algorithm>
#include <functional>

#include "ipc/core/crypto/bip32.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/ipc/calls.h"
#include "ipc/core/ipc/events.h"
#include "ipc/devnet/template_contracts.h"

namespace ipc::devnet {

using chain::AccountState;
using protocol::CheckpointRecord;
using protocol::Envelope;

// ---------------------------------------------------------------- transactions

chain::SignedTransaction Hierarchy::buildTx(const SubnetNode& n, const crypto::PrivateKey& key,
                                            const EthAddress& from, const EthAddress& to,
                                            const U256& value, const Bytes& data, bool system) {
    chain::Transaction tx;
    tx.type = chain::TxType::Eip1559;
    tx.chainId = n.chainId();
    tx.nonce = n.pendingNonce(from);
    if (!system) {
        tx.maxPriorityFeePerGas = SubnetNode::tip();
        tx.maxFeePerGas = n.maxFeePerGas();
    }
    tx.gasLimit = n.chain->estimateGas(to, data);
    tx.to = to;
    tx.value = value;
    tx.data = data;
    return chain::sign(tx, key);
}

Hash32 Hierarchy::submit(const SubnetId& subnet, const chain::SignedTransaction& tx) {
    const auto sender = chain::sender(tx);
    if (!sender)
        throw chain::TxRejected("invalid signature: the sender cannot be recovered");
    return submit(subnet, chain::include(tx, *sender));
}

Hash32 Hierarchy::submit(const SubnetId& subnet, chain::TxPtr recovered) {
    SubnetNode* n = node(subnet);
    if (n == nullptr)
        throw Error("no subnet " + subnet.toString());
    if (n->status == SubnetStatus::Killed)
        throw chain::TxRejected("subnet was killed");
    const Hash32 h = n->chain->submit(std::move(recovered));
    if (n->blockTimeMs == 0 && !n->nextBlock)
        scheduleBlock(*n, 0);
    return h;
}

Hash32 Hierarchy::submitRaw(const SubnetId& subnet, ByteView raw) {
    return submit(subnet, chain::decode(raw));
}

Hash32 Hierarchy::submitSystem(SubnetNode& n, const crypto::PrivateKey& key, const EthAddress& from,
                               const EthAddress& to, const Bytes& data) {
    const Hash32 h =
        n.chain->submit(chain::include(buildTx(n, key, from, to, U256{}, data, true), from, true));
    if (n.blockTimeMs == 0 && !n.nextBlock)
        scheduleBlock(n, 0);
    return h;
}

Hash32 Hierarchy::send(const SubnetId& subnet, const EthAddress& from, const EthAddress& to,
                       const U256& value, const Bytes& data) {
    const SubnetNode* n = node(subnet);
    if (n == nullptr)
        throw Error("no subnet " + subnet.toString());
    const auto key = keyFor(from);
    if (!key)
        throw Error("no key for " + from.toChecksumHex() + " in this devnet");
    return submit(subnet, buildTx(*n, *key, from, to, value, data, false));
}

namespace {

// Where a fund to `child` is sent from (with or without a kept key).
SubnetId fundParent(const SubnetId& child) {
    const auto parent = child.parent();
    if (!parent)
        throw Error("the root cannot be funded: it has no parent");
    return *parent;
}

}  // namespace

Hash32 Hierarchy::fund(const SubnetId& child, const EthAddress& from, const EthAddress& to,
                       const U256& amount) {
    return send(fundParent(child), from, protocol::gatewayAddress(), amount,
                protocol::calls::fund(child, to));
}

Hash32 Hierarchy::release(const SubnetId& subnet, const EthAddress& from, const EthAddress& to,
                          const U256& amount) {
    return send(subnet, from, protocol::gatewayAddress(), amount, protocol::calls::release(to));
}

// A wallet is no contract, so its transfers across several hops do not go through
// sendContractXnetMessage but through the gateway's xnetTransfer: a Transfer from the wallet,
// routed up to the common ancestor and down, every hop applied by the gateways as IPC applies
// transfers (burn on the way up, lock on the way down).
Hash32 Hierarchy::crossTransfer(const SubnetId& from, const EthAddress& sender,
                                const protocol::IpcAddress& to, const U256& amount) {
    return send(from, sender, protocol::gatewayAddress(), amount,
                protocol::calls::xnetTransfer(to));
}

Hash32 Hierarchy::sendWith(const SubnetId& subnet, const crypto::PrivateKey& key,
                           const EthAddress& to, const U256& value, const Bytes& data) {
    const SubnetNode* n = node(subnet);
    if (n == nullptr)
        throw Error("no subnet " + subnet.toString());
    return submit(subnet, buildTx(*n, key, key.ethAddress(), to, value, data, false));
}

Hash32 Hierarchy::fundWith(const SubnetId& child, const crypto::PrivateKey& key,
                           const EthAddress& to, const U256& amount) {
    return sendWith(fundParent(child), key, protocol::gatewayAddress(), amount,
                    protocol::calls::fund(child, to));
}

Hash32 Hierarchy::releaseWith(const SubnetId& subnet, const crypto::PrivateKey& key,
                              const EthAddress& to, const U256& amount) {
    return sendWith(subnet, key, protocol::gatewayAddress(), amount, protocol::calls::release(to));
}

Hash32 Hierarchy::crossTransferWith(const SubnetId& from, const crypto::PrivateKey& key,
                                    const protocol::IpcAddress& to, const U256& amount) {
    return sendWith(from, key, protocol::gatewayAddress(), amount,
                    protocol::calls::xnetTransfer(to));
}

SubnetId Hierarchy::createSubnet(const NewSubnet& spec) {
    SubnetNode* parent = node(spec.parent);
    if (parent == nullptr)
        throw Error("no parent subnet " + spec.parent.toString());
    if (parent->status == SubnetStatus::Killed)
        throw Error("the parent subnet was killed");
    spec.params.validate();
    if (spec.validators == 0)
        throw Error("a subnet needs at least one validator");
    const EthAddress funder = spec.funder.value_or(accounts_.front().address);
    if (!keyFor(funder))
        throw Error("no key for funder " + funder.toChecksumHex());
    const U256 collateral = spec.collateral.atto();
    const U256 total = collateral * U256(spec.validators);
    if (spec.params.permissionMode == protocol::PermissionMode::Federated) {
        throw Error(
            "federated subnets are set up by their owner (setFederatedPower); create "
            "them from a topology file");
    }
    if (total < spec.params.minActivationCollateral) {
        throw Error("validators' collateral " + TokenAmount::fromAtto(total).format() +
                    " FIL is below the minimum activation collateral " +
                    TokenAmount::fromAtto(spec.params.minActivationCollateral).format() + " FIL");
    }
    // Predict the CREATE address: registry nonce plus creations still in the mempool.
    std::uint64_t pendingCreates = 0;
    const auto newSubnetSel =
        abi::FunctionSignature::parse(protocol::sig::kNewSubnetActor).selector();
    for (const auto& tx : parent->chain->mempool().all()) {
        const auto& t = tx->signedTx.tx;
        if (t.to == protocol::registryAddress() && t.data.size() >= 4 &&
            std::equal(newSubnetSel.bytes.begin(), newSubnetSel.bytes.end(), t.data.begin())) {
            ++pendingCreates;
        }
    }
    const EthAddress actorAddr = protocol::createAddress(
        protocol::registryAddress(), parent->contracts->registryNonce() + pendingCreates);
    const SubnetId id = parent->id.child(actorAddr);

    const auto& p = spec.params;
    const Bytes create = protocol::calls::newSubnetActor(p);
    // Everything is checked before the first transaction is sent.
    const U256 feeCap = parent->maxFeePerGas();
    const U256 gasMoney = U256(200'000) * feeCap;
    const U256 needed = (collateral + gasMoney + U256(21'000) * feeCap) * U256(spec.validators) +
                        U256(1'100'000) * feeCap;
    const U256 have = parent->chain->state().balance(funder);
    if (have < needed) {
        throw Error("the funder " + funder.toChecksumHex() + " has " +
                    TokenAmount::fromAtto(have).format() + " FIL in the parent, needs " +
                    TokenAmount::fromAtto(needed).format() + " FIL for collateral and gas");
    }
    send(spec.parent, funder, protocol::registryAddress(), U256{}, create);
    pendingNames_[id] = spec.name.empty() ? "subnet-" + std::to_string(nodes_.size()) : spec.name;
    for (std::uint32_t i = 0; i < spec.validators; ++i) {
        const auto key = crypto::PrivateKey::deterministic(topology_.seed, nextKeyIndex_++);
        keys_.emplace(key.ethAddress(), key);
        const Hash32 funding = send(spec.parent, funder, key.ethAddress(), collateral + gasMoney);
        // The join goes out once this funding is in a block (see afterBlock).
        pendingJoins_.push_back(PendingJoin{spec.parent, funding, key, actorAddr, collateral});
    }
    events_.publish(SubnetEvent{id, SubnetChange::Created, now()});
    return id;
}

void Hierarchy::setRootBalance(const EthAddress& account, const U256& balance) {
    SubnetNode& r = *nodes_.front();
    if (account == protocol::gatewayAddress() || account == protocol::registryAddress() ||
        r.contracts->actor(account) != nullptr) {
        throw Error(account.toChecksumHex() +
                    " is an IPC contract: its balance is what IPC locked there");
    }
    auto& state = r.chain->state();
    const U256 before = state.balance(account);
    const U256 supply = rootSupply_ - before + balance;  // throws before anything changes
    state.setBalance(account, balance);  // journaled: the next block's record carries it
    rootSupply_ = supply;
}

}  // namespace ipc::devnet
