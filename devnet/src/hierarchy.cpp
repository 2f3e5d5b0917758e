// The running IPC hierarchy: block production in virtual time, relaying, checkpoints, finality.
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

void Hierarchy::produceBlock(SubnetNode& n) {
    if (n.status == SubnetStatus::Killed)
        return;
    auto& vs = n.chain->validators();
    if (!vs.canCommit()) {
        if (n.status != SubnetStatus::Halted) {
            n.status = SubnetStatus::Halted;
            events_.publish(SubnetEvent{n.id, SubnetChange::Halted, now()});
        }
        return;
    }
    if (n.status == SubnetStatus::Halted) {
        n.status = SubnetStatus::Running;
        events_.publish(SubnetEvent{n.id, SubnetChange::Resumed, now()});
    }
    // Rounds whose proposer is offline time out; the next online proposer takes over.
    std::size_t idx = vs.rotateProposer();
    for (std::size_t tries = 0; !vs.validators()[idx].online && tries < 4 * vs.size(); ++tries) {
        idx = vs.rotateProposer();
    }
    auto& proposer = vs.mutableValidators()[idx];
    ++proposer.blocksProposed;
    const EthAddress proposerAddr = proposer.address;

    auto before = [&](AccountState& state, std::uint64_t height, std::vector<chain::Log>& logs) {
        applySignatures(n, height, logs);
        applyTopDown(n, state, height, logs);
    };
    // evm_setNextBlockTimestamp sets this block's timestamp; later ones keep the offset.
    if (n.nextTimestampMs) {
        n.timeOffsetMs = static_cast<std::int64_t>(*n.nextTimestampMs - now());
        n.nextTimestampMs.reset();
    }
    const chain::Block& b = n.chain->produceBlock(
        now() + static_cast<std::uint64_t>(n.timeOffsetMs), proposerAddr, before, nullptr);
    afterBlock(n, b);
}

void Hierarchy::applySignatures(SubnetNode& n, std::uint64_t height,
                                std::vector<chain::Log>& logs) {
    if (n.pendingSignatures.empty())
        return;
    std::vector<PendingSignature> pending;
    pending.swap(n.pendingSignatures);
    for (const auto& p : pending) {
        bool quorum = false;
        try {
            quorum = n.gateway().addCheckpointSignature(p.checkpointHeight, p.validator,
                                                        p.signature, height, logs);
        } catch (const Error&) {
            continue;  // e.g. a validator that left: its signature no longer counts
        }
        if (auto* v = n.chain->validators().find(p.validator))
            ++v->signaturesGiven;
        const CheckpointRecord* rec = n.gateway().recentCheckpoint(p.checkpointHeight);
        publishCheckpoint(n, *rec, quorum ? CheckpointStage::Quorum : CheckpointStage::Signing);
        if (quorum)
            traceCheckpoint(n, *rec, MessageStage::Quorum, height, n.id);
    }
}

void Hierarchy::applyTopDown(SubnetNode& n, AccountState& state, std::uint64_t height,
                             std::vector<chain::Log>& logs) {
    if (n.parent == nullptr)
        return;
    const SubnetNode& p = *n.parent;
    const std::uint64_t parentHead = p.chain->height();
    if (parentHead < topology_.chainHeadDelay)
        return;
    std::uint64_t h = parentHead - topology_.chainHeadDelay;
    h = std::min(h, n.finalizedParentHeight + topology_.maxProposalRange);
    if (h <= n.finalizedParentHeight)
        return;
    // Every online validator sees the same parent and votes for (h, hash).
    const auto& vs = n.chain->validators();
    if (vs.onlinePower() < vs.totalPower() * 2 / 3 + 1)
        return;
    const protocol::ParentFinality finality{h, p.chain->block(h)->hash};
    const auto msgs = p.gateway().topDownMessages(n.id, n.finalizedParentHeight, h);
    std::vector<protocol::PowerChange> changes;
    if (const auto* a = n.actor())
        changes = a->powerChanges(n.finalizedParentHeight, h);
    n.gateway().applyTopDown(state, height, finality, msgs, changes, logs);
    // Calls and Results for contracts run in the same block, through the chain's EVM.
    n.contracts->executeXnetCalls(state, height, *n.chain, logs);
    n.finalizedParentHeight = h;
    events_.publish(FinalityEvent{n.id, h, height, finality.blockHash});
}

void Hierarchy::afterBlock(SubnetNode& n, const chain::Block& constBlock) {
    auto& block = const_cast<chain::Block&>(constBlock);
    const std::uint64_t height = block.header.number;
    ++n.blocksSinceCut;
    if (n.validatorSyncDue) {
        n.validatorSyncDue = false;
        syncValidators(n);
    }

    // Bottom-up checkpoint at the end of the block; validators sign it right away.
    const auto& vs = n.chain->validators();
    std::uint64_t online = 0;
    for (const auto& v : vs.validators())
        online += v.online ? 1 : 0;
    if (n.parent != nullptr) {
        const auto cut = n.gateway().maybeCutCheckpoint(height, block.hash, now(), online,
                                                        n.blocksSinceCut, block.systemLogs);
        if (cut) {
            n.blocksSinceCut = 0;
            const CheckpointRecord& rec = *n.gateway().recentCheckpoint(*cut);
            publishCheckpoint(n, rec, CheckpointStage::Cut);
            traceCheckpoint(n, rec, MessageStage::InCheckpoint, height, n.id);
            for (const auto& m : rec.membership) {
                const auto* v = vs.find(m.addr);
                auto key = keyFor(m.addr);
                if (v == nullptr || !v->online || !key)
                    continue;
                n.pendingSignatures.push_back(PendingSignature{*cut, m.addr, key->sign(rec.hash)});
            }
            n.validatorSyncDue = true;
        }
    }

    // Children of this subnet: bootstraps, accepted checkpoints, relayer receipts, kills.
    for (const auto& child : n.contracts->takeBootstrapped())
        startChild(n, child);
    for (const auto& [childId, cpHeight] : n.contracts->takeAcceptedCheckpoints()) {
        SubnetNode* c = node(childId);
        if (c == nullptr)
            continue;
        if (CheckpointRecord* rec = c->gateway().recentCheckpoint(cpHeight)) {
            rec->stage = protocol::CheckpointStage::Executed;
            rec->executedParentHeight = height;
            ++c->checkpointsExecuted;
            c->relayerSubmissions.erase(cpHeight);
            publishCheckpoint(*c, *rec, CheckpointStage::Executed);
            traceCheckpoint(*c, *rec, MessageStage::ExecutedInParent, height, n.id);
        }
    }
    for (SubnetNode* c : n.children) {
        for (auto it = c->relayerSubmissions.begin(); it != c->relayerSubmissions.end();) {
            const auto loc = n.chain->findTx(it->second);
            if (loc && !n.chain->block(loc->block)->receipts[loc->index].success) {
                if (CheckpointRecord* rec = c->gateway().recentCheckpoint(it->first)) {
                    rec->stage = protocol::CheckpointStage::Quorum;  // the relayer retries
                }
                it = c->relayerSubmissions.erase(it);
            } else {
                ++it;
            }
        }
        const auto* a = c->actor();
        if (a != nullptr && a->killed() && c->status != SubnetStatus::Killed) {
            c->status = SubnetStatus::Killed;
            if (c->nextBlock)
                scheduler_.cancel(*c->nextBlock);
            c->nextBlock.reset();
            events_.publish(SubnetEvent{c->id, SubnetChange::Killed, now()});
        }
    }
    // Joins of runtime-created subnets whose funding just landed here.
    for (auto it = pendingJoins_.begin(); it != pendingJoins_.end();) {
        if (it->parent != n.id || !n.chain->findTx(it->fundingTx)) {
            ++it;
            continue;
        }
        const auto pub = it->key.publicKey().uncompressed();
        const Bytes join = protocol::calls::join(pub.bytes, it->collateral);
        try {
            submit(n.id, buildTx(n, it->key, it->key.ethAddress(), it->actor, it->collateral, join,
                                 false));
        } catch (const Error&) {
            // The validator could not afford it after all; the subnet waits for other joins.
        }
        it = pendingJoins_.erase(it);
    }
    recordMessages(n);
    BlockProduced produced{
        n.id, height, block.hash, now(), block.intervalMs, block.transactions.size(), {}};
    for (std::size_t i = 0; i < block.transactions.size(); ++i) {
        const chain::IncludedTx& tx = *block.transactions[i];
        TxNote note{tx.hash, true, {}, n.chain->consoleLines(tx.hash)};
        // The devnet's own transactions (checkpoint signatures, relays) are not the user's.
        if (i < block.receipts.size() && !block.receipts[i].success && !tx.system) {
            note.success = false;
            note.revertReason = block.receipts[i].revertReason;
        }
        if (!note.success || !note.consoleLines.empty())
            produced.notes.push_back(std::move(note));
    }
    events_.publish(std::move(produced));
}

void Hierarchy::syncValidators(SubnetNode& n) {
    std::vector<chain::Validator> next;
    for (const auto& m : n.gateway().membership()) {
        chain::Validator v;
        v.address = m.addr;
        v.publicKey = m.publicKey;
        v.power = m.weight;
        v.collateral = m.collateral;
        v.online = keys_.count(m.addr) != 0;
        next.push_back(v);
    }
    n.chain->validators().setMembership(std::move(next));
}

// ---------------------------------------------------------------- relayer

void Hierarchy::scheduleRelayer(SubnetNode& n) {
    n.relayerTask = scheduler_.after(topology_.relayerPollMs, relayerTask(n));
}

void Hierarchy::relay(SubnetNode& n) {
    if (!n.relayerOn || n.parent == nullptr)
        return;
    const auto* actor = n.actor();
    if (actor == nullptr)
        return;
    const std::uint64_t last = actor->lastBottomUpCheckpointHeight();
    for (auto it = n.gateway().recentCheckpoints().upper_bound(last);
         it != n.gateway().recentCheckpoints().end(); ++it) {
        const std::uint64_t h = it->first;
        CheckpointRecord& rec = *n.gateway().recentCheckpoint(h);
        if (rec.stage == protocol::CheckpointStage::Signing)
            break;  // wait, keep the order
        if (rec.stage != protocol::CheckpointStage::Quorum)
            continue;
        std::vector<protocol::CheckpointSignature> sigs = rec.signatures;
        std::sort(sigs.begin(), sigs.end(),
                  [](const auto& a, const auto& b) { return a.signer < b.signer; });
        std::vector<EthAddress> signatories;
        std::vector<Bytes> signatures;
        for (const auto& s : sigs) {
            signatories.push_back(s.signer);
            const auto b = s.signature.toBytes(27);
            signatures.emplace_back(b.bytes.begin(), b.bytes.end());
        }
        const Bytes data =
            protocol::calls::submitCheckpoint(rec.checkpoint, signatories, signatures);
        try {
            n.relayerSubmissions[h] =
                submitSystem(*n.parent, *n.relayerKey, n.relayerAddress, actor->address(), data);
        } catch (const Error&) {
            break;
        }
        rec.stage = protocol::CheckpointStage::Submitted;
        rec.submittedParentHeight = n.parent->chain->height();
        publishCheckpoint(n, rec, CheckpointStage::Submitted);
        traceCheckpoint(n, rec, MessageStage::SubmittedToParent, n.parent->chain->height(),
                        n.parent->id);
    }
}

// ---------------------------------------------------------------- transactions

chain::SignedTransaction Hierarchy::buildTx(const SubnetNode& n, const crypto::PrivateKey& key,
                                            const EthAddress& from, const EthAddress& to,
                                            const U256& value, const Bytes& data, bool system) {
    chain::Transaction tx;
    tx.type = chain::TxType::Eip1559;
    tx.chainId = n.chainId();
    tx.nonce = n.chain->mempool().pendingNonce(from, n.chain->state().nonce(from));
    if (!system) {
        tx.maxPriorityFeePerGas = U256(1);
        tx.maxFeePerGas = n.chain->nextBaseFee() * U256(2) + tx.maxPriorityFeePerGas;
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
    const U256 feeCap = parent->chain->nextBaseFee() * U256(2) + U256(1);
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

// ---------------------------------------------------------------- faults

void Hierarchy::setValidatorOnline(const SubnetId& subnet, const EthAddress& validator,
                                   bool online) {
    SubnetNode* n = node(subnet);
    if (n == nullptr)
        throw Error("no subnet " + subnet.toString());
    if (online && !keyFor(validator)) {
        throw Error("the devnet has no key for " + validator.toChecksumHex() +
                    ": it cannot sign blocks");
    }
    if (!n->chain->validators().setOnline(validator, online)) {
        throw Error(validator.toChecksumHex() + " is not a validator of " + subnet.toString());
    }
    events_.publish(ValidatorEvent{subnet, validator, online});
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
    state.setBalance(account, balance);
    state.commitJournal();
    rootSupply_ = supply;
}

void Hierarchy::setRelayer(const SubnetId& subnet, bool on) {
    SubnetNode* n = node(subnet);
    if (n == nullptr)
        throw Error("no subnet " + subnet.toString());
    if (n->parent == nullptr)
        throw Error("the root has no relayer: it has no parent");
    n->relayerOn = on;
}

// ---------------------------------------------------------------- tracing

void Hierarchy::publishCheckpoint(const SubnetNode& n, const CheckpointRecord& rec,
                                  CheckpointStage stage) {
    events_.publish(CheckpointEvent{n.id, rec.checkpoint.blockHeight, stage, rec.signedWeight,
                                    rec.totalWeight, now()});
}

void Hierarchy::addTrace(const Hash32& id, const Envelope* env, MessageStage stage,
                         const SubnetId& where, std::uint64_t height, std::string detail) {
    auto [it, created] = traces_.try_emplace(id);
    MessageTrace& t = it->second;
    if (created) {
        t.id = id;
        if (env != nullptr)
            t.envelope = *env;
        t.createdMs = now();
        if (env != nullptr && env->kind == protocol::MsgKind::Result) {
            try {
                const auto r = protocol::decodeResultMsg(env->message);
                t.answers = r.id;
                auto orig = traces_.find(r.id);
                if (orig != traces_.end()) {
                    orig->second.resultId = id;
                    ++orig->second.results;
                }
            } catch (const ParseError&) {
            }
        }
    }
    t.entries.push_back(TraceEntry{stage, where, height, now(), std::move(detail)});
    if (t.stage != MessageStage::ReceiptReturned)
        t.stage = stage;
    events_.publish(MessageEvent{id, stage, where, height, now()});
}

void Hierarchy::traceCheckpoint(const SubnetNode& n, const CheckpointRecord& rec,
                                MessageStage stage, std::uint64_t height, const SubnetId& where) {
    (void)n;
    for (const auto& m : rec.checkpoint.msgs) {
        addTrace(protocol::tracingId(m), &m, stage, where, height,
                 "checkpoint " + std::to_string(rec.checkpoint.blockHeight));
    }
}

void Hierarchy::recordMessages(SubnetNode& n) {
    using K = protocol::MessageEvent::Kind;
    for (auto& e : n.gateway().takeMessageEvents()) {
        switch (e.kind) {
            case K::CommittedTopDown:
                addTrace(
                    e.tracingId, &e.msg, MessageStage::CommittedTopDown, n.id, e.height,
                    "to " + e.nextHop->toString() + ", nonce " + std::to_string(e.msg.localNonce));
                break;
            case K::CommittedBottomUp:
                addTrace(e.tracingId, &e.msg, MessageStage::Committed, n.id, e.height,
                         "batch of checkpoint " + std::to_string(e.checkpointEpoch));
                break;
            case K::Delivered: {
                addTrace(e.tracingId, &e.msg, MessageStage::Delivered, n.id, e.height, "");
                if (e.msg.kind == protocol::MsgKind::Result) {
                    const auto& t = traces_.at(e.tracingId);
                    if (t.answers) {
                        auto orig = traces_.find(*t.answers);
                        if (orig != traces_.end()) {
                            orig->second.entries.push_back(TraceEntry{MessageStage::ReceiptReturned,
                                                                      n.id, e.height, now(), ""});
                            orig->second.stage = MessageStage::ReceiptReturned;
                            events_.publish(MessageEvent{*t.answers, MessageStage::ReceiptReturned,
                                                         n.id, e.height, now()});
                        }
                    }
                }
                break;
            }
            case K::Failed:
                addTrace(e.tracingId, &e.msg, MessageStage::Failed, n.id, e.height,
                         protocol::toString(*e.failure));
                traces_.at(e.tracingId).failure = e.failure;
                break;
        }
    }
}

// ---------------------------------------------------------------- invariants

std::vector<std::string> Hierarchy::checkInvariants() const {
    std::vector<std::string> out;
    const SubnetNode& r = root();
    const U256 rootTotal = r.chain->state().totalSupply();
    if (rootTotal != rootSupply_) {
        out.push_back("root supply changed: " + rootTotal.toDecimal() +
                      " != " + rootSupply_.toDecimal());
    }
    for (const auto& np : nodes_) {
        const SubnetNode& n = *np;
        const std::string name = n.name + " (" + n.id.toString() + ")";
        // The gateway holds exactly what it locked for its children, and what SELFDESTRUCTs
        // forced into its account (which no function can spend).
        const U256 gw = n.chain->state().balance(protocol::gatewayAddress());
        const U256 forced = n.gateway().forcedBalance();
        if (gw != n.gateway().lockedValue() + forced) {
            out.push_back(name + ": gateway balance " + gw.toDecimal() +
                          " != locked collateral + circulating supply " +
                          n.gateway().lockedValue().toDecimal() + " + forced in " +
                          forced.toDecimal());
        }
        // Checkpoint heights: multiples of the period, or full batches (those in memory: every
        // one not yet executed; older ones were checked while they were).
        const auto& gp = n.gateway().params();
        for (const auto& [h, rec] : n.gateway().recentCheckpoints()) {
            if (h % gp.bottomUpCheckPeriod != 0 &&
                rec.checkpoint.msgs.size() != gp.maxMsgsPerBatch) {
                out.push_back(name + ": checkpoint at " + std::to_string(h) +
                              " is neither an epoch nor a full batch");
            }
        }
        if (n.parent == nullptr)
            continue;
        const protocol::ChildSubnet* c = n.parent->gateway().child(n.id);
        if (c == nullptr) {
            out.push_back(name + ": not registered in its parent's gateway");
            continue;
        }
        if (n.gateway().appliedTopDownNonce() > c->topDownNonce) {
            out.push_back(name + ": applied top-down nonce ahead of the parent's");
        }
        if (c->appliedBottomUpNonce > n.gateway().bottomUpNonce()) {
            out.push_back(name + ": parent applied more bottom-up messages than were sent");
        }
        // Supply: balances here + value in flight both ways == circulating supply in the parent.
        U256 pendingDown;
        for (const auto& e : n.parent->gateway().topDownQueue(n.id)) {
            if (e.msg.localNonce >= n.gateway().appliedTopDownNonce())
                pendingDown += e.msg.value;
        }
        U256 pendingUp;
        for (const auto& [h, rec] : n.gateway().recentCheckpoints()) {
            for (const auto& m : rec.checkpoint.msgs) {
                if (m.localNonce >= c->appliedBottomUpNonce)
                    pendingUp += m.value;
            }
        }
        for (const auto& [epoch, msgs] : n.gateway().pendingBatches()) {
            for (const auto& m : msgs)
                pendingUp += m.value;
        }
        // Cheat methods' mints and burns are counted as such (they came by no message).
        const U256 supply = n.chain->state().totalSupply();
        if (!c->killed &&
            supply + pendingDown + pendingUp + n.cheatBurnt != c->circSupply + n.cheatMinted) {
            out.push_back(name + ": supply " + supply.toDecimal() + " + in flight down " +
                          pendingDown.toDecimal() + " + up " + pendingUp.toDecimal() +
                          " != circulating supply in parent " + c->circSupply.toDecimal() +
                          (n.cheatMinted.isZero() && n.cheatBurnt.isZero()
                               ? std::string()
                               : " (cheat methods minted " + n.cheatMinted.toDecimal() +
                                     ", burnt " + n.cheatBurnt.toDecimal() + ")"));
        }
        // Accepted checkpoints are consecutive in the parent.
        if (const auto* a = n.actor()) {
            const auto last = a->lastBottomUpCheckpointHeight();
            if (last != 0 && !n.gateway().findCheckpoint(last)) {
                out.push_back(name + ": parent accepted checkpoint " + std::to_string(last) +
                              " that the subnet never cut");
            }
        }
    }
    for (const auto& [id, t] : traces_) {
        if (t.results > 1) {
            out.push_back("message " + id.hex() + " produced " + std::to_string(t.results) +
                          " receipts");
        }
    }
    return out;
}

}  // namespace ipc::devnet
