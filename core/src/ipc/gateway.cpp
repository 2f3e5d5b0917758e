// The gateway actor of one subnet: children, message queues, checkpoints, finality.
#include "ipc/core/ipc/gateway.h"

#include <algorithm>

#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/ipc/errors.h"
#include "ipc/core/ipc/events.h"

namespace ipc::protocol {

abi::Value toAbi(const ChildSubnet& c) {
    return abi::Value::tuple({abi::Value::uint(c.stake), abi::Value::uint(c.genesisEpoch),
                              abi::Value::uint(c.circSupply), abi::Value::uint(c.topDownNonce),
                              abi::Value::uint(c.appliedBottomUpNonce), toAbi(c.id)});
}

using chain::Revert;

bool reachesMajority(std::uint64_t weight, std::uint64_t total, unsigned pct) {
    return U256(weight) >= U256(majorityThreshold(total, pct));
}

std::uint64_t majorityThreshold(std::uint64_t total, unsigned pct) {
    // Integer division, as IPC's contracts compute `(totalWeight * majorityPercentage) / 100`.
    return (U256(total) * U256(pct) / U256(100)).toUint64();
}

EthAddress gatewayAddress() {
    return EthAddress::parse("0x77aa40b105843728088c0132e43fc44348881da8");
}
EthAddress registryAddress() {
    return EthAddress::parse("0x74539671a1d2f1c8f200826baba665179f53a1b7");
}

const char* toString(CheckpointStage s) {
    switch (s) {
        case CheckpointStage::Signing:
            return "signing";
        case CheckpointStage::Quorum:
            return "quorum";
        case CheckpointStage::Submitted:
            return "submitted";
        case CheckpointStage::Executed:
            return "executed";
        case CheckpointStage::Cut:
            return "cut";
    }
    return "?";
}

Gateway::Gateway(SubnetId self, GatewayParams params) : self_(std::move(self)), params_(params) {
    if (params_.bottomUpCheckPeriod == 0)
        throw Error("bottom-up checkpoint period must be > 0");
}

// ---------------------------------------------------------------- children (parent side)

void Gateway::registerChild(const SubnetId& child, const U256& stake, const U256& genesisCirc,
                            std::uint64_t height) {
    if (children_.count(child) != 0)
        throw Revert("subnet already registered");
    ChildSubnet c;
    c.id = child;
    c.stake = stake;
    c.genesisEpoch = height;
    c.circSupply = genesisCirc;
    children_.emplace(child, std::move(c));
    topDown_[child];
}

void Gateway::addStake(const SubnetId& child, const U256& amount) {
    auto it = children_.find(child);
    if (it == children_.end())
        throw Revert("subnet not registered");
    it->second.stake += amount;
}

void Gateway::releaseStake(chain::AccountState& state, const SubnetId& child, const U256& amount,
                           const EthAddress& to) {
    auto it = children_.find(child);
    if (it == children_.end())
        throw Revert("subnet not registered");
    if (it->second.stake < amount)
        throw Revert("not enough stake to release");
    state.transfer(gatewayAddress(), to, amount);
    it->second.stake -= amount;
}

void Gateway::killChild(const SubnetId& child) {
    auto it = children_.find(child);
    if (it == children_.end())
        throw Revert("subnet not registered");
    if (!it->second.circSupply.isZero())
        throw Revert("subnet still has circulating supply");
    if (!it->second.stake.isZero())
        throw Revert("subnet still has collateral");
    it->second.killed = true;
}

const ChildSubnet* Gateway::child(const SubnetId& id) const {
    auto it = children_.find(id);
    return it == children_.end() ? nullptr : &it->second;
}

std::vector<Envelope> Gateway::topDownMessages(const SubnetId& child, std::uint64_t fromExclusive,
                                               std::uint64_t toInclusive) const {
    std::vector<Envelope> out;
    auto it = topDown_.find(child);
    if (it == topDown_.end())
        return out;
    const auto& q = it->second;
    auto first =
        std::upper_bound(q.begin(), q.end(), fromExclusive,
                         [](std::uint64_t h, const TopDownEntry& e) { return h < e.parentHeight; });
    for (; first != q.end() && first->parentHeight <= toInclusive; ++first) {
        out.push_back(first->msg);
    }
    return out;
}

const std::vector<TopDownEntry>& Gateway::topDownQueue(const SubnetId& child) const {
    static const std::vector<TopDownEntry> kEmpty;
    auto it = topDown_.find(child);
    return it == topDown_.end() ? kEmpty : it->second;
}

U256 Gateway::lockedValue() const {
    U256 sum;
    for (const auto& [id, c] : children_)
        sum += c.stake + c.circSupply;
    return sum;
}

// ---------------------------------------------------------------- routing

std::uint64_t Gateway::batchEpoch(std::uint64_t height) const {
    const auto p = params_.bottomUpCheckPeriod;
    return (height / p + 1) * p;
}

Envelope Gateway::route(chain::AccountState& state, std::uint64_t height, Envelope msg, bool fresh,
                        std::vector<chain::Log>& logs) {
    const SubnetId& dst = msg.to.subnet;
    if (dst.root() != self_.root()) {
        if (fresh)
            throw invalidXnetMessage(XnetFailure::NoRoute,
                                     "destination " + dst.toString() + " is in another root");
        fail(state, height, msg, XnetFailure::NoRoute, logs);
        return msg;
    }
    if (self_.isAncestorOf(dst)) {
        const SubnetId next = *SubnetId::down(dst, self_);
        auto it = children_.find(next);
        if (it == children_.end() || it->second.killed) {
            if (fresh)
                throw invalidXnetMessage(XnetFailure::DstSubnet,
                                         next.toString() + " is not a live child subnet");
            fail(state, height, msg, XnetFailure::DstSubnet, logs);
            return msg;
        }
        ChildSubnet& child = it->second;
        const U256 circ = child.circSupply + msg.value;  // may throw before anything changes
        msg.localNonce = child.topDownNonce++;
        if (fresh)
            msg.originalNonce = msg.localNonce;
        child.circSupply = circ;
        topDown_[next].push_back(TopDownEntry{height, msg});
        const Hash32 id = tracingId(msg);
        logs.push_back(events::newTopDownMessage(next.actor().value_or(EthAddress{}), msg, id));
        events_.push_back(MessageEvent{
            MessageEvent::Kind::CommittedTopDown, id, msg, height, next, std::nullopt, 0, {}});
        return msg;
    }
    // Upwards: the value leaves this subnet (burnt) and travels in the next checkpoint.
    if (self_.isRoot()) {
        if (fresh)
            throw invalidXnetMessage(XnetFailure::NoRoute,
                                     dst.toString() + " is not below the root");
        fail(state, height, msg, XnetFailure::NoRoute, logs);
        return msg;
    }
    state.debit(gatewayAddress(), msg.value);
    msg.localNonce = bottomUpNonce_++;
    if (fresh)
        msg.originalNonce = msg.localNonce;
    const std::uint64_t epoch = batchEpoch(height);
    batches_[epoch].push_back(msg);
    const Hash32 id = tracingId(msg);
    logs.push_back(events::queuedBottomUpMessage(id));
    events_.push_back(MessageEvent{MessageEvent::Kind::CommittedBottomUp,
                                   id,
                                   msg,
                                   height,
                                   self_.parent(),
                                   std::nullopt,
                                   epoch,
                                   {}});
    return msg;
}

void Gateway::deliver(chain::AccountState& state, std::uint64_t height, const Envelope& msg,
                      std::vector<chain::Log>& logs) {
    if (msg.kind != MsgKind::Transfer) {
        if (state.hasCode(msg.to.raw)) {
            pendingCalls_.push_back(msg);  // its handleIpcMessage runs in executeCalls()
            return;
        }
        if (msg.kind == MsgKind::Call) {
            // Nothing to call: refused with the value refunded (IPC would hand the value over
            // as a bare transfer; a Call is meant for code, so it is an error here).
            fail(state, height, msg, XnetFailure::Kind, logs);
            return;
        }
        // A Result to an account: a bare transfer of what it returns, as in IPC.
    }
    state.transfer(gatewayAddress(), msg.to.raw, msg.value);
    const Hash32 id = tracingId(msg);
    events_.push_back(MessageEvent{
        MessageEvent::Kind::Delivered, id, msg, height, std::nullopt, std::nullopt, 0, {}});
    if (msg.kind != MsgKind::Result) {
        answer(state, height, msg, Outcome::Ok, std::nullopt, U256{}, logs);
    }
}

void Gateway::fail(chain::AccountState& state, std::uint64_t height, const Envelope& msg,
                   XnetFailure why, std::vector<chain::Log>& logs, bool refund) {
    events_.push_back(MessageEvent{
        MessageEvent::Kind::Failed, tracingId(msg), msg, height, std::nullopt, why, 0, {}});
    if (msg.kind != MsgKind::Result) {
        answer(state, height, msg, Outcome::SystemErr, why, refund ? msg.value : U256{}, logs);
    }
}

void Gateway::answer(chain::AccountState& state, std::uint64_t height, const Envelope& msg,
                     Outcome outcome, std::optional<XnetFailure> why, const U256& refund,
                     std::vector<chain::Log>& logs, Bytes ret) {
    ResultMsg r;
    r.id = tracingId(msg);
    r.outcome = outcome;
    r.ret = std::move(ret);
    if (why)
        r.ret = systemErrData(*why);
    Envelope result;
    result.kind = MsgKind::Result;
    result.value = refund;
    result.to = msg.from;
    result.from = msg.to;
    result.message = encodeResultMsg(r);
    if (result.to.subnet == self_) {
        result.originalNonce = 0;
        deliver(state, height, result, logs);
        return;
    }
    const Envelope receipt = result;
    try {
        route(state, height, std::move(result), /*fresh=*/true, logs);
    } catch (const Revert&) {
        // A receipt never reverts the batch it answers (a killed or unknown sender subnet must
        // not wedge the checkpoints of the subnet answering it). It is dropped and the refund
        // this gateway holds for it is burnt, so the locked balance stays exact.
        state.debit(gatewayAddress(), refund);
        const XnetFailure stuck =
            self_.isAncestorOf(receipt.to.subnet) ? XnetFailure::DstSubnet : XnetFailure::NoRoute;
        events_.push_back(MessageEvent{MessageEvent::Kind::Failed,
                                       tracingId(receipt),
                                       receipt,
                                       height,
                                       std::nullopt,
                                       stuck,
                                       0,
                                       {}});
    }
}

// ---------------------------------------------------------------- user calls

Envelope Gateway::fund(chain::AccountState& state, std::uint64_t height, const EthAddress& sender,
                       const U256& value, const SubnetId& child, const EthAddress& to,
                       std::vector<chain::Log>& logs) {
    if (value.isZero())
        throw Revert("fund needs a value greater than zero");
    if (child.parent() != self_) {
        throw Revert("fund goes to a direct child of " + self_.toString() + ", not " +
                     child.toString());
    }
    Envelope e;
    e.kind = MsgKind::Transfer;
    e.value = value;
    e.to = IpcAddress{child, to};
    e.from = IpcAddress{self_, sender};
    return route(state, height, std::move(e), true, logs);
}

Envelope Gateway::release(chain::AccountState& state, std::uint64_t height,
                          const EthAddress& sender, const U256& value, const EthAddress& to,
                          std::vector<chain::Log>& logs) {
    if (value.isZero())
        throw Revert("release needs a value greater than zero");
    const auto parent = self_.parent();
    if (!parent)
        throw Revert("release is not possible on the root: it has no parent");
    Envelope e;
    e.kind = MsgKind::Transfer;
    e.value = value;
    e.to = IpcAddress{*parent, to};
    e.from = IpcAddress{self_, sender};
    return route(state, height, std::move(e), true, logs);
}

Envelope Gateway::sendContractXnetMessage(chain::AccountState& state, std::uint64_t height,
                                          const EthAddress& sender, bool senderIsContract,
                                          const U256& value, const Envelope& envelope,
                                          std::vector<chain::Log>& logs) {
    if (!senderIsContract) {
        throw invalidXnetMessage(XnetFailure::Sender,
                                 "only contracts send cross-net messages; a wallet moves value "
                                 "with fund and release");
    }
    if (envelope.kind != MsgKind::Call)
        throw invalidXnetMessage(XnetFailure::Kind, "contracts send Call messages");
    try {
        decodeCallMsg(envelope.message);
    } catch (const ParseError& e) {
        throw invalidXnetMessage(XnetFailure::Kind,
                                 std::string("the message is not a CallMsg: ") + e.what());
    }
    if (envelope.value != value) {
        throw invalidXnetMessage(XnetFailure::Value,
                                 "the envelope's value must equal the value sent");
    }
    if (envelope.to.raw == EthAddress())
        throw invalidXnetMessage(XnetFailure::DstSubnet, "the target is the zero address");
    return sendCrossMessage(state, height, sender, value, envelope.to, logs, MsgKind::Call,
                            envelope.message);
}

Envelope Gateway::sendCrossMessage(chain::AccountState& state, std::uint64_t height,
                                   const EthAddress& sender, const U256& value,
                                   const IpcAddress& to, std::vector<chain::Log>& logs,
                                   MsgKind kind, Bytes payload) {
    if (kind == MsgKind::Result)
        throw invalidXnetMessage(XnetFailure::Kind, "users cannot send Result messages");
    if (to.subnet == self_)
        throw cannotSendCrossMsgToItself("the destination is this subnet (ReflexiveSend)");
    if (kind == MsgKind::Transfer && value.isZero()) {
        throw Revert("a cross-net transfer needs a value greater than zero");
    }
    Envelope e;
    e.kind = kind;
    e.value = value;
    e.to = to;
    e.from = IpcAddress{self_, sender};
    e.message = std::move(payload);
    return route(state, height, std::move(e), true, logs);
}

// ---------------------------------------------------------------- top-down (child side)

void Gateway::applyTopDown(chain::AccountState& state, std::uint64_t height,
                           const ParentFinality& finality, const std::vector<Envelope>& msgs,
                           const std::vector<PowerChange>& changes, std::vector<chain::Log>& logs) {
    finality_ = finality;
    finalities_[finality.height] = finality;
    for (const auto& c : changes) {
        const std::uint64_t lastQueued = pendingChanges_.empty()
                                             ? lastAppliedChange_
                                             : pendingChanges_.back().configurationNumber;
        if (c.configurationNumber > lastQueued)
            pendingChanges_.push_back(c);
    }
    U256 total;
    for (const auto& m : msgs)
        total += m.value;
    state.credit(gatewayAddress(), total);  // mint what the parent locked

    std::vector<Envelope> ordered = msgs;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Envelope& a, const Envelope& b) {
        return a.localNonce < b.localNonce;
    });
    for (const auto& m : ordered) {
        if (m.localNonce != appliedTopDownNonce_) {
            fail(state, height, m, XnetFailure::Nonce, logs);
            continue;
        }
        ++appliedTopDownNonce_;
        if (m.to.subnet == self_) {
            deliver(state, height, m, logs);
        } else if (self_.isAncestorOf(m.to.subnet)) {
            route(state, height, m, false, logs);
        } else {
            fail(state, height, m, XnetFailure::DstSubnet, logs);
        }
    }
}

// ---------------------------------------------------------------- bottom-up (child side)

void Gateway::setMembership(std::vector<Member> members, std::uint64_t configurationNumber) {
    std::sort(members.begin(), members.end(),
              [](const Member& a, const Member& b) { return a.addr < b.addr; });
    membership_ = std::move(members);
    configurationNumber_ = configurationNumber;
}

std::optional<std::uint64_t> Gateway::maybeCutCheckpoint(
    std::uint64_t height, const Hash32& blockHash, std::uint64_t timeMs,
    std::uint64_t activeValidators, std::uint64_t blocksCommitted, std::vector<chain::Log>& logs) {
    const auto p = params_.bottomUpCheckPeriod;
    std::vector<Envelope> msgs;
    if (height % p == 0) {
        auto it = batches_.find(height);
        if (it != batches_.end()) {
            msgs = std::move(it->second);
            batches_.erase(it);
        }
    } else {
        auto it = batches_.find(batchEpoch(height));
        if (it == batches_.end() || it->second.size() < params_.maxMsgsPerBatch) {
            return std::nullopt;
        }
        msgs = std::move(it->second);
        batches_.erase(it);
    }
    if (msgs.size() > params_.maxMsgsPerBatch) {
        // A checkpoint carries at most a full batch; the rest waits for the next cut.
        auto& spill = batches_[batchEpoch(height)];
        spill.insert(spill.begin(),
                     msgs.begin() + static_cast<std::ptrdiff_t>(params_.maxMsgsPerBatch),
                     msgs.end());
        msgs.resize(params_.maxMsgsPerBatch);
    }

    CheckpointRecord rec;
    rec.membership = membership_;  // the current configuration signs; changes apply after
    for (const auto& m : membership_)
        rec.totalWeight += m.weight;
    rec.threshold = majorityThreshold(rec.totalWeight, params_.majorityPercentage);

    // Pending membership changes from the parent take effect now.
    if (!pendingChanges_.empty()) {
        std::vector<Member> next = membership_;
        for (const auto& c : pendingChanges_) {
            auto it = std::find_if(next.begin(), next.end(),
                                   [&](const Member& m) { return m.addr == c.validator; });
            if (c.newCollateral.isZero()) {
                if (it != next.end())
                    next.erase(it);
            } else if (it != next.end()) {
                it->collateral = c.newCollateral;
                it->weight = chain::powerFromCollateral(c.newCollateral);
            } else {
                next.push_back(Member{c.validator, c.publicKey, c.newCollateral,
                                      chain::powerFromCollateral(c.newCollateral)});
            }
            lastAppliedChange_ = c.configurationNumber;
        }
        pendingChanges_.clear();
        setMembership(std::move(next), lastAppliedChange_);
    }

    BottomUpCheckpoint& c = rec.checkpoint;
    c.subnet = self_;
    c.blockHeight = height;
    c.blockHash = blockHash;
    c.nextConfigurationNumber = lastAppliedChange_ + 1;
    c.msgs = std::move(msgs);
    c.activity.totalActiveValidators = activeValidators;
    c.activity.totalNumBlocksCommitted = blocksCommitted;
    rec.hash = checkpointHash(c);
    rec.cutTimeMs = timeMs;
    logs.push_back(events::newBottomUpCheckpoint(height, rec.hash));
    lastCutHeight_ = height;
    checkpoints_.emplace(height, std::move(rec));
    return height;
}

CheckpointRecord* Gateway::recentCheckpoint(std::uint64_t height) {
    auto it = checkpoints_.find(height);
    return it == checkpoints_.end() ? nullptr : &it->second;
}

const CheckpointRecord* Gateway::recentCheckpoint(std::uint64_t height) const {
    auto it = checkpoints_.find(height);
    return it == checkpoints_.end() ? nullptr : &it->second;
}

// ---------------------------------------------------------------- history

// Only heights below the oldest one in memory are looked up in the history: above it memory is
// complete, and a history row there would be a leftover of a reverted future.

std::optional<ParentFinality> Gateway::parentFinality(std::uint64_t parentHeight) const {
    if (auto it = finalities_.find(parentHeight); it != finalities_.end())
        return it->second;
    if (history_ && !finalities_.empty() && parentHeight < finalities_.begin()->first)
        return history_->parentFinality(parentHeight);
    return std::nullopt;
}

std::optional<CheckpointRecord> Gateway::findCheckpoint(std::uint64_t height) const {
    if (const CheckpointRecord* rec = recentCheckpoint(height))
        return *rec;
    if (history_ && forgottenCheckpoints_ > 0 && height < checkpoints_.begin()->first)
        return history_->checkpoint(height);
    return std::nullopt;
}

std::optional<CheckpointRecord> Gateway::checkpointBefore(std::uint64_t height) const {
    auto it = checkpoints_.lower_bound(height);
    if (it != checkpoints_.begin())
        return std::prev(it)->second;
    if (!history_ || forgottenCheckpoints_ == 0)
        return std::nullopt;
    const std::uint64_t below = std::min(height, checkpoints_.begin()->first);
    auto older = history_->checkpointsBefore(below, 0, 1);
    if (older.empty())
        return std::nullopt;
    return std::move(older.front());
}

std::vector<CheckpointRecord> Gateway::checkpointsAt(std::uint64_t first, std::size_t count) const {
    std::vector<CheckpointRecord> out;
    const std::uint64_t total = checkpointCount();
    if (first >= total || count == 0)
        return out;
    const std::uint64_t end = first + std::min<std::uint64_t>(count, total - first);
    if (first < forgottenCheckpoints_) {
        if (!history_)
            return out;  // no history attached: the older ones cannot be read
        const std::uint64_t archivedEnd = std::min(end, forgottenCheckpoints_);
        out = history_->checkpointsBefore(checkpoints_.begin()->first,
                                          forgottenCheckpoints_ - archivedEnd,
                                          static_cast<std::size_t>(archivedEnd - first));
        if (out.size() != archivedEnd - first)
            return out;  // the history lost rows; do not shift positions
    }
    // Walk from the nearer end: the list is read mostly near its newest entries.
    const std::uint64_t from = std::max(first, forgottenCheckpoints_) - forgottenCheckpoints_;
    auto it = checkpoints_.begin();
    if (from > checkpoints_.size() / 2) {
        it = checkpoints_.end();
        std::advance(it, -static_cast<std::ptrdiff_t>(checkpoints_.size() - from));
    } else {
        std::advance(it, static_cast<std::ptrdiff_t>(from));
    }
    for (; it != checkpoints_.end() && out.size() < end - first; ++it)
        out.push_back(it->second);
    return out;
}

std::vector<CheckpointRecord> Gateway::checkpointsFrom(std::uint64_t fromHeight,
                                                       std::size_t count) const {
    std::vector<CheckpointRecord> out;
    if (history_ && forgottenCheckpoints_ > 0 && fromHeight < checkpoints_.begin()->first)
        out = history_->checkpointsFrom(fromHeight, checkpoints_.begin()->first, count);
    for (auto it = checkpoints_.lower_bound(fromHeight);
         it != checkpoints_.end() && out.size() < count; ++it)
        out.push_back(it->second);
    return out;
}

void Gateway::forgetDurableHistory(std::size_t keepCheckpoints, std::size_t keepFinalities) {
    if (!history_)
        throw Error("cannot forget gateway history of " + self_.toString() +
                    ": it has no history to keep it");
    keepCheckpoints = std::max<std::size_t>(1, keepCheckpoints);
    keepFinalities = std::max<std::size_t>(1, keepFinalities);
    // Executed checkpoints form a prefix (the parent accepts them in order); a checkpoint still
    // on its way stops the walk, so every later one stays as well.
    while (checkpoints_.size() > keepCheckpoints &&
           checkpoints_.begin()->second.stage == CheckpointStage::Executed) {
        checkpoints_.erase(checkpoints_.begin());
        ++forgottenCheckpoints_;
    }
    while (finalities_.size() > keepFinalities)
        finalities_.erase(finalities_.begin());
}

bool Gateway::addCheckpointSignature(std::uint64_t checkpointHeight, const EthAddress& signer,
                                     const crypto::Signature& sig, std::uint64_t height,
                                     std::vector<chain::Log>& logs) {
    CheckpointRecord* rec = recentCheckpoint(checkpointHeight);
    if (rec == nullptr) {
        throw Revert("no checkpoint at height " + std::to_string(checkpointHeight));
    }
    auto member = std::find_if(rec->membership.begin(), rec->membership.end(),
                               [&](const Member& m) { return m.addr == signer; });
    if (member == rec->membership.end()) {
        throw Revert(signer.toChecksumHex() + " is not a validator of this checkpoint");
    }
    for (const auto& s : rec->signatures) {
        if (s.signer == signer)
            throw Revert("validator already signed this checkpoint");
    }
    const auto recovered = crypto::recoverAddress(rec->hash, sig);
    if (!recovered || *recovered != signer) {
        throw Revert("signature does not verify for " + signer.toChecksumHex());
    }
    rec->signatures.push_back(CheckpointSignature{signer, sig, member->weight, height});
    rec->signedWeight += member->weight;
    if (rec->stage == CheckpointStage::Signing &&
        reachesMajority(rec->signedWeight, rec->totalWeight, params_.majorityPercentage)) {
        rec->stage = CheckpointStage::Quorum;
        rec->quorumHeight = height;
        logs.push_back(events::quorumReached(checkpointHeight, rec->hash, rec->signedWeight));
        return true;
    }
    return false;
}

// ---------------------------------------------------------------- bottom-up (parent side)

void Gateway::execBottomUp(chain::AccountState& state, std::uint64_t height,
                           const SubnetId& childId, const std::vector<Envelope>& msgs,
                           std::vector<chain::Log>& logs) {
    auto it = children_.find(childId);
    if (it == children_.end())
        throw Revert("subnet not registered");
    for (const auto& m : msgs) {
        ChildSubnet& child = children_.at(childId);
        if (m.value > child.circSupply) {
            // The message is consumed all the same, or every later message of this child would
            // fail with Nonce for ever.
            if (m.localNonce == child.appliedBottomUpNonce)
                ++child.appliedBottomUpNonce;
            // Nothing to refund: the parent never locked that much for this child.
            fail(state, height, m, XnetFailure::Value, logs, false);
            continue;
        }
        child.circSupply -= m.value;
        if (m.localNonce != child.appliedBottomUpNonce) {
            fail(state, height, m, XnetFailure::Nonce, logs);
            continue;
        }
        ++child.appliedBottomUpNonce;
        if (m.from.subnet != childId && !childId.isAncestorOf(m.from.subnet)) {
            fail(state, height, m, XnetFailure::Sender, logs);
            continue;
        }
        if (m.to.subnet == self_) {
            deliver(state, height, m, logs);
        } else {
            route(state, height, m, false, logs);
        }
    }
}

void Gateway::executeCalls(chain::AccountState& state, std::uint64_t height,
                           chain::ContractRunner& runner, std::vector<chain::Log>& logs) {
    // A call may queue more (a Result answering locally); run until none is left.
    while (!pendingCalls_.empty()) {
        std::vector<Envelope> calls;
        calls.swap(pendingCalls_);
        for (const Envelope& msg : calls)
            executeCall(state, height, runner, msg, logs);
    }
}

void Gateway::executeCall(chain::AccountState& state, std::uint64_t height,
                          chain::ContractRunner& runner, const Envelope& msg,
                          std::vector<chain::Log>& logs) {
    static const std::string kHandle =
        std::string("handleIpcMessage(") + abi_types::kEnvelope + ")";
    const Bytes data = abi::encodeCall(kHandle, {toAbi(msg)});
    // The target may call back into the gateway (and the built-ins snapshot and restore it):
    // nothing here refers into the gateway's own containers across this call.
    const chain::SystemCallResult r = runner.runSystemCall(
        gatewayAddress(), msg.to.raw, msg.value, data, kXnetCallGas, kMaxXnetReturn, logs);
    events_.push_back(MessageEvent{MessageEvent::Kind::Delivered, tracingId(msg), msg, height,
                                   std::nullopt, std::nullopt, 0, r.error});
    if (msg.kind == MsgKind::Result) {
        if (!r.success)
            forcedBalance_ += msg.value;  // stays in the gateway's account, as in IPC
        return;
    }
    if (r.success)
        answer(state, height, msg, Outcome::Ok, std::nullopt, U256{}, logs, r.output);
    else
        answer(state, height, msg, Outcome::ActorErr, std::nullopt, msg.value, logs, r.output);
}

std::vector<MessageEvent> Gateway::takeMessageEvents() {
    std::vector<MessageEvent> out;
    out.swap(events_);
    return out;
}

}  // namespace ipc::protocol
