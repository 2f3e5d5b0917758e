// A cross-net transfer as a person follows it: the route it takes (up to the common ancestor,
// then down), what happens at each hop and how long that should take at the current block
// times, and — once submitted — how far it got, hop by hop, and what it waits for. The GUI's
// transfer wizard and Messages view and the CLI read these; none of it changes the hierarchy.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ipc/core/ipc/types.h"
#include "ipc/devnet/explorer_views.h"
#include "ipc/devnet/topology.h"
#include "ipc/devnet/views.h"

namespace ipc::devnet {

class Hierarchy;

// ---------------------------------------------------------------- the plan

enum class HopDirection : std::uint8_t {
    Up,    // child → parent: the child's bottom-up checkpoint carries it
    Down,  // parent → child: the child's top-down parent finality brings it
};

// The protocol timing a latency estimate needs besides each subnet's block time and period.
struct TransferTiming {
    std::uint64_t chainHeadDelay = 1;    // parent blocks a child waits before finalizing
    std::uint64_t relayerPollMs = 1000;  // how often relayers look for checkpoints
};
TransferTiming transferTiming(const Topology& topology);

struct TransferHop {
    SubnetId from;
    SubnetId to;
    HopDirection direction = HopDirection::Up;
    // Expected wait, counted in blocks of each side: for Up, `fromBlocks` until the checkpoint
    // that carries it reaches quorum and `toBlocks` to execute it; for Down, `fromBlocks` until
    // the child may finalize that parent height and `toBlocks` to execute it there.
    std::uint64_t fromBlocks = 0;
    std::uint64_t toBlocks = 0;
    std::uint64_t expectedMs = 0;        // the blocks at current block times, plus relayer polling
    std::uint64_t checkpointPeriod = 0;  // Up: the child's period
};

struct TransferPlan {
    SubnetId from;
    SubnetId to;
    SubnetId commonAncestor;
    std::vector<SubnetId> route;           // both ends included
    std::vector<TransferHop> hops;         // the transfer, route order
    std::vector<TransferHop> receiptHops;  // its Result receipt, back to the sender
    std::uint64_t expectedMs = 0;          // until executed at the destination
    std::uint64_t receiptMs = 0;           // further, until the receipt is back
    std::uint64_t expectedBlocks = 0;      // every block waited on, all hops
    // Moving up burns the value in each subnet it leaves and pays it out of what the parent
    // locked for that subnet, so an up move can never exceed the circulating supply of any
    // subnet it leaves; the smallest of those (none for a route that only goes down).
    std::optional<U256> supplyLimit;
    std::optional<SubnetId> supplyLimitedBy;
};

// Throws ipc::Error when a subnet is not in the view or both ends are the same subnet.
TransferPlan planTransfer(const HierarchyView& view, const TransferTiming& timing,
                          const SubnetId& from, const SubnetId& to);

// ---------------------------------------------------------------- what happened

// Everything known about one transfer, copied out on the engine thread.
struct TransferRecord {
    SubnetId source;
    std::optional<Hash32> txHash;  // none for a message found without its transaction
    bool included = false;         // the transaction is in a block
    std::uint64_t height = 0;      // that block
    std::uint64_t timeMs = 0;
    bool success = true;       // false: the transaction reverted, no message exists
    std::string revertReason;  // why
    std::optional<CrossMessageView> message;
    std::optional<CrossMessageView> result;    // its Result receipt, once sent
    std::optional<protocol::Outcome> outcome;  // the receipt's outcome
    std::uint64_t nowMs = 0;                   // virtual time of the read
};

// The tracing id the gateway logged for the message a transaction committed (nullopt: not
// included yet, reverted, or no cross-net message in it).
std::optional<Hash32> messageOfTransaction(const Hierarchy& h, const SubnetId& subnet,
                                           const Hash32& txHash);
// Reads a transaction sent on `source` and the message it committed.
TransferRecord readTransfer(const Hierarchy& h, const SubnetId& source, const Hash32& txHash);
// Reads a message by tracing id (nullopt: unknown).
std::optional<TransferRecord> readMessage(const Hierarchy& h, const Hash32& tracingId);
// Every cross-net message of the hierarchy, oldest first, at most the newest `limit`.
std::vector<CrossMessageView> makeAllCrossMessageViews(const Hierarchy& h, std::size_t limit);

// ---------------------------------------------------------------- progress

enum class TransferStep : std::uint8_t {
    Submitted,          // the transaction is waiting for a block
    Included,           // in a block of the source: the gateway committed the message
    InCheckpoint,       // Up: cut into the child's bottom-up checkpoint
    Quorum,             // Up: the checkpoint's signatures reached quorum
    SubmittedToParent,  // Up: a relayer submitted the checkpoint to the parent
    ExecutedInParent,   // Up: the parent executed it
    CommittedTopDown,   // Down: the parent's gateway queued it for the child
    Finality,           // Down: the child committed a parent finality covering it, executed it
    Delivered,          // executed at the destination (or failed there: see `failed`)
    ReceiptReturned,    // the Result receipt reached the sender's subnet
};
const char* toString(TransferStep s);

struct StepProgress {
    TransferStep step = TransferStep::Submitted;
    SubnetId where;
    bool done = false;
    std::optional<std::uint64_t> height;
    std::optional<std::uint64_t> timeMs;
    std::string detail;  // the trace's words: "checkpoint 20", "to …, nonce 3"
};

struct HopProgress {
    TransferHop hop;
    std::vector<StepProgress> steps;
    bool done = false;
    bool active = false;  // the hop the transfer is on now
};

enum class WaitReason : std::uint8_t {
    None,             // complete
    Inclusion,        // the transaction waits for the next block of `subnet`
    Reverted,         // the transaction failed: nothing was sent
    CheckpointEpoch,  // waits in `subnet`'s batch for checkpoint `checkpoint` (`blocks` away)
    Signatures,       // checkpoint `checkpoint` of `subnet` collects validator signatures
    Relayer,          // quorum reached; `subnet`'s relayer submits it at its next poll
    RelayerStopped,   // quorum reached but `subnet`'s relayer is stopped
    ParentExecution,  // submitted; `subnet` (the parent) executes it in its next block
    ParentFinality,   // `subnet` (the child) waits to finalize parent height `parentHeight`
    SubnetHalted,     // `subnet` produces no blocks (too little validator power online)
    Receipt,          // delivered; the receipt travels back (see `receiptAt`)
    Failed,           // rejected at `subnet`; the value comes back with the receipt
};

struct TransferWait {
    WaitReason reason = WaitReason::None;
    SubnetId subnet;
    std::optional<SubnetId> toward;  // the next subnet on the way
    std::uint64_t checkpoint = 0;
    std::uint64_t blocks = 0;
    std::uint64_t parentHeight = 0;
    bool forReceipt = false;  // the reason holds up the receipt, not the transfer
    std::string detail;       // a revert reason or failure kind
};

struct TransferProgress {
    TransferPlan plan;
    std::vector<StepProgress> start;   // Submitted, Included
    std::vector<HopProgress> hops;     // the plan's hops with their steps
    std::vector<StepProgress> finish;  // Delivered, ReceiptReturned
    TransferWait wait;
    // Where the value is now: at `at`, or travelling from `at` to `toward`.
    SubnetId at;
    std::optional<SubnetId> toward;
    bool delivered = false;
    bool failed = false;
    bool complete = false;  // delivered or failed, and the receipt is back
    std::optional<protocol::XnetFailure> failure;
    protocol::MsgKind kind = protocol::MsgKind::Transfer;
    // Once the destination executed it: its Result (Ok with the return data, ActorErr with the
    // revert data, SystemErr) and, for an ActorErr, what went wrong in words.
    std::optional<protocol::ResultMsg> outcome;
    std::string outcomeText;
};

// Lays the record over the plan's hops and says what it waits for, reading each subnet's state
// (halted, relayer, heights) from `view`.
TransferProgress describeTransfer(const TransferPlan& plan, const TransferRecord& record,
                                  const HierarchyView& view);

}  // namespace ipc::devnet
