// Template contracts: the embedded example artifacts, the arguments a topology may give their
// constructors, and their deployment when a hierarchy is created. Addresses are planned from the
// topology alone (deployer and nonce), so contracts can refer to each other before any exists.
#include "ipc/devnet/template_contracts.h"

#include <algorithm>
#include <iomanip>
#include <map>
#include <sstream>
#include <utility>

#include "ipc/core/chain/transaction.h"
#include "ipc/core/evm/executor.h"
#include "ipc/core/ipc/types.h"
#include "ipc/core/primitives/error.h"
#include "ipc/devnet/hierarchy.h"

namespace ipc::devnet {

namespace {

// {name, source, constructor types, constructor names, bytecode hex, ABI JSON}, generated from
// examples/xnet-demo/*.sol.
constexpr ContractArtifact kArtifacts[] = {
#include "engine/example_contracts.inc"
};

std::vector<std::string> splitList(std::string_view text) {
    std::vector<std::string> out;
    if (text.empty())
        return out;
    std::size_t depth = 0;
    std::string current;
    for (const char c : text) {
        if (c == '(')
            ++depth;
        if (c == ')')
            --depth;
        if (c == ',' && depth == 0) {
            out.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    out.push_back(std::move(current));
    return out;
}

bool isSubnetIdType(const abi::Type& t) {
    return t.kind() == abi::Type::Kind::Tuple && t.canonical() == "(uint64,address[])";
}

}  // namespace

abi::Type ContractArtifact::constructorTuple() const {
    return abi::Type::parse("(" + std::string(constructorTypes) + ")");
}

std::vector<std::string> ContractArtifact::parameterNames() const {
    return splitList(constructorNames);
}

Bytes ContractArtifact::bytecode() const {
    return fromHex(bytecodeHex);
}

std::span<const ContractArtifact> contractArtifacts() {
    return kArtifacts;
}

const abi::AbiRegistry& contractAbis() {
    static const abi::AbiRegistry registry = [] {
        abi::AbiRegistry r;
        for (const ContractArtifact& a : contractArtifacts()) {
            // With the deployed code, so a carried contract is named by its code wherever it
            // was deployed (ContractBook::nameOfCode).
            r.addArtifact("{\"contractName\":\"" + std::string(a.name) +
                              "\",\"deployedBytecode\":\"0x" + std::string(a.deployedHex) +
                              "\",\"abi\":" + std::string(a.abiJson) + "}",
                          std::string(a.source));
        }
        return r;
    }();
    return registry;
}

const ContractArtifact* findContractArtifact(std::string_view name) {
    for (const auto& a : kArtifacts) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

bool isSupportedArgType(const abi::Type& type) {
    switch (type.kind()) {
        case abi::Type::Kind::Address:
        case abi::Type::Kind::Uint:
        case abi::Type::Kind::Bool:
        case abi::Type::Kind::String:
            return true;
        case abi::Type::Kind::Tuple:
            return isSubnetIdType(type);
        default:
            return false;
    }
}

std::string describeArgType(const abi::Type& type) {
    switch (type.kind()) {
        case abi::Type::Kind::Address:
            return "an address: {contract: <name>}, {account: <index>} or a 0x address";
        case abi::Type::Kind::Uint:
            return "a whole number (" + type.canonical() + ")";
        case abi::Type::Kind::Bool:
            return "true or false";
        case abi::Type::Kind::String:
            return "text";
        default:
            if (isSubnetIdType(type))
                return "a subnet: {subnet: <name>} (root or a subnet of this file)";
            return "a " + type.canonical() + ", which a topology cannot give";
    }
}

abi::Value literalArg(const abi::Type& type, const std::string& text, bool quoted) {
    switch (type.kind()) {
        case abi::Type::Kind::Address: {
            const bool hex =
                text.size() == 42 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
            if (!hex)
                throw ParseError("expected " + describeArgType(type) + ", got '" + text + "'");
            try {
                return abi::Value::address(EthAddress::parse(text));
            } catch (const ParseError& e) {
                throw ParseError("'" + text + "' is not an address: " + e.what());
            }
        }
        case abi::Type::Kind::Uint: {
            const bool digits = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
                return c >= '0' && c <= '9';
            });
            if (!digits)
                throw ParseError("expected " + describeArgType(type) + ", got '" + text + "'");
            U256 v;
            try {
                v = U256::parse(text);
            } catch (const ParseError&) {
                throw ParseError(text + " does not fit in " + type.canonical());
            }
            if (v.bitLength() > type.bits())
                throw ParseError(text + " does not fit in " + type.canonical());
            return abi::Value::uint(v);
        }
        case abi::Type::Kind::Bool:
            if (!quoted && (text == "true" || text == "false"))
                return abi::Value::boolean(text == "true");
            throw ParseError("expected true or false, got '" + text + "'");
        case abi::Type::Kind::String:
            return abi::Value::string(text);
        default:
            throw ParseError("expected " + describeArgType(type) + ", got '" + text + "'");
    }
}

std::vector<PlannedContract> planTemplateContracts(const Hierarchy& h) {
    std::vector<PlannedContract> plan;
    std::map<std::pair<SubnetId, EthAddress>, std::uint64_t> nonces;
    for (const ContractSpec& spec : h.topology().contracts) {
        PlannedContract c;
        c.spec = &spec;
        c.artifact = findContractArtifact(spec.artifact);
        if (c.artifact == nullptr)
            throw Error("contract '" + spec.name + "': no artifact '" + spec.artifact + "'");
        const SubnetNode* n = h.nodeByName(spec.subnet);
        if (n == nullptr) {
            throw Error("contract '" + spec.name + "': subnet '" + spec.subnet +
                        "' did not start, so nothing can be deployed there");
        }
        if (spec.deployer >= h.accounts().size())
            throw Error("contract '" + spec.name + "': no account " +
                        std::to_string(spec.deployer));
        c.subnet = n->id;
        c.subnetName = n->name;
        c.deployer = h.accounts()[spec.deployer].address;
        c.nonce = nonces[{c.subnet, c.deployer}]++;
        c.address = evm::createAddress(c.deployer, c.nonce);
        plan.push_back(std::move(c));
    }
    return plan;
}

Bytes constructorArgs(const Hierarchy& h, const std::vector<PlannedContract>& plan,
                      const PlannedContract& c) {
    const abi::Type tuple = c.artifact->constructorTuple();
    const auto names = c.artifact->parameterNames();
    const auto& params = tuple.components();
    const auto& args = c.spec->args;
    if (args.size() != params.size()) {
        throw Error("contract '" + c.spec->name + "': " + std::string(c.artifact->name) +
                    " takes " + std::to_string(params.size()) + " arguments, got " +
                    std::to_string(args.size()));
    }
    std::vector<abi::Value> values;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const ContractArg& a = args[i];
        const std::string where = "contract '" + c.spec->name + "', argument " +
                                  std::to_string(i + 1) + " (" +
                                  (i < names.size() ? names[i] : std::string("?")) + ")";
        switch (a.kind) {
            case ContractArg::Kind::Literal:
                try {
                    values.push_back(literalArg(params[i], a.text, a.quoted));
                } catch (const ParseError& e) {
                    throw Error(where + ": " + e.what());
                }
                break;
            case ContractArg::Kind::Contract: {
                auto it = std::find_if(plan.begin(), plan.end(), [&](const PlannedContract& p) {
                    return p.spec->name == a.text;
                });
                if (it == plan.end())
                    throw Error(where + ": no contract '" + a.text + "'");
                values.push_back(abi::Value::address(it->address));
                break;
            }
            case ContractArg::Kind::Subnet: {
                const SubnetNode* n = h.nodeByName(a.text);
                if (n == nullptr)
                    throw Error(where + ": subnet '" + a.text + "' did not start");
                values.push_back(protocol::toAbi(n->id));
                break;
            }
            case ContractArg::Kind::Account:
                if (a.account >= h.accounts().size())
                    throw Error(where + ": no account " + std::to_string(a.account));
                values.push_back(abi::Value::address(h.accounts()[a.account].address));
                break;
        }
    }
    return abi::encode(tuple, abi::Value::tuple(std::move(values)));
}

std::vector<PlannedContract> deployTemplateContracts(Hierarchy& h) {
    std::vector<PlannedContract> plan = planTemplateContracts(h);
    for (const PlannedContract& c : plan) {
        const SubnetNode& n = *h.node(c.subnet);
        const std::uint64_t nonce = n.pendingNonce(c.deployer);
        if (nonce != c.nonce) {
            throw Error("contract '" + c.spec->name + "': the deployer's nonce on " + n.name +
                        " is " + std::to_string(nonce) + ", not " + std::to_string(c.nonce));
        }
        Bytes data = c.artifact->bytecode();
        const Bytes args = constructorArgs(h, plan, c);
        data.insert(data.end(), args.begin(), args.end());

        chain::EvmCall call;
        call.from = c.deployer;
        call.value = c.spec->value.atto();
        call.data = data;
        const chain::GasEstimate estimate = n.chain->estimateEvmGas(call, h.now());
        if (estimate.failure) {
            std::string why = estimate.failure->error;
            if (why.empty())
                why = "its constructor reverts";
            throw Error("contract '" + c.spec->name + "' (" + std::string(c.artifact->name) +
                        ") cannot be deployed on " + n.name + ": " + why);
        }
        chain::Transaction tx;
        tx.type = chain::TxType::Eip1559;
        tx.chainId = n.chainId();
        tx.nonce = nonce;
        tx.maxPriorityFeePerGas = SubnetNode::tip();
        tx.maxFeePerGas = n.maxFeePerGas();
        // Headroom over the estimate: the deployments of one block raise nothing it depends on,
        // but a margin costs nothing (unused gas is refunded).
        tx.gasLimit = estimate.gas + estimate.gas / 4;
        tx.value = call.value;
        tx.data = std::move(data);
        h.submit(c.subnet, chain::sign(tx, h.accounts()[c.spec->deployer].key));
    }
    return plan;
}

std::string templateContractsBanner(const Hierarchy& h) {
    if (h.topology().contracts.empty())
        return {};
    std::vector<PlannedContract> plan;
    try {
        plan = planTemplateContracts(h);
    } catch (const Error& e) {
        return std::string("\nContracts\n==================\n") + e.what() + "\n";
    }
    std::ostringstream out;
    out << "\nContracts (deployed in each chain's first block)\n==================\n";
    out << std::left << std::setw(16) << "NAME" << std::setw(20) << "ARTIFACT" << std::setw(12)
        << "SUBNET"
        << "ADDRESS\n";
    for (const auto& c : plan) {
        out << std::left << std::setw(16) << c.spec->name << std::setw(20) << c.artifact->name
            << std::setw(12) << c.subnetName << c.address.toChecksumHex() << "\n";
    }
    return out.str();
}

}  // namespace ipc::devnet
