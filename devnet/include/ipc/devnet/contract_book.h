// The ABIs the devnet reads contracts with: those of the contracts it carries (its templates'
// example contracts) and, once linked, a project's build output (a Hardhat `artifacts/` or a
// Foundry `out/` directory: LinkContractsCommand, File › Link Contracts… in the app). From them
// it names contracts by their code, and decodes calldata, events and custom errors. The linked
// project is asked first; a selector, topic or error that two signatures share is left
// undecoded, never guessed.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ipc/core/abi/registry.h"
#include "ipc/core/chain/block.h"
#include "ipc/core/evm/state.h"
#include "ipc/core/primitives/bytes.h"

namespace ipc::devnet {

class ContractBook {
public:
    // The carried contracts only.
    ContractBook();
    // The carried contracts and the project at `directory`. Throws (ipc::Error, ParseError
    // naming the artifact) when the directory does not load.
    static std::shared_ptr<const ContractBook> link(const std::string& directory);
    // link(), or when `directory` does not load, the carried contracts only with the directory
    // and why it did not load kept (a workspace's remembered link whose build is gone).
    static std::shared_ptr<const ContractBook> linkOrExplain(const std::string& directory);

    // The linked directory as given, empty when none is linked.
    const std::string& directory() const { return directory_; }
    // Why the directory did not load (linkOrExplain); empty when it did.
    const std::string& linkError() const { return linkError_; }
    // The linked project's contracts (empty when none is linked).
    const std::vector<abi::ContractArtifact>& projectContracts() const;
    // Selectors, topics and errors that two signatures of the project share.
    std::vector<std::string> clashes() const;

    // The artifact whose deployed code is `code`, from the project or the carried contracts.
    const abi::ContractArtifact* contractWithCode(ByteView code) const;
    // That artifact's name; empty for no code or code no known artifact has.
    std::string nameOfCode(const evm::CodePtr& code) const;
    // The one function `calldata`'s selector calls, or null (unknown, or a clash).
    const abi::AbiFunction* function(ByteView calldata) const;
    // The one event a log's first topic names, or null.
    const abi::AbiEvent* event(const chain::Log& log) const;

    // "transfer(to: 0x…, amount: 5)", or "transfer(address,uint256)" with the arguments left
    // out when they do not decode; empty when no known function has the selector.
    std::string callText(ByteView calldata) const;
    // "Transfer(from: 0x…, to: 0x…, value: 5)"; empty when the event is unknown or its data
    // does not decode as the event says.
    std::string eventText(const chain::Log& log) const;
    // Revert data in words, custom errors of the project and the carried contracts by name
    // (abi::describeRevert).
    std::string revertText(ByteView data) const;
    // Every custom error either side knows.
    const abi::ErrorRegistry& errors() const { return errors_; }

private:
    std::string directory_;
    std::string linkError_;
    std::shared_ptr<const abi::AbiRegistry> project_;
    abi::ErrorRegistry errors_;
};

// "name: value, …" for `values` of the tuple `types` (names may be empty: values alone).
std::string namedValuesText(const abi::Type& types, const std::vector<std::string>& names,
                            const std::vector<abi::Value>& values);

}  // namespace ipc::devnet
