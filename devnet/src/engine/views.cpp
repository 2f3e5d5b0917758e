// Read views: plain values copied out of the engine for the GUI and RPC.
#include "ipc/devnet/views.h"
#include "ipc/devnet/hierarchy.h"

namespace ipc::devnet {

SubnetView makeSubnetView(const SubnetNode& n) {
    SubnetView v;
    v.id = n.id;
    v.name = n.name;
    v.parent = n.id.parent();
    v.chainId = n.chainId();
    v.status = n.status;
    v.height = n.chain->height();
    v.blockTimeMs = n.blockTimeMs;
    v.lastBlockTimeMs = n.chain->head().header.timestampMs;
    v.relayerOn = n.relayerOn;
    v.checkpointPeriod = n.parent ? n.gateway().params().bottomUpCheckPeriod : 0;
    if (!n.gateway().recentCheckpoints().empty()) {
        v.lastCheckpointCut = n.gateway().recentCheckpoints().rbegin()->first;
    }
    if (const auto* a = n.actor())
        v.lastCheckpointAccepted = a->lastBottomUpCheckpointHeight();
    v.checkpointsCut = n.gateway().checkpointCount();
    v.checkpointsAccepted = n.checkpointsExecuted;
    if (const auto& f = n.gateway().latestParentFinality())
        v.parentFinality = f->height;
    v.totalSupply = n.chain->state().totalSupply();
    if (n.parent != nullptr) {
        if (const auto* c = n.parent->gateway().child(n.id)) {
            v.circulatingSupply = c->circSupply;
            v.topDownNonce = c->topDownNonce;
        }
    } else {
        v.circulatingSupply = v.totalSupply;
    }
    v.appliedTopDownNonce = n.gateway().appliedTopDownNonce();
    v.bottomUpNonce = n.gateway().bottomUpNonce();
    v.mempool = n.chain->mempool().size();
    for (const auto& val : n.chain->validators().validators()) {
        v.validators.push_back(ValidatorView{val.address, val.power, val.collateral, val.online,
                                             val.blocksProposed, val.signaturesGiven});
        ++v.validatorsTotal;
        if (val.online)
            ++v.validatorsOnline;
    }
    return v;
}

HierarchyView makeHierarchyView(const Hierarchy& h) {
    HierarchyView v;
    v.timeMs = h.now();
    for (const auto& n : h.nodes())
        v.subnets.push_back(makeSubnetView(*n));
    v.messages = h.messages().size();
    for (const auto& [id, t] : h.messages()) {
        const bool done =
            t.stage == MessageStage::ReceiptReturned ||
            (t.envelope.kind == protocol::MsgKind::Result && t.stage == MessageStage::Delivered);
        if (!done)
            ++v.messagesInFlight;
    }
    return v;
}

BlockView makeBlockView(const chain::Block& b) {
    BlockView v;
    v.number = b.header.number;
    v.hash = b.hash;
    v.parentHash = b.header.parentHash;
    v.timestampMs = b.header.timestampMs;
    v.intervalMs = b.intervalMs;
    v.proposer = b.header.proposer;
    v.stateRoot = b.header.stateRoot;
    v.baseFee = b.header.baseFee;
    v.gasUsed = b.header.gasUsed;
    v.transactions.reserve(b.transactions.size());
    for (const auto& tx : b.transactions)
        v.transactions.push_back(tx->hash);
    v.signers = b.commit.signers;
    v.signedPower = b.commit.signedPower;
    v.totalPower = b.commit.totalPower;
    return v;
}

std::vector<BlockView> makeBlockViews(const SubnetNode& n, std::uint64_t from, std::size_t count) {
    std::vector<BlockView> out;
    for (std::uint64_t i = from; i < from + count; ++i) {
        const chain::BlockPtr b = n.chain->block(i);
        if (b == nullptr)
            break;
        out.push_back(makeBlockView(*b));
    }
    return out;
}

std::optional<CheckpointView> makeCheckpointView(const SubnetNode& n, std::uint64_t height) {
    const auto rec = n.gateway().findCheckpoint(height);
    if (!rec)
        return std::nullopt;
    return makeCheckpointView(n.id, *rec);
}

CheckpointSummaryView makeCheckpointSummary(const protocol::CheckpointRecord& rec) {
    CheckpointSummaryView v;
    v.height = rec.checkpoint.blockHeight;
    v.hash = rec.hash;
    v.messages = rec.checkpoint.msgs.size();
    v.signedWeight = rec.signedWeight;
    v.threshold = rec.threshold;
    v.totalWeight = rec.totalWeight;
    v.stage = rec.stage;
    v.cutTimeMs = rec.cutTimeMs;
    v.quorumHeight = rec.quorumHeight;
    v.submittedParentHeight = rec.submittedParentHeight;
    v.executedParentHeight = rec.executedParentHeight;
    return v;
}

CheckpointView makeCheckpointView(const SubnetId& subnet, const protocol::CheckpointRecord& rec) {
    CheckpointView v;
    v.subnet = subnet;
    v.summary = makeCheckpointSummary(rec);
    v.checkpoint = rec.checkpoint;
    for (const auto& s : rec.signatures) {
        const auto signer = crypto::recoverAddress(rec.hash, s.signature);
        v.signatures.push_back(CheckpointSignatureView{s.signer, s.signature.toBytes(27), s.weight,
                                                       signer && *signer == s.signer, s.height});
    }
    return v;
}

}  // namespace ipc::devnet
