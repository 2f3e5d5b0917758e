// The gateway actor of one subnet (IPC_PROTOCOL.md §3-§6): registered children with their
// collateral and circulating supply, top-down message queues, the bottom-up batch, checkpoint
// cutting and quorum, routing of cross-net messages up to the common ancestor and then down,
// burn on the way up, mint on the way down, and a Result receipt for every executed message.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ipc/core/chain/account_state.h"
#include "ipc/core/chain/block.h"
#include "ipc/core/chain/state_io.h"
#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/ipc/types.h"

namespace ipc::protocol {

// weight >= total * pct / 100 with integer division: IPC's weighted-majority rule (checkpoint
// quorum and the parent's multisignature check), computed without overflow.
bool reachesMajority(std::uint64_t weight, std::uint64_t total, unsigned pct);
// The smallest weight that reaches the majority: floor(total * pct / 100), as IPC computes it.
std::uint64_t majorityThreshold(std::uint64_t total, unsigned pct);

// IPC's well-known addresses, the same in every subnet.
EthAddress gatewayAddress();
EthAddress registryAddress();

struct ChildSubnet {
    SubnetId id;
    U256 stake;
    std::uint64_t genesisEpoch = 0;
    U256 circSupply;
    std::uint64_t topDownNonce = 0;
    std::uint64_t appliedBottomUpNonce = 0;
    bool killed = false;
};

// IPC's Subnet struct (what getSubnet and listSubnets return) for a registered child.
abi::Value toAbi(const ChildSubnet& c);

// A message committed top-down to a child at a parent height (what the child fetches).
struct TopDownEntry {
    std::uint64_t parentHeight = 0;
    Envelope msg;
};

// A validator power change travelling top-down from the parent's subnet actor.
struct PowerChange {
    std::uint64_t configurationNumber = 0;
    EthAddress validator;
    FixedBytes<65> publicKey;
    U256 newCollateral;  // 0 = leaves
};

struct Member {
    EthAddress addr;
    FixedBytes<65> publicKey;
    U256 collateral;
    std::uint64_t weight = 0;  // power (milli-units)
};

struct CheckpointSignature {
    EthAddress signer;
    crypto::Signature signature;
    std::uint64_t weight = 0;
    std::uint64_t height = 0;  // child height where the signature landed
};

// Where a bottom-up checkpoint is, the one stage list of the engine, its events and views. A
// record is Signing from its cut until quorum; Cut names only the event of a checkpoint just cut
// (devnet::CheckpointEvent), never a record's stage. Signing..Executed are stored as 0..3.
enum class CheckpointStage : std::uint8_t { Signing, Quorum, Submitted, Executed, Cut };
// "signing", "quorum", "submitted", "executed", "cut".
const char* toString(CheckpointStage s);

struct CheckpointRecord {
    BottomUpCheckpoint checkpoint;
    Hash32 hash;
    std::vector<Member> membership;  // who may sign and with which weight
    std::uint64_t totalWeight = 0;
    std::uint64_t threshold = 0;  // total * pct / 100 (integer division, as IPC)
    std::vector<CheckpointSignature> signatures;
    std::uint64_t signedWeight = 0;
    CheckpointStage stage = CheckpointStage::Signing;
    std::uint64_t cutTimeMs = 0;
    std::optional<std::uint64_t> quorumHeight;
    std::optional<std::uint64_t> submittedParentHeight;
    std::optional<std::uint64_t> executedParentHeight;
};

// What the gateway did with a message, for tracing (drained by the devnet after each block).
struct MessageEvent {
    enum class Kind : std::uint8_t {
        CommittedTopDown,   // queued for a child at this subnet (new local nonce)
        CommittedBottomUp,  // queued in this subnet's bottom-up batch
        Delivered,          // executed at its destination subnet
        Failed,             // rejected here; a Result with the value goes back
    };
    Kind kind;
    Hash32 tracingId;
    Envelope msg;
    std::uint64_t height = 0;
    std::optional<SubnetId> nextHop;
    std::optional<XnetFailure> failure;
    std::uint64_t checkpointEpoch = 0;  // CommittedBottomUp: the batch epoch
    std::string
        callError;  // Delivered: why the target's handleIpcMessage failed (SystemCallResult)
};

// Where a gateway reads what it no longer keeps in memory. IPC's gateway keeps every parent
// finality and checkpoint in contract storage for ever; the devnet keeps the old ones (parent
// finalities and checkpoints executed in the parent, once they are durable) in its workspace
// store instead of in memory (Gateway::forgetDurableHistory). Heights are the gateway's keys:
// parent heights for finalities, this subnet's heights for checkpoints.
class GatewayHistory {
public:
    virtual ~GatewayHistory() = default;
    virtual std::optional<ParentFinality> parentFinality(std::uint64_t parentHeight) const = 0;
    virtual std::optional<CheckpointRecord> checkpoint(std::uint64_t height) const = 0;
    // Oldest first: up to `count` checkpoints with fromHeight <= height < belowHeight.
    virtual std::vector<CheckpointRecord> checkpointsFrom(std::uint64_t fromHeight,
                                                          std::uint64_t belowHeight,
                                                          std::size_t count) const = 0;
    // Oldest first: up to `count` of the checkpoints below `belowHeight` left after skipping
    // the `skipNewest` newest of them.
    virtual std::vector<CheckpointRecord> checkpointsBefore(std::uint64_t belowHeight,
                                                            std::uint64_t skipNewest,
                                                            std::size_t count) const = 0;
};

// Delivering a cross-net Call (or a Result to a contract) runs the target's handleIpcMessage
// with at most this much gas, and return data above kMaxXnetReturn bytes fails the call: a
// target that burns its gas or returns megabytes costs a bounded amount and never stalls a block.
inline constexpr std::uint64_t kXnetCallGas = 3'000'000;
inline constexpr std::size_t kMaxXnetReturn = 16 * 1024;

struct GatewayParams {
    std::uint64_t bottomUpCheckPeriod = 10;
    std::uint8_t majorityPercentage = 67;
    std::size_t maxMsgsPerBatch = 10;
};

class Gateway {
public:
    Gateway(SubnetId self, GatewayParams params);

    const SubnetId& subnetId() const { return self_; }
    const GatewayParams& params() const { return params_; }

    // ---- parent side: children ----
    // Registers a bootstrapped child, locking its collateral and genesis supply (already moved
    // to the gateway's account by the caller).
    void registerChild(const SubnetId& child, const U256& stake, const U256& genesisCirc,
                       std::uint64_t height);
    void addStake(const SubnetId& child, const U256& amount);
    // Releases collateral to the caller's account (checked against the recorded stake).
    void releaseStake(chain::AccountState& state, const SubnetId& child, const U256& amount,
                      const EthAddress& to);
    void killChild(const SubnetId& child);
    const ChildSubnet* child(const SubnetId& id) const;
    const std::map<SubnetId, ChildSubnet>& children() const { return children_; }
    // Top-down messages for `child` with parentHeight in (from, to].
    std::vector<Envelope> topDownMessages(const SubnetId& child, std::uint64_t fromExclusive,
                                          std::uint64_t toInclusive) const;
    const std::vector<TopDownEntry>& topDownQueue(const SubnetId& child) const;

    // ---- user calls (value already moved from the sender to the gateway account) ----
    // fund(subnet, to): a Transfer down to a direct child.
    Envelope fund(chain::AccountState& state, std::uint64_t height, const EthAddress& sender,
                  const U256& value, const SubnetId& child, const EthAddress& to,
                  std::vector<chain::Log>& logs);
    // release(to): a Transfer up to the parent.
    Envelope release(chain::AccountState& state, std::uint64_t height, const EthAddress& sender,
                     const U256& value, const EthAddress& to, std::vector<chain::Log>& logs);
    // sendContractXnetMessage(envelope) as IPC's GatewayMessengerFacet has it: only contracts
    // send (senderIsContract), only kind Call, whose message must decode as CallMsg; stamped
    // with this subnet and the sender, then routed like sendCrossMessage.
    Envelope sendContractXnetMessage(chain::AccountState& state, std::uint64_t height,
                                     const EthAddress& sender, bool senderIsContract,
                                     const U256& value, const Envelope& envelope,
                                     std::vector<chain::Log>& logs);
    // A message to any subnet: routed up to the common ancestor, then down.
    Envelope sendCrossMessage(chain::AccountState& state, std::uint64_t height,
                              const EthAddress& sender, const U256& value, const IpcAddress& to,
                              std::vector<chain::Log>& logs, MsgKind kind = MsgKind::Transfer,
                              Bytes payload = {});

    // ---- child side: top-down ----
    // Executes a committed parent finality: records it, applies power changes, mints the total
    // of `msgs` to the gateway and applies them in nonce order.
    void applyTopDown(chain::AccountState& state, std::uint64_t height,
                      const ParentFinality& finality, const std::vector<Envelope>& msgs,
                      const std::vector<PowerChange>& changes, std::vector<chain::Log>& logs);
    const std::optional<ParentFinality>& latestParentFinality() const { return finality_; }
    // The finality committed for `parentHeight` (getParentFinality), from memory or history.
    std::optional<ParentFinality> parentFinality(std::uint64_t parentHeight) const;
    // The finalities in memory: all of them, or the newest once older ones are in the history.
    const std::map<std::uint64_t, ParentFinality>& recentFinalities() const { return finalities_; }
    std::uint64_t appliedTopDownNonce() const { return appliedTopDownNonce_; }
    std::uint64_t lastAppliedPowerChange() const { return lastAppliedChange_; }

    // ---- child side: bottom-up ----
    std::uint64_t bottomUpNonce() const { return bottomUpNonce_; }
    // Cuts a checkpoint at the end of block `height` when it is a multiple of the period or the
    // batch is full; applies pending membership changes first. Returns its height.
    std::optional<std::uint64_t> maybeCutCheckpoint(std::uint64_t height, const Hash32& blockHash,
                                                    std::uint64_t timeMs,
                                                    std::uint64_t activeValidators,
                                                    std::uint64_t blocksCommitted,
                                                    std::vector<chain::Log>& logs);
    // A validator's signature over a cut checkpoint. Throws ipc::Error (unknown checkpoint,
    // not a member, bad or duplicate signature). Returns true when this signature reached quorum.
    bool addCheckpointSignature(std::uint64_t checkpointHeight, const EthAddress& signer,
                                const crypto::Signature& sig, std::uint64_t height,
                                std::vector<chain::Log>& logs);
    // The checkpoints in memory: every one not yet executed in the parent and, once older ones
    // are in the history, the newest executed ones. The latest cut is always among them.
    const std::map<std::uint64_t, CheckpointRecord>& recentCheckpoints() const {
        return checkpoints_;
    }
    // A checkpoint in memory (null when there is none or it is only in the history).
    CheckpointRecord* recentCheckpoint(std::uint64_t height);
    const CheckpointRecord* recentCheckpoint(std::uint64_t height) const;
    // Any checkpoint this subnet cut (bottomUpCheckpoint), from memory or history.
    std::optional<CheckpointRecord> findCheckpoint(std::uint64_t height) const;
    // The nearest checkpoint below `height`, from memory or history.
    std::optional<CheckpointRecord> checkpointBefore(std::uint64_t height) const;
    // Every checkpoint cut so far, counted across memory and history.
    std::uint64_t checkpointCount() const { return forgottenCheckpoints_ + checkpoints_.size(); }
    // Checkpoints by position in height order (0 = the first cut), up to `count`.
    std::vector<CheckpointRecord> checkpointsAt(std::uint64_t first, std::size_t count) const;
    // Oldest first: up to `count` checkpoints at or above `fromHeight`.
    std::vector<CheckpointRecord> checkpointsFrom(std::uint64_t fromHeight,
                                                  std::size_t count) const;
    const std::vector<Member>& membership() const { return membership_; }
    std::uint64_t membershipConfigurationNumber() const { return configurationNumber_; }
    void setMembership(std::vector<Member> members, std::uint64_t configurationNumber);
    // Messages waiting for the next checkpoint (epoch -> messages).
    const std::map<std::uint64_t, std::vector<Envelope>>& pendingBatches() const {
        return batches_;
    }

    // ---- parent side: bottom-up execution (after the subnet actor verified the checkpoint) ----
    void execBottomUp(chain::AccountState& state, std::uint64_t height, const SubnetId& child,
                      const std::vector<Envelope>& msgs, std::vector<chain::Log>& logs);

    std::vector<MessageEvent> takeMessageEvents();

    // ---- contract calls ----
    // Calls and Results that reached a contract in this subnet wait here until
    // executeCalls() runs them; whoever applies messages (applyTopDown, execBottomUp) runs
    // them before its own call returns, so they never outlive it (and are not saved).
    bool hasPendingCalls() const { return !pendingCalls_.empty(); }
    // Runs each waiting message's handleIpcMessage(envelope) on its target with the message's
    // value and kXnetCallGas. A Call answers with a Result: Ok with the return data, or ActorErr
    // with the revert data and the value refunded (the target's changes undone). A Result is
    // never answered; if its target reverts, the value it returned stays in the gateway as in
    // IPC (forcedBalance()).
    void executeCalls(chain::AccountState& state, std::uint64_t height,
                      chain::ContractRunner& runner, std::vector<chain::Log>& logs);

    // ---- history kept outside memory ----
    // Not part of the state: whoever restores a gateway gives it its history again.
    void setHistory(std::shared_ptr<const GatewayHistory> history) {
        history_ = std::move(history);
    }
    const std::shared_ptr<const GatewayHistory>& history() const { return history_; }
    // Drops from memory the parent finalities beyond the newest `keepFinalities` and the
    // checkpoints executed in the parent beyond the newest `keepCheckpoints` records; reads of
    // them go to the history from then on. The caller guarantees the history holds each of them
    // exactly as it is now. Throws ipc::Error for a gateway without a history; keeps at least
    // one of each.
    void forgetDurableHistory(std::size_t keepCheckpoints, std::size_t keepFinalities);

    // Value the gateway must hold: sum over live children of stake + circSupply.
    U256 lockedValue() const;
    // Balance in the gateway's account that none of its functions can spend, so it stays for
    // good (the gateway's balance is lockedValue() + forcedBalance()): what a SELFDESTRUCT
    // naming the gateway forced in (IPC's Solidity gateway has no receive or fallback function,
    // so that is the only way value reaches it outside its functions), and the value of a Result
    // whose handler reverted (IPC's gateway keeps it the same way).
    const U256& forcedBalance() const { return forcedBalance_; }
    void acceptForcedBalance(const U256& amount) { forcedBalance_ += amount; }

    // State codec (core/src/ipc/state_codec.cpp): every field, so a restored gateway behaves
    // exactly as the saved one. decodeState throws ParseError naming the field.
    void encodeState(chain::StateWriter& w) const;
    static Gateway decodeState(chain::StateReader& r);

private:
    // Puts a message on its way from this subnet: down to the next child (lock, circSupply
    // grows) or up into the bottom-up batch (burn). `height` is the current block.
    // A fresh message (first hop, from a user call) throws Revert instead of failing softly.
    Envelope route(chain::AccountState& state, std::uint64_t height, Envelope msg, bool fresh,
                   std::vector<chain::Log>& logs);
    // Executes a message addressed to this subnet and answers it with a Result.
    void deliver(chain::AccountState& state, std::uint64_t height, const Envelope& msg,
                 std::vector<chain::Log>& logs);
    void fail(chain::AccountState& state, std::uint64_t height, const Envelope& msg,
              XnetFailure why, std::vector<chain::Log>& logs, bool refund = true);
    void answer(chain::AccountState& state, std::uint64_t height, const Envelope& msg,
                Outcome outcome, std::optional<XnetFailure> why, const U256& refund,
                std::vector<chain::Log>& logs, Bytes ret = {});
    void executeCall(chain::AccountState& state, std::uint64_t height,
                     chain::ContractRunner& runner, const Envelope& msg,
                     std::vector<chain::Log>& logs);
    std::uint64_t batchEpoch(std::uint64_t height) const;

    SubnetId self_;
    GatewayParams params_;
    std::map<SubnetId, ChildSubnet> children_;
    std::map<SubnetId, std::vector<TopDownEntry>> topDown_;
    std::uint64_t bottomUpNonce_ = 0;
    std::uint64_t appliedTopDownNonce_ = 0;
    std::optional<ParentFinality> finality_;
    std::map<std::uint64_t, ParentFinality> finalities_;
    std::map<std::uint64_t, std::vector<Envelope>> batches_;
    std::map<std::uint64_t, CheckpointRecord> checkpoints_;
    // Checkpoints moved to the history (all of them below checkpoints_.begin()).
    std::uint64_t forgottenCheckpoints_ = 0;
    std::shared_ptr<const GatewayHistory> history_;
    std::vector<Member> membership_;
    std::uint64_t configurationNumber_ = 0;
    std::vector<PowerChange> pendingChanges_;
    std::uint64_t lastAppliedChange_ = 0;
    std::uint64_t lastCutHeight_ = 0;
    std::vector<MessageEvent> events_;
    U256 forcedBalance_;
    std::vector<Envelope> pendingCalls_;
};

}  // namespace ipc::protocol
