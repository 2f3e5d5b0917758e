// Block production: proposer rotation, checkpoint signatures and top-down finality applied in a
// block, checkpoint cuts after it, validator set changes and validators going offline.
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
    BlockProduced produced{n.id, makeBlockView(block), now(), {}};
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

}  // namespace ipc::devnet
