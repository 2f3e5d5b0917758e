// The search box's look-up (SearchQuery in search.h): where the running hierarchy has a block,
// checkpoint, transaction, message, address or subnet, looking in the preferred subnet first.
#include <vector>

#include "ipc/devnet/query_answers.h"

namespace ipc::devnet {

namespace {

// The preferred subnet first, then every subnet in hierarchy order (parents first).
std::vector<const SubnetNode*> searchOrder(const Hierarchy& h,
                                           const std::optional<SubnetId>& preferred) {
    std::vector<const SubnetNode*> out;
    const SubnetNode* first = preferred ? h.node(*preferred) : nullptr;
    if (first != nullptr)
        out.push_back(first);
    for (const auto& n : h.nodes()) {
        if (n.get() != first)
            out.push_back(n.get());
    }
    return out;
}

SearchAnswer at(SearchAnswer::Found found, const SubnetNode& n, std::uint64_t height) {
    SearchAnswer a;
    a.found = found;
    a.subnet = n.id;
    a.subnetName = n.name;
    a.height = height;
    a.chainHeight = n.chain->height();
    return a;
}

SearchAnswer findBlock(const std::vector<const SubnetNode*>& order, std::uint64_t number) {
    // A number names a block of the preferred subnet (the root when none is preferred).
    const SubnetNode& n = *order.front();
    if (auto b = n.chain->block(number)) {
        SearchAnswer a = at(SearchAnswer::Found::Block, n, number);
        a.blockHash = b->hash;
        a.transactions = b->transactions.size();
        return a;
    }
    SearchAnswer a = at(SearchAnswer::Found::Nothing, n, 0);
    return a;
}

SearchAnswer findCheckpoint(const std::vector<const SubnetNode*>& order, std::uint64_t height) {
    for (const SubnetNode* n : order) {
        if (n->parent == nullptr)
            continue;  // the root cuts no checkpoints
        if (const auto cp = makeCheckpointView(*n, height)) {
            SearchAnswer a = at(SearchAnswer::Found::Checkpoint, *n, height);
            a.checkpointStage = cp->summary.stage;
            a.signedWeight = cp->summary.signedWeight;
            a.totalWeight = cp->summary.totalWeight;
            return a;
        }
    }
    return {};
}

SearchAnswer findHash(const Hierarchy& h, const std::vector<const SubnetNode*>& order,
                      const Hash32& hash) {
    if (const MessageTrace* t = h.trace(hash)) {
        const SubnetNode* where = nullptr;
        std::uint64_t height = 0;
        if (!t->entries.empty()) {
            where = h.node(t->entries.back().subnet);
            height = t->entries.back().height;
        }
        if (where == nullptr)
            where = &h.root();
        SearchAnswer a = at(SearchAnswer::Found::Message, *where, height);
        a.messageStage = t->stage;
        return a;
    }
    for (const SubnetNode* n : order) {
        if (const auto loc = n->chain->findTx(hash)) {
            SearchAnswer a = at(SearchAnswer::Found::Transaction, *n, loc->block);
            a.txIndex = loc->index;
            return a;
        }
    }
    for (const SubnetNode* n : order) {
        if (auto b = n->chain->blockByHash(hash)) {
            SearchAnswer a = at(SearchAnswer::Found::BlockByHash, *n, b->header.number);
            a.blockHash = hash;
            return a;
        }
    }
    return {};
}

SearchAnswer findAddress(const Hierarchy& h, const std::vector<const SubnetNode*>& order,
                         const EthAddress& address) {
    for (const SubnetNode* n : order) {
        if (n->id.actor() == address)
            return at(SearchAnswer::Found::SubnetActor, *n, n->chain->height());
    }
    for (const auto& account : h.accounts()) {
        if (account.address == address) {
            SearchAnswer a = at(SearchAnswer::Found::DevnetAccount, *order.front(), 0);
            a.accountLabel = account.label;
            return a;
        }
    }
    for (const SubnetNode* n : order) {
        const U256 balance = n->chain->state().balance(address);
        if (!balance.isZero()) {
            SearchAnswer a = at(SearchAnswer::Found::Holder, *n, 0);
            a.balance = balance;
            return a;
        }
    }
    return {};
}

}  // namespace

SearchQuery::Result answer(Hierarchy& h, const SearchQuery& q) {
    const auto order = searchOrder(h, q.preferred);
    switch (q.target) {
        case SearchTarget::BlockNumber:
            return findBlock(order, q.number);
        case SearchTarget::CheckpointHeight:
            return findCheckpoint(order, q.number);
        case SearchTarget::Hash:
            return findHash(h, order, q.hash);
        case SearchTarget::Address:
            return findAddress(h, order, q.address);
        case SearchTarget::Subnet:
            if (const SubnetNode* n = h.node(q.subnet))
                return at(SearchAnswer::Found::Subnet, *n, n->chain->height());
            return {};
    }
    return {};
}

}  // namespace ipc::devnet
