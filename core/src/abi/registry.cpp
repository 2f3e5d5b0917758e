// Loading a project's contracts (name, ABI, bytecode) from Hardhat or Foundry build output.
#include "ipc/core/abi/registry.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/primitives/error.h"
#include "json_value.h"

namespace ipc::abi {

namespace {

// The canonical type text of one ABI JSON parameter: "uint256", or for tuples the components'
// types in parentheses followed by the array suffix of "tuple[2][]".
std::string typeText(const json::Value& param, int depth = 0) {
    if (depth > 64)
        throw ParseError("ABI parameter types nested too deeply");
    const json::Value* type = param.find("type");
    if (type == nullptr || !type->isString())
        throw ParseError("an ABI parameter has no \"type\"");
    const std::string& t = type->text;
    if (t.rfind("tuple", 0) != 0)
        return t;
    const json::Value* components = param.find("components");
    if (components == nullptr || !components->isArray())
        throw ParseError("tuple parameter without \"components\"");
    std::string out = "(";
    for (std::size_t i = 0; i < components->items.size(); ++i)
        out += (i == 0 ? "" : ",") + typeText(components->items[i], depth + 1);
    return out + ")" + t.substr(5);
}

std::string nameOf(const json::Value& v) {
    const json::Value* name = v.find("name");
    return name != nullptr && name->isString() ? name->text : std::string();
}

const std::vector<json::Value>& listOf(const json::Value& v, std::string_view key) {
    static const std::vector<json::Value> none;
    const json::Value* list = v.find(key);
    if (list == nullptr || list->kind == json::Value::Kind::Null)
        return none;
    if (!list->isArray())
        throw ParseError("\"" + std::string(key) + "\" is not an array");
    return list->items;
}

// "name(T1,...)" from an ABI entry, checked by FunctionSignature::parse.
FunctionSignature signatureOf(const json::Value& entry, std::vector<std::string>& names) {
    std::string text = nameOf(entry) + "(";
    bool first = true;
    for (const json::Value& input : listOf(entry, "inputs")) {
        text += (first ? "" : ",") + typeText(input);
        names.push_back(nameOf(input));
        first = false;
    }
    return FunctionSignature::parse(text + ")");
}

Bytes bytecodeOf(const json::Value& artifact) {
    const json::Value* code = artifact.find("deployedBytecode");
    if (code != nullptr && code->isObject())  // Foundry: {"object": "0x..", ...}
        code = code->find("object");
    if (code == nullptr || !code->isString() || code->text.empty())
        return {};
    try {
        return fromHex(code->text.rfind("0x", 0) == 0 ? code->text : "0x" + code->text);
    } catch (const Error&) {
        return {};  // library placeholders (__$...$__): not deployable as it is
    }
}

std::string stemOf(const std::string& file) {
    const std::filesystem::path p(file);
    return p.stem().string();
}

}  // namespace

void AbiRegistry::addArtifact(std::string_view text, const std::string& file) {
    ContractArtifact c;
    ErrorRegistry errors = errors_;
    try {
        const json::Value doc = json::parse(text);
        if (!doc.isObject())
            throw ParseError("not a JSON object");
        const json::Value* abi = doc.find("abi");
        if (abi == nullptr || !abi->isArray())
            throw ParseError("no \"abi\" array");
        const json::Value* name = doc.find("contractName");
        c.name = name != nullptr && name->isString() ? name->text : stemOf(file);
        const json::Value* source = doc.find("sourceName");
        if (source != nullptr && source->isString())
            c.sourceName = source->text;
        c.file = file;
        c.deployedBytecode = bytecodeOf(doc);
        for (const json::Value& entry : abi->items) {
            if (!entry.isObject())
                throw ParseError("an \"abi\" entry is not an object");
            const json::Value* type = entry.find("type");
            const std::string kind = type != nullptr && type->isString() ? type->text : "function";
            if (kind == "function") {
                AbiFunction f;
                f.contract = c.name;
                f.signature = signatureOf(entry, f.inputNames);
                std::string outputs = "(";
                bool first = true;
                for (const json::Value& output : listOf(entry, "outputs")) {
                    outputs += (first ? "" : ",") + typeText(output);
                    first = false;
                }
                f.outputs = Type::parse(outputs + ")");
                const json::Value* mut = entry.find("stateMutability");
                f.stateMutability = mut != nullptr && mut->isString() ? mut->text : "nonpayable";
                c.functions.push_back(std::move(f));
            } else if (kind == "event") {
                AbiEvent e;
                e.contract = c.name;
                e.signature = signatureOf(entry, e.inputNames);
                for (const json::Value& input : listOf(entry, "inputs")) {
                    const json::Value* indexed = input.find("indexed");
                    e.indexed.push_back(indexed != nullptr && indexed->boolean);
                }
                const json::Value* anonymous = entry.find("anonymous");
                e.anonymous = anonymous != nullptr && anonymous->boolean;
                e.topic = keccak256(asBytes(e.signature.canonical()));
                c.events.push_back(std::move(e));
            } else if (kind == "error") {
                std::vector<std::string> names;
                FunctionSignature sig = signatureOf(entry, names);
                errors.add(sig.canonical(), c.name);
                c.errors.push_back(std::move(sig));
            }
            // constructor, fallback, receive: nothing to look up by selector
        }
    } catch (const ParseError& e) {
        throw ParseError(file + ": " + e.what());
    }
    contracts_.push_back(std::move(c));
    errors_ = std::move(errors);
}

AbiRegistry AbiRegistry::loadDirectory(const std::filesystem::path& dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        throw Error(dir.string() + " is not a directory");
    std::vector<std::filesystem::path> files;
    auto it = std::filesystem::recursive_directory_iterator(dir, ec);
    if (ec)
        throw Error("cannot read " + dir.string() + ": " + ec.message());
    for (; it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (ec)
            throw Error("cannot read " + dir.string() + ": " + ec.message());
        const std::filesystem::path& p = it->path();
        if (it->is_directory() && p.filename() == "build-info") {
            it.disable_recursion_pending();
            continue;
        }
        const std::string name = p.filename().string();
        if (it->is_regular_file() && p.extension() == ".json" && !name.ends_with(".dbg.json"))
            files.push_back(p);
    }
    std::sort(files.begin(), files.end());  // the same registry whatever the directory order
    AbiRegistry out;
    for (const auto& p : files) {
        std::ifstream in(p, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        if (!in)
            throw Error("cannot read " + p.string());
        const std::string json = text.str();
        // JSON that is no artifact (caches, metadata) is not the project's business here; an
        // artifact that does not parse is.
        try {
            const json::Value doc = json::parse(json);
            if (!doc.isObject() || doc.find("abi") == nullptr)
                continue;
        } catch (const ParseError& e) {
            throw ParseError(p.string() + ": " + e.what());
        }
        out.addArtifact(json, p.string());
    }
    return out;
}

std::vector<const AbiFunction*> AbiRegistry::functions(const FixedBytes<4>& selector) const {
    std::vector<const AbiFunction*> out;
    for (const auto& c : contracts_)
        for (const auto& f : c.functions)
            if (f.signature.selector() == selector)
                out.push_back(&f);
    return out;
}

std::vector<const AbiEvent*> AbiRegistry::events(const Hash32& topic) const {
    std::vector<const AbiEvent*> out;
    for (const auto& c : contracts_)
        for (const auto& e : c.events)
            if (e.topic == topic)
                out.push_back(&e);
    return out;
}

const ContractArtifact* AbiRegistry::contractWithCode(ByteView code) const {
    if (code.empty())
        return nullptr;
    for (const auto& c : contracts_)
        if (std::equal(c.deployedBytecode.begin(), c.deployedBytecode.end(), code.begin(),
                       code.end()))
            return &c;
    // Immutables: the artifact holds zeros where the constructor wrote their values, so the
    // code on chain differs from it only in bytes the artifact has as zero.
    const ContractArtifact* found = nullptr;
    for (const auto& c : contracts_) {
        const Bytes& a = c.deployedBytecode;
        if (a.size() != code.size())
            continue;
        bool same = true;
        for (std::size_t i = 0; i < a.size() && same; ++i)
            same = a[i] == code[i] || a[i] == 0;
        if (!same)
            continue;
        if (found != nullptr)
            return nullptr;  // two artifacts fit: never guess
        found = &c;
    }
    return found;
}

std::vector<std::string> AbiRegistry::clashes() const {
    // selector -> signature -> contracts
    std::map<FixedBytes<4>, std::map<std::string, std::set<std::string>>> bySelector;
    for (const auto& c : contracts_)
        for (const auto& f : c.functions)
            bySelector[f.signature.selector()][f.signature.canonical()].insert(c.name);
    std::vector<std::string> out;
    for (const auto& [selector, signatures] : bySelector) {
        if (signatures.size() < 2)
            continue;
        std::string line = "function " + selector.hex() + ":";
        const char* sep = " ";
        for (const auto& [signature, where] : signatures) {
            std::string from;
            for (const auto& w : where)
                from += (from.empty() ? "" : ", ") + w;
            line += sep + signature + " (" + from + ")";
            sep = " vs ";
        }
        out.push_back(std::move(line));
    }
    for (const std::string& e : errors_.clashes())
        out.push_back("error " + e);
    return out;
}

}  // namespace ipc::abi
