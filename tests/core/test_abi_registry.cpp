// A project's contracts from its build output (ipc/core/abi/registry.h): Hardhat artifacts/ and
// Foundry out/ directories (tests/fixtures/artifacts holds Hardhat's own artifacts of
// tests/contracts and a Foundry-shaped one), selectors to functions, events and errors, clashes
// reported, artifacts that do not parse named in the error.
#include "ipc/core/abi/registry.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/primitives/error.h"

using namespace ipc;

namespace {

const std::filesystem::path kArtifacts = std::filesystem::path(IPC_FIXTURES_DIR) / "artifacts";

const ipc::abi::ContractArtifact* contract(const ipc::abi::AbiRegistry& r,
                                           const std::string& name) {
    for (const auto& c : r.contracts())
        if (c.name == name)
            return &c;
    return nullptr;
}

}  // namespace

TEST(AbiRegistry, LoadsAHardhatArtifactsDirectory) {
    const auto r = ipc::abi::AbiRegistry::loadDirectory(kArtifacts / "hardhat");
    // Errors, Events, Logic and NestedCalls; the .dbg.json files and build-info are skipped.
    ASSERT_EQ(r.contracts().size(), 4u);
    const auto* errors = contract(r, "Errors");
    ASSERT_NE(errors, nullptr);
    EXPECT_EQ(errors->sourceName, "contracts/Errors.sol");
    EXPECT_FALSE(errors->deployedBytecode.empty());
    EXPECT_EQ(errors->errors.size(), 2u);
    EXPECT_TRUE(r.clashes().empty());

    const auto withdraw = r.functions(ipc::abi::selector("withdraw(uint256)"));
    ASSERT_EQ(withdraw.size(), 1u);
    EXPECT_EQ(withdraw[0]->contract, "Errors");
    EXPECT_EQ(withdraw[0]->inputNames, std::vector<std::string>{"amount"});
    EXPECT_EQ(withdraw[0]->outputs.canonical(), "(uint256)");
    EXPECT_EQ(withdraw[0]->stateMutability, "view");

    const Hash32 deposit = keccak256(asBytes("Deposit(address,uint256,bytes32,uint256,string)"));
    const auto events = r.events(deposit);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0]->contract, "Events");
    EXPECT_EQ(events[0]->indexed, (std::vector<bool>{true, true, true, false, false}));
    const auto raw = r.events(keccak256(asBytes("Raw(uint256,uint256,uint256,uint256)")));
    ASSERT_EQ(raw.size(), 1u);
    EXPECT_TRUE(raw[0]->anonymous);

    // The contract a deployed code belongs to.
    EXPECT_EQ(r.contractWithCode(errors->deployedBytecode), errors);
    EXPECT_EQ(r.contractWithCode(Bytes{0x60, 0x00}), nullptr);

    // Its errors decode revert data by name.
    const Bytes data =
        ipc::abi::encodeCall("InsufficientBalance(uint256,uint256)",
                             {ipc::abi::Value::uint(U256(1)), ipc::abi::Value::uint(U256(2))});
    EXPECT_EQ(ipc::abi::describeRevert(data, &r.errors()),
              "reverted with custom error 'InsufficientBalance(1, 2)'");
}

TEST(AbiRegistry, LoadsAFoundryOutDirectory) {
    const auto r = ipc::abi::AbiRegistry::loadDirectory(kArtifacts / "foundry");
    ASSERT_EQ(r.contracts().size(), 1u);
    const auto& c = r.contracts()[0];
    EXPECT_EQ(c.name, "Errors");  // from the file name: Foundry artifacts do not say
    EXPECT_FALSE(c.deployedBytecode.empty());
    const auto hardhat = ipc::abi::AbiRegistry::loadDirectory(kArtifacts / "hardhat");
    EXPECT_EQ(c.deployedBytecode, contract(hardhat, "Errors")->deployedBytecode);
    EXPECT_EQ(r.functions(ipc::abi::selector("divide(uint256,uint256)")).size(), 1u);
}

TEST(AbiRegistry, ClashingSelectorsAreReported) {
    const auto r = ipc::abi::AbiRegistry::loadDirectory(kArtifacts / "clash");
    EXPECT_EQ(r.clashes(),
              (std::vector<std::string>{
                  "function 0xa9059cbb: many_msg_babbage(bytes1) (Odd) vs "
                  "transfer(address,uint256) (Token)",
                  "error 0xa9059cbb: many_msg_babbage(bytes1) (Odd) vs transfer(address,uint256) "
                  "(Token)"}));
    EXPECT_EQ(r.functions(ipc::abi::selector("transfer(address,uint256)")).size(), 2u);
    // Revert data with the clashing selector is not guessed at.
    const Bytes data = ipc::abi::encodeCall(
        "transfer(address,uint256)",
        {ipc::abi::Value::address(EthAddress()), ipc::abi::Value::uint(U256(1))});
    EXPECT_EQ(ipc::abi::decodeRevert(data, &r.errors()).kind, ipc::abi::DecodedRevert::Kind::Raw);
}

TEST(AbiRegistry, AnArtifactThatDoesNotParseIsNamed) {
    try {
        ipc::abi::AbiRegistry::loadDirectory(kArtifacts / "broken");
        FAIL() << "loaded";
    } catch (const ParseError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("Bad.json"), std::string::npos) << what;
        EXPECT_NE(what.find("uint7"), std::string::npos) << what;
    }
    ipc::abi::AbiRegistry r = ipc::abi::AbiRegistry::loadDirectory(kArtifacts / "foundry");
    const std::string good =
        R"({"contractName":"A","abi":[{"type":"error","name":"E","inputs":[]}]})";
    for (const std::string& bad : {std::string(good.begin(), good.end() - 5),
                                   std::string(R"({"contractName":"B","abi":{}})"),
                                   std::string(R"({"abi":[{"type":"function","name":"f",)"
                                               R"("inputs":[{"type":"tuple"}]}]})"),
                                   std::string(R"({"abi":[1]})"), std::string("[]")}) {
        try {
            r.addArtifact(bad, "out/X.sol/X.json");
            ADD_FAILURE() << "accepted " << bad;
        } catch (const ParseError& e) {
            EXPECT_EQ(std::string(e.what()).rfind("out/X.sol/X.json: ", 0), 0u) << e.what();
        }
    }
    // Nothing of the bad ones stayed.
    EXPECT_EQ(r.contracts().size(), 1u);
    r.addArtifact(good, "A.json");
    EXPECT_EQ(r.contracts().size(), 2u);
    EXPECT_EQ(r.errors().find(ipc::abi::selector("E()")).size(), 1u);
    EXPECT_THROW(ipc::abi::AbiRegistry::loadDirectory(kArtifacts / "missing"), Error);
}

TEST(AbiRegistry, TupleParametersAndStringEscapes) {
    ipc::abi::AbiRegistry r;
    r.addArtifact(R"({"contractName":"T\u00e9st","abi":[{"type":"function","name":"fund",)"
                  R"("inputs":[{"name":"id","type":"tuple","components":[{"name":"root",)"
                  R"("type":"uint64"},{"name":"route","type":"address[]"}]},)"
                  R"({"name":"many","type":"tuple[2][]","components":[{"type":"bool"}]}],)"
                  R"("outputs":[],"stateMutability":"payable"}]})",
                  "T.json");
    ASSERT_EQ(r.contracts().size(), 1u);
    EXPECT_EQ(r.contracts()[0].name, "T\xc3\xa9st");
    ASSERT_EQ(r.contracts()[0].functions.size(), 1u);
    EXPECT_EQ(r.contracts()[0].functions[0].signature.canonical(),
              "fund((uint64,address[]),(bool)[2][])");
}

TEST(AbiRegistry, CodeWithImmutablesIsRecognised) {
    ipc::abi::AbiRegistry r;
    // PUSH32 <immutable, zero in the artifact> PUSH1 0 SSTORE STOP
    const std::string zeros(64, '0');
    r.addArtifact(
        R"({"contractName":"Vault","abi":[],"deployedBytecode":"0x7f)" + zeros + R"(60005500"})",
        "Vault.json");
    Bytes onChain = fromHex("0x7f" + zeros + "60005500");
    onChain[5] = 0xab;  // the value the constructor wrote
    ASSERT_NE(r.contractWithCode(onChain), nullptr);
    EXPECT_EQ(r.contractWithCode(onChain)->name, "Vault");
    // A byte the artifact has as code (not zero) must match.
    Bytes other = onChain;
    other[33] = 0x61;
    EXPECT_EQ(r.contractWithCode(other), nullptr);
    // Longer or shorter code is another contract.
    Bytes longer = onChain;
    longer.push_back(0x00);
    EXPECT_EQ(r.contractWithCode(longer), nullptr);
    // Two artifacts that both fit: none is named.
    r.addArtifact(
        R"({"contractName":"Vault2","abi":[],"deployedBytecode":"0x7f)" + zeros + R"(60005500"})",
        "Vault2.json");
    EXPECT_EQ(r.contractWithCode(onChain), nullptr);
}
