// console.log and failed transactions as the devnet reports them: in the BlockProduced event
// (what `ipc-devnet up` prints), in the explorer's transaction view (what the desktop shows),
// on the root and on a child subnet. The contract is tests/contracts/ConsoleLog.sol.
#include <gtest/gtest.h>

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "ipc/cli/up_log.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/evm/executor.h"
#include "ipc/devnet/explorer_views.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/topology.h"
#include "support/chain_transactions.h"
#include "support/contract_fixtures.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {

using ipc::testing_support::contractFixture;

class ConsoleLogTest : public ::testing::Test {
protected:
    ConsoleLogTest() : h(builtinTemplate("single")), alpha(*h.nodeByName("alpha")) {
        h.runUntil(2'500);
        following = h.events().subscribe([this](const Event& e) {
            if (const auto* b = std::get_if<BlockProduced>(&e))
                blocks.push_back(*b);
        });
    }
    const EthAddress& account(std::size_t i) const { return h.accounts()[i].address; }

    // Runs `data` from account(0) on `n` until it is in a block; its hash.
    Hash32 run(const SubnetNode& n, std::optional<EthAddress> to, Bytes data) {
        return ipc::testing_support::runTransaction(h, n, account(0), to, std::move(data));
    }
    EthAddress deploy(const SubnetNode& n) {
        const std::uint64_t nonce = n.chain->state().nonce(account(0));
        run(n, std::nullopt, contractFixture("ConsoleLog"));
        return evm::createAddress(account(0), nonce);
    }
    const TxNote* noteOf(const Hash32& tx) const {
        for (const auto& b : blocks)
            for (const auto& note : b.notes)
                if (note.tx == tx)
                    return &note;
        return nullptr;
    }
    std::optional<TransactionView> viewOf(const SubnetNode& n, const Hash32& tx) const {
        const auto page = makeTransactionPage(n, n.chain->height(), 100, 100);
        for (const auto& t : page.transactions)
            if (t.hash == tx)
                return t;
        return std::nullopt;
    }

    Hierarchy h;
    const SubnetNode& alpha;
    std::vector<BlockProduced> blocks;
    EventBus::Subscription following;
};

}  // namespace

TEST_F(ConsoleLogTest, ChildSubnetTransactionsCarryTheirLinesAndFailures) {
    const EthAddress c = deploy(alpha);
    const Hash32 ok =
        run(alpha, c, ipc::abi::encodeCall("hello(uint256)", {ipc::abi::Value::uint(4)}));
    const Hash32 bad =
        run(alpha, c, ipc::abi::encodeCall("failing(uint256)", {ipc::abi::Value::uint(7)}));

    const TxNote* okNote = noteOf(ok);
    ASSERT_NE(okNote, nullptr);
    EXPECT_TRUE(okNote->success);
    ASSERT_EQ(okNote->consoleLines.size(), 6u);
    EXPECT_EQ(okNote->consoleLines[0], "counter is now 4");
    const TxNote* badNote = noteOf(bad);
    ASSERT_NE(badNote, nullptr);
    EXPECT_FALSE(badNote->success);
    EXPECT_EQ(badNote->revertReason, "execution reverted: n must be zero");
    EXPECT_EQ(badNote->consoleLines, (std::vector<std::string>{"about to fail with 7"}));
    // Blocks whose transactions printed nothing and failed nothing carry no notes.
    for (const auto& b : blocks)
        for (const auto& note : b.notes)
            EXPECT_TRUE(note.tx == ok || note.tx == bad);

    // The desktop's transaction detail reads the same through the explorer view.
    const auto view = viewOf(alpha, bad);
    ASSERT_TRUE(view.has_value());
    EXPECT_EQ(view->consoleLines, (std::vector<std::string>{"about to fail with 7"}));
    EXPECT_EQ(view->revertReason, "execution reverted: n must be zero");
}

TEST_F(ConsoleLogTest, UpPrintsThemWithSubnetBlockAndTransaction) {
    const EthAddress c = deploy(h.root());
    const Hash32 bad =
        run(h.root(), c, ipc::abi::encodeCall("failing(uint256)", {ipc::abi::Value::uint(1)}));
    const BlockProduced* produced = nullptr;
    for (const auto& b : blocks)
        for (const auto& note : b.notes)
            if (note.tx == bad)
                produced = &b;
    ASSERT_NE(produced, nullptr);

    std::ostringstream sink;
    cli::UpLog log(sink, cli::UpLog::Detail::Transactions);
    log.setName(h.root().id, "root");
    const auto text = log.line(*produced);
    ASSERT_TRUE(text.has_value());
    const std::string where = "root #" + std::to_string(produced->block.number) + " " + bad.hex();
    EXPECT_NE(text->find("tx failed   " + where + ": execution reverted: n must be zero"),
              std::string::npos)
        << *text;
    EXPECT_NE(text->find("console.log " + where + ":\n               about to fail with 1"),
              std::string::npos)
        << *text;
    // Only the transactions: no block line.
    EXPECT_EQ(text->find("block       "), std::string::npos) << *text;
}
