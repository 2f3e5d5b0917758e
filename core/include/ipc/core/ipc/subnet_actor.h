// The subnet actor (IPC_PROTOCOL.md §2): lives in the parent, one per child subnet. Holds the
// child's parameters, validators and collateral, genesis balances before bootstrap, queued power
// changes with configuration numbers, and verifies bottom-up checkpoints submitted by relayers.
// Every call checks everything first and throws chain::Revert before changing anything.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "ipc/core/chain/account_state.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/ipc/gateway.h"

namespace ipc::protocol {

enum class PermissionMode : std::uint8_t { Collateral = 0, Federated = 1, Static = 2 };
const char* toString(PermissionMode m);
PermissionMode parsePermissionMode(std::string_view text);  // throws ParseError

struct SubnetParams {
    U256 minActivationCollateral = U256(1'000'000'000'000'000'000ULL);  // 1 FIL
    std::uint64_t minValidators = 1;
    std::uint64_t bottomUpCheckPeriod = 10;
    std::uint16_t activeValidatorsLimit = 100;
    std::uint8_t majorityPercentage = 67;
    PermissionMode permissionMode = PermissionMode::Collateral;
    std::uint64_t blockTimeMs = 1000;      // devnet: the child's block time
    std::optional<std::uint64_t> chainId;  // explicit chain id; default is IPC's FNV-1a rule
    std::size_t maxMsgsPerBatch = 10;

    // Throws ParseError naming the first parameter out of range.
    void validate() const;
};

struct ValidatorRecord {
    EthAddress addr;
    FixedBytes<65> publicKey;
    U256 confirmed;  // collateral the parent's quorum uses
    U256 pending;    // collateral including queued changes
};

struct QueuedChange {
    PowerChange change;
    std::uint64_t parentHeight = 0;  // when it was queued (the child learns it via finality)
    U256 previous;                   // collateral before the change (to release on confirm)
};

class SubnetActor {
public:
    SubnetActor(EthAddress self, SubnetId parent, SubnetParams params, EthAddress owner,
                std::uint64_t createdHeight);

    const EthAddress& address() const { return self_; }
    SubnetId id() const { return parent_.child(self_); }
    const SubnetParams& params() const { return params_; }
    const EthAddress& owner() const { return owner_; }
    bool bootstrapped() const { return bootstrapped_; }
    bool killed() const { return killed_; }
    std::uint64_t lastBottomUpCheckpointHeight() const { return lastCheckpointHeight_; }
    std::uint64_t nextConfigurationNumber() const { return nextConfigurationNumber_; }
    std::uint64_t bootstrapHeight() const { return bootstrapHeight_; }
    std::uint64_t createdHeight() const { return createdHeight_; }
    const std::map<EthAddress, ValidatorRecord>& validators() const { return validators_; }
    const std::map<EthAddress, U256>& genesisBalances() const { return genesisBalances_; }
    U256 genesisCircSupply() const;
    U256 totalConfirmedCollateral() const;
    const std::vector<QueuedChange>& queuedChanges() const { return changes_; }
    U256 claimable(const EthAddress& a) const;
    // Active validators (top `activeValidatorsLimit` by confirmed collateral) with weights.
    std::vector<Member> activeMembers() const;
    // Power changes queued at parent heights in (from, to], for the child's top-down finality.
    std::vector<PowerChange> powerChanges(std::uint64_t fromExclusive,
                                          std::uint64_t toInclusive) const;

    // The value of payable calls has already been moved to this actor's account.
    // Returns true when this call bootstrapped the subnet (the caller registers it in the
    // gateway with `genesisCircSupply()` and the confirmed collateral).
    bool join(chain::AccountState& state, std::uint64_t height, const EthAddress& sender,
              const FixedBytes<65>& publicKey, const U256& value, Gateway& gateway);
    void stake(chain::AccountState& state, std::uint64_t height, const EthAddress& sender,
               const U256& value, Gateway& gateway);
    void unstake(std::uint64_t height, const EthAddress& sender, const U256& amount,
                 chain::AccountState& state);
    void leave(chain::AccountState& state, std::uint64_t height, const EthAddress& sender);
    void kill(chain::AccountState& state, const EthAddress& sender, Gateway& gateway);
    void preFund(const EthAddress& sender, const U256& value);
    void preRelease(chain::AccountState& state, const EthAddress& sender, const U256& amount);
    void claim(chain::AccountState& state, const EthAddress& sender);
    // Federated mode, owner only: sets powers (0 removes). Before bootstrap they are genesis
    // powers; after, queued changes. Returns true when this call bootstrapped the subnet.
    bool setFederatedPower(chain::AccountState& state, std::uint64_t height,
                           const EthAddress& sender, const std::vector<EthAddress>& validators,
                           const std::vector<FixedBytes<65>>& publicKeys,
                           const std::vector<U256>& powers, Gateway& gateway);

    // Verifies height, signatories (sorted, unique, active) and the weighted multisignature;
    // throws Revert with the reason. Does not change anything.
    void verifyCheckpoint(const BottomUpCheckpoint& checkpoint,
                          const std::vector<EthAddress>& signatories,
                          const std::vector<crypto::Signature>& signatures) const;
    // verifyCheckpoint, then executes its messages in the parent gateway and confirms the
    // membership changes it covers.
    void submitCheckpoint(chain::AccountState& state, std::uint64_t height,
                          const BottomUpCheckpoint& checkpoint,
                          const std::vector<EthAddress>& signatories,
                          const std::vector<crypto::Signature>& signatures, Gateway& gateway,
                          std::vector<chain::Log>& logs);

    // State codec (core/src/ipc/state_codec.cpp).
    void encodeState(chain::StateWriter& w) const;
    static SubnetActor decodeState(chain::StateReader& r);

private:
    bool tryBootstrap(chain::AccountState& state, std::uint64_t height, Gateway& gateway);
    void queue(std::uint64_t height, const EthAddress& addr, const FixedBytes<65>& key,
               const U256& newCollateral);
    void confirmUpTo(chain::AccountState& state, std::uint64_t configurationNumber,
                     Gateway& gateway);

    EthAddress self_;
    SubnetId parent_;
    SubnetParams params_;
    EthAddress owner_;
    std::uint64_t createdHeight_ = 0;
    bool bootstrapped_ = false;
    bool killed_ = false;
    std::uint64_t bootstrapHeight_ = 0;
    std::map<EthAddress, ValidatorRecord> validators_;
    std::map<EthAddress, U256> genesisBalances_;
    std::vector<QueuedChange> changes_;
    std::uint64_t nextConfigurationNumber_ = 1;
    std::uint64_t lastCheckpointHeight_ = 0;
    std::map<EthAddress, U256> claimable_;
};

}  // namespace ipc::protocol
