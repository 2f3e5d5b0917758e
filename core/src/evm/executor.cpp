// The EVM executor (Cancun): message calls, contract creation, precompiles and native contracts.
#include "ipc/core/evm/executor.h"

#include <algorithm>
#include <limits>
#include <new>

#include "frame.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/encoding/rlp.h"
#include "ipc/core/evm/precompiles.h"
#include "ipc/core/evm/tracer.h"

namespace ipc::evm {

std::string_view statusName(Status status) {
    switch (status) {
        case Status::Success:
            return "success";
        case Status::Revert:
            return "revert";
        case Status::OutOfGas:
            return "out of gas";
        case Status::InvalidInstruction:
            return "invalid instruction";
        case Status::StackUnderflow:
            return "stack underflow";
        case Status::StackOverflow:
            return "stack overflow";
        case Status::BadJumpDestination:
            return "bad jump destination";
        case Status::StaticModeViolation:
            return "state change in a static call";
        case Status::ReturnDataOutOfBounds:
            return "return data out of bounds";
        case Status::CallDepthExceeded:
            return "call depth exceeded";
        case Status::InsufficientBalance:
            return "insufficient balance";
        case Status::NonceOverflow:
            return "nonce overflow";
        case Status::ContractCollision:
            return "contract address collision";
        case Status::CodeSizeExceeded:
            return "contract code size exceeds 24576 bytes";
        case Status::InvalidCodePrefix:
            return "contract code starts with 0xEF";
        case Status::InitcodeSizeExceeded:
            return "initcode size exceeds 49152 bytes";
        case Status::PrecompileFailure:
            return "precompile failed";
        case Status::NativeFailure:
            return "native contract failed";
        case Status::PointEvaluationUnsupported:
            return "precompile 0x0a (KZG point evaluation) is not supported by the devnet";
    }
    return "unknown";
}

std::int64_t intrinsicGas(const Transaction& tx) {
    std::int64_t gas = 21000;
    for (std::uint8_t b : tx.data)
        gas += b == 0 ? 4 : 16;  // EIP-2028
    if (!tx.to) {
        gas += 32000;
        gas += 2 * static_cast<std::int64_t>((tx.data.size() + 31) / 32);  // EIP-3860
    }
    for (const AccessListEntry& entry : tx.accessList)
        gas += 2400 + 1900 * static_cast<std::int64_t>(entry.storageKeys.size());  // EIP-2930
    return gas;
}

EthAddress createAddress(const EthAddress& sender, std::uint64_t nonce) {
    rlp::Encoder list;
    list.addBytes(sender.view());
    list.addUint64(nonce);
    const Bytes encoded = list.list();
    const Hash32 h = keccak256(ByteView(encoded));
    return EthAddress::fromBytes(ByteView(h.data() + 12, 20));
}

EthAddress create2Address(const EthAddress& sender, const Word& salt, ByteView initcode) {
    Bytes buf;
    buf.reserve(85);
    buf.push_back(0xff);
    append(buf, sender.view());
    const auto saltBytes = salt.bytes();
    append(buf, saltBytes);
    append(buf, keccak256(initcode).view());
    const Hash32 h = keccak256(ByteView(buf));
    return EthAddress::fromBytes(ByteView(h.data() + 12, 20));
}

namespace {

const EthAddress kConsoleAddress(FixedBytes<20>(std::array<std::uint8_t, 20>{
    0, 0, 0, 0, 0, 0, 0, 0, 0, 'c', 'o', 'n', 's', 'o', 'l', 'e', '.', 'l', 'o', 'g'}));

}  // namespace

const EthAddress& consoleAddress() {
    return kConsoleAddress;
}

Executor::Executor(JournaledState& state, BlockContext block, TxContext tx)
    : state_(state), block_(std::move(block)), tx_(std::move(tx)) {}

Executor::~Executor() = default;

void Executor::addNativeContract(const EthAddress& address, NativeContract* contract) {
    natives_[address] = contract;
}

Word* Executor::stackFor(int level) {
    while (stacks_.size() <= static_cast<std::size_t>(level))
        stacks_.push_back(std::make_unique<Word[]>(kStackLimit));
    return stacks_[level].get();
}

CallResult Executor::call(const Message& message) {
    const std::size_t snapshot = state_.snapshot();
    const std::size_t base = liveFrames_;
    try {
        return runLoop(message);
    } catch (const std::bad_alloc&) {
        for (std::size_t i = base; i < liveFrames_; ++i) {
            frames_[i]->code.reset();
            frames_[i]->memory = Bytes();
            if (tracer_ != nullptr)
                tracer_->onExit(CallResult{Status::OutOfGas, 0, {}, std::nullopt});
        }
        liveFrames_ = base;
        state_.revert(snapshot);
        return CallResult{Status::OutOfGas, 0, {}, std::nullopt};
    }
}

CallResult Executor::runLoop(const Message& message) {
    // Native contracts may call back into call(): frames above `base` belong to this loop.
    const std::size_t base = liveFrames_;
    if (auto done = begin(message))
        return std::move(*done);
    while (liveFrames_ > base) {
        Frame& frame = *frames_[liveFrames_ - 1];
        if (Interpreter::run(*this, frame) == RunOutcome::ChildCall) {
            if (auto done = begin(std::move(frame.child)))
                resume(frame, std::move(*done));
            continue;
        }
        CallResult result = finish(frame);
        --liveFrames_;
        if (liveFrames_ == base)
            return result;
        resume(*frames_[liveFrames_ - 1], std::move(result));
    }
    return CallResult{Status::OutOfGas, 0, {}, std::nullopt};  // not reached
}

std::optional<CallResult> Executor::begin(Message message) {
    if (tracer_ == nullptr)
        return start(message);
    // start() fills in a create's address; the tracer hears of the message before anything runs
    // in it (a native contract may call on into the EVM), so creates are reported from start().
    const bool isCreate = message.kind == CallKind::Create || message.kind == CallKind::Create2;
    if (!isCreate)
        tracer_->onEnter(message);
    std::optional<CallResult> r = start(message);
    if (r)
        tracer_->onExit(*r);
    return r;
}

void Executor::recordConsoleCall(const Bytes& input) {
    // Counted with a little for each call, so that many tiny calls are bounded too.
    const std::size_t size = input.size() + 32;
    if (consoleTruncated_ || consoleBytes_ + size > kMaxConsoleBytes) {
        consoleTruncated_ = true;
        return;
    }
    consoleBytes_ += size;
    consoleCalls_.push_back(input);
}

std::optional<CallResult> Executor::start(Message& message) {
    const std::int64_t gas = message.gas;
    auto fail = [gas](Status status) {
        return std::optional<CallResult>(CallResult{status, gas, {}, std::nullopt});
    };
    const bool isCreate = message.kind == CallKind::Create || message.kind == CallKind::Create2;
    // Creates are reported here, once their address is known (or known never to be).
    auto enterCreate = [this, isCreate, &message] {
        if (tracer_ != nullptr && isCreate)
            tracer_->onEnter(message);
    };
    if (message.depth > kMaxCallDepth) {
        enterCreate();
        return fail(Status::CallDepthExceeded);
    }
    const bool movesValue =
        isCreate || message.kind == CallKind::Call || message.kind == CallKind::CallCode;
    if (movesValue && state_.balance(message.sender) < message.value) {
        enterCreate();
        return fail(Status::InsufficientBalance);
    }

    AnalyzedCodePtr code;
    std::size_t snapshot = 0;
    if (isCreate) {
        if (message.input.size() > kMaxInitcodeSize) {
            enterCreate();
            return CallResult{Status::InitcodeSizeExceeded, 0, {}, std::nullopt};
        }
        const std::uint64_t nonce = state_.nonce(message.sender);
        if (nonce == std::numeric_limits<std::uint64_t>::max()) {
            enterCreate();
            return fail(Status::NonceOverflow);
        }
        state_.setNonce(message.sender, nonce + 1);
        const EthAddress address =
            message.kind == CallKind::Create
                ? createAddress(message.sender, nonce)
                : create2Address(message.sender, message.salt, message.input);
        state_.warmAddress(address);
        message.recipient = address;
        message.codeAddress = address;
        enterCreate();
        if (state_.hasCollision(address))
            return CallResult{Status::ContractCollision, 0, {}, std::nullopt};
        snapshot = state_.snapshot();
        state_.createContract(address, message.sender);
        state_.transfer(message.sender, address, message.value);
        code = AnalyzedCode::analyze(message.input);
    } else {
        // Once per message, not per instruction: console.log costs untraced runs one compare.
        if ((message.kind == CallKind::Call || message.kind == CallKind::StaticCall) &&
            message.codeAddress == kConsoleAddress)
            recordConsoleCall(message.input);
        snapshot = state_.snapshot();
        const bool precompile = isPrecompile(message.codeAddress);
        const auto native = natives_.find(message.codeAddress);
        const bool isNative = native != natives_.end();
        switch (message.kind) {
            case CallKind::Call:
                if (!state_.exists(message.recipient) && !precompile && !isNative &&
                    message.value.isZero())
                    return CallResult{Status::Success, gas, {}, std::nullopt};
                state_.transfer(message.sender, message.recipient, message.value);
                break;
            case CallKind::StaticCall:
                state_.touch(message.recipient);  // a zero-value transfer, as the reference does
                break;
            default:
                break;
        }
        if (precompile) {
            PrecompileResult r =
                runPrecompile(message.codeAddress, message.input, static_cast<std::uint64_t>(gas));
            if (!r.success) {
                state_.revert(snapshot);
                if (isPointEvaluation(message.codeAddress)) {
                    calledPointEvaluation_ = true;
                    return CallResult{Status::PointEvaluationUnsupported, 0, {}, std::nullopt};
                }
                return CallResult{Status::PrecompileFailure, 0, {}, std::nullopt};
            }
            const auto used = static_cast<std::int64_t>(
                std::min<std::uint64_t>(r.gasUsed, static_cast<std::uint64_t>(gas)));
            return CallResult{Status::Success, gas - used, std::move(r.output), std::nullopt};
        }
        if (isNative) {
            NativeCall nc{message.sender,   message.recipient, message.value, message.input, gas,
                          message.isStatic, message.depth,     state_,        *this};
            NativeResult r;
            try {
                r = native->second->call(nc);
            } catch (const std::bad_alloc&) {
                throw;
            } catch (const std::exception&) {
                state_.revert(snapshot);
                return CallResult{Status::NativeFailure, 0, {}, std::nullopt};
            }
            const std::int64_t used = std::clamp<std::int64_t>(r.gasUsed, 0, gas);
            if (!r.success) {
                state_.revert(snapshot);
                return CallResult{Status::Revert, gas - used, std::move(r.output), std::nullopt};
            }
            return CallResult{Status::Success, gas - used, std::move(r.output), std::nullopt};
        }
        const CodePtr& bytecode = state_.code(message.codeAddress);
        if (bytecode->bytes.empty())
            return CallResult{Status::Success, gas, {}, std::nullopt};
        code = codeCache_->get(*bytecode);
    }

    if (liveFrames_ == frames_.size())
        frames_.push_back(std::make_unique<Frame>());
    Frame& frame = *frames_[liveFrames_];
    frame.stackBase = stackFor(static_cast<int>(liveFrames_));
    ++liveFrames_;
    frame.snapshot = snapshot;
    frame.msg = std::move(message);
    frame.code = std::move(code);
    frame.self = &state_.account(frame.msg.recipient);
    frame.pc = 0;
    frame.gas = gas;
    frame.top = frame.stackBase;
    // Frames are reused; a frame that once grew a large memory gives it back.
    if (frame.memory.capacity() > (std::size_t(1) << 20))
        Bytes().swap(frame.memory);
    frame.memory.clear();
    frame.returnData.clear();
    frame.status = Status::Success;
    frame.output.clear();
    return std::nullopt;
}

CallResult Executor::finish(Frame& frame) {
    CallResult result{frame.status, frame.gas, std::move(frame.output), std::nullopt};
    frame.output = Bytes();
    const bool isCreate = frame.msg.kind == CallKind::Create || frame.msg.kind == CallKind::Create2;
    if (isCreate && result.status == Status::Success) {
        const Bytes& deployed = result.output;
        if (deployed.size() > kMaxCodeSize) {
            result.status = Status::CodeSizeExceeded;
        } else if (!deployed.empty() && deployed[0] == 0xef) {
            result.status = Status::InvalidCodePrefix;
        } else {
            const auto depositCost = static_cast<std::int64_t>(200 * deployed.size());
            if (result.gasLeft < depositCost) {
                result.status = Status::OutOfGas;
            } else {
                result.gasLeft -= depositCost;
                state_.setCode(frame.msg.recipient, Code::make(deployed));
                result.createdAddress = frame.msg.recipient;
            }
        }
        if (result.status != Status::Success) {
            result.gasLeft = 0;
            result.output.clear();
        }
    }
    if (result.status != Status::Success)
        state_.revert(frame.snapshot);
    frame.code.reset();
    if (tracer_ != nullptr)
        tracer_->onExit(result);
    return result;
}

void Executor::resume(Frame& parent, CallResult result) {
    const bool wasCreate =
        parent.child.kind == CallKind::Create || parent.child.kind == CallKind::Create2;
    parent.gas += result.gasLeft;
    if (wasCreate) {
        *parent.top++ = result.createdAddress ? Word::fromAddress(*result.createdAddress) : Word();
        // A create's return data is its revert data, or nothing.
        if (result.status == Status::Revert)
            parent.returnData = std::move(result.output);
        else
            parent.returnData.clear();
        return;
    }
    *parent.top++ = Word(result.success() ? 1 : 0);
    parent.returnData = std::move(result.output);
    const std::uint64_t n = std::min<std::uint64_t>(parent.childOutSize, parent.returnData.size());
    if (n != 0)
        std::copy_n(parent.returnData.begin(), n,
                    parent.memory.begin() + static_cast<std::ptrdiff_t>(parent.childOutOffset));
}

TxResult Executor::transact(const Transaction& tx) {
    TxResult out;
    const std::int64_t intrinsic = intrinsicGas(tx);
    if (tx.gasLimit < intrinsic) {
        out.error = "intrinsic gas too low: have " + std::to_string(tx.gasLimit) + ", want " +
                    std::to_string(intrinsic);
        return out;
    }
    if (!tx.to && tx.data.size() > kMaxInitcodeSize) {
        out.error = "initcode size exceeds 49152 bytes";
        return out;
    }
    if (tx.gasPrice < block_.baseFee) {
        out.error = "gas price below the base fee";
        return out;
    }
    const U256 price = tx.gasPrice.toU256();
    U256 gasCost;
    U256 upfront;
    try {
        gasCost = U256(static_cast<std::uint64_t>(tx.gasLimit)) * price;
        upfront = gasCost + tx.value.toU256();
    } catch (const ArithmeticError&) {
        out.error = "insufficient funds for gas * price + value";
        return out;
    }
    if (state_.balance(tx.sender).toU256() < upfront) {
        out.error = "insufficient funds for gas * price + value";
        return out;
    }
    const std::uint64_t nonce = state_.nonce(tx.sender);
    if (nonce == std::numeric_limits<std::uint64_t>::max()) {
        out.error = "nonce overflow";
        return out;
    }
    out.valid = true;

    state_.setBalance(tx.sender, state_.balance(tx.sender) - Word::fromU256(gasCost));
    calledPointEvaluation_ = false;
    consoleCalls_.clear();
    consoleBytes_ = 0;
    consoleTruncated_ = false;
    tx_.origin = tx.sender;
    tx_.gasPrice = tx.gasPrice;

    state_.warmAddress(tx.sender);
    state_.warmAddress(block_.coinbase);  // EIP-3651
    for (std::uint8_t i = 1; i <= kLastPrecompile; ++i) {
        FixedBytes<20> a;
        a.bytes[19] = i;
        state_.warmAddress(EthAddress(a));
    }
    for (const AccessListEntry& entry : tx.accessList) {
        state_.warmAddress(entry.address);
        for (const Word& slot : entry.storageKeys)
            state_.warmSlot(entry.address, slot);
    }

    Message m;
    m.depth = 0;
    m.gas = tx.gasLimit - intrinsic;
    m.sender = tx.sender;
    m.value = tx.value;
    m.input = tx.data;
    if (tx.to) {
        m.kind = CallKind::Call;
        m.recipient = *tx.to;
        m.codeAddress = *tx.to;
        state_.warmAddress(*tx.to);
        state_.setNonce(tx.sender, nonce + 1);
    } else {
        m.kind = CallKind::Create;  // begin() bumps the nonce and warms the new address
    }
    CallResult r = call(m);

    std::int64_t gasUsed = tx.gasLimit - r.gasLeft;
    const std::int64_t refund = std::min<std::int64_t>(std::max<std::int64_t>(state_.refund(), 0),
                                                       gasUsed / 5);  // EIP-3529
    gasUsed -= refund;
    const Word unused = Word(static_cast<std::uint64_t>(tx.gasLimit - gasUsed)) * tx.gasPrice;
    state_.addBalance(tx.sender, unused);
    const Word tip = Word(static_cast<std::uint64_t>(gasUsed)) * (tx.gasPrice - block_.baseFee);
    state_.addBalance(block_.coinbase, tip);

    out.status = r.status;
    out.gasUsed = gasUsed;
    out.refund = refund;
    out.output = std::move(r.output);
    out.createdAddress = r.createdAddress;
    if (calledPointEvaluation_)
        out.unsupported = statusName(Status::PointEvaluationUnsupported);
    out.consoleCalls = std::move(consoleCalls_);
    out.consoleTruncated = consoleTruncated_;
    consoleCalls_.clear();
    out.logs = state_.logs();
    out.changes = state_.finishTransaction();
    return out;
}

}  // namespace ipc::evm
