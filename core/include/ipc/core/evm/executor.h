// The EVM executor (Cancun rules): message calls and contract creation over a JournaledState, with
// precompiles 0x01..0x09 and native contracts (C++ handlers at fixed addresses, such as the IPC
// gateway), plus a transaction-level entry (intrinsic gas, access lists, refunds, fees).
//
// Call frames run iteratively: a CALL or CREATE suspends the calling frame and the executor runs
// the callee in its own loop, so call depth 1024 never nests C++ calls. Exceptional halts consume
// all the frame's gas and revert its state; nothing throws out of call() or transact() for
// anything the bytecode does.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "ipc/core/evm/code_analysis.h"
#include "ipc/core/evm/state.h"
#include "ipc/core/evm/word.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"

namespace ipc::evm {

enum class Status : std::uint8_t {
    Success,
    Revert,
    OutOfGas,
    InvalidInstruction,  // 0xFE or an undefined opcode
    StackUnderflow,
    StackOverflow,
    BadJumpDestination,
    StaticModeViolation,
    ReturnDataOutOfBounds,
    CallDepthExceeded,
    InsufficientBalance,
    NonceOverflow,
    ContractCollision,
    CodeSizeExceeded,      // EIP-170
    InvalidCodePrefix,     // EIP-3541
    InitcodeSizeExceeded,  // EIP-3860
    PrecompileFailure,
    NativeFailure,
    // A call to 0x0a (EIP-4844 point evaluation): the address is Cancun's precompile, so it is
    // warm and never an empty account, but the devnet has no KZG setup to answer it with. The
    // call halts exceptionally (all its gas used) and says why.
    PointEvaluationUnsupported,
};
std::string_view statusName(Status status);

enum class CallKind : std::uint8_t { Call, CallCode, DelegateCall, StaticCall, Create, Create2 };

struct Message {
    CallKind kind = CallKind::Call;
    int depth = 0;
    std::int64_t gas = 0;
    EthAddress recipient;    // whose storage and balance the code runs with (unused for creates)
    EthAddress sender;       // CALLER
    EthAddress codeAddress;  // whose code runs (differs from recipient for CALLCODE/DELEGATECALL)
    Word value;              // CALLVALUE (DELEGATECALL: the parent's, not transferred)
    Bytes input;             // calldata, or initcode for creates
    bool isStatic = false;
    Word salt;  // CREATE2
};

struct CallResult {
    Status status = Status::Success;
    std::int64_t gasLeft = 0;
    Bytes output;                              // return data, or revert data
    std::optional<EthAddress> createdAddress;  // creates that succeeded
    bool success() const { return status == Status::Success; }
};

struct BlockContext {
    std::uint64_t number = 1;
    std::uint64_t timestamp = 1000;
    std::uint64_t gasLimit = 30'000'000;
    EthAddress coinbase;
    Word baseFee = 7;
    Word prevRandao;
    Word chainId = 31337;
    // BLOCKHASH for number in [current-256, current-1]; zero when not set.
    std::function<Hash32(std::uint64_t)> blockHash;
};

struct TxContext {
    EthAddress origin;
    Word gasPrice;  // effective gas price (GASPRICE)
};

class Executor;
class Tracer;

// What a native contract sees. State changes go through `state`; the executor takes a snapshot
// before the call and reverts to it when the handler reports failure.
struct NativeCall {
    EthAddress caller;
    EthAddress address;
    Word value;  // already transferred to `address`
    ByteView input;
    std::int64_t gas = 0;
    bool isStatic = false;
    int depth = 0;
    JournaledState& state;
    // For handlers that call on into the EVM: executor.call() with depth + 1 runs a nested
    // message (its frames sit above the caller's; the depth limit still applies).
    Executor& executor;
};

struct NativeResult {
    bool success = false;
    Bytes output;              // return data, or revert data when !success
    std::int64_t gasUsed = 0;  // clamped to the gas given
};

class NativeContract {
public:
    virtual ~NativeContract() = default;
    virtual NativeResult call(const NativeCall& call) = 0;
};

struct AccessListEntry {
    EthAddress address;
    std::vector<Word> storageKeys;  // EIP-2930's name (and not Qt's `slots` macro)
};

struct Transaction {
    EthAddress sender;
    std::optional<EthAddress> to;  // none: contract creation
    Word value;
    Bytes data;
    std::int64_t gasLimit = 0;
    Word gasPrice;  // effective gas price: >= baseFee
    std::vector<AccessListEntry> accessList;
};

struct TxResult {
    // False: the transaction is not valid (`error` says why) and nothing changed.
    bool valid = false;
    std::string error;
    Status status = Status::Success;
    std::int64_t gasUsed = 0;  // after the refund
    std::int64_t refund = 0;   // applied refund (capped at gasUsed/5)
    Bytes output;
    std::vector<Log> logs;
    std::optional<EthAddress> createdAddress;
    std::vector<AccountChange> changes;  // from JournaledState::finishTransaction()
    // Set when some frame called precompile 0x0a, which the devnet does not support: the reason
    // a failed transaction should give even when the failure surfaced as a plain revert higher up.
    std::string unsupported;
    // The calldata of every call to Hardhat's console address (consoleAddress()), in order,
    // reverted frames included: what the transaction's console.log lines say (see
    // ipc/core/abi/console.h). At most kMaxConsoleBytes in all; `consoleTruncated` says calls
    // beyond that were left out (a loop printing large data must not exhaust memory).
    std::vector<Bytes> consoleCalls;
    bool consoleTruncated = false;
};

inline constexpr std::size_t kMaxConsoleBytes = std::size_t(1) << 20;

// Hardhat's console.sol address, 0x000000000000000000636F6e736F6c652e6c6f67 ("console.log"). It
// has no code: a CALL or STATICCALL to it costs and does what a call to any codeless account
// does, and the executor also records its calldata (TxResult::consoleCalls).
const EthAddress& consoleAddress();

// EIP-2028/2930/3860 intrinsic gas of a transaction.
std::int64_t intrinsicGas(const Transaction& tx);
// CREATE: keccak256(rlp([sender, nonce]))[12:]. CREATE2: keccak256(0xff ++ sender ++ salt ++
// keccak256(initcode))[12:].
EthAddress createAddress(const EthAddress& sender, std::uint64_t nonce);
EthAddress create2Address(const EthAddress& sender, const Word& salt, ByteView initcode);

inline constexpr std::size_t kMaxCodeSize = 24576;      // EIP-170
inline constexpr std::size_t kMaxInitcodeSize = 49152;  // EIP-3860
inline constexpr int kMaxCallDepth = 1024;

class Executor {
public:
    Executor(JournaledState& state, BlockContext block, TxContext tx);
    ~Executor();
    Executor(const Executor&) = delete;
    Executor& operator=(const Executor&) = delete;

    // Native contracts are owned by the caller and must outlive the executor.
    void addNativeContract(const EthAddress& address, NativeContract* contract);
    void setTxContext(TxContext tx) { tx_ = std::move(tx); }
    // Shares a code analysis cache between executors (for example one per block); by default
    // each executor has its own.
    void setCodeCache(std::shared_ptr<CodeCache> cache) { codeCache_ = std::move(cache); }
    // Reports every message, instruction and log to `tracer` (owned by the caller; null: none).
    void setTracer(Tracer* tracer) { tracer_ = tracer; }
    Tracer* tracer() const { return tracer_; }

    // One message call or create, run to completion. The caller sets up warm addresses and
    // everything a transaction does around it; call() only runs the message. If memory runs out
    // (std::bad_alloc) the message's changes are reverted and it fails with all its gas used.
    CallResult call(const Message& message);

    // A whole transaction: validates (intrinsic gas, balance for gasLimit * gasPrice + value,
    // initcode size), buys the gas, bumps the sender's nonce, warms origin/target/coinbase/
    // precompiles/access list, runs, applies the refund (EIP-3529 cap), returns unused gas to the
    // sender and pays the coinbase (gasPrice - baseFee) per gas; the base fee is burnt. Ends with
    // JournaledState::finishTransaction(). The nonce is not checked against a transaction nonce:
    // the chain's transaction validation does that.
    TxResult transact(const Transaction& tx);

    JournaledState& state() { return state_; }
    const BlockContext& block() const { return block_; }
    const TxContext& txContext() const { return tx_; }

    struct Frame;  // internal: one suspended or running call frame

private:
    friend struct Interpreter;

    CallResult runLoop(const Message& message);
    // Starts a message: value transfer, precompile or native call, or a new frame. Returns the
    // result when the message finished at once (no bytecode to run), or null after pushing a frame.
    std::optional<CallResult> begin(Message message);
    std::optional<CallResult> start(Message& message);
    // A finished frame: code deposit for creates, revert on failure, result for the parent.
    CallResult finish(Frame& frame);
    void recordConsoleCall(const Bytes& input);
    void resume(Frame& parent, CallResult result);
    Word* stackFor(int depth);

    JournaledState& state_;
    BlockContext block_;
    TxContext tx_;
    std::shared_ptr<CodeCache> codeCache_ = std::make_shared<CodeCache>();
    std::map<EthAddress, NativeContract*> natives_;
    std::vector<std::unique_ptr<Word[]>> stacks_;  // one 1024-word stack per depth, reused
    std::vector<std::unique_ptr<Frame>> frames_;   // the call stack; reused between calls
    std::size_t liveFrames_ = 0;
    bool calledPointEvaluation_ = false;  // since the last transact()
    std::vector<Bytes> consoleCalls_;     // since the last transact()
    std::size_t consoleBytes_ = 0;
    bool consoleTruncated_ = false;
    Tracer* tracer_ = nullptr;
};

}  // namespace ipc::evm
