// Keeps a running hierarchy in its workspace store, block by block.
#include "ipc/devnet/persistence.h"

#include <algorithm>
#include <chrono>

#include "ipc/core/chain/block_archive.h"
#include "ipc/core/chain/state_io.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/encoding/rlp.h"
#include "ipc/core/ipc/state_codec.h"
#include "ipc/core/ipc/types.h"
#include "ipc/core/primitives/error.h"
#include "ipc/core/storage/store.h"
#include "ipc/core/storage/store_writer.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/views.h"

namespace ipc::devnet {

namespace {

constexpr const char* kNextSnapshotSetting = "engine.next_snapshot";

// How long a flush waits for the writer before reporting the store's error (it keeps retrying).
constexpr std::chrono::milliseconds kFlushWait{1500};

// A chain's history in the store, read on the engine thread through the store's read
// connection.
class StoreArchive : public chain::BlockArchive {
public:
    StoreArchive(std::shared_ptr<storage::Store> store, std::string subnet)
        : store_(std::move(store)), subnet_(std::move(subnet)) {}

    chain::BlockPtr block(std::uint64_t number) const override {
        return store_->block(subnet_, number);
    }
    chain::BlockPtr blockByHash(const Hash32& hash) const override {
        // Hashes are unique across chains in practice; the number check keeps another chain's
        // block out even if they were not.
        auto b = store_->blockByHash(hash);
        if (!b)
            return nullptr;
        auto own = store_->block(subnet_, b->header.number);
        return own && own->hash == hash ? own : nullptr;
    }
    std::optional<chain::TxLocation> findTx(const Hash32& hash) const override {
        const auto t = store_->transaction(hash);
        if (!t || t->subnet != subnet_)
            return std::nullopt;
        return chain::TxLocation{t->blockNumber, t->index};
    }

private:
    std::shared_ptr<storage::Store> store_;
    std::string subnet_;
};

// A gateway's old checkpoints and parent finalities, read back from the store once the gateway
// no longer keeps them in memory (Gateway::forgetDurableHistory).
class StoreGatewayHistory : public protocol::GatewayHistory {
public:
    StoreGatewayHistory(std::shared_ptr<storage::Store> store, std::string subnet)
        : store_(std::move(store)), subnet_(std::move(subnet)) {}

    std::optional<protocol::ParentFinality> parentFinality(
        std::uint64_t parentHeight) const override {
        const auto f = store_->parentFinality(subnet_, parentHeight);
        if (!f || !f->blockHash)
            return std::nullopt;
        return protocol::ParentFinality{parentHeight, *f->blockHash};
    }
    std::optional<protocol::CheckpointRecord> checkpoint(std::uint64_t height) const override {
        const auto c = store_->checkpoint(subnet_, height);
        if (!c)
            return std::nullopt;
        return decode(*c);
    }
    std::vector<protocol::CheckpointRecord> checkpointsFrom(std::uint64_t fromHeight,
                                                            std::uint64_t belowHeight,
                                                            std::size_t count) const override {
        std::vector<protocol::CheckpointRecord> out;
        for (const auto& c : store_->checkpointsFrom(subnet_, fromHeight, count)) {
            if (c.height >= belowHeight)
                break;
            out.push_back(decode(c));
        }
        return out;
    }
    std::vector<protocol::CheckpointRecord> checkpointsBefore(std::uint64_t belowHeight,
                                                              std::uint64_t skipNewest,
                                                              std::size_t count) const override {
        std::vector<protocol::CheckpointRecord> out;
        if (belowHeight == 0)
            return out;
        const auto rows = store_->checkpoints(subnet_, belowHeight - 1, count,
                                              static_cast<std::size_t>(skipNewest));
        for (auto it = rows.rbegin(); it != rows.rend(); ++it)
            out.push_back(decode(*it));
        return out;
    }

private:
    protocol::CheckpointRecord decode(const storage::CheckpointRecord& c) const {
        const std::string where = "checkpoint " + std::to_string(c.height) + " of " + subnet_;
        if (c.record.empty())
            throw Error(where + " is in the workspace without its signatures and membership");
        try {
            return protocol::decodeCheckpointRecord(c.record);
        } catch (const ParseError& e) {
            throw Error(where + " is damaged in the workspace: " + e.what());
        }
    }

    std::shared_ptr<storage::Store> store_;
    std::string subnet_;
};

// Where a subnet's old blocks, checkpoints and finalities are read from once they leave memory.
void keepHistoryIn(const std::shared_ptr<storage::Store>& store, SubnetNode& n) {
    if (!n.chain->archive()) {
        n.chain->setArchive(std::make_shared<StoreArchive>(store, n.id.toString()),
                            Persistence::kKeepRecentBlocks);
    }
    if (!n.gateway().history())
        n.gateway().setHistory(std::make_shared<StoreGatewayHistory>(store, n.id.toString()));
}

storage::CheckpointRecord checkpointRecord(const SubnetId& subnet,
                                           const protocol::CheckpointRecord& rec) {
    storage::CheckpointRecord r;
    r.subnet = subnet.toString();
    r.height = rec.checkpoint.blockHeight;
    r.hash = rec.hash;
    const auto type = ipc::abi::Type::parse(protocol::abi_types::kCheckpoint);
    r.encoded = ipc::abi::encodeSingle(type, protocol::toAbi(rec.checkpoint));
    r.status = static_cast<std::uint32_t>(rec.stage);
    r.stageHeights = {rec.quorumHeight.value_or(0), rec.submittedParentHeight.value_or(0),
                      rec.executedParentHeight.value_or(0)};
    for (const auto& s : rec.signatures)
        r.signatures.push_back(
            storage::CheckpointSignature{s.signer, s.signature.toBytes(27), s.weight});
    r.record = protocol::encodeCheckpointRecord(rec);
    return r;
}

storage::MessageRecord messageRecord(const MessageTrace& t) {
    storage::MessageRecord m;
    m.tracingId = t.id;
    m.kind = static_cast<std::uint32_t>(t.envelope.kind);
    m.fromSubnet = t.envelope.from.subnet.toString();
    m.from = t.envelope.from.raw;
    m.toSubnet = t.envelope.to.subnet.toString();
    m.to = t.envelope.to.raw;
    m.value = t.envelope.value;
    m.stage = static_cast<std::uint32_t>(t.stage);
    chain::StateWriter hops;
    for (const auto& e : t.entries) {
        chain::StateWriter hop;
        hop.u64(static_cast<std::uint64_t>(e.stage))
            .subnet(e.subnet)
            .u64(e.height)
            .u64(e.timeMs)
            .text(e.detail);
        hops.list(hop);
    }
    m.hops = hops.encoded();
    return m;
}

// Validators as a comparable list, so a membership change shows as a difference.
std::vector<std::pair<EthAddress, std::uint64_t>> membership(const SubnetNode& n) {
    std::vector<std::pair<EthAddress, std::uint64_t>> out;
    for (const auto& v : n.chain->validators().validators())
        out.emplace_back(v.address, v.power);
    return out;
}

}  // namespace

Bytes encodeStoredSubnetParams(const SubnetNode& n) {
    chain::StateWriter w;
    w.u64(1).u64(n.blockTimeMs).u64(n.chainId());
    const protocol::SubnetActor* actor = n.actor();
    w.boolean(actor != nullptr);
    if (actor != nullptr)
        protocol::encodeSubnetParams(w, actor->params());
    return w.encoded();
}

StoredSubnetParams decodeStoredSubnetParams(ByteView bytes) {
    const rlp::Item item = chain::decodeStateList(bytes, "the subnet parameter record");
    chain::StateReader r(item, "subnet parameters");
    if (r.u64("version") != 1)
        throw ParseError("subnet parameters have an unknown version");
    StoredSubnetParams out;
    out.blockTimeMs = r.u64("blockTimeMs");
    out.chainId = r.u64("chainId");
    if (r.boolean("hasActor"))
        out.actor = protocol::decodeSubnetParams(r, "actor");
    r.finish();
    return out;
}

Persistence::Persistence(std::shared_ptr<storage::Store> store) : store_(std::move(store)) {
    storage::StoreWriter::Options options;
    options.autoRetry = true;
    options.retryDelay = std::chrono::milliseconds(200);
    options.maxRetryDelay = std::chrono::milliseconds(2000);
    writer_ = std::make_unique<storage::StoreWriter>(*store_, options);
}

Persistence::~Persistence() = default;

std::unique_ptr<Hierarchy> Persistence::restore() {
    const auto saved = store_->engineState();
    if (!saved)
        return nullptr;
    auto store = store_;
    auto h = Hierarchy::restore(saved->state, [store](const SubnetId& id) {
        return std::make_shared<StoreArchive>(store, id.toString());
    });
    for (const auto& n : h->nodes())
        keepHistoryIn(store_, *n);
    // Named snapshots live beside the state (each holds a state of its own).
    std::vector<Hierarchy::SavedSnapshot> kept;
    for (const auto& info : store_->snapshots()) {
        auto stored = store_->loadSnapshot(info.id);
        if (!stored)
            continue;
        Hierarchy::SavedSnapshot s;
        s.info.id = Hierarchy::snapshotId(static_cast<std::uint64_t>(info.id));
        s.info.name = info.name;
        s.info.timeMs = static_cast<std::uint64_t>(info.createdMs);
        for (const auto& [subnet, height] : info.heights)
            s.info.heights.emplace_back(SubnetId::parse(subnet), height);
        s.state = std::move(stored->state);
        kept.push_back(std::move(s));
    }
    std::uint64_t next = 1;
    if (const auto text = store_->setting(kNextSnapshotSetting)) {
        try {
            next = std::stoull(*text);
        } catch (const std::exception&) {
            throw Error("workspace setting " + std::string(kNextSnapshotSetting) + " is '" + *text +
                        "', not a number");
        }
    }
    h->loadSnapshots(std::move(kept), next);
    return h;
}

void Persistence::attach(Hierarchy& h) {
    snapshotsWritten_ = h.snapshotsRevision();
    subscription_ = h.events().subscribe([this](const Event& e) { onEvent(e); });
    const auto heights = store_->latestHeights();
    const std::map<std::string, std::uint64_t> stored(heights.begin(), heights.end());
    for (const auto& n : h.nodes()) {
        const auto it = stored.find(n->id.toString());
        if (it == stored.end()) {
            newSubnets_.insert(n->id);
        } else {
            durableHeight_[n->id] = it->second;
        }
        keepHistoryIn(store_, *n);
        // What the gateway holds in memory is written again (with everything a record needs
        // to be read back) before any of it may leave memory: a workspace made by an older
        // version, or from a hierarchy that ran in memory, may lack it.
        for (const auto& entry : n->gateway().recentCheckpoints())
            checkpoints_.emplace(n->id, entry.first);
        for (const auto& entry : n->gateway().recentFinalities()) {
            const auto row = store_->parentFinality(n->id.toString(), entry.first);
            if (row && row->blockHash == entry.second.blockHash)
                continue;
            // The height of the block that committed it, when the store knows it.
            finalities_.push_back(
                FinalityEvent{n->id, entry.first, row ? row->height : 0, entry.second.blockHash});
        }
    }
    // A fresh workspace gets everything the hierarchy already knows.
    everything_ = stored.empty();
}

bool Persistence::dirty() const {
    return everything_ || reset_ || !newSubnets_.empty() || !checkpoints_.empty() ||
           !messages_.empty() || !finalities_.empty() || pendingBlocks_ || stateDirty_;
}

void Persistence::onEvent(const Event& e) {
    std::visit(
        [this](const auto& ev) {
            using T = std::decay_t<decltype(ev)>;
            if constexpr (std::is_same_v<T, BlockProduced>) {
                pendingBlocks_ = true;
            } else if constexpr (std::is_same_v<T, CheckpointEvent>) {
                checkpoints_.emplace(ev.subnet, ev.height);
            } else if constexpr (std::is_same_v<T, MessageEvent>) {
                messages_.insert(ev.tracingId);
            } else if constexpr (std::is_same_v<T, SubnetEvent>) {
                if (ev.change == SubnetChange::Created || ev.change == SubnetChange::Bootstrapped)
                    newSubnets_.insert(ev.subnet);
            } else if constexpr (std::is_same_v<T, FinalityEvent>) {
                finalities_.push_back(ev);
            } else if constexpr (std::is_same_v<T, HierarchyReset>) {
                reset_ = true;
            } else if constexpr (std::is_same_v<T, CheatEvent>) {
                stateDirty_ = true;  // changed outside a block: no block will carry it
            }
        },
        e);
}

storage::WriteBatch Persistence::collect(Hierarchy& h) {
    storage::WriteBatch batch;
    for (const auto& n : h.nodes()) {
        const bool fresh = everything_ || newSubnets_.count(n->id) > 0;
        const std::string id = n->id.toString();
        if (fresh) {
            batch.subnets.push_back(storage::SubnetRecord{
                id, n->name, n->parent ? n->parent->id.toString() : std::string(), n->chainId(),
                encodeStoredSubnetParams(*n)});
        }
        if (!n->chain->started())
            continue;
        const auto known = durableHeight_.find(n->id);
        const std::uint64_t from = known == durableHeight_.end() ? 0 : known->second + 1;
        storage::WriteBatch::SubnetBlocks blocks{id, {}};
        for (std::uint64_t k = from; k <= n->chain->height(); ++k) {
            auto b = n->chain->block(k);
            if (!b)
                throw Error("block " + std::to_string(k) + " of " + id + " is not available");
            blocks.blocks.push_back(std::move(b));
        }
        if (!blocks.blocks.empty() || fresh) {
            for (const auto& [address, account] : n->chain->state().accounts())
                batch.accounts.push_back(
                    storage::AccountRecord{id, address, account.balance, account.nonce});
        }
        if (!blocks.blocks.empty())
            batch.blocks.push_back(std::move(blocks));
        auto members = membership(*n);
        auto& last = lastMembership_[n->id];
        if (members != last) {
            const std::uint64_t config = ++validatorConfig_[n->id];
            for (const auto& v : n->chain->validators().validators()) {
                batch.validators.push_back(storage::ValidatorRecord{
                    id, config, v.address, v.power, v.collateral, n->chain->height()});
            }
            // Departures as power 0, so the history shows who left.
            for (const auto& previous : last) {
                const EthAddress& address = previous.first;
                if (std::none_of(members.begin(), members.end(),
                                 [&](const auto& m) { return m.first == address; })) {
                    batch.validators.push_back(storage::ValidatorRecord{
                        id, config, address, 0, U256(), n->chain->height()});
                }
            }
            last = std::move(members);
        }
    }
    for (const auto& [subnet, height] : checkpoints_) {
        const SubnetNode* n = h.node(subnet);
        if (n == nullptr)
            continue;
        // In memory: nothing leaves memory while a change of it waits to be written.
        if (const auto* rec = n->gateway().recentCheckpoint(height))
            batch.checkpoints.push_back(checkpointRecord(n->id, *rec));
    }
    for (const auto& id : messages_) {
        if (const MessageTrace* t = h.trace(id))
            batch.messages.push_back(messageRecord(*t));
    }
    for (const auto& f : finalities_)
        batch.finalities.push_back(storage::ParentFinalityRecord{
            f.subnet.toString(), f.parentHeight, f.height, f.parentBlockHash});
    batch.engineState = h.saveState();
    if (h.snapshotsRevision() != snapshotsWritten_) {
        std::vector<storage::Snapshot> kept;
        for (const auto& s : h.savedSnapshots()) {
            storage::Snapshot out;
            out.info.id =
                static_cast<std::int64_t>(Hierarchy::snapshotNumber(s.info.id).value_or(0));
            out.info.name = s.info.name;
            out.info.createdMs = static_cast<std::int64_t>(s.info.timeMs);
            for (const auto& [subnet, height] : s.info.heights)
                out.info.heights.emplace_back(subnet.toString(), height);
            out.state = s.state;
            kept.push_back(std::move(out));
        }
        batch.snapshots = std::move(kept);
        batch.settings.emplace_back(kNextSnapshotSetting, std::to_string(h.nextSnapshotNumber()));
        snapshotsWritten_ = h.snapshotsRevision();
    }
    return batch;
}

bool Persistence::flush(Hierarchy& h) {
    try {
        if (!pending_) {
            if (!dirty() && h.snapshotsRevision() == snapshotsWritten_)
                return true;
            if (reset_) {
                // A revert: history above each chain's restored head goes, and chains that no
                // longer exist lose everything after their genesis.
                writer_->flush();
                durableHeight_.clear();
                for (const auto& [subnet, height] : store_->latestHeights()) {
                    const SubnetNode* n = h.node(SubnetId::parse(subnet));
                    const std::uint64_t keep = n != nullptr ? n->chain->height() : 0;
                    if (height > keep)
                        store_->truncateAbove(subnet, keep);
                    if (n != nullptr)
                        durableHeight_[n->id] = std::min(height, keep);
                }
                lastMembership_.clear();
                reset_ = false;
            }
            storage::WriteBatch batch = collect(h);
            pendingHeights_.clear();
            for (const auto& n : h.nodes()) {
                if (n->chain->started())
                    pendingHeights_[n->id] = n->chain->height();
            }
            everything_ = false;
            newSubnets_.clear();
            checkpoints_.clear();
            messages_.clear();
            finalities_.clear();
            pendingBlocks_ = false;
            stateDirty_ = false;
            pending_ = writer_->submit(std::move(batch));
        }
        if (!writer_->waitDurable(*pending_, kFlushWait)) {
            const auto failure = writer_->lastError();
            lastError_ = failure ? failure->message : std::string("the store is not answering");
            return false;
        }
    } catch (const std::exception& e) {
        lastError_ = e.what();
        return false;
    }
    pending_.reset();
    lastError_.reset();
    for (const auto& [id, height] : pendingHeights_) {
        SubnetNode* n = h.node(id);
        const auto known = durableHeight_.find(id);
        const std::uint64_t before = known == durableHeight_.end() ? 0 : known->second + 1;
        if (height + 1 > before)
            durableBlocks_ += height + 1 - before;
        durableHeight_[id] = height;
        if (n == nullptr)
            continue;
        keepHistoryIn(store_, *n);
        n->chain->pruneTo(std::min(height, n->chain->height()));
    }
    // Every checkpoint and finality in memory is now in the store as it is: the old ones can
    // leave memory. Not while changes collected since this batch wait for the next one.
    if (checkpoints_.empty() && finalities_.empty()) {
        for (const auto& n : h.nodes()) {
            keepHistoryIn(store_, *n);
            n->gateway().forgetDurableHistory(kKeepCheckpoints, kKeepFinalities);
        }
    }
    trimmer_.maybeTrim();
    return true;
}

}  // namespace ipc::devnet
