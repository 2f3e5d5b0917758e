// The invariant checker: supply, gateway balances, nonces and checkpoints across the hierarchy.
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
