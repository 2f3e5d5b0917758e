// One subnet's chain: accounts, mempool, validators, blocks and the indexes RPC and the UI read.
// Built-in contracts (gateway, registry, subnet actors) plug in through SystemContracts; this
// file knows nothing about IPC itself.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ipc/core/chain/account_state.h"
#include "ipc/core/chain/block.h"
#include "ipc/core/chain/block_archive.h"
#include "ipc/core/chain/mempool.h"
#include "ipc/core/chain/state_io.h"
#include "ipc/core/chain/state_overrides.h"
#include "ipc/core/chain/tx_witness.h"
#include "ipc/core/chain/validator_set.h"
#include "ipc/core/evm/executor.h"

namespace ipc::abi {
class ErrorRegistry;
}

namespace ipc::chain {

// Gas schedule. Transfers cost what Ethereum charges; built-in IPC calls have fixed costs
// (documented in the README) because they do not run EVM bytecode.
struct GasSchedule {
    static constexpr std::uint64_t kTransfer = 21'000;
    static constexpr std::uint64_t kZeroByte = 4;
    static constexpr std::uint64_t kNonZeroByte = 16;
    static constexpr std::uint64_t kBlockGasLimit = 30'000'000;
};
std::uint64_t intrinsicGas(ByteView data);

// Filecoin's burnt-funds actor f099, where base fees go (keeps supply accounting exact).
EthAddress burntFundsAddress();

// Thrown by a built-in contract to fail a call: state is rolled back, the receipt fails with
// the reason, gas is still charged. The revert data is Error(reason), or `data` when given (a
// custom error, as the Solidity contract would revert with it).
class Revert : public Error {
public:
    using Error::Error;
    Revert(const std::string& reason, Bytes data) : Error(reason), data_(std::move(data)) {}
    const std::optional<Bytes>& data() const { return data_; }

private:
    std::optional<Bytes> data_;
};

struct CallContext {
    AccountState& state;
    std::uint64_t height;
    std::uint64_t timestampMs;
    EthAddress sender;
    U256 value;  // already moved from the sender to the contract's account
    bool system = false;
    std::vector<Log>& logs;
};

// A message call the chain makes on its own inside the block being produced (the gateway
// delivering a cross-net Call to a contract): no transaction, no fee, bounded gas.
struct SystemCallResult {
    bool success = false;
    Bytes output;  // return data, or revert data
    std::uint64_t gasUsed = 0;
    // Why it failed, in words: kReverted, "out of gas (3000000 gas)", "returned 20000 bytes, over
    // the 16384-byte limit", ...; empty on success.
    std::string error;
    // The words of a plain revert, whose revert data says why (readers decode that instead).
    static constexpr std::string_view kReverted = "reverted";
};

class ContractRunner {
public:
    virtual ~ContractRunner() = default;
    // Calls `to` from `from` with `value` (moved with the call) and `data`. On success the
    // changes stay and the call's logs are appended to `logs`; on failure (a revert, running out
    // of `gas`, or return data longer than `maxOutput`, which counts as a failure) nothing
    // changes.
    virtual SystemCallResult runSystemCall(const EthAddress& from, const EthAddress& to,
                                           const U256& value, ByteView data, std::uint64_t gas,
                                           std::size_t maxOutput, std::vector<Log>& logs) = 0;
};

// Who makes a call into a built-in contract, beyond CallContext: EVM code (the sender is a
// contract) or a transaction, and what runs contract code the call reaches (null: nothing can).
struct CallOrigin {
    bool senderIsContract = false;
    ContractRunner* runner = nullptr;
};

class SystemContracts {
public:
    virtual ~SystemContracts() = default;
    virtual bool isContract(const EthAddress& a) const = 0;
    // Every address isContract() accepts (EVM code reaches them as native contracts).
    virtual std::vector<EthAddress> addresses() const { return {}; }
    // Fixed gas the call needs on top of the intrinsic cost (0 when unknown: the call fails).
    virtual std::uint64_t callGas(const EthAddress& to, ByteView data) const = 0;
    // Runs a state-changing call; throws Revert (or any ipc::Error) to fail it.
    virtual Bytes call(CallContext& ctx, const EthAddress& to, ByteView data) = 0;
    // The same, saying who calls and how contract code it reaches runs.
    virtual Bytes call(CallContext& ctx, const EthAddress& to, ByteView data,
                       const CallOrigin& origin) {
        (void)origin;
        return call(ctx, to, data);
    }
    // Read-only call (eth_call); throws Revert.
    virtual Bytes view(const EthAddress& to, ByteView data) const = 0;

    // ---- calls from EVM code ----
    // A copy of the whole contract state: the snapshot taken before EVM code changes it (put
    // back with restore() when an enclosing frame reverts), and what eth_call changes instead of
    // the chain's own contracts. Null: EVM code can only read these contracts.
    virtual std::unique_ptr<SystemContracts> clone() const { return nullptr; }
    // Puts back a state clone() returned (of this same kind of contracts).
    virtual void restore(const SystemContracts& snapshot) { (void)snapshot; }
    // The custom errors the contracts revert with, to name them in failed receipts; null: none.
    virtual const abi::ErrorRegistry* errors() const { return nullptr; }
    // Balance that reached a contract's account without any of its functions taking it (the
    // beneficiary of a SELFDESTRUCT): the contract keeps it aside, as a Solidity contract's
    // balance would hold it with no function able to spend it.
    virtual void acceptForcedBalance(const EthAddress& a, const U256& amount) {
        (void)a;
        (void)amount;
    }
};

struct ChainParams {
    std::uint64_t chainId = 31337;
    std::uint64_t blockTimeMs = 1000;
    U256 initialBaseFee = U256(1'000'000'000);  // 1 gwei
    U256 minBaseFee = U256(100);
};

// A call as eth_call and eth_estimateGas describe it.
struct EvmCall {
    EthAddress from;
    std::optional<EthAddress> to;  // none: contract creation
    U256 value;
    Bytes data;
    std::uint64_t gas = GasSchedule::kBlockGasLimit;
    StateOverrides overrides;  // eth_call's third parameter; empty for none
};

// The accounts as they were right after an earlier block (SubnetChain::stateAfter), for calls
// at that block.
struct PastState {
    std::uint64_t number = 0;
    AccountState accounts;
};

// eth_estimateGas's answer on the EVM: the least gas with which the call succeeds, or the run
// that failed with all the gas allowed.
struct GasEstimate {
    std::uint64_t gas = 0;
    std::optional<evm::TxResult> failure;
};

// What a run printed with Hardhat's console.log, one entry per call (abi::consoleLine), and a
// last line saying so when the executor left further output out (evm::kMaxConsoleBytes);
// `run` names what ran in that line ("transaction", "call").
std::vector<std::string> consoleOutput(const evm::TxResult& result, const std::string& run);

// Why a transaction was not accepted into the mempool.
class TxRejected : public Error {
public:
    using Error::Error;
};

class SubnetChain : public ContractRunner {
public:
    SubnetChain(ChainParams params, ValidatorSet validators, SystemContracts* contracts);

    const ChainParams& params() const { return params_; }
    AccountState& state() { return state_; }
    const AccountState& state() const { return state_; }
    ValidatorSet& validators() { return validators_; }
    const ValidatorSet& validators() const { return validators_; }
    Mempool& mempool() { return mempool_; }
    const Mempool& mempool() const { return mempool_; }

    // Genesis: block 0 with the given balances (no transactions).
    void genesis(std::uint64_t timestampMs);

    // Admission checks (chain id, sender, nonce, funds for value + max fee, gas limit, fee cap
    // vs base fee) then into the mempool. The sender must be recovered by the caller (so it can
    // happen on another thread). Throws TxRejected and changes nothing.
    Hash32 submit(TxPtr tx);
    // Checks a transaction would be admitted, without adding it.
    void checkAdmission(const IncludedTx& tx) const;

    // Produces and appends the next block at `timestampMs` with ready mempool transactions.
    // `beforeTxs` runs first inside the block (top-down finality execution), `afterTxs` last
    // (checkpoint cut). Returns the new block.
    using BlockHook =
        std::function<void(AccountState&, std::uint64_t height, std::vector<Log>& logs)>;
    const Block& produceBlock(std::uint64_t timestampMs, const EthAddress& proposer,
                              const BlockHook& beforeTxs, const BlockHook& afterTxs);

    // Genesis has been produced (before that there is no head).
    bool started() const { return !blocks_.empty(); }
    std::uint64_t height() const { return blocks_.empty() ? 0 : blocks_.back()->header.number; }
    const Block& head() const { return *blocks_.back(); }
    const BlockPtr& headPtr() const { return blocks_.back(); }
    // Blocks up to the head, from memory or else from the archive; null when neither has it.
    BlockPtr block(std::uint64_t number) const;
    BlockPtr blockByHash(const Hash32& h) const;
    std::optional<TxLocation> findTx(const Hash32& hash) const;
    // Blocks kept in memory: the newest ones, from `oldestInMemory()` to the head (older ones
    // are in the archive, if any).
    const std::deque<BlockPtr>& recentBlocks() const { return blocks_; }
    std::size_t blocksInMemory() const { return blocks_.size(); }
    std::uint64_t oldestInMemory() const;

    // ---- history ----
    // Lookups of blocks no longer in memory go to `archive`; pruneTo keeps the newest
    // `keepRecent` blocks (at least the head) in memory.
    void setArchive(std::shared_ptr<BlockArchive> archive, std::size_t keepRecent);
    const std::shared_ptr<BlockArchive>& archive() const { return archive_; }
    std::size_t keepRecent() const { return keepRecent_; }
    // Forgets in-memory blocks up to `durableHeight` (the archive holds them) except the newest
    // `keepRecent`. Throws ipc::Error without an archive.
    void pruneTo(std::uint64_t durableHeight);
    // Drops blocks above `height` (accounts, mempool and validators are the caller's to
    // restore; the archive's owner truncates its own copy). Throws ipc::Error, changing
    // nothing, when `height` is above the head or its block is in neither memory nor archive.
    void truncate(std::uint64_t height);

    // ---- state codec ----
    // Accounts, validators, mempool (raw signed transactions), the cached base fee and which
    // block is the head; not the blocks themselves.
    void encodeState(StateWriter& w) const;
    // A chain with the saved state and no blocks yet; resumeHistory() gives it its head.
    // Throws ParseError naming the field.
    static std::unique_ptr<SubnetChain> decodeState(StateReader& r, SystemContracts* contracts);
    // Consecutive newest blocks to keep in memory (may be empty) and where to find the rest;
    // the head must be the saved one. Throws ipc::Error when it is not there.
    // The saved head's number, between decodeState() and resumeHistory().
    std::optional<std::uint64_t> savedHeadNumber() const;
    void resumeHistory(std::vector<BlockPtr> recent, std::shared_ptr<BlockArchive> archive,
                       std::size_t keepRecent);
    // EIP-1559 base fee of the next block (computed once per block).
    U256 nextBaseFee() const;

    // Read-only call against the head state.
    Bytes call(const EthAddress& to, ByteView data) const;
    // Whether a transaction to `to` runs on the EVM: a contract creation, or a call to an
    // account with code (built-in contracts and plain accounts keep their own path).
    bool runsEvm(const std::optional<EthAddress>& to) const;
    // Runs `call` as a transaction of the next block (at `timestampMs`) against the head state
    // at gas price 0 and throws its changes away; the chain is untouched. `valid` is false (with
    // `error`) when it could not start, e.g. the sender cannot pay `value`.
    // With `tracer`, every message and instruction is reported to it; with `witness`, what the
    // call read from the state is recorded there (its prestate).
    evm::TxResult simulate(const EvmCall& call, std::uint64_t timestampMs,
                           evm::Tracer* tracer = nullptr, TxWitness* witness = nullptr) const;
    // The same against the state after an earlier block, run as a transaction of the block
    // that followed it.
    evm::TxResult simulate(const EvmCall& call, const PastState& at, evm::Tracer* tracer = nullptr,
                           TxWitness* witness = nullptr) const;
    // eth_estimateGas on the EVM, as geth does it: run with call.gas (the allowance), then a
    // binary search for the least gas with which the call still succeeds (refunds and the
    // 63/64 rule make that more than what it used). The wallet and the RPC both use it.
    GasEstimate estimateEvmGas(const EvmCall& call, std::uint64_t timestampMs) const;
    GasEstimate estimateEvmGas(const EvmCall& call, const PastState& at) const;

    // ---- state of recent blocks ----
    // Every block keeps a record of what it overwrote for kKeptStates blocks, so the accounts
    // after any of the last kKeptStates blocks before the head can be rebuilt from the head
    // state (eth_call at a block number). Memory is bounded by what those blocks changed.
    static constexpr std::size_t kKeptStates = 128;
    // A copy of the accounts right after block `number` (the head included). Throws ipc::Error
    // "state of block N is no longer kept; ..." when it is older than what is kept, and
    // ipc::Error when there is no such block.
    PastState stateAfter(std::uint64_t number) const;
    // The oldest block whose state stateAfter() can rebuild.
    std::uint64_t oldestKeptState() const;

    // ---- tracing ----
    // How many of the newest EVM transactions can be run again (debug_traceTransaction).
    static constexpr std::size_t kRetraceableTxs = 4096;
    // What a recent EVM transaction read, or null when it is not one of the newest
    // kRetraceableTxs on this chain (or ran no EVM code path).
    std::shared_ptr<const TxWitness> witness(const Hash32& tx) const;
    // Runs a recent EVM transaction again exactly as it ran in its block, reporting to
    // `tracer`; nullopt when witness(tx) is null. Nothing changes.
    std::optional<evm::TxResult> retrace(const Hash32& tx, evm::Tracer* tracer) const;
    // ---- console.log ----
    // Lines of Hardhat's console.log kept for recent transactions, this many bytes at most in
    // all (the oldest transactions' lines go first). They live in memory only, as witnesses do.
    static constexpr std::size_t kKeptConsoleBytes = std::size_t(16) << 20;
    // The console.log lines a recent EVM transaction printed, in order (reverted ones too);
    // empty when it printed none or is no longer kept.
    std::vector<std::string> consoleLines(const Hash32& tx) const;

    // Gas a transaction would use (intrinsic + built-in call cost).
    std::uint64_t estimateGas(const std::optional<EthAddress>& to, ByteView data) const;

    // A call of the chain's own inside the block being produced (its last block), against the
    // current state; the built-in contracts are reachable from it as from any EVM code.
    SystemCallResult runSystemCall(const EthAddress& from, const EthAddress& to, const U256& value,
                                   ByteView data, std::uint64_t gas, std::size_t maxOutput,
                                   std::vector<Log>& logs) override;

private:
    U256 computeNextBaseFee() const;
    void indexBlock(const Block& b);
    void unindexBlock(const Block& b);
    // An archived block, unless it is above the head or contradicts what memory holds.
    BlockPtr fromArchive(BlockPtr b) const;
    Receipt apply(const IncludedTx& tx, std::uint64_t height, std::uint64_t timestampMs,
                  const EthAddress& proposer, std::uint64_t& cumulativeGas);
    Receipt applyEvm(const IncludedTx& tx, std::uint64_t height, std::uint64_t timestampMs,
                     const EthAddress& proposer, std::uint64_t& cumulativeGas);
    evm::BlockContext blockContext(std::uint64_t height, std::uint64_t timestampMs,
                                   const EthAddress& coinbase, const U256& baseFee) const;
    void keepWitness(const Hash32& tx, std::shared_ptr<const TxWitness> witness);
    void keepConsoleLines(const Hash32& tx, const evm::TxResult& result);

    ChainParams params_;
    AccountState state_;
    ValidatorSet validators_;
    Mempool mempool_;
    SystemContracts* contracts_;
    std::deque<BlockPtr> blocks_;
    std::shared_ptr<BlockArchive> archive_;
    std::size_t keepRecent_ = 1;
    U256 nextBaseFee_;
    // Set by decodeState until resumeHistory attaches the blocks.
    std::optional<std::pair<std::uint64_t, Hash32>> savedHead_;
    std::unordered_map<Hash32, TxLocation> txIndex_;
    std::unordered_map<Hash32, std::uint64_t> blockIndex_;
    // The newest EVM transactions' witnesses, oldest first, and by transaction hash.
    std::deque<std::pair<Hash32, std::shared_ptr<const TxWitness>>> witnesses_;
    std::unordered_map<Hash32, std::shared_ptr<const TxWitness>> witnessIndex_;
    // console.log lines of the newest transactions that printed any, oldest first, by hash.
    std::deque<std::pair<Hash32, std::shared_ptr<const std::vector<std::string>>>> consoleTxs_;
    std::unordered_map<Hash32, std::shared_ptr<const std::vector<std::string>>> consoleIndex_;
    std::size_t consoleBytes_ = 0;
    // Code analysis (jump destinations) shared by every EVM run on this chain, per code hash.
    std::shared_ptr<evm::CodeCache> codeCache_ = std::make_shared<evm::CodeCache>();
    // What each of the newest blocks overwrote, oldest first (at most kKeptStates).
    struct BlockUndo {
        std::uint64_t number = 0;
        AccountState::Undo undo;
    };
    std::deque<BlockUndo> undos_;

    evm::TxResult simulateOn(const AccountState& accounts, std::uint64_t height,
                             std::uint64_t timestampMs, const EthAddress& coinbase,
                             const EvmCall& call, evm::Tracer* tracer, TxWitness* witness) const;
    template <class Run>
    static GasEstimate estimateWith(const EvmCall& call, const Run& run);
};

}  // namespace ipc::chain
