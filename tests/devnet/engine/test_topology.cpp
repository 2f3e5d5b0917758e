// Topology YAML: the built-in templates, defaults, every error with its "<source>:<line>: "
// prefix, and the embedded template texts against resources/templates/*.yaml.
#include "ipc/devnet/topology.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>

namespace ipc::devnet {
namespace {

using protocol::PermissionMode;

const std::string kTemplatesDir = std::string(IPC_SOURCE_DIR) + "/resources/templates";
const std::string kAnvil = "test test test test test test test test test test test junk";

TokenAmount fil(std::uint64_t whole) {
    return TokenAmount::fromWhole(whole);
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Parses `yaml` as "t.yaml" and expects a TopologyError at `line` containing every word.
void expectError(const std::string& yaml, int line, std::initializer_list<std::string> words) {
    try {
        parseTopology(yaml, "t.yaml");
        ADD_FAILURE() << "no error for:\n" << yaml;
    } catch (const TopologyError& e) {
        const std::string message = e.what();
        const std::string prefix = "t.yaml:" + std::to_string(line) + ": ";
        EXPECT_EQ(message.rfind(prefix, 0), 0u)
            << "expected prefix '" << prefix << "' in: " << message;
        for (const auto& w : words)
            EXPECT_NE(message.find(w), std::string::npos) << "'" << w << "' not in: " << message;
    }
}

// A topology whose one subnet has the given extra lines (indented under "- name: a").
std::string oneSubnet(const std::string& extra) {
    return "subnets:\n"
           "  - name: a\n" +
           extra;
}

void expectDefaults(const SubnetSpec& s, std::uint64_t period = 10) {
    EXPECT_EQ(s.validators, 4u);
    EXPECT_EQ(s.collateral, fil(10));
    EXPECT_EQ(s.prefund, fil(1000));
    EXPECT_EQ(s.params.bottomUpCheckPeriod, period);
    EXPECT_EQ(s.params.majorityPercentage, 67);
    EXPECT_EQ(s.params.minValidators, 4u);
    EXPECT_EQ(s.params.minActivationCollateral, fil(40).atto());
    EXPECT_EQ(s.params.activeValidatorsLimit, 100);
    EXPECT_EQ(s.params.blockTimeMs, 1000u);
    EXPECT_EQ(s.params.permissionMode, PermissionMode::Collateral);
    EXPECT_FALSE(s.params.chainId.has_value());
    EXPECT_EQ(s.params.maxMsgsPerBatch, 10u);
}

void expectRootDefaults(const Topology& t) {
    EXPECT_EQ(t.rootChainId, 31337u);
    EXPECT_EQ(t.rootBlockTimeMs, 1000u);
    EXPECT_EQ(t.rootValidators, 1u);
    EXPECT_EQ(t.mnemonic, kAnvil);
    EXPECT_EQ(t.accounts, 10u);
    EXPECT_EQ(t.accountBalance, fil(10000));
    EXPECT_EQ(t.chainHeadDelay, 1u);
    EXPECT_EQ(t.maxProposalRange, 10u);
    EXPECT_EQ(t.relayerPollMs, 1000u);
    EXPECT_EQ(t.seed, 1u);
}

// ---------------------------------------------------------------- templates

TEST(Topology, TemplateNames) {
    EXPECT_EQ(
        builtinTemplateNames(),
        (std::vector<std::string>{"single", "two-level", "three-level", "workshop", "xnet-demo"}));
}

TEST(Topology, SingleTemplate) {
    const Topology t = builtinTemplate("single");
    EXPECT_EQ(t.name, "single");
    EXPECT_FALSE(t.description.empty());
    expectRootDefaults(t);
    ASSERT_EQ(t.subnets.size(), 1u);
    EXPECT_EQ(t.subnets[0].name, "alpha");
    EXPECT_TRUE(t.subnets[0].children.empty());
    expectDefaults(t.subnets[0]);
    EXPECT_EQ(t.subnetCount(), 1u);
}

TEST(Topology, TwoLevelTemplate) {
    const Topology t = builtinTemplate("two-level");
    EXPECT_EQ(t.name, "two-level");
    EXPECT_FALSE(t.description.empty());
    expectRootDefaults(t);
    ASSERT_EQ(t.subnets.size(), 2u);
    EXPECT_EQ(t.subnets[0].name, "alpha");
    EXPECT_EQ(t.subnets[1].name, "beta");
    for (const auto& s : t.subnets) {
        EXPECT_TRUE(s.children.empty());
        expectDefaults(s);
    }
    EXPECT_EQ(t.subnetCount(), 2u);
}

TEST(Topology, ThreeLevelTemplate) {
    const Topology t = builtinTemplate("three-level");
    EXPECT_EQ(t.name, "three-level");
    EXPECT_FALSE(t.description.empty());
    expectRootDefaults(t);
    ASSERT_EQ(t.subnets.size(), 2u);
    const char* const names[2] = {"alpha", "beta"};
    for (std::size_t i = 0; i < 2; ++i) {
        const SubnetSpec& s = t.subnets[i];
        EXPECT_EQ(s.name, names[i]);
        expectDefaults(s);
        ASSERT_EQ(s.children.size(), 2u);
        for (std::size_t j = 0; j < 2; ++j) {
            EXPECT_EQ(s.children[j].name, std::string(names[i]) + "-" + std::to_string(j + 1));
            EXPECT_TRUE(s.children[j].children.empty());
            expectDefaults(s.children[j]);
        }
    }
    EXPECT_EQ(t.subnetCount(), 6u);  // 7 chains with the root
}

TEST(Topology, WorkshopTemplate) {
    const Topology t = builtinTemplate("workshop");
    EXPECT_EQ(t.name, "workshop");
    EXPECT_FALSE(t.description.empty());
    expectRootDefaults(t);
    ASSERT_EQ(t.subnets.size(), 1u);
    EXPECT_TRUE(t.subnets[0].children.empty());
    expectDefaults(t.subnets[0], 5);
    EXPECT_EQ(t.subnetCount(), 1u);
}

TEST(Topology, XnetDemoTemplate) {
    const Topology t = builtinTemplate("xnet-demo");
    EXPECT_EQ(t.name, "xnet-demo");
    EXPECT_FALSE(t.description.empty());
    expectRootDefaults(t);
    ASSERT_EQ(t.subnets.size(), 1u);
    EXPECT_EQ(t.subnets[0].name, "alpha");
    ASSERT_EQ(t.subnets[0].children.size(), 1u);
    EXPECT_EQ(t.subnets[0].children[0].name, "alpha-1");
    EXPECT_EQ(t.subnets[0].params.bottomUpCheckPeriod, 5u);
    EXPECT_EQ(t.subnetCount(), 2u);
    ASSERT_EQ(t.contracts.size(), 5u);
    const ContractSpec& leaf = t.contracts[1];
    EXPECT_EQ(leaf.name, "counter-leaf");
    EXPECT_EQ(leaf.artifact, "XnetPingPong");
    EXPECT_EQ(leaf.subnet, "alpha-1");
    EXPECT_EQ(leaf.deployer, 0u);
    ASSERT_EQ(leaf.args.size(), 2u);
    EXPECT_EQ(leaf.args[0].kind, ContractArg::Kind::Subnet);
    EXPECT_EQ(leaf.args[0].text, "root");
    EXPECT_EQ(leaf.args[1].kind, ContractArg::Kind::Contract);
    EXPECT_EQ(leaf.args[1].text, "counter-root");
    const ContractSpec& token = t.contracts[2];
    EXPECT_EQ(token.artifact, "DemoToken");
    ASSERT_EQ(token.args.size(), 4u);
    EXPECT_EQ(token.args[0].kind, ContractArg::Kind::Literal);
    EXPECT_EQ(token.args[0].text, "Demo Token");
    EXPECT_TRUE(token.args[0].quoted);
    EXPECT_EQ(token.args[2].kind, ContractArg::Kind::Account);
    EXPECT_EQ(token.args[2].account, 0u);
    EXPECT_EQ(token.args[3].text, "1000000");
    EXPECT_FALSE(token.args[3].quoted);
}

TEST(Topology, EmbeddedTemplatesMatchTheFilesOnDisk) {
    std::vector<std::string> onDisk;
    for (const auto& entry : std::filesystem::directory_iterator(kTemplatesDir)) {
        if (entry.path().extension() == ".yaml")
            onDisk.push_back(entry.path().stem().string());
    }
    auto names = builtinTemplateNames();
    std::sort(onDisk.begin(), onDisk.end());
    std::sort(names.begin(), names.end());
    EXPECT_EQ(onDisk, names) << "run: bash scripts/gen-templates-inc.sh";
    for (const auto& name : builtinTemplateNames()) {
        const std::string disk = readFile(kTemplatesDir + "/" + name + ".yaml");
        ASSERT_FALSE(disk.empty()) << name;
        EXPECT_EQ(builtinTemplateText(name), disk)
            << name
            << ".yaml differs from the embedded copy: run bash scripts/gen-templates-inc.sh";
    }
}

TEST(Topology, TemplateFilesLoadFromDisk) {
    for (const auto& name : builtinTemplateNames()) {
        const std::string path = kTemplatesDir + "/" + name + ".yaml";
        const Topology t = loadTopologyFile(path);
        EXPECT_EQ(t.name, name);
        EXPECT_EQ(t.subnetCount(), builtinTemplate(name).subnetCount());
    }
}

TEST(Topology, UnknownTemplateListsTheValidNames) {
    for (const std::string name : {"four-level", "", "Single"}) {
        try {
            builtinTemplate(name);
            ADD_FAILURE() << "no error for '" << name << "'";
        } catch (const TopologyError& e) {
            const std::string message = e.what();
            EXPECT_NE(message.find("unknown template"), std::string::npos) << message;
            for (const char* valid : {"single", "two-level", "three-level", "workshop"})
                EXPECT_NE(message.find(valid), std::string::npos) << message;
        }
    }
    EXPECT_THROW(builtinTemplateText("nope"), TopologyError);
    try {
        builtinTemplate("twolevel");
    } catch (const TopologyError& e) {
        EXPECT_NE(std::string(e.what()).find("did you mean 'two-level'?"), std::string::npos);
    }
}

// ---------------------------------------------------------------- defaults and values

TEST(Topology, MinimalFileGetsEveryDefault) {
    const Topology t = parseTopology(oneSubnet(""), "dir/my-net.yaml");
    EXPECT_EQ(t.name, "my-net");  // from the source when absent
    EXPECT_EQ(t.description, "");
    expectRootDefaults(t);
    ASSERT_EQ(t.subnets.size(), 1u);
    expectDefaults(t.subnets[0]);
    EXPECT_EQ(t.subnets[0].line, 2);
}

TEST(Topology, RootAlone) {
    const Topology t = parseTopology("name: lonely\nsubnets: []\n", "t.yaml");
    EXPECT_EQ(t.subnetCount(), 0u);
    const Topology u = parseTopology("name: lonely\nroot:\naccounts:\nipc:\n", "t.yaml");
    EXPECT_EQ(u.subnetCount(), 0u);
    expectRootDefaults(u);
}

TEST(Topology, EveryKeyIsRead) {
    const std::string yaml = R"(name: custom
description: "All keys"
root:
  chain_id: 314159
  block_time_ms: 0
  validators: 3
accounts:
  mnemonic: "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
  count: 3
  balance: 12.5
ipc:
  chain_head_delay: 0
  max_proposal_range: 20
  relayer_poll_ms: 250
seed: 42
subnets:
  - name: alpha
    validators: 6
    collateral: "2.5"
    prefund: 0
    checkpoint_period: 7
    majority: 75
    min_validators: 3
    min_activation_collateral: "5"
    active_validators_limit: 5
    block_time_ms: 200
    permission_mode: static
    chain_id: 123
    max_msgs_per_batch: 3
    subnets:
      - name: alpha-child
        permission_mode: federated
        collateral: 0
  - name: beta
)";
    const Topology t = parseTopology(yaml, "t.yaml");
    EXPECT_EQ(t.name, "custom");
    EXPECT_EQ(t.description, "All keys");
    EXPECT_EQ(t.rootChainId, 314159u);
    EXPECT_EQ(t.rootBlockTimeMs, 0u);
    EXPECT_EQ(t.rootValidators, 3u);
    EXPECT_EQ(t.mnemonic.substr(0, 8), "abandon ");
    EXPECT_EQ(t.accounts, 3u);
    EXPECT_EQ(t.accountBalance, TokenAmount::parse("12.5"));
    EXPECT_EQ(t.chainHeadDelay, 0u);
    EXPECT_EQ(t.maxProposalRange, 20u);
    EXPECT_EQ(t.relayerPollMs, 250u);
    EXPECT_EQ(t.seed, 42u);
    ASSERT_EQ(t.subnets.size(), 2u);
    EXPECT_EQ(t.subnetCount(), 3u);

    const SubnetSpec& a = t.subnets[0];
    EXPECT_EQ(a.line, 17);
    EXPECT_EQ(a.validators, 6u);
    EXPECT_EQ(a.collateral, TokenAmount::parse("2.5"));
    EXPECT_TRUE(a.prefund.isZero());
    EXPECT_EQ(a.params.bottomUpCheckPeriod, 7u);
    EXPECT_EQ(a.params.majorityPercentage, 75);
    EXPECT_EQ(a.params.minValidators, 3u);
    EXPECT_EQ(a.params.minActivationCollateral, fil(5).atto());
    EXPECT_EQ(a.params.activeValidatorsLimit, 5);
    EXPECT_EQ(a.params.blockTimeMs, 200u);
    EXPECT_EQ(a.params.permissionMode, PermissionMode::Static);
    EXPECT_EQ(a.params.chainId, std::optional<std::uint64_t>(123));
    EXPECT_EQ(a.params.maxMsgsPerBatch, 3u);

    ASSERT_EQ(a.children.size(), 1u);
    const SubnetSpec& child = a.children[0];
    EXPECT_EQ(child.line, 31);
    EXPECT_EQ(child.params.permissionMode, PermissionMode::Federated);
    EXPECT_TRUE(child.collateral.isZero());
    // Block time defaults to the root's, not the parent's.
    EXPECT_EQ(child.params.blockTimeMs, 0u);

    const SubnetSpec& b = t.subnets[1];
    EXPECT_EQ(b.line, 34);
    EXPECT_EQ(b.params.blockTimeMs, 0u);
    EXPECT_EQ(b.params.minActivationCollateral, fil(40).atto());
}

TEST(Topology, MinActivationCollateralFollowsValidatorsAndCollateral) {
    const Topology t = parseTopology(oneSubnet("    validators: 7\n    collateral: 3\n"), "t.yaml");
    EXPECT_EQ(t.subnets[0].params.minActivationCollateral, fil(21).atto());
    EXPECT_EQ(t.subnets[0].params.minValidators, 7u);
}

TEST(Topology, DepthTenIsAllowed) {
    std::string yaml = "subnets:\n";
    std::string indent = "  ";
    for (int depth = 1; depth <= 10; ++depth) {
        yaml += indent + "- name: level-" + std::to_string(depth) + "\n";
        if (depth < 10)
            yaml += indent + "  subnets:\n";
        indent += "    ";
    }
    const Topology t = parseTopology(yaml, "t.yaml");
    EXPECT_EQ(t.subnetCount(), 10u);
}

TEST(Topology, LoadFile) {
    const auto path = std::filesystem::temp_directory_path() / "ipc-topology-test.yaml";
    {
        std::ofstream out(path);
        out << "name: from-file\nsubnets:\n  - name: a\n    majority: 10\n";
    }
    try {
        loadTopologyFile(path.string());
        ADD_FAILURE() << "no error";
    } catch (const TopologyError& e) {
        EXPECT_EQ(std::string(e.what()).rfind(path.string() + ":4: ", 0), 0u) << e.what();
    }
    {
        std::ofstream out(path);
        out << "name: from-file\nsubnets:\n  - name: a\n";
    }
    EXPECT_EQ(loadTopologyFile(path.string()).name, "from-file");
    std::filesystem::remove(path);

    try {
        loadTopologyFile(path.string());
        ADD_FAILURE() << "no error";
    } catch (const TopologyError& e) {
        EXPECT_EQ(std::string(e.what()), path.string() + ": no such file");
    }
    EXPECT_THROW(loadTopologyFile(kTemplatesDir), TopologyError);
}

TEST(Topology, ReadmeExampleIsValid) {
    const std::string readme = readFile(kTemplatesDir + "/README.md");
    const std::string open = "```yaml\n";
    const auto begin = readme.find(open);
    ASSERT_NE(begin, std::string::npos);
    const auto end = readme.find("```", begin + open.size());
    ASSERT_NE(end, std::string::npos);
    const Topology t =
        parseTopology(readme.substr(begin + open.size(), end - begin - open.size()), "README.md");
    EXPECT_EQ(t.subnetCount(), 6u);
    EXPECT_EQ(t.subnets[0].params.chainId, std::optional<std::uint64_t>(123));
    ASSERT_EQ(t.contracts.size(), 2u);
    EXPECT_EQ(t.contracts[0].subnet, "alpha-1");
    EXPECT_EQ(t.contracts[1].args[1].text, "counter");
}

// ---------------------------------------------------------------- errors

TEST(TopologyErrors, UnknownKeySuggestsTheClosest) {
    expectError(oneSubnet("    colateral: 10\n"), 3,
                {"unknown key 'colateral'", "did you mean 'collateral'?"});
    expectError(oneSubnet("    checkpointPeriod: 10\n"), 3, {"did you mean 'checkpoint_period'?"});
    expectError("root:\n  chainid: 5\n", 2, {"unknown key 'chainid'", "did you mean 'chain_id'?"});
    expectError("seeed: 5\n", 1, {"did you mean 'seed'?"});
    // Nothing close: the valid keys are listed.
    expectError(oneSubnet("    flavour: vanilla\n"), 3,
                {"unknown key 'flavour'", "validators", "checkpoint_period", "permission_mode"});
    // Keys in the wrong section.
    expectError("mnemonic: x\n", 1, {"unknown key 'mnemonic'", "under 'accounts:'"});
    expectError("validators: 4\n", 1, {"unknown key 'validators'", "'root:'"});
    expectError(oneSubnet("    relayer_poll_ms: 5\n"), 3, {"under the top-level 'ipc:'"});
}

TEST(TopologyErrors, DuplicateKey) {
    expectError(oneSubnet("    majority: 60\n    majority: 70\n"), 4,
                {"duplicate key 'majority'", "line 3"});
}

TEST(TopologyErrors, WrongTypes) {
    expectError(oneSubnet("    validators: four\n"), 3, {"validators", "whole number", "'four'"});
    expectError(oneSubnet("    validators: [4]\n"), 3, {"validators", "whole number", "a list"});
    expectError(oneSubnet("    validators: \"4\"\n"), 3, {"validators", "without quotes"});
    expectError(oneSubnet("    validators: 2.5\n"), 3, {"validators", "whole number", "'2.5'"});
    expectError(oneSubnet("    validators:\n"), 3, {"validators", "whole number", "nothing"});
    expectError(oneSubnet("    collateral: {a: 1}\n"), 3, {"collateral", "amount", "a mapping"});
    expectError(oneSubnet("    permission_mode: [x]\n"), 3, {"permission_mode", "text"});
    expectError("root: 5\n", 1, {"'root' section", "mapping"});
    expectError("subnets: alpha\n", 1, {"subnets", "list"});
    expectError("subnets:\n  - alpha\n", 2, {"mapping", "'alpha'"});
    expectError("- a\n- b\n", 1, {"the topology", "mapping", "a list"});
    expectError("name: [x]\n", 1, {"name", "text", "a list"});
}

TEST(TopologyErrors, OutOfRange) {
    expectError(oneSubnet("    majority: 50\n"), 3, {"majority", "between 51 and 100", "50"});
    expectError(oneSubnet("    majority: 101\n"), 3, {"majority", "between 51 and 100", "101"});
    expectError(oneSubnet("    checkpoint_period: 0\n"), 3, {"checkpoint_period", "0"});
    expectError(oneSubnet("    validators: 0\n"), 3, {"validators", "between 1 and 64"});
    expectError(oneSubnet("    validators: 65\n"), 3, {"validators", "between 1 and 64"});
    expectError(oneSubnet("    validators: -1\n"), 3, {"validators", "between 1 and 64", "-1"});
    expectError(oneSubnet("    active_validators_limit: 257\n"), 3,
                {"active_validators_limit", "between 1 and 256"});
    expectError(oneSubnet("    max_msgs_per_batch: 0\n"), 3, {"max_msgs_per_batch"});
    expectError(oneSubnet("    chain_id: 0\n"), 3, {"chain_id"});
    expectError("accounts:\n  count: 0\n", 2, {"count", "between 1 and 100"});
    expectError("accounts:\n  count: 101\n", 2, {"count", "between 1 and 100"});
    expectError("root:\n  validators: 0\n", 2, {"validators"});
    expectError("ipc:\n  relayer_poll_ms: 0\n", 2, {"relayer_poll_ms"});
    expectError("seed: 18446744073709551616\n", 1, {"seed", "18446744073709551616"});
    expectError("seed: -1\n", 1, {"seed", "at least 0"});
}

TEST(TopologyErrors, SubnetRules) {
    expectError(oneSubnet("    min_validators: 5\n"), 3, {"min_validators 5", "4 validators"});
    expectError(oneSubnet("    min_activation_collateral: 41\n"), 3,
                {"min_activation_collateral 41 FIL", "40 FIL"});
    expectError(oneSubnet("    collateral: 0\n"), 3, {"collateral must be more than 0"});
    expectError(
        oneSubnet("    validators: 8\n    active_validators_limit: 4\n"), 2,
        {"min_validators 8 (by default, the number of validators)", "active_validators_limit 4"});
    expectError(oneSubnet("    validators: 8\n    active_validators_limit: 4\n"
                          "    min_validators: 5\n"),
                5, {"min_validators 5", "active_validators_limit 4"});
    expectError(oneSubnet("    permission_mode: anarchy\n"), 3,
                {"permission_mode", "anarchy", "collateral, federated or static"});
    expectError("root:\n  chain_id: 7\nsubnets:\n  - name: a\n    chain_id: 7\n", 5,
                {"chain_id 7", "the root"});
    expectError("subnets:\n  - name: a\n    chain_id: 9\n  - name: b\n    chain_id: 9\n", 5,
                {"chain_id 9", "subnet 'a'"});
}

TEST(TopologyErrors, Names) {
    expectError("subnets:\n  - name: a\n  - name: b\n    subnets:\n      - name: a\n", 5,
                {"duplicate subnet name 'a'", "line 2"});
    expectError("subnets:\n  - name: Alpha\n", 2, {"'Alpha'", "lowercase"});
    expectError("subnets:\n  - name: a_b\n", 2, {"'a_b'", "lowercase"});
    expectError("subnets:\n  - name: \"\"\n", 2, {"must not be empty"});
    expectError("subnets:\n  - validators: 4\n", 2, {"needs a name"});
    expectError("subnets:\n  - name: " + std::string(65, 'x') + "\n", 2, {"longer than 64"});
    expectError("name: \"\"\n", 1, {"name must not be empty"});
}

TEST(TopologyErrors, DepthElevenIsRejected) {
    std::string yaml = "subnets:\n";
    std::string indent = "  ";
    for (int depth = 1; depth <= 11; ++depth) {
        yaml += indent + "- name: level-" + std::to_string(depth) + "\n";
        if (depth < 11)
            yaml += indent + "  subnets:\n";
        indent += "    ";
    }
    // Level n is declared on line 2n.
    expectError(yaml, 22, {"'level-11'", "11 levels", "at most 10"});
}

TEST(TopologyErrors, Amounts) {
    expectError(oneSubnet("    collateral: \"1.2.3\"\n"), 3,
                {"collateral", "invalid amount '1.2.3'", "decimal number"});
    expectError(oneSubnet("    collateral: 1.2.3\n"), 3, {"collateral", "'1.2.3'"});
    expectError(oneSubnet("    prefund: \"-5\"\n"), 3, {"prefund", "'-5'", "negative"});
    expectError(oneSubnet("    prefund: -5\n"), 3, {"prefund", "negative"});
    expectError("accounts:\n  balance: \"0.0000000000000000001\"\n", 2,
                {"balance", "too many decimals"});
    expectError("accounts:\n  balance: 1e3\n", 2, {"balance", "invalid amount"});
    expectError("accounts:\n  balance: \"\"\n", 2, {"balance", "empty"});
    expectError(oneSubnet("    min_activation_collateral: .5\n"), 3,
                {"min_activation_collateral", "0.5"});
}

TEST(TopologyErrors, Mnemonic) {
    expectError("accounts:\n  mnemonic: \"hello world\"\n", 2, {"mnemonic"});
}

TEST(TopologyErrors, YamlSyntax) {
    expectError("name: x\nsubnets: [a, b\nseed: 1\n", 3, {"YAML syntax error"});
    expectError("name: x\n  seed: 1\n", 2, {"YAML syntax error"});
    expectError("name: x\nseed: 1: 2\n", 2, {"YAML syntax error", "illegal map value"});
    expectError("subnets:\n  - name: a\n    validators: 4\n   majority: 60\n", 4,
                {"YAML syntax error"});
    expectError("name: x\n\tseed: 1\n", 2, {"YAML syntax error", "tab"});
}

// ---------------------------------------------------------------- contracts

// A topology with subnet `a` (child `a-1`) and the given `contracts:` lines (line 5 on).
std::string withContracts(const std::string& contracts) {
    return "subnets:\n"
           "  - name: a\n"
           "    subnets: [{name: a-1}]\n"
           "contracts:\n" +
           contracts;
}

TEST(TopologyContracts, EveryFormOfArgumentIsRead) {
    const Topology t = parseTopology(
        withContracts(
            "  - name: c1\n"
            "    artifact: XnetPingPong\n"
            "    subnet: a-1\n"
            "    deployer: 3\n"
            "    value: \"1.5\"\n"
            "    args: [{subnet: a}, {contract: c2}]\n"
            "  - name: c2\n"
            "    artifact: DemoToken\n"
            "    args: [Plain, \"Quoted\", \"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\",\n"
            "           "
            "\"115792089237316195423570985008687907853269984665640564039457584007913129639935\"]\n"
            "  - name: c3\n"
            "    artifact: DemoToken\n"
            "    subnet: root\n"
            "    args: [n, s, {account: 9}, 0]\n"),
        "t.yaml");
    ASSERT_EQ(t.contracts.size(), 3u);
    const ContractSpec& c1 = t.contracts[0];
    EXPECT_EQ(c1.subnet, "a-1");
    EXPECT_EQ(c1.deployer, 3u);
    EXPECT_EQ(c1.value, TokenAmount::parse("1.5"));
    EXPECT_EQ(c1.line, 5);
    EXPECT_EQ(c1.args[0].kind, ContractArg::Kind::Subnet);
    EXPECT_EQ(c1.args[1].kind, ContractArg::Kind::Contract);  // a later contract is fine
    const ContractSpec& c2 = t.contracts[1];
    EXPECT_EQ(c2.subnet, "root");  // the default
    EXPECT_EQ(c2.deployer, 0u);
    EXPECT_TRUE(c2.value.isZero());
    EXPECT_EQ(c2.args[0].text, "Plain");
    EXPECT_FALSE(c2.args[0].quoted);
    EXPECT_TRUE(c2.args[1].quoted);
    EXPECT_EQ(c2.args[2].kind, ContractArg::Kind::Literal);
    EXPECT_EQ(t.contracts[2].args[2].account, 9u);
    // Without contracts: none.
    EXPECT_TRUE(parseTopology("subnets:\n  - name: a\n", "t.yaml").contracts.empty());
    EXPECT_TRUE(parseTopology("contracts:\n", "t.yaml").contracts.empty());
}

TEST(TopologyContracts, UnknownArtifactSubnetOrContract) {
    expectError(
        withContracts("  - name: c\n    artifact: XnetPingPnog\n"), 6,
        {"unknown artifact 'XnetPingPnog'", "did you mean 'XnetPingPong'", "LinkedTokenParent"});
    expectError(withContracts("  - name: c\n"), 5, {"needs an artifact", "DemoToken"});
    expectError(withContracts("  - artifact: DemoToken\n"), 5, {"needs a name"});
    expectError(withContracts("  - name: c\n    artifact: DemoToken\n    subnet: b\n"), 7,
                {"unknown subnet 'b'", "root, a, a-1"});
    expectError(withContracts("  - name: c\n    artifact: XnetPingPong\n"
                              "    args: [{subnet: a-2}, {contract: c}]\n"),
                7, {"unknown subnet 'a-2'", "did you mean 'a-1'"});
    expectError(withContracts("  - name: c\n    artifact: XnetPingPong\n"
                              "    args: [{subnet: a}, {contract: d}]\n"
                              "  - name: e\n    artifact: XnetPingPong\n"
                              "    args: [{subnet: a}, {contract: c}]\n"),
                7, {"no contract named 'd'", "did you mean 'c'"});
    expectError(
        withContracts("  - name: c\n    artifact: DemoToken\n    args: [a, b, {account: 0}, 1]\n"
                      "  - name: c\n    artifact: DemoToken\n"),
        8, {"duplicate contract name 'c'", "line 5"});
    expectError(withContracts("  - name: Big\n    artifact: DemoToken\n"), 5,
                {"contract name 'Big'", "lowercase"});
    expectError(withContracts("  - name: c\n    artifact: DemoToken\n    subnett: a\n"), 7,
                {"unknown key 'subnett'", "did you mean 'subnet'"});
    expectError(withContracts("  - name: c\n    artifact: DemoToken\n    deployer: 10\n"), 7,
                {"deployer", "between 0 and 9"});
    expectError(withContracts("  - name: c\n    artifact: DemoToken\n    value: x\n"), 7,
                {"value", "invalid amount"});
    expectError("contracts: {name: c}\n", 1, {"contracts must be a list"});
    expectError("contracts:\n  - DemoToken\n", 2, {"must be a mapping"});
}

TEST(TopologyContracts, BadArguments) {
    const std::string head = "  - name: c\n    artifact: DemoToken\n";
    // Count: the message names the parameters.
    expectError(withContracts(head), 5,
                {"takes 4 arguments", "name_, symbol_, holder, wholeTokens", "got 0"});
    expectError(withContracts(head + "    args: [a, b]\n"), 7, {"takes 4 arguments", "got 2"});
    expectError(withContracts(head + "    args: x\n"), 7, {"args must be a list"});
    // Types.
    expectError(withContracts(head + "    args: [a, b, {account: 0}, -1]\n"), 7,
                {"argument 4 (wholeTokens)", "whole number (uint256)", "'-1'"});
    expectError(withContracts(head + "    args: [a, b, {account: 0}, 1.5]\n"), 7,
                {"argument 4 (wholeTokens)", "'1.5'"});
    expectError(withContracts(head + "    args: [a, b, {account: 0}, "
                                     "\"11579208923731619542357098500868790785326998466564056403945"
                                     "7584007913129639936\"]\n"),
                7, {"does not fit in uint256"});
    expectError(withContracts(head + "    args: [a, b, 0x1234, 1]\n"), 7,
                {"argument 3 (holder)", "an address", "'0x1234'"});
    expectError(withContracts(
                    head + "    args: [a, b, \"0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266\", 1]\n"),
                7, {"argument 3 (holder)", "not an address"});
    expectError(withContracts(head + "    args: [a, b, {subnet: a}, 1]\n"), 7,
                {"argument 3 (holder)", "must be an address", "got {subnet: ...}"});
    expectError(withContracts(head + "    args: [a, b, {account: 10}, 1]\n"), 7,
                {"account", "between 0 and 9"});
    expectError(withContracts(head + "    args: [a, b, {wallet: 1}, 1]\n"), 7,
                {"unknown key 'wallet'", "contract, subnet, account"});
    expectError(withContracts(head + "    args: [a, b, {account: 1, contract: c}, 1]\n"), 7,
                {"argument 3 (holder)"});
    expectError(withContracts(head + "    args: [[a], b, {account: 0}, 1]\n"), 7,
                {"argument 1 (name_)", "must be text", "got a list"});
    expectError(withContracts("  - name: c\n    artifact: XnetPingPong\n"
                              "    args: [{contract: c}, {contract: c}]\n"),
                7, {"argument 1 (peerSubnet)", "must be a subnet", "got {contract: ...}"});
    expectError(withContracts("  - name: c\n    artifact: XnetPingPong\n"
                              "    args: [\"/r31337\", {contract: c}]\n"),
                7, {"argument 1 (peerSubnet)", "a subnet: {subnet: <name>}"});
}

TEST(TopologyErrors, DocumentShape) {
    expectError("", 1, {"empty"});
    expectError("# only a comment\n", 1, {"empty"});
    expectError("name: a\n---\nname: b\n", 3, {"one YAML document", "found 2"});
}

}  // namespace
}  // namespace ipc::devnet
