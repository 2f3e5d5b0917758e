// The hierarchy's tree: built from a topology, children started as they bootstrap, lookups and
// the virtual-time loop that schedules every block.
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

const char* toString(SubnetStatus s) {
    switch (s) {
        case SubnetStatus::Running:
            return "running";
        case SubnetStatus::Halted:
            return "halted";
        case SubnetStatus::Killed:
            return "killed";
    }
    return "?";
}

const protocol::SubnetActor* SubnetNode::actor() const {
    if (parent == nullptr)
        return nullptr;
    return parent->contracts->actor(*id.actor());
}

Hierarchy::Hierarchy(const Topology& topology) : topology_(topology) {
    materialize();
    deployTemplateContracts(*this);  // the topology's `contracts:`, in the first blocks
}

Hierarchy::~Hierarchy() = default;

// ---------------------------------------------------------------- construction

SubnetNode& Hierarchy::addNode(const SubnetId& id, const std::string& name, SubnetNode* parent,
                               const chain::ChainParams& params, chain::ValidatorSet validators,
                               const protocol::GatewayParams& gp, std::uint64_t blockTimeMs) {
    auto n = std::make_unique<SubnetNode>();
    n->id = id;
    n->name = name;
    n->parent = parent;
    n->blockTimeMs = blockTimeMs;
    n->contracts = std::make_unique<protocol::IpcContracts>(id, gp);
    n->chain =
        std::make_unique<chain::SubnetChain>(params, std::move(validators), n->contracts.get());
    for (const auto& v : n->chain->validators().validators()) {
        if (!keys_.count(v.address))
            n->chain->validators().setOnline(v.address, false);
    }
    if (parent != nullptr)
        parent->children.push_back(n.get());
    byId_[id] = n.get();
    nodes_.push_back(std::move(n));
    return *nodes_.back();
}

void Hierarchy::addKey(const crypto::PrivateKey& key, std::string label) {
    const EthAddress a = key.ethAddress();
    if (keys_.emplace(a, key).second && !label.empty()) {
        accounts_.push_back(NamedAccount{std::move(label), key, a});
    }
}

std::optional<crypto::PrivateKey> Hierarchy::keyFor(const EthAddress& a) const {
    auto it = keys_.find(a);
    if (it == keys_.end())
        return std::nullopt;
    return it->second;
}

void Hierarchy::materialize() {
    for (std::uint32_t i = 0; i < topology_.accounts; ++i) {
        addKey(crypto::deriveEthereumKey(topology_.mnemonic, i), "account " + std::to_string(i));
    }
    auto nextKey = [this] {
        auto k = crypto::PrivateKey::deterministic(topology_.seed, nextKeyIndex_++);
        keys_.emplace(k.ethAddress(), k);
        return k;
    };

    // Plan: validator keys per subnet and what every key must hold in each subnet at genesis.
    struct Plan {
        const SubnetSpec* spec;
        std::vector<crypto::PrivateKey> validators;
        std::map<EthAddress, U256> need;  // genesis balance needed in this subnet, per key
        std::vector<std::unique_ptr<Plan>> children;
    };
    std::function<std::unique_ptr<Plan>(const SubnetSpec&)> plan = [&](const SubnetSpec& s) {
        auto p = std::make_unique<Plan>();
        p->spec = &s;
        for (std::uint32_t i = 0; i < s.validators; ++i)
            p->validators.push_back(nextKey());
        for (const auto& c : s.children)
            p->children.push_back(plan(c));
        return p;
    };
    std::vector<std::unique_ptr<Plan>> top;
    for (const auto& s : topology_.subnets)
        top.push_back(plan(s));

    // needIn(S) = prefund(S) for accounts + for every child C: its validators' collateral and
    // everything C needs (preFunded from S).
    std::function<void(Plan&)> computeNeed = [&](Plan& p) {
        for (const auto& a : accounts_)
            p.need[a.address] += p.spec->prefund.atto();
        for (auto& c : p.children) {
            computeNeed(*c);
            if (c->spec->params.permissionMode != protocol::PermissionMode::Federated) {
                for (const auto& v : c->validators) {
                    p.need[v.ethAddress()] += c->spec->collateral.atto();
                }
            }
            for (const auto& [k, amount] : c->need)
                p.need[k] += amount;
        }
    };
    std::map<EthAddress, U256> rootNeed;
    for (const auto& a : accounts_)
        rootNeed[a.address] += topology_.accountBalance.atto();
    for (auto& p : top) {
        computeNeed(*p);
        if (p->spec->params.permissionMode != protocol::PermissionMode::Federated) {
            for (const auto& v : p->validators) {
                rootNeed[v.ethAddress()] += p->spec->collateral.atto();
            }
        }
        for (const auto& [k, amount] : p->need)
            rootNeed[k] += amount;
    }

    // The root chain.
    std::vector<chain::Validator> rootValidators;
    for (std::uint32_t i = 0; i < std::max<std::uint32_t>(1, topology_.rootValidators); ++i) {
        const auto k = nextKey();
        chain::Validator v;
        v.address = k.ethAddress();
        v.publicKey = k.publicKey().uncompressed();
        v.power = 1;
        rootValidators.push_back(v);
    }
    chain::ChainParams rootParams;
    rootParams.chainId = topology_.rootChainId;
    rootParams.blockTimeMs = topology_.rootBlockTimeMs;
    protocol::GatewayParams rootGateway;
    SubnetNode& root = addNode(SubnetId(topology_.rootChainId), "root", nullptr, rootParams,
                               chain::ValidatorSet(std::move(rootValidators)), rootGateway,
                               topology_.rootBlockTimeMs);
    for (const auto& [k, amount] : rootNeed)
        root.chain->state().credit(k, amount);
    rootSupply_ = root.chain->state().totalSupply();

    // Create, pre-fund and join every subnet through its parent's registry and subnet actor,
    // parents first, all at genesis.
    std::vector<chain::Log> logs;
    std::function<void(SubnetNode&, Plan&)> create = [&](SubnetNode& parent, Plan& p) {
        protocol::SubnetActor& actor =
            parent.contracts->createSubnet(0, accounts_.front().address, p.spec->params, logs);
        AccountState& st = parent.chain->state();
        for (const auto& [k, amount] : p.need) {
            if (amount.isZero())
                continue;
            st.transfer(k, actor.address(), amount);
            actor.preFund(k, amount);
        }
        const SubnetId id = actor.id();
        pendingNames_[id] = p.spec->name;
        bool started = false;
        if (p.spec->params.permissionMode == protocol::PermissionMode::Federated) {
            // The owner sets every validator's power at once; no collateral is locked.
            std::vector<EthAddress> addrs;
            std::vector<FixedBytes<65>> pubs;
            std::vector<U256> powers;
            for (const auto& v : p.validators) {
                addrs.push_back(v.ethAddress());
                pubs.push_back(v.publicKey().uncompressed());
                powers.push_back(p.spec->collateral.atto());
            }
            started = actor.setFederatedPower(st, 0, accounts_.front().address, addrs, pubs, powers,
                                              parent.gateway());
        } else {
            for (const auto& v : p.validators) {
                st.transfer(v.ethAddress(), actor.address(), p.spec->collateral.atto());
                started = actor.join(st, 0, v.ethAddress(), v.publicKey().uncompressed(),
                                     p.spec->collateral.atto(), parent.gateway()) ||
                          started;
            }
        }
        if (started) {
            parent.contracts->takeBootstrapped();
            startChild(parent, id);
        }
        if (!started)
            return;  // not enough collateral for this template's rule
        SubnetNode& child = *byId_.at(id);
        for (auto& c : p.children)
            create(child, *c);
    };
    for (auto& p : top)
        create(root, *p);

    for (auto& n : nodes_) {
        n->chain->state().takeTouched();
        n->chain->genesis(scheduler_.now());
    }
    for (auto& n : nodes_) {
        scheduleBlock(*n, n->blockTimeMs == 0 ? 0 : n->blockTimeMs);
        if (n->parent != nullptr)
            scheduleRelayer(*n);
    }
}

void Hierarchy::startChild(SubnetNode& parent, const SubnetId& id) {
    const protocol::SubnetActor* actor = parent.contracts->actor(*id.actor());
    const auto& params = actor->params();
    const auto members = actor->activeMembers();
    std::vector<chain::Validator> vals;
    for (const auto& m : members) {
        chain::Validator v;
        v.address = m.addr;
        v.publicKey = m.publicKey;
        v.power = m.weight;
        v.collateral = m.collateral;
        vals.push_back(v);
    }
    chain::ChainParams cp;
    cp.chainId = params.chainId.value_or(id.chainId());
    cp.blockTimeMs = params.blockTimeMs;
    protocol::GatewayParams gp;
    gp.bottomUpCheckPeriod = params.bottomUpCheckPeriod;
    gp.majorityPercentage = params.majorityPercentage;
    gp.maxMsgsPerBatch = params.maxMsgsPerBatch;
    std::string name;
    if (auto it = pendingNames_.find(id); it != pendingNames_.end()) {
        name = it->second;
        pendingNames_.erase(it);
    } else {
        name = "subnet-" + std::to_string(nodes_.size());
    }
    SubnetNode& n = addNode(id, name, &parent, cp, chain::ValidatorSet(std::move(vals)), gp,
                            params.blockTimeMs);
    n.gateway().setMembership(members, 0);
    for (const auto& [k, v] : actor->genesisBalances())
        n.chain->state().credit(k, v);
    n.finalizedParentHeight = parent.chain->height();
    auto rk = crypto::PrivateKey::deterministic(topology_.seed, nextKeyIndex_++);
    keys_.emplace(rk.ethAddress(), rk);
    n.relayerKey = rk;
    n.relayerAddress = rk.ethAddress();
    events_.publish(SubnetEvent{id, SubnetChange::Bootstrapped, now()});
    if (parent.chain->started()) {
        // Started while running (not at genesis): the chain begins now.
        n.chain->state().takeTouched();
        n.chain->genesis(now());
        scheduleBlock(n, n.blockTimeMs == 0 ? 0 : n.blockTimeMs);
        scheduleRelayer(n);
    }
}

// ---------------------------------------------------------------- lookup

SubnetNode* Hierarchy::node(const SubnetId& id) {
    auto it = byId_.find(id);
    return it == byId_.end() ? nullptr : it->second;
}

const SubnetNode* Hierarchy::node(const SubnetId& id) const {
    auto it = byId_.find(id);
    return it == byId_.end() ? nullptr : it->second;
}

const SubnetNode* Hierarchy::nodeByName(const std::string& name) const {
    for (const auto& n : nodes_) {
        if (n->name == name)
            return n.get();
    }
    return nullptr;
}

const SubnetNode& Hierarchy::resolve(const std::string& idOrName) const {
    if (const SubnetNode* n = nodeByName(idOrName))
        return *n;
    SubnetId id;
    try {
        id = SubnetId::parse(idOrName);
    } catch (const ParseError& e) {
        throw Error("unknown subnet '" + idOrName + "': not a subnet name, and " + e.what());
    }
    if (const SubnetNode* n = node(id))
        return *n;
    throw Error("no subnet " + idOrName + " in this hierarchy");
}

const MessageTrace* Hierarchy::trace(const Hash32& tracingId) const {
    auto it = traces_.find(tracingId);
    return it == traces_.end() ? nullptr : &it->second;
}

// ---------------------------------------------------------------- running

bool Hierarchy::runUntilCondition(const std::function<bool()>& done, std::uint64_t maxTimeMs) {
    while (!done()) {
        if (scheduler_.empty() || scheduler_.nextTime() > maxTimeMs)
            return false;
        scheduler_.runNext();
    }
    return true;
}

bool Hierarchy::runUntilRootHeight(std::uint64_t height, std::uint64_t maxTimeMs) {
    return runUntilCondition([&] { return root().chain->height() >= height; }, maxTimeMs);
}

void Hierarchy::scheduleBlock(SubnetNode& n, std::uint64_t delayMs) {
    if (n.nextBlock)
        scheduler_.cancel(*n.nextBlock);
    n.nextBlock = scheduler_.after(delayMs, blockTask(n));
}

// Tasks are made here only, so a restored schedule re-creates exactly what was pending.
Scheduler::Task Hierarchy::blockTask(SubnetNode& n) {
    return [this, &n] {
        n.nextBlock.reset();
        produceBlock(n);
        if (n.status != SubnetStatus::Killed && n.blockTimeMs > 0 && !n.nextBlock) {
            scheduleBlock(n, n.blockTimeMs);
        }
    };
}

Scheduler::Task Hierarchy::relayerTask(SubnetNode& n) {
    return [this, &n] {
        n.relayerTask.reset();
        if (n.status == SubnetStatus::Killed)
            return;
        relay(n);
        scheduleRelayer(n);
    };
}

void Hierarchy::mine(const SubnetId& subnet, std::uint64_t count) {
    SubnetNode* n = node(subnet);
    if (n == nullptr)
        throw Error("no subnet " + subnet.toString());
    for (std::uint64_t i = 0; i < count; ++i)
        produceBlock(*n);
}

void Hierarchy::setBlockTime(const SubnetId& subnet, std::uint64_t ms) {
    SubnetNode* n = node(subnet);
    if (n == nullptr)
        throw Error("no subnet " + subnet.toString());
    n->blockTimeMs = ms;
    if (ms > 0) {
        scheduleBlock(*n, ms);
    } else if (n->nextBlock) {
        scheduler_.cancel(*n->nextBlock);
        n->nextBlock.reset();
    }
}

}  // namespace ipc::devnet
