// What the running hierarchy tells its observers (GUI bridge, RPC, CLI, tests). Events are
// delivered on the engine thread, in order; subscriptions end when their handle is destroyed.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "ipc/core/ipc/gateway.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/subnet_id.h"
#include "ipc/devnet/block_view.h"

namespace ipc::devnet {

// A transaction of a new block worth a line of its own in a log: it failed, or its contracts
// printed with Hardhat's console.log (as Hardhat's node prints both).
struct TxNote {
    Hash32 tx;
    bool success = true;
    std::string revertReason;               // when it failed
    std::vector<std::string> consoleLines;  // what console.log printed, reverted frames included
};

struct BlockProduced {
    SubnetId subnet;
    BlockView block;
    std::uint64_t timeMs = 0;   // the virtual time it was made (evm_increaseTime moves only the
                                // block's timestamp)
    std::vector<TxNote> notes;  // in block order
};

// The gateway's stage list: Cut (a checkpoint was just cut), Signing (a signature landed, no
// quorum yet), Quorum, Submitted, Executed.
using CheckpointStage = protocol::CheckpointStage;
using protocol::toString;

struct CheckpointEvent {
    SubnetId subnet;  // the child that cut it
    std::uint64_t height = 0;
    CheckpointStage stage = CheckpointStage::Cut;
    std::uint64_t signedWeight = 0;
    std::uint64_t totalWeight = 0;
    std::uint64_t timeMs = 0;
};

enum class MessageStage : std::uint8_t {
    Committed,          // accepted by the sending subnet's gateway
    InCheckpoint,       // carried by a bottom-up checkpoint
    Quorum,             // that checkpoint reached quorum
    SubmittedToParent,  // the relayer submitted it
    ExecutedInParent,   // the parent executed the checkpoint
    CommittedTopDown,   // queued top-down for a child (waits for finality)
    Delivered,          // executed at its destination
    Failed,             // rejected; a Result goes back
    ReceiptReturned,    // the Result came back to the sender's subnet
};
const char* toString(MessageStage s);

struct MessageEvent {
    Hash32 tracingId;
    MessageStage stage = MessageStage::Committed;
    SubnetId subnet;
    std::uint64_t height = 0;
    std::uint64_t timeMs = 0;
    protocol::MsgKind kind =
        protocol::MsgKind::Transfer;  // of the message (a receipt: of the one answered)
};

enum class SubnetChange : std::uint8_t { Created, Bootstrapped, Halted, Resumed, Killed };
const char* toString(SubnetChange c);

struct SubnetEvent {
    SubnetId subnet;
    SubnetChange change = SubnetChange::Created;
    std::uint64_t timeMs = 0;
};

struct ValidatorEvent {
    SubnetId subnet;
    EthAddress validator;
    bool online = true;
};

struct FinalityEvent {
    SubnetId subnet;  // the child that committed it
    std::uint64_t parentHeight = 0;
    std::uint64_t height = 0;
    Hash32 parentBlockHash;
};

// The hierarchy was replaced as a whole (a snapshot was reverted to): heights may go down and
// subnets disappear, so observers re-read everything instead of applying deltas.
struct HierarchyReset {
    std::uint64_t timeMs = 0;  // the virtual time it returned to
    std::string snapshot;      // the snapshot's id
};

// A cheat method (anvil_setBalance, hardhat_setCode, …) changed a subnet outside any block.
struct CheatEvent {
    SubnetId subnet;
    std::string change;  // e.g. "balance of 0x… set to 5 FIL"
    std::uint64_t timeMs = 0;
};

// A call that changed nothing (eth_call) printed with Hardhat's console.log, as Hardhat's node
// prints such calls too. Lines of transactions come with their block (TxNote).
struct ConsoleEvent {
    SubnetId subnet;
    std::string call;              // what ran: "eth_call"
    std::optional<EthAddress> to;  // the contract called; none for a creation
    std::uint64_t height = 0;      // the block whose state it ran on
    std::vector<std::string> lines;
    std::uint64_t timeMs = 0;
};

using Event = std::variant<BlockProduced, CheckpointEvent, MessageEvent, SubnetEvent,
                           ValidatorEvent, FinalityEvent, HierarchyReset, CheatEvent, ConsoleEvent>;

// Fan-out of events to subscribers. subscribe() returns an RAII handle.
class EventBus {
public:
    using Handler = std::function<void(const Event&)>;

    class Subscription {
    public:
        Subscription() = default;
        Subscription(Subscription&&) noexcept = default;
        Subscription& operator=(Subscription&&) noexcept = default;
        ~Subscription() { reset(); }
        void reset();

    private:
        friend class EventBus;
        struct State;
        Subscription(std::weak_ptr<State> bus, std::uint64_t id) : bus_(std::move(bus)), id_(id) {}
        std::weak_ptr<State> bus_;
        std::uint64_t id_ = 0;
    };

    EventBus();
    Subscription subscribe(Handler h);
    void publish(const Event& e) const;
    bool hasSubscribers() const;

private:
    std::shared_ptr<Subscription::State> state_;
};

}  // namespace ipc::devnet
