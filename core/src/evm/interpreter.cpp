// The interpreter loop: one switch dispatch over pre-analysed, zero-padded code. Each opcode's
// base gas and stack bounds come from one table checked before the switch; the cases charge only
// their dynamic gas. A frame's state lives in locals while it runs and is written back when it
// halts or suspends on a child call.
#include <algorithm>
#include <array>
#include <cstring>

#include "frame.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/evm/tracer.h"
#include "op_table.h"

namespace ipc::evm {

namespace {

// Memory beyond 4 GiB is treated as out of gas: its expansion cost (about 3.6e13 gas) exceeds any
// real gas limit, and refusing it keeps a huge offset from turning into a huge allocation.
constexpr std::uint64_t kMaxMemory = 1ULL << 32;

constexpr std::int64_t kColdAccountExtra = 2500;  // 2600 cold - 100 warm (EIP-2929)
constexpr std::int64_t kColdSloadExtra = 2000;    // 2100 cold - 100 warm

std::int64_t memoryCost(std::uint64_t words) {
    return static_cast<std::int64_t>(3 * words + words * words / 512);
}

std::uint64_t wordsFor(std::uint64_t bytes) {
    return (bytes + 31) / 32;
}

// Grows memory to cover [0, end), charging the expansion first. False: out of gas.
bool expandMemory(Executor::Frame& f, std::int64_t& gas, std::uint64_t end) {
    if (end <= f.memory.size())
        return true;
    if (end > kMaxMemory)
        return false;
    const std::uint64_t newWords = wordsFor(end);
    gas -= memoryCost(newWords) - memoryCost(f.memory.size() / 32);
    if (gas < 0)
        return false;
    f.memory.resize(newWords * 32);
    return true;
}

// A memory range from stack words; a zero size never touches memory whatever the offset.
bool memoryRange(Executor::Frame& f, std::int64_t& gas, const Word& offset, const Word& size,
                 std::uint64_t& off, std::uint64_t& len) {
    if (size.isZero()) {
        off = 0;
        len = 0;
        return true;
    }
    if (!offset.fitsUint64() || !size.fitsUint64() || offset.w[0] > kMaxMemory ||
        size.w[0] > kMaxMemory)
        return false;
    off = offset.w[0];
    len = size.w[0];
    return expandMemory(f, gas, off + len);
}

// Copies `len` bytes of `src` from `srcOffset` to `dst`, zero-filling past the end of `src`.
void copyPadded(std::uint8_t* dst, ByteView src, const Word& srcOffset, std::uint64_t len) {
    std::uint64_t copied = 0;
    if (srcOffset.fitsUint64() && srcOffset.w[0] < src.size()) {
        copied = std::min<std::uint64_t>(len, src.size() - srcOffset.w[0]);
        std::memcpy(dst, src.data() + srcOffset.w[0], copied);
    }
    std::memset(dst + copied, 0, len - copied);
}

}  // namespace

RunOutcome Interpreter::run(Executor& ex, Executor::Frame& f) {
    return ex.tracer_ != nullptr ? loop<true>(ex, f) : loop<false>(ex, f);
}

template <bool kTraced>
RunOutcome Interpreter::loop(Executor& ex, Executor::Frame& f) {
    JournaledState& state = ex.state_;
    const std::uint8_t* const code = f.code->padded.data();
    Word* const base = f.stackBase;
    Word* top = f.top;
    std::size_t pc = f.pc;
    std::int64_t gas = f.gas;
    Status status = Status::Success;
    std::uint64_t off = 0;
    std::uint64_t len = 0;
    // Traced runs: gas before the instruction in progress, to report what it cost.
    [[maybe_unused]] std::int64_t stepGas = 0;
    [[maybe_unused]] bool stepOpen = false;

#define HALT(s)       \
    do {              \
        status = (s); \
        goto halt;    \
    } while (false)
#define NEED_GAS(amount)            \
    do {                            \
        gas -= (amount);            \
        if (gas < 0)                \
            HALT(Status::OutOfGas); \
    } while (false)
// EIP-2929: an account's first touch in a transaction costs the cold-access surcharge.
#define TOUCH_ACCOUNT(address)           \
    do {                                 \
        if (state.warmAddress(address))  \
            NEED_GAS(kColdAccountExtra); \
    } while (false)
// An opcode that replaces the top two (three) stack items with `result`, computed from them.
#define BINARY(result)  \
    top[-2] = (result); \
    --top;              \
    break
#define TERNARY(result) \
    top[-3] = (result); \
    top -= 2;           \
    break
#define MEMORY(offsetWord, sizeWord)                                  \
    do {                                                              \
        if (!memoryRange(f, gas, (offsetWord), (sizeWord), off, len)) \
            HALT(Status::OutOfGas);                                   \
    } while (false)

    for (;;) {
        const std::uint8_t op = code[pc];
        const OpInfo& info = kOps[op];
        const std::ptrdiff_t height = top - base;
        if constexpr (kTraced) {
            if (stepOpen)
                ex.tracer_->onStepEnd(stepGas - gas, Status::Success);
            ex.tracer_->onStep(TraceStep{pc, op, gas, f.msg.depth, base,
                                         static_cast<std::size_t>(height), ByteView(f.memory),
                                         &f.msg.recipient, state.refund(), &state});
            stepGas = gas;
            stepOpen = true;
        }
        if (height < info.stackIn)
            HALT(Status::StackUnderflow);
        if (height > info.maxHeight)
            HALT(Status::StackOverflow);
        gas -= info.gas;
        if (gas < 0)
            HALT(Status::OutOfGas);

        switch (op) {
            case 0x00:
                HALT(Status::Success);
            case 0x01:
                BINARY(top[-1] + top[-2]);
            case 0x02:
                BINARY(top[-1] * top[-2]);
            case 0x03:
                BINARY(top[-1] - top[-2]);
            case 0x04:
                BINARY(div(top[-1], top[-2]));
            case 0x05:
                BINARY(sdiv(top[-1], top[-2]));
            case 0x06:
                BINARY(mod(top[-1], top[-2]));
            case 0x07:
                BINARY(smod(top[-1], top[-2]));
            case 0x08:
                TERNARY(addmod(top[-1], top[-2], top[-3]));
            case 0x09:
                TERNARY(mulmod(top[-1], top[-2], top[-3]));
            case 0x0a:
                NEED_GAS(50 * static_cast<std::int64_t>(top[-2].byteLength()));
                BINARY(exp(top[-1], top[-2]));
            case 0x0b:
                BINARY(signextend(top[-1], top[-2]));
            case 0x10:
                BINARY(Word(top[-1] < top[-2] ? 1 : 0));
            case 0x11:
                BINARY(Word(top[-2] < top[-1] ? 1 : 0));
            case 0x12:
                BINARY(Word(slt(top[-1], top[-2]) ? 1 : 0));
            case 0x13:
                BINARY(Word(slt(top[-2], top[-1]) ? 1 : 0));
            case 0x14:
                BINARY(Word(top[-1] == top[-2] ? 1 : 0));
            case 0x15:
                top[-1] = Word(top[-1].isZero() ? 1 : 0);
                break;
            case 0x16:
                BINARY(top[-1] & top[-2]);
            case 0x17:
                BINARY(top[-1] | top[-2]);
            case 0x18:
                BINARY(top[-1] ^ top[-2]);
            case 0x19:
                top[-1] = ~top[-1];
                break;
            case 0x1a:
                BINARY(byteAt(top[-1], top[-2]));
            case 0x1b:
                BINARY(shl(top[-2], top[-1]));
            case 0x1c:
                BINARY(shr(top[-2], top[-1]));
            case 0x1d:
                BINARY(sar(top[-2], top[-1]));
            case 0x20: {
                MEMORY(top[-1], top[-2]);
                NEED_GAS(6 * static_cast<std::int64_t>(wordsFor(len)));
                const Hash32 h = keccak256(ByteView(f.memory.data() + off, len));
                top[-2] = Word::fromHash(h);
                --top;
                break;
            }
            case 0x30:
                *top++ = Word::fromAddress(f.msg.recipient);
                break;
            case 0x31: {
                const EthAddress a = top[-1].toAddress();
                TOUCH_ACCOUNT(a);
                top[-1] = state.balance(a);
                break;
            }
            case 0x32:
                *top++ = Word::fromAddress(ex.tx_.origin);
                break;
            case 0x33:
                *top++ = Word::fromAddress(f.msg.sender);
                break;
            case 0x34:
                *top++ = f.msg.value;
                break;
            case 0x35: {
                std::uint8_t buf[32];
                copyPadded(buf, f.msg.input, top[-1], 32);
                top[-1] = Word::load32(buf);
                break;
            }
            case 0x36:
                *top++ = Word(f.msg.input.size());
                break;
            case 0x37:
            case 0x39:
            case 0x3e: {
                const Word dst = top[-1];
                const Word src = top[-2];
                const Word size = top[-3];
                top -= 3;
                MEMORY(dst, size);
                NEED_GAS(3 * static_cast<std::int64_t>(wordsFor(len)));
                if (op == 0x3e) {
                    // EIP-211: reading past the return data is an exceptional halt.
                    if (!src.fitsUint64() || !size.fitsUint64() || src.w[0] > f.returnData.size() ||
                        size.w[0] > f.returnData.size() - src.w[0])
                        HALT(Status::ReturnDataOutOfBounds);
                }
                if (len == 0)
                    break;
                const ByteView source = op == 0x37   ? ByteView(f.msg.input)
                                        : op == 0x39 ? ByteView(code, f.code->size)
                                                     : ByteView(f.returnData);
                copyPadded(f.memory.data() + off, source, src, len);
                break;
            }
            case 0x38:
                *top++ = Word(f.code->size);
                break;
            case 0x3a:
                *top++ = ex.tx_.gasPrice;
                break;
            case 0x3b: {
                const EthAddress a = top[-1].toAddress();
                TOUCH_ACCOUNT(a);
                top[-1] = Word(state.code(a)->bytes.size());
                break;
            }
            case 0x3c: {
                const EthAddress a = top[-1].toAddress();
                const Word dst = top[-2];
                const Word src = top[-3];
                const Word size = top[-4];
                top -= 4;
                MEMORY(dst, size);
                NEED_GAS(3 * static_cast<std::int64_t>(wordsFor(len)));
                TOUCH_ACCOUNT(a);
                if (len != 0)
                    copyPadded(f.memory.data() + off, state.code(a)->bytes, src, len);
                break;
            }
            case 0x3d:
                *top++ = Word(f.returnData.size());
                break;
            case 0x3f: {
                const EthAddress a = top[-1].toAddress();
                TOUCH_ACCOUNT(a);
                top[-1] = state.isDead(a) ? Word() : Word::fromHash(state.code(a)->hash);
                break;
            }
            case 0x40: {
                const Word n = top[-1];
                const std::uint64_t current = ex.block_.number;
                Word result;
                if (n.fitsUint64() && n.w[0] < current && current - n.w[0] <= 256 &&
                    ex.block_.blockHash)
                    result = Word::fromHash(ex.block_.blockHash(n.w[0]));
                top[-1] = result;
                break;
            }
            case 0x41:
                *top++ = Word::fromAddress(ex.block_.coinbase);
                break;
            case 0x42:
                *top++ = Word(ex.block_.timestamp);
                break;
            case 0x43:
                *top++ = Word(ex.block_.number);
                break;
            case 0x44:
                *top++ = ex.block_.prevRandao;
                break;
            case 0x45:
                *top++ = Word(ex.block_.gasLimit);
                break;
            case 0x46:
                *top++ = ex.block_.chainId;
                break;
            case 0x47:
                *top++ = f.self->balance;
                break;
            case 0x48:
                *top++ = ex.block_.baseFee;
                break;
            case 0x49:
                // No blob transactions here: every versioned hash index is out of range.
                top[-1] = Word();
                break;
            case 0x4a:
                // The devnet carries no blobs and has no blob gas market: BLOBBASEFEE answers 0,
                // as BLOBHASH does (issue 20), rather than pretend to an EIP-4844 fee.
                *top++ = Word();
                break;
            case 0x50:
                --top;
                break;
            case 0x51: {
                MEMORY(top[-1], Word(32));
                top[-1] = Word::load32(f.memory.data() + off);
                break;
            }
            case 0x52: {
                MEMORY(top[-1], Word(32));
                top[-2].store32(f.memory.data() + off);
                top -= 2;
                break;
            }
            case 0x53: {
                MEMORY(top[-1], Word(1));
                f.memory[off] = static_cast<std::uint8_t>(top[-2].w[0]);
                top -= 2;
                break;
            }
            case 0x54: {
                const Word key = top[-1];
                JournaledState::Slot& s = state.slot(*f.self, f.msg.recipient, key);
                if (state.warmSlot(*f.self, key, s))
                    NEED_GAS(kColdSloadExtra);
                top[-1] = s.current;
                break;
            }
            case 0x55: {
                if (f.msg.isStatic)
                    HALT(Status::StaticModeViolation);
                if (gas <= 2300)  // EIP-2200 sentry
                    HALT(Status::OutOfGas);
                const Word key = top[-1];
                const Word value = top[-2];
                top -= 2;
                JournaledState::Slot& s = state.slot(*f.self, f.msg.recipient, key);
                std::int64_t cost = state.warmSlot(*f.self, key, s) ? 2100 : 0;
                std::int64_t refund = 0;
                const Word current = s.current;
                const Word& original = s.original;
                if (current == value) {
                    cost += 100;
                } else if (original == current) {
                    if (original.isZero()) {
                        cost += 20000;
                    } else {
                        cost += 2900;
                        if (value.isZero())
                            refund += 4800;
                    }
                } else {
                    cost += 100;
                    if (!original.isZero()) {
                        if (current.isZero())
                            refund -= 4800;
                        else if (value.isZero())
                            refund += 4800;
                    }
                    if (original == value)
                        refund += original.isZero() ? 19900 : 2800;
                }
                NEED_GAS(cost);
                if (refund != 0)
                    state.addRefund(refund);
                if (current != value)
                    state.setStorage(*f.self, key, s, value);
                break;
            }
            case 0x56: {
                const Word dest = top[-1];
                --top;
                if (!dest.fitsUint64() || !f.code->isJumpdest(dest.w[0]))
                    HALT(Status::BadJumpDestination);
                pc = dest.w[0];
                continue;
            }
            case 0x57: {
                const Word dest = top[-1];
                const bool jump = !top[-2].isZero();
                top -= 2;
                if (jump) {
                    if (!dest.fitsUint64() || !f.code->isJumpdest(dest.w[0]))
                        HALT(Status::BadJumpDestination);
                    pc = dest.w[0];
                    continue;
                }
                break;
            }
            case 0x58:
                *top++ = Word(pc);
                break;
            case 0x59:
                *top++ = Word(f.memory.size());
                break;
            case 0x5a:
                *top++ = Word(static_cast<std::uint64_t>(gas));
                break;
            case 0x5b:
                break;
            case 0x5c:
                top[-1] = state.transientStorage(f.msg.recipient, top[-1]);
                break;
            case 0x5d:
                if (f.msg.isStatic)
                    HALT(Status::StaticModeViolation);
                state.setTransientStorage(f.msg.recipient, top[-1], top[-2]);
                top -= 2;
                break;
            case 0x5e: {
                const Word dst = top[-1];
                const Word src = top[-2];
                const Word size = top[-3];
                top -= 3;
                std::uint64_t srcOff = 0;
                MEMORY(src, size);
                srcOff = off;
                MEMORY(dst, size);
                NEED_GAS(3 * static_cast<std::int64_t>(wordsFor(len)));
                if (len != 0)
                    std::memmove(f.memory.data() + off, f.memory.data() + srcOff, len);
                break;
            }
            case 0x5f:
                *top++ = Word();
                break;
            case 0x60:
            case 0x61:
            case 0x62:
            case 0x63:
            case 0x64:
            case 0x65:
            case 0x66:
            case 0x67:
            case 0x68:
            case 0x69:
            case 0x6a:
            case 0x6b:
            case 0x6c:
            case 0x6d:
            case 0x6e:
            case 0x6f:
            case 0x70:
            case 0x71:
            case 0x72:
            case 0x73:
            case 0x74:
            case 0x75:
            case 0x76:
            case 0x77:
            case 0x78:
            case 0x79:
            case 0x7a:
            case 0x7b:
            case 0x7c:
            case 0x7d:
            case 0x7e:
            case 0x7f: {
                const std::size_t n = op - 0x5f;
                // Read whole limbs straight from the code and shift the following bytes out
                // (the zero padding after the code makes reading 32 bytes past any PUSH safe).
                // Assembling the value byte by byte in a buffer stalls on store forwarding.
                const std::uint8_t* p = code + pc + 1;
                if (n <= 8) {
                    std::uint64_t x;
                    std::memcpy(&x, p, 8);
                    *top++ = Word(__builtin_bswap64(x) >> (64 - 8 * n));
                } else if (n == 32) {
                    *top++ = Word::load32(p);
                } else {
                    *top++ = shrBits(Word::load32(p), static_cast<unsigned>(256 - 8 * n));
                }
                pc += n;
                break;
            }
            case 0x80:
            case 0x81:
            case 0x82:
            case 0x83:
            case 0x84:
            case 0x85:
            case 0x86:
            case 0x87:
            case 0x88:
            case 0x89:
            case 0x8a:
            case 0x8b:
            case 0x8c:
            case 0x8d:
            case 0x8e:
            case 0x8f: {
                const int n = op - 0x80 + 1;
                *top = top[-n];
                ++top;
                break;
            }
            case 0x90:
            case 0x91:
            case 0x92:
            case 0x93:
            case 0x94:
            case 0x95:
            case 0x96:
            case 0x97:
            case 0x98:
            case 0x99:
            case 0x9a:
            case 0x9b:
            case 0x9c:
            case 0x9d:
            case 0x9e:
            case 0x9f: {
                const int n = op - 0x90 + 1;
                std::swap(top[-1], top[-1 - n]);
                break;
            }
            case 0xa0:
            case 0xa1:
            case 0xa2:
            case 0xa3:
            case 0xa4: {
                if (f.msg.isStatic)
                    HALT(Status::StaticModeViolation);
                const int topics = op - 0xa0;
                MEMORY(top[-1], top[-2]);
                NEED_GAS(8 * static_cast<std::int64_t>(len));
                Log log;
                log.address = f.msg.recipient;
                log.topics.reserve(topics);
                for (int i = 0; i < topics; ++i)
                    log.topics.push_back(top[-3 - i].toHash());
                log.data.assign(f.memory.begin() + static_cast<std::ptrdiff_t>(off),
                                f.memory.begin() + static_cast<std::ptrdiff_t>(off + len));
                top -= 2 + topics;
                if constexpr (kTraced)
                    ex.tracer_->onLog(log);
                state.addLog(std::move(log));
                break;
            }
            case 0xf0:
            case 0xf5: {
                const Word value = top[-1];
                const Word offset = top[-2];
                const Word size = top[-3];
                const Word salt = op == 0xf5 ? top[-4] : Word();
                top -= info.stackIn;
                if (f.msg.isStatic)
                    HALT(Status::StaticModeViolation);
                MEMORY(offset, size);
                if (len > kMaxInitcodeSize)
                    HALT(Status::OutOfGas);
                const auto words = static_cast<std::int64_t>(wordsFor(len));
                NEED_GAS(op == 0xf5 ? 8 * words : 2 * words);  // EIP-3860 (+ hashing for CREATE2)
                const std::int64_t childGas = gas - gas / 64;
                gas -= childGas;
                Message& m = f.child;
                m.kind = op == 0xf5 ? CallKind::Create2 : CallKind::Create;
                m.depth = f.msg.depth + 1;
                m.gas = childGas;
                m.sender = f.msg.recipient;
                m.recipient = EthAddress();
                m.codeAddress = EthAddress();
                m.value = value;
                m.input.assign(f.memory.begin() + static_cast<std::ptrdiff_t>(off),
                               f.memory.begin() + static_cast<std::ptrdiff_t>(off + len));
                m.isStatic = false;
                m.salt = salt;
                f.childOutOffset = 0;
                f.childOutSize = 0;
                f.pc = pc + 1;
                f.gas = gas;
                f.top = top;
                if constexpr (kTraced)
                    ex.tracer_->onStepEnd(stepGas - gas, Status::Success);
                return RunOutcome::ChildCall;
            }
            case 0xf1:
            case 0xf2:
            case 0xf4:
            case 0xfa: {
                const Word requested = top[-1];
                const EthAddress to = top[-2].toAddress();
                const bool hasValue = op == 0xf1 || op == 0xf2;
                const Word value = hasValue ? top[-3] : Word();
                const int a = hasValue ? 3 : 2;
                const Word argOffset = top[-1 - a];
                const Word argSize = top[-2 - a];
                const Word retOffset = top[-3 - a];
                const Word retSize = top[-4 - a];
                top -= info.stackIn;
                if (op == 0xf1 && f.msg.isStatic && !value.isZero())
                    HALT(Status::StaticModeViolation);
                std::uint64_t argOff = 0;
                std::uint64_t argLen = 0;
                MEMORY(argOffset, argSize);
                argOff = off;
                argLen = len;
                MEMORY(retOffset, retSize);
                std::int64_t cost = state.warmAddress(to) ? kColdAccountExtra : 0;
                if (!value.isZero()) {
                    cost += 9000;
                    if (op == 0xf1 && state.isDead(to))
                        cost += 25000;
                }
                NEED_GAS(cost);
                std::int64_t childGas = gas - gas / 64;  // EIP-150
                if (requested.fitsUint64() && requested.w[0] < static_cast<std::uint64_t>(childGas))
                    childGas = static_cast<std::int64_t>(requested.w[0]);
                gas -= childGas;
                if (!value.isZero())
                    childGas += 2300;  // stipend
                Message& m = f.child;
                m.depth = f.msg.depth + 1;
                m.gas = childGas;
                m.codeAddress = to;
                m.isStatic = f.msg.isStatic || op == 0xfa;
                m.salt = Word();
                switch (op) {
                    case 0xf1:
                        m.kind = CallKind::Call;
                        m.recipient = to;
                        m.sender = f.msg.recipient;
                        m.value = value;
                        break;
                    case 0xf2:
                        m.kind = CallKind::CallCode;
                        m.recipient = f.msg.recipient;
                        m.sender = f.msg.recipient;
                        m.value = value;
                        break;
                    case 0xf4:
                        m.kind = CallKind::DelegateCall;
                        m.recipient = f.msg.recipient;
                        m.sender = f.msg.sender;
                        m.value = f.msg.value;
                        break;
                    default:
                        m.kind = CallKind::StaticCall;
                        m.recipient = to;
                        m.sender = f.msg.recipient;
                        m.value = Word();
                        break;
                }
                m.input.assign(f.memory.begin() + static_cast<std::ptrdiff_t>(argOff),
                               f.memory.begin() + static_cast<std::ptrdiff_t>(argOff + argLen));
                f.childOutOffset = off;
                f.childOutSize = len;
                f.pc = pc + 1;
                f.gas = gas;
                f.top = top;
                if constexpr (kTraced)
                    ex.tracer_->onStepEnd(stepGas - gas, Status::Success);
                return RunOutcome::ChildCall;
            }
            case 0xf3:
            case 0xfd: {
                MEMORY(top[-1], top[-2]);
                f.output.assign(f.memory.begin() + static_cast<std::ptrdiff_t>(off),
                                f.memory.begin() + static_cast<std::ptrdiff_t>(off + len));
                top -= 2;
                HALT(op == 0xf3 ? Status::Success : Status::Revert);
            }
            case 0xff: {
                if (f.msg.isStatic)
                    HALT(Status::StaticModeViolation);
                const EthAddress beneficiary = top[-1].toAddress();
                --top;
                std::int64_t cost = state.warmAddress(beneficiary) ? 2600 : 0;
                const Word balance = f.self->balance;
                if (!balance.isZero() && state.isDead(beneficiary))
                    cost += 25000;
                NEED_GAS(cost);
                // EIP-6780: the balance always moves; the account only goes if it was created
                // in this transaction.
                state.transfer(f.msg.recipient, beneficiary, balance);
                if (f.self->created)
                    state.markSelfDestructed(f.msg.recipient);
                HALT(Status::Success);
            }
            default:
                HALT(Status::InvalidInstruction);
        }
        ++pc;
    }

halt:
#undef HALT
#undef NEED_GAS
#undef MEMORY
#undef TOUCH_ACCOUNT
#undef BINARY
#undef TERNARY
    if constexpr (kTraced) {
        if (stepOpen)
            ex.tracer_->onStepEnd(stepGas - gas, status);
    }
    f.status = status;
    f.pc = pc;
    f.top = top;
    if (status == Status::Success || status == Status::Revert) {
        f.gas = gas;
    } else {
        f.gas = 0;
        f.output.clear();
    }
    return RunOutcome::Halted;
}

}  // namespace ipc::evm
