// One subnet's chain: block production, execution, receipts, indexes, kept past states.
#include "ipc/core/chain/subnet_chain.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "ipc/core/abi/console.h"
#include "ipc/core/chain/evm_bridge.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/encoding/rlp.h"
#include "ipc/core/evm/precompiles.h"

namespace ipc::chain {

std::uint64_t intrinsicGas(ByteView data) {
    std::uint64_t gas = GasSchedule::kTransfer;
    for (std::uint8_t b : data)
        gas += b == 0 ? GasSchedule::kZeroByte : GasSchedule::kNonZeroByte;
    return gas;
}

namespace {

evm::Transaction evmTransaction(const IncludedTx& tx, const U256& price) {
    const Transaction& t = tx.signedTx.tx;
    evm::Transaction e;
    e.sender = tx.sender;
    e.to = t.to;
    e.value = evm::Word::fromU256(t.value);
    e.data = t.data;
    e.gasLimit = static_cast<std::int64_t>(t.gasLimit);
    e.gasPrice = evm::Word::fromU256(price);
    for (const AccessListEntry& entry : t.accessList) {
        evm::AccessListEntry a;
        a.address = entry.address;
        for (const Hash32& key : entry.storageKeys)
            a.storageKeys.push_back(evm::Word::fromHash(key));
        e.accessList.push_back(std::move(a));
    }
    return e;
}

}  // namespace

EthAddress burntFundsAddress() {
    // ID-masked address of f099: 0xff, 11 zero bytes, then the id as 8 big-endian bytes.
    FixedBytes<20> b;
    b.bytes[0] = 0xff;
    b.bytes[19] = 99;
    return EthAddress(b);
}

SubnetChain::SubnetChain(ChainParams params, ValidatorSet validators, SystemContracts* contracts)
    : params_(std::move(params)), validators_(std::move(validators)), contracts_(contracts) {}

void SubnetChain::genesis(std::uint64_t timestampMs) {
    auto bp = std::make_shared<Block>();
    Block& b = *bp;
    b.header.number = 0;
    b.header.timestampMs = timestampMs;
    b.header.baseFee = params_.initialBaseFee;
    b.header.gasLimit = GasSchedule::kBlockGasLimit;
    b.header.transactionsRoot = listRoot({});
    b.header.receiptsRoot = listRoot({});
    Bytes stateBuf;
    for (const auto& [addr, acc] : state_.takeTouched()) {
        append(stateBuf, addr.view());
        append(stateBuf, acc.balance.toBigEndian());
    }
    state_.takeTouchedSlots();
    b.header.stateRoot = keccak256(stateBuf);
    b.hash = b.header.computeHash();
    b.commit.totalPower = validators_.totalPower();
    b.commit.signedPower = validators_.onlinePower();
    state_.takeUndo();  // the accounts given at genesis are block 0's state: nothing before it
    undos_.clear();
    blockIndex_[b.hash] = 0;
    blocks_.push_back(std::move(bp));
    nextBaseFee_ = computeNextBaseFee();
}

U256 SubnetChain::nextBaseFee() const {
    return blocks_.empty() ? params_.initialBaseFee : nextBaseFee_;
}

U256 SubnetChain::computeNextBaseFee() const {
    if (blocks_.empty())
        return params_.initialBaseFee;
    const auto& h = blocks_.back()->header;
    const std::uint64_t target = h.gasLimit / 2;
    U256 next = h.baseFee;
    if (h.gasUsed > target) {
        const U256 delta =
            U256::mulDiv(h.baseFee, U256(h.gasUsed - target), U256(target)) / U256(8);
        next = h.baseFee + (delta.isZero() ? U256(1) : delta);
    } else if (h.gasUsed < target) {
        const U256 delta =
            U256::mulDiv(h.baseFee, U256(target - h.gasUsed), U256(target)) / U256(8);
        next = h.baseFee.saturatingSub(delta);
    }
    return next < params_.minBaseFee ? params_.minBaseFee : next;
}

void SubnetChain::checkAdmission(const IncludedTx& tx) const {
    const Transaction& t = tx.signedTx.tx;
    if (!t.chainId) {
        throw TxRejected("only replay-protected (EIP-155) transactions are accepted");
    }
    if (*t.chainId != params_.chainId) {
        throw TxRejected("wrong chain id: this subnet is " + std::to_string(params_.chainId) +
                         ", transaction is for " + std::to_string(*t.chainId));
    }
    const bool evmTx = runsEvm(t.to);
    if (!t.to && t.data.size() > evm::kMaxInitcodeSize) {
        throw TxRejected("max initcode size exceeded: " + std::to_string(t.data.size()) +
                         " bytes, at most " + std::to_string(evm::kMaxInitcodeSize));
    }
    const auto stateNonce = state_.nonce(tx.sender);
    if (t.nonce < stateNonce) {
        throw TxRejected("nonce too low: next nonce is " + std::to_string(stateNonce) +
                         ", transaction has " + std::to_string(t.nonce));
    }
    // Like geth, only the intrinsic cost is checked here; a limit below what a built-in call
    // needs is admitted and runs out of gas (charged) when executed.
    const std::uint64_t intrinsic =
        evmTx ? static_cast<std::uint64_t>(evm::intrinsicGas(evmTransaction(tx, U256{})))
              : intrinsicGas(t.data);
    if (t.gasLimit < intrinsic) {
        throw TxRejected("intrinsic gas too low: needs " + std::to_string(intrinsic) +
                         ", limit is " + std::to_string(t.gasLimit));
    }
    if (t.gasLimit > GasSchedule::kBlockGasLimit)
        throw TxRejected("exceeds block gas limit");
    if (!tx.system) {
        const U256 baseFee = nextBaseFee();
        const U256 cap = paysGasPrice(t.type) ? t.gasPrice : t.maxFeePerGas;
        if (cap < baseFee) {
            throw TxRejected("max fee per gas (" + cap.toDecimal() +
                             ") less than block base fee (" + baseFee.toDecimal() + ")");
        }
        if (t.type == TxType::Eip1559 && t.maxPriorityFeePerGas > t.maxFeePerGas) {
            throw TxRejected("max priority fee per gas higher than max fee per gas");
        }
        U256 cost;
        try {
            cost = maxCost(t);
        } catch (const ArithmeticError&) {
            throw TxRejected("transaction cost overflows 256 bits");
        }
        const U256 have = state_.balance(tx.sender);
        if (have < cost) {
            throw TxRejected("insufficient funds for gas * price + value: balance " +
                             have.toDecimal() + ", cost " + cost.toDecimal());
        }
    }
}

Hash32 SubnetChain::submit(TxPtr tx) {
    checkAdmission(*tx);
    if (findTx(tx->hash))
        throw TxRejected("already known");
    try {
        mempool_.add(tx, state_.nonce(tx->sender));
    } catch (const Error& e) {
        throw TxRejected(e.what());
    }
    return tx->hash;
}

Receipt SubnetChain::apply(const IncludedTx& tx, std::uint64_t height, std::uint64_t timestampMs,
                           const EthAddress& proposer, std::uint64_t& cumulativeGas) {
    const Transaction& t = tx.signedTx.tx;
    const U256 baseFee = blocks_.back()->header.baseFee;
    Receipt r;
    r.txHash = tx.hash;
    const U256 price = tx.system ? U256{} : effectiveGasPrice(t, baseFee);
    r.effectiveGasPrice = price;

    if (runsEvm(t.to))
        return applyEvm(tx, height, timestampMs, proposer, cumulativeGas);

    state_.incrementNonce(tx.sender);
    const U256 upfront = U256(t.gasLimit) * price;
    state_.debit(tx.sender, upfront);  // admission guaranteed it; re-checked by the caller

    const EthAddress to = *t.to;
    const bool isContract = contracts_ != nullptr && contracts_->isContract(to);
    const std::uint64_t needed =
        intrinsicGas(t.data) + (isContract ? contracts_->callGas(to, t.data) : 0);
    if (t.gasLimit < needed) {
        r.success = false;
        r.revertReason = "out of gas: needs " + std::to_string(needed);
        r.gasUsed = t.gasLimit;
    } else {
        r.gasUsed = needed;
        const auto mark = state_.mark();
        try {
            state_.transfer(tx.sender, to, t.value);
            if (isContract) {
                CallContext ctx{state_, height, timestampMs, tx.sender, t.value, tx.system, r.logs};
                r.returnData = contracts_->call(ctx, to, t.data, CallOrigin{false, this});
            }
        } catch (const Error& e) {
            state_.revertTo(mark);
            r.success = false;
            r.revertReason = e.what();
            // A custom error is the revert data, as the Solidity contract would leave it.
            if (const auto* revert = dynamic_cast<const Revert*>(&e); revert && revert->data())
                r.returnData = *revert->data();
            r.logs.clear();
        }
    }
    state_.credit(tx.sender, U256(t.gasLimit - r.gasUsed) * price);
    if (!price.isZero()) {
        const U256 burnt = U256(r.gasUsed) * baseFee;
        state_.credit(burntFundsAddress(), burnt);
        state_.credit(proposer, U256(r.gasUsed) * price - burnt);
    }
    cumulativeGas += r.gasUsed;
    r.cumulativeGasUsed = cumulativeGas;
    return r;
}

evm::BlockContext SubnetChain::blockContext(std::uint64_t height, std::uint64_t timestampMs,
                                            const EthAddress& coinbase, const U256& baseFee) const {
    evm::BlockContext bc;
    bc.number = height;
    bc.timestamp = timestampMs / 1000;
    bc.gasLimit = GasSchedule::kBlockGasLimit;
    bc.coinbase = coinbase;
    bc.baseFee = evm::Word::fromU256(baseFee);
    // No beacon randomness here: PREVRANDAO is the parent block's hash.
    const BlockPtr parent = height == 0 ? nullptr : block(height - 1);
    bc.prevRandao = parent ? evm::Word::fromHash(parent->hash) : evm::Word();
    bc.chainId = evm::Word(params_.chainId);
    bc.blockHash = [this, height](std::uint64_t n) {
        if (n >= height)
            return Hash32{};
        const BlockPtr b = block(n);
        return b ? b->hash : Hash32{};
    };
    return bc;
}

bool SubnetChain::runsEvm(const std::optional<EthAddress>& to) const {
    if (!to)
        return true;
    if (contracts_ != nullptr && contracts_->isContract(*to))
        return false;
    // Precompiles answer a transaction or eth_call sent straight to them, as on any EVM chain.
    return state_.hasCode(*to) || evm::isPrecompile(*to);
}

Receipt SubnetChain::applyEvm(const IncludedTx& tx, std::uint64_t height, std::uint64_t timestampMs,
                              const EthAddress& proposer, std::uint64_t& cumulativeGas) {
    const Transaction& t = tx.signedTx.tx;
    // The block being produced is already the last one (see produceBlock).
    const U256 baseFee = tx.system ? U256{} : blocks_.back()->header.baseFee;
    const U256 price = tx.system ? U256{} : effectiveGasPrice(t, baseFee);
    Receipt r;
    r.txHash = tx.hash;
    r.effectiveGasPrice = price;

    // What the transaction reads is kept, so that it can be traced again later.
    auto witness = std::make_shared<TxWitness>();
    witness->block = blockContext(height, timestampMs, proposer, baseFee);
    witness->tx = evmTransaction(tx, price);
    ChainStateBackend chainBackend(state_, contracts_);
    RecordingBackend backend(chainBackend, *witness);
    evm::JournaledState journaled(backend);
    evm::Executor executor(journaled, witness->block, {});
    executor.setCodeCache(codeCache_);
    std::optional<SystemContractsSession> builtins;
    if (contracts_ != nullptr) {
        builtins.emplace(*contracts_, height, timestampMs);
        builtins->attach(executor, state_);
    }
    evm::TxResult res = executor.transact(witness->tx);
    keepWitness(tx.hash, std::move(witness));
    keepConsoleLines(tx.hash, res);
    if (!res.valid) {
        // Admission and block assembly check what transact() checks, so this is a transaction
        // whose situation changed in between: it fails without running and costs nothing.
        state_.incrementNonce(tx.sender);
        r.success = false;
        r.revertReason = res.error;
        r.cumulativeGasUsed = cumulativeGas;
        return r;
    }
    chainBackend.dropBuiltinCode(res.changes);
    for (const evm::AccountChange& c : res.changes) {
        if (c.creator && !c.deleted && c.code && !c.code->bytes.empty() &&
            c.address != res.createdAddress)
            r.created.push_back(CreatedContract{c.address, *c.creator});
    }
    state_.applyEvmChanges(res.changes);
    if (builtins)
        builtins->settleForcedBalances(state_);
    r.gasUsed = static_cast<std::uint64_t>(res.gasUsed);
    // The executor pays the tip to the proposer and burns the base fee; burnt fees go to f099
    // here, as for every other transaction, so the supply stays exact.
    const U256 burnt = U256(r.gasUsed) * baseFee;
    if (!burnt.isZero())
        state_.credit(burntFundsAddress(), burnt);
    r.success = res.status == evm::Status::Success;
    r.returnData = std::move(res.output);
    if (!r.success) {
        r.revertReason = failureReason(res.status, r.returnData,
                                       contracts_ != nullptr ? contracts_->errors() : nullptr);
        // A nested call to an unsupported precompile shows up here only as a revert or a halt
        // of the caller; say what the devnet could not do.
        if (!res.unsupported.empty() && res.status != evm::Status::PointEvaluationUnsupported)
            r.revertReason += " (" + res.unsupported + ")";
    }
    for (evm::Log& log : res.logs)
        r.logs.push_back(Log{log.address, std::move(log.topics), std::move(log.data)});
    cumulativeGas += r.gasUsed;
    r.cumulativeGasUsed = cumulativeGas;
    return r;
}

void SubnetChain::keepWitness(const Hash32& tx, std::shared_ptr<const TxWitness> witness) {
    witnessIndex_[tx] = witness;
    witnesses_.emplace_back(tx, std::move(witness));
    while (witnesses_.size() > kRetraceableTxs) {
        const auto& [hash, oldest] = witnesses_.front();
        // A transaction mined again after a revert has a newer witness under the same hash.
        const auto it = witnessIndex_.find(hash);
        if (it != witnessIndex_.end() && it->second == oldest)
            witnessIndex_.erase(it);
        witnesses_.pop_front();
    }
}

namespace {

std::size_t keptSize(const std::vector<std::string>& lines) {
    std::size_t n = 0;
    for (const std::string& line : lines)
        n += line.size() + sizeof(std::string);
    return n;
}

}  // namespace

std::vector<std::string> consoleOutput(const evm::TxResult& result, const std::string& run) {
    std::vector<std::string> lines = abi::consoleLines(result.consoleCalls);
    if (result.consoleTruncated)
        lines.push_back("(more console.log output not kept: over " +
                        std::to_string(evm::kMaxConsoleBytes >> 20) + " MiB in this " + run + ")");
    return lines;
}

void SubnetChain::keepConsoleLines(const Hash32& tx, const evm::TxResult& result) {
    if (result.consoleCalls.empty() && !result.consoleTruncated)
        return;
    auto kept =
        std::make_shared<const std::vector<std::string>>(consoleOutput(result, "transaction"));
    consoleBytes_ += keptSize(*kept);
    consoleIndex_[tx] = kept;
    consoleTxs_.emplace_back(tx, std::move(kept));
    while (consoleBytes_ > kKeptConsoleBytes && consoleTxs_.size() > 1) {
        const auto& [hash, oldest] = consoleTxs_.front();
        const auto it = consoleIndex_.find(hash);
        if (it != consoleIndex_.end() && it->second == oldest)
            consoleIndex_.erase(it);
        consoleBytes_ -= keptSize(*oldest);
        consoleTxs_.pop_front();
    }
}

std::vector<std::string> SubnetChain::consoleLines(const Hash32& tx) const {
    const auto it = consoleIndex_.find(tx);
    return it == consoleIndex_.end() ? std::vector<std::string>{} : *it->second;
}

std::shared_ptr<const TxWitness> SubnetChain::witness(const Hash32& tx) const {
    const auto it = witnessIndex_.find(tx);
    return it == witnessIndex_.end() ? nullptr : it->second;
}

std::optional<evm::TxResult> SubnetChain::retrace(const Hash32& tx, evm::Tracer* tracer) const {
    const std::shared_ptr<const TxWitness> w = witness(tx);
    if (!w)
        return std::nullopt;
    WitnessBackend backend(*w);
    evm::JournaledState journaled(backend);
    evm::Executor executor(journaled, w->block, {});
    executor.setCodeCache(codeCache_);
    executor.setTracer(tracer);
    // The built-in contracts answer from a copy of their present state (they keep no history).
    std::optional<SystemContractsSession> builtins;
    if (contracts_ != nullptr) {
        builtins.emplace(std::as_const(*contracts_), w->block.number, w->block.timestamp * 1000);
        builtins->attach(executor, state_);
    }
    return executor.transact(w->tx);
}

evm::TxResult SubnetChain::simulateOn(const AccountState& accounts, std::uint64_t height,
                                      std::uint64_t timestampMs, const EthAddress& coinbase,
                                      const EvmCall& call, evm::Tracer* tracer,
                                      TxWitness* witness) const {
    ChainStateBackend chainBackend(accounts, contracts_);
    OverrideBackend overridden(chainBackend, call.overrides);
    const evm::StateBackend& base =
        call.overrides.empty() ? static_cast<const evm::StateBackend&>(chainBackend) : overridden;
    TxWitness unused;
    RecordingBackend recording(base, witness != nullptr ? *witness : unused);
    const evm::StateBackend& backend =
        witness != nullptr ? static_cast<const evm::StateBackend&>(recording) : base;
    evm::JournaledState journaled(backend);
    // Gas price 0 with no base fee, as geth runs eth_call: only `value` must be affordable.
    evm::Executor executor(journaled, blockContext(height, timestampMs, coinbase, U256{}), {});
    executor.setCodeCache(codeCache_);
    executor.setTracer(tracer);
    // State-changing calls into the built-ins change a copy of them, thrown away with the rest.
    std::optional<SystemContractsSession> builtins;
    if (contracts_ != nullptr) {
        builtins.emplace(std::as_const(*contracts_), height, timestampMs);
        builtins->attach(executor, accounts);
    }
    evm::Transaction tx;
    tx.sender = call.from;
    tx.to = call.to;
    tx.value = evm::Word::fromU256(call.value);
    tx.data = call.data;
    tx.gasLimit = static_cast<std::int64_t>(std::min<std::uint64_t>(call.gas, INT64_MAX));
    return executor.transact(tx);
}

evm::TxResult SubnetChain::simulate(const EvmCall& call, std::uint64_t timestampMs,
                                    evm::Tracer* tracer, TxWitness* witness) const {
    const EthAddress coinbase = blocks_.empty() ? EthAddress{} : head().header.proposer;
    return simulateOn(state_, height() + 1, timestampMs, coinbase, call, tracer, witness);
}

evm::TxResult SubnetChain::simulate(const EvmCall& call, const PastState& at, evm::Tracer* tracer,
                                    TxWitness* witness) const {
    const BlockPtr base = block(at.number);
    const BlockPtr next = block(at.number + 1);
    if (!base || !next)
        throw Error("no block " + std::to_string(at.number + 1) + " to run a call at block " +
                    std::to_string(at.number) + " in");
    return simulateOn(at.accounts, at.number + 1, next->header.timestampMs, base->header.proposer,
                      call, tracer, witness);
}

template <class Run>
GasEstimate SubnetChain::estimateWith(const EvmCall& call, const Run& run) {
    GasEstimate out;
    const std::uint64_t cap = call.gas;
    EvmCall c = call;
    evm::TxResult first = run(c);
    if (!first.valid || first.status != evm::Status::Success) {
        out.failure = std::move(first);
        return out;
    }
    const auto used = static_cast<std::uint64_t>(first.gasUsed);
    const auto succeeds = [&](std::uint64_t gas) {
        c.gas = gas;
        const evm::TxResult r = run(c);
        return r.valid && r.status == evm::Status::Success;
    };
    std::uint64_t lo = used == 0 ? 0 : used - 1;  // fails (or is below intrinsic)
    std::uint64_t hi = cap;                       // succeeds
    const std::uint64_t optimistic = std::min(cap, (used + 2300) * 64 / 63);
    if (optimistic < hi && succeeds(optimistic))
        hi = optimistic;
    while (lo + 1 < hi) {
        const std::uint64_t mid = lo + (hi - lo) / 2;
        if (succeeds(mid))
            hi = mid;
        else
            lo = mid;
    }
    out.gas = hi;
    return out;
}

GasEstimate SubnetChain::estimateEvmGas(const EvmCall& call, std::uint64_t timestampMs) const {
    return estimateWith(call, [&](const EvmCall& c) { return simulate(c, timestampMs); });
}

GasEstimate SubnetChain::estimateEvmGas(const EvmCall& call, const PastState& at) const {
    return estimateWith(call, [&](const EvmCall& c) { return simulate(c, at); });
}

std::uint64_t SubnetChain::oldestKeptState() const {
    // Undoing the oldest record gives the state before its block; changes made since the head
    // without a record (see AccountState::commitJournal) leave only the head.
    if (undos_.empty() || !state_.journalComplete())
        return height();
    return undos_.front().number - 1;
}

PastState SubnetChain::stateAfter(std::uint64_t number) const {
    if (!started() || number > height())
        throw Error("no block " + std::to_string(number) + ": the head is " +
                    std::to_string(height()));
    if (number < oldestKeptState()) {
        throw Error("state of block " + std::to_string(number) +
                    " is no longer kept; the devnet keeps the last " + std::to_string(kKeptStates) +
                    " blocks' state (blocks " + std::to_string(oldestKeptState()) + " to " +
                    std::to_string(height()) + " here)");
    }
    PastState out{number, state_};
    out.accounts.undoPending(state_);  // changes since the head belong to the next block
    for (auto it = undos_.rbegin(); it != undos_.rend() && it->number > number; ++it)
        out.accounts.undo(it->undo);
    return out;
}

SystemCallResult SubnetChain::runSystemCall(const EthAddress& from, const EthAddress& to,
                                            const U256& value, ByteView data, std::uint64_t gas,
                                            std::size_t maxOutput, std::vector<Log>& logs) {
    const BlockHeader& header = blocks_.back()->header;
    ChainStateBackend backend(state_, contracts_);
    evm::JournaledState journaled(backend);
    evm::Executor executor(journaled,
                           blockContext(header.number, header.timestampMs, header.proposer, U256{}),
                           evm::TxContext{from, evm::Word()});
    executor.setCodeCache(codeCache_);
    std::optional<SystemContractsSession> builtins;
    if (contracts_ != nullptr) {
        builtins.emplace(*contracts_, header.number, header.timestampMs);
        builtins->attach(executor, state_);
    }
    // As a transaction would find them: the caller, the target and the precompiles warm.
    journaled.warmAddress(from);
    journaled.warmAddress(to);
    for (std::uint8_t i = 1; i <= 9; ++i) {
        FixedBytes<20> p;
        p.bytes[19] = i;
        journaled.warmAddress(EthAddress(p));
    }
    evm::Message m;
    m.kind = evm::CallKind::Call;
    m.gas = static_cast<std::int64_t>(std::min<std::uint64_t>(gas, INT64_MAX));
    m.sender = from;
    m.recipient = to;
    m.codeAddress = to;
    m.value = evm::Word::fromU256(value);
    m.input = Bytes(data.begin(), data.end());
    const std::size_t start = journaled.snapshot();
    evm::CallResult res = executor.call(m);
    SystemCallResult out;
    out.success = res.success() && res.output.size() <= maxOutput;
    out.gasUsed = static_cast<std::uint64_t>(m.gas - res.gasLeft);
    if (res.success() && !out.success) {
        journaled.revert(start);  // return data over the limit: undone like a revert
        out.gasUsed = gas;
        out.error = "returned " + std::to_string(res.output.size()) + " bytes, over the " +
                    std::to_string(maxOutput) + "-byte limit";
        out.output = {};
    } else {
        out.output = std::move(res.output);
        if (res.status == evm::Status::Revert)
            out.error = SystemCallResult::kReverted;
        else if (res.status == evm::Status::OutOfGas)
            out.error = "out of gas (" + std::to_string(gas) + " gas)";
        else if (!res.success())
            out.error = std::string(evm::statusName(res.status));
    }
    if (out.success) {
        for (const evm::Log& log : journaled.logs())
            logs.push_back(Log{log.address, log.topics, log.data});
    }
    std::vector<evm::AccountChange> changes = journaled.finishTransaction();
    backend.dropBuiltinCode(changes);
    state_.applyEvmChanges(changes);
    if (builtins)
        builtins->settleForcedBalances(state_);
    return out;
}

const Block& SubnetChain::produceBlock(std::uint64_t timestampMs, const EthAddress& proposer,
                                       const BlockHook& beforeTxs, const BlockHook& afterTxs) {
    const Block& parent = *blocks_.back();
    const Hash32 parentStateRoot = parent.header.stateRoot;
    auto bp = std::make_shared<Block>();
    Block& b = *bp;
    b.header.number = parent.header.number + 1;
    b.header.parentHash = parent.hash;
    b.header.timestampMs = timestampMs;
    b.header.proposer = proposer;
    b.header.gasLimit = GasSchedule::kBlockGasLimit;
    b.header.baseFee = nextBaseFee();
    b.intervalMs = timestampMs - parent.header.timestampMs;
    const std::uint64_t height = b.header.number;

    // Appended first so the hooks and transactions see this block's base fee.
    Block* self = bp.get();
    blocks_.push_back(std::move(bp));

    if (beforeTxs)
        beforeTxs(state_, height, self->systemLogs);
    std::uint64_t gas = 0;
    // Transactions that cannot run in this block (the sender can no longer pay, or an earlier
    // one of theirs was skipped) wait in the mempool, as on a real node.
    std::vector<TxPtr> waiting;
    for (auto& tx : mempool_.takeReady(state_, GasSchedule::kBlockGasLimit)) {
        const Transaction& t = tx->signedTx.tx;
        const U256 price = tx->system ? U256{} : effectiveGasPrice(t, self->header.baseFee);
        U256 cost;
        bool ok = true;
        try {
            cost = U256(t.gasLimit) * price + t.value;
        } catch (const ArithmeticError&) {
            ok = false;
        }
        if (!ok || state_.balance(tx->sender) < cost || state_.nonce(tx->sender) != t.nonce ||
            (!tx->system &&
             (paysGasPrice(t.type) ? t.gasPrice : t.maxFeePerGas) < self->header.baseFee)) {
            waiting.push_back(std::move(tx));
            continue;
        }
        self->receipts.push_back(apply(*tx, height, timestampMs, proposer, gas));
        self->transactions.push_back(std::move(tx));
    }
    if (afterTxs)
        afterTxs(state_, height, self->systemLogs);

    std::vector<Hash32> txHashes;
    std::vector<Hash32> receiptHashes;
    for (std::size_t i = 0; i < self->transactions.size(); ++i) {
        txHashes.push_back(self->transactions[i]->hash);
        receiptHashes.push_back(receiptDigest(self->receipts[i]));
    }
    self->header.transactionsRoot = listRoot(txHashes);
    self->header.receiptsRoot = listRoot(receiptHashes);
    self->header.gasUsed = gas;
    self->logsBloom = computeLogsBloom(*self);
    Bytes stateBuf(parentStateRoot.bytes.begin(), parentStateRoot.bytes.end());
    for (const auto& [addr, acc] : state_.takeTouched()) {
        append(stateBuf, addr.view());
        append(stateBuf, acc.balance.toBigEndian());
        rlp::Encoder n;
        n.addUint64(acc.nonce);
        append(stateBuf, n.payload());
        if (acc.hasCode())
            append(stateBuf, acc.code->hash.view());
    }
    for (const auto& [where, value] : state_.takeTouchedSlots()) {
        append(stateBuf, where.first.view());
        append(stateBuf, ByteView(where.second.data(), where.second.size()));
        const auto v = value.bytes();
        append(stateBuf, ByteView(v.data(), v.size()));
    }
    self->header.stateRoot = keccak256(stateBuf);
    self->hash = self->header.computeHash();
    nextBaseFee_ = computeNextBaseFee();
    self->commit.totalPower = validators_.totalPower();
    for (const auto& v : validators_.validators()) {
        if (v.online) {
            self->commit.signers.push_back(v.address);
            self->commit.signedPower += v.power;
        }
    }
    AccountState::Undo undo = state_.takeUndo();
    if (!undo.complete()) {
        // Something changed the state between blocks without a record: older states can no
        // longer be rebuilt.
        undos_.clear();
    } else {
        undos_.push_back(BlockUndo{height, std::move(undo)});
        if (undos_.size() > kKeptStates)
            undos_.pop_front();
    }
    indexBlock(*self);
    for (auto& tx : waiting) {
        const std::uint64_t next = state_.nonce(tx->sender);
        if (tx->signedTx.tx.nonce < next)
            continue;
        try {
            mempool_.add(std::move(tx), next);
        } catch (const Error&) {
            // Replaced meanwhile by a same-nonce transaction: the newer one stays.
        }
    }
    mempool_.prune(state_);
    return *self;
}

std::uint64_t SubnetChain::oldestInMemory() const {
    return blocks_.empty() ? 0 : blocks_.front()->header.number;
}

BlockPtr SubnetChain::fromArchive(BlockPtr b) const {
    if (!b || blocks_.empty() || b->header.number > height())
        return nullptr;
    const std::uint64_t n = b->header.number;
    if (n >= oldestInMemory() && blocks_[n - oldestInMemory()]->hash != b->hash)
        return nullptr;
    return b;
}

BlockPtr SubnetChain::block(std::uint64_t number) const {
    if (blocks_.empty() || number > height())
        return nullptr;
    if (number >= oldestInMemory())
        return blocks_[number - oldestInMemory()];
    return archive_ ? fromArchive(archive_->block(number)) : nullptr;
}

BlockPtr SubnetChain::blockByHash(const Hash32& h) const {
    auto it = blockIndex_.find(h);
    if (it != blockIndex_.end())
        return blocks_[it->second - oldestInMemory()];
    return archive_ ? fromArchive(archive_->blockByHash(h)) : nullptr;
}

std::optional<TxLocation> SubnetChain::findTx(const Hash32& hash) const {
    auto it = txIndex_.find(hash);
    if (it != txIndex_.end())
        return it->second;
    if (!archive_)
        return std::nullopt;
    const auto loc = archive_->findTx(hash);
    if (!loc || !fromArchive(archive_->block(loc->block)))
        return std::nullopt;
    return loc;
}

void SubnetChain::indexBlock(const Block& b) {
    blockIndex_[b.hash] = b.header.number;
    for (std::uint32_t i = 0; i < b.transactions.size(); ++i)
        txIndex_[b.transactions[i]->hash] = TxLocation{b.header.number, i};
}

void SubnetChain::unindexBlock(const Block& b) {
    blockIndex_.erase(b.hash);
    for (const auto& tx : b.transactions)
        txIndex_.erase(tx->hash);
}

void SubnetChain::setArchive(std::shared_ptr<BlockArchive> archive, std::size_t keepRecent) {
    archive_ = std::move(archive);
    keepRecent_ = std::max<std::size_t>(1, keepRecent);
}

void SubnetChain::pruneTo(std::uint64_t durableHeight) {
    if (!archive_)
        throw Error("cannot prune blocks: the chain has no archive to keep them");
    while (blocks_.size() > keepRecent_ && blocks_.front()->header.number <= durableHeight) {
        unindexBlock(*blocks_.front());
        blocks_.pop_front();
    }
}

void SubnetChain::truncate(std::uint64_t height) {
    if (blocks_.empty() || height > this->height()) {
        throw Error("cannot truncate to block " + std::to_string(height) + ": the head is " +
                    std::to_string(this->height()));
    }
    if (height < oldestInMemory()) {
        BlockPtr b = archive_ ? archive_->block(height) : nullptr;
        if (!b) {
            throw Error("cannot truncate to block " + std::to_string(height) +
                        ": it is neither in memory nor in the archive");
        }
        blockIndex_.clear();
        txIndex_.clear();
        blocks_.clear();
        indexBlock(*b);
        blocks_.push_back(std::move(b));
    } else {
        while (blocks_.back()->header.number > height) {
            unindexBlock(*blocks_.back());
            blocks_.pop_back();
        }
    }
    // The caller restores the accounts as they were; their history starts again from there.
    undos_.clear();
    nextBaseFee_ = computeNextBaseFee();
}

Bytes SubnetChain::call(const EthAddress& to, ByteView data) const {
    if (contracts_ == nullptr || !contracts_->isContract(to))
        return {};
    return contracts_->view(to, data);
}

std::uint64_t SubnetChain::estimateGas(const std::optional<EthAddress>& to, ByteView data) const {
    std::uint64_t gas = intrinsicGas(data);
    if (to && contracts_ != nullptr && contracts_->isContract(*to)) {
        gas += contracts_->callGas(*to, data);
    }
    return gas;
}

}  // namespace ipc::chain
