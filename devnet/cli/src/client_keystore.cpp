// Client keys: ipc-cli's evm_keystore.json file, the anvil accounts and the --from signer.
#include "client_keystore.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "client_args.h"
#include "ipc/core/crypto/bip32.h"
#include "ipc/core/crypto/bip39.h"
#include "ipc/core/primitives/error.h"
#include "ipc/devnet/ipc_cli_keystore.h"

namespace ipc::cli::client {

namespace fs = std::filesystem;
using Json = web::json::value;

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

IpcCliKeystoreFile IpcCliKeystoreFile::load() {
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

std::vector<crypto::PrivateKey> IpcCliKeystoreFile::keys() const {
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

std::optional<crypto::PrivateKey> IpcCliKeystoreFile::find(const EthAddress& a) const {
    for (const auto& k : keys()) {
        if (k.ethAddress() == a)
            return k;
    }
    return std::nullopt;
}

std::optional<crypto::PrivateKey> IpcCliKeystoreFile::defaultKey() const {
    for (auto it = entries_.rbegin(); it != entries_.rend(); ++it) {
        if (it->isDefault)
            return it->key;
    }
    return std::nullopt;
}

bool IpcCliKeystoreFile::add(const crypto::PrivateKey& key) {
    if (find(key.ethAddress()))
        return false;
    entries_.push_back(Entry{devnet::ipccli::entry(key), key, false});
    return true;
}

void IpcCliKeystoreFile::setDefault(const crypto::PrivateKey& key) {
    entries_.erase(std::remove_if(entries_.begin(), entries_.end(),
                                  [](const Entry& e) { return e.isDefault; }),
                   entries_.end());
    entries_.push_back(
        Entry{devnet::ipccli::entry(devnet::ipccli::kDefaultKeyName, key), key, true});
}

void IpcCliKeystoreFile::save() const {
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

namespace {

Signer signerOf(const crypto::PrivateKey& k) {
    return Signer{k, k.ethAddress()};
}

}  // namespace

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

}  // namespace ipc::cli::client
