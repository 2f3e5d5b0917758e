// The C++ side of the EVM differential test: reads cases in the exchange format (JSON Lines, see
// tests/js/evm-diff/README.md) from the file named by the one argument, or standard input, runs
// each as a depth-0 message call through ipc::evm::Executor, and prints one result line per case
// with the keys in the format's order. A malformed case stops the run with "line N: reason" on
// stderr and exit status 2.
//   ipc_evm_run [cases.jsonl]
#include <cpprest/json.h>

#include <fstream>
#include <iostream>
#include <limits>
#include <sstream>
#include <string>

#include "ipc/core/evm/executor.h"
#include "ipc/core/evm/precompiles.h"
#include "ipc/core/primitives/error.h"

namespace {

using namespace ipc;
using namespace ipc::evm;

class CaseError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

const web::json::value* field(const web::json::value& object, const char* name) {
    if (!object.has_field(name))
        return nullptr;
    return &object.at(name);
}

std::string text(const web::json::value& v, const std::string& what) {
    if (!v.is_string())
        throw CaseError(what + ": expected a string");
    return v.as_string();
}

Bytes hexBytes(const web::json::value& v, const std::string& what) {
    const std::string s = text(v, what);
    if (s.size() < 2 || s[0] != '0' || s[1] != 'x')
        throw CaseError(what + ": expected 0x-prefixed hex");
    try {
        return fromHex(s);
    } catch (const ParseError& e) {
        throw CaseError(what + ": " + e.what());
    }
}

Word quantity(const web::json::value& v, const std::string& what) {
    const std::string s = text(v, what);
    if (s.size() < 3 || s[0] != '0' || s[1] != 'x')
        throw CaseError(what + ": expected a quantity like 0x1f");
    try {
        return Word::fromU256(U256::parse(s));
    } catch (const ParseError& e) {
        throw CaseError(what + ": " + e.what());
    }
}

EthAddress addressOf(const web::json::value& v, const std::string& what) {
    const Bytes b = hexBytes(v, what);
    if (b.size() != 20)
        throw CaseError(what + ": expected 20 bytes");
    return EthAddress::fromBytes(b);
}

std::int64_t decimalGas(const web::json::value& v) {
    const std::string s = text(v, "gas");
    if (s.empty() || s.size() > 19 || s.find_first_not_of("0123456789") != std::string::npos)
        throw CaseError("gas: expected a decimal string up to 2^63-1");
    const U256 g = U256::parse(s);
    if (g > U256(static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())))
        throw CaseError("gas: exceeds 2^63-1");
    return static_cast<std::int64_t>(g.toUint64());
}

std::string quantityText(const Word& w) {
    return w.toU256().toQuantityHex();
}

void putStorage(MemoryBackend& backend, const EthAddress& at, const web::json::value* storage,
                const std::string& what) {
    if (storage == nullptr)
        return;
    if (!storage->is_object())
        throw CaseError(what + ": expected an object");
    for (const auto& [slot, value] : storage->as_object())
        backend.setStorage(at, quantity(web::json::value::string(slot), what + " key"),
                           quantity(value, what + "[" + slot + "]"));
}

// JSON string escaping for the one free-text field (the case name).
std::string jsonString(const std::string& s) {
    std::string out = "\"";
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += ch;
        }
    }
    return out + "\"";
}

std::string runCase(const web::json::value& c) {
    if (!c.is_object())
        throw CaseError("expected a JSON object");
    for (const char* required : {"name", "code", "input", "gas", "value", "caller", "address"}) {
        if (!c.has_field(required))
            throw CaseError(std::string(required) + ": missing");
    }
    const std::string name = text(c.at("name"), "name");
    const Bytes code = hexBytes(c.at("code"), "code");
    Bytes input = hexBytes(c.at("input"), "input");
    const std::int64_t gas = decimalGas(c.at("gas"));
    const Word value = quantity(c.at("value"), "value");
    const EthAddress caller = addressOf(c.at("caller"), "caller");
    const EthAddress to = addressOf(c.at("address"), "address");
    if (to == caller)
        throw CaseError("address: must differ from caller");
    const auto* balanceField = field(c, "balance");
    const Word balance = balanceField ? quantity(*balanceField, "balance") : Word();
    const auto* originField = field(c, "origin");
    const EthAddress origin = originField ? addressOf(*originField, "origin") : caller;
    const auto* priceField = field(c, "gasPrice");
    const Word gasPrice = priceField ? quantity(*priceField, "gasPrice") : Word(10);

    BlockContext block;
    block.number = 1;
    block.timestamp = 1000;
    block.coinbase = EthAddress::parse("0x000000000000000000000000000000000000c0de");
    block.gasLimit = 0x1c9c380;
    block.baseFee = Word(7);
    block.chainId = Word(31337);
    if (const auto* b = field(c, "block")) {
        if (!b->is_object())
            throw CaseError("block: expected an object");
        auto u64 = [](const Word& w, const char* what) {
            if (!w.fitsUint64())
                throw CaseError(std::string("block.") + what + ": does not fit in 64 bits");
            return w.w[0];
        };
        if (const auto* f = field(*b, "number"))
            block.number = u64(quantity(*f, "block.number"), "number");
        if (const auto* f = field(*b, "timestamp"))
            block.timestamp = u64(quantity(*f, "block.timestamp"), "timestamp");
        if (const auto* f = field(*b, "gasLimit"))
            block.gasLimit = u64(quantity(*f, "block.gasLimit"), "gasLimit");
        if (const auto* f = field(*b, "coinbase"))
            block.coinbase = addressOf(*f, "block.coinbase");
        if (const auto* f = field(*b, "baseFee"))
            block.baseFee = quantity(*f, "block.baseFee");
        if (const auto* f = field(*b, "prevRandao"))
            block.prevRandao = Word::fromBytes(hexBytes(*f, "block.prevRandao"));
        if (const auto* f = field(*b, "chainId"))
            block.chainId = quantity(*f, "block.chainId");
    }

    MemoryBackend backend;
    bool callerListed = false;
    if (const auto* accounts = field(c, "accounts")) {
        if (!accounts->is_array())
            throw CaseError("accounts: expected an array");
        int i = 0;
        for (const auto& a : accounts->as_array()) {
            const std::string what = "accounts[" + std::to_string(i++) + "]";
            if (!a.is_object() || !a.has_field("address"))
                throw CaseError(what + ": expected an object with an address");
            const EthAddress at = addressOf(a.at("address"), what + ".address");
            if (at == to || backend.accounts().count(at) != 0)
                throw CaseError(what + ".address: listed twice or is the called address");
            callerListed = callerListed || at == caller;
            MemoryBackend::Account& account = backend.put(at);
            if (const auto* f = field(a, "balance"))
                account.balance = quantity(*f, what + ".balance");
            if (const auto* f = field(a, "nonce")) {
                if (!f->is_integer() || f->as_number().to_int64() < 0)
                    throw CaseError(what + ".nonce: expected a non-negative integer");
                account.nonce = f->as_number().to_uint64();
            }
            if (const auto* f = field(a, "code"))
                account.code = Code::make(hexBytes(*f, what + ".code"));
            putStorage(backend, at, field(a, "storage"), what + ".storage");
        }
    }
    if (!callerListed)
        backend.put(caller).balance = Word::fromU256(U256::parse("1000000000000000000000000"));
    MemoryBackend::Account& contract = backend.put(to);
    contract.balance = balance;
    contract.code = Code::make(code);
    putStorage(backend, to, field(c, "storage"), "storage");

    JournaledState state(backend);
    Executor executor(state, block, TxContext{origin, gasPrice});
    for (const EthAddress& warm : {origin, caller, to, block.coinbase})
        state.warmAddress(warm);
    for (std::uint8_t i = 1; i <= kLastPrecompile; ++i) {
        FixedBytes<20> a;
        a.bytes[19] = i;
        state.warmAddress(EthAddress(a));
    }
    Message m;
    m.kind = CallKind::Call;
    m.gas = gas;
    m.sender = caller;
    m.recipient = to;
    m.codeAddress = to;
    m.value = value;
    m.input = std::move(input);
    const CallResult r = executor.call(m);
    const bool success = r.success();
    const std::int64_t refund = success ? state.refund() : 0;
    const std::vector<Log> logs = success ? state.logs() : std::vector<Log>{};
    backend.apply(state.finishTransaction());

    std::ostringstream out;
    out << "{\"name\":" << jsonString(name) << ",\"success\":" << (success ? "true" : "false")
        << ",\"output\":\""
        << (success || r.status == Status::Revert ? toHex(r.output) : std::string("0x"))
        << "\",\"gasUsed\":\"" << (gas - r.gasLeft) << "\",\"refund\":\"" << refund
        << "\",\"logs\":[";
    for (std::size_t i = 0; i < logs.size(); ++i) {
        out << (i ? "," : "") << "{\"address\":\"" << logs[i].address.hex() << "\",\"topics\":[";
        for (std::size_t t = 0; t < logs[i].topics.size(); ++t)
            out << (t ? "," : "") << "\"" << logs[i].topics[t].hex() << "\"";
        out << "],\"data\":\"" << toHex(logs[i].data) << "\"}";
    }
    out << "],\"state\":{";
    bool first = true;
    for (const auto& [at, account] : backend.accounts()) {
        out << (first ? "" : ",") << "\"" << at.hex() << "\":{\"balance\":\""
            << quantityText(account.balance) << "\",\"nonce\":" << account.nonce << ",\"code\":\""
            << toHex(account.code->bytes) << "\",\"storage\":{";
        first = false;
        bool firstSlot = true;
        for (const auto& [slot, v] : account.storage) {
            out << (firstSlot ? "" : ",") << "\"" << quantityText(Word::load32(slot.data()))
                << "\":\"" << quantityText(v) << "\"";
            firstSlot = false;
        }
        out << "}}";
    }
    out << "}}";
    return out.str();
}

}  // namespace

int main(int argc, char** argv) {
    std::ifstream file;
    if (argc > 1) {
        file.open(argv[1]);
        if (!file) {
            std::cerr << "cannot open " << argv[1] << "\n";
            return 2;
        }
    }
    std::istream& in = argc > 1 ? static_cast<std::istream&>(file) : std::cin;
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        web::json::value c;
        try {
            c = web::json::value::parse(line);
        } catch (const std::exception& e) {
            std::cerr << "line " << lineNo << ": not JSON: " << e.what() << "\n";
            return 2;
        }
        try {
            std::cout << runCase(c) << "\n";
        } catch (const std::exception& e) {
            std::cerr << "line " << lineNo << ": " << e.what() << "\n";
            return 2;
        }
    }
    std::cout.flush();
    return 0;
}
