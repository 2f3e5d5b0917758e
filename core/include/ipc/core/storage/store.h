// The workspace store: one SQLite file holding a whole hierarchy's history (subnets, blocks,
// transactions, accounts, validators, checkpoints, cross-net messages, parent finality), the
// engine's opaque state, snapshots for revert, keystore rows and settings.
//
// The engine writes through WriteBatch (one SQLite transaction per batch, usually handed to a
// StoreWriter thread); readers on any thread query value types. Writes and reads use separate
// connections, so with WAL a query never waits for a commit in progress.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "ipc/core/chain/block.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::storage {

// Identifies our files: PRAGMA application_id, "IPCS".
inline constexpr std::int32_t kApplicationId = 0x49504353;

struct SubnetRecord {
    std::string id;      // "/r31337/t410f..."
    std::string name;    // what the user calls it
    std::string parent;  // empty for the root
    std::uint64_t chainId = 0;
    Bytes params;  // the engine's encoding of the subnet's parameters
    bool operator==(const SubnetRecord&) const = default;
};

struct AccountRecord {
    std::string subnet;
    EthAddress address;
    U256 balance;
    std::uint64_t nonce = 0;
    bool operator==(const AccountRecord&) const = default;
};

// One row of membership history: `address` has `power` from `fromHeight` in configuration
// `configurationNumber`. Power 0 records a departure.
struct ValidatorRecord {
    std::string subnet;
    std::uint64_t configurationNumber = 0;
    EthAddress address;
    std::uint64_t power = 0;
    U256 collateral;
    std::uint64_t fromHeight = 0;
    bool operator==(const ValidatorRecord&) const = default;
};

struct CheckpointSignature {
    EthAddress signer;
    FixedBytes<65> signature;
    std::uint64_t weight = 0;
    bool operator==(const CheckpointSignature&) const = default;
};

// A bottom-up checkpoint of `subnet` at `height`. `status`, `stageHeights` and `record` are the
// engine's (e.g. the parent heights at which it was submitted and executed); the store keeps them
// as is. Every write of the same height replaces all fields but `signatures`.
struct CheckpointRecord {
    std::string subnet;
    std::uint64_t height = 0;
    Hash32 hash;
    Bytes encoded;
    std::uint32_t status = 0;
    std::vector<std::uint64_t> stageHeights;
    // Upserted by signer and never removed by a later write: a batch may carry only the
    // signatures gathered since the previous one. Page queries leave this empty.
    std::vector<CheckpointSignature> signatures;
    // The engine's own encoding of the whole checkpoint (membership, weights, signatures with
    // their heights, stages), so it can answer for checkpoints it no longer holds in memory.
    // Empty for rows written before schema version 3.
    Bytes record;
    bool operator==(const CheckpointRecord&) const = default;
};

// A cross-net message as traced through the hierarchy; `hops` is the engine's encoding of the
// path taken so far.
struct MessageRecord {
    Hash32 tracingId;
    std::uint32_t kind = 0;
    std::string fromSubnet;
    EthAddress from;
    std::string toSubnet;
    EthAddress to;
    U256 value;
    std::uint32_t stage = 0;
    Bytes hops;
    bool operator==(const MessageRecord&) const = default;
};

// `subnet` committed its parent's chain up to `parentHeight` in its own block `height`. A later
// write of the same parent height replaces the row, `blockHash` included.
struct ParentFinalityRecord {
    std::string subnet;
    std::uint64_t parentHeight = 0;
    std::uint64_t height = 0;
    // The hash of the parent's block at `parentHeight`; nullopt for rows written before schema
    // version 3.
    std::optional<Hash32> blockHash;
    bool operator==(const ParentFinalityRecord&) const = default;
};

struct EngineState {
    Bytes state;
    std::int64_t updatedMs = 0;  // wall clock, ms since the epoch
};

struct SnapshotInfo {
    std::int64_t id = 0;
    std::string name;
    std::int64_t createdMs = 0;
    std::vector<std::pair<std::string, std::uint64_t>> heights;  // subnet -> height
};

struct Snapshot {
    SnapshotInfo info;
    Bytes state;
};

// Everything one engine step changed. Applied in one transaction, in this order: subnets,
// blocks, accounts, validators, checkpoints, messages, finalities, engine state, snapshots,
// settings.
struct WriteBatch {
    struct SubnetBlocks {
        std::string subnet;
        std::vector<std::shared_ptr<const chain::Block>> blocks;
    };
    std::vector<SubnetRecord> subnets;
    std::vector<SubnetBlocks> blocks;
    std::vector<AccountRecord> accounts;
    std::vector<ValidatorRecord> validators;
    std::vector<CheckpointRecord> checkpoints;
    std::vector<MessageRecord> messages;
    std::vector<ParentFinalityRecord> finalities;
    std::optional<Bytes> engineState;
    // When present, replaces every stored snapshot (ids as given).
    std::optional<std::vector<Snapshot>> snapshots;
    std::vector<std::pair<std::string, std::string>> settings;

    bool empty() const;
};

struct TxLocation {
    Hash32 hash;
    std::string subnet;
    std::uint64_t blockNumber = 0;
    std::uint32_t index = 0;
    EthAddress from;
    std::optional<EthAddress> to;  // absent for contract creation
};

struct KeystoreRow {
    std::string address;
    std::string label;
    std::string kind;
    Bytes blob;
    bool encrypted = false;
    bool operator==(const KeystoreRow&) const = default;
};

class Store {
public:
    struct Options {
        bool create = true;        // create the file when it does not exist
        int busyTimeoutMs = 5000;  // how long a write waits for another connection's lock
    };

    // Opens (creating when allowed) and migrates to the current schema in one transaction.
    // Refuses with StorageError, leaving the file untouched: a file that is not SQLite, a SQLite
    // file that is not an IPC Studio workspace, a damaged header or first page, a schema newer
    // than this build knows.
    static std::unique_ptr<Store> open(const std::string& path);
    static std::unique_ptr<Store> open(const std::string& path, const Options& options);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const std::string& path() const;
    int schemaVersion() const;

    // ---- writes (serialized on the write connection) ----
    void write(const WriteBatch& batch);
    // Several batches in one transaction, applied in order (the fast mode of StoreWriter).
    void write(std::span<const WriteBatch* const> batches);
    // Removes the subnet's blocks, transactions, validator rows, checkpoints and finalities
    // above `height` (revert to a snapshot). Accounts hold latest values only: the engine
    // rewrites them from the snapshot's state.
    void truncateAbove(const std::string& subnet, std::uint64_t height);
    // Caps the file at `pages` database pages (a quota; nullopt lifts it). Writes that would
    // grow the file further fail with SQLITE_FULL and are rolled back.
    void setPageLimit(std::optional<std::uint64_t> pages);

    // ---- queries (any thread) ----
    std::vector<SubnetRecord> subnets() const;
    std::shared_ptr<const chain::Block> block(const std::string& subnet,
                                              std::uint64_t number) const;
    std::shared_ptr<const chain::Block> blockByHash(const Hash32& hash) const;
    std::optional<std::uint64_t> latestHeight(const std::string& subnet) const;
    std::vector<std::pair<std::string, std::uint64_t>> latestHeights() const;
    std::optional<TxLocation> transaction(const Hash32& hash) const;
    // Transactions sent or received by `address`, newest first; all subnets when `subnet` is
    // nullopt.
    std::vector<TxLocation> accountTransactions(const EthAddress& address,
                                                const std::optional<std::string>& subnet,
                                                std::size_t limit, std::size_t offset = 0) const;
    std::optional<AccountRecord> account(const std::string& subnet,
                                         const EthAddress& address) const;
    std::vector<AccountRecord> accounts(const std::string& subnet) const;
    std::vector<ValidatorRecord> validatorHistory(const std::string& subnet) const;
    // Up to `count` checkpoints at or below `fromHeight`, newest first, after skipping the
    // `skip` newest of them; without signatures, with records.
    std::vector<CheckpointRecord> checkpoints(const std::string& subnet, std::uint64_t fromHeight,
                                              std::size_t count, std::size_t skip = 0) const;
    // Up to `count` checkpoints at or above `fromHeight`, oldest first; the same columns as
    // checkpoints().
    std::vector<CheckpointRecord> checkpointsFrom(const std::string& subnet,
                                                  std::uint64_t fromHeight,
                                                  std::size_t count) const;
    std::optional<CheckpointRecord> checkpoint(const std::string& subnet,
                                               std::uint64_t height) const;
    std::optional<MessageRecord> message(const Hash32& tracingId) const;
    // Messages from or to `subnet`, most recently first recorded first.
    std::vector<MessageRecord> messages(const std::string& subnet, std::size_t limit,
                                        std::size_t offset = 0) const;
    std::optional<ParentFinalityRecord> latestParentFinality(const std::string& subnet) const;
    // The finality of `subnet` that committed its parent's chain up to exactly `parentHeight`.
    std::optional<ParentFinalityRecord> parentFinality(const std::string& subnet,
                                                       std::uint64_t parentHeight) const;
    std::optional<EngineState> engineState() const;

    // ---- snapshots ----
    std::int64_t saveSnapshot(const std::string& name,
                              const std::vector<std::pair<std::string, std::uint64_t>>& heights,
                              ByteView state);
    std::vector<SnapshotInfo> snapshots() const;
    std::optional<Snapshot> loadSnapshot(std::int64_t id) const;
    // False when there is no such snapshot.
    bool deleteSnapshot(std::int64_t id);

    // ---- keystore rows (opaque; the keystore encrypts) ----
    void putKey(const KeystoreRow& row);
    std::vector<KeystoreRow> keys() const;
    std::optional<KeystoreRow> key(const std::string& address) const;
    bool deleteKey(const std::string& address);
    // Replaces every keystore row and sets (or, with nullopt, removes) one setting in the same
    // transaction: a keystore password change is never half applied.
    void replaceKeys(const std::vector<KeystoreRow>& rows, const std::string& settingKey,
                     const std::optional<std::string>& settingValue);

    // ---- settings ----
    std::optional<std::string> setting(const std::string& key) const;
    void setSetting(const std::string& key, const std::string& value);

    struct Impl;

private:
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace ipc::storage
