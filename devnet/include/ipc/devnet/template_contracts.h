// Contracts a topology deploys when the hierarchy is created (its `contracts:` key): the
// compiled artifacts built into the program (examples/xnet-demo, embedded by
// tests/js/gen-example-artifacts.mjs), the constructor arguments a topology may give, and the
// deployment itself, with addresses that follow from the topology alone.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ipc/core/abi/registry.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/primitives/subnet_id.h"
#include "ipc/devnet/topology.h"

namespace ipc::devnet {

class Hierarchy;

// A compiled contract the program carries.
struct ContractArtifact {
    std::string_view name;              // "XnetPingPong"
    std::string_view source;            // "XnetPingPong.sol" (in examples/xnet-demo)
    std::string_view constructorTypes;  // canonical ABI types, comma-separated
    std::string_view constructorNames;  // the parameters' names, comma-separated
    std::string_view bytecodeHex;       // creation code, no 0x
    std::string_view deployedHex;       // deployed code (immutables as zeros), no 0x
    std::string_view abiJson;           // the ABI as solc gives it

    // The constructor's parameters as one tuple type, and their names.
    abi::Type constructorTuple() const;
    std::vector<std::string> parameterNames() const;
    Bytes bytecode() const;
};

std::span<const ContractArtifact> contractArtifacts();
const ContractArtifact* findContractArtifact(std::string_view name);
// The ABIs of the contracts the program carries, to name the selectors, events and custom
// errors of cross-net calls between them.
const abi::AbiRegistry& contractAbis();

// The topology can give a constructor parameter of this type (address, a SubnetID tuple,
// uintN, bool, string)?
bool isSupportedArgType(const abi::Type& type);
// What a parameter of `type` takes, for messages ("an address: {contract: <name>}, ...").
std::string describeArgType(const abi::Type& type);
// A literal argument (ContractArg::Kind::Literal) of `type`; `quoted` says the YAML scalar was
// quoted. Throws ParseError saying what was expected.
abi::Value literalArg(const abi::Type& type, const std::string& text, bool quoted);

// A template contract with the address it gets.
struct PlannedContract {
    const ContractSpec* spec = nullptr;
    const ContractArtifact* artifact = nullptr;
    SubnetId subnet;
    std::string subnetName;
    EthAddress deployer;
    std::uint64_t nonce = 0;  // the deployer's nonce on that chain
    EthAddress address;
};

// The topology's contracts in `h` with their addresses (the deployer's nonces start at 0 on
// every chain at genesis). Throws ipc::Error for a contract whose subnet did not start.
std::vector<PlannedContract> planTemplateContracts(const Hierarchy& h);

// The constructor arguments of `c`, resolved against the plan (contract addresses, subnet ids,
// accounts) and ABI-encoded. Throws ipc::Error naming the contract and argument.
Bytes constructorArgs(const Hierarchy& h, const std::vector<PlannedContract>& plan,
                      const PlannedContract& c);

// Submits one creation transaction per template contract (they land in the first block of each
// chain); returns the plan. Throws ipc::Error (the hierarchy is then unusable) when a
// constructor would revert or a deployer's nonce is not the planned one. Called once by the
// Hierarchy constructor; a restored hierarchy has its contracts already.
std::vector<PlannedContract> deployTemplateContracts(Hierarchy& h);

// The "Contracts" section of `ipc-devnet up`'s banner: name, artifact, subnet, address. Empty
// when the topology deploys none.
std::string templateContractsBanner(const Hierarchy& h);

}  // namespace ipc::devnet
