// Plain values the engine and its read views share (a subnet's status, a message's trace entry,
// a snapshot's description, the parameters of a new subnet), apart from hierarchy.h so the
// facade (devnet.h, views.h, queries.h) can name them without the engine itself.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ipc/core/ipc/subnet_actor.h"
#include "ipc/core/primitives/token_amount.h"
#include "ipc/devnet/events.h"

namespace ipc::devnet {

enum class SubnetStatus : std::uint8_t { Running, Halted, Killed };
const char* toString(SubnetStatus s);

struct TraceEntry {
    MessageStage stage;
    SubnetId subnet;
    std::uint64_t height = 0;
    std::uint64_t timeMs = 0;
    std::string detail;  // e.g. "checkpoint 20", "nonce 3", a failure reason
};

// A named point the hierarchy can return to (devnet_snapshot / devnet_revert).
struct SnapshotInfo {
    std::string id;    // "0x1", "0x2", ... (as anvil's evm_snapshot)
    std::string name;  // empty when none was given
    std::uint64_t timeMs = 0;
    std::vector<std::pair<SubnetId, std::uint64_t>> heights;  // every subnet's head
};

// Parameters of a subnet created while the hierarchy runs.
struct NewSubnet {
    SubnetId parent;
    std::string name;
    protocol::SubnetParams params;
    std::uint32_t validators = 4;
    TokenAmount collateral = TokenAmount::fromWhole(10);
    std::optional<EthAddress> funder;  // pays validators' collateral; default: account 0
};

}  // namespace ipc::devnet
