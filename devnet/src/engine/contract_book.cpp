// The ABIs the devnet reads contracts with: the carried contracts' and a linked project's.
#include "ipc/devnet/contract_book.h"

#include "ipc/core/abi/revert.h"
#include "ipc/core/ipc/errors.h"
#include "ipc/core/primitives/error.h"
#include "ipc/devnet/template_contracts.h"

namespace ipc::devnet {

namespace {

void addErrors(abi::ErrorRegistry& into, const abi::AbiRegistry& from) {
    for (const auto& c : from.contracts()) {
        for (const auto& e : c.errors)
            into.add(e.canonical(), c.name);
    }
}

// The one signature `found` holds (several contracts may declare the same one), or null when
// none or two different signatures share the selector.
template <class T>
const T* single(const std::vector<const T*>& found) {
    if (found.empty())
        return nullptr;
    const std::string first = found.front()->signature.canonical();
    for (const T* f : found) {
        if (f->signature.canonical() != first)
            return nullptr;
    }
    return found.front();
}

// Indexed parameters of these types are in the topic itself; others only as their hash.
bool isValueType(const abi::Type& t) {
    switch (t.kind()) {
        case abi::Type::Kind::Uint:
        case abi::Type::Kind::Int:
        case abi::Type::Kind::Address:
        case abi::Type::Kind::Bool:
        case abi::Type::Kind::FixedBytes:
            return true;
        default:
            return false;
    }
}

}  // namespace

ContractBook::ContractBook() {
    addErrors(errors_, contractAbis());
    for (const char* signature : protocol::ipcErrorSignatures())
        errors_.add(signature, "IPC gateway");
}

std::shared_ptr<const ContractBook> ContractBook::link(const std::string& directory) {
    if (directory.empty())
        throw Error("no directory given to link contracts from");
    auto book = std::make_shared<ContractBook>();
    book->project_ =
        std::make_shared<const abi::AbiRegistry>(abi::AbiRegistry::loadDirectory(directory));
    book->directory_ = directory;
    addErrors(book->errors_, *book->project_);
    return book;
}

std::shared_ptr<const ContractBook> ContractBook::linkOrExplain(const std::string& directory) {
    try {
        return link(directory);
    } catch (const std::exception& e) {
        auto book = std::make_shared<ContractBook>();
        book->directory_ = directory;
        book->linkError_ = e.what();
        return book;
    }
}

const std::vector<abi::ContractArtifact>& ContractBook::projectContracts() const {
    static const std::vector<abi::ContractArtifact> none;
    return project_ ? project_->contracts() : none;
}

std::vector<std::string> ContractBook::clashes() const {
    return project_ ? project_->clashes() : std::vector<std::string>{};
}

const abi::ContractArtifact* ContractBook::contractWithCode(ByteView code) const {
    if (project_) {
        if (const auto* c = project_->contractWithCode(code))
            return c;
    }
    return contractAbis().contractWithCode(code);
}

std::string ContractBook::nameOfCode(const evm::CodePtr& code) const {
    if (!code || code->bytes.empty())
        return {};
    const abi::ContractArtifact* c = contractWithCode(code->bytes);
    return c != nullptr ? c->name : std::string();
}

const abi::AbiFunction* ContractBook::function(ByteView calldata) const {
    if (calldata.size() < 4)
        return nullptr;
    const auto selector = FixedBytes<4>::fromBytes(Bytes(calldata.begin(), calldata.begin() + 4));
    if (project_) {
        const auto found = project_->functions(selector);
        if (!found.empty())
            return single(found);
    }
    return single(contractAbis().functions(selector));
}

const abi::AbiEvent* ContractBook::event(const chain::Log& log) const {
    if (log.topics.empty())
        return nullptr;
    if (project_) {
        const auto found = project_->events(log.topics.front());
        if (!found.empty())
            return single(found);
    }
    return single(contractAbis().events(log.topics.front()));
}

std::string ContractBook::callText(ByteView calldata) const {
    const abi::AbiFunction* f = function(calldata);
    if (f == nullptr)
        return {};
    try {
        const auto values = abi::decodeCall(f->signature.canonical(), calldata);
        return f->signature.name + "(" +
               namedValuesText(f->signature.params, f->inputNames, values) + ")";
    } catch (const Error&) {
        return f->signature.canonical();
    }
}

std::string ContractBook::eventText(const chain::Log& log) const {
    const abi::AbiEvent* e = event(log);
    if (e == nullptr)
        return {};
    const auto& types = e->signature.params.components();
    // Indexed parameters are topics (dynamic ones only as their hash); the rest is the data.
    std::vector<abi::Type> dataTypes;
    for (std::size_t i = 0; i < types.size(); ++i) {
        if (i >= e->indexed.size() || !e->indexed[i])
            dataTypes.push_back(types[i]);
    }
    try {
        const abi::Value data = abi::decode(abi::Type::tuple(dataTypes), log.data);
        std::string out = e->signature.name + "(";
        std::size_t topic = 1;
        std::size_t item = 0;
        for (std::size_t i = 0; i < types.size(); ++i) {
            const std::string name = i < e->inputNames.size() ? e->inputNames[i] : "";
            std::string value;
            if (i < e->indexed.size() && e->indexed[i]) {
                if (topic >= log.topics.size())
                    return {};
                const Hash32& t = log.topics[topic++];
                value = isValueType(types[i])
                            ? abi::formatValue(types[i], abi::decodeSingle(types[i], t.bytes))
                            : t.hex();  // only the hash of the value is in the log
            } else {
                value = abi::formatValue(types[i], data.at(item++));
            }
            out += (i == 0 ? "" : ", ") + (name.empty() ? value : name + ": " + value);
        }
        return out + ")";
    } catch (const Error&) {
        return {};
    }
}

std::string ContractBook::revertText(ByteView data) const {
    return abi::describeRevert(data, &errors_);
}

std::string namedValuesText(const abi::Type& types, const std::vector<std::string>& names,
                            const std::vector<abi::Value>& values) {
    std::string out;
    const auto& components = types.components();
    for (std::size_t i = 0; i < values.size() && i < components.size(); ++i) {
        const std::string value = abi::formatValue(components[i], values[i]);
        const bool named = i < names.size() && !names[i].empty();
        out += (i == 0 ? "" : ", ") + (named ? names[i] + ": " + value : value);
    }
    return out;
}

}  // namespace ipc::devnet
