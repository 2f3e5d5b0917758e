// `ipc-devnet wallet|subnet|cross-msg|checkpoint|config …`: ipc-cli's commands, named as ipc-cli
// names them, against a running `ipc-devnet up` over JSON-RPC. Reads go through the ipc_ and
// eth_ methods; state changes are signed EIP-1559 transactions to the same gateway and subnet
// actors ipc-cli calls, so what works here works with ipc-cli and the other way round. Keys live
// in ipc-cli's own evm_keystore.json format; the anvil accounts are always at hand as 0..9.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "ipc/cli/cli.h"
#include "ipc/cli/commands.h"
#include "ipc/core/abi/revert.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/crypto/bip32.h"
#include "ipc/core/crypto/bip39.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/ipc/calls.h"
#include "ipc/core/ipc/contracts.h"
#include "ipc/core/ipc/events.h"
#include "ipc/core/ipc/gateway.h"
#include "ipc/core/ipc/types.h"
#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/fvm_address.h"
#include "ipc/core/primitives/subnet_id.h"
#include "ipc/core/primitives/token_amount.h"
#include "ipc/devnet/ipc_cli_keystore.h"
#include "ipc/devnet/json_fields.h"
#include "ipc/devnet/rpc/client.h"
#include "ipc/devnet/subnet_calls.h"

namespace ipc::cli {

namespace {

namespace rpc = devnet::rpc;
namespace fs = std::filesystem;
using Json = web::json::value;

constexpr const char* kDefaultRpc = "http://127.0.0.1:8545";
constexpr std::uint32_t kAnvilAccounts = 10;
constexpr std::uint64_t kListLimit = 1000;  // the ipc_ methods' largest page

// ---------------------------------------------------------------- output

// Columns padded to the widest cell, two spaces apart; amounts right-aligned.
class Table {
public:
    explicit Table(std::vector<std::string> headers) { rows_.push_back(std::move(headers)); }
    void alignRight(std::size_t column) { right_.push_back(column); }
    void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
    bool empty() const { return rows_.size() == 1; }

    void print(std::ostream& out) const {
        std::vector<std::size_t> width;
        for (const auto& r : rows_) {
            width.resize(std::max(width.size(), r.size()), 0);
            for (std::size_t i = 0; i < r.size(); ++i)
                width[i] = std::max(width[i], r[i].size());
        }
        for (const auto& r : rows_) {
            std::string line;
            for (std::size_t i = 0; i < r.size(); ++i) {
                const std::string pad(width[i] - r[i].size(), ' ');
                const bool right = std::find(right_.begin(), right_.end(), i) != right_.end();
                line += right ? pad + r[i] : r[i] + pad;
                if (i + 1 < r.size())
                    line += "  ";
            }
            line.erase(line.find_last_not_of(' ') + 1);
            out << line << "\n";
        }
    }

private:
    std::vector<std::vector<std::string>> rows_;
    std::vector<std::size_t> right_;
};

void printJson(std::ostream& out, const Json& j) {
    out << j.serialize() << "\n";
}

// Server JSON read leniently: a field that is missing or of another type reads as "-" or 0, so
// a newer devnet with more (or renamed) fields never crashes an older client.
std::string text(const Json& o, const char* key) {
    if (!o.is_object() || !o.has_field(key))
        return "-";
    const Json& v = o.at(key);
    if (v.is_string())
        return v.as_string();
    if (v.is_null())
        return "-";
    if (v.is_boolean())
        return v.as_bool() ? "yes" : "no";
    return v.serialize();
}

std::uint64_t number(const Json& v) {
    if (v.is_number() && v.as_number().is_uint64())
        return v.as_number().to_uint64();
    if (v.is_string()) {
        try {
            return U256::parse(v.as_string()).toUint64();
        } catch (const Error&) {
            return 0;
        }
    }
    return 0;
}

std::uint64_t number(const Json& o, const char* key) {
    return o.is_object() && o.has_field(key) ? number(o.at(key)) : 0;
}

U256 quantity(const Json& v, const char* what) {
    if (!v.is_string())
        throw Error(std::string("the devnet answered a non-quantity for ") + what);
    return U256::parse(v.as_string());
}

// ---------------------------------------------------------------- input

TokenAmount parseAmount(const std::string& s, const char* option, bool allowZero = false) {
    TokenAmount a;
    try {
        a = TokenAmount::parse(s);
    } catch (const ParseError& e) {
        throw ParseError(std::string(option) + " " + s + ": " + e.what());
    }
    if (!allowZero && a.isZero())
        throw ParseError(std::string(option) + " must be more than 0 FIL");
    return a;
}

// 0x… (EIP-55 checked when mixed case) or its f410/t410 form.
EthAddress parseAccount(const std::string& s, const char* option) {
    try {
        if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
            return EthAddress::parse(s);
        const auto eth = FvmAddress::parse(s).toEth();
        if (!eth)
            throw ParseError("it has no Ethereum form (only f410/t410 and f0 addresses do)");
        return *eth;
    } catch (const ParseError& e) {
        throw ParseError(std::string(option) + " " + s + ": " + e.what());
    }
}

// ---------------------------------------------------------------- keys

const std::vector<crypto::PrivateKey>& anvilKeys() {
    static const std::vector<crypto::PrivateKey> keys = [] {
        const auto seed = crypto::mnemonicToSeed(crypto::kAnvilMnemonic);
        const auto master = crypto::masterKeyFromSeed(seed);
        std::vector<crypto::PrivateKey> out;
        for (std::uint32_t i = 0; i < kAnvilAccounts; ++i) {
            out.push_back(
                crypto::derivePath(master, "m/44'/60'/0'/0/" + std::to_string(i)).privateKey());
        }
        return out;
    }();
    return keys;
}

std::optional<std::uint32_t> anvilIndex(const EthAddress& a) {
    const auto& keys = anvilKeys();
    for (std::uint32_t i = 0; i < keys.size(); ++i) {
        if (keys[i].ethAddress() == a)
            return i;
    }
    return std::nullopt;
}

fs::path keystorePath() {
    if (const char* p = std::getenv("IPC_DEVNET_KEYSTORE"); p != nullptr && *p != '\0')
        return fs::path(p);
    const char* home = std::getenv("HOME");
    if (home == nullptr || *home == '\0')
        throw Error("HOME is not set: set IPC_DEVNET_KEYSTORE to the keystore file to use");
    return fs::path(home) / ".ipc" / "evm_keystore.json";
}

// ipc-cli's evm_keystore.json: a JSON array of {"address": "0x…", "private_key": "<hex>"}, plus
// an entry named "default-key" holding the default key's secret. Entries are kept exactly as
// read (fields included) and only ever appended to, so a rewrite never loses one.
class IpcCliKeystoreFile {
public:
    static IpcCliKeystoreFile load() {
        IpcCliKeystoreFile ks;
        ks.path_ = keystorePath();
        std::error_code ec;
        if (!fs::exists(ks.path_, ec))
            return ks;
        std::ifstream f(ks.path_, std::ios::binary);
        if (!f)
            throw Error("cannot read the keystore " + ks.path_.string());
        std::stringstream buf;
        buf << f.rdbuf();
        const std::string content = buf.str();
        if (content.find_first_not_of(" \t\r\n") == std::string::npos)
            return ks;
        auto corrupt = [&](const std::string& why) {
            return Error("the keystore " + ks.path_.string() + " is not ipc-cli's evm_keystore " +
                         "format (" + why + "); it was left untouched");
        };
        Json doc;
        try {
            doc = Json::parse(content);
        } catch (const std::exception&) {
            throw corrupt("not valid JSON");
        }
        if (!doc.is_array())
            throw corrupt("expected a JSON array of {address, private_key}");
        for (std::size_t i = 0; i < doc.size(); ++i) {
            const Json& e = doc.at(i);
            try {
                const devnet::ipccli::Entry parsed = devnet::ipccli::parseEntry(e);
                ks.entries_.push_back(Entry{e, parsed.key, parsed.isDefault()});
            } catch (const ParseError& ex) {
                throw corrupt("entry " + std::to_string(i + 1) + ": " + ex.what());
            }
        }
        return ks;
    }

    const fs::path& path() const { return path_; }

    // Every stored key once, in file order (the default-key entry is not a key of its own).
    std::vector<crypto::PrivateKey> keys() const {
        std::vector<crypto::PrivateKey> out;
        for (const auto& e : entries_) {
            if (e.isDefault)
                continue;
            const auto a = e.key.ethAddress();
            if (std::none_of(out.begin(), out.end(),
                             [&](const auto& k) { return k.ethAddress() == a; })) {
                out.push_back(e.key);
            }
        }
        return out;
    }

    std::optional<crypto::PrivateKey> find(const EthAddress& a) const {
        for (const auto& k : keys()) {
            if (k.ethAddress() == a)
                return k;
        }
        return std::nullopt;
    }

    std::optional<crypto::PrivateKey> defaultKey() const {
        for (auto it = entries_.rbegin(); it != entries_.rend(); ++it) {
            if (it->isDefault)
                return it->key;
        }
        return std::nullopt;
    }

    // False when the key is already stored.
    bool add(const crypto::PrivateKey& key) {
        if (find(key.ethAddress()))
            return false;
        entries_.push_back(Entry{devnet::ipccli::entry(key), key, false});
        return true;
    }

    void setDefault(const crypto::PrivateKey& key) {
        entries_.erase(std::remove_if(entries_.begin(), entries_.end(),
                                      [](const Entry& e) { return e.isDefault; }),
                       entries_.end());
        entries_.push_back(
            Entry{devnet::ipccli::entry(devnet::ipccli::kDefaultKeyName, key), key, true});
    }

    // Atomically: a private temp file (0600) next to the keystore, flushed, then renamed over it.
    void save() const {
        const fs::path dir = path_.has_parent_path() ? path_.parent_path() : fs::path(".");
        std::error_code ec;
        if (!fs::exists(dir, ec)) {
            fs::create_directories(dir, ec);
            if (ec)
                throw Error("cannot create " + dir.string() + ": " + ec.message());
            ::chmod(dir.c_str(), 0700);
        }
        std::string out = "[";
        for (std::size_t i = 0; i < entries_.size(); ++i) {
            out += i == 0 ? "\n" : ",\n";
            out += "  {";
            bool first = true;
            for (const auto& [k, v] : entries_[i].json.as_object()) {
                out += first ? "\n" : ",\n";
                out += "    " + Json::string(k).serialize() + ": " + v.serialize();
                first = false;
            }
            out += "\n  }";
        }
        out += entries_.empty() ? "]\n" : "\n]\n";

        const fs::path tmp = path_.string() + ".tmp." + std::to_string(::getpid());
        const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0)
            throw Error("cannot write " + tmp.string() + ": " + std::strerror(errno));
        ::fchmod(fd, 0600);  // O_CREAT's mode does not apply to a file left from a crash
        std::size_t done = 0;
        bool ok = true;
        while (done < out.size()) {
            const ssize_t n = ::write(fd, out.data() + done, out.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                ok = false;
                break;
            }
            done += static_cast<std::size_t>(n);
        }
        const int err = errno;
        ok = ok && ::fsync(fd) == 0;
        ok = (::close(fd) == 0) && ok;
        if (!ok || ::rename(tmp.c_str(), path_.c_str()) != 0) {
            const int e = ok ? errno : err;
            ::unlink(tmp.c_str());
            throw Error("cannot write the keystore " + path_.string() + ": " + std::strerror(e) +
                        " (the old file is unchanged)");
        }
    }

private:
    struct Entry {
        Json json;
        crypto::PrivateKey key;
        bool isDefault = false;
    };

    fs::path path_;
    std::vector<Entry> entries_;
};

struct Signer {
    crypto::PrivateKey key;
    EthAddress address;
};

Signer signerOf(const crypto::PrivateKey& k) {
    return Signer{k, k.ethAddress()};
}

// --from: an anvil index 0..9, an address in the keystore or among the anvil accounts, or
// (empty) the keystore's default key and else anvil account 0.
Signer resolveSigner(const std::string& from) {
    if (from.empty()) {
        const IpcCliKeystoreFile ks = IpcCliKeystoreFile::load();
        if (auto d = ks.defaultKey())
            return signerOf(*d);
        return signerOf(anvilKeys()[0]);
    }
    if (std::all_of(from.begin(), from.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (from.size() > 1 || static_cast<std::uint32_t>(from[0] - '0') >= kAnvilAccounts) {
            throw ParseError("--from " + from + ": the anvil accounts are 0 to 9");
        }
        return signerOf(anvilKeys()[static_cast<std::size_t>(from[0] - '0')]);
    }
    const EthAddress a = parseAccount(from, "--from");
    if (auto i = anvilIndex(a))
        return signerOf(anvilKeys()[*i]);
    const IpcCliKeystoreFile ks = IpcCliKeystoreFile::load();
    if (auto k = ks.find(a))
        return signerOf(*k);
    throw ParseError("--from " + from + ": no key for it in " + ks.path().string() +
                     " nor among the anvil accounts 0..9 (wallet import adds one)");
}

// ---------------------------------------------------------------- the devnet

struct Common {
    std::string rpc = kDefaultRpc;
    bool json = false;
};

void addRpc(CLI::App* cmd, Common& c) {
    cmd->add_option("--rpc", c.rpc, "JSON-RPC URL of the devnet's root (subnets are found there)")
        ->capture_default_str();
}
void addJson(CLI::App* cmd, Common& c) {
    cmd->add_flag("--json", c.json, "print JSON (for scripts) instead of a table");
}
void addCommon(CLI::App* cmd, Common& c) {
    addRpc(cmd, c);
    addJson(cmd, c);
}

struct SubnetEntry {
    SubnetId id;
    std::string idText;
    std::string name;
    std::optional<SubnetId> parent;
    std::uint64_t chainId = 0;
    std::string rpcUrl;
    Json raw;
};

// The devnet seen through its root endpoint: the subnets and where each one answers.
class Remote {
public:
    explicit Remote(const Common& c) : root_(c.rpc) {}

    const rpc::Client& root() const { return root_; }

    const std::vector<SubnetEntry>& subnets() {
        if (loaded_)
            return subnets_;
        const Json list = root_.call("ipc_listSubnets");
        if (!list.is_array())
            throw Error("ipc_listSubnets did not answer a list of subnets");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const Json& s = list.at(i);
            SubnetEntry e;
            e.raw = s;
            e.idText = text(s, "id");
            e.id = SubnetId::parse(e.idText);
            e.name = text(s, "name");
            if (s.has_field("parent") && s.at("parent").is_string())
                e.parent = SubnetId::parse(s.at("parent").as_string());
            e.chainId = number(s, "chainId");
            if (s.has_field("rpcUrl") && s.at("rpcUrl").is_string())
                e.rpcUrl = s.at("rpcUrl").as_string();
            subnets_.push_back(std::move(e));
        }
        loaded_ = true;
        return subnets_;
    }

    // A subnet by id ("/r31337/t410f…", t/f or 0x route elements alike) or by name ("alpha").
    const SubnetEntry& subnet(const std::string& ref) {
        const auto& all = subnets();
        if (!ref.empty() && ref[0] == '/') {
            const SubnetId id = SubnetId::parse(ref);  // ParseError for a malformed id
            for (const auto& s : all) {
                if (s.id == id)
                    return s;
            }
        } else {
            for (const auto& s : all) {
                if (s.name == ref)
                    return s;
            }
        }
        std::string known;
        for (const auto& s : all)
            known += (known.empty() ? "" : ", ") + s.name + " (" + s.idText + ")";
        throw ParseError("unknown subnet '" + ref + "': the devnet at " + root_.url() + " has " +
                         known);
    }

    const SubnetEntry& rootSubnet() {
        for (const auto& s : subnets()) {
            if (!s.parent)
                return s;
        }
        throw Error("the devnet at " + root_.url() + " lists no root subnet");
    }

    const SubnetEntry& subnetOrRoot(const std::string& ref) {
        return ref.empty() ? rootSubnet() : subnet(ref);
    }

    const SubnetEntry& parentOf(const SubnetEntry& s) {
        if (!s.parent)
            throw ParseError(s.name + " (" + s.idText + ") is the root: it has no parent");
        for (const auto& p : subnets()) {
            if (p.id == *s.parent)
                return p;
        }
        throw Error("the parent of " + s.idText + " is not listed by the devnet");
    }

    rpc::Client client(const SubnetEntry& s) const {
        if (s.rpcUrl.empty()) {
            throw Error(s.name + " (" + s.idText + ") has no JSON-RPC endpoint yet: a subnet " +
                        "gets one when it starts (once its validators' collateral has landed)");
        }
        return rpc::Client(s.rpcUrl);
    }

private:
    rpc::Client root_;
    std::vector<SubnetEntry> subnets_;
    bool loaded_ = false;
};

// ---------------------------------------------------------------- transactions

struct TxRequest {
    const SubnetEntry* chain = nullptr;  // where the transaction executes
    EthAddress to;
    U256 value;
    Bytes data;
    std::string what;  // "join /r…", for messages
};

struct TxResult {
    Hash32 hash;
    bool success = false;
    std::uint64_t block = 0;
    std::uint64_t gasUsed = 0;
    std::string revertReason;
};

Json callObject(const EthAddress& from, const TxRequest& r) {
    Json c = Json::object();
    c["from"] = Json::string(from.hex());
    c["to"] = Json::string(r.to.hex());
    c["value"] = Json::string(r.value.toQuantityHex());
    c["data"] = Json::string(toHex(r.data));
    return c;
}

Json params(std::initializer_list<Json> items) {
    return Json::array(std::vector<Json>(items));
}

// What a failed eth_call or eth_estimateGas says: the revert data decoded when the endpoint
// sent it (any endpoint, not only ours, so its message may carry no reason), else its message.
std::string callFailure(const rpc::CallError& e) {
    if (e.code() == 3 && e.data() && e.data()->is_string()) {
        try {
            const Bytes data = fromHex(e.data()->as_string());
            if (!data.empty())
                return ipc::abi::revertMessage(data);
        } catch (const Error&) {
            // Not hex: the message is all there is.
        }
    }
    return e.serverMessage();
}

std::string revertReasonOf(const rpc::Client& c, const Signer& s, const TxRequest& r,
                           const Json& receipt, std::uint64_t block) {
    for (const char* k : {"revertReason", "revert_reason"}) {
        if (receipt.has_field(k) && receipt.at(k).is_string() && !receipt.at(k).as_string().empty())
            return receipt.at(k).as_string();
    }
    // Replayed on the state before its block: the same call fails the same way there.
    try {
        c.call("eth_call", params({callObject(s.address, r),
                                   Json::string(U256(block > 0 ? block - 1 : 0).toQuantityHex())}));
    } catch (const rpc::CallError& e) {
        return callFailure(e);
    } catch (const Error&) {
    }
    return "no reason given";
}

// Nonce, fees and gas from the endpoint, signed EIP-1559, sent, and its receipt waited for.
TxResult sendTransaction(const Signer& s, const TxRequest& r, std::chrono::seconds timeout) {
    if (r.chain->rpcUrl.empty())
        throw Error(r.chain->name + " (" + r.chain->idText + ") has no JSON-RPC endpoint yet");
    const rpc::Client c(r.chain->rpcUrl);
    chain::Transaction tx;
    tx.type = chain::TxType::Eip1559;
    tx.chainId = quantity(c.call("eth_chainId"), "eth_chainId").toUint64();
    tx.nonce = quantity(c.call("eth_getTransactionCount",
                               params({Json::string(s.address.hex()), Json::string("pending")})),
                        "eth_getTransactionCount")
                   .toUint64();
    const U256 gasPrice = quantity(c.call("eth_gasPrice"), "eth_gasPrice");
    tx.maxPriorityFeePerGas =
        quantity(c.call("eth_maxPriorityFeePerGas"), "eth_maxPriorityFeePerGas");
    // Room for the base fee to double before inclusion, as wallets leave.
    tx.maxFeePerGas = gasPrice * U256(2) + tx.maxPriorityFeePerGas;
    std::uint64_t gas = 0;
    try {
        gas = quantity(c.call("eth_estimateGas", params({callObject(s.address, r)})),
                       "eth_estimateGas")
                  .toUint64();
    } catch (const rpc::CallError& e) {
        throw Error(r.what + " would fail: " + callFailure(e));
    }
    tx.gasLimit = gas + gas / 5;
    tx.to = r.to;
    tx.value = r.value;
    tx.data = r.data;

    const chain::SignedTransaction stx = chain::sign(tx, s.key);
    const Json sent =
        c.call("eth_sendRawTransaction", params({Json::string(toHex(chain::encode(stx)))}));
    TxResult out;
    out.hash = chain::hash(stx);
    if (sent.is_string() && Hash32::fromHexString(sent.as_string()) != out.hash)
        throw Error("the devnet answered transaction hash " + sent.as_string() + ", not " +
                    out.hash.hex());

    const auto deadline = std::chrono::steady_clock::now() + timeout;
    Json receipt = Json::null();
    while (true) {
        receipt = c.call("eth_getTransactionReceipt", params({Json::string(out.hash.hex())}));
        if (receipt.is_object())
            break;
        if (std::chrono::steady_clock::now() >= deadline) {
            throw Error("no receipt for " + out.hash.hex() + " after " +
                        std::to_string(timeout.count()) +
                        " s: it may still be mined (is the devnet paused?)");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    out.block = number(receipt, "blockNumber");
    out.gasUsed = number(receipt, "gasUsed");
    out.success = number(receipt, "status") == 1;
    if (!out.success)
        out.revertReason = revertReasonOf(c, s, r, receipt, out.block);
    return out;
}

struct TxOptions {
    Common common;
    std::string from;
    unsigned timeout = 30;
};

void addTxOptions(CLI::App* cmd, TxOptions& o) {
    addCommon(cmd, o.common);
    cmd->add_option("--from", o.from,
                    "signer: anvil account 0..9, or an address in the keystore or among the "
                    "anvil accounts (default: the keystore's default key, else anvil 0)");
    cmd->add_option("--timeout", o.timeout, "seconds to wait for the receipt")
        ->capture_default_str()
        ->check(CLI::Range(1u, 3600u));
}

// Prints the outcome (a line, or JSON with `fields` added) and gives the exit code.
int reportTx(Context& ctx, const TxOptions& o, const Signer& s, const TxRequest& r,
             const TxResult& res, const std::string& done, Json fields = Json::object()) {
    if (o.common.json) {
        Json j = fields;
        j["transactionHash"] = Json::string(res.hash.hex());
        j["status"] = Json::string(res.success ? "success" : "reverted");
        j["blockNumber"] = Json::number(res.block);
        j["gasUsed"] = Json::number(res.gasUsed);
        j["from"] = Json::string(s.address.toChecksumHex());
        j["to"] = Json::string(r.to.toChecksumHex());
        j["chain"] = Json::string(r.chain->idText);
        if (!res.success)
            j["revertReason"] = Json::string(res.revertReason);
        printJson(ctx.out, j);
    } else if (res.success) {
        ctx.out << done << "\n"
                << "transaction " << res.hash.hex() << " in block " << res.block << " of "
                << r.chain->name << " (gas used " << res.gasUsed << ")\n";
    }
    if (!res.success) {
        ctx.err << "error: " << r.what << " reverted (transaction " << res.hash.hex() << ", block "
                << res.block << "): " << res.revertReason << "\n";
        return kExitFailure;
    }
    return kExitOk;
}

template <class Run>
void onRun(CLI::App* cmd, Action& action, Run run) {
    cmd->callback([&action, run] { action = run; });
}

// ---------------------------------------------------------------- wallet

void addWalletCommands(CLI::App& app, Context& ctx, Action& action) {
    auto* wallet = app.add_subcommand(
        "wallet",
        "Keys and balances (keys in ipc-cli's evm_keystore.json at $IPC_DEVNET_KEYSTORE or "
        "~/.ipc/evm_keystore.json; anvil accounts 0..9 always usable)");
    wallet->require_subcommand(0, 1);
    auto walletType = std::make_shared<std::string>("evm");
    auto addType = [walletType](CLI::App* cmd) {
        cmd->add_option("-w,--wallet-type", *walletType, "evm (the only kind the devnet has)")
            ->check(CLI::IsMember({"evm"}));
    };

    {
        auto o = std::make_shared<Common>();
        auto* cmd = wallet->add_subcommand("list", "Addresses in the keystore");
        addJson(cmd, *o);
        addType(cmd);
        onRun(cmd, action, [&ctx, o] {
            const IpcCliKeystoreFile ks = IpcCliKeystoreFile::load();
            const auto def = ks.defaultKey();
            const auto keys = ks.keys();
            if (o->json) {
                std::vector<Json> out;
                for (const auto& k : keys) {
                    Json j = Json::object();
                    j["address"] = Json::string(k.ethAddress().toChecksumHex());
                    j["default"] = Json::boolean(def && def->ethAddress() == k.ethAddress());
                    out.push_back(std::move(j));
                }
                printJson(ctx.out, Json::array(std::move(out)));
                return kExitOk;
            }
            if (keys.empty()) {
                ctx.out << "The keystore " << ks.path().string() << " has no keys: wallet new or "
                        << "wallet import add one; the anvil accounts are usable as --from 0..9\n";
                return kExitOk;
            }
            Table t({"ADDRESS", "DEFAULT"});
            for (const auto& k : keys)
                t.add({k.ethAddress().toChecksumHex(),
                       def && def->ethAddress() == k.ethAddress() ? "*" : ""});
            t.print(ctx.out);
            return kExitOk;
        });
    }

    {
        struct Opts {
            Common common;
            std::string subnet;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = wallet->add_subcommand(
            "balances", "Balances of the keystore's addresses and the anvil accounts on a subnet");
        addCommon(cmd, o->common);
        addType(cmd);
        cmd->add_option("--subnet", o->subnet, "subnet id or name (default: the root)");
        onRun(cmd, action, [&ctx, o] {
            // Checked before any request: a broken keystore is reported as such.
            const IpcCliKeystoreFile ks = IpcCliKeystoreFile::load();
            Remote remote(o->common);
            const SubnetEntry& s = remote.subnetOrRoot(o->subnet);
            const rpc::Client c = remote.client(s);
            struct Row {
                EthAddress address;
                std::string source;
            };
            std::vector<Row> rows;
            const auto def = ks.defaultKey();
            for (const auto& k : ks.keys()) {
                const bool isDefault = def && def->ethAddress() == k.ethAddress();
                rows.push_back({k.ethAddress(), isDefault ? "keystore (default)" : "keystore"});
            }
            for (std::uint32_t i = 0; i < kAnvilAccounts; ++i) {
                const EthAddress a = anvilKeys()[i].ethAddress();
                auto it = std::find_if(rows.begin(), rows.end(),
                                       [&](const Row& r) { return r.address == a; });
                const std::string label = "anvil " + std::to_string(i);
                if (it != rows.end())
                    it->source += ", " + label;
                else
                    rows.push_back({a, label});
            }
            std::vector<Json> out;
            Table t({"ADDRESS", "ACCOUNT", "BALANCE"});
            t.alignRight(2);
            for (const auto& r : rows) {
                const auto balance = TokenAmount::fromAtto(quantity(
                    c.call("eth_getBalance",
                           params({Json::string(r.address.hex()), Json::string("latest")})),
                    "eth_getBalance"));
                Json j = Json::object();
                j["address"] = Json::string(r.address.toChecksumHex());
                j["account"] = Json::string(r.source);
                devnet::putAmount(j, "balance", balance.atto());
                out.push_back(std::move(j));
                t.add({r.address.toChecksumHex(), r.source, balance.formatWithUnit()});
            }
            if (o->common.json) {
                Json j = Json::object();
                j["subnet"] = Json::string(s.idText);
                j["name"] = Json::string(s.name);
                j["balances"] = Json::array(std::move(out));
                printJson(ctx.out, j);
            } else {
                ctx.out << "Balances on " << s.name << " (" << s.idText << ")\n";
                t.print(ctx.out);
            }
            return kExitOk;
        });
    }

    auto printAdded = [&ctx](bool json, const EthAddress& a, bool added,
                             const IpcCliKeystoreFile& ks) {
        if (json) {
            Json j = Json::object();
            j["address"] = Json::string(a.toChecksumHex());
            j["added"] = Json::boolean(added);
            j["keystore"] = Json::string(ks.path().string());
            printJson(ctx.out, j);
        } else if (added) {
            ctx.out << a.toChecksumHex() << "\n";
        } else {
            ctx.out << a.toChecksumHex() << " (already in " << ks.path().string() << ")\n";
        }
    };

    {
        auto o = std::make_shared<Common>();
        auto* cmd = wallet->add_subcommand("new", "Create a random key and store it");
        addJson(cmd, *o);
        addType(cmd);
        onRun(cmd, action, [o, printAdded] {
            IpcCliKeystoreFile ks = IpcCliKeystoreFile::load();
            const auto key = crypto::PrivateKey::random();
            ks.add(key);
            ks.save();
            printAdded(o->json, key.ethAddress(), true, ks);
            return kExitOk;
        });
    }

    {
        struct Opts {
            Common common;
            std::string privateKey;
            std::string mnemonic;
            std::uint32_t index = 0;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = wallet->add_subcommand(
            "import", "Store a key given as hex or as a BIP-39 mnemonic (m/44'/60'/0'/0/<index>)");
        addJson(cmd, o->common);
        addType(cmd);
        auto* pk = cmd->add_option("--private-key", o->privateKey, "32-byte hex private key");
        auto* mn = cmd->add_option("--mnemonic", o->mnemonic, "BIP-39 mnemonic");
        auto* ix = cmd->add_option("--index", o->index, "account index of the mnemonic")
                       ->capture_default_str()
                       ->check(CLI::Range(0u, 0x7fffffffu));
        pk->excludes(mn);
        ix->needs(mn);
        onRun(cmd, action, [o, printAdded] {
            if (o->privateKey.empty() && o->mnemonic.empty())
                throw ParseError("wallet import needs --private-key or --mnemonic");
            // Parsed before the keystore is read: a bad key is bad input whatever the file.
            const crypto::PrivateKey key = !o->privateKey.empty()
                                               ? crypto::PrivateKey::fromHex(o->privateKey)
                                               : crypto::deriveEthereumKey(o->mnemonic, o->index);
            IpcCliKeystoreFile ks = IpcCliKeystoreFile::load();
            const bool added = ks.add(key);
            if (added)
                ks.save();
            printAdded(o->common.json, key.ethAddress(), added, ks);
            return kExitOk;
        });
    }

    {
        struct Opts {
            std::string address;
            bool hex = false;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = wallet->add_subcommand(
            "export", "Print a key as ipc-cli's {\"address\", \"private_key\"} entry");
        addType(cmd);
        cmd->add_option("-a,--address", o->address, "0x address (keystore or anvil account)")
            ->required();
        cmd->add_flag("--hex", o->hex, "print only the hex private key");
        onRun(cmd, action, [&ctx, o] {
            const EthAddress a = parseAccount(o->address, "--address");
            std::optional<crypto::PrivateKey> key;
            if (auto i = anvilIndex(a))
                key = anvilKeys()[*i];
            else
                key = IpcCliKeystoreFile::load().find(a);
            if (!key) {
                throw ParseError("--address " + o->address + ": not in " + keystorePath().string() +
                                 " nor among the anvil accounts");
            }
            if (o->hex) {
                ctx.out << key->secret().hex(false) << "\n";
            } else {
                printJson(ctx.out, devnet::ipccli::entry(a.hex(), *key));
            }
            return kExitOk;
        });
    }

    {
        struct Opts {
            Common common;
            std::string address;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = wallet->add_subcommand(
            "set-default", "Make a stored key the default signer (--from when omitted)");
        addJson(cmd, o->common);
        addType(cmd);
        cmd->add_option("-a,--address", o->address, "0x address of a key in the keystore")
            ->required();
        onRun(cmd, action, [&ctx, o] {
            const EthAddress a = parseAccount(o->address, "--address");
            IpcCliKeystoreFile ks = IpcCliKeystoreFile::load();
            const auto key = ks.find(a);
            if (!key) {
                throw ParseError("--address " + o->address + ": not in " + ks.path().string() +
                                 " (wallet import adds it first)");
            }
            ks.setDefault(*key);
            ks.save();
            if (o->common.json) {
                Json j = Json::object();
                j["default"] = Json::string(a.toChecksumHex());
                printJson(ctx.out, j);
            } else {
                ctx.out << "default key: " << a.toChecksumHex() << "\n";
            }
            return kExitOk;
        });
    }
}

// ---------------------------------------------------------------- subnet

std::string nameOf(Remote& remote, const std::optional<SubnetId>& id) {
    if (!id)
        return "-";
    for (const auto& s : remote.subnets()) {
        if (s.id == *id)
            return s.name;
    }
    return id->toString();
}

// The subnet actor of a child subnet; for the root, ParseError saying why it does not apply.
EthAddress actorOf(const SubnetEntry& s, const char* rootHasNo = "it has no subnet actor") {
    const auto a = s.id.actor();
    if (!a)
        throw ParseError(s.name + " (" + s.idText + ") is the root: " + rootHasNo);
    return *a;
}

// A call to a subnet actor, executed on its parent (where the actor lives).
struct ActorCall {
    const char* verb;  // "join", …
    const char* help;
    bool withCollateral;
};

void addActorCommand(CLI::App* subnet, Context& ctx, Action& action, const ActorCall& spec) {
    struct Opts {
        TxOptions tx;
        std::string subnet;
        std::string collateral;
    };
    auto o = std::make_shared<Opts>();
    auto* cmd = subnet->add_subcommand(spec.verb, spec.help);
    addTxOptions(cmd, o->tx);
    cmd->add_option("--subnet", o->subnet, "subnet id or name")->required();
    if (spec.withCollateral)
        cmd->add_option("--collateral", o->collateral, "amount in FIL (up to 18 decimals)")
            ->required();
    const std::string verb = spec.verb;
    onRun(cmd, action, [&ctx, o, verb] {
        std::optional<TokenAmount> amount;
        if (!o->collateral.empty())
            amount = parseAmount(o->collateral, "--collateral");
        const Signer s = resolveSigner(o->tx.from);
        Remote remote(o->tx.common);
        const SubnetEntry& target = remote.subnet(o->subnet);
        const EthAddress actor = actorOf(target);
        const SubnetEntry& parent = remote.parentOf(target);

        TxRequest r;
        r.chain = &parent;
        r.to = actor;
        r.what = verb + " " + target.name + " (" + target.idText + ")";
        const auto act = devnet::parseSubnetActorAction(verb);
        if (!act)
            throw ParseError("unknown subnet action " + verb);
        const auto pub = s.key.publicKey().uncompressed();
        devnet::SubnetActorCall call =
            devnet::subnetActorCall(*act, amount ? amount->atto() : U256(), pub.bytes);
        r.value = call.value;
        r.data = std::move(call.data);
        std::string done;
        if (verb == "join") {
            done = s.address.toChecksumHex() + " joined " + target.name + " with " +
                   amount->formatWithUnit() + " collateral";
        } else if (verb == "stake") {
            done = s.address.toChecksumHex() + " staked " + amount->formatWithUnit() + " more in " +
                   target.name;
        } else if (verb == "unstake") {
            done = s.address.toChecksumHex() + " unstaked " + amount->formatWithUnit() + " from " +
                   target.name + " (released once the change is confirmed by a " + "checkpoint)";
        } else if (verb == "leave") {
            done = s.address.toChecksumHex() + " left " + target.name +
                   " (its collateral is released once a checkpoint confirms it)";
        } else {
            done = target.name + " (" + target.idText + ") was killed";
        }
        const TxResult res = sendTransaction(s, r, std::chrono::seconds(o->tx.timeout));
        Json fields = Json::object();
        fields["subnet"] = Json::string(target.idText);
        fields["action"] = Json::string(verb);
        if (amount)
            devnet::putAmount(fields, "collateral", amount->atto());
        return reportTx(ctx, o->tx, s, r, res, done, fields);
    });
}

void addSubnetCommands(CLI::App& app, Context& ctx, Action& action) {
    auto* subnet = app.add_subcommand("subnet", "Subnets: list, create, join, leave, stake, kill");
    subnet->require_subcommand(0, 1);

    {
        struct Opts {
            Common common;
            std::string parent;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = subnet->add_subcommand("list", "Subnets of the devnet (or of one parent)");
        addCommon(cmd, o->common);
        cmd->add_option("--parent", o->parent, "only the children of this subnet (id or name)");
        onRun(cmd, action, [&ctx, o] {
            Remote remote(o->common);
            std::optional<SubnetId> parent;
            if (!o->parent.empty())
                parent = remote.subnet(o->parent).id;
            std::vector<Json> out;
            Table t({"NAME", "SUBNET ID", "PARENT", "CHAIN ID", "HEIGHT", "STATUS", "VALIDATORS",
                     "SUPPLY", "RPC"});
            t.alignRight(4);
            t.alignRight(7);
            for (const auto& s : remote.subnets()) {
                if (parent && s.parent != parent)
                    continue;
                out.push_back(s.raw);
                t.add({s.name, s.idText, nameOf(remote, s.parent), std::to_string(s.chainId),
                       std::to_string(number(s.raw, "height")), text(s.raw, "status"),
                       std::to_string(number(s.raw, "validatorsOnline")) + "/" +
                           std::to_string(number(s.raw, "validators")),
                       s.parent ? text(s.raw, "circulatingSupplyFil") : "-",
                       s.rpcUrl.empty() ? "-" : s.rpcUrl});
            }
            if (o->common.json)
                printJson(ctx.out, Json::array(std::move(out)));
            else
                t.print(ctx.out);
            return kExitOk;
        });
    }

    {
        struct Opts {
            Common common;
            std::string parent;
            std::string name;
            std::uint32_t minValidators = 0;
            std::string minValidatorStake;
            std::uint64_t checkPeriod = 0;
            std::uint32_t majority = 67;
            std::string permissionMode = "collateral";
            std::uint32_t activeLimit = 100;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = subnet->add_subcommand(
            "create",
            "Create a subnet under a parent through devnet_createSubnet. Unlike ipc-cli, this "
            "also starts its validators: the devnet runs --min-validators new validators, each "
            "joining with --min-validator-stake, so the subnet bootstraps by itself");
        addCommon(cmd, o->common);
        cmd->add_option("--parent", o->parent, "parent subnet id or name")->required();
        cmd->add_option("--name", o->name, "name in the devnet (a-z, 0-9, '-')");
        cmd->add_option("--min-validators", o->minValidators,
                        "validators needed to start (the devnet runs this many)")
            ->required()
            ->check(CLI::Range(1u, 256u));
        cmd->add_option("--min-validator-stake", o->minValidatorStake,
                        "collateral each devnet validator joins with, in FIL; also the subnet's "
                        "minimum activation collateral")
            ->required();
        cmd->add_option("--bottomup-check-period", o->checkPeriod,
                        "blocks between bottom-up checkpoints")
            ->required()
            ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1'000'000}));
        cmd->add_option("--majority-percentage", o->majority, "checkpoint quorum, in percent")
            ->capture_default_str()
            ->check(CLI::Range(51u, 100u));
        cmd->add_option("--permission-mode", o->permissionMode, "collateral or static")
            ->capture_default_str()
            ->check(CLI::IsMember({"collateral", "static"}));
        cmd->add_option("--active-validators-limit", o->activeLimit,
                        "most validators with power at a time")
            ->capture_default_str()
            ->check(CLI::Range(1u, 256u));
        onRun(cmd, action, [&ctx, o] {
            const TokenAmount stake = parseAmount(o->minValidatorStake, "--min-validator-stake");
            Remote remote(o->common);
            const SubnetEntry& parent = remote.subnet(o->parent);
            Json spec = Json::object();
            spec["parent"] = Json::string(parent.idText);
            if (!o->name.empty())
                spec["name"] = Json::string(o->name);
            spec["validators"] = Json::number(o->minValidators);
            spec["minValidators"] = Json::number(o->minValidators);
            spec["collateral"] = Json::string(stake.format());
            spec["minActivationCollateral"] = Json::string(stake.format());
            spec["checkpointPeriod"] = Json::number(o->checkPeriod);
            spec["majorityPercentage"] = Json::number(o->majority);
            spec["permissionMode"] = Json::string(o->permissionMode);
            spec["activeValidatorsLimit"] = Json::number(o->activeLimit);
            Json created;
            try {
                created = remote.root().call("devnet_createSubnet", params({spec}));
            } catch (const rpc::CallError& e) {
                // The devnet checks every parameter: a refusal is bad input.
                if (e.code() == rpc::kInvalidParams)
                    throw ParseError(e.serverMessage());
                throw;
            }
            if (o->common.json) {
                printJson(ctx.out, created);
            } else {
                ctx.out << "created " << text(created, "id") << " (" << text(created, "name")
                        << ") under " << parent.name << "\n"
                        << o->minValidators << " devnet validators join it with "
                        << stake.formatWithUnit() << " each; it starts once their collateral "
                        << "lands (see subnet list)\n";
            }
            return kExitOk;
        });
    }

    addActorCommand(
        subnet, ctx, action,
        {"join", "Join a subnet as a validator (sent to its parent's subnet actor)", true});
    addActorCommand(
        subnet, ctx, action,
        {"leave", "Leave a subnet's validator set; collateral comes back later", false});
    addActorCommand(
        subnet, ctx, action,
        {"kill", "Kill a subnet (every validator must have left and its supply be released)",
         false});
    addActorCommand(subnet, ctx, action,
                    {"stake", "Add collateral as a validator of a subnet", true});
    addActorCommand(subnet, ctx, action,
                    {"unstake", "Take back part of a validator's collateral", true});

    {
        struct Opts {
            Common common;
            std::string subnet;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = subnet->add_subcommand("list-validators", "Validators of a subnet");
        addCommon(cmd, o->common);
        cmd->add_option("--subnet", o->subnet, "subnet id or name")->required();
        onRun(cmd, action, [&ctx, o] {
            Remote remote(o->common);
            const SubnetEntry& s = remote.subnet(o->subnet);
            const Json list =
                remote.root().call("ipc_listValidators", params({Json::string(s.idText)}));
            if (o->common.json) {
                printJson(ctx.out, list);
                return kExitOk;
            }
            Table t({"ADDRESS", "POWER", "COLLATERAL", "ONLINE", "BLOCKS"});
            t.alignRight(1);
            t.alignRight(2);
            t.alignRight(4);
            for (std::size_t i = 0; list.is_array() && i < list.size(); ++i) {
                const Json& v = list.at(i);
                t.add({text(v, "address"), std::to_string(number(v, "power")),
                       text(v, "collateralFil"), text(v, "online"),
                       std::to_string(number(v, "blocksProposed"))});
            }
            ctx.out << "Validators of " << s.name << " (" << s.idText << ")\n";
            t.print(ctx.out);
            return kExitOk;
        });
    }

    // chain-id and rpc: the same lookup, two ways of showing it.
    for (const bool rpcUrl : {false, true}) {
        struct Opts {
            Common common;
            std::string subnet;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = subnet->add_subcommand(
            rpcUrl ? "rpc" : "chain-id",
            rpcUrl ? "JSON-RPC URL and chain id of a subnet" : "EVM chain id of a subnet");
        addCommon(cmd, o->common);
        cmd->add_option("--subnet", o->subnet, "subnet id or name")->required();
        onRun(cmd, action, [&ctx, o, rpcUrl] {
            Remote remote(o->common);
            const SubnetEntry& s = remote.subnet(o->subnet);
            const Json info = remote.root().call("ipc_getSubnet", params({Json::string(s.idText)}));
            const std::uint64_t chainId = number(info, "chainId");
            const std::string url = text(info, "rpcUrl");
            if (o->common.json) {
                Json j = Json::object();
                j["id"] = Json::string(s.idText);
                j["name"] = Json::string(s.name);
                j["chainId"] = Json::number(chainId);
                if (rpcUrl)
                    j["rpcUrl"] = url == "-" ? Json::null() : Json::string(url);
                printJson(ctx.out, j);
            } else if (rpcUrl) {
                ctx.out << "rpc: " << (url == "-" ? "none yet (the subnet has not started)" : url)
                        << "\nchainID: " << chainId << "\n";
            } else {
                ctx.out << chainId << "\n";
            }
            return kExitOk;
        });
    }
}

// ---------------------------------------------------------------- cross-msg

// A cross-net transfer through a gateway: fund (to the parent's gateway, for the subnet) or
// release (to the subnet's own gateway, for the parent).
void addTransferCommand(CLI::App* group, Context& ctx, Action& action, bool fund) {
    struct Opts {
        TxOptions tx;
        std::string subnet;
        std::string to;
        std::string amount;
    };
    auto o = std::make_shared<Opts>();
    auto* cmd = group->add_subcommand(
        fund ? "fund" : "release",
        fund ? "Send FIL from a parent into a subnet (fund on the parent's gateway)"
             : "Send FIL from a subnet back to its parent (release on the subnet's gateway)");
    addTxOptions(cmd, o->tx);
    cmd->add_option("--subnet", o->subnet, "subnet id or name")->required();
    cmd->add_option("--to", o->to,
                    fund ? "recipient in the subnet, 0x or f410 (default: the sender)"
                         : "recipient in the parent, 0x or f410 (default: the sender)");
    cmd->add_option("--amount", o->amount, "amount in FIL (up to 18 decimals)")->required();
    onRun(cmd, action, [&ctx, o, fund] {
        const TokenAmount amount = parseAmount(o->amount, "--amount");
        std::optional<EthAddress> to;
        if (!o->to.empty())
            to = parseAccount(o->to, "--to");
        const Signer s = resolveSigner(o->tx.from);
        if (!to)
            to = s.address;
        Remote remote(o->tx.common);
        const SubnetEntry& target = remote.subnet(o->subnet);
        actorOf(target, fund ? "it cannot be funded" : "it has no parent to release to");
        const SubnetEntry& parent = remote.parentOf(target);

        TxRequest r;
        r.chain = fund ? &parent : &target;
        r.to = protocol::gatewayAddress();
        r.value = amount.atto();
        if (fund) {
            r.data = protocol::calls::fund(target.id, *to);
            r.what = "fund " + target.name;
        } else {
            r.data = protocol::calls::release(*to);
            r.what = "release from " + target.name;
        }
        const TxResult res = sendTransaction(s, r, std::chrono::seconds(o->tx.timeout));
        const std::string done =
            fund ? "funded " + to->toChecksumHex() + " in " + target.name + " with " +
                       amount.formatWithUnit() + " (lands after the next parent finality)"
                 : "released " + amount.formatWithUnit() + " to " + to->toChecksumHex() + " in " +
                       parent.name + " (lands after the next checkpoint)";
        Json fields = Json::object();
        fields["subnet"] = Json::string(target.idText);
        fields["recipient"] = Json::string(to->toChecksumHex());
        devnet::putAmount(fields, "amount", amount.atto());
        return reportTx(ctx, o->tx, s, r, res, done, fields);
    });
}

bool inSubtree(const SubnetId& id, const SubnetId& top) {
    return id == top || top.isAncestorOf(id);
}

void addCrossMsgCommands(CLI::App& app, Context& ctx, Action& action) {
    auto* group = app.add_subcommand("cross-msg", "Cross-net messages: fund, release, inspect");
    group->require_subcommand(0, 1);
    addTransferCommand(group, ctx, action, true);
    addTransferCommand(group, ctx, action, false);

    {
        struct Opts {
            Common common;
            std::string subnet;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = group->add_subcommand("list-topdown-msgs",
                                          "Top-down messages into a subnet (newest first)");
        addCommon(cmd, o->common);
        cmd->add_option("--subnet", o->subnet, "subnet id or name")->required();
        onRun(cmd, action, [&ctx, o] {
            Remote remote(o->common);
            const SubnetEntry& s = remote.subnet(o->subnet);
            actorOf(s, "nothing comes down into it");
            const Json all =
                remote.root().call("ipc_listCrossMessages",
                                   params({Json::string(s.idText), Json::number(kListLimit)}));
            std::vector<Json> out;
            Table t({"TRACING ID", "KIND", "FROM", "TO", "VALUE", "STAGE"});
            t.alignRight(4);
            for (std::size_t i = 0; all.is_array() && i < all.size(); ++i) {
                const Json& m = all.at(i);
                try {
                    const SubnetId from = SubnetId::parse(text(m.at("from"), "subnet"));
                    const SubnetId to = SubnetId::parse(text(m.at("to"), "subnet"));
                    // Crossed the edge from the parent's side into the subnet's subtree.
                    if (!inSubtree(to, s.id) || inSubtree(from, s.id))
                        continue;
                } catch (const std::exception&) {
                    continue;
                }
                out.push_back(m);
                t.add({text(m, "tracingId"), text(m, "kind"), text(m.at("from"), "address"),
                       text(m.at("to"), "address"), text(m, "valueFil"), text(m, "stage")});
            }
            if (o->common.json) {
                printJson(ctx.out, Json::array(std::move(out)));
            } else if (t.empty()) {
                ctx.out << "No top-down messages into " << s.name << " yet\n";
            } else {
                t.print(ctx.out);
            }
            return kExitOk;
        });
    }

    {
        struct Opts {
            Common common;
            std::string subnet;
            std::string kind;
            std::string outcome;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = group->add_subcommand(
            "list", "Cross-net messages through a subnet (newest first), with how they ended");
        addCommon(cmd, o->common);
        cmd->add_option("--subnet", o->subnet, "subnet id or name")->required();
        cmd->add_option("--kind", o->kind, "only this kind: Transfer, Call or Result")
            ->check(CLI::IsMember({"Transfer", "Call", "Result"}));
        cmd->add_option("--outcome", o->outcome,
                        "only this outcome: Ok, SystemErr, ActorErr, or none (not answered yet)")
            ->check(CLI::IsMember({"Ok", "SystemErr", "ActorErr", "none"}));
        onRun(cmd, action, [&ctx, o] {
            Remote remote(o->common);
            const SubnetEntry& s = remote.subnet(o->subnet);
            auto optional = [](const std::string& v) {
                return v.empty() ? Json::null() : Json::string(v);
            };
            const Json all = remote.root().call(
                "ipc_listCrossMessages", params({Json::string(s.idText), Json::number(kListLimit),
                                                 optional(o->kind), optional(o->outcome)}));
            Table t({"TRACING ID", "KIND", "FROM", "TO", "VALUE", "STAGE", "OUTCOME"});
            t.alignRight(4);
            for (std::size_t i = 0; all.is_array() && i < all.size(); ++i) {
                const Json& m = all.at(i);
                const Json& outcome = m.at("outcome");
                t.add({text(m, "tracingId"), text(m, "kind"), text(m.at("from"), "address"),
                       text(m.at("to"), "address"), text(m, "valueFil"), text(m, "stage"),
                       outcome.is_string() ? outcome.as_string() : "-"});
            }
            if (o->common.json)
                printJson(ctx.out, all);
            else if (t.empty())
                ctx.out << "No cross-net messages through " << s.name << " match\n";
            else
                t.print(ctx.out);
            return kExitOk;
        });
    }

    {
        struct Opts {
            Common common;
            std::string subnet;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = group->add_subcommand("parent-finality",
                                          "The parent height a subnet has committed as final");
        addCommon(cmd, o->common);
        cmd->add_option("--subnet", o->subnet, "subnet id or name")->required();
        onRun(cmd, action, [&ctx, o] {
            Remote remote(o->common);
            const SubnetEntry& s = remote.subnet(o->subnet);
            actorOf(s, "it has no parent");
            const Json f =
                remote.root().call("ipc_parentFinality", params({Json::string(s.idText)}));
            if (o->common.json) {
                Json j = Json::object();
                j["subnet"] = Json::string(s.idText);
                j["height"] = f.is_object() ? Json::number(number(f, "height")) : Json::null();
                j["blockHash"] = f.is_object() ? Json::string(text(f, "blockHash")) : Json::null();
                printJson(ctx.out, j);
            } else if (f.is_object()) {
                ctx.out << number(f, "height") << "\n";
            } else {
                ctx.out << "none yet: " << s.name << " has not committed a parent block\n";
            }
            return kExitOk;
        });
    }
}

// ---------------------------------------------------------------- checkpoint

void addCheckpointCommands(CLI::App& app, Context& ctx, Action& action) {
    auto* group = app.add_subcommand("checkpoint", "Bottom-up checkpoints of a subnet");
    group->require_subcommand(0, 1);

    {
        struct Opts {
            Common common;
            std::string subnet;
            std::uint64_t fromEpoch = 0;
            std::uint64_t limit = 100;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = group->add_subcommand("list-bottomup",
                                          "Bottom-up checkpoints of a subnet, oldest first");
        cmd->alias("list-bottomup-bundle");
        addCommon(cmd, o->common);
        cmd->add_option("--subnet", o->subnet, "subnet id or name")->required();
        cmd->add_option("--from-epoch", o->fromEpoch, "first checkpoint height")
            ->capture_default_str();
        cmd->add_option("--limit", o->limit, "most checkpoints to list")
            ->capture_default_str()
            ->check(CLI::Range(std::uint64_t{1}, kListLimit));
        onRun(cmd, action, [&ctx, o] {
            Remote remote(o->common);
            const SubnetEntry& s = remote.subnet(o->subnet);
            actorOf(s, "it cuts no bottom-up checkpoints");
            const Json list = remote.root().call(
                "ipc_listCheckpoints", params({Json::string(s.idText), Json::number(o->fromEpoch),
                                               Json::number(o->limit)}));
            if (o->common.json) {
                printJson(ctx.out, list);
                return kExitOk;
            }
            Table t({"HEIGHT", "HASH", "MSGS", "SIGNED", "STAGE"});
            t.alignRight(0);
            t.alignRight(2);
            t.alignRight(3);
            for (std::size_t i = 0; list.is_array() && i < list.size(); ++i) {
                const Json& c = list.at(i);
                t.add({std::to_string(number(c, "height")), text(c, "hash"),
                       std::to_string(number(c, "messages")),
                       std::to_string(number(c, "signedWeight")) + "/" +
                           std::to_string(number(c, "threshold")),
                       text(c, "stage")});
            }
            if (t.empty())
                ctx.out << "No bottom-up checkpoints from " << s.name << " yet\n";
            else
                t.print(ctx.out);
            return kExitOk;
        });
    }

    {
        struct Opts {
            Common common;
            std::string subnet;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = group->add_subcommand(
            "last-bottomup-checkpoint-height",
            "Height of the last checkpoint the parent accepted from a subnet");
        addCommon(cmd, o->common);
        cmd->add_option("--subnet", o->subnet, "subnet id or name")->required();
        onRun(cmd, action, [&ctx, o] {
            Remote remote(o->common);
            const SubnetEntry& s = remote.subnet(o->subnet);
            actorOf(s, "it cuts no bottom-up checkpoints");
            const Json info = remote.root().call("ipc_getSubnet", params({Json::string(s.idText)}));
            // The subnet actor's lastBottomUpCheckpointHeight, as ipc-cli reads it.
            const std::uint64_t height =
                info.has_field("actor") && info.at("actor").is_object()
                    ? number(info.at("actor"), "lastBottomUpCheckpointHeight")
                    : number(info, "lastCheckpointHeight");
            if (o->common.json) {
                Json j = Json::object();
                j["subnet"] = Json::string(s.idText);
                j["height"] = Json::number(height);
                printJson(ctx.out, j);
            } else {
                ctx.out << height << "\n";
            }
            return kExitOk;
        });
    }

    {
        struct Opts {
            Common common;
            std::string subnet;
            std::uint64_t fromEpoch = 0;
            std::optional<std::uint64_t> toEpoch;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = group->add_subcommand(
            "quorum-reached-events",
            "QuorumReached events of a subnet's gateway (eth_getLogs), decoded");
        addCommon(cmd, o->common);
        cmd->add_option("--subnet", o->subnet, "subnet id or name")->required();
        cmd->add_option("--from-epoch", o->fromEpoch, "first block")->capture_default_str();
        cmd->add_option("--to-epoch", o->toEpoch, "last block (default: latest)");
        onRun(cmd, action, [&ctx, o] {
            Remote remote(o->common);
            const SubnetEntry& s = remote.subnet(o->subnet);
            const rpc::Client c = remote.client(s);
            Json filter = Json::object();
            filter["address"] = Json::string(protocol::gatewayAddress().hex());
            filter["fromBlock"] = Json::string(U256(o->fromEpoch).toQuantityHex());
            filter["toBlock"] =
                Json::string(o->toEpoch ? U256(*o->toEpoch).toQuantityHex() : "latest");
            filter["topics"] = params({Json::string(
                keccak256(std::string_view(protocol::events::kQuorumReached)).hex())});
            const Json logs = c.call("eth_getLogs", params({filter}));
            const auto type = ipc::abi::Type::parse("(uint8,uint256,bytes32,uint256)");
            std::vector<Json> out;
            Table t({"BLOCK", "CHECKPOINT HEIGHT", "CHECKPOINT HASH", "WEIGHT"});
            t.alignRight(0);
            t.alignRight(1);
            t.alignRight(3);
            for (std::size_t i = 0; logs.is_array() && i < logs.size(); ++i) {
                const Json& log = logs.at(i);
                const auto v = ipc::abi::decode(type, fromHex(text(log, "data")));
                Json j = Json::object();
                j["blockNumber"] = Json::number(number(log, "blockNumber"));
                j["transactionHash"] = Json::string(text(log, "transactionHash"));
                j["objKind"] = Json::number(v.at(0).asUint64());
                j["height"] = Json::number(v.at(1).asUint64());
                j["checkpointHash"] = Json::string(v.at(2).asBytes32().hex());
                j["weight"] = Json::string(v.at(3).asUint().toDecimal());
                t.add({std::to_string(number(log, "blockNumber")),
                       std::to_string(v.at(1).asUint64()), v.at(2).asBytes32().hex(),
                       v.at(3).asUint().toDecimal()});
                out.push_back(std::move(j));
            }
            if (o->common.json)
                printJson(ctx.out, Json::array(std::move(out)));
            else if (t.empty())
                ctx.out << "No QuorumReached events on " << s.name << " in that range\n";
            else
                t.print(ctx.out);
            return kExitOk;
        });
    }
}

// ---------------------------------------------------------------- config

std::string tomlString(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

// ~/… when the keystore sits under HOME, as ipc-cli's own config spells it.
std::string keystoreDirForConfig() {
    const fs::path dir = keystorePath().parent_path();
    const char* home = std::getenv("HOME");
    if (home != nullptr && *home != '\0') {
        const std::string h = fs::path(home).lexically_normal().string();
        const std::string d = dir.lexically_normal().string();
        if (d == h)
            return "~";
        if (d.compare(0, h.size() + 1, h + "/") == 0)
            return "~/" + d.substr(h.size() + 1);
    }
    return dir.string();
}

void addConfigCommands(CLI::App& app, Context& ctx, Action& action) {
    auto* group = app.add_subcommand("config", "ipc-cli configuration for this devnet");
    group->require_subcommand(0, 1);
    struct Opts {
        Common common;
        std::string output;
        bool force = false;
    };
    auto o = std::make_shared<Opts>();
    auto* cmd = group->add_subcommand(
        "export-ipc-cli",
        "Write an ipc-cli config.toml with a [[subnets]] entry per running subnet, so ipc-cli "
        "(and the fendermint tooling) can drive this devnet");
    addRpc(cmd, o->common);
    cmd->add_option("-o,--output", o->output, "file to write (default: print it)");
    cmd->add_flag("--force", o->force, "overwrite --output if it exists");
    onRun(cmd, action, [&ctx, o] {
        if (!o->output.empty() && !o->force && fs::exists(o->output)) {
            throw ParseError("--output " + o->output + " exists: add --force to overwrite it");
        }
        Remote remote(o->common);
        std::ostringstream toml;
        // ipc-cli's layout (its docs' config.toml): keystore_path, then one [[subnets]] table
        // per network with its [subnets.config]. Every devnet chain has IPC's usual child
        // gateway and registry addresses, the root included.
        toml << "# ipc-cli configuration for the IPC Studio devnet at " << remote.root().url()
             << "\n# Written by `ipc-devnet config export-ipc-cli`; it lists the subnets "
             << "running when it was written.\n\n"
             << "keystore_path = " << tomlString(keystoreDirForConfig()) << "\n";
        for (const auto& s : remote.subnets()) {
            toml << "\n# " << s.name << " (chain id " << s.chainId << ")\n";
            if (s.rpcUrl.empty()) {
                toml << "# not started yet: no endpoint\n";
                continue;
            }
            toml << "[[subnets]]\n"
                 << "id = " << tomlString(s.idText) << "\n\n"
                 << "[subnets.config]\n"
                 << "network_type = \"fevm\"\n"
                 << "provider_http = " << tomlString(s.rpcUrl) << "\n"
                 << "gateway_addr = " << tomlString(protocol::gatewayAddress().hex()) << "\n"
                 << "registry_addr = " << tomlString(protocol::registryAddress().hex()) << "\n";
        }
        if (o->output.empty()) {
            ctx.out << toml.str();
            return kExitOk;
        }
        std::ofstream f(o->output, std::ios::binary | std::ios::trunc);
        if (!f || !(f << toml.str()) || !f.flush())
            throw Error("cannot write " + o->output);
        ctx.out << "wrote " << o->output << " (" << remote.subnets().size() << " subnets)\n";
        return kExitOk;
    });
}

}  // namespace

void addClientCommands(CLI::App& app, Context& ctx, Action& action) {
    addWalletCommands(app, ctx, action);
    addSubnetCommands(app, ctx, action);
    addCrossMsgCommands(app, ctx, action);
    addCheckpointCommands(app, ctx, action);
    addConfigCommands(app, ctx, action);
}

}  // namespace ipc::cli
