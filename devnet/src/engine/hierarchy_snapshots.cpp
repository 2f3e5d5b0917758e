// Whole-hierarchy snapshots: taking one (the saved state), reverting to it, listing and deleting.
#include "ipc/devnet/hierarchy.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>

namespace ipc::devnet {

std::string Hierarchy::snapshotId(std::uint64_t number) {
    std::ostringstream id;
    id << "0x" << std::hex << number;
    return id.str();
}

std::optional<std::uint64_t> Hierarchy::snapshotNumber(const std::string& id) {
    const bool hex = id.size() > 2 && id.size() <= 18 && id.compare(0, 2, "0x") == 0 &&
                     std::all_of(id.begin() + 2, id.end(), [](char c) {
                         return std::isxdigit(static_cast<unsigned char>(c)) != 0;
                     });
    if (!hex)
        return std::nullopt;
    const std::uint64_t number = std::stoull(id.substr(2), nullptr, 16);
    if (number == 0)
        return std::nullopt;
    return number;
}

std::vector<Hierarchy::Snapshot>::iterator Hierarchy::findSnapshot(const std::string& idOrName) {
    auto it = std::find_if(snapshots_.begin(), snapshots_.end(), [&](const Snapshot& s) {
        return s.info.id == idOrName || (!s.info.name.empty() && s.info.name == idOrName);
    });
    if (it == snapshots_.end()) {
        throw Error("no snapshot '" + idOrName + "'" +
                    (snapshots_.empty() ? std::string(": none has been taken")
                                        : ": see devnet_listSnapshots"));
    }
    return it;
}

std::string Hierarchy::snapshot(const std::string& name) {
    if (!name.empty()) {
        for (const auto& s : snapshots_) {
            if (s.info.name == name || s.info.id == name)
                throw Error("a snapshot named '" + name + "' already exists");
        }
    }
    Snapshot s;
    s.state = saveState();
    s.info.id = snapshotId(nextSnapshot_);
    s.info.name = name;
    s.info.timeMs = now();
    for (const auto& n : nodes_)
        s.info.heights.emplace_back(n->id, n->chain->height());
    ++nextSnapshot_;
    ++snapshotsRevision_;
    snapshots_.push_back(std::move(s));
    return snapshots_.back().info.id;
}

void Hierarchy::revert(const std::string& idOrName, bool keep) {
    auto it = findSnapshot(idOrName);
    // Each chain keeps the blocks it has up to the snapshot height and its archive.
    loadState(it->state, [this](const SubnetId& id, std::uint64_t headHeight) {
        History h;
        const SubnetNode* old = node(id);
        if (old == nullptr)
            return h;
        const chain::SubnetChain& c = *old->chain;
        h.archive = c.archive();
        h.keepRecent = c.keepRecent();
        h.gatewayHistory = old->gateway().history();
        for (std::uint64_t b = c.oldestInMemory(); b <= std::min(headHeight, c.height()); ++b)
            h.recent.push_back(c.block(b));
        return h;
    });
    const std::string id = it->info.id;
    snapshots_.erase(keep ? it + 1 : it, snapshots_.end());
    ++snapshotsRevision_;
    events_.publish(HierarchyReset{now(), id});
}

std::vector<SnapshotInfo> Hierarchy::listSnapshots() const {
    std::vector<SnapshotInfo> out;
    for (const auto& s : snapshots_)
        out.push_back(s.info);
    return out;
}

void Hierarchy::deleteSnapshot(const std::string& idOrName) {
    snapshots_.erase(findSnapshot(idOrName));
    ++snapshotsRevision_;
}

}  // namespace ipc::devnet
