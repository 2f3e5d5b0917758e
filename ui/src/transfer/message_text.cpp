// A cross-net transfer put into words for people who never read the IPC spec.
#include "ipc/ui/transfer/message_text.h"

#include "ipc/ui/format/subnet_format.h"
#include "ipc/ui/format/value_text.h"

namespace ipc::ui {

using devnet::HopDirection;
using devnet::TransferStep;
using devnet::WaitReason;

SubnetNames::SubnetNames(const devnet::HierarchyView* view) {
    if (view == nullptr)
        return;
    for (const auto& s : view->subnets)
        names_[s.id] = QString::fromStdString(s.name);
}

QString SubnetNames::name(const SubnetId& id) const {
    auto it = names_.find(id);
    if (it != names_.end())
        return it->second;
    return shortSubnetId(subnetIdText(id));
}

QString SubnetNames::name(const QString& id) const {
    try {
        return name(SubnetId::parse(id.toStdString()));
    } catch (const std::exception&) {
        return id;
    }
}

QString MessageText::stepText(TransferStep step) {
    switch (step) {
        case TransferStep::Submitted:
            return tr("submitted");
        case TransferStep::Included:
            return tr("included in a block");
        case TransferStep::InCheckpoint:
            return tr("in checkpoint");
        case TransferStep::Quorum:
            //: a checkpoint's validator signatures reached the required weight
            return tr("checkpoint quorum");
        case TransferStep::SubmittedToParent:
            return tr("relayed to parent");
        case TransferStep::ExecutedInParent:
            return tr("executed in parent");
        case TransferStep::CommittedTopDown:
            return tr("queued top-down");
        case TransferStep::Finality:
            //: the child subnet committed the parent block carrying the message (top-down)
            return tr("parent finality, executed");
        case TransferStep::Delivered:
            return tr("executed in destination");
        case TransferStep::ReceiptReturned:
            return tr("receipt back");
    }
    return {};
}

QString MessageText::directionText(HopDirection direction) {
    return direction == HopDirection::Up ? tr("up: bottom-up checkpoint")
                                         : tr("down: top-down finality");
}

QString MessageText::hopShortText(const devnet::TransferHop& hop) {
    if (hop.direction == HopDirection::Up) {
        return tr("bottom-up checkpoint (every %n block(s)), quorum, relayer", nullptr,
                  static_cast<int>(hop.checkpointPeriod));
    }
    return tr("top-down finality after %n parent block(s)", nullptr,
              static_cast<int>(hop.fromBlocks));
}

QString MessageText::hopExplanation(const devnet::TransferHop& hop, const SubnetNames& names) {
    const QString from = names.name(hop.from);
    const QString to = names.name(hop.to);
    if (hop.direction == HopDirection::Up) {
        return tr("%1's gateway burns the value and puts the message in its next checkpoint "
                  "(every %2 blocks); %1's validators sign it, a relayer submits it to %3, and "
                  "%3 pays the value out of what it locked for %1.")
            .arg(from)
            .arg(hop.checkpointPeriod)
            .arg(to);
    }
    return tr("%1's gateway locks the value for %2; once %2's validators agree on that block of "
              "%1 (top-down finality) %2 mints it and executes the message.")
        .arg(from, to);
}

QString MessageText::latencyText(std::uint64_t blocks, std::uint64_t ms) {
    //: expected latency: blocks waited and the time at current block times
    return tr("≈ %n block(s) · %1", nullptr, static_cast<int>(blocks)).arg(formatDuration(ms));
}

QString MessageText::failureText(protocol::XnetFailure failure) {
    switch (failure) {
        case protocol::XnetFailure::Sender:
            return tr("the sender is not where the message says it comes from");
        case protocol::XnetFailure::DstSubnet:
            return tr("the destination subnet does not exist or was killed");
        case protocol::XnetFailure::Nonce:
            return tr("it arrived out of order (nonce)");
        case protocol::XnetFailure::Value:
            return tr(
                "insufficient circulating supply: the subnet it left never had that much "
                "locked in its parent");
        case protocol::XnetFailure::Kind:
            return tr("this kind of message cannot be sent there");
        case protocol::XnetFailure::ReflexiveSend:
            return tr("the destination is the subnet it was sent from");
        case protocol::XnetFailure::NoRoute:
            return tr("there is no route to the destination");
        case protocol::XnetFailure::IncompatibleSupplySource:
            return tr("a subnet on the way uses another kind of token");
    }
    return {};
}

QString MessageText::outcomeText(const protocol::ResultMsg& result, const std::string& words) {
    switch (result.outcome) {
        case protocol::Outcome::Ok:
            if (result.ret.empty())
                return tr("Ok");
            //: a cross-net call's outcome: it succeeded and its contract returned this data
            return tr("Ok, returned %1").arg(shortHex(QString::fromStdString(toHex(result.ret))));
        case protocol::Outcome::ActorErr:
            //: a cross-net call's outcome: the called contract failed (the reason follows)
            return words.empty() ? tr("ActorErr: the call failed")
                                 : tr("ActorErr: %1").arg(QString::fromStdString(words));
        case protocol::Outcome::SystemErr:
            if (const auto why = protocol::systemErrReason(result)) {
                //: a cross-net message's outcome: IPC rejected it (the reason follows)
                return tr("SystemErr: %1").arg(failureText(*why));
            }
            return tr("SystemErr");
    }
    return {};
}

QString MessageText::waitText(const devnet::TransferProgress& p, const SubnetNames& names) {
    const devnet::TransferWait& w = p.wait;
    const QString at = names.name(w.subnet);
    const QString toward = w.toward ? names.name(*w.toward) : QString();
    const QString source = names.name(p.plan.from);
    const QString dest = names.name(p.plan.to);
    switch (w.reason) {
        case WaitReason::None:
            if (p.kind == protocol::MsgKind::Call && !p.failed && p.outcome) {
                if (p.outcome->outcome == protocol::Outcome::ActorErr) {
                    return tr("The call failed in %1 (%2); its changes there were undone. The "
                              "value comes back to %3 with the result.")
                        .arg(dest, outcomeText(*p.outcome, p.outcomeText), source);
                }
                if (p.complete) {
                    return tr("Done: the call ran in %1 (%2) and its result is back in %3.")
                        .arg(dest, outcomeText(*p.outcome, p.outcomeText), source);
                }
            }
            if (p.failed) {
                return tr("Rejected in %1 (%2). The receipt is back in %3.")
                    .arg(at, p.failure ? failureText(*p.failure) : QString::fromStdString(w.detail),
                         source);
            }
            if (p.complete)
                return tr("Done: delivered to %1 and the receipt is back in %2.").arg(dest, source);
            return tr("Arriving in %1.").arg(dest);
        case WaitReason::Inclusion:
            return tr("Waiting for the next block of %1 to include the transaction.").arg(at);
        case WaitReason::Reverted:
            return tr("The transaction failed in %1 and nothing was sent: %2. Only the fee was "
                      "spent.")
                .arg(at, QString::fromStdString(w.detail));
        case WaitReason::CheckpointEpoch:
            return tr("Waiting in %1 for its next checkpoint at height %2 (%n block(s) from now). "
                      "Value leaves a subnet upwards only inside a checkpoint.",
                      nullptr, static_cast<int>(w.blocks))
                .arg(at)
                .arg(w.checkpoint);
        case WaitReason::Signatures:
            return tr("Checkpoint %1 of %2 is collecting its validators' signatures; it moves on "
                      "once they reach the quorum.")
                .arg(w.checkpoint)
                .arg(at);
        case WaitReason::Relayer:
            return tr("Checkpoint %1 of %2 has its signatures; %2's relayer hands it to %3 at "
                      "its next poll.")
                .arg(w.checkpoint)
                .arg(at, toward);
        case WaitReason::RelayerStopped:
            if (w.forReceipt) {
                return tr("Delivered to %1, but the receipt is stuck in %2: %2's relayer is "
                          "stopped, so nobody submits its checkpoints to %3. Turn the relayer "
                          "back on (Validators page) and it moves on.")
                    .arg(dest, at, toward);
            }
            return tr("Stuck in %1: checkpoint %2 has its signatures, but %1's relayer is "
                      "stopped, so nobody submits it to %3. Turn the relayer back on (Validators "
                      "page) and it moves on.")
                .arg(at)
                .arg(w.checkpoint)
                .arg(toward);
        case WaitReason::ParentExecution:
            return tr("%1 executes the checkpoint carrying it in its next block.").arg(at);
        case WaitReason::ParentFinality:
            return tr("Locked in %1 at height %2; waiting for %3's validators to agree on that "
                      "block of %1 (top-down finality), then %3 executes it.")
                .arg(names.name(p.at))
                .arg(w.parentHeight)
                .arg(at);
        case WaitReason::SubnetHalted:
            return tr("%1 is halted: less than two thirds of its validator power is online, so "
                      "it makes no blocks and the %2 waits there. Bring validators back online "
                      "(Validators page) and it continues.")
                .arg(at, w.forReceipt                        ? tr("receipt")
                         : p.kind == protocol::MsgKind::Call ? tr("call")
                                                             : tr("transfer"));
        case WaitReason::Receipt:
            if (p.kind == protocol::MsgKind::Call && p.outcome) {
                return tr("The call ran in %1 (%2). Its result is on its way back to %3 (now "
                          "in %4).")
                    .arg(dest, outcomeText(*p.outcome, p.outcomeText), source, at);
            }
            return tr("Delivered to %1. The receipt is on its way back to %2 (now in %3).")
                .arg(dest, source, at);
        case WaitReason::Failed:
            // A release beyond the circulating supply was never locked in the parent, so
            // IPC has nothing to pay back; every other rejection refunds the value.
            if (p.failure == protocol::XnetFailure::Value) {
                return tr("Rejected in %1: %2. A receipt goes back to %3, but it cannot bring the "
                          "value: the parent never held it.")
                    .arg(at, failureText(*p.failure), source);
            }
            return tr("Rejected in %1: %2. The value comes back to %3 with the receipt.")
                .arg(at, p.failure ? failureText(*p.failure) : QString::fromStdString(w.detail),
                     source);
    }
    return {};
}

}  // namespace ipc::ui
