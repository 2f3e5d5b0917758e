// The state codec of one chain: accounts, validators, mempool and the head it stands on.
#include <algorithm>

#include "ipc/core/chain/account_state.h"
#include "ipc/core/chain/mempool.h"
#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/chain/validator_set.h"
#include "ipc/core/evm/executor.h"

namespace ipc::chain {

// ---------------------------------------------------------------- accounts

void AccountState::encodeState(StateWriter& w) const {
    std::vector<std::pair<EthAddress, Account>> sorted(accounts_.begin(), accounts_.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<EthAddress> touched(touched_.begin(), touched_.end());
    std::sort(touched.begin(), touched.end());
    w.list([&](StateWriter& accounts) {
         for (const auto& entry : sorted) {
             const auto& addr = entry.first;
             const auto& acc = entry.second;
             accounts.list([&](StateWriter& a) {
                 a.address(addr).u256(acc.balance).u64(acc.nonce);
                 // Contracts (and accounts with storage) carry two more fields: code, storage.
                 const Storage* storage = storageOf(addr);
                 if (!acc.hasCode() && storage == nullptr)
                     return;
                 a.bytes(acc.hasCode() ? ByteView(acc.code->bytes) : ByteView());
                 a.list([&](StateWriter& slots) {
                     if (storage == nullptr)
                         return;
                     for (const auto& [key, value] : *storage) {
                         const auto v = value.bytes();
                         slots.bytes(ByteView(key.data(), key.size()))
                             .bytes(ByteView(v.data(), v.size()));
                     }
                 });
             });
         }
     }).list([&](StateWriter& t) {
        for (const auto& a : touched)
            t.address(a);
    });
}

AccountState AccountState::decodeState(StateReader& r) {
    AccountState s;
    StateReader accounts = r.list("accounts");
    while (!accounts.atEnd()) {
        StateReader a = accounts.list("account");
        const EthAddress addr = a.address("address");
        Account acc;
        acc.balance = a.u256("balance");
        acc.nonce = a.u64("nonce");
        if (!a.atEnd()) {
            const Bytes& code = a.bytes("code");
            if (code.size() > evm::kMaxCodeSize)
                a.fail("code", "longer than " + std::to_string(evm::kMaxCodeSize) + " bytes");
            if (!code.empty())
                acc.code = evm::Code::make(code);
            StateReader slots = a.list("storage");
            Storage storage;
            while (!slots.atEnd()) {
                const StorageKey key = slots.fixed<32>("slot").bytes;
                const evm::Word value = evm::Word::fromHash(slots.hash("value"));
                if (value.isZero())
                    slots.fail("value", "zero values are not stored");
                if (!storage.emplace(key, value).second)
                    slots.fail("slot", "duplicate slot");
            }
            if (!storage.empty())
                s.storage_.emplace(addr, std::move(storage));
        }
        a.finish();
        if (!s.accounts_.emplace(addr, acc).second)
            accounts.fail("account", "duplicate account " + addr.hex());
    }
    StateReader touched = r.list("touched");
    while (!touched.atEnd())
        s.touched_.insert(touched.address("address"));
    return s;
}

// ---------------------------------------------------------------- validators

void ValidatorSet::encodeState(StateWriter& w) const {
    w.list([&](StateWriter& all) {
        for (const auto& v : validators_) {
            all.list([&](StateWriter& e) {
                e.address(v.address)
                    .fixed(v.publicKey)
                    .u64(v.power)
                    .u256(v.collateral)
                    .boolean(v.online)
                    .u64(static_cast<std::uint64_t>(v.priority))
                    .u64(v.blocksProposed)
                    .u64(v.signaturesGiven);
            });
        }
    });
}

ValidatorSet ValidatorSet::decodeState(StateReader& r) {
    StateReader all = r.list("validators");
    std::vector<Validator> vs;
    while (!all.atEnd()) {
        StateReader e = all.list("validator");
        Validator v;
        v.address = e.address("address");
        v.publicKey = e.fixed<65>("publicKey");
        v.power = e.u64("power");
        v.collateral = e.u256("collateral");
        v.online = e.boolean("online");
        v.priority = static_cast<std::int64_t>(e.u64("priority"));
        v.blocksProposed = e.u64("blocksProposed");
        v.signaturesGiven = e.u64("signaturesGiven");
        e.finish();
        if (!vs.empty() && !(vs.back().address < v.address))
            all.fail("validator", "validators are not sorted by address or repeat");
        vs.push_back(v);
    }
    return ValidatorSet(std::move(vs));
}

// ---------------------------------------------------------------- mempool

void Mempool::encodeState(StateWriter& w) const {
    std::vector<const std::pair<const EthAddress, std::map<std::uint64_t, Entry>>*> senders;
    for (const auto& q : bySender_)
        senders.push_back(&q);
    std::sort(senders.begin(), senders.end(),
              [](const auto* a, const auto* b) { return a->first < b->first; });
    w.u64(arrivals_).list([&](StateWriter& txs) {
        for (const auto* q : senders) {
            for (const auto& entry : q->second) {
                const auto& e = entry.second;
                txs.list([&](StateWriter& t) {
                    t.u64(e.arrival).boolean(e.tx->system).bytes(encode(e.tx->signedTx));
                });
            }
        }
    });
}

Mempool Mempool::decodeState(StateReader& r) {
    Mempool m;
    m.arrivals_ = r.u64("arrivals");
    StateReader txs = r.list("transactions");
    while (!txs.atEnd()) {
        StateReader t = txs.list("transaction");
        const std::uint64_t arrival = t.u64("arrival");
        const bool system = t.boolean("system");
        const Bytes& raw = t.bytes("raw");
        t.finish();
        SignedTransaction stx;
        try {
            stx = decode(raw);
        } catch (const Error& e) {
            txs.fail("transaction", e.what());
        }
        const auto from = sender(stx);
        if (!from)
            txs.fail("transaction", "the signature does not recover a sender");
        auto inc = include(std::move(stx), *from, system);
        if (arrival >= m.arrivals_)
            txs.fail("transaction", "arrival " + std::to_string(arrival) + " is not yet counted");
        if (m.count_ >= kMaxSize)
            txs.fail("transaction", "more transactions than a mempool holds");
        const std::uint64_t nonce = inc->signedTx.tx.nonce;
        if (!m.bySender_[*from].emplace(nonce, Entry{std::move(inc), arrival}).second)
            txs.fail("transaction",
                     "two transactions of one sender with nonce " + std::to_string(nonce));
        ++m.count_;
    }
    return m;
}

// ---------------------------------------------------------------- chain

void SubnetChain::encodeState(StateWriter& w) const {
    if (blocks_.empty())
        throw Error("cannot save a chain before its genesis");
    w.list([&](StateWriter& p) {
        p.u64(params_.chainId)
            .u64(params_.blockTimeMs)
            .u256(params_.initialBaseFee)
            .u256(params_.minBaseFee);
    });
    w.list([&](StateWriter& accounts) { state_.encodeState(accounts); });
    validators_.encodeState(w);
    w.list([&](StateWriter& pool) { mempool_.encodeState(pool); })
        .u256(nextBaseFee_)
        .u64(height())
        .fixed(head().hash);
}

std::unique_ptr<SubnetChain> SubnetChain::decodeState(StateReader& r, SystemContracts* contracts) {
    StateReader p = r.list("params");
    ChainParams params;
    params.chainId = p.u64("chainId");
    params.blockTimeMs = p.u64("blockTimeMs");
    params.initialBaseFee = p.u256("initialBaseFee");
    params.minBaseFee = p.u256("minBaseFee");
    p.finish();
    StateReader accounts = r.list("accounts");
    AccountState state = AccountState::decodeState(accounts);
    accounts.finish();
    ValidatorSet validators = ValidatorSet::decodeState(r);
    StateReader pool = r.list("mempool");
    Mempool mempool = Mempool::decodeState(pool);
    pool.finish();
    auto c = std::make_unique<SubnetChain>(params, std::move(validators), contracts);
    c->state_ = std::move(state);
    c->mempool_ = std::move(mempool);
    c->nextBaseFee_ = r.u256("nextBaseFee");
    const std::uint64_t head = r.u64("headNumber");
    c->savedHead_ = std::make_pair(head, r.hash("headHash"));
    return c;
}

std::optional<std::uint64_t> SubnetChain::savedHeadNumber() const {
    if (!savedHead_)
        return std::nullopt;
    return savedHead_->first;
}

void SubnetChain::resumeHistory(std::vector<BlockPtr> recent, std::shared_ptr<BlockArchive> archive,
                                std::size_t keepRecent) {
    if (!savedHead_)
        throw Error("resumeHistory: the chain was not decoded from a saved state");
    const auto [number, hash] = *savedHead_;
    const std::string where = "chain " + std::to_string(params_.chainId) + ": ";
    for (std::size_t i = 0; i < recent.size(); ++i) {
        if (!recent[i] || (i > 0 && recent[i]->header.number != recent[i - 1]->header.number + 1))
            throw Error(where + "the blocks to keep in memory are not consecutive");
    }
    if (recent.empty() || recent.back()->header.number != number) {
        BlockPtr b = archive ? archive->block(number) : nullptr;
        if (!b)
            throw Error(where + "the history holds no block " + std::to_string(number) +
                        " (the saved head)");
        recent = {std::move(b)};
    }
    if (recent.back()->hash != hash) {
        throw Error(where + "block " + std::to_string(number) + " of the history is " +
                    recent.back()->hash.hex() + ", the saved state stands on " + hash.hex());
    }
    blocks_.assign(recent.begin(), recent.end());
    blockIndex_.clear();
    txIndex_.clear();
    for (const auto& b : blocks_)
        indexBlock(*b);
    setArchive(std::move(archive), keepRecent);
    savedHead_.reset();
}

}  // namespace ipc::chain
