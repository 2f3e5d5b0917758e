// The engine's answers to the typed queries and commands of queries.h (Devnet::ask), read from
// and applied to the Hierarchy on its thread.
#include "ipc/devnet/query_answers.h"

#include "ipc/core/primitives/error.h"
#include "ipc/devnet/summary.h"
#include "ipc/devnet/template_contracts.h"

namespace ipc::devnet {

const SubnetNode& requireSubnet(const Hierarchy& h, const SubnetId& id) {
    const SubnetNode* n = h.node(id);
    if (n == nullptr)
        throw Error("no subnet " + id.toString() + " in the hierarchy");
    return *n;
}

// ---- explorer pages ----

BlocksQuery::Result answer(Hierarchy& h, const BlocksQuery& q) {
    return makeBlockViews(requireSubnet(h, q.subnet), q.first, q.count);
}

CheckpointsQuery::Result answer(Hierarchy& h, const CheckpointsQuery& q) {
    return makeCheckpointSummaries(requireSubnet(h, q.subnet), q.first, q.count);
}

TransactionsQuery::Result answer(Hierarchy& h, const TransactionsQuery& q) {
    return makeTransactionPage(requireSubnet(h, q.subnet), q.fromBlock, q.maxTransactions,
                               q.maxBlocks, &h.contractBook());
}

ContractsQuery::Result answer(Hierarchy& h, const ContractsQuery& q) {
    return makeContractPage(requireSubnet(h, q.subnet), q.fromBlock, q.maxContracts, q.maxBlocks,
                            &h.contractBook());
}

OverviewQuery::Result answer(Hierarchy& h, const OverviewQuery& q) {
    return makeSubnetOverview(requireSubnet(h, q.subnet));
}

BlockDetailQuery::Result answer(Hierarchy& h, const BlockDetailQuery& q) {
    return makeBlockDetail(h, requireSubnet(h, q.subnet), q.number);
}

CheckpointDetailQuery::Result answer(Hierarchy& h, const CheckpointDetailQuery& q) {
    return makeCheckpointDetail(requireSubnet(h, q.subnet), q.height);
}

// ---- messages and transfers ----

SubnetMessagesQuery::Result answer(Hierarchy& h, const SubnetMessagesQuery& q) {
    requireSubnet(h, q.subnet);
    return makeCrossMessageViews(h, q.subnet, q.limit);
}

MessagesQuery::Result answer(Hierarchy& h, const MessagesQuery& q) {
    return makeAllCrossMessageViews(h, q.limit);
}

TransferByTxQuery::Result answer(Hierarchy& h, const TransferByTxQuery& q) {
    return readTransfer(h, q.source, q.tx);
}

TransferByMessageQuery::Result answer(Hierarchy& h, const TransferByMessageQuery& q) {
    return readMessage(h, q.tracingId);
}

// ---- accounts and fees ----

BalancesQuery::Result answer(Hierarchy& h, const BalancesQuery& q) {
    return makeBalanceSheet(h, q.accounts);
}

DevnetAccountsQuery::Result answer(Hierarchy& h, const DevnetAccountsQuery&) {
    DevnetAccountsQuery::Result out;
    out.reserve(h.accounts().size());
    for (const auto& a : h.accounts())
        out.push_back({a.label, a.address});
    return out;
}

FeeQuery::Result answer(Hierarchy& h, const FeeQuery& q) {
    return quoteFee(h, q.subnet, q.to);
}

TransferFeeQuery::Result answer(Hierarchy& h, const TransferFeeQuery& q) {
    return quoteTransferFee(h, q.from, q.sender, q.to, q.amount);
}

// ---- the hierarchy as a whole ----

SnapshotsQuery::Result answer(Hierarchy& h, const SnapshotsQuery&) {
    return h.listSnapshots();
}

TopologyQuery::Result answer(Hierarchy& h, const TopologyQuery&) {
    return h.topology();
}

StartInfoQuery::Result answer(Hierarchy& h, const StartInfoQuery&) {
    StartInfo info;
    info.rootHeight = h.root().chain->height();
    const auto& root = *h.root().chain;
    for (const auto& a : h.accounts())
        info.accounts.push_back({a.address, root.state().balance(a.address), a.key.secret().hex()});
    info.mnemonic = h.topology().mnemonic;
    for (const auto& n : h.nodes()) {
        info.chains.push_back({n->name, n->id, n->parent != nullptr ? n->parent->name : "",
                               n->chainId(), n->chain->validators().size(), n->blockTimeMs});
    }
    info.contracts = templateContractsBanner(h);
    return info;
}

StopReportQuery::Result answer(Hierarchy& h, const StopReportQuery&) {
    return StopReport{h.root().chain->height(), h.now(), h.checkInvariants(), summaryJson(h)};
}

// ---- commands ----

RunUntilCommand::Result answer(Hierarchy& h, const RunUntilCommand& q) {
    std::uint64_t tasks = 0;
    h.runUntilCondition(
        [&] { return h.root().chain->height() >= q.rootHeight || ++tasks > q.maxTasks; },
        UINT64_MAX);
    const std::uint64_t height = h.root().chain->height();
    return RunProgress{height >= q.rootHeight || h.scheduler().empty(), height};
}

MineCommand::Result answer(Hierarchy& h, const MineCommand& q) {
    h.mine(q.subnet, q.blocks);
    return requireSubnet(h, q.subnet).chain->height();
}

SetValidatorOnlineCommand::Result answer(Hierarchy& h, const SetValidatorOnlineCommand& q) {
    h.setValidatorOnline(q.subnet, q.validator, q.online);
    return {};
}

SetRelayerCommand::Result answer(Hierarchy& h, const SetRelayerCommand& q) {
    h.setRelayer(q.subnet, q.on);
    return {};
}

CreateSubnetCommand::Result answer(Hierarchy& h, const CreateSubnetCommand& q) {
    return h.createSubnet(q.spec);
}

FundCommand::Result answer(Hierarchy& h, const FundCommand& q) {
    return h.fund(q.child, q.from, q.to, q.amount);
}

ReleaseCommand::Result answer(Hierarchy& h, const ReleaseCommand& q) {
    return h.release(q.subnet, q.from, q.to, q.amount);
}

WalletSendCommand::Result answer(Hierarchy& h, const WalletSendCommand& q) {
    if (!q.send)
        throw Error("nothing to send");
    return q.send(h);
}

TakeSnapshotCommand::Result answer(Hierarchy& h, const TakeSnapshotCommand& q) {
    return h.snapshot(q.name);
}

RevertSnapshotCommand::Result answer(Hierarchy& h, const RevertSnapshotCommand& q) {
    h.revert(q.idOrName, q.keep);
    return {};
}

DeleteSnapshotCommand::Result answer(Hierarchy& h, const DeleteSnapshotCommand& q) {
    h.deleteSnapshot(q.idOrName);
    return {};
}

SyncCommand::Result answer(Hierarchy&, const SyncCommand&) {
    return {};
}

}  // namespace ipc::devnet
