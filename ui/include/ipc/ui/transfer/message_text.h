// How a cross-net transfer is put into words for people who have never read the IPC spec: the
// steps of each hop, what a hop does, where a transfer waits and why, and why one failed. The
// transfer wizard, the Messages view and the graph's tooltip all speak through these, so a step
// has the same name everywhere.
#pragma once

#include <map>

#include <QCoreApplication>
#include <QString>

#include "ipc/devnet/transfer.h"
#include "ipc/devnet/views.h"

namespace ipc::ui {

// Subnet names by id, from a hierarchy view (the id text, shortened, when a name is unknown).
class SubnetNames {
public:
    SubnetNames() = default;
    explicit SubnetNames(const devnet::HierarchyView* view);
    QString name(const SubnetId& id) const;
    QString name(const QString& id) const;

private:
    std::map<SubnetId, QString> names_;
};

class MessageText {
    Q_DECLARE_TR_FUNCTIONS(MessageText)

public:
    // "in checkpoint", "parent finality", … as in the tracking list.
    static QString stepText(devnet::TransferStep step);
    // "up: bottom-up checkpoint" / "down: top-down finality".
    static QString directionText(devnet::HopDirection direction);
    // What carries a hop, in a few words: "bottom-up checkpoint (every 10 blocks), quorum,
    // relayer" / "top-down finality after 2 parent blocks".
    static QString hopShortText(const devnet::TransferHop& hop);
    // What happens at a hop, in a sentence, for the review page.
    static QString hopExplanation(const devnet::TransferHop& hop, const SubnetNames& names);
    // "≈ 12 blocks · 12 s".
    static QString latencyText(std::uint64_t blocks, std::uint64_t ms);
    // Where the transfer is and what it waits for, in a sentence or two.
    static QString waitText(const devnet::TransferProgress& progress, const SubnetNames& names);
    // Why IPC refused a message (IPC's InvalidXnetMessageReason, in words).
    static QString failureText(protocol::XnetFailure failure);
    // How the destination ran a message, from its Result: "Ok", "Ok, returned 0x…", "ActorErr:
    // <words>" (the revert reason, or why the call failed), "SystemErr: <IPC's reason>".
    static QString outcomeText(const protocol::ResultMsg& result, const std::string& words);
};

}  // namespace ipc::ui
