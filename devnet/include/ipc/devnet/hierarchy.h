// The running IPC hierarchy: one SubnetNode per chain (the root and every subnet), block
// production in virtual time, top-down finality following the parent, checkpoint signing by
// each subnet's validators, relayers submitting checkpoints to parents, message tracing and the
// invariant checker. Single-threaded and deterministic: the Devnet facade runs it on its
// engine thread; tests drive it directly.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/ipc/contracts.h"
#include "ipc/devnet/contract_book.h"
#include "ipc/devnet/engine_values.h"
#include "ipc/devnet/events.h"
#include "ipc/devnet/scheduler.h"
#include "ipc/devnet/topology.h"

namespace ipc::devnet {

// A checkpoint signature made at the end of a block, applied at the start of the next one
// (as a validator's checkpoint-signature transaction would be).
struct PendingSignature {
    std::uint64_t checkpointHeight;
    EthAddress validator;
    crypto::Signature signature;
};

struct SubnetNode {
    SubnetId id;
    std::string name;
    SubnetNode* parent = nullptr;
    std::vector<SubnetNode*> children;
    std::unique_ptr<protocol::IpcContracts> contracts;
    std::unique_ptr<chain::SubnetChain> chain;
    std::uint64_t blockTimeMs = 1000;
    SubnetStatus status = SubnetStatus::Running;
    bool relayerOn = true;
    std::uint64_t finalizedParentHeight = 0;
    std::uint64_t blocksSinceCut = 0;
    std::vector<PendingSignature> pendingSignatures;
    std::optional<crypto::PrivateKey> relayerKey;
    EthAddress relayerAddress;
    std::map<std::uint64_t, Hash32> relayerSubmissions;  // checkpoint height -> parent tx hash
    std::optional<Scheduler::TaskId> nextBlock;
    std::optional<Scheduler::TaskId> relayerTask;  // the relayer's next poll
    std::uint64_t checkpointsExecuted = 0;
    // A membership change applied at a checkpoint cut reaches block production one block later,
    // so the outgoing validators still produce the block that carries their signatures (as
    // CometBFT delays validator updates).
    bool validatorSyncDue = false;
    // What cheat methods (anvil_setBalance on a subnet) created and destroyed: the supply
    // invariant counts them, as no IPC message brought them.
    U256 cheatMinted;
    U256 cheatBurnt;
    // evm_increaseTime / evm_setNextBlockTimestamp: block timestamps run this far ahead of the
    // hierarchy's clock, and the next block gets exactly this timestamp.
    std::int64_t timeOffsetMs = 0;
    std::optional<std::uint64_t> nextTimestampMs;
    // anvil_impersonateAccount / anvil_autoImpersonateAccount: accounts that may send without
    // their key (eth_sendTransaction). Kept in memory only, as anvil and Hardhat keep them.
    std::set<EthAddress> impersonated;
    bool impersonateAll = false;

    protocol::Gateway& gateway() { return contracts->gateway(); }
    const protocol::Gateway& gateway() const { return contracts->gateway(); }
    // The subnet actor of this subnet in its parent (none for the root).
    const protocol::SubnetActor* actor() const;
    std::uint64_t chainId() const { return chain->params().chainId; }
    // The nonce `account`'s next transaction takes: its mined nonce plus what waits in the pool.
    std::uint64_t pendingNonce(const EthAddress& account) const {
        return chain->mempool().pendingNonce(account, chain->state().nonce(account));
    }
    // The devnet's own fee rule for what it sends (wallet, templates, eth_sendTransaction): a
    // tip of 1 atto per gas, and room for the base fee to double.
    static U256 tip() { return U256(1); }
    U256 maxFeePerGas() const { return chain->nextBaseFee() * U256(2) + tip(); }
};

struct MessageTrace {
    Hash32 id;
    protocol::Envelope envelope;  // as first committed
    MessageStage stage = MessageStage::Committed;
    std::vector<TraceEntry> entries;
    std::optional<protocol::XnetFailure> failure;
    std::optional<Hash32> answers;   // for a Result: the message it answers
    std::optional<Hash32> resultId;  // for other messages: their Result
    std::uint64_t createdMs = 0;
    std::uint64_t results = 0;  // Results produced for this message (must end at 1)
};

struct NamedAccount {
    std::string label;
    crypto::PrivateKey key;
    EthAddress address;
};

// Where a restored chain finds its blocks (the state blob holds none): an archive per chain.
using HistoryLookup = std::function<std::shared_ptr<chain::BlockArchive>(const SubnetId&)>;

class Hierarchy {
public:
    explicit Hierarchy(const Topology& topology);
    ~Hierarchy();
    Hierarchy(const Hierarchy&) = delete;
    Hierarchy& operator=(const Hierarchy&) = delete;

    const Topology& topology() const { return topology_; }
    Scheduler& scheduler() { return scheduler_; }
    std::uint64_t now() const { return scheduler_.now(); }
    EventBus& events() { return events_; }
    // The ABIs views name contracts, calls, events and errors with (not part of the saved
    // state: a workspace keeps the linked directory and links it again when opened).
    const ContractBook& contractBook() const { return *contractBook_; }
    std::shared_ptr<const ContractBook> sharedContractBook() const { return contractBook_; }
    void setContractBook(std::shared_ptr<const ContractBook> book) {
        contractBook_ = std::move(book);
    }

    // ---- running (virtual time) ----
    void runUntil(std::uint64_t timeMs) { scheduler_.runUntil(timeMs); }
    // Runs until the root reaches `height` (or nothing is left to run). False on time-out.
    bool runUntilRootHeight(std::uint64_t height, std::uint64_t maxTimeMs = UINT64_MAX);
    // Runs until `done()` holds, checking after each task; false if `maxTimeMs` passes first.
    bool runUntilCondition(const std::function<bool()>& done, std::uint64_t maxTimeMs);
    // Produces `count` blocks on `subnet` right now (devnet_mine).
    void mine(const SubnetId& subnet, std::uint64_t count);
    void setBlockTime(const SubnetId& subnet, std::uint64_t ms);

    // ---- subnets ----
    const SubnetNode& root() const { return *nodes_.front(); }
    const std::vector<std::unique_ptr<SubnetNode>>& nodes() const { return nodes_; }
    SubnetNode* node(const SubnetId& id);
    const SubnetNode* node(const SubnetId& id) const;
    const SubnetNode* nodeByName(const std::string& name) const;
    // Resolves a subnet id text or a node name; throws ipc::Error naming the input.
    const SubnetNode& resolve(const std::string& idOrName) const;

    // ---- accounts and keys ----
    const std::vector<NamedAccount>& accounts() const { return accounts_; }
    void addKey(const crypto::PrivateKey& key, std::string label = {});
    std::optional<crypto::PrivateKey> keyFor(const EthAddress& a) const;

    // ---- transactions (the same path as eth_sendRawTransaction) ----
    // Decodes, recovers the sender, checks and queues; throws ParseError / chain::TxRejected.
    Hash32 submitRaw(const SubnetId& subnet, ByteView raw);
    Hash32 submit(const SubnetId& subnet, const chain::SignedTransaction& tx);
    // For callers that decoded and recovered the sender on their own thread (JSON-RPC): the
    // engine thread only checks and queues.
    Hash32 submit(const SubnetId& subnet, chain::TxPtr recovered);
    // Builds an EIP-1559 transaction from a known key (fees from the current base fee, nonce
    // after pending ones, gas estimated), signs and submits it.
    Hash32 send(const SubnetId& subnet, const EthAddress& from, const EthAddress& to,
                const U256& value, const Bytes& data = {});
    // IPC calls as transactions from a known key.
    Hash32 fund(const SubnetId& child, const EthAddress& from, const EthAddress& to,
                const U256& amount);
    Hash32 release(const SubnetId& subnet, const EthAddress& from, const EthAddress& to,
                   const U256& amount);
    Hash32 crossTransfer(const SubnetId& from, const EthAddress& sender,
                         const protocol::IpcAddress& to, const U256& amount);
    // The same from a key given with each call and never kept: the wallet's keys, which must
    // not reach the saved state (saveState writes the keys it holds in plain form).
    Hash32 sendWith(const SubnetId& subnet, const crypto::PrivateKey& key, const EthAddress& to,
                    const U256& value, const Bytes& data = {});
    Hash32 fundWith(const SubnetId& child, const crypto::PrivateKey& key, const EthAddress& to,
                    const U256& amount);
    Hash32 releaseWith(const SubnetId& subnet, const crypto::PrivateKey& key, const EthAddress& to,
                       const U256& amount);
    Hash32 crossTransferWith(const SubnetId& from, const crypto::PrivateKey& key,
                             const protocol::IpcAddress& to, const U256& amount);
    // Creates a subnet through the registry and joins it with new validators (transactions in
    // the parent); returns the id the registry will give it.
    SubnetId createSubnet(const NewSubnet& spec);

    // Sets an account's balance on the root (anvil_setBalance for the hierarchy). Only the root:
    // a subnet's supply must match its circulating supply in the parent. The change is added to
    // the root supply the invariant checker expects. Throws ipc::Error for other subnets and for
    // the gateway, registry or subnet actor accounts, whose balances IPC accounts for.
    void setRootBalance(const EthAddress& account, const U256& balance);

    // ---- cheat methods (devnet/src/engine/hierarchy_cheats.cpp) ----
    // anvil_ / hardhat_ on any subnet. Each throws ipc::Error and changes nothing for an unknown
    // subnet or a built-in IPC contract (gateway, registry, subnet actors), whose accounts IPC
    // itself keeps. On the root the change is added to the root supply; on a subnet it is
    // recorded as minted (or burnt) so the supply invariant keeps holding.
    void cheatSetBalance(const SubnetId& subnet, const EthAddress& account, const U256& balance);
    void cheatSetNonce(const SubnetId& subnet, const EthAddress& account, std::uint64_t nonce);
    // Empty code removes it.
    void cheatSetCode(const SubnetId& subnet, const EthAddress& account, const Bytes& code);
    void cheatSetStorage(const SubnetId& subnet, const EthAddress& account, const evm::Word& slot,
                         const evm::Word& value);
    // The next block's timestamp (ms); later blocks keep the offset. Must be later than the
    // head's.
    void cheatSetNextTimestamp(const SubnetId& subnet, std::uint64_t timestampMs);
    // Moves block timestamps `ms` ahead; returns the whole offset now (ms).
    std::int64_t cheatIncreaseTime(const SubnetId& subnet, std::uint64_t ms);
    // Lets `account` send without its key (or stops it). Built-in IPC contracts are refused: a
    // transaction sent as the gateway or a subnet actor would forge what IPC decides.
    void cheatImpersonate(const SubnetId& subnet, const EthAddress& account, bool on);
    // Lets every account but the built-in IPC contracts send without its key (or stops it).
    void cheatImpersonateAll(const SubnetId& subnet, bool on);
    bool impersonates(const SubnetId& subnet, const EthAddress& account) const;
    // Throws ipc::Error, saying how to send instead, when `account` is not impersonated.
    void requireImpersonated(const SubnetId& subnet, const EthAddress& account) const;
    // Submits `tx` as sent by the impersonated `from` (chain::impersonated); the nonce, chain id
    // and gas limit are the caller's. Throws ipc::Error when `from` is not impersonated and
    // chain::TxRejected when the mempool refuses the transaction (nonce, funds, fees).
    Hash32 sendImpersonated(const SubnetId& subnet, const EthAddress& from,
                            const chain::Transaction& tx);

    // ---- fault injection ----
    void setValidatorOnline(const SubnetId& subnet, const EthAddress& validator, bool online);
    void setRelayer(const SubnetId& subnet, bool on);

    // ---- tracing and checks ----
    const std::map<Hash32, MessageTrace>& messages() const { return traces_; }
    const MessageTrace* trace(const Hash32& tracingId) const;
    // IPC_PROTOCOL.md §8; empty when every invariant holds, else one line per violation.
    std::vector<std::string> checkInvariants() const;
    const U256& rootSupply() const { return rootSupply_; }

    // ---- state (devnet/src/engine/hierarchy_state.cpp) ----
    // Everything that decides what happens next, as a versioned binary blob: topology, clock
    // and pending tasks, every subnet's contracts, accounts, validators and mempool, relayers,
    // traces, keys. Not the blocks: they are immutable and kept apart (see HistoryLookup).
    // Throws ipc::Error while a task the hierarchy did not schedule itself is pending.
    Bytes saveState() const;
    // A hierarchy that continues exactly as the saved one would. Each chain's head must be in
    // the archive `history` returns for it; older blocks are read from there when asked for.
    // Bad input (wrong magic, newer version, damage, a head missing from the history) throws
    // ipc::Error with the reason.
    static std::unique_ptr<Hierarchy> restore(ByteView state, const HistoryLookup& history);
    // 2: FvmAddress payloads are abi.encode(DelegatedAddress) with its 0x20 head, as IPC's
    // FvmAddressHelper builds them. Version 1 states carry tracing ids, result messages,
    // checkpoint hashes and signatures made with the head-less payload and are refused.
    // 3: accounts with code or storage carry two more fields (code, storage slots). A version 2
    // state has no such accounts and reads unchanged (migrated on the next save); a program
    // that reads only version 2 refuses version 3 states by the version check.
    // 4: each subnet ends with what cheat methods minted and burnt, its timestamp offset and the
    // next block's timestamp (0: none). A version 3 state has none of them and reads unchanged.
    // 5: the topology ends with its `contracts:` (what the banner and template tools list). A
    // version 4 state reads as a topology without contracts.
    static constexpr std::uint32_t kStateVersion = 5;

    // ---- snapshots ----
    // Saves the current state under a new id (and `name`, which must be unused if given).
    std::string snapshot(const std::string& name = {});
    // Returns every subnet, mempool, relayer, message and the clock to the snapshot: chains are
    // truncated above their snapshot heights, subnets created later disappear, snapshots taken
    // later are deleted (their history is gone), and HierarchyReset is published. With
    // `keep` false the snapshot itself is deleted too (evm_revert). Throws ipc::Error for an
    // unknown id or name, changing nothing.
    void revert(const std::string& idOrName, bool keep = true);
    std::vector<SnapshotInfo> listSnapshots() const;
    void deleteSnapshot(const std::string& idOrName);

    // A snapshot with its state, as a workspace keeps it across restarts.
    struct SavedSnapshot {
        SnapshotInfo info;
        Bytes state;
    };
    // Grows whenever a snapshot is taken, deleted or dropped by a revert.
    std::uint64_t snapshotsRevision() const { return snapshotsRevision_; }
    const std::vector<SavedSnapshot>& savedSnapshots() const { return snapshots_; }
    // The id the next snapshot gets ("0x<n>").
    std::uint64_t nextSnapshotNumber() const { return nextSnapshot_; }
    // Snapshot ids are "0x" and a hex number from 1 on (as anvil's evm_snapshot).
    static std::string snapshotId(std::uint64_t number);
    // The number in a snapshot id; nullopt for anything else.
    static std::optional<std::uint64_t> snapshotNumber(const std::string& id);
    // Gives a restored hierarchy the snapshots its workspace kept. Throws ipc::Error (changing
    // nothing) for an id that is not "0x<hex>", a duplicate id or name, or a state blob that
    // is not one this build reads.
    void loadSnapshots(std::vector<SavedSnapshot> snapshots, std::uint64_t nextNumber);

private:
    Hierarchy() = default;
    struct History {
        std::vector<chain::BlockPtr> recent;  // newest blocks to keep in memory
        std::shared_ptr<chain::BlockArchive> archive;
        std::size_t keepRecent = 1;
        std::shared_ptr<const protocol::GatewayHistory> gatewayHistory;
    };
    using HistorySource = std::function<History(const SubnetId&, std::uint64_t headHeight)>;
    // Decodes everything first and only then replaces this hierarchy's state, so a bad blob
    // leaves it untouched. Subscribers of events() stay subscribed.
    void loadState(ByteView state, const HistorySource& history);
    Scheduler::Task blockTask(SubnetNode& n);
    Scheduler::Task relayerTask(SubnetNode& n);
    using Snapshot = SavedSnapshot;
    std::vector<Snapshot>::iterator findSnapshot(const std::string& idOrName);

    SubnetNode& addNode(const SubnetId& id, const std::string& name, SubnetNode* parent,
                        const chain::ChainParams& params, chain::ValidatorSet validators,
                        const protocol::GatewayParams& gp, std::uint64_t blockTimeMs);
    void materialize();
    void startChild(SubnetNode& parent, const SubnetId& child);
    void scheduleBlock(SubnetNode& n, std::uint64_t delayMs);
    void produceBlock(SubnetNode& n);
    void applyTopDown(SubnetNode& n, chain::AccountState& state, std::uint64_t height,
                      std::vector<chain::Log>& logs);
    void applySignatures(SubnetNode& n, std::uint64_t height, std::vector<chain::Log>& logs);
    void afterBlock(SubnetNode& n, const chain::Block& block);
    void scheduleRelayer(SubnetNode& n);
    void relay(SubnetNode& n);
    void recordMessages(SubnetNode& n);
    void traceCheckpoint(const SubnetNode& n, const protocol::CheckpointRecord& rec,
                         MessageStage stage, std::uint64_t height, const SubnetId& where);
    void addTrace(const Hash32& id, const protocol::Envelope* env, MessageStage stage,
                  const SubnetId& where, std::uint64_t height, std::string detail);
    void publishCheckpoint(const SubnetNode& n, const protocol::CheckpointRecord& rec,
                           CheckpointStage stage);
    void syncValidators(SubnetNode& n);
    // `from` is the key's address, passed in so hot paths do not derive it again.
    chain::SignedTransaction buildTx(const SubnetNode& n, const crypto::PrivateKey& key,
                                     const EthAddress& from, const EthAddress& to,
                                     const U256& value, const Bytes& data, bool system);
    Hash32 submitSystem(SubnetNode& n, const crypto::PrivateKey& key, const EthAddress& from,
                        const EthAddress& to, const Bytes& data);

    Topology topology_;
    Scheduler scheduler_;
    EventBus events_;
    std::shared_ptr<const ContractBook> contractBook_ = std::make_shared<const ContractBook>();
    std::vector<std::unique_ptr<SubnetNode>> nodes_;
    std::map<SubnetId, SubnetNode*> byId_;
    std::vector<NamedAccount> accounts_;
    std::map<EthAddress, crypto::PrivateKey> keys_;
    std::map<Hash32, MessageTrace> traces_;
    std::map<SubnetId, std::string> pendingNames_;
    // Joins of subnets created at runtime, sent once their validator's funding is in a block.
    struct PendingJoin {
        SubnetId parent;
        Hash32 fundingTx;
        crypto::PrivateKey key;
        EthAddress actor;
        U256 collateral;
    };
    std::vector<PendingJoin> pendingJoins_;
    U256 rootSupply_;
    std::uint64_t nextKeyIndex_ = 0;
    // Size of the last saved state: the next save reserves that much and a quarter more at once
    // (flushes can be seconds apart) instead of growing its buffer by doubling.
    mutable std::size_t savedStateSize_ = 0;
    std::vector<Snapshot> snapshots_;  // oldest first
    std::uint64_t nextSnapshot_ = 1;
    std::uint64_t snapshotsRevision_ = 0;
};

}  // namespace ipc::devnet
