// A subnet's validators: power, online switches, proposer rotation, the 2/3 rule.
#include "ipc/core/chain/validator_set.h"

#include <algorithm>
#include <limits>

namespace ipc::chain {

std::uint64_t powerFromCollateral(const U256& collateralAtto) {
    const U256 milli = collateralAtto / U256(1'000'000'000'000'000ULL);
    return milli.fitsUint64() ? milli.toUint64() : std::numeric_limits<std::uint64_t>::max();
}

ValidatorSet::ValidatorSet(std::vector<Validator> validators) : validators_(std::move(validators)) {
    std::sort(validators_.begin(), validators_.end(),
              [](const Validator& a, const Validator& b) { return a.address < b.address; });
}

std::uint64_t ValidatorSet::totalPower() const {
    std::uint64_t t = 0;
    for (const auto& v : validators_)
        t += v.power;
    return t;
}

std::uint64_t ValidatorSet::onlinePower() const {
    std::uint64_t t = 0;
    for (const auto& v : validators_) {
        if (v.online)
            t += v.power;
    }
    return t;
}

const Validator* ValidatorSet::find(const EthAddress& a) const {
    for (const auto& v : validators_) {
        if (v.address == a)
            return &v;
    }
    return nullptr;
}

Validator* ValidatorSet::find(const EthAddress& a) {
    return const_cast<Validator*>(static_cast<const ValidatorSet*>(this)->find(a));
}

bool ValidatorSet::setOnline(const EthAddress& a, bool online) {
    Validator* v = find(a);
    if (v == nullptr)
        return false;
    v->online = online;
    return true;
}

std::size_t ValidatorSet::rotateProposer() {
    const auto total = static_cast<std::int64_t>(totalPower());
    std::size_t best = 0;
    for (std::size_t i = 0; i < validators_.size(); ++i) {
        validators_[i].priority += static_cast<std::int64_t>(validators_[i].power);
        if (validators_[i].priority > validators_[best].priority)
            best = i;
    }
    validators_[best].priority -= total;
    return best;
}

void ValidatorSet::setMembership(std::vector<Validator> next) {
    for (auto& v : next) {
        if (const Validator* old = find(v.address)) {
            v.online = old->online;
            v.priority = old->priority;
            v.blocksProposed = old->blocksProposed;
            v.signaturesGiven = old->signaturesGiven;
        }
    }
    std::erase_if(next, [](const Validator& v) { return v.power == 0; });
    *this = ValidatorSet(std::move(next));
}

}  // namespace ipc::chain
