// The explorer pages' views of one subnet (blocks, transactions, checkpoints, messages).
#include "ipc/devnet/explorer_views.h"
#include "ipc/devnet/hierarchy.h"

#include <algorithm>
#include <iterator>
#include <map>

#include "ipc/core/abi/revert.h"
#include "ipc/core/evm/executor.h"
#include "ipc/devnet/contract_book.h"

namespace ipc::devnet {

namespace {

std::optional<std::uint64_t> blockTime(const SubnetNode& n, std::uint64_t number) {
    auto b = n.chain->block(number);
    if (!b)
        return std::nullopt;
    return b->header.timestampMs;
}

bool touches(const MessageTrace& t, const SubnetId& subnet) {
    if (t.envelope.from.subnet == subnet || t.envelope.to.subnet == subnet)
        return true;
    return std::any_of(t.entries.begin(), t.entries.end(),
                       [&](const TraceEntry& e) { return e.subnet == subnet; });
}

}  // namespace

// ---------------------------------------------------------------- blocks

std::optional<BlockDetailView> makeBlockDetail(const Hierarchy& h, const SubnetNode& n,
                                               std::uint64_t number) {
    auto b = n.chain->block(number);
    if (!b)
        return std::nullopt;
    auto views = makeBlockViews(n, number, 1);
    if (views.empty())
        return std::nullopt;
    BlockDetailView d;
    d.block = std::move(views.front());
    d.gasLimit = b->header.gasLimit;
    d.transactionsRoot = b->header.transactionsRoot;
    d.receiptsRoot = b->header.receiptsRoot;
    d.systemLogs = b->systemLogs.size();
    for (const auto& signer : b->commit.signers) {
        CommitSignatureView s;
        s.signer = signer;
        if (const auto* v = n.chain->validators().find(signer))
            s.power = v->power;
        if (const auto key = h.keyFor(signer)) {
            const crypto::Signature sig = key->sign(b->hash);
            s.signature = sig.toBytes(27);
            const auto recovered = crypto::recoverAddress(b->hash, sig);
            s.verified = recovered && *recovered == signer;
        }
        d.commitSignatures.push_back(s);
    }
    return d;
}

// ---------------------------------------------------------------- paging down from a block

namespace {

// Visits blocks from `fromBlock` (at most the tip) downwards, `visit(block, number)` for each one
// the chain still has, until `full()` or `maxBlocks` were read; sets the page's `nextBlock` and
// `more` for the next page.
template <class Page, class Full, class Visit>
void walkDown(const SubnetNode& n, std::uint64_t fromBlock, std::size_t maxBlocks, Page& page,
              Full full, Visit visit) {
    std::uint64_t number = std::min(fromBlock, n.chain->height());
    std::size_t scanned = 0;
    bool exhausted = false;
    while (!full() && scanned < maxBlocks) {
        ++scanned;
        if (const auto b = n.chain->block(number))
            visit(*b, number);
        if (number == 0) {
            exhausted = true;
            break;
        }
        --number;
    }
    page.more = !exhausted;
    page.nextBlock = exhausted ? 0 : number;
}

// Contract names by address for one page: each address's code is matched once.
class ContractNames {
public:
    ContractNames(const SubnetNode& n, const ContractBook* book) : n_(n), book_(book) {}

    const std::string& of(const EthAddress& address) {
        static const std::string none;
        if (book_ == nullptr)
            return none;
        const auto [it, added] = names_.try_emplace(address);
        if (added)
            it->second = book_->nameOfCode(n_.chain->state().code(address));
        return it->second;
    }

private:
    const SubnetNode& n_;
    const ContractBook* book_;
    std::map<EthAddress, std::string> names_;
};

// Names what `book` knows in a transaction: its contract, its call, its logs, a custom error.
void describe(TransactionView& v, ByteView data, const chain::Receipt& r, const ContractBook& book,
              ContractNames& names) {
    if (v.to) {
        v.contractName = names.of(*v.to);
        v.method = book.callText(data);
    } else if (v.contractAddress) {
        v.contractName = names.of(*v.contractAddress);
    }
    v.logTexts.reserve(v.logs.size());
    for (const chain::Log& l : v.logs)
        v.logTexts.push_back(book.eventText(l));
    if (!r.success && !r.returnData.empty() &&
        abi::decodeRevert(r.returnData, &book.errors()).kind ==
            abi::DecodedRevert::Kind::CustomError) {
        v.revertReason = abi::revertMessage(r.returnData, &book.errors());
    }
}

}  // namespace

// ---------------------------------------------------------------- transactions

TransactionPage makeTransactionPage(const SubnetNode& n, std::uint64_t fromBlock,
                                    std::size_t maxTransactions, std::size_t maxBlocks,
                                    const ContractBook* book) {
    TransactionPage page;
    ContractNames names(n, book);
    walkDown(
        n, fromBlock, maxBlocks, page, [&] { return page.transactions.size() >= maxTransactions; },
        [&](const chain::Block& b, std::uint64_t number) {
            // Newest first inside the block too, so the list reads top-down in time.
            for (std::size_t i = b.transactions.size(); i-- > 0;) {
                const auto& tx = *b.transactions[i];
                TransactionView v;
                v.hash = tx.hash;
                v.block = number;
                v.index = static_cast<std::uint32_t>(i);
                v.timestampMs = b.header.timestampMs;
                v.from = tx.sender;
                v.to = tx.signedTx.tx.to;
                v.value = tx.signedTx.tx.value;
                v.nonce = tx.signedTx.tx.nonce;
                v.gasLimit = tx.signedTx.tx.gasLimit;
                v.system = tx.system;
                v.type = tx.signedTx.tx.type == chain::TxType::Legacy    ? "legacy"
                         : tx.signedTx.tx.type == chain::TxType::Eip2930 ? "eip2930"
                                                                         : "eip1559";
                v.dataSize = tx.signedTx.tx.data.size();
                v.consoleLines = n.chain->consoleLines(tx.hash);
                if (i < b.receipts.size()) {
                    const auto& r = b.receipts[i];
                    v.gasUsed = r.gasUsed;
                    v.effectiveGasPrice = r.effectiveGasPrice;
                    v.success = r.success;
                    v.revertReason = r.revertReason;
                    v.logs = r.logs;
                    if (!v.to && r.success)
                        v.contractAddress = evm::createAddress(tx.sender, v.nonce);
                    if (book != nullptr)
                        describe(v, tx.signedTx.tx.data, r, *book, names);
                }
                page.transactions.push_back(std::move(v));
            }
        });
    return page;
}

// ---------------------------------------------------------------- contracts

ContractPage makeContractPage(const SubnetNode& n, std::uint64_t fromBlock,
                              std::size_t maxContracts, std::size_t maxBlocks,
                              const ContractBook* book) {
    ContractPage page;
    ContractNames names(n, book);
    walkDown(
        n, fromBlock, maxBlocks, page, [&] { return page.contracts.size() >= maxContracts; },
        [&](const chain::Block& b, std::uint64_t number) {
            for (std::size_t i = b.transactions.size(); i-- > 0;) {
                const auto& tx = *b.transactions[i];
                // A transaction that failed made nothing.
                if (i >= b.receipts.size() || !b.receipts[i].success)
                    continue;
                const chain::Receipt& r = b.receipts[i];
                const auto add = [&](const EthAddress& address, const EthAddress& creator) {
                    ContractView v;
                    v.address = address;
                    v.creator = creator;
                    v.creationTx = tx.hash;
                    v.block = number;
                    const evm::CodePtr& code = n.chain->state().code(v.address);
                    v.codeSize = code ? code->bytes.size() : 0;
                    v.creationLogs = static_cast<std::size_t>(
                        std::count_if(r.logs.begin(), r.logs.end(),
                                      [&](const chain::Log& l) { return l.address == address; }));
                    v.name = names.of(v.address);
                    page.contracts.push_back(v);
                };
                if (!tx.signedTx.tx.to)
                    add(evm::createAddress(tx.sender, tx.signedTx.tx.nonce), tx.sender);
                // Contracts the transaction's code made (a factory's CREATE or CREATE2).
                for (const chain::CreatedContract& c : r.created)
                    add(c.address, c.creator);
            }
        });
    return page;
}

// ---------------------------------------------------------------- checkpoints

std::size_t checkpointCount(const SubnetNode& n) {
    return static_cast<std::size_t>(n.gateway().checkpointCount());
}

std::vector<CheckpointSummaryView> makeCheckpointSummaries(const SubnetNode& n, std::uint64_t first,
                                                           std::size_t count) {
    std::vector<CheckpointSummaryView> out;
    for (const auto& rec : n.gateway().checkpointsAt(first, count))
        out.push_back(makeCheckpointSummary(rec));
    return out;
}

std::optional<CheckpointDetailView> makeCheckpointDetail(const SubnetNode& n,
                                                         std::uint64_t height) {
    const auto found = n.gateway().findCheckpoint(height);
    if (!found)
        return std::nullopt;
    const protocol::CheckpointRecord& rec = *found;

    CheckpointDetailView d;
    d.view = makeCheckpointView(n.id, rec);
    d.hashMatches = protocol::checkpointHash(rec.checkpoint) == rec.hash;
    d.membership = rec.membership;

    // The first checkpoint has no earlier configuration to compare with.
    if (const auto previous = n.gateway().checkpointBefore(height)) {
        std::map<EthAddress, std::uint64_t> before;
        for (const auto& m : previous->membership)
            before[m.addr] = m.weight;
        std::map<EthAddress, std::uint64_t> after;
        for (const auto& m : rec.membership)
            after[m.addr] = m.weight;
        for (const auto& [addr, w] : after) {
            const auto b = before.find(addr);
            const std::uint64_t was = b == before.end() ? 0 : b->second;
            if (was != w)
                d.membershipChanges.push_back(MembershipChangeView{addr, was, w});
        }
        for (const auto& [addr, w] : before) {
            if (after.find(addr) == after.end())
                d.membershipChanges.push_back(MembershipChangeView{addr, w, 0});
        }
    }

    d.stages.push_back(CheckpointStageView{protocol::CheckpointStage::Cut, n.id,
                                           rec.checkpoint.blockHeight, rec.cutTimeMs});
    CheckpointStageView quorum{protocol::CheckpointStage::Quorum, std::nullopt, rec.quorumHeight,
                               std::nullopt};
    if (rec.quorumHeight) {
        quorum.where = n.id;
        quorum.timeMs = blockTime(n, *rec.quorumHeight);
    }
    d.stages.push_back(quorum);
    const std::optional<SubnetId> parentId =
        n.parent != nullptr ? std::optional<SubnetId>(n.parent->id) : std::nullopt;
    for (const auto& [name, parentHeight] :
         {std::pair{protocol::CheckpointStage::Submitted, rec.submittedParentHeight},
          std::pair{protocol::CheckpointStage::Executed, rec.executedParentHeight}}) {
        CheckpointStageView s{name, std::nullopt, parentHeight, std::nullopt};
        if (parentHeight && n.parent != nullptr) {
            s.where = parentId;
            s.timeMs = blockTime(*n.parent, *parentHeight);
        }
        d.stages.push_back(s);
    }
    if (const auto sub = n.relayerSubmissions.find(height); sub != n.relayerSubmissions.end())
        d.submissionTx = sub->second;
    return d;
}

// ---------------------------------------------------------------- cross-net messages

std::vector<SubnetId> messageRoute(const SubnetId& from, const SubnetId& to) {
    std::vector<SubnetId> route;
    const auto common = SubnetId::commonParent(from, to);
    if (!common)
        return route;
    // Up from the sender to the common ancestor…
    for (std::optional<SubnetId> s = from; s; s = s->parent()) {
        route.push_back(*s);
        if (*s == *common)
            break;
    }
    // …then down to the destination.
    std::vector<SubnetId> down;
    for (std::optional<SubnetId> s = to; s && !(*s == *common); s = s->parent())
        down.push_back(*s);
    route.insert(route.end(), down.rbegin(), down.rend());
    return route;
}

namespace {

// A Call's method and params, a Result's outcome and return data (see CrossMessageView).
void decodePayload(const protocol::Envelope& e, const ContractBook& book, CrossMessageView& v) {
    try {
        if (e.kind == protocol::MsgKind::Call) {
            v.call = protocol::decodeCallMsg(e.message);
            if (const abi::AbiFunction* f = book.function(v.call->method))
                v.callMethod = f->signature.canonical();
        } else if (e.kind == protocol::MsgKind::Result) {
            v.result = protocol::decodeResultMsg(e.message);
        }
    } catch (const Error&) {
        // A payload that does not decode: nothing was set; the envelope's fields still show.
    }
}

// An ActorErr in words: why the target failed where it was delivered (its handleIpcMessage ran
// out of gas, returned too much) when that is more than a revert, else the revert data decoded.
std::string actorErrText(const MessageTrace& call, const protocol::ResultMsg& r,
                         const ContractBook& book) {
    for (const TraceEntry& e : call.entries) {
        if (e.stage == MessageStage::Delivered && !e.detail.empty() &&
            e.detail != chain::SystemCallResult::kReverted)
            return e.detail;
    }
    return book.revertText(r.ret);
}

}  // namespace

CrossMessageView makeCrossMessageView(const Hierarchy& h, const MessageTrace& t) {
    CrossMessageView v;
    v.tracingId = t.id;
    v.kind = t.envelope.kind;
    v.from = t.envelope.from;
    v.to = t.envelope.to;
    v.value = t.envelope.value;
    v.stage = t.stage;
    v.createdMs = t.createdMs;
    v.route = messageRoute(t.envelope.from.subnet, t.envelope.to.subnet);
    v.entries = t.entries;
    v.failure = t.failure;
    v.answers = t.answers;
    v.resultId = t.resultId;
    const ContractBook& book = h.contractBook();
    decodePayload(t.envelope, book, v);
    if (v.result && v.result->outcome == protocol::Outcome::ActorErr) {
        const MessageTrace* call = t.answers ? h.trace(*t.answers) : nullptr;
        v.resultText =
            call != nullptr ? actorErrText(*call, *v.result, book) : book.revertText(v.result->ret);
    }
    if (const MessageTrace* r = t.resultId ? h.trace(*t.resultId) : nullptr) {
        try {
            v.reply = protocol::decodeResultMsg(r->envelope.message);
            if (v.reply->outcome == protocol::Outcome::ActorErr)
                v.replyText = actorErrText(t, *v.reply, book);
        } catch (const Error&) {
            v.reply.reset();  // a Result that does not decode answers nothing readable
        }
    }
    return v;
}

std::vector<CrossMessageView> makeCrossMessageViews(const Hierarchy& h, const SubnetId& subnet,
                                                    std::size_t limit) {
    std::vector<const MessageTrace*> matching;
    for (const auto& [id, t] : h.messages()) {
        if (touches(t, subnet))
            matching.push_back(&t);
    }
    // The map is keyed by id; the page wants creation order.
    std::stable_sort(
        matching.begin(), matching.end(),
        [](const MessageTrace* a, const MessageTrace* b) { return a->createdMs < b->createdMs; });
    if (matching.size() > limit)
        matching.erase(matching.begin(),
                       matching.begin() + static_cast<std::ptrdiff_t>(matching.size() - limit));
    std::vector<CrossMessageView> out;
    out.reserve(matching.size());
    for (const MessageTrace* t : matching)
        out.push_back(makeCrossMessageView(h, *t));
    return out;
}

// ---------------------------------------------------------------- overview

SubnetOverviewView makeSubnetOverview(const SubnetNode& n) {
    SubnetOverviewView o;
    o.subnet = makeSubnetView(n);
    if (const auto* actor = n.actor()) {
        o.actorAddress = actor->address();
        o.params = actor->params();
    }
    o.gatewayParams = n.gateway().params();
    o.parentFinality = n.gateway().latestParentFinality();
    const auto& recent = n.gateway().recentCheckpoints();
    o.checkpoints = n.gateway().checkpointCount();
    if (!recent.empty())
        o.lastCheckpoint = makeCheckpointSummary(recent.rbegin()->second);
    o.children = n.children.size();
    return o;
}

}  // namespace ipc::devnet
