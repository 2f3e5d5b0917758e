// A subnet's validator set: voting power, online switches and weighted proposer rotation
// (CometBFT's proposer-priority algorithm), plus the > 2/3 commit rule.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "ipc/core/chain/state_io.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::chain {

struct Validator {
    EthAddress address;
    FixedBytes<65> publicKey;  // uncompressed SEC1
    std::uint64_t power = 0;   // collateral in milli-units (IPC's powerScale 3)
    U256 collateral;           // atto
    bool online = true;
    std::int64_t priority = 0;
    std::uint64_t blocksProposed = 0;
    std::uint64_t signaturesGiven = 0;
};

// Power from collateral with IPC's default power scale 3 (milli-FIL): collateral / 10^15.
std::uint64_t powerFromCollateral(const U256& collateralAtto);

class ValidatorSet {
public:
    ValidatorSet() = default;
    explicit ValidatorSet(std::vector<Validator> validators);

    const std::vector<Validator>& validators() const { return validators_; }
    std::vector<Validator>& mutableValidators() { return validators_; }
    bool empty() const { return validators_.empty(); }
    std::size_t size() const { return validators_.size(); }

    std::uint64_t totalPower() const;
    std::uint64_t onlinePower() const;
    // CometBFT commits a block when signed power > 2/3 of the total.
    bool canCommit() const { return 3 * onlinePower() > 2 * totalPower(); }

    const Validator* find(const EthAddress& a) const;
    Validator* find(const EthAddress& a);
    // Returns false when no such validator.
    bool setOnline(const EthAddress& a, bool online);

    // Advances the rotation one round and returns the index of the proposer: every validator
    // gains its power as priority, the highest (ties: lowest address) proposes and pays back the
    // total. Offline validators still take part in the rotation, as in CometBFT; a round whose
    // proposer is offline is skipped by the caller.
    std::size_t rotateProposer();

    // Replaces powers (membership change) keeping online flags; resets priorities like CometBFT
    // does for new validators (priority = -1.125 * total for newcomers is approximated as 0).
    void setMembership(std::vector<Validator> next);

    // State codec: every field of every validator, rotation priorities included.
    void encodeState(StateWriter& w) const;
    static ValidatorSet decodeState(StateReader& r);

private:
    std::vector<Validator> validators_;
};

}  // namespace ipc::chain
