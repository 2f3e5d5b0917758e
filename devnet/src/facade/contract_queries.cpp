// The engine's answers to the contract queries of queries.h: the linked project, a contract's
// functions, calls at the head, call traces and storage slots.
#include <algorithm>

#include "ipc/core/abi/revert.h"
#include "ipc/core/abi/value_input.h"
#include "ipc/core/primitives/error.h"
#include "ipc/devnet/contract_book.h"
#include "ipc/devnet/contract_calls.h"
#include "ipc/devnet/query_answers.h"

namespace ipc::devnet {

namespace {

LinkedContracts linkedContracts(const ContractBook& book) {
    LinkedContracts out;
    out.directory = book.directory();
    for (const auto& c : book.projectContracts())
        out.contracts.push_back(c.name);
    out.clashes = book.clashes();
    out.error = book.linkError();
    return out;
}

const abi::ContractArtifact* projectContract(const ContractBook& book, const std::string& name) {
    for (const auto& c : book.projectContracts()) {
        if (c.name == name)
            return &c;
    }
    throw Error("no contract '" + name + "' in the linked project");
}

ContractFunctionView functionView(const abi::AbiFunction& f) {
    ContractFunctionView v;
    v.signature = f.signature.canonical();
    v.name = f.signature.name;
    v.inputNames = f.inputNames;
    for (const abi::Type& t : f.signature.params.components()) {
        v.inputTypes.push_back(t.canonical());
        v.inputHints.push_back(abi::inputHint(t));
    }
    for (const abi::Type& t : f.outputs.components())
        v.outputTypes.push_back(t.canonical());
    v.stateMutability = f.stateMutability;
    return v;
}

// Why a frame or call failed, in words.
std::string failureText(evm::Status status, ByteView output, const ContractBook& book) {
    if (status == evm::Status::Revert)
        return book.revertText(output);
    return std::string(evm::statusName(status));
}

std::string rawLogText(const evm::Log& l) {
    std::string out = "log of " + l.address.toChecksumHex();
    for (const Hash32& t : l.topics)
        out += " " + t.hex();
    return out;
}

CallFrameView frameView(const evm::CallFrame& f, const SubnetNode& n, const ContractBook& book) {
    CallFrameView v;
    v.type = callTypeName(f.kind);
    v.from = f.from;
    v.to = f.to;
    v.value = f.value.toU256();
    v.gas = static_cast<std::uint64_t>(std::max<std::int64_t>(f.gas, 0));
    v.gasUsed = static_cast<std::uint64_t>(std::max<std::int64_t>(f.gasUsed, 0));
    v.input = f.input;
    v.output = f.output;
    v.contractName = book.nameOfCode(n.chain->state().code(f.to));
    const bool creates = f.kind == evm::CallKind::Create || f.kind == evm::CallKind::Create2;
    if (!creates)
        v.method = book.callText(f.input);
    v.failed = f.status != evm::Status::Success;
    if (v.failed)
        v.error = failureText(f.status, f.output, book);
    for (const evm::CallLog& l : f.logs) {
        const chain::Log log{l.log.address, l.log.topics, l.log.data};
        std::string text = book.eventText(log);
        v.logs.push_back(text.empty() ? rawLogText(l.log) : std::move(text));
    }
    for (const evm::CallFrame& inner : f.calls)
        v.calls.push_back(frameView(inner, n, book));
    return v;
}

}  // namespace

Bytes encodeFunctionCall(const ContractFunctionView& function,
                         const std::vector<std::string>& args) {
    const auto sig = abi::FunctionSignature::parse(function.signature);
    const auto values = abi::parseArguments(sig.params, args, function.inputNames);
    return abi::encodeCall(sig.canonical(), values);
}

TransactionQuery::Result answer(Hierarchy& h, const TransactionQuery& q) {
    const SubnetNode& n = requireSubnet(h, q.subnet);
    const auto loc = n.chain->findTx(q.tx);
    if (!loc)
        return std::nullopt;
    TransactionPage page = makeTransactionPage(n, loc->block, SIZE_MAX, 1, &h.contractBook());
    for (auto& t : page.transactions) {
        if (t.hash == q.tx)
            return std::move(t);
    }
    return std::nullopt;
}

LinkedContractsQuery::Result answer(Hierarchy& h, const LinkedContractsQuery&) {
    return linkedContracts(h.contractBook());
}

LinkContractsCommand::Result answer(Hierarchy& h, const LinkContractsCommand& q) {
    // Loaded before anything changes: a directory that does not load leaves the link as it was.
    auto book = q.directory.empty() ? std::make_shared<const ContractBook>()
                                    : ContractBook::link(q.directory);
    h.setContractBook(book);
    return linkedContracts(*book);
}

ContractDetailQuery::Result answer(Hierarchy& h, const ContractDetailQuery& q) {
    const SubnetNode& n = requireSubnet(h, q.subnet);
    const evm::CodePtr& code = n.chain->state().code(q.address);
    if (!code || code->bytes.empty())
        return std::nullopt;
    const ContractBook& book = h.contractBook();
    ContractDetailView v;
    v.address = q.address;
    v.codeSize = code->bytes.size();
    v.balance = n.chain->state().balance(q.address);
    const abi::ContractArtifact* artifact =
        q.as.empty() ? book.contractWithCode(code->bytes) : projectContract(book, q.as);
    for (const auto& c : book.projectContracts()) {
        if (!c.functions.empty())
            v.knownContracts.push_back(c.name);
    }
    std::sort(v.knownContracts.begin(), v.knownContracts.end());
    v.knownContracts.erase(std::unique(v.knownContracts.begin(), v.knownContracts.end()),
                           v.knownContracts.end());
    if (artifact == nullptr)
        return v;
    v.name = artifact->name;
    v.source = artifact->sourceName;
    for (const auto& f : artifact->functions)
        v.functions.push_back(functionView(f));
    std::stable_sort(v.functions.begin(), v.functions.end(),
                     [](const ContractFunctionView& a, const ContractFunctionView& b) {
                         if (a.readOnly() != b.readOnly())
                             return a.readOnly();
                         return a.name < b.name;
                     });
    for (const auto& e : artifact->events)
        v.events.push_back(e.signature.canonical());
    for (const auto& e : artifact->errors)
        v.errors.push_back(e.canonical());
    return v;
}

ReadContractQuery::Result answer(Hierarchy& h, const ReadContractQuery& q) {
    const SubnetNode& n = requireSubnet(h, q.subnet);
    if (!n.chain->runsEvm(q.address))
        throw Error(q.address.toChecksumHex() + " holds no contract code on " + n.name);
    const auto sig = abi::FunctionSignature::parse(q.signature);
    const ContractBook& book = h.contractBook();
    // The function as the contract's own ABI declares it (for its outputs and parameter names),
    // else as any known ABI does.
    const abi::AbiFunction* f = nullptr;
    const evm::CodePtr& code = n.chain->state().code(q.address);
    if (const auto* artifact = book.contractWithCode(code->bytes)) {
        for (const auto& candidate : artifact->functions) {
            if (candidate.signature.canonical() == sig.canonical())
                f = &candidate;
        }
    }
    ContractFunctionView fv;
    fv.signature = sig.canonical();
    if (f == nullptr) {
        f = book.function(sig.selector().bytes);
        if (f != nullptr && f->signature.canonical() != sig.canonical())
            f = nullptr;
    }
    if (f != nullptr)
        fv.inputNames = f->inputNames;
    chain::EvmCall call;
    call.data = encodeFunctionCall(fv, q.args);
    call.from = q.from.value_or(EthAddress{});
    call.to = q.address;
    call.value = q.value;
    call.gas = kCallGasCap;
    const evm::TxResult res = n.chain->simulate(call, nextTimestampMs(n));
    if (!res.valid)
        throw Error(res.error);
    ContractCallView v;
    v.gasUsed = static_cast<std::uint64_t>(res.gasUsed);
    v.returnData = res.output;
    v.success = res.status == evm::Status::Success;
    if (!v.success) {
        v.revert = failureText(res.status, res.output, book);
        return v;
    }
    if (f == nullptr) {
        v.outputs.push_back(toHex(res.output));
        return v;
    }
    try {
        const abi::Value out = abi::decode(f->outputs, res.output);
        const auto& types = f->outputs.components();
        for (std::size_t i = 0; i < types.size(); ++i)
            v.outputs.push_back(abi::formatValue(types[i], out.at(i)));
    } catch (const Error&) {
        v.outputs = {toHex(res.output)};  // not what the ABI says it returns: shown raw
    }
    return v;
}

CallTraceQuery::Result answer(Hierarchy& h, const CallTraceQuery& q) {
    const SubnetNode& n = requireSubnet(h, q.subnet);
    evm::CallTracer tracer;
    const MinedRun run = rerunMined(n, q.tx, &tracer);
    evm::CallFrame top;
    if (run.nativeFrame) {
        top = *run.nativeFrame;
    } else if (tracer.root()) {
        top = *tracer.root();
    } else {
        throw Error("transaction " + q.tx.hex() + " ran no call to trace");
    }
    // The top frame counts what the transaction paid, intrinsic gas included (as callTracer).
    top.gas = static_cast<std::int64_t>(run.gasLimit);
    top.gasUsed = static_cast<std::int64_t>(run.gasUsed);
    return frameView(top, n, h.contractBook());
}

StorageQuery::Result answer(Hierarchy& h, const StorageQuery& q) {
    const SubnetNode& n = requireSubnet(h, q.subnet);
    return n.chain->state().storageAt(q.address, evm::Word::fromHash(q.slot)).toHash();
}

}  // namespace ipc::devnet
