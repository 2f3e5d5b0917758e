// console.log on a subnet chain: calls to Hardhat's console address cost what a call to an
// account without code costs, change nothing, and their lines are kept per transaction
// (reverted ones included) and returned by simulate() for eth_call. The contract is
// tests/contracts/ConsoleLog.sol, compiled by solc-js into tests/fixtures/contracts.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "ipc/core/abi/console.h"
#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/chain/validator_set.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/evm/executor.h"
#include "support/contract_fixtures.h"

using namespace ipc;
using namespace ipc::chain;

namespace {

using ipc::testing_support::contractFixture;

constexpr std::uint64_t kChainId = 31337;

crypto::PrivateKey key(std::uint64_t i) {
    return crypto::PrivateKey::deterministic(29, i);
}

// Runtime: STATICCALL `target` with this call's calldata, then STOP.
Bytes callerRuntime(const EthAddress& target) {
    // calldatacopy(0, 0, calldatasize); staticcall(gas, target, 0, calldatasize, 0, 0); pop; stop
    return fromHex("0x3660006000376000600036600073" + target.hex().substr(2) + "5afa5000");
}

// Initcode that copies `runtime` to memory and returns it.
Bytes deployCode(const Bytes& runtime) {
    const std::string size = toHex(Bytes{static_cast<std::uint8_t>(runtime.size())}, false);
    return fromHex("0x60" + size + "80600b6000396000f3" + toHex(runtime, false));
}

class ChainConsoleTest : public ::testing::Test {
protected:
    ChainConsoleTest() : chain_(params(), ValidatorSet({validator()}), nullptr) {
        chain_.state().setBalance(sender(), U256(1'000'000'000'000'000'000ULL));
        chain_.genesis(now_);
        contract_ = deploy(contractFixture("ConsoleLog"));
    }
    static ChainParams params() {
        ChainParams p;
        p.chainId = kChainId;
        return p;
    }
    static Validator validator() {
        Validator v;
        v.address = key(9).ethAddress();
        v.power = 10;
        return v;
    }
    static EthAddress sender() { return key(0).ethAddress(); }

    const Block& send(std::optional<EthAddress> to, Bytes data) {
        Transaction t;
        t.type = TxType::Eip1559;
        t.chainId = kChainId;
        t.nonce = chain_.state().nonce(sender());
        t.maxFeePerGas = U256(3'000'000'000ULL);
        t.maxPriorityFeePerGas = U256(1'000'000'000ULL);
        t.gasLimit = 2'000'000;
        t.to = to;
        t.data = std::move(data);
        const SignedTransaction stx = sign(t, key(0));
        chain_.submit(
            std::make_shared<const IncludedTx>(IncludedTx{stx, sender(), hash(stx), false}));
        now_ += 1000;
        const Block& b = chain_.produceBlock(now_, validator().address, {}, {});
        EXPECT_EQ(b.receipts.size(), 1u);
        return b;
    }
    EthAddress deploy(Bytes code) {
        const std::uint64_t nonce = chain_.state().nonce(sender());
        const Block& b = send(std::nullopt, std::move(code));
        EXPECT_TRUE(b.receipts.at(0).success) << b.receipts.at(0).revertReason;
        return evm::createAddress(sender(), nonce);
    }
    const Block& call(std::string_view signature, const std::vector<ipc::abi::Value>& args) {
        return send(contract_, ipc::abi::encodeCall(signature, args));
    }

    SubnetChain chain_;
    EthAddress contract_;
    std::uint64_t now_ = 1'000;
};

}  // namespace

TEST_F(ChainConsoleTest, LinesOfATransactionAreKept) {
    const Block& b = call("hello(uint256)", {ipc::abi::Value::uint(U256(2))});
    ASSERT_TRUE(b.receipts[0].success) << b.receipts[0].revertReason;
    const std::string self = contract_.hex();
    EXPECT_EQ(chain_.consoleLines(b.transactions[0]->hash),
              (std::vector<std::string>{"counter is now 2", "sender " + sender().hex(),
                                        "true flag 2 " + self, "-5", "0xc0ffee", "0xdeadbeef"}));
    // Printing is not an event: the receipt has no logs.
    EXPECT_TRUE(b.receipts[0].logs.empty());
}

TEST_F(ChainConsoleTest, ARevertedTransactionKeepsItsLines) {
    const Block& b = call("failing(uint256)", {ipc::abi::Value::uint(U256(5))});
    ASSERT_FALSE(b.receipts[0].success);
    EXPECT_EQ(b.receipts[0].revertReason, "execution reverted: n must be zero");
    EXPECT_EQ(chain_.consoleLines(b.transactions[0]->hash),
              (std::vector<std::string>{"about to fail with 5"}));
    // The same for a reverted frame inside a transaction that succeeds.
    const Block& c = call("recovering()", {});
    ASSERT_TRUE(c.receipts[0].success) << c.receipts[0].revertReason;
    EXPECT_EQ(chain_.consoleLines(c.transactions[0]->hash),
              (std::vector<std::string>{"about to fail with 3", "caught the failure"}));
}

TEST_F(ChainConsoleTest, TransactionsWithoutConsoleCallsHaveNoLines) {
    const Block& b = send(key(5).ethAddress(), {});
    ASSERT_TRUE(b.receipts[0].success);
    EXPECT_TRUE(chain_.consoleLines(b.transactions[0]->hash).empty());
    EXPECT_TRUE(chain_.consoleLines(Hash32{}).empty());
}

TEST_F(ChainConsoleTest, SimulateReturnsTheCallsForEthCall) {
    EvmCall c;
    c.from = sender();
    c.to = contract_;
    c.data = ipc::abi::encodeCall("failing(uint256)", {ipc::abi::Value::uint(U256(9))});
    const evm::TxResult r = chain_.simulate(c, now_ + 1000);
    EXPECT_EQ(r.status, evm::Status::Revert);
    EXPECT_EQ(ipc::abi::consoleLines(r.consoleCalls),
              (std::vector<std::string>{"about to fail with 9"}));
}

TEST_F(ChainConsoleTest, ACallToTheConsoleCostsWhatACallToACodelessAccountCosts) {
    const EthAddress toConsole = deploy(deployCode(callerRuntime(evm::consoleAddress())));
    EthAddress codeless = evm::consoleAddress();
    FixedBytes<20> other = codeless.bytes();
    other.bytes[0] = 0x01;  // same number of zero bytes in the code, no account there
    codeless = EthAddress(other);
    const EthAddress toCodeless = deploy(deployCode(callerRuntime(codeless)));
    const Bytes data = ipc::abi::encodeCall("log(string)", {ipc::abi::Value::string("gas")});

    const Block& a = send(toConsole, data);
    const std::uint64_t gasConsole = a.receipts[0].gasUsed;
    const Hash32 txConsole = a.transactions[0]->hash;
    EXPECT_EQ(chain_.state().accounts().count(evm::consoleAddress()), 0u);
    const Block& b = send(toCodeless, data);
    EXPECT_EQ(gasConsole, b.receipts[0].gasUsed);
    EXPECT_EQ(chain_.state().accounts().count(codeless), 0u);
    EXPECT_EQ(chain_.consoleLines(txConsole), (std::vector<std::string>{"gas"}));
    EXPECT_TRUE(chain_.consoleLines(b.transactions[0]->hash).empty());
}

TEST_F(ChainConsoleTest, ATransactionKeepsABoundedAmountOfOutput) {
    // Twenty STATICCALLs to the console with 64 KiB of (unknown) calldata each: 1.25 MiB.
    const std::string body = "5b6000600062010000600073" + evm::consoleAddress().hex().substr(2) +
                             "5afa506001900380600257" + "00";
    const EthAddress loop = deploy(deployCode(fromHex("0x6014" + body)));
    const Block& b = send(loop, {});
    ASSERT_TRUE(b.receipts[0].success) << b.receipts[0].revertReason;
    const auto lines = chain_.consoleLines(b.transactions[0]->hash);
    const std::size_t fit = evm::kMaxConsoleBytes / (65536 + 32);
    ASSERT_EQ(lines.size(), fit + 1);
    EXPECT_EQ(lines[0], "console.log call not understood: 0x" + std::string(2 * 65536, '0'));
    EXPECT_EQ(lines.back(), "(more console.log output not kept: over 1 MiB in this transaction)");
}
