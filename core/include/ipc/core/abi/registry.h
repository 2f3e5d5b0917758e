// The contracts of a project, from its build output: a Hardhat `artifacts/` directory or a
// Foundry `out/` directory. Each artifact gives a contract's name, ABI and deployed bytecode;
// the registry answers which function a selector calls, which event a topic is and which
// custom error revert data carries (for abi::describeRevert). Selectors two different
// signatures share are reported as clashes and never resolved by guessing.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "ipc/core/abi/revert.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/primitives/bytes.h"

namespace ipc::abi {

struct AbiFunction {
    std::string contract;
    FunctionSignature signature;  // name and input types
    std::vector<std::string> inputNames;
    Type outputs;                 // a tuple
    std::string stateMutability;  // "view", "pure", "nonpayable", "payable"
};

struct AbiEvent {
    std::string contract;
    FunctionSignature signature;
    std::vector<std::string> inputNames;
    std::vector<bool> indexed;
    bool anonymous = false;
    Hash32 topic;  // keccak256 of the canonical signature
};

struct ContractArtifact {
    std::string name;
    std::string sourceName;  // "contracts/Errors.sol"; empty when the artifact does not say
    std::string file;        // the artifact's path, as loaded
    Bytes deployedBytecode;  // empty for interfaces, abstract contracts and unlinked libraries
    std::vector<AbiFunction> functions;
    std::vector<AbiEvent> events;
    std::vector<FunctionSignature> errors;
};

class AbiRegistry {
public:
    // Every artifact under `dir` (Hardhat artifacts/ or Foundry out/): JSON files holding an
    // object with an "abi" array; Hardhat's *.dbg.json and the build-info directories are
    // skipped, as are JSON files that are no artifact (no "abi"). Throws ParseError naming the
    // file for an artifact that does not parse, and Error when `dir` is not a directory.
    static AbiRegistry loadDirectory(const std::filesystem::path& dir);

    // One artifact's JSON text; `file` names it in errors. Throws ParseError ("<file>: ...")
    // and leaves the registry unchanged when it does not parse.
    void addArtifact(std::string_view json, const std::string& file);

    const std::vector<ContractArtifact>& contracts() const { return contracts_; }
    // The functions with `selector` (more than one with different signatures: a clash).
    std::vector<const AbiFunction*> functions(const FixedBytes<4>& selector) const;
    std::vector<const AbiEvent*> events(const Hash32& topic) const;
    const ErrorRegistry& errors() const { return errors_; }
    // The contract whose deployed bytecode is `code` (immutables, which the artifact holds as
    // zeros, may differ), or null when none or more than one fits.
    const ContractArtifact* contractWithCode(ByteView code) const;
    // Selectors and topics shared by different signatures, one line each, functions first:
    // "function 0xa9059cbb: transfer(address,uint256) (Token) vs many_msg_babbage(bytes1) (Odd)".
    std::vector<std::string> clashes() const;

private:
    std::vector<ContractArtifact> contracts_;
    ErrorRegistry errors_;
};

}  // namespace ipc::abi
