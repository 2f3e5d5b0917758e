// Topology files: strict YAML reading (unknown keys, wrong types and out-of-range values are
// errors naming the line), defaults from DESIGN.md, and the built-in templates embedded at build
// time. The format is documented in resources/templates/README.md.
#include "ipc/devnet/topology.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <map>
#include <span>
#include <sstream>
#include <string_view>
#include <utility>

#include "ipc/core/crypto/bip32.h"
#include "ipc/core/crypto/bip39.h"
#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/fvm_address.h"
#include "ipc/core/primitives/subnet_id.h"
#include "ipc/devnet/template_contracts.h"
#include "strict_yaml.h"

namespace ipc::devnet {

namespace {

using namespace strict_yaml;

struct BuiltinTemplate {
    std::string_view name;
    std::string_view text;
};

// {"single", R"yaml(...)yaml"}, ... generated from resources/templates/*.yaml.
constexpr BuiltinTemplate kBuiltinTemplates[] = {
#include "engine/builtin_templates.inc"
};

// Ranges (documented in resources/templates/README.md).
constexpr std::uint64_t kMaxU64 = std::numeric_limits<std::uint64_t>::max();
constexpr std::uint64_t kMaxBlockTimeMs = 3'600'000;  // one hour
constexpr std::uint64_t kMaxRootValidators = 64;
constexpr std::uint64_t kMaxSubnetValidators = 64;
constexpr std::uint64_t kMaxAccounts = 100;
constexpr std::uint64_t kMaxChainHeadDelay = 1000;
constexpr std::uint64_t kMaxProposalRange = 10'000;
constexpr std::uint64_t kMaxRelayerPollMs = 3'600'000;
constexpr std::uint64_t kMaxCheckpointPeriod = 1'000'000;
constexpr std::uint64_t kMaxActiveValidatorsLimit = 256;
constexpr std::uint64_t kMaxMsgsPerBatch = 10'000;
constexpr std::size_t kMaxNameLength = 64;
constexpr std::uintmax_t kMaxFileBytes = 1 << 20;

constexpr std::string_view kTopKeys[] = {"name", "description", "root",    "accounts",
                                         "ipc",  "seed",        "subnets", "contracts"};
constexpr std::string_view kRootKeys[] = {"chain_id", "block_time_ms", "validators"};
constexpr std::string_view kAccountKeys[] = {"mnemonic", "count", "balance"};
constexpr std::string_view kIpcKeys[] = {"chain_head_delay", "max_proposal_range",
                                         "relayer_poll_ms"};
constexpr std::string_view kSubnetKeys[] = {"name",
                                            "validators",
                                            "collateral",
                                            "prefund",
                                            "checkpoint_period",
                                            "majority",
                                            "min_validators",
                                            "min_activation_collateral",
                                            "active_validators_limit",
                                            "block_time_ms",
                                            "permission_mode",
                                            "chain_id",
                                            "max_msgs_per_batch",
                                            "subnets"};
constexpr std::string_view kContractKeys[] = {"name",     "artifact", "subnet",
                                              "deployer", "value",    "args"};
constexpr std::string_view kArgKinds[] = {"contract", "subnet", "account"};

// Keys written at the top level that belong in a section.
std::string topLevelHint(std::string_view key) {
    const std::pair<std::span<const std::string_view>, std::string_view> sections[] = {
        {kRootKeys, "root"}, {kAccountKeys, "accounts"}, {kIpcKeys, "ipc"}};
    for (const auto& [keys, section] : sections) {
        if (std::find(keys.begin(), keys.end(), key) != keys.end())
            return "it belongs under '" + std::string(section) + ":'";
    }
    if (std::find(std::begin(kSubnetKeys), std::end(kSubnetKeys), key) != std::end(kSubnetKeys))
        return "subnet keys go in an entry of 'subnets:'";
    return {};
}

// Keys of the other top-level sections written inside a subnet.
std::string subnetHint(std::string_view key) {
    if (std::find(std::begin(kAccountKeys), std::end(kAccountKeys), key) != std::end(kAccountKeys))
        return "it belongs under the top-level 'accounts:'";
    if (std::find(std::begin(kIpcKeys), std::end(kIpcKeys), key) != std::end(kIpcKeys))
        return "it belongs under the top-level 'ipc:'";
    return {};
}

class TopologyReader {
public:
    explicit TopologyReader(const std::string& source) : r_(source) {}

    Topology read(const std::string& yamlText) {
        std::vector<YAML::Node> documents;
        try {
            documents = YAML::LoadAll(yamlText);
        } catch (const YAML::ParserException& e) {
            r_.fail(std::max(e.mark.line, 0) + 1,
                    "YAML syntax error at column " +
                        std::to_string(std::max(e.mark.column, 0) + 1) + ": " + e.msg);
        }
        if (documents.empty() || documents[0].IsNull())
            r_.fail(1, "the topology is empty (expected at least 'subnets:')");
        if (documents.size() > 1) {
            r_.fail(Reader::lineOf(documents[1]), "expected one YAML document, found " +
                                                      std::to_string(documents.size()) +
                                                      " (remove the '---' separators)");
        }
        return topology(documents[0]);
    }

private:
    Topology topology(const YAML::Node& doc) {
        Topology t;
        auto top = r_.fields(doc, "the topology", kTopKeys, topLevelHint);
        if (const Entry* e = find(top, "name")) {
            t.name = r_.text(*e);
            if (t.name.empty())
                r_.fail(e->line, "name must not be empty");
        } else {
            t.name = std::filesystem::path(r_.source()).stem().string();
        }
        if (const Entry* e = find(top, "description"))
            t.description = r_.text(*e);
        if (const Entry* e = find(top, "seed"))
            t.seed = r_.integer(*e, 0, kMaxU64);

        if (const Entry* section = find(top, "root"); section && !section->value.IsNull()) {
            auto root = r_.fields(section->value, "the 'root' section", kRootKeys);
            if (const Entry* e = find(root, "chain_id"))
                t.rootChainId = r_.integer(*e, 1, SubnetId::kMaxChainId);
            if (const Entry* e = find(root, "block_time_ms"))
                t.rootBlockTimeMs = r_.integer(*e, 0, kMaxBlockTimeMs);
            if (const Entry* e = find(root, "validators"))
                t.rootValidators =
                    static_cast<std::uint32_t>(r_.integer(*e, 1, kMaxRootValidators));
        }
        chainIds_.emplace(t.rootChainId, "the root");

        if (const Entry* section = find(top, "accounts"); section && !section->value.IsNull()) {
            auto accounts = r_.fields(section->value, "the 'accounts' section", kAccountKeys);
            if (const Entry* e = find(accounts, "mnemonic")) {
                t.mnemonic = r_.text(*e);
                try {
                    crypto::validateMnemonic(t.mnemonic);
                } catch (const Error& error) {
                    r_.fail(e->line, std::string("mnemonic: ") + error.what());
                }
            }
            if (const Entry* e = find(accounts, "count"))
                t.accounts = static_cast<std::uint32_t>(r_.integer(*e, 1, kMaxAccounts));
            if (const Entry* e = find(accounts, "balance"))
                t.accountBalance = r_.amount(*e);
        }

        if (const Entry* section = find(top, "ipc"); section && !section->value.IsNull()) {
            auto ipc = r_.fields(section->value, "the 'ipc' section", kIpcKeys);
            if (const Entry* e = find(ipc, "chain_head_delay"))
                t.chainHeadDelay = r_.integer(*e, 0, kMaxChainHeadDelay);
            if (const Entry* e = find(ipc, "max_proposal_range"))
                t.maxProposalRange = r_.integer(*e, 1, kMaxProposalRange);
            if (const Entry* e = find(ipc, "relayer_poll_ms"))
                t.relayerPollMs = r_.integer(*e, 1, kMaxRelayerPollMs);
        }

        rootBlockTimeMs_ = t.rootBlockTimeMs;
        if (const Entry* e = find(top, "subnets"))
            t.subnets = subnetList(*e, 1);
        if (const Entry* e = find(top, "contracts"))
            t.contracts = contractList(*e, t.accounts);
        return t;
    }

    // ---- contracts: read after the subnets, whose names they refer to ----

    std::vector<ContractSpec> contractList(const Entry& e, std::uint32_t accounts) {
        std::vector<ContractSpec> out;
        if (e.value.IsNull())
            return out;
        if (!e.value.IsSequence()) {
            r_.fail(e.line,
                    "contracts must be a list of contracts, each starting with '- name: ...', "
                    "got " +
                        describe(e.value));
        }
        std::map<std::string, int, std::less<>> names;  // name -> line
        // {contract: <name>} arguments, checked once every name is known: (name, line).
        std::vector<std::pair<std::string, int>> references;
        for (const auto& item : e.value)
            out.push_back(contract(item, accounts, names, references));
        std::vector<std::string_view> known;
        for (const auto& [name, line] : names)
            known.push_back(name);
        for (const auto& [name, line] : references) {
            if (names.count(name) != 0)
                continue;
            std::string message = "no contract named " + shown(name) + " in this file";
            if (auto guess = closest(name, known))
                message += " (did you mean '" + std::string(*guess) + "'?)";
            r_.fail(line, message);
        }
        return out;
    }

    ContractSpec contract(const YAML::Node& node, std::uint32_t accounts,
                          std::map<std::string, int, std::less<>>& names,
                          std::vector<std::pair<std::string, int>>& references) {
        ContractSpec c;
        c.line = Reader::lineOf(node);
        if (!node.IsMap()) {
            r_.fail(c.line,
                    "each entry of contracts must be a mapping with at least 'name' and "
                    "'artifact', got " +
                        describe(node));
        }
        auto f = r_.fields(node, "a contract", kContractKeys);
        const Entry* nameEntry = find(f, "name");
        if (nameEntry == nullptr)
            r_.fail(c.line, "a contract needs a name (add 'name: ...')");
        c.name = r_.text(*nameEntry);
        checkName(c.name, nameEntry->line, "contract");
        if (auto [it, inserted] = names.emplace(c.name, nameEntry->line); !inserted) {
            r_.fail(nameEntry->line, "duplicate contract name '" + c.name +
                                         "' (first declared at line " + std::to_string(it->second) +
                                         ")");
        }

        const Entry* artifactEntry = find(f, "artifact");
        if (artifactEntry == nullptr) {
            r_.fail(c.line, "contract '" + c.name + "' needs an artifact (add 'artifact: ...'; " +
                                "the artifacts are: " + artifactNames() + ")");
        }
        c.artifact = r_.text(*artifactEntry);
        const ContractArtifact* artifact = findContractArtifact(c.artifact);
        if (artifact == nullptr) {
            std::vector<std::string_view> known;
            for (const auto& a : contractArtifacts())
                known.push_back(a.name);
            std::string message = "unknown artifact " + shown(c.artifact);
            if (auto guess = closest(c.artifact, known))
                message += " (did you mean '" + std::string(*guess) + "'?)";
            r_.fail(artifactEntry->line, message + "; the artifacts are: " + artifactNames());
        }

        if (const Entry* e = find(f, "subnet")) {
            c.subnet = r_.text(*e);
            checkSubnetRef(c.subnet, e->line);
        }
        if (const Entry* e = find(f, "deployer"))
            c.deployer = static_cast<std::uint32_t>(r_.integer(*e, 0, accounts - 1));
        if (const Entry* e = find(f, "value"))
            c.value = r_.amount(*e);

        const abi::Type tuple = artifact->constructorTuple();
        const auto& params = tuple.components();
        const auto paramNames = artifact->parameterNames();
        auto paramName = [&](std::size_t i) {
            return i < paramNames.size() && !paramNames[i].empty() ? paramNames[i]
                                                                   : std::to_string(i + 1);
        };
        for (std::size_t i = 0; i < params.size(); ++i) {
            if (!isSupportedArgType(params[i])) {
                r_.fail(artifactEntry->line, c.artifact + "'s constructor parameter '" +
                                                 paramName(i) + "' is a " + params[i].canonical() +
                                                 ", which a topology cannot give");
            }
        }
        std::vector<Entry> argEntries;
        int argsLine = c.line;
        if (const Entry* e = find(f, "args"); e != nullptr && !e->value.IsNull()) {
            argsLine = e->line;
            if (!e->value.IsSequence()) {
                r_.fail(e->line,
                        "args must be a list of constructor arguments, got " + describe(e->value));
            }
            for (const auto& item : e->value) {
                const YAML::Node value = item;
                argEntries.push_back(Entry{"args", value, Reader::lineOf(value)});
            }
        }
        if (argEntries.size() != params.size()) {
            std::string expected;
            for (std::size_t i = 0; i < params.size(); ++i)
                expected += (i > 0 ? ", " : "") + paramName(i);
            r_.fail(argsLine, "contract '" + c.name + "': " + c.artifact + "'s constructor takes " +
                                  std::to_string(params.size()) + " argument" +
                                  (params.size() == 1 ? "" : "s") +
                                  (params.empty() ? "" : " (" + expected + ")") + ", got " +
                                  std::to_string(argEntries.size()));
        }
        for (std::size_t i = 0; i < params.size(); ++i) {
            const std::string what = "argument " + std::to_string(i + 1) + " (" + paramName(i) +
                                     ") of contract '" + c.name + "'";
            c.args.push_back(contractArg(argEntries[i], params[i], what, accounts, references));
        }
        return c;
    }

    ContractArg contractArg(const Entry& e, const abi::Type& type, const std::string& what,
                            std::uint32_t accounts,
                            std::vector<std::pair<std::string, int>>& references) {
        ContractArg a;
        a.line = e.line;
        const YAML::Node& v = e.value;
        if (v.IsScalar()) {
            a.kind = ContractArg::Kind::Literal;
            a.text = v.Scalar();
            a.quoted = v.Tag() == "!";
            try {
                literalArg(type, a.text, a.quoted);
            } catch (const ParseError& error) {
                r_.fail(e.line, what + ": " + error.what());
            }
            return a;
        }
        if (!v.IsMap() || v.size() != 1) {
            r_.fail(e.line, what + " must be " + describeArgType(type) + ", got " + describe(v));
        }
        auto f = r_.fields(v, "a reference", kArgKinds);
        const Entry& ref = f.begin()->second;
        const std::string& kind = ref.key;
        auto wrongKind = [&] {
            r_.fail(e.line,
                    what + " must be " + describeArgType(type) + ", got {" + kind + ": ...}");
        };
        if (kind == "contract") {
            if (type.kind() != abi::Type::Kind::Address)
                wrongKind();
            a.kind = ContractArg::Kind::Contract;
            a.text = r_.text(ref);
            references.emplace_back(a.text, ref.line);
        } else if (kind == "account") {
            if (type.kind() != abi::Type::Kind::Address)
                wrongKind();
            a.kind = ContractArg::Kind::Account;
            a.account = static_cast<std::uint32_t>(r_.integer(ref, 0, accounts - 1));
        } else {
            if (type.kind() != abi::Type::Kind::Tuple)
                wrongKind();
            a.kind = ContractArg::Kind::Subnet;
            a.text = r_.text(ref);
            checkSubnetRef(a.text, ref.line);
        }
        return a;
    }

    void checkSubnetRef(const std::string& name, int line) const {
        if (name == "root" || names_.count(name) != 0)
            return;
        std::vector<std::string_view> known{"root"};
        for (const auto& [n, l] : names_)
            known.push_back(n);
        std::string message = "unknown subnet " + shown(name);
        if (auto guess = closest(name, known))
            message += " (did you mean '" + std::string(*guess) + "'?)";
        r_.fail(line, message + "; the chains of this file are: " + joined(known));
    }

    static std::string artifactNames() {
        std::vector<std::string_view> names;
        for (const auto& a : contractArtifacts())
            names.push_back(a.name);
        return joined(names);
    }

    std::vector<SubnetSpec> subnetList(const Entry& e, std::size_t depth) {
        std::vector<SubnetSpec> out;
        if (e.value.IsNull())
            return out;
        if (!e.value.IsSequence()) {
            r_.fail(e.line,
                    "subnets must be a list of subnets, each starting with '- name: ...', "
                    "got " +
                        describe(e.value));
        }
        for (const auto& item : e.value)
            out.push_back(subnet(item, depth));
        return out;
    }

    SubnetSpec subnet(const YAML::Node& node, std::size_t depth) {
        SubnetSpec s;
        s.line = Reader::lineOf(node);
        if (!node.IsMap()) {
            r_.fail(s.line, "each entry of subnets must be a mapping with at least 'name', got " +
                                describe(node));
        }
        auto f = r_.fields(node, "a subnet", kSubnetKeys, subnetHint);

        const Entry* nameEntry = find(f, "name");
        if (nameEntry == nullptr)
            r_.fail(s.line, "a subnet needs a name (add 'name: ...')");
        s.name = r_.text(*nameEntry);
        checkName(s.name, nameEntry->line, "subnet");
        if (depth > SubnetId::kMaxDepth) {
            r_.fail(s.line, "subnet '" + s.name + "' is " + std::to_string(depth) +
                                " levels below the root; IPC allows at most " +
                                std::to_string(SubnetId::kMaxDepth));
        }
        if (auto [it, inserted] = names_.emplace(s.name, s.line); !inserted) {
            r_.fail(nameEntry->line, "duplicate subnet name '" + s.name +
                                         "' (first declared at line " + std::to_string(it->second) +
                                         ")");
        }

        protocol::SubnetParams& p = s.params;
        if (const Entry* e = find(f, "validators"))
            s.validators = static_cast<std::uint32_t>(r_.integer(*e, 1, kMaxSubnetValidators));
        if (const Entry* e = find(f, "collateral"))
            s.collateral = r_.amount(*e);
        if (const Entry* e = find(f, "prefund"))
            s.prefund = r_.amount(*e);
        if (const Entry* e = find(f, "checkpoint_period"))
            p.bottomUpCheckPeriod = r_.integer(*e, 1, kMaxCheckpointPeriod);
        if (const Entry* e = find(f, "majority"))
            p.majorityPercentage = static_cast<std::uint8_t>(r_.integer(*e, 51, 100));
        if (const Entry* e = find(f, "active_validators_limit")) {
            p.activeValidatorsLimit =
                static_cast<std::uint16_t>(r_.integer(*e, 1, kMaxActiveValidatorsLimit));
        }
        p.blockTimeMs = rootBlockTimeMs_;
        if (const Entry* e = find(f, "block_time_ms"))
            p.blockTimeMs = r_.integer(*e, 0, kMaxBlockTimeMs);
        if (const Entry* e = find(f, "permission_mode")) {
            try {
                p.permissionMode = protocol::parsePermissionMode(r_.text(*e));
            } catch (const ParseError& error) {
                r_.fail(e->line, std::string("permission_mode: ") + error.what());
            }
        }
        if (const Entry* e = find(f, "chain_id")) {
            p.chainId = r_.integer(*e, 1, SubnetId::kMaxChainId);
            if (auto [it, inserted] = chainIds_.emplace(*p.chainId, "subnet '" + s.name + "'");
                !inserted) {
                r_.fail(e->line, "chain_id " + std::to_string(*p.chainId) + " is already used by " +
                                     it->second);
            }
        }
        if (const Entry* e = find(f, "max_msgs_per_batch"))
            p.maxMsgsPerBatch = static_cast<std::size_t>(r_.integer(*e, 1, kMaxMsgsPerBatch));

        p.minValidators = s.validators;
        if (const Entry* e = find(f, "min_validators")) {
            p.minValidators = r_.integer(*e, 1, kMaxSubnetValidators);
            if (p.minValidators > s.validators) {
                r_.fail(e->line, "min_validators " + std::to_string(p.minValidators) +
                                     " is more than the subnet's " + std::to_string(s.validators) +
                                     " validators: it could never start");
            }
        }

        const bool collateralMode = p.permissionMode != protocol::PermissionMode::Federated;
        if (collateralMode && s.collateral.isZero()) {
            const Entry* e = find(f, "collateral");
            r_.fail(e != nullptr ? e->line : s.line,
                    "collateral must be more than 0 (validators join with collateral in " +
                        std::string(protocol::toString(p.permissionMode)) + " mode)");
        }
        U256 total;
        try {
            total = s.collateral.atto() * U256(s.validators);
        } catch (const Error&) {
            r_.fail(s.line, "the validators' total collateral is too large");
        }
        p.minActivationCollateral = total;
        if (const Entry* e = find(f, "min_activation_collateral")) {
            p.minActivationCollateral = r_.amount(*e).atto();
            if (collateralMode && p.minActivationCollateral > total) {
                r_.fail(e->line,
                        "min_activation_collateral " +
                            TokenAmount::fromAtto(p.minActivationCollateral).formatWithUnit() +
                            " is more than the " + std::to_string(s.validators) +
                            " validators' collateral " +
                            TokenAmount::fromAtto(total).formatWithUnit() +
                            ": the subnet could never start");
            }
        }

        if (p.minValidators > p.activeValidatorsLimit) {
            const Entry* e = find(f, "min_validators");
            r_.fail(e != nullptr ? e->line : s.line,
                    "min_validators " + std::to_string(p.minValidators) +
                        (e != nullptr ? "" : " (by default, the number of validators)") +
                        " is more than active_validators_limit " +
                        std::to_string(p.activeValidatorsLimit) + ": the subnet could never start");
        }
        try {
            p.validate();
        } catch (const ParseError& error) {
            r_.fail(s.line, "subnet '" + s.name + "': " + error.what());
        }

        if (const Entry* e = find(f, "subnets"))
            s.children = subnetList(*e, depth + 1);
        return s;
    }

    // `what`: "subnet" or "contract".
    void checkName(const std::string& name, int line, const std::string& what) const {
        if (name.empty())
            r_.fail(line, "a " + what + " name must not be empty");
        if (name.size() > kMaxNameLength) {
            r_.fail(line, what + " name " + shown(name) + " is longer than " +
                              std::to_string(kMaxNameLength) + " characters");
        }
        const bool valid = std::all_of(name.begin(), name.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        });
        if (!valid) {
            r_.fail(line, what + " name " + shown(name) +
                              " may only contain lowercase letters a-z, digits and '-'");
        }
    }

    static const Entry* find(const std::map<std::string, Entry, std::less<>>& fields,
                             std::string_view key) {
        auto it = fields.find(key);
        return it == fields.end() ? nullptr : &it->second;
    }

    Reader r_;
    std::uint64_t rootBlockTimeMs_ = 1000;
    std::map<std::string, int, std::less<>> names_;  // name -> line
    std::map<std::uint64_t, std::string> chainIds_;  // explicit chain ids
};

const BuiltinTemplate& findTemplate(const std::string& name) {
    for (const auto& t : kBuiltinTemplates) {
        if (t.name == name)
            return t;
    }
    std::vector<std::string_view> names;
    for (const auto& t : kBuiltinTemplates)
        names.push_back(t.name);
    std::string message = "unknown template " + shown(name);
    if (auto guess = closest(name, names))
        message += " (did you mean '" + std::string(*guess) + "'?)";
    throw TopologyError(message + "; the templates are: " + joined(names));
}

void countSubnets(const std::vector<SubnetSpec>& subnets, std::size_t& n) {
    for (const auto& s : subnets) {
        ++n;
        countSubnets(s.children, n);
    }
}

}  // namespace

std::size_t Topology::subnetCount() const {
    std::size_t n = 0;
    countSubnets(subnets, n);
    return n;
}

Topology parseTopology(const std::string& yamlText, const std::string& source) {
    return TopologyReader(source).read(yamlText);
}

Topology loadTopologyFile(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status))
        throw TopologyError(path + ": no such file");
    if (fs::is_directory(status))
        throw TopologyError(path + ": is a directory, not a topology file");
    const std::uintmax_t size = fs::file_size(path, ec);
    if (!ec && size > kMaxFileBytes)
        throw TopologyError(path + ": too large for a topology file (more than 1 MiB)");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw TopologyError(path + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw TopologyError(path + ": cannot be read");
    return parseTopology(text.str(), path);
}

Topology builtinTemplate(const std::string& name) {
    const BuiltinTemplate& t = findTemplate(name);
    return parseTopology(std::string(t.text), std::string(t.name) + ".yaml");
}

std::vector<std::string> builtinTemplateNames() {
    std::vector<std::string> names;
    for (const auto& t : kBuiltinTemplates)
        names.emplace_back(t.name);
    return names;
}

std::string builtinTemplateText(const std::string& name) {
    return std::string(findTemplate(name).text);
}

void checkMnemonic(const std::string& mnemonic) {
    (void)crypto::deriveEthereumKey(mnemonic, 0);
}

}  // namespace ipc::devnet
