// A cross-net transfer as a person follows it: its route, each hop's stage and expected time.
#include "ipc/devnet/transfer.h"

#include <algorithm>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/ipc/events.h"
#include "ipc/core/primitives/error.h"
#include "ipc/devnet/hierarchy.h"

namespace ipc::devnet {

namespace {

const SubnetView& requireSubnet(const HierarchyView& view, const SubnetId& id) {
    for (const auto& s : view.subnets) {
        if (s.id == id)
            return s;
    }
    throw Error("no subnet " + id.toString() + " in the hierarchy");
}

const SubnetView* findSubnet(const HierarchyView& view, const SubnetId& id) {
    for (const auto& s : view.subnets) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

std::uint64_t ceilHalf(std::uint64_t n) {
    return (n + 1) / 2;
}

// One hop's expected wait. `first`: the hop starts where the transaction is sent, so its wait
// is counted from that subnet's current height; later hops wait an average epoch.
TransferHop estimateHop(const SubnetView& from, const SubnetView& to, HopDirection direction,
                        const TransferTiming& timing, bool first) {
    TransferHop hop;
    hop.from = from.id;
    hop.to = to.id;
    hop.direction = direction;
    if (direction == HopDirection::Up) {
        const std::uint64_t period = std::max<std::uint64_t>(1, from.checkpointPeriod);
        hop.checkpointPeriod = period;
        // The message lands in the batch of epoch (h / period + 1) * period (h: the block
        // that includes it), is cut there, and gets its signatures in the next block.
        std::uint64_t untilCut = ceilHalf(period);
        if (first) {
            const std::uint64_t h = from.height + 1;
            untilCut = (h / period + 1) * period - from.height;
        }
        hop.fromBlocks = untilCut + 1;
        hop.toBlocks = 1;  // the relayer's submission, executed in the parent's next block
        hop.expectedMs = hop.fromBlocks * from.blockTimeMs + hop.toBlocks * to.blockTimeMs +
                         timing.relayerPollMs / 2;
    } else {
        // Committed in a parent block (the first hop's transaction needs one), final once the
        // parent is `chainHeadDelay` blocks past it, executed in the child's next block.
        hop.fromBlocks = (first ? 1 : 0) + timing.chainHeadDelay;
        hop.toBlocks = 1;
        hop.expectedMs = hop.fromBlocks * from.blockTimeMs + hop.toBlocks * to.blockTimeMs;
    }
    return hop;
}

std::optional<TraceEntry> findEntry(const std::vector<TraceEntry>& entries, MessageStage stage,
                                    const SubnetId& where) {
    for (const auto& e : entries) {
        if (e.stage == stage && e.subnet == where)
            return e;
    }
    return std::nullopt;
}

StepProgress step(TransferStep s, const SubnetId& where, const std::optional<TraceEntry>& e) {
    StepProgress p;
    p.step = s;
    p.where = where;
    if (e) {
        p.done = true;
        p.height = e->height;
        p.timeMs = e->timeMs;
        p.detail = e->detail;
    }
    return p;
}

// The message and its receipt, when the hierarchy knows them.
void fillMessage(const Hierarchy& h, const MessageTrace& t, TransferRecord& rec) {
    rec.message = makeCrossMessageView(h, t);
    if (!t.resultId)
        return;
    if (const MessageTrace* r = h.trace(*t.resultId)) {
        rec.result = makeCrossMessageView(h, *r);
        if (rec.message->reply)
            rec.outcome = rec.message->reply->outcome;
    }
}

}  // namespace

// ---------------------------------------------------------------- the plan

TransferTiming transferTiming(const Topology& topology) {
    return TransferTiming{topology.chainHeadDelay, topology.relayerPollMs};
}

TransferPlan planTransfer(const HierarchyView& view, const TransferTiming& timing,
                          const SubnetId& from, const SubnetId& to) {
    requireSubnet(view, from);
    requireSubnet(view, to);
    if (from == to)
        throw Error("a transfer needs two different subnets, not " + from.toString() + " twice");
    TransferPlan plan;
    plan.from = from;
    plan.to = to;
    plan.route = messageRoute(from, to);
    if (plan.route.size() < 2)
        throw Error("no route from " + from.toString() + " to " + to.toString());
    plan.commonAncestor = *SubnetId::commonParent(from, to);
    for (std::size_t i = 0; i + 1 < plan.route.size(); ++i) {
        const SubnetView& a = requireSubnet(view, plan.route[i]);
        const SubnetView& b = requireSubnet(view, plan.route[i + 1]);
        const HopDirection dir =
            b.parent && *b.parent == a.id ? HopDirection::Down : HopDirection::Up;
        plan.hops.push_back(estimateHop(a, b, dir, timing, i == 0));
        if (dir == HopDirection::Up &&
            (!plan.supplyLimit || a.circulatingSupply < *plan.supplyLimit)) {
            plan.supplyLimit = a.circulatingSupply;
            plan.supplyLimitedBy = a.id;
        }
    }
    for (std::size_t i = plan.route.size() - 1; i > 0; --i) {
        const SubnetView& a = requireSubnet(view, plan.route[i]);
        const SubnetView& b = requireSubnet(view, plan.route[i - 1]);
        const HopDirection dir =
            b.parent && *b.parent == a.id ? HopDirection::Down : HopDirection::Up;
        plan.receiptHops.push_back(estimateHop(a, b, dir, timing, false));
    }
    for (const auto& hop : plan.hops) {
        plan.expectedMs += hop.expectedMs;
        plan.expectedBlocks += hop.fromBlocks + hop.toBlocks;
    }
    for (const auto& hop : plan.receiptHops)
        plan.receiptMs += hop.expectedMs;
    return plan;
}

// ---------------------------------------------------------------- what happened

std::optional<Hash32> messageOfTransaction(const Hierarchy& h, const SubnetId& subnet,
                                           const Hash32& txHash) {
    const SubnetNode* n = h.node(subnet);
    if (n == nullptr)
        return std::nullopt;
    const auto loc = n->chain->findTx(txHash);
    if (!loc)
        return std::nullopt;
    const chain::BlockPtr block = n->chain->block(loc->block);
    if (block == nullptr || loc->index >= block->receipts.size())
        return std::nullopt;
    static const Hash32 topDown = keccak256(std::string_view(protocol::events::kNewTopDownMessage));
    static const Hash32 bottomUp =
        keccak256(std::string_view(protocol::events::kQueuedBottomUpMessage));
    for (const auto& log : block->receipts[loc->index].logs) {
        if (log.topics.empty())
            continue;
        if (log.topics[0] == topDown && log.topics.size() >= 3)
            return log.topics[2];
        if (log.topics[0] == bottomUp && log.topics.size() >= 2)
            return log.topics[1];
    }
    return std::nullopt;
}

TransferRecord readTransfer(const Hierarchy& h, const SubnetId& source, const Hash32& txHash) {
    const SubnetNode* n = h.node(source);
    if (n == nullptr)
        throw Error("no subnet " + source.toString());
    TransferRecord rec;
    rec.source = source;
    rec.txHash = txHash;
    rec.nowMs = h.now();
    const auto loc = n->chain->findTx(txHash);
    if (!loc)
        return rec;
    const chain::BlockPtr block = n->chain->block(loc->block);
    if (block == nullptr || loc->index >= block->receipts.size())
        return rec;
    rec.included = true;
    rec.height = block->header.number;
    rec.timeMs = block->header.timestampMs;
    const chain::Receipt& receipt = block->receipts[loc->index];
    rec.success = receipt.success;
    rec.revertReason = receipt.revertReason;
    if (const auto id = messageOfTransaction(h, source, txHash)) {
        if (const MessageTrace* t = h.trace(*id))
            fillMessage(h, *t, rec);
    }
    return rec;
}

std::optional<TransferRecord> readMessage(const Hierarchy& h, const Hash32& tracingId) {
    const MessageTrace* t = h.trace(tracingId);
    if (t == nullptr)
        return std::nullopt;
    TransferRecord rec;
    rec.source = t->envelope.from.subnet;
    rec.nowMs = h.now();
    rec.included = true;
    if (!t->entries.empty()) {
        rec.height = t->entries.front().height;
        rec.timeMs = t->entries.front().timeMs;
    }
    fillMessage(h, *t, rec);
    return rec;
}

std::vector<CrossMessageView> makeAllCrossMessageViews(const Hierarchy& h, std::size_t limit) {
    std::vector<const MessageTrace*> all;
    all.reserve(h.messages().size());
    for (const auto& entry : h.messages())
        all.push_back(&entry.second);
    std::stable_sort(all.begin(), all.end(), [](const MessageTrace* a, const MessageTrace* b) {
        return a->createdMs < b->createdMs;
    });
    if (all.size() > limit)
        all.erase(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(all.size() - limit));
    std::vector<CrossMessageView> out;
    out.reserve(all.size());
    for (const MessageTrace* t : all)
        out.push_back(makeCrossMessageView(h, *t));
    return out;
}

// ---------------------------------------------------------------- progress

const char* toString(TransferStep s) {
    switch (s) {
        case TransferStep::Submitted:
            return "submitted";
        case TransferStep::Included:
            return "included";
        case TransferStep::InCheckpoint:
            return "in checkpoint";
        case TransferStep::Quorum:
            return "quorum";
        case TransferStep::SubmittedToParent:
            return "submitted to parent";
        case TransferStep::ExecutedInParent:
            return "executed in parent";
        case TransferStep::CommittedTopDown:
            return "committed top-down";
        case TransferStep::Finality:
            return "parent finality";
        case TransferStep::Delivered:
            return "executed in destination";
        case TransferStep::ReceiptReturned:
            return "receipt back";
    }
    return "?";
}

namespace {

bool halted(const HierarchyView& view, const SubnetId& id) {
    const SubnetView* s = findSubnet(view, id);
    return s != nullptr && s->status != SubnetStatus::Running;
}

std::uint64_t heightOf(const HierarchyView& view, const SubnetId& id) {
    const SubnetView* s = findSubnet(view, id);
    return s != nullptr ? s->height : 0;
}

// What an unfinished hop waits for.
TransferWait hopWait(const HopProgress& hp, const std::vector<TraceEntry>& entries,
                     const HierarchyView& view) {
    const TransferHop& hop = hp.hop;
    TransferWait w;
    w.toward = hop.to;
    if (hop.direction == HopDirection::Up) {
        const StepProgress& cut = hp.steps[0];
        const StepProgress& quorum = hp.steps[1];
        const StepProgress& submitted = hp.steps[2];
        if (!quorum.done) {
            w.subnet = hop.from;
            if (halted(view, hop.from)) {
                w.reason = WaitReason::SubnetHalted;
                return w;
            }
            if (!cut.done) {
                w.reason = WaitReason::CheckpointEpoch;
                // The batch the gateway put it in, from the height it was committed at.
                const auto committed = findEntry(entries, MessageStage::Committed, hop.from);
                const std::uint64_t period = std::max<std::uint64_t>(1, hop.checkpointPeriod);
                const std::uint64_t at = committed ? committed->height : heightOf(view, hop.from);
                w.checkpoint = (at / period + 1) * period;
                const std::uint64_t now = heightOf(view, hop.from);
                w.blocks = w.checkpoint > now ? w.checkpoint - now : 0;
                return w;
            }
            w.reason = WaitReason::Signatures;
            w.checkpoint = cut.height.value_or(0);
            if (const auto e = findEntry(entries, MessageStage::InCheckpoint, hop.from)) {
                w.detail = e->detail;
            }
            return w;
        }
        if (!submitted.done) {
            w.subnet = hop.from;
            w.checkpoint = quorum.height.value_or(0);
            const SubnetView* s = findSubnet(view, hop.from);
            w.reason =
                s != nullptr && !s->relayerOn ? WaitReason::RelayerStopped : WaitReason::Relayer;
            return w;
        }
        w.subnet = hop.to;
        w.reason = halted(view, hop.to) ? WaitReason::SubnetHalted : WaitReason::ParentExecution;
        return w;
    }
    const StepProgress& committed = hp.steps[0];
    if (!committed.done) {
        w.subnet = hop.from;
        w.reason = halted(view, hop.from) ? WaitReason::SubnetHalted : WaitReason::Inclusion;
        return w;
    }
    w.parentHeight = committed.height.value_or(0);
    if (halted(view, hop.to)) {
        w.subnet = hop.to;
        w.reason = WaitReason::SubnetHalted;
    } else if (halted(view, hop.from)) {
        w.subnet = hop.from;  // the parent must move past the height before it is final
        w.reason = WaitReason::SubnetHalted;
    } else {
        w.subnet = hop.to;
        w.reason = WaitReason::ParentFinality;
    }
    return w;
}

// Where the receipt is and what holds it up.
TransferWait receiptWait(const TransferRecord& record, const HierarchyView& view) {
    TransferWait w;
    w.forReceipt = true;
    w.reason = WaitReason::Receipt;
    w.subnet = record.source;
    if (!record.result || record.result->entries.empty())
        return w;
    const TraceEntry& last = record.result->entries.back();
    w.subnet = last.subnet;
    const auto& route = record.result->route;
    for (std::size_t i = 0; i + 1 < route.size(); ++i) {
        if (route[i] == last.subnet)
            w.toward = route[i + 1];
    }
    if (halted(view, last.subnet)) {
        w.reason = WaitReason::SubnetHalted;
        return w;
    }
    const bool goingUp = w.toward && last.subnet.parent() == *w.toward;
    const SubnetView* s = findSubnet(view, last.subnet);
    if (goingUp && s != nullptr && !s->relayerOn &&
        (last.stage == MessageStage::Quorum || last.stage == MessageStage::InCheckpoint ||
         last.stage == MessageStage::Committed)) {
        w.reason = WaitReason::RelayerStopped;
    }
    return w;
}

}  // namespace

TransferProgress describeTransfer(const TransferPlan& plan, const TransferRecord& record,
                                  const HierarchyView& view) {
    TransferProgress p;
    p.plan = plan;
    if (record.message) {
        p.kind = record.message->kind;
        p.outcome = record.message->reply;
        p.outcomeText = record.message->replyText;
    }
    static const std::vector<TraceEntry> none;
    const std::vector<TraceEntry>& entries = record.message ? record.message->entries : none;
    const SubnetId& source = plan.from;
    const SubnetId& dest = plan.to;

    // ---- the transaction
    StepProgress submitted;
    submitted.step = TransferStep::Submitted;
    submitted.where = source;
    submitted.done = record.txHash.has_value() || record.message.has_value();
    if (record.txHash)
        submitted.detail = record.txHash->hex();
    StepProgress included;
    included.step = TransferStep::Included;
    included.where = source;
    included.done = record.included;
    if (record.included) {
        included.height = record.height;
        included.timeMs = record.timeMs;
        if (!record.success)
            included.detail = "reverted: " + record.revertReason;
    }
    p.start = {submitted, included};

    // ---- the hops
    bool onHop = false;
    for (const auto& hop : plan.hops) {
        HopProgress hp;
        hp.hop = hop;
        if (hop.direction == HopDirection::Up) {
            hp.steps = {
                step(TransferStep::InCheckpoint, hop.from,
                     findEntry(entries, MessageStage::InCheckpoint, hop.from)),
                step(TransferStep::Quorum, hop.from,
                     findEntry(entries, MessageStage::Quorum, hop.from)),
                step(TransferStep::SubmittedToParent, hop.to,
                     findEntry(entries, MessageStage::SubmittedToParent, hop.to)),
                step(TransferStep::ExecutedInParent, hop.to,
                     findEntry(entries, MessageStage::ExecutedInParent, hop.to)),
            };
        } else {
            std::optional<TraceEntry> arrived;
            for (const auto& e : entries) {
                if (e.subnet == hop.to &&
                    (e.stage == MessageStage::CommittedTopDown ||
                     e.stage == MessageStage::Delivered || e.stage == MessageStage::Failed ||
                     e.stage == MessageStage::Committed)) {
                    arrived = e;
                    break;
                }
            }
            hp.steps = {
                step(TransferStep::CommittedTopDown, hop.from,
                     findEntry(entries, MessageStage::CommittedTopDown, hop.from)),
                step(TransferStep::Finality, hop.to, arrived),
            };
        }
        hp.done = std::all_of(hp.steps.begin(), hp.steps.end(),
                              [](const StepProgress& s) { return s.done; });
        if (!hp.done && !onHop && record.success) {
            hp.active = true;
            onHop = true;
        }
        p.hops.push_back(std::move(hp));
    }

    // ---- the end
    StepProgress delivered =
        step(TransferStep::Delivered, dest, findEntry(entries, MessageStage::Delivered, dest));
    std::optional<TraceEntry> failedAt;
    for (const auto& e : entries) {
        if (e.stage == MessageStage::Failed) {
            failedAt = e;
            break;
        }
    }
    StepProgress receipt = step(TransferStep::ReceiptReturned, source, std::nullopt);
    for (const auto& e : entries) {
        if (e.stage == MessageStage::ReceiptReturned) {
            receipt = step(TransferStep::ReceiptReturned, source, e);
            if (record.outcome && *record.outcome != protocol::Outcome::Ok)
                receipt.detail = protocol::toString(*record.outcome);
            break;
        }
    }
    p.delivered = delivered.done;
    p.failed = failedAt.has_value();
    if (record.message)
        p.failure = record.message->failure;
    if (failedAt) {
        delivered.where = failedAt->subnet;
        delivered.detail = "failed: " + failedAt->detail;
    }
    p.finish = {delivered, receipt};
    p.complete = (p.delivered || p.failed) && receipt.done;

    // ---- where it is and what it waits for
    p.at = source;
    if (!record.included) {
        p.wait.reason = halted(view, source) ? WaitReason::SubnetHalted : WaitReason::Inclusion;
        p.wait.subnet = source;
        return p;
    }
    if (!record.success) {
        p.wait.reason = WaitReason::Reverted;
        p.wait.subnet = source;
        p.wait.detail = record.revertReason;
        return p;
    }
    if (failedAt) {
        p.at = failedAt->subnet;
        p.wait.subnet = failedAt->subnet;
        p.wait.detail = failedAt->detail;
        p.wait.reason = receipt.done ? WaitReason::None : WaitReason::Failed;
        return p;
    }
    if (p.delivered) {
        p.at = dest;
        if (!receipt.done)
            p.wait = receiptWait(record, view);
        return p;
    }
    for (const auto& hp : p.hops) {
        if (!hp.active)
            continue;
        p.at = hp.hop.from;
        const bool moving = std::any_of(hp.steps.begin(), hp.steps.end(),
                                        [](const StepProgress& s) { return s.done; });
        if (moving)
            p.toward = hp.hop.to;
        p.wait = hopWait(hp, entries, view);
        return p;
    }
    // Every hop done but not yet delivered (the destination executes it in the same block as
    // the last hop's arrival, so only a moment).
    p.at = dest;
    return p;
}

}  // namespace ipc::devnet
