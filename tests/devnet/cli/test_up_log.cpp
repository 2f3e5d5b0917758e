// `ipc-devnet up`'s output: the live log (--log, -v: a line per block, checkpoint stage,
// cross-net message stage, subnet change, console.log; quiet without it) and the start banner.
#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ipc/cli/cli.h"
#include "ipc/cli/up_log.h"

namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1))
        ++n;
    return n;
}

std::string up(const std::vector<std::string>& extra) {
    std::vector<std::string> args{"up",       "--template",       "two-level", "--fast",
                                  "--no-rpc", "--stop-at-height", "25"};
    args.insert(args.end(), extra.begin(), extra.end());
    std::ostringstream out;
    std::ostringstream err;
    EXPECT_EQ(ipc::cli::run(args, out, err), ipc::cli::kExitOk) << err.str();
    return out.str();
}

}  // namespace

TEST(UpLog, QuietByDefault) {
    const std::string out = up({});
    EXPECT_EQ(count(out, "  block  "), 0U);
    EXPECT_EQ(count(out, "  checkpoint  "), 0U);
    EXPECT_NE(out.find("Stopped at root height 25"), std::string::npos);
}

TEST(UpLog, FollowsBlocksCheckpointsAndMessages) {
    for (const char* flag : {"--log", "-v"}) {
        const std::string out = up({flag});
        // Every root block from 1 to 25, by name.
        EXPECT_NE(out.find("block       root #1 0x"), std::string::npos) << flag;
        EXPECT_NE(out.find("block       root #25 0x"), std::string::npos) << flag;
        EXPECT_GE(count(out, "block       root #"), 25U) << flag;
        // The child's checkpoints through their stages (period 10 in two-level).
        EXPECT_NE(out.find("checkpoint  alpha @10 cut"), std::string::npos) << out;
        EXPECT_NE(out.find("checkpoint  alpha @10 executed"), std::string::npos) << flag;
        // The log ends before the summary line.
        EXPECT_LT(out.rfind("  block  "), out.find("Stopped at root height"));
    }
}

TEST(UpLog, LinesForEachKindOfEvent) {
    std::ostringstream sink;
    ipc::cli::UpLog log(sink);
    const auto root = ipc::SubnetId::parse("/r31337");
    log.setName(root, "root");
    ipc::devnet::BlockProduced block;
    block.subnet = root;
    block.block.number = 7;
    block.timeMs = 7000;
    block.block.transactions.resize(2);
    const auto line = log.line(block);
    ASSERT_TRUE(line.has_value());
    EXPECT_NE(line->find("7.000s  block       root #7 0x"), std::string::npos) << *line;
    EXPECT_NE(line->find("2 transactions"), std::string::npos);

    ipc::devnet::MessageEvent message;
    message.subnet = root;
    message.stage = ipc::devnet::MessageStage::Delivered;
    message.height = 9;
    EXPECT_NE(log.line(message)->find("delivered in root #9"), std::string::npos);

    // Signature by signature is too much for a log: only the stages.
    ipc::devnet::CheckpointEvent signing;
    signing.stage = ipc::devnet::CheckpointStage::Signing;
    EXPECT_FALSE(log.line(signing).has_value());
    // Validator switches are not logged.
    EXPECT_FALSE(log.line(ipc::devnet::ValidatorEvent{}).has_value());

    log.write(block);
    EXPECT_EQ(sink.str(), *line + "\n");
}

TEST(UpLog, FailedTransactionsAndConsoleLinesUnderTheirBlock) {
    std::ostringstream sink;
    ipc::cli::UpLog log(sink);
    const auto root = ipc::SubnetId::parse("/r31337");
    log.setName(root, "root");
    ipc::devnet::BlockProduced block;
    block.subnet = root;
    block.block.number = 7;
    block.timeMs = 7000;
    block.block.transactions.resize(2);
    ipc::devnet::TxNote failed;
    failed.tx.bytes[0] = 0xaa;
    failed.success = false;
    failed.revertReason =
        "execution reverted: panic code 0x11 (Arithmetic operation overflowed "
        "outside of an unchecked block)";
    failed.consoleLines = {"before the overflow"};
    ipc::devnet::TxNote printed;
    printed.tx.bytes[0] = 0xbb;
    printed.consoleLines = {"first", "two\nlines"};
    block.notes = {failed, printed};
    const auto text = log.line(block);
    ASSERT_TRUE(text.has_value());
    const std::string indent(15, ' ');
    EXPECT_EQ(*text, "    7.000s  block       root #7 " + block.block.hash.hex().substr(0, 10) +
                         "…  2 transactions\n"
                         "    7.000s  tx failed   root #7 " +
                         failed.tx.hex() + ": " + failed.revertReason +
                         "\n"
                         "    7.000s  console.log root #7 " +
                         failed.tx.hex() + ":\n" + indent +
                         "before the overflow\n"
                         "    7.000s  console.log root #7 " +
                         printed.tx.hex() + ":\n" + indent + "first\n" + indent + "two\n" + indent +
                         "lines");
}

TEST(UpLog, WithoutLogOnlyTransactionsThatNeedAttention) {
    std::ostringstream sink;
    ipc::cli::UpLog log(sink, ipc::cli::UpLog::Detail::Transactions);
    ipc::devnet::BlockProduced block;
    block.block.number = 3;
    block.block.transactions.resize(1);
    EXPECT_FALSE(log.line(block).has_value());
    ipc::devnet::MessageEvent message;
    EXPECT_FALSE(log.line(message).has_value());
    ipc::devnet::TxNote printed;
    printed.consoleLines = {"hello"};
    block.notes = {printed};
    const auto text = log.line(block);
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(text->find("block "), std::string::npos) << *text;
    EXPECT_NE(text->find("console.log "), std::string::npos) << *text;
    EXPECT_NE(text->find("\n               hello"), std::string::npos) << *text;
}

// An eth_call's console.log lines: printed with or without --log, with the subnet, the call,
// the contract and the block whose state it ran on.
TEST(UpLog, PrintsWhatAnEthCallLogged) {
    for (const auto detail :
         {ipc::cli::UpLog::Detail::Transactions, ipc::cli::UpLog::Detail::Everything}) {
        std::ostringstream sink;
        ipc::cli::UpLog log(sink, detail);
        ipc::devnet::ConsoleEvent call;
        call.subnet = ipc::SubnetId::parse("/r31337");
        log.setName(call.subnet, "root");
        call.call = "eth_call";
        call.to = ipc::EthAddress::parse("0x5fbdb2315678afecb367f032d93f642f64180aa3");
        call.height = 12;
        call.timeMs = 2'500;
        call.lines = {"counter is now 4", "two\nlines"};
        const auto text = log.line(call);
        ASSERT_TRUE(text.has_value());
        const std::string indent(15, ' ');
        EXPECT_EQ(*text,
                  "    2.500s  console.log root eth_call "
                  "0x5FbDB2315678afecb367f032d93F642f64180aa3 at #12:\n" +
                      indent + "counter is now 4\n" + indent + "two\n" + indent + "lines");
        call.to.reset();
        EXPECT_NE(log.line(call)->find("eth_call (creation) at #12:"), std::string::npos);
    }
}

// A resumed workspace still lists the contracts its template deployed.
TEST(UpLog, AResumedWorkspaceListsItsTemplateContracts) {
    const std::string dir = ::testing::TempDir() + "up-resumed-contracts-" +
                            std::to_string(static_cast<long long>(::getpid())) + ".ipcws";
    std::filesystem::remove(dir);
    const auto run = [&](std::vector<std::string> args) {
        std::ostringstream out;
        std::ostringstream err;
        EXPECT_EQ(ipc::cli::run(args, out, err), ipc::cli::kExitOk) << err.str();
        return out.str();
    };
    const std::string first = run({"up", "--template", "xnet-demo", "--workspace", dir, "--fast",
                                   "--no-rpc", "--stop-at-height", "3"});
    ASSERT_NE(first.find("counter-root"), std::string::npos) << first;
    const std::string resumed =
        run({"up", "--workspace", dir, "--fast", "--no-rpc", "--stop-at-height", "+2"});
    EXPECT_NE(resumed.find("counter-root"), std::string::npos) << resumed;
    EXPECT_NE(resumed.find("0x5FbDB2315678afecb367f032d93F642f64180aa3"), std::string::npos)
        << resumed;
    std::filesystem::remove(dir);
}
