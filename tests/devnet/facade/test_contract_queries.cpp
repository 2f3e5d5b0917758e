// The contract queries of the facade on a real chain: a Hardhat project linked from its
// artifacts (tests/fixtures/artifacts/hardhat, built from tests/hardhat/contracts), NestedCalls
// deployed on a subnet, its functions read and written, a transaction named and decoded, its call
// tree traced with gas, a storage slot read, and the link kept by a workspace.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>
#include <string>

#include "ipc/core/chain/transaction.h"
#include "ipc/core/evm/executor.h"
#include "ipc/core/primitives/error.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/query_answers.h"
#include "support/chain_transactions.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {

const std::filesystem::path kArtifacts = std::filesystem::path(IPC_FIXTURES_DIR) / "artifacts";

// The creation code of an artifact (its "bytecode" field).
Bytes creationCode(const std::string& relative) {
    std::ifstream in(kArtifacts / "hardhat" / relative);
    std::stringstream text;
    text << in.rdbuf();
    std::smatch m;
    const std::string s = text.str();
    EXPECT_TRUE(std::regex_search(s, m, std::regex("\"bytecode\"\\s*:\\s*\"(0x[0-9a-fA-F]+)\"")));
    return fromHex(m[1].str());
}

class ContractQueriesTest : public ::testing::Test {
protected:
    ContractQueriesTest() : h(builtinTemplate("single")), alpha(*h.nodeByName("alpha")) {
        h.runUntil(2'500);
    }
    const EthAddress& account(std::size_t i) const { return h.accounts()[i].address; }

    // Runs `data` from account(0) on alpha until it is in a block; its hash.
    Hash32 run(std::optional<EthAddress> to, Bytes data) {
        return ipc::testing_support::runTransaction(h, alpha, account(0), to, std::move(data));
    }
    EthAddress deployNested() {
        const std::uint64_t nonce = alpha.chain->state().nonce(account(0));
        run(std::nullopt, creationCode("contracts/NestedCalls.sol/NestedCalls.json"));
        return evm::createAddress(account(0), nonce);
    }
    LinkedContracts link(const std::string& dir) {
        return answer(h, LinkContractsCommand{(kArtifacts / dir).string()});
    }
    ContractFunctionView function(const std::string& signature) {
        ContractFunctionView f;
        f.signature = signature;
        return f;
    }

    Hierarchy h;
    const SubnetNode& alpha;
};

TEST_F(ContractQueriesTest, LinkingAProjectNamesItsContractsAndABrokenOneChangesNothing) {
    EXPECT_TRUE(answer(h, LinkedContractsQuery{}).directory.empty());
    const LinkedContracts linked = link("hardhat");
    EXPECT_EQ(linked.directory, (kArtifacts / "hardhat").string());
    EXPECT_EQ(linked.contracts.size(), 4U);
    EXPECT_TRUE(linked.clashes.empty());
    EXPECT_TRUE(linked.error.empty());

    try {
        link("broken");
        FAIL() << "a broken artifact linked";
    } catch (const ParseError& e) {
        EXPECT_NE(std::string(e.what()).find("Bad.json"), std::string::npos) << e.what();
    }
    EXPECT_EQ(answer(h, LinkedContractsQuery{}).directory, (kArtifacts / "hardhat").string());
    EXPECT_THROW(link("no-such-dir"), Error);

    const LinkedContracts clash = link("clash");
    ASSERT_EQ(clash.clashes.size(), 2U);
    EXPECT_NE(clash.clashes[0].find("transfer(address,uint256)"), std::string::npos);

    const LinkedContracts none = answer(h, LinkContractsCommand{""});
    EXPECT_TRUE(none.directory.empty());
    EXPECT_TRUE(none.contracts.empty());
}

TEST_F(ContractQueriesTest, AContractIsNamedByItsCodeAndItsFunctionsAreListed) {
    const EthAddress nested = deployNested();
    // Unlinked: the contract has code but no known name.
    auto before = answer(h, ContractDetailQuery{alpha.id, nested, ""});
    ASSERT_TRUE(before.has_value());
    EXPECT_TRUE(before->name.empty());
    EXPECT_TRUE(before->functions.empty());
    EXPECT_TRUE(answer(h, ContractsQuery{alpha.id, alpha.chain->height(), 10, 100})
                    .contracts.at(0)
                    .name.empty());

    link("hardhat");
    // NestedCalls keeps Logic's address in an immutable: its code differs from the artifact's
    // there, and it is still recognised.
    // The Logic its constructor made with CREATE is listed too, NestedCalls as its creator.
    const auto page = answer(h, ContractsQuery{alpha.id, alpha.chain->height(), 10, 100});
    ASSERT_EQ(page.contracts.size(), 2U);
    EXPECT_EQ(page.contracts[0].name, "NestedCalls");
    EXPECT_EQ(page.contracts[1].name, "Logic");
    EXPECT_EQ(page.contracts[1].address, evm::createAddress(nested, 1));
    EXPECT_EQ(page.contracts[1].creator, nested);

    const auto detail = answer(h, ContractDetailQuery{alpha.id, nested, ""});
    ASSERT_TRUE(detail.has_value());
    EXPECT_EQ(detail->name, "NestedCalls");
    EXPECT_EQ(detail->source, "contracts/NestedCalls.sol");
    std::vector<std::string> names;
    for (const auto& f : detail->functions)
        names.push_back(f.name + (f.readOnly() ? " r" : " w"));
    EXPECT_EQ(names, (std::vector<std::string>{"depthReached r", "logic r", "slot0 r",
                                               "staticRead r", "catchInner w", "delegateSet w",
                                               "forward w", "recurse w"}));
    const auto& recurse = detail->functions.back();
    EXPECT_EQ(recurse.signature, "recurse(uint256)");
    EXPECT_EQ(recurse.inputNames, std::vector<std::string>{"n"});
    EXPECT_EQ(recurse.inputHints, std::vector<std::string>{"uint256"});
    EXPECT_EQ(recurse.outputTypes, std::vector<std::string>{"uint256"});
    EXPECT_EQ(detail->events, std::vector<std::string>{"Caught(string)"});
    EXPECT_EQ(detail->knownContracts,
              (std::vector<std::string>{"Errors", "Events", "Logic", "NestedCalls"}));

    // Read as another contract of the project; an unknown name is an error.
    const auto asLogic = answer(h, ContractDetailQuery{alpha.id, nested, "Logic"});
    EXPECT_EQ(asLogic->name, "Logic");
    EXPECT_THROW(answer(h, ContractDetailQuery{alpha.id, nested, "Nope"}), Error);
    // No code: nothing to show.
    EXPECT_FALSE(answer(h, ContractDetailQuery{alpha.id, account(3), ""}).has_value());
}

TEST_F(ContractQueriesTest, ReadsCallAtTheHeadAndWritesAreNamedInTheirTransaction) {
    const EthAddress nested = deployNested();
    link("hardhat");
    const auto read = [&](const std::string& sig, std::vector<std::string> args = {}) {
        return answer(h, ReadContractQuery{alpha.id, nested, sig, std::move(args), {}, {}});
    };
    EXPECT_EQ(read("slot0()").outputs, std::vector<std::string>{"0"});
    const auto logic = read("logic()");
    ASSERT_TRUE(logic.success);
    ASSERT_EQ(logic.outputs.size(), 1U);
    EXPECT_EQ(logic.outputs[0].size(), 44U);  // a quoted address

    // A write, sent as a transaction; the read sees it once mined.
    const auto delegateSet = answer(h, ContractDetailQuery{alpha.id, nested, ""})->functions.at(5);
    ASSERT_EQ(delegateSet.signature, "delegateSet(uint256)");
    const Hash32 setTx = run(nested, encodeFunctionCall(delegateSet, {"7"}));
    EXPECT_EQ(read("slot0()").outputs, std::vector<std::string>{"7"});
    const auto view = answer(h, TransactionQuery{alpha.id, setTx});
    ASSERT_TRUE(view.has_value());
    EXPECT_EQ(view->contractName, "NestedCalls");
    EXPECT_EQ(view->method, "delegateSet(v: 7)");

    // A read that reverts says why; arguments that do not fit are named.
    const EthAddress logicAddress = EthAddress::parse(logic.outputs[0].substr(1, 42));
    const auto failed =
        answer(h, ReadContractQuery{alpha.id, logicAddress, "fail(uint256)", {"0"}, {}, {}});
    EXPECT_FALSE(failed.success);
    EXPECT_EQ(failed.revert, "reverted with reason string 'inner failed'");
    EXPECT_TRUE(failed.outputs.empty());
    try {
        read("recurse(uint256)", {"-1"});
        FAIL() << "no error";
    } catch (const ParseError& e) {
        EXPECT_STREQ(e.what(), "'n': expected a uint256 (decimal digits or 0x hex), got '-1'");
    }
    EXPECT_THROW(encodeFunctionCall(delegateSet, {}), ParseError);
    EXPECT_THROW(answer(h, ReadContractQuery{alpha.id, account(3), "slot0()", {}, {}, {}}), Error);
    // A pending or unknown transaction is not there yet.
    EXPECT_FALSE(answer(h, TransactionQuery{alpha.id, Hash32{}}).has_value());
}

TEST_F(ContractQueriesTest, ATraceIsATreeOfNamedFramesWithGas) {
    const EthAddress nested = deployNested();
    link("hardhat");
    const Hash32 tx = run(nested, encodeFunctionCall(function("catchInner(uint256)"), {"3"}));

    const auto view = answer(h, TransactionQuery{alpha.id, tx});
    ASSERT_TRUE(view.has_value());
    EXPECT_EQ(view->method, "catchInner(code: 3)");
    ASSERT_EQ(view->logTexts.size(), 1U);
    EXPECT_EQ(view->logTexts[0], "Caught(reason: \"inner failed with code\")");

    const CallFrameView top = answer(h, CallTraceQuery{alpha.id, tx});
    EXPECT_EQ(top.type, "CALL");
    EXPECT_EQ(top.to, nested);
    EXPECT_EQ(top.contractName, "NestedCalls");
    EXPECT_EQ(top.method, "catchInner(code: 3)");
    EXPECT_FALSE(top.failed);
    EXPECT_EQ(top.gas, 3'000'000U);
    EXPECT_EQ(top.gasUsed, view->gasUsed);
    EXPECT_EQ(top.logs, std::vector<std::string>{"Caught(reason: \"inner failed with code\")"});
    ASSERT_EQ(top.calls.size(), 1U);
    const CallFrameView& inner = top.calls[0];
    EXPECT_EQ(inner.type, "STATICCALL");  // fail() is pure
    EXPECT_EQ(inner.contractName, "Logic");
    EXPECT_EQ(inner.method, "fail(code: 3)");
    EXPECT_TRUE(inner.failed);
    EXPECT_EQ(inner.error, "reverted with reason string 'inner failed with code'");
    EXPECT_GT(inner.gasUsed, 0U);
    EXPECT_LT(inner.gas, top.gas);

    EXPECT_THROW(answer(h, CallTraceQuery{alpha.id, Hash32{}}), Error);
}

TEST_F(ContractQueriesTest, StorageIsReadSlotBySlot) {
    const EthAddress nested = deployNested();
    run(nested, encodeFunctionCall(function("delegateSet(uint256)"), {"0x2a"}));
    run(nested, encodeFunctionCall(function("recurse(uint256)"), {"2"}));
    const auto slot = [&](std::uint64_t i) {
        return answer(h, StorageQuery{alpha.id, nested, evm::Word::fromU256(U256(i)).toHash()});
    };
    EXPECT_EQ(slot(0), evm::Word::fromU256(U256(42)).toHash());
    EXPECT_EQ(slot(1), evm::Word::fromU256(U256(1)).toHash());  // depthReached
    EXPECT_EQ(slot(2), Hash32{});
}

TEST(ContractLink, AWorkspaceRemembersItsLinkedProject) {
    std::random_device rd;
    const auto dir = std::filesystem::temp_directory_path() /
                     ("ipc-link-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(dir);
    const auto project = dir / "artifacts";
    std::filesystem::copy(kArtifacts / "hardhat", project,
                          std::filesystem::copy_options::recursive);
    const std::string path = (dir / "w.ipcws").string();
    DevnetOptions o;
    o.paused = true;
    const Topology topo = builtinTemplate("single");
    {
        auto d = Devnet::open(path, &topo, o);
        EXPECT_EQ(d->ask(LinkContractsCommand{project.string()}).get().contracts.size(), 4U);
    }
    {
        auto d = Devnet::open(path, nullptr, o);
        const LinkedContracts linked = d->ask(LinkedContractsQuery{}).get();
        EXPECT_EQ(linked.directory, project.string());
        EXPECT_EQ(linked.contracts.size(), 4U);
        EXPECT_TRUE(linked.error.empty());
    }
    // The build is gone: the workspace still opens and says why nothing is linked.
    std::filesystem::remove_all(project);
    {
        auto d = Devnet::open(path, nullptr, o);
        const LinkedContracts linked = d->ask(LinkedContractsQuery{}).get();
        EXPECT_EQ(linked.directory, project.string());
        EXPECT_TRUE(linked.contracts.empty());
        EXPECT_NE(linked.error.find("not a directory"), std::string::npos) << linked.error;
        // Unlinking is remembered too.
        d->ask(LinkContractsCommand{""}).get();
    }
    {
        auto d = Devnet::open(path, nullptr, o);
        EXPECT_TRUE(d->ask(LinkedContractsQuery{}).get().directory.empty());
    }
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
}

}  // namespace
