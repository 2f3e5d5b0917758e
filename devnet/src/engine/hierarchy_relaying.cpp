// The relayer of each subnet: submits checkpoints that reached quorum to the parent's subnet
// actor, and can be switched off.
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

void Hierarchy::setRelayer(const SubnetId& subnet, bool on) {
    SubnetNode* n = node(subnet);
    if (n == nullptr)
        throw Error("no subnet " + subnet.toString());
    if (n->parent == nullptr)
        throw Error("the root has no relayer: it has no parent");
    n->relayerOn = on;
}

}  // namespace ipc::devnet
