// The store's writes: batches of blocks, accounts, checkpoints and messages, truncation,
// snapshots, keystore rows and settings, each in one SQLite transaction on the writer connection.
#include <algorithm>
#include <cstdint>
#include <mutex>
#include <span>
#include <string>

#include "ipc/core/encoding/rlp.h"
#include "ipc/core/storage/block_codec.h"
#include "store_impl.h"

namespace ipc::storage {

using namespace detail;

bool WriteBatch::empty() const {
    return subnets.empty() && blocks.empty() && accounts.empty() && validators.empty() &&
           checkpoints.empty() && messages.empty() && finalities.empty() && !engineState &&
           !snapshots && settings.empty();
}

std::int64_t Store::Impl::sid(const std::string& subnet) {
    if (auto it = sids.find(subnet); it != sids.end()) {
        return it->second;
    }
    if (subnet.empty()) {
        throw Error("a subnet id must not be empty");
    }
    Statement& sel = (*w)("SELECT sid FROM subnets WHERE id = ?1");
    std::int64_t id = 0;
    {
        StatementScope scope(sel);
        sel.bind(1, subnet);
        if (sel.step()) {
            id = sel.columnInt(0);
        }
    }
    if (id == 0) {
        // A subnet seen first in a block or account row is registered with its id only;
        // its SubnetRecord fills in the rest when it arrives.
        (*w)("INSERT INTO subnets(id) VALUES(?1)").bind(1, subnet).run();
        id = writer->lastInsertRowId();
    }
    sids.emplace(subnet, id);
    return id;
}

std::int64_t Store::Impl::aid(const EthAddress& address) {
    if (auto it = aids.find(address); it != aids.end()) {
        return it->second;
    }
    Statement& sel = (*w)("SELECT aid FROM addresses WHERE address = ?1");
    std::int64_t id = 0;
    {
        StatementScope scope(sel);
        sel.bind(1, address.view());
        if (sel.step()) {
            id = sel.columnInt(0);
        }
    }
    if (id == 0) {
        (*w)("INSERT INTO addresses(address) VALUES(?1)").bind(1, address.view()).run();
        id = writer->lastInsertRowId();
    }
    aids.emplace(address, id);
    return id;
}

void Store::Impl::removeBlockTransactions(std::int64_t fromKey, std::int64_t toKey) {
    (*w)(
        "DELETE FROM account_txs WHERE (aid, tx_id) IN ("
        " SELECT sender, id FROM transactions WHERE block_key BETWEEN ?1 AND ?2"
        " UNION ALL SELECT recipient, id FROM transactions"
        " WHERE block_key BETWEEN ?1 AND ?2 AND recipient IS NOT NULL)")
        .bind(1, fromKey)
        .bind(2, toKey)
        .run();
    (*w)("DELETE FROM transactions WHERE block_key BETWEEN ?1 AND ?2")
        .bind(1, fromKey)
        .bind(2, toKey)
        .run();
}

void Store::Impl::putBlock(std::int64_t subnetSid, const chain::Block& b) {
    const std::int64_t key = rowKey(subnetSid, b.header.number);
    const Bytes body = encodeBlock(b);
    Statement& ins = (*w)(
        "INSERT INTO blocks(key, hash, timestamp_ms, tx_count, body) VALUES(?1, ?2, ?3, ?4, "
        "?5)");
    ins.bind(1, key)
        .bind(2, b.hash.view())
        .bind(3, i64(b.header.timestampMs))
        .bind(4, static_cast<std::int64_t>(b.transactions.size()))
        .bind(5, ByteView(body));
    try {
        ins.run();
    } catch (const StorageError& e) {
        if (e.primaryCode() != 19 /* SQLITE_CONSTRAINT */) {
            throw;
        }
        // The same height again (a fork after a revert the caller did not truncate): the
        // new block replaces the old one along with its transactions.
        removeBlockTransactions(key, key);
        (*w)(
            "UPDATE blocks SET hash = ?2, timestamp_ms = ?3, tx_count = ?4, body = ?5"
            " WHERE key = ?1")
            .bind(1, key)
            .bind(2, b.hash.view())
            .bind(3, i64(b.header.timestampMs))
            .bind(4, static_cast<std::int64_t>(b.transactions.size()))
            .bind(5, ByteView(body))
            .run();
    }
    Statement& insTx = (*w)(
        "INSERT INTO transactions(hash, block_key, idx, sender, recipient)"
        " VALUES(?1, ?2, ?3, ?4, ?5)");
    Statement& insAccount =
        (*w)("INSERT OR IGNORE INTO account_txs(aid, tx_id, sid) VALUES(?1, ?2, ?3)");
    for (std::size_t i = 0; i < b.transactions.size(); ++i) {
        const chain::IncludedTx& tx = *b.transactions[i];
        const std::int64_t from = aid(tx.sender);
        std::optional<std::int64_t> to;
        if (tx.signedTx.tx.to) {
            to = aid(*tx.signedTx.tx.to);
        }
        insTx.bind(1, tx.hash.view())
            .bind(2, key)
            .bind(3, static_cast<std::int64_t>(i))
            .bind(4, from);
        if (to) {
            insTx.bind(5, *to);
        } else {
            insTx.bindNull(5);
        }
        insTx.run();
        const std::int64_t txId = writer->lastInsertRowId();
        insAccount.bind(1, from).bind(2, txId).bind(3, subnetSid).run();
        if (to && *to != from) {
            insAccount.bind(1, *to).bind(2, txId).bind(3, subnetSid).run();
        }
    }
}

void Store::Impl::putCheckpoint(const CheckpointRecord& c) {
    const std::int64_t key = rowKey(sid(c.subnet), c.height);
    const Bytes stages = encodeHeights(c.stageHeights);
    // An upsert, not INSERT OR REPLACE: replacing the row would delete its signatures
    // through the foreign key's cascade.
    (*w)(
        "INSERT INTO checkpoints(key, hash, status, stage_heights, body, record)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(key) DO UPDATE SET hash = excluded.hash,"
        " status = excluded.status, stage_heights = excluded.stage_heights,"
        " body = excluded.body, record = excluded.record")
        .bind(1, key)
        .bind(2, c.hash.view())
        .bind(3, static_cast<std::int64_t>(c.status))
        .bind(4, ByteView(stages))
        .bind(5, ByteView(c.encoded))
        .bind(6, ByteView(c.record))
        .run();
    Statement& sig = (*w)(
        "INSERT OR REPLACE INTO checkpoint_signatures(checkpoint_key, signer, signature,"
        " weight) VALUES(?1, ?2, ?3, ?4)");
    for (const CheckpointSignature& s : c.signatures) {
        sig.bind(1, key)
            .bind(2, aid(s.signer))
            .bind(3, s.signature.view())
            .bind(4, i64(s.weight))
            .run();
    }
}

void Store::Impl::apply(const WriteBatch& batch) {
    for (const SubnetRecord& s : batch.subnets) {
        if (s.id.empty()) {
            throw Error("a subnet id must not be empty");
        }
        (*w)(
            "INSERT INTO subnets(id, name, parent, chain_id, params) VALUES(?1, ?2, ?3, ?4, ?5)"
            " ON CONFLICT(id) DO UPDATE SET name = excluded.name, parent = excluded.parent,"
            " chain_id = excluded.chain_id, params = excluded.params")
            .bind(1, s.id)
            .bind(2, s.name)
            .bind(3, s.parent)
            .bind(4, i64(s.chainId))
            .bind(5, ByteView(s.params))
            .run();
    }
    for (const WriteBatch::SubnetBlocks& sb : batch.blocks) {
        const std::int64_t subnetSid = sid(sb.subnet);
        for (const auto& block : sb.blocks) {
            if (!block) {
                throw Error("write batch for " + sb.subnet + " holds a null block");
            }
            putBlock(subnetSid, *block);
        }
    }
    for (const AccountRecord& a : batch.accounts) {
        const Bytes balance = a.balance.toMinimalBigEndian();
        (*w)(
            "INSERT INTO accounts(sid, aid, balance, nonce) VALUES(?1, ?2, ?3, ?4)"
            " ON CONFLICT(sid, aid) DO UPDATE SET balance = excluded.balance,"
            " nonce = excluded.nonce")
            .bind(1, sid(a.subnet))
            .bind(2, aid(a.address))
            .bind(3, ByteView(balance))
            .bind(4, i64(a.nonce))
            .run();
    }
    for (const ValidatorRecord& v : batch.validators) {
        const Bytes collateral = v.collateral.toMinimalBigEndian();
        (*w)(
            "INSERT OR REPLACE INTO validator_history(sid, configuration_number, aid, power,"
            " collateral, from_height) VALUES(?1, ?2, ?3, ?4, ?5, ?6)")
            .bind(1, sid(v.subnet))
            .bind(2, i64(v.configurationNumber))
            .bind(3, aid(v.address))
            .bind(4, i64(v.power))
            .bind(5, ByteView(collateral))
            .bind(6, i64(v.fromHeight))
            .run();
    }
    for (const CheckpointRecord& c : batch.checkpoints) {
        putCheckpoint(c);
    }
    for (const MessageRecord& m : batch.messages) {
        const Bytes value = m.value.toMinimalBigEndian();
        (*w)(
            "INSERT INTO messages(tracing_id, kind, from_sid, from_aid, to_sid, to_aid, value,"
            " stage, hops) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
            " ON CONFLICT(tracing_id) DO UPDATE SET kind = excluded.kind,"
            " from_sid = excluded.from_sid, from_aid = excluded.from_aid,"
            " to_sid = excluded.to_sid, to_aid = excluded.to_aid, value = excluded.value,"
            " stage = excluded.stage, hops = excluded.hops")
            .bind(1, m.tracingId.view())
            .bind(2, static_cast<std::int64_t>(m.kind))
            .bind(3, sid(m.fromSubnet))
            .bind(4, aid(m.from))
            .bind(5, sid(m.toSubnet))
            .bind(6, aid(m.to))
            .bind(7, ByteView(value))
            .bind(8, static_cast<std::int64_t>(m.stage))
            .bind(9, ByteView(m.hops))
            .run();
    }
    for (const ParentFinalityRecord& f : batch.finalities) {
        Statement& ins = (*w)(
            "INSERT OR REPLACE INTO parent_finalities(sid, parent_height, height, block_hash)"
            " VALUES(?1, ?2, ?3, ?4)");
        ins.bind(1, sid(f.subnet)).bind(2, i64(f.parentHeight)).bind(3, i64(f.height));
        if (f.blockHash) {
            ins.bind(4, f.blockHash->view());
        } else {
            ins.bindNull(4);
        }
        ins.run();
    }
    if (batch.engineState) {
        (*w)(
            "INSERT INTO engine_state(id, state, updated_ms) VALUES(1, ?1, ?2)"
            " ON CONFLICT(id) DO UPDATE SET state = excluded.state,"
            " updated_ms = excluded.updated_ms")
            .bindUncopied(1, ByteView(*batch.engineState))
            .bind(2, nowMs())
            .run();
    }
    if (batch.snapshots) {
        (*w)("DELETE FROM snapshots").run();
        for (const Snapshot& s : *batch.snapshots) {
            (*w)("INSERT INTO snapshots(id, name, created_ms, state) VALUES(?1, ?2, ?3, ?4)")
                .bind(1, s.info.id)
                .bind(2, s.info.name)
                .bind(3, s.info.createdMs)
                .bindUncopied(4, ByteView(s.state))
                .run();
            Statement& h = (*w)(
                "INSERT INTO snapshot_heights(snapshot_id, subnet, height) VALUES(?1, ?2, ?3)");
            for (const auto& [subnet, height] : s.info.heights) {
                h.bind(1, s.info.id).bind(2, subnet).bind(3, i64(height)).run();
            }
        }
    }
    for (const auto& [key, value] : batch.settings) {
        (*w)("INSERT OR REPLACE INTO settings(key, value) VALUES(?1, ?2)")
            .bind(1, key)
            .bind(2, value)
            .run();
    }
}

// Keystore and settings rows, inside a write transaction.
void Store::Impl::putKey(const KeystoreRow& row) {
    (*w)(
        "INSERT OR REPLACE INTO keystore(address, label, kind, blob, encrypted)"
        " VALUES(?1, ?2, ?3, ?4, ?5)")
        .bind(1, row.address)
        .bind(2, row.label)
        .bind(3, row.kind)
        .bind(4, ByteView(row.blob))
        .bind(5, std::int64_t{row.encrypted ? 1 : 0})
        .run();
}

void Store::Impl::putSetting(const std::string& key, const std::string& value) {
    (*w)("INSERT OR REPLACE INTO settings(key, value) VALUES(?1, ?2)")
        .bind(1, key)
        .bind(2, value)
        .run();
}

void Store::write(const WriteBatch& batch) {
    const WriteBatch* one[] = {&batch};
    write(std::span<const WriteBatch* const>(one));
}

void Store::write(std::span<const WriteBatch* const> batches) {
    impl_->writeTransaction([&] {
        for (const WriteBatch* b : batches) {
            impl_->apply(*b);
        }
    });
}

void Store::truncateAbove(const std::string& subnet, std::uint64_t height) {
    if (height >= kMaxHeight) {
        return;
    }
    impl_->writeTransaction([&] {
        auto& w = *impl_->w;
        const std::int64_t s = impl_->sid(subnet);
        const std::int64_t from = rowKey(s, height + 1);
        const std::int64_t to = rowKey(s, kMaxHeight);
        impl_->removeBlockTransactions(from, to);
        w("DELETE FROM blocks WHERE key BETWEEN ?1 AND ?2").bind(1, from).bind(2, to).run();
        w("DELETE FROM checkpoints WHERE key BETWEEN ?1 AND ?2").bind(1, from).bind(2, to).run();
        w("DELETE FROM validator_history WHERE sid = ?1 AND from_height > ?2")
            .bind(1, s)
            .bind(2, i64(height))
            .run();
        w("DELETE FROM parent_finalities WHERE sid = ?1 AND height > ?2")
            .bind(1, s)
            .bind(2, i64(height))
            .run();
    });
}

void Store::setPageLimit(std::optional<std::uint64_t> pages) {
    std::lock_guard lock(impl_->writeMutex);
    // max_page_count never goes below the current size, and 0 is ignored: "no limit" is the
    // largest value SQLite accepts.
    const std::uint64_t limit = pages ? std::max<std::uint64_t>(*pages, 1) : 4294967294ULL;
    impl_->writer->queryInt("PRAGMA max_page_count=" + std::to_string(limit));
}

std::int64_t Store::saveSnapshot(const std::string& name,
                                 const std::vector<std::pair<std::string, std::uint64_t>>& heights,
                                 ByteView state) {
    if (name.empty()) {
        throw Error("a snapshot needs a name");
    }
    std::int64_t id = 0;
    impl_->writeTransaction([&] {
        auto& w = *impl_->w;
        w("INSERT INTO snapshots(name, created_ms, state) VALUES(?1, ?2, ?3)")
            .bind(1, name)
            .bind(2, nowMs())
            .bind(3, state)
            .run();
        id = impl_->writer->lastInsertRowId();
        Statement& h =
            w("INSERT INTO snapshot_heights(snapshot_id, subnet, height) VALUES(?1, ?2, ?3)");
        for (const auto& [subnet, height] : heights) {
            h.bind(1, id).bind(2, subnet).bind(3, i64(height)).run();
        }
    });
    return id;
}

bool Store::deleteSnapshot(std::int64_t id) {
    bool removed = false;
    impl_->writeTransaction([&] {
        (*impl_->w)("DELETE FROM snapshots WHERE id = ?1").bind(1, id).run();
        removed = impl_->writer->changes() > 0;
    });
    return removed;
}

void Store::putKey(const KeystoreRow& row) {
    if (row.address.empty()) {
        throw Error("a keystore row needs an address");
    }
    impl_->writeTransaction([&] { impl_->putKey(row); });
}

bool Store::deleteKey(const std::string& address) {
    bool removed = false;
    impl_->writeTransaction([&] {
        (*impl_->w)("DELETE FROM keystore WHERE address = ?1").bind(1, address).run();
        removed = impl_->writer->changes() > 0;
    });
    return removed;
}

void Store::replaceKeys(const std::vector<KeystoreRow>& rows, const std::string& settingKey,
                        const std::optional<std::string>& settingValue) {
    for (const auto& row : rows) {
        if (row.address.empty())
            throw Error("a keystore row needs an address");
    }
    impl_->writeTransaction([&] {
        (*impl_->w)("DELETE FROM keystore").run();
        for (const auto& row : rows)
            impl_->putKey(row);
        if (settingValue) {
            impl_->putSetting(settingKey, *settingValue);
        } else {
            (*impl_->w)("DELETE FROM settings WHERE key = ?1").bind(1, settingKey).run();
        }
    });
}

void Store::setSetting(const std::string& key, const std::string& value) {
    impl_->writeTransaction([&] { impl_->putSetting(key, value); });
}

}  // namespace ipc::storage
