// eth_getLogs and the polling filters (eth_newFilter, eth_newBlockFilter, eth_getFilterChanges,
// eth_getFilterLogs, eth_uninstallFilter): log queries over a subnet's blocks.
#include <algorithm>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "eth_common.h"
#include "eth_json.h"

namespace ipc::devnet::rpc {

namespace {

using namespace eth;

constexpr std::uint64_t kMaxLogBlockRange = 10'000;
constexpr std::size_t kMaxLogs = 10'000;

// ---------------------------------------------------------------- eth_getLogs

// Engine thread: a block number for eth_getLogs ranges (tags resolve against the head).
std::uint64_t rangeBound(const chain::SubnetChain& c, const BlockRef& ref) {
    switch (ref.kind) {
        case BlockRef::Kind::Earliest:
            return 0;
        case BlockRef::Kind::Number:
            return ref.number;
        default:
            return c.height();
    }
}

struct LogFilter {
    std::optional<Hash32> blockHash;
    BlockRef from;
    BlockRef to;
    std::vector<EthAddress> addresses;        // empty: any
    std::vector<std::vector<Hash32>> topics;  // per position; empty: any
};

LogFilter logFilterParam(const Json& params) {
    const Json& obj = param(params, 0, "filter");
    if (!obj.is_object())
        invalid("filter", "expected a filter object");
    LogFilter f;
    if (auto v = field(obj, "blockHash")) {
        if (field(obj, "fromBlock") || field(obj, "toBlock"))
            invalid("filter", "blockHash cannot be combined with fromBlock or toBlock");
        f.blockHash = hashParam(single(*v), 0, "blockHash");
    }
    if (auto v = field(obj, "fromBlock"))
        f.from = blockRefValue(*v, "fromBlock", false);
    if (auto v = field(obj, "toBlock"))
        f.to = blockRefValue(*v, "toBlock", false);
    if (auto v = field(obj, "address")) {
        if (v->is_array()) {
            for (std::size_t i = 0; i < v->size(); ++i)
                f.addresses.push_back(addressParam(single(v->at(i)), 0, "address"));
        } else {
            f.addresses.push_back(addressParam(single(*v), 0, "address"));
        }
    }
    if (auto v = field(obj, "topics")) {
        if (!v->is_array())
            invalid("topics", "expected an array");
        if (v->size() > 4)
            invalid("topics", "at most 4 topic positions, got " + std::to_string(v->size()));
        for (std::size_t i = 0; i < v->size(); ++i) {
            const Json& pos = v->at(i);
            std::vector<Hash32> alternatives;
            if (pos.is_array()) {
                bool wildcard = false;
                for (std::size_t k = 0; k < pos.size(); ++k) {
                    if (pos.at(k).is_null())
                        wildcard = true;
                    else
                        alternatives.push_back(hashParam(single(pos.at(k)), 0, "topic"));
                }
                if (wildcard)
                    alternatives.clear();
            } else if (!pos.is_null()) {
                alternatives.push_back(hashParam(single(pos), 0, "topic"));
            }
            f.topics.push_back(std::move(alternatives));
        }
    }
    return f;
}

bool matches(const LogFilter& f, const chain::Log& log) {
    if (!f.addresses.empty() &&
        std::find(f.addresses.begin(), f.addresses.end(), log.address) == f.addresses.end()) {
        return false;
    }
    // As geth: a filter with more positions than the log has topics never matches.
    if (f.topics.size() > log.topics.size())
        return false;
    for (std::size_t i = 0; i < f.topics.size(); ++i) {
        const auto& alts = f.topics[i];
        if (!alts.empty() && std::find(alts.begin(), alts.end(), log.topics[i]) == alts.end())
            return false;
    }
    return true;
}

// Engine thread: appends the block's matching logs; false once more than kMaxLogs were found.
bool collectLogs(const chain::Block& b, const LogFilter& f, std::vector<PlacedLog>& out) {
    bool ok = true;
    forEachLog(b, [&](const chain::Log& log, const Hash32& txHash, std::uint64_t txIndex,
                      std::uint64_t logIndex) {
        if (!ok || !matches(f, log))
            return;
        if (out.size() == kMaxLogs) {
            ok = false;
            return;
        }
        out.push_back(PlacedLog{log, b.hash, b.header.number, txHash, txIndex, logIndex});
    });
    return ok;
}

std::vector<PlacedLog> findLogs(const chain::SubnetChain& c, const LogFilter& f) {
    std::vector<PlacedLog> out;
    if (f.blockHash) {
        const chain::BlockPtr b = c.blockByHash(*f.blockHash);
        if (b == nullptr)
            throw RpcError(kServerError, "unknown block " + f.blockHash->hex());
        collectLogs(*b, f, out);
        return out;
    }
    const std::uint64_t from = rangeBound(c, f.from);
    const std::uint64_t to = std::min(rangeBound(c, f.to), c.height());
    if (f.from.kind == BlockRef::Kind::Number && f.to.kind == BlockRef::Kind::Number &&
        f.from.number > f.to.number) {
        throw RpcError(kInvalidParams, "invalid block range: fromBlock " +
                                           std::to_string(f.from.number) + " is after toBlock " +
                                           std::to_string(f.to.number));
    }
    if (from > to)
        return out;
    if (to - from + 1 > kMaxLogBlockRange) {
        throw RpcError(kInvalidParams, "block range too large: " + std::to_string(to - from + 1) +
                                           " blocks, at most " + std::to_string(kMaxLogBlockRange) +
                                           " per query");
    }
    for (std::uint64_t h = from; h <= to; ++h) {
        const chain::BlockPtr b = c.block(h);
        if (b == nullptr)
            throw RpcError(kServerError, "block " + std::to_string(h) + " is not available");
        if (!collectLogs(*b, f, out)) {
            throw RpcError(kServerError, "query returned more than " + std::to_string(kMaxLogs) +
                                             " logs; narrow the block range or the filter");
        }
    }
    return out;
}

Json getLogs(const CallContext& ctx, const Json& params) {
    const LogFilter filter = logFilterParam(params);
    const auto logs =
        readNode(ctx, [&](const SubnetNode& n) { return findLogs(*n.chain, filter); });
    std::vector<Json> out;
    out.reserve(logs.size());
    for (const auto& l : logs)
        out.push_back(logJson(l));
    return Json::array(std::move(out));
}

// ---------------------------------------------------------------- polling filters

// A filter installed with eth_newFilter or eth_newBlockFilter on one endpoint. Each poll reports
// what arrived after the last block it reported (the head when it was installed).
struct InstalledFilter {
    const Devnet* devnet = nullptr;
    SubnetId subnet;
    bool blocks = false;  // block filter; else a log filter
    LogFilter logs;
    std::uint64_t lastSeen = 0;
    std::uint64_t lastUsed = 0;  // poll clock, to evict the longest idle filter when full
};

constexpr std::size_t kMaxFilters = 1024;

class FilterRegistry {
public:
    std::string install(InstalledFilter f) {
        std::lock_guard<std::mutex> lock(mutex_);
        if (filters_.size() == kMaxFilters) {
            auto idle = std::min_element(filters_.begin(), filters_.end(), [](auto& a, auto& b) {
                return a.second.lastUsed < b.second.lastUsed;
            });
            filters_.erase(idle);
        }
        f.lastUsed = ++clock_;
        const std::string id = quantity(++nextId_).as_string();
        filters_.emplace(id, std::move(f));
        return id;
    }
    InstalledFilter get(const CallContext& ctx, const std::string& id) {
        std::lock_guard<std::mutex> lock(mutex_);
        auto it = find(ctx, id);
        it->second.lastUsed = ++clock_;
        return it->second;
    }
    void advance(const CallContext& ctx, const std::string& id, std::uint64_t lastSeen) {
        std::lock_guard<std::mutex> lock(mutex_);
        find(ctx, id)->second.lastSeen = lastSeen;
    }
    bool remove(const CallContext& ctx, const std::string& id) {
        std::lock_guard<std::mutex> lock(mutex_);
        auto it = filters_.find(id);
        if (it == filters_.end() || it->second.devnet != &ctx.devnet ||
            it->second.subnet != ctx.subnet)
            return false;
        filters_.erase(it);
        return true;
    }

private:
    std::map<std::string, InstalledFilter>::iterator find(const CallContext& ctx,
                                                          const std::string& id) {
        auto it = filters_.find(id);
        if (it == filters_.end() || it->second.devnet != &ctx.devnet ||
            it->second.subnet != ctx.subnet)
            throw RpcError(kServerError, "filter not found");
        return it;
    }

    std::mutex mutex_;
    std::map<std::string, InstalledFilter> filters_;
    std::uint64_t nextId_ = 0;
    std::uint64_t clock_ = 0;
};

FilterRegistry& filterRegistry() {
    static FilterRegistry registry;
    return registry;
}

std::uint64_t headHeight(const CallContext& ctx) {
    return readNode(ctx, [](const SubnetNode& n) { return n.chain->height(); });
}

Json newFilter(const CallContext& ctx, const Json& params) {
    InstalledFilter f;
    f.devnet = &ctx.devnet;
    f.subnet = ctx.subnet;
    f.logs = logFilterParam(params);
    if (f.logs.blockHash)
        invalid("filter", "blockHash is not allowed in eth_newFilter");
    f.lastSeen = headHeight(ctx);
    return Json::string(filterRegistry().install(std::move(f)));
}

Json newBlockFilter(const CallContext& ctx, const Json&) {
    InstalledFilter f;
    f.devnet = &ctx.devnet;
    f.subnet = ctx.subnet;
    f.blocks = true;
    f.lastSeen = headHeight(ctx);
    return Json::string(filterRegistry().install(std::move(f)));
}

Json getFilterChanges(const CallContext& ctx, const Json& params) {
    const std::string id = stringParam(params, 0, "filter id");
    const InstalledFilter f = filterRegistry().get(ctx, id);
    struct Changes {
        std::vector<Hash32> blocks;
        std::vector<PlacedLog> logs;
        std::uint64_t lastSeen = 0;
    };
    const Changes changes = readNode(ctx, [&](const SubnetNode& n) {
        const chain::SubnetChain& c = *n.chain;
        Changes out;
        // At most one query range per poll; the next poll continues from there.
        out.lastSeen = std::min(c.height(), f.lastSeen + kMaxLogBlockRange);
        if (out.lastSeen <= f.lastSeen)
            return out;
        if (f.blocks) {
            for (std::uint64_t h = f.lastSeen + 1; h <= out.lastSeen; ++h) {
                if (const chain::BlockPtr b = c.block(h))
                    out.blocks.push_back(b->hash);
            }
            return out;
        }
        LogFilter range = f.logs;
        std::uint64_t from = f.lastSeen + 1;
        std::uint64_t to = out.lastSeen;
        if (f.logs.from.kind == BlockRef::Kind::Number)
            from = std::max(from, f.logs.from.number);
        if (f.logs.to.kind == BlockRef::Kind::Number)
            to = std::min(to, f.logs.to.number);
        if (from > to)
            return out;
        range.from = BlockRef{BlockRef::Kind::Number, from, {}};
        range.to = BlockRef{BlockRef::Kind::Number, to, {}};
        out.logs = findLogs(c, range);
        return out;
    });
    filterRegistry().advance(ctx, id, changes.lastSeen);
    if (!f.blocks)
        return logsJson(changes.logs);
    std::vector<Json> hashes;
    for (const Hash32& h : changes.blocks)
        hashes.push_back(hashJson(h));
    return Json::array(std::move(hashes));
}

Json getFilterLogs(const CallContext& ctx, const Json& params) {
    const std::string id = stringParam(params, 0, "filter id");
    const InstalledFilter f = filterRegistry().get(ctx, id);
    if (f.blocks)
        throw RpcError(kServerError, "filter not found: " + id + " is a block filter");
    return logsJson(readNode(ctx, [&](const SubnetNode& n) { return findLogs(*n.chain, f.logs); }));
}

}  // namespace

void eth::addLogMethods(MethodTable& t) {
    t.add("eth_getLogs", getLogs);
    t.add("eth_newFilter", newFilter);
    t.add("eth_newBlockFilter", newBlockFilter);
    t.add("eth_getFilterChanges", getFilterChanges);
    t.add("eth_getFilterLogs", getFilterLogs);
    t.add("eth_uninstallFilter", [](const CallContext& ctx, const Json& params) {
        return Json::boolean(filterRegistry().remove(ctx, stringParam(params, 0, "filter id")));
    });
}

}  // namespace ipc::devnet::rpc
