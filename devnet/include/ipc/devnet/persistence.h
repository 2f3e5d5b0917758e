// Keeps a running Hierarchy in its workspace store: every block with its transactions and
// receipts, subnets, accounts, validator history, checkpoints with their signatures, cross-net
// messages, parent finalities and the engine's state, committed by the store's writer thread.
// The engine thread calls flush() before anything it produced is announced (view, events to
// observers, answers to RPC), so whatever a client has seen survives a crash, and a restart
// continues from exactly the state of the last flush.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ipc/core/ipc/subnet_actor.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/subnet_id.h"
#include "ipc/devnet/events.h"
#include "ipc/devnet/memory_trim.h"

namespace ipc::storage {
class Store;
class StoreWriter;
struct WriteBatch;
}  // namespace ipc::storage

namespace ipc::devnet {

class Hierarchy;
struct SubnetNode;

// What the subnets table keeps as a subnet's parameters: its block time, chain id and, for a
// child, the parameters its subnet actor was created with (IPC_PROTOCOL.md's SubnetParams).
struct StoredSubnetParams {
    std::uint64_t blockTimeMs = 0;
    std::uint64_t chainId = 0;
    std::optional<protocol::SubnetParams> actor;
};
Bytes encodeStoredSubnetParams(const SubnetNode& n);
// Throws ParseError for bytes that are not such a record.
StoredSubnetParams decodeStoredSubnetParams(ByteView bytes);

class Persistence {
public:
    // In-memory blocks per chain once older ones are durable in the store.
    static constexpr std::size_t kKeepRecentBlocks = 256;
    // Per gateway, once older ones are durable: checkpoint records (besides every one not yet
    // executed in the parent) and parent finalities kept in memory; older ones are read back
    // from the store.
    static constexpr std::size_t kKeepCheckpoints = 64;
    static constexpr std::size_t kKeepFinalities = 256;

    explicit Persistence(std::shared_ptr<storage::Store> store);
    ~Persistence();
    Persistence(const Persistence&) = delete;
    Persistence& operator=(const Persistence&) = delete;

    storage::Store& store() { return *store_; }

    // The hierarchy saved in the store, continuing where it stopped; null for an empty
    // workspace. Throws ipc::Error (the store untouched) when the saved state cannot be read.
    std::unique_ptr<Hierarchy> restore();

    // Starts recording `h` (on the engine thread, before it runs): gives every chain its
    // archive and subscribes to its events. A hierarchy the store has never seen is written
    // whole (every chain from genesis) by the next flush.
    void attach(Hierarchy& h);

    // Engine thread: commits everything since the previous flush as one batch and waits until
    // it is durable, then lets the chains forget what the store now holds. False when the store
    // refused (disk full, read-only, …): nothing is lost, the same changes are retried by the
    // next flush, and lastError() says why.
    bool flush(Hierarchy& h);
    bool dirty() const;
    // Something changed the state outside a block (a command): the next flush saves it.
    void touch() { stateDirty_ = true; }
    // Collected changes not yet durable (a batch waiting, or changes not yet collected).
    bool behind() const { return pending_.has_value() || dirty(); }
    const std::optional<std::string>& lastError() const { return lastError_; }
    // Blocks made durable since attach(), across every chain.
    std::uint64_t durableBlocks() const { return durableBlocks_; }

private:
    void onEvent(const Event& e);
    storage::WriteBatch collect(Hierarchy& h);

    std::shared_ptr<storage::Store> store_;
    std::unique_ptr<storage::StoreWriter> writer_;
    EventBus::Subscription subscription_;
    // Per chain: the highest height already in the store.
    std::map<SubnetId, std::uint64_t> durableHeight_;
    std::set<SubnetId> newSubnets_;
    std::set<std::pair<SubnetId, std::uint64_t>> checkpoints_;
    std::set<Hash32> messages_;
    std::vector<FinalityEvent> finalities_;
    std::map<SubnetId, std::uint64_t> validatorConfig_;
    std::map<SubnetId, std::vector<std::pair<EthAddress, std::uint64_t>>> lastMembership_;
    bool pendingBlocks_ = false;
    bool stateDirty_ = false;
    // Hierarchy::snapshotsRevision() last handed to the writer.
    std::uint64_t snapshotsWritten_ = 0;
    // The batch handed to the writer and not yet durable, with the chain heights it carries.
    std::optional<std::uint64_t> pending_;
    std::map<SubnetId, std::uint64_t> pendingHeights_;
    bool reset_ = false;
    bool everything_ = false;
    std::optional<std::string> lastError_;
    std::uint64_t durableBlocks_ = 0;
    // Each flush frees a copy of the engine state; at most once a second the freed memory goes
    // back to the system so a long run's resident size follows what is in use.
    MemoryTrimmer trimmer_;
};

}  // namespace ipc::devnet
