// Views for the explorer pages of one subnet (blocks with their commit signatures, transactions
// with receipts and logs, checkpoints through their stages, cross-net messages with their route).
// Like views.h these are plain values copied out of the engine on its thread; the makers below
// read only Hierarchy's public API and page through long histories so no call copies a whole
// chain.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ipc/core/chain/block.h"
#include "ipc/core/ipc/gateway.h"
#include "ipc/core/ipc/subnet_actor.h"
#include "ipc/devnet/engine_values.h"
#include "ipc/devnet/views.h"

namespace ipc::devnet {

class ContractBook;
class Hierarchy;
struct MessageTrace;
struct SubnetNode;

// ---- blocks ----

struct CommitSignatureView {
    EthAddress signer;
    std::uint64_t power = 0;   // the signer's power in the current validator set (0: left it)
    FixedBytes<65> signature;  // r || s || v (27/28) over the block hash
    bool verified = false;     // the signature recovers to the signer
};

struct BlockDetailView {
    BlockView block;
    std::uint64_t gasLimit = 0;
    Hash32 transactionsRoot;
    Hash32 receiptsRoot;
    std::size_t systemLogs = 0;  // events of implicit execution (top-down, checkpoint cut)
    std::vector<CommitSignatureView> commitSignatures;
};

// Commit signatures are deterministic (RFC 6979), so they are made again here from the signers'
// keys and checked by recovery. nullopt when the block does not exist.
std::optional<BlockDetailView> makeBlockDetail(const Hierarchy& h, const SubnetNode& n,
                                               std::uint64_t number);

// ---- transactions ----

struct TransactionView {
    Hash32 hash;
    std::uint64_t block = 0;
    std::uint32_t index = 0;
    std::uint64_t timestampMs = 0;
    EthAddress from;
    std::optional<EthAddress> to;  // none: contract creation
    U256 value;
    std::uint64_t nonce = 0;
    std::uint64_t gasLimit = 0;
    std::uint64_t gasUsed = 0;
    U256 effectiveGasPrice;
    bool success = true;
    bool system = false;  // checkpoint signature or relayer submission: no fee
    std::string type;     // "legacy", "eip1559"
    std::size_t dataSize = 0;
    std::string revertReason;
    std::vector<chain::Log> logs;
    // What its contracts printed with Hardhat's console.log, while the chain keeps it
    // (SubnetChain::consoleLines): recent transactions, reverted ones included.
    std::vector<std::string> consoleLines;
    // A contract creation that succeeded: the contract it made (its receipt's contractAddress).
    std::optional<EthAddress> contractAddress;
    // What the contracts the devnet knows (ContractBook) say: the name of the contract called
    // (or created), the call decoded ("transfer(to: 0x…, amount: 5)"), and each log decoded
    // (empty where the event is unknown). Empty when nothing is known.
    std::string contractName;
    std::string method;
    std::vector<std::string> logTexts;
};

// Transactions newest first, walking down from block `fromBlock` (inclusive) whole blocks at a
// time until at least `maxTransactions` are collected or `maxBlocks` blocks were read, so a
// long run of empty blocks costs a bounded amount per call.
struct TransactionPage {
    std::vector<TransactionView> transactions;
    std::uint64_t nextBlock = 0;  // where the next page starts (valid when `more`)
    bool more = false;            // blocks below nextBlock remain
};
// `book` names contracts, calls, logs and custom errors (none: nothing is named).
TransactionPage makeTransactionPage(const SubnetNode& n, std::uint64_t fromBlock,
                                    std::size_t maxTransactions, std::size_t maxBlocks,
                                    const ContractBook* book = nullptr);

// ---- contracts ----

// A contract deployed by a creation transaction, or made by a contract's CREATE or CREATE2 (a
// factory) inside any transaction.
struct ContractView {
    EthAddress address;
    EthAddress creator;  // the transaction's sender, or the factory contract
    Hash32 creationTx;
    std::uint64_t block = 0;       // the block of the creating transaction
    std::size_t codeSize = 0;      // its code now (0: it self-destructed)
    std::size_t creationLogs = 0;  // logs the transaction emitted from its address
    std::string name;              // the contract its code is (ContractBook), empty if unknown
};

// Contracts newest first, walking down from block `fromBlock` (inclusive) as
// makeTransactionPage does: whole blocks until at least `maxContracts` are collected or
// `maxBlocks` blocks were read, so a long history is read a page at a time, never whole.
struct ContractPage {
    std::vector<ContractView> contracts;
    std::uint64_t nextBlock = 0;  // where the next page starts (valid when `more`)
    bool more = false;            // blocks below nextBlock remain
};
ContractPage makeContractPage(const SubnetNode& n, std::uint64_t fromBlock,
                              std::size_t maxContracts, std::size_t maxBlocks,
                              const ContractBook* book = nullptr);

// ---- checkpoints ----

// How many checkpoints the subnet cut so far.
std::size_t checkpointCount(const SubnetNode& n);
// Checkpoints by ordinal, oldest = 0: [first, first + count), fewer at the end.
std::vector<CheckpointSummaryView> makeCheckpointSummaries(const SubnetNode& n, std::uint64_t first,
                                                           std::size_t count);

struct MembershipChangeView {
    EthAddress validator;
    std::uint64_t weightBefore = 0;  // 0: joined
    std::uint64_t weightAfter = 0;   // 0: left
};

// Every stage of a checkpoint with where and when it happened.
struct CheckpointStageView {
    protocol::CheckpointStage stage = protocol::CheckpointStage::Cut;
    std::optional<SubnetId> where;
    std::optional<std::uint64_t> height;
    std::optional<std::uint64_t> timeMs;
};

struct CheckpointDetailView {
    CheckpointView view;       // fields, signatures re-verified
    bool hashMatches = false;  // the ABI hash recomputed from the decoded fields equals `hash`
    std::vector<protocol::Member> membership;             // who could sign, with weights
    std::vector<MembershipChangeView> membershipChanges;  // since the previous checkpoint
    std::vector<CheckpointStageView> stages;  // cut, quorum, submitted, executed in order
    std::optional<Hash32> submissionTx;       // the relayer's transaction in the parent
};

std::optional<CheckpointDetailView> makeCheckpointDetail(const SubnetNode& n, std::uint64_t height);

// ---- cross-net messages ----

struct CrossMessageView {
    Hash32 tracingId;
    protocol::MsgKind kind = protocol::MsgKind::Transfer;
    protocol::IpcAddress from;
    protocol::IpcAddress to;
    U256 value;
    MessageStage stage = MessageStage::Committed;
    std::uint64_t createdMs = 0;
    std::vector<SubnetId> route;  // from the sender's subnet up to the common ancestor, then down
    std::vector<TraceEntry> entries;
    std::optional<protocol::XnetFailure> failure;
    std::optional<Hash32> answers;   // a Result: the message it answers
    std::optional<Hash32> resultId;  // other messages: their Result
    // The payload, decoded. A Call: its method selector and ABI-encoded params, and the method's
    // signature when a contract the devnet carries names that selector ("ping(uint256)"). A
    // Result: the outcome and return data, and for an ActorErr the revert in words. Absent when
    // the payload does not decode as the kind says.
    std::optional<protocol::CallMsg> call;
    std::string callMethod;
    std::optional<protocol::ResultMsg> result;
    std::string resultText;
    // Other messages, once their Result exists: its outcome and return data, and for an ActorErr
    // what went wrong in words (the revert reason, or why the call failed: "out of gas (3000000
    // gas)"). For a SystemErr, `failure` says why.
    std::optional<protocol::ResultMsg> reply;
    std::string replyText;
};

// One message as the views show it, its payload decoded with the ABIs the devnet knows.
CrossMessageView makeCrossMessageView(const Hierarchy& h, const MessageTrace& t);

// The subnets a message crosses from `from` to `to`, both ends included.
std::vector<SubnetId> messageRoute(const SubnetId& from, const SubnetId& to);
// Messages sent from, sent to or passing through `subnet`, oldest first; at most the newest
// `limit` of them.
std::vector<CrossMessageView> makeCrossMessageViews(const Hierarchy& h, const SubnetId& subnet,
                                                    std::size_t limit);

// ---- overview ----

struct SubnetOverviewView {
    SubnetView subnet;
    std::optional<EthAddress> actorAddress;  // the subnet actor in the parent
    std::optional<protocol::SubnetParams> params;
    protocol::GatewayParams gatewayParams;
    std::optional<protocol::ParentFinality> parentFinality;
    std::optional<CheckpointSummaryView> lastCheckpoint;
    std::size_t checkpoints = 0;
    std::size_t children = 0;
};

SubnetOverviewView makeSubnetOverview(const SubnetNode& n);

}  // namespace ipc::devnet
