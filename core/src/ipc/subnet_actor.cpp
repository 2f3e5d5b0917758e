// The subnet actor in the parent: a child's parameters, validators, collateral, genesis.
#include "ipc/core/ipc/subnet_actor.h"

#include <algorithm>

#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/chain/validator_set.h"
#include "ipc/core/ipc/events.h"

namespace ipc::protocol {

using chain::Revert;

const char* toString(PermissionMode m) {
    switch (m) {
        case PermissionMode::Collateral:
            return "collateral";
        case PermissionMode::Federated:
            return "federated";
        case PermissionMode::Static:
            return "static";
    }
    return "?";
}

PermissionMode parsePermissionMode(std::string_view text) {
    if (text == "collateral")
        return PermissionMode::Collateral;
    if (text == "federated")
        return PermissionMode::Federated;
    if (text == "static")
        return PermissionMode::Static;
    throw ParseError("unknown permission mode '" + std::string(text) +
                     "' (expected collateral, federated or static)");
}

void SubnetParams::validate() const {
    if (bottomUpCheckPeriod == 0)
        throw ParseError("bottom-up checkpoint period must be > 0");
    if (majorityPercentage < 51 || majorityPercentage > 100) {
        throw ParseError("majority percentage must be between 51 and 100");
    }
    if (activeValidatorsLimit == 0 || activeValidatorsLimit > 256) {
        throw ParseError("active validators limit must be between 1 and 256");
    }
    if (minValidators == 0)
        throw ParseError("minimum validators must be at least 1");
    if (minValidators > activeValidatorsLimit) {
        throw ParseError("minimum validators exceeds the active validators limit");
    }
    if (maxMsgsPerBatch == 0)
        throw ParseError("max messages per batch must be > 0");
}

SubnetActor::SubnetActor(EthAddress self, SubnetId parent, SubnetParams params, EthAddress owner,
                         std::uint64_t createdHeight)
    : self_(self),
      parent_(std::move(parent)),
      params_(std::move(params)),
      owner_(owner),
      createdHeight_(createdHeight) {
    params_.validate();
}

U256 SubnetActor::genesisCircSupply() const {
    U256 sum;
    for (const auto& [a, v] : genesisBalances_)
        sum += v;
    return sum;
}

U256 SubnetActor::totalConfirmedCollateral() const {
    U256 sum;
    for (const auto& [a, v] : validators_)
        sum += v.confirmed;
    return sum;
}

U256 SubnetActor::claimable(const EthAddress& a) const {
    auto it = claimable_.find(a);
    return it == claimable_.end() ? U256{} : it->second;
}

std::vector<Member> SubnetActor::activeMembers() const {
    std::vector<Member> out;
    for (const auto& [addr, v] : validators_) {
        if (v.confirmed.isZero())
            continue;
        out.push_back(
            Member{addr, v.publicKey, v.confirmed, chain::powerFromCollateral(v.confirmed)});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Member& a, const Member& b) { return a.collateral > b.collateral; });
    if (out.size() > params_.activeValidatorsLimit)
        out.resize(params_.activeValidatorsLimit);
    std::sort(out.begin(), out.end(),
              [](const Member& a, const Member& b) { return a.addr < b.addr; });
    return out;
}

std::vector<PowerChange> SubnetActor::powerChanges(std::uint64_t fromExclusive,
                                                   std::uint64_t toInclusive) const {
    std::vector<PowerChange> out;
    for (const auto& c : changes_) {
        if (c.parentHeight > fromExclusive && c.parentHeight <= toInclusive)
            out.push_back(c.change);
    }
    return out;
}

bool SubnetActor::tryBootstrap(chain::AccountState& state, std::uint64_t height, Gateway& gateway) {
    if (bootstrapped_)
        return false;
    const U256 collateral = totalConfirmedCollateral();
    std::uint64_t count = 0;
    for (const auto& [a, v] : validators_)
        count += v.confirmed.isZero() ? 0 : 1;
    const bool federated = params_.permissionMode == PermissionMode::Federated;
    const bool enough = federated || collateral >= params_.minActivationCollateral;
    if (!enough || count < params_.minValidators)
        return false;
    const U256 circ = genesisCircSupply();
    const U256 locked = federated ? U256{} : collateral;
    state.transfer(self_, gatewayAddress(), locked + circ);
    gateway.registerChild(id(), locked, circ, height);
    bootstrapped_ = true;
    bootstrapHeight_ = height;
    return true;
}

void SubnetActor::queue(std::uint64_t height, const EthAddress& addr, const FixedBytes<65>& key,
                        const U256& newCollateral) {
    auto& v = validators_[addr];
    QueuedChange q;
    q.change = PowerChange{nextConfigurationNumber_++, addr, key, newCollateral};
    q.parentHeight = height;
    q.previous = v.pending;
    changes_.push_back(q);
    v.addr = addr;
    v.publicKey = key;
    v.pending = newCollateral;
}

bool SubnetActor::join(chain::AccountState& state, std::uint64_t height, const EthAddress& sender,
                       const FixedBytes<65>& publicKey, const U256& value, Gateway& gateway) {
    if (killed_)
        throw Revert("subnet was killed");
    if (params_.permissionMode == PermissionMode::Federated) {
        throw Revert(
            "join needs a collateral subnet: validators of a federated subnet are set by "
            "its owner");
    }
    if (params_.permissionMode == PermissionMode::Static && bootstrapped_) {
        throw Revert("the validators of a static subnet are fixed once it has started");
    }
    if (value.isZero())
        throw Revert("join needs collateral sent as the transaction value");
    crypto::PublicKey key;
    try {
        key = crypto::PublicKey::parse(publicKey.view());
    } catch (const ParseError&) {
        throw Revert("not a valid secp256k1 public key");
    }
    if (key.ethAddress() != sender) {
        throw Revert("the public key does not belong to the sender " + sender.toChecksumHex());
    }
    auto it = validators_.find(sender);
    if (it != validators_.end() && !it->second.pending.isZero()) {
        throw Revert("already a validator: use stake to add collateral");
    }
    if (!bootstrapped_) {
        auto& v = validators_[sender];
        v.addr = sender;
        v.publicKey = publicKey;
        v.confirmed += value;
        v.pending = v.confirmed;
        return tryBootstrap(state, height, gateway);
    }
    state.transfer(self_, gatewayAddress(), value);
    gateway.addStake(id(), value);
    queue(height, sender, publicKey, value);
    return false;
}

void SubnetActor::stake(chain::AccountState& state, std::uint64_t height, const EthAddress& sender,
                        const U256& value, Gateway& gateway) {
    if (killed_)
        throw Revert("subnet was killed");
    if (params_.permissionMode == PermissionMode::Federated ||
        (params_.permissionMode == PermissionMode::Static && bootstrapped_)) {
        throw Revert("stake needs a collateral subnet (or a static one before it starts)");
    }
    if (value.isZero())
        throw Revert("stake needs collateral sent as the transaction value");
    auto it = validators_.find(sender);
    if (it == validators_.end() || it->second.pending.isZero()) {
        throw Revert("not a validator: join first");
    }
    if (!bootstrapped_) {
        it->second.confirmed += value;
        it->second.pending = it->second.confirmed;
        tryBootstrap(state, height, gateway);
        return;
    }
    state.transfer(self_, gatewayAddress(), value);
    gateway.addStake(id(), value);
    queue(height, sender, it->second.publicKey, it->second.pending + value);
}

void SubnetActor::unstake(std::uint64_t height, const EthAddress& sender, const U256& amount,
                          chain::AccountState& state) {
    if (params_.permissionMode != PermissionMode::Collateral) {
        throw Revert("unstake needs a collateral subnet");
    }
    auto it = validators_.find(sender);
    if (it == validators_.end() || it->second.pending.isZero())
        throw Revert("not a validator");
    if (amount.isZero())
        throw Revert("unstake needs an amount greater than zero");
    if (amount >= it->second.pending) {
        throw Revert("unstake would remove all collateral: use leave");
    }
    if (!bootstrapped_) {
        state.transfer(self_, sender, amount);
        it->second.confirmed -= amount;
        it->second.pending = it->second.confirmed;
        return;
    }
    queue(height, sender, it->second.publicKey, it->second.pending - amount);
}

void SubnetActor::leave(chain::AccountState& state, std::uint64_t height,
                        const EthAddress& sender) {
    auto it = validators_.find(sender);
    if (it == validators_.end() || it->second.pending.isZero())
        throw Revert("not a validator");
    // Checked before bootstrap too: federated power is not collateral this actor holds, so
    // paying it out would take the genesis funds.
    if (params_.permissionMode == PermissionMode::Federated) {
        throw Revert("validators of a federated subnet are set by its owner");
    }
    if (!bootstrapped_) {
        state.transfer(self_, sender, it->second.confirmed);
        validators_.erase(it);
        return;
    }
    if (params_.permissionMode != PermissionMode::Collateral) {
        throw Revert("the validators of a static subnet are fixed once it has started");
    }
    queue(height, sender, it->second.publicKey, U256{});
}

void SubnetActor::kill(chain::AccountState& state, const EthAddress& sender, Gateway& gateway) {
    if (killed_)
        throw Revert("subnet already killed");
    (void)sender;
    for (const auto& [a, v] : validators_) {
        if (!v.pending.isZero() || !v.confirmed.isZero()) {
            throw Revert("subnet still has validators: all must leave first");
        }
    }
    if (bootstrapped_) {
        const ChildSubnet* c = gateway.child(id());
        if (c != nullptr && !c->circSupply.isZero()) {
            throw Revert("subnet still has circulating supply: release it first");
        }
        gateway.killChild(id());
    } else {
        // Refund genesis balances of a subnet that never started.
        for (const auto& [a, v] : genesisBalances_)
            state.transfer(self_, a, v);
        genesisBalances_.clear();
    }
    killed_ = true;
}

void SubnetActor::preFund(const EthAddress& sender, const U256& value) {
    if (bootstrapped_)
        throw Revert("preFund is only possible before bootstrap");
    if (killed_)
        throw Revert("subnet was killed");
    if (value.isZero())
        throw Revert("preFund needs a value greater than zero");
    genesisBalances_[sender] += value;
}

void SubnetActor::preRelease(chain::AccountState& state, const EthAddress& sender,
                             const U256& amount) {
    if (bootstrapped_)
        throw Revert("preRelease is only possible before bootstrap");
    auto it = genesisBalances_.find(sender);
    if (it == genesisBalances_.end() || it->second < amount) {
        throw Revert("preRelease exceeds the sender's genesis balance");
    }
    state.transfer(self_, sender, amount);
    it->second -= amount;
    if (it->second.isZero())
        genesisBalances_.erase(it);
}

void SubnetActor::claim(chain::AccountState& state, const EthAddress& sender) {
    auto it = claimable_.find(sender);
    if (it == claimable_.end() || it->second.isZero())
        throw Revert("nothing to claim");
    state.transfer(self_, sender, it->second);
    claimable_.erase(it);
}

bool SubnetActor::setFederatedPower(chain::AccountState& state, std::uint64_t height,
                                    const EthAddress& sender,
                                    const std::vector<EthAddress>& validators,
                                    const std::vector<FixedBytes<65>>& publicKeys,
                                    const std::vector<U256>& powers, Gateway& gateway) {
    if (params_.permissionMode != PermissionMode::Federated) {
        throw Revert("setFederatedPower needs a federated subnet");
    }
    if (sender != owner_)
        throw Revert("only the subnet owner can set federated power");
    if (validators.size() != publicKeys.size() || validators.size() != powers.size()) {
        throw Revert("validators, public keys and powers must have the same length");
    }
    for (std::size_t i = 0; i < validators.size(); ++i) {
        crypto::PublicKey key;
        try {
            key = crypto::PublicKey::parse(publicKeys[i].view());
        } catch (const ParseError&) {
            throw Revert("not a valid secp256k1 public key at index " + std::to_string(i));
        }
        if (key.ethAddress() != validators[i]) {
            throw Revert("public key " + std::to_string(i) + " does not match its validator");
        }
    }
    // Federated power is expressed in the same units as collateral so weights line up.
    for (std::size_t i = 0; i < validators.size(); ++i) {
        if (!bootstrapped_) {
            auto& v = validators_[validators[i]];
            v.addr = validators[i];
            v.publicKey = publicKeys[i];
            v.confirmed = powers[i];
            v.pending = powers[i];
            if (powers[i].isZero())
                validators_.erase(validators[i]);
        } else {
            queue(height, validators[i], publicKeys[i], powers[i]);
        }
    }
    return tryBootstrap(state, height, gateway);
}

void SubnetActor::verifyCheckpoint(const BottomUpCheckpoint& checkpoint,
                                   const std::vector<EthAddress>& signatories,
                                   const std::vector<crypto::Signature>& signatures) const {
    if (!bootstrapped_)
        throw Revert("subnet has not bootstrapped");
    if (killed_)
        throw Revert("subnet was killed");
    if (checkpoint.subnet != id()) {
        throw Revert("checkpoint is for " + checkpoint.subnet.toString() + ", not " +
                     id().toString());
    }
    const std::uint64_t h = checkpoint.blockHeight;
    const std::uint64_t p = params_.bottomUpCheckPeriod;
    if (h <= lastCheckpointHeight_) {
        throw Revert("BottomUpCheckpointAlreadySubmitted: height " + std::to_string(h) +
                     " is not above the last accepted " + std::to_string(lastCheckpointHeight_));
    }
    const std::uint64_t next = (lastCheckpointHeight_ / p + 1) * p;
    if (h > next) {
        throw Revert("CannotSubmitFutureCheckpoint: expected height " + std::to_string(next) +
                     ", got " + std::to_string(h));
    }
    if (h != next && checkpoint.msgs.size() != params_.maxMsgsPerBatch) {
        throw Revert("InvalidCheckpointEpoch: height " + std::to_string(h) +
                     " is not a checkpoint epoch and the batch is not full");
    }
    if (checkpoint.nextConfigurationNumber > nextConfigurationNumber_) {
        // The child can only have applied changes this actor has queued.
        throw Revert("CannotConfirmFutureChanges: next configuration number " +
                     std::to_string(checkpoint.nextConfigurationNumber) + " is beyond " +
                     std::to_string(nextConfigurationNumber_));
    }
    if (signatories.size() != signatures.size()) {
        throw Revert("signatories and signatures differ in length");
    }
    if (signatories.empty())
        throw Revert("InvalidSignatureErr: no signatures");
    for (std::size_t i = 1; i < signatories.size(); ++i) {
        if (signatories[i] == signatories[i - 1]) {
            throw Revert("DuplicateValidatorSignaturesFound: " + signatories[i].toChecksumHex());
        }
        if (signatories[i] < signatories[i - 1]) {
            throw Revert("SignatureAddressesNotSorted: signatories must be in ascending order");
        }
    }
    const auto members = activeMembers();
    std::uint64_t total = 0;
    for (const auto& m : members)
        total += m.weight;
    const Hash32 hash = checkpointHash(checkpoint);
    std::uint64_t weight = 0;
    for (std::size_t i = 0; i < signatories.size(); ++i) {
        auto m = std::find_if(members.begin(), members.end(),
                              [&](const Member& x) { return x.addr == signatories[i]; });
        if (m == members.end()) {
            throw Revert("NotValidator: " + signatories[i].toChecksumHex() +
                         " is not an active validator");
        }
        const auto signer = crypto::recoverAddress(hash, signatures[i]);
        if (!signer || *signer != signatories[i]) {
            throw Revert("InvalidSignatureErr: signature " + std::to_string(i) +
                         " was not made by " + signatories[i].toChecksumHex());
        }
        weight += m->weight;
    }
    if (!reachesMajority(weight, total, params_.majorityPercentage)) {
        throw Revert("InvalidSignatureErr: weight " + std::to_string(weight) + " of " +
                     std::to_string(total) + " is below " +
                     std::to_string(params_.majorityPercentage) + "%");
    }
}

void SubnetActor::submitCheckpoint(chain::AccountState& state, std::uint64_t height,
                                   const BottomUpCheckpoint& checkpoint,
                                   const std::vector<EthAddress>& signatories,
                                   const std::vector<crypto::Signature>& signatures,
                                   Gateway& gateway, std::vector<chain::Log>& logs) {
    verifyCheckpoint(checkpoint, signatories, signatures);
    lastCheckpointHeight_ = checkpoint.blockHeight;
    gateway.execBottomUp(state, height, id(), checkpoint.msgs, logs);
    if (checkpoint.nextConfigurationNumber > 0) {
        confirmUpTo(state, checkpoint.nextConfigurationNumber - 1, gateway);
    }
    logs.push_back(events::checkpointCommitted(self_, checkpoint.blockHeight));
}

void SubnetActor::confirmUpTo(chain::AccountState& state, std::uint64_t configurationNumber,
                              Gateway& gateway) {
    while (!changes_.empty() &&
           changes_.front().change.configurationNumber <= configurationNumber) {
        const QueuedChange q = changes_.front();
        changes_.erase(changes_.begin());
        auto& v = validators_[q.change.validator];
        const U256 before = v.confirmed;
        v.confirmed = q.change.newCollateral;
        if (params_.permissionMode == PermissionMode::Collateral && before > v.confirmed) {
            const U256 released = before - v.confirmed;
            gateway.releaseStake(state, id(), released, self_);
            claimable_[q.change.validator] += released;
        }
        if (v.confirmed.isZero() && v.pending.isZero())
            validators_.erase(q.change.validator);
    }
}

}  // namespace ipc::protocol
