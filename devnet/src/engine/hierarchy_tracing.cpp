// Message tracing: every cross-net message's route and stages, and checkpoint stage events.
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
    events_.publish(MessageEvent{id, stage, where, height, now(), t.envelope.kind});
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
                // A call that failed says why ("out of gas (3000000 gas)"): its Result carries
                // only the revert data.
                addTrace(e.tracingId, &e.msg, MessageStage::Delivered, n.id, e.height, e.callError);
                if (e.msg.kind == protocol::MsgKind::Result) {
                    const auto& t = traces_.at(e.tracingId);
                    if (t.answers) {
                        auto orig = traces_.find(*t.answers);
                        if (orig != traces_.end()) {
                            orig->second.entries.push_back(TraceEntry{MessageStage::ReceiptReturned,
                                                                      n.id, e.height, now(), ""});
                            orig->second.stage = MessageStage::ReceiptReturned;
                            events_.publish(MessageEvent{*t.answers, MessageStage::ReceiptReturned,
                                                         n.id, e.height, now(),
                                                         orig->second.envelope.kind});
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

}  // namespace ipc::devnet
