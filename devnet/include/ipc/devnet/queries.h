// The typed questions and commands a client (the desktop app) puts to a running devnet through
// Devnet::ask. Each is a plain struct naming its answer type (`Result`); the engine answers it
// on its thread with plain values (views.h, explorer_views.h, transfer.h, search.h) that are
// safe to keep on any thread. A subnet that is not in the hierarchy is a clear ipc::Error in the
// future (or the error of the non-blocking ask); a block or checkpoint that does not exist is
// nullopt. Commands (kChangesState) also refresh the published HierarchyView before they answer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "ipc/core/ipc/types.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/u256.h"
#include "ipc/devnet/engine_values.h"
#include "ipc/devnet/explorer_views.h"
#include "ipc/devnet/search.h"
#include "ipc/devnet/topology.h"
#include "ipc/devnet/transfer.h"
#include "ipc/devnet/views.h"
#include "ipc/devnet/wallet.h"

namespace ipc::devnet {

// The answer of a command that returns nothing but its having been applied.
struct Applied {};

// ---- explorer pages of one subnet ----

// Blocks [first, first + count), fewer at the head.
struct BlocksQuery {
    using Result = std::vector<BlockView>;
    SubnetId subnet;
    std::uint64_t first = 0;
    std::size_t count = 0;
};

// Checkpoints by ordinal, oldest = 0 (makeCheckpointSummaries).
struct CheckpointsQuery {
    using Result = std::vector<CheckpointSummaryView>;
    SubnetId subnet;
    std::uint64_t first = 0;
    std::size_t count = 0;
};

// A page of transactions walking down from `fromBlock` (makeTransactionPage).
struct TransactionsQuery {
    using Result = TransactionPage;
    SubnetId subnet;
    std::uint64_t fromBlock = 0;
    std::size_t maxTransactions = 0;
    std::size_t maxBlocks = 0;
};

// A page of deployed contracts walking down from `fromBlock` (makeContractPage).
struct ContractsQuery {
    using Result = ContractPage;
    SubnetId subnet;
    std::uint64_t fromBlock = 0;
    std::size_t maxContracts = 0;
    std::size_t maxBlocks = 0;
};

struct OverviewQuery {
    using Result = SubnetOverviewView;
    SubnetId subnet;
};

// nullopt: no such block.
struct BlockDetailQuery {
    using Result = std::optional<BlockDetailView>;
    SubnetId subnet;
    std::uint64_t number = 0;
};

// nullopt: the subnet cut no checkpoint at that height. Signatures are recovered again.
struct CheckpointDetailQuery {
    using Result = std::optional<CheckpointDetailView>;
    SubnetId subnet;
    std::uint64_t height = 0;
};

// ---- cross-net messages and transfers ----

// Messages sent from, to or through `subnet`, oldest first, at most the newest `limit`.
struct SubnetMessagesQuery {
    using Result = std::vector<CrossMessageView>;
    SubnetId subnet;
    std::size_t limit = 0;
};

// Every message of the hierarchy, oldest first, at most the newest `limit`.
struct MessagesQuery {
    using Result = std::vector<CrossMessageView>;
    std::size_t limit = 0;
};

// A transaction sent on `source` and the message it committed (readTransfer).
struct TransferByTxQuery {
    using Result = TransferRecord;
    SubnetId source;
    Hash32 tx;
};

// A message by tracing id (readMessage); nullopt when none has it.
struct TransferByMessageQuery {
    using Result = std::optional<TransferRecord>;
    Hash32 tracingId;
};

// ---- contracts ----

// One transaction by hash; nullopt while it is not in a block (pending, or unknown).
struct TransactionQuery {
    using Result = std::optional<TransactionView>;
    SubnetId subnet;
    Hash32 tx;
};

// The project linked to the devnet (ContractBook): its directory, its contracts' names, the
// selectors its signatures share, and why a directory the workspace remembered did not load
// when it was opened (nothing is linked then).
struct LinkedContracts {
    std::string directory;
    std::vector<std::string> contracts;
    std::vector<std::string> clashes;
    std::string error;
};
struct LinkedContractsQuery {
    using Result = LinkedContracts;
};
// Links the build output at `directory` (a Hardhat artifacts/ or Foundry out/ directory; empty
// unlinks). A directory that does not load is an error naming the artifact, and the linked
// project stays as it was. A workspace remembers the directory and links it again when opened.
struct LinkContractsCommand {
    using Result = LinkedContracts;
    static constexpr bool kChangesState = true;
    std::string directory;
};

// One function of a contract's ABI, as a form shows it.
struct ContractFunctionView {
    std::string signature;  // canonical: "transfer(address,uint256)"
    std::string name;
    std::vector<std::string> inputNames;
    std::vector<std::string> inputTypes;   // canonical types
    std::vector<std::string> inputHints;   // what a field takes (abi::inputHint)
    std::vector<std::string> outputTypes;  // canonical types
    std::string stateMutability;           // "view", "pure", "nonpayable", "payable"
    bool readOnly() const { return stateMutability == "view" || stateMutability == "pure"; }
};

// A contract as its linked ABI describes it. `name` is empty when no known artifact has its
// code (functions are empty then, unless ContractDetailQuery::as names one).
struct ContractDetailView {
    EthAddress address;
    std::string name;
    std::string source;  // the artifact's source file ("contracts/Token.sol"), when it says
    std::size_t codeSize = 0;
    U256 balance;
    std::vector<ContractFunctionView> functions;  // reads first, then writes, each by name
    std::vector<std::string> events;              // canonical signatures
    std::vector<std::string> errors;
    std::vector<std::string> knownContracts;  // every contract name `as` may take
};
// nullopt: no code at `address`. `as` reads it as the named contract of the project.
struct ContractDetailQuery {
    using Result = std::optional<ContractDetailView>;
    SubnetId subnet;
    EthAddress address;
    std::string as;
};

// A function called at the head as eth_call does: nothing changes.
struct ContractCallView {
    bool success = false;
    std::vector<std::string> outputs;  // one formatted value per output
    std::string revert;                // why it failed, in words (custom errors by name)
    std::uint64_t gasUsed = 0;
    Bytes returnData;
};
// Calls `signature` on `address` with `args` as typed (abi/value_input.h). Arguments that do
// not fit their types are a ParseError naming the argument.
struct ReadContractQuery {
    using Result = ContractCallView;
    SubnetId subnet;
    EthAddress address;
    std::string signature;
    std::vector<std::string> args;
    std::optional<EthAddress> from;
    U256 value;
};

// One call of a traced transaction, its inner calls below it.
struct CallFrameView {
    std::string type;  // "CALL", "STATICCALL", "DELEGATECALL", "CALLCODE", "CREATE", "CREATE2"
    EthAddress from;
    EthAddress to;
    U256 value;
    std::uint64_t gas = 0;
    std::uint64_t gasUsed = 0;
    Bytes input;
    Bytes output;
    std::string contractName;  // of `to`, when known
    std::string method;        // the call decoded, when its selector is known
    bool failed = false;
    std::string error;              // why it failed, in words
    std::vector<std::string> logs;  // decoded where known, else address and topics
    std::vector<CallFrameView> calls;
};
// The call tree of a mined transaction (as debug_traceTransaction's callTracer sees it). An
// error when the transaction is unknown or too old to run again.
struct CallTraceQuery {
    using Result = CallFrameView;
    SubnetId subnet;
    Hash32 tx;
};

// A storage slot of `address` at the head.
struct StorageQuery {
    using Result = Hash32;
    SubnetId subnet;
    EthAddress address;
    Hash32 slot;
};

// Call data for `signature` with `args` as typed: throws ParseError naming the argument that
// does not fit (needs no engine: a form checks its fields with it before sending).
Bytes encodeFunctionCall(const ContractFunctionView& function,
                         const std::vector<std::string>& args);

// ---- accounts and fees ----

// Balances and nonces of `accounts` on every subnet.
struct BalancesQuery {
    using Result = BalanceSheet;
    std::vector<EthAddress> accounts;
};

// The accounts the devnet itself holds keys of (the topology's and the relayers').
struct DevnetAccount {
    std::string label;
    EthAddress address;
};
struct DevnetAccountsQuery {
    using Result = std::vector<DevnetAccount>;
};

// What a transaction to `to` on `subnet` costs (quoteFee).
struct FeeQuery {
    using Result = FeeQuote;
    SubnetId subnet;
    EthAddress to;
};

// What the gateway call of a transfer costs (quoteTransferFee).
struct TransferFeeQuery {
    using Result = FeeQuote;
    SubnetId from;
    EthAddress sender;
    protocol::IpcAddress to;
    U256 amount;
};

// ---- the hierarchy as a whole ----

struct SnapshotsQuery {
    using Result = std::vector<SnapshotInfo>;
};

// The topology the hierarchy was started from.
struct TopologyQuery {
    using Result = Topology;
};

// What a hierarchy looks like as it starts (the banner of `ipc-devnet up`): the funded accounts
// with their keys, the wallet's mnemonic, every chain and the template's contracts.
struct StartInfo {
    struct Account {
        EthAddress address;
        U256 rootBalance;
        std::string privateKeyHex;
    };
    struct Chain {
        std::string name;
        SubnetId id;
        std::string parentName;  // empty for the root
        std::uint64_t chainId = 0;
        std::size_t validators = 0;
        std::uint64_t blockTimeMs = 0;
    };
    std::uint64_t rootHeight = 0;
    std::vector<Account> accounts;
    std::string mnemonic;
    std::vector<Chain> chains;  // parents before children
    std::string contracts;      // the template's contracts and their addresses, as text
};
struct StartInfoQuery {
    using Result = StartInfo;
};

// Where the hierarchy stands when it stops: the root's height, the virtual time, every broken
// invariant (empty when all hold) and the JSON summary (`--summary-json`).
struct StopReport {
    std::uint64_t rootHeight = 0;
    std::uint64_t timeMs = 0;
    std::vector<std::string> violations;
    std::string summaryJson;
};
struct StopReportQuery {
    using Result = StopReport;
};

// ---- commands ----

// Runs virtual time as fast as it goes (on a paused devnet) until the root reaches `rootHeight`,
// at most `maxTasks` scheduled tasks at a time so the caller can stop in between; `done` once the
// height is reached or nothing is left to run.
struct RunProgress {
    bool done = false;
    std::uint64_t rootHeight = 0;
};
struct RunUntilCommand {
    using Result = RunProgress;
    static constexpr bool kChangesState = true;
    std::uint64_t rootHeight = 0;
    std::uint64_t maxTasks = 4096;
};

// Produces `blocks` blocks on `subnet` now (devnet_mine); answers the new height.
struct MineCommand {
    using Result = std::uint64_t;
    static constexpr bool kChangesState = true;
    SubnetId subnet;
    std::uint64_t blocks = 1;
};

struct SetValidatorOnlineCommand {
    using Result = Applied;
    static constexpr bool kChangesState = true;
    SubnetId subnet;
    EthAddress validator;
    bool online = true;
};

struct SetRelayerCommand {
    using Result = Applied;
    static constexpr bool kChangesState = true;
    SubnetId subnet;
    bool on = true;
};

// Creates a subnet through the registry; answers the id it will have.
struct CreateSubnetCommand {
    using Result = SubnetId;
    static constexpr bool kChangesState = true;
    NewSubnet spec;
};

// IPC's fund (parent -> `child`) from an account the devnet holds the key of; answers the
// transaction hash.
struct FundCommand {
    using Result = Hash32;
    static constexpr bool kChangesState = true;
    SubnetId child;
    EthAddress from;
    EthAddress to;
    U256 amount;
};

// IPC's release (`subnet` -> its parent), likewise.
struct ReleaseCommand {
    using Result = Hash32;
    static constexpr bool kChangesState = true;
    SubnetId subnet;
    EthAddress from;
    EthAddress to;
    U256 amount;
};

// Signs and submits what Wallet::prepareSend/prepareTransfer/prepareFaucet prepared (the key
// was taken from the wallet by the caller); answers the transaction hash.
struct WalletSendCommand {
    using Result = Hash32;
    static constexpr bool kChangesState = true;
    Wallet::EngineSend send;
};

// Answers the snapshot's id. A name in use is refused.
struct TakeSnapshotCommand {
    using Result = std::string;
    static constexpr bool kChangesState = true;
    std::string name;
};

// Returns the whole hierarchy to a snapshot (the real-time clock follows it).
struct RevertSnapshotCommand {
    using Result = Applied;
    static constexpr bool kChangesState = true;
    std::string idOrName;
    bool keep = true;
};

struct DeleteSnapshotCommand {
    using Result = Applied;
    static constexpr bool kChangesState = true;
    std::string idOrName;
};

// Changes nothing: answered once every command sent before it has been applied, with the
// published view fresh (pause, resume and speed changes are confirmed this way).
struct SyncCommand {
    using Result = Applied;
    static constexpr bool kChangesState = true;
};

// Whether answering Q changes the hierarchy (and so refreshes the published view).
template <class Q, class = void>
struct ChangesState : std::false_type {};
template <class Q>
struct ChangesState<Q, std::void_t<decltype(Q::kChangesState)>>
    : std::bool_constant<Q::kChangesState> {};

// Every query and command Devnet::ask answers (devnet.cpp instantiates ask for each).
#define IPC_DEVNET_QUERIES(X)    \
    X(BlocksQuery)               \
    X(CheckpointsQuery)          \
    X(TransactionsQuery)         \
    X(ContractsQuery)            \
    X(OverviewQuery)             \
    X(BlockDetailQuery)          \
    X(CheckpointDetailQuery)     \
    X(SubnetMessagesQuery)       \
    X(MessagesQuery)             \
    X(TransferByTxQuery)         \
    X(TransferByMessageQuery)    \
    X(TransactionQuery)          \
    X(LinkedContractsQuery)      \
    X(LinkContractsCommand)      \
    X(ContractDetailQuery)       \
    X(ReadContractQuery)         \
    X(CallTraceQuery)            \
    X(StorageQuery)              \
    X(BalancesQuery)             \
    X(DevnetAccountsQuery)       \
    X(FeeQuery)                  \
    X(TransferFeeQuery)          \
    X(SnapshotsQuery)            \
    X(TopologyQuery)             \
    X(SearchQuery)               \
    X(StartInfoQuery)            \
    X(StopReportQuery)           \
    X(RunUntilCommand)           \
    X(MineCommand)               \
    X(SetValidatorOnlineCommand) \
    X(SetRelayerCommand)         \
    X(CreateSubnetCommand)       \
    X(FundCommand)               \
    X(ReleaseCommand)            \
    X(WalletSendCommand)         \
    X(TakeSnapshotCommand)       \
    X(RevertSnapshotCommand)     \
    X(DeleteSnapshotCommand)     \
    X(SyncCommand)

}  // namespace ipc::devnet
