// `ipc-devnet wallet …`: keys in ipc-cli's keystore file and balances on a subnet.
#include "client_commands.h"

#include <algorithm>
#include <memory>
#include <optional>

#include "client_args.h"
#include "client_keystore.h"
#include "client_output.h"
#include "client_remote.h"
#include "ipc/core/crypto/bip32.h"
#include "ipc/core/primitives/error.h"
#include "ipc/devnet/ipc_cli_keystore.h"
#include "ipc/devnet/json_fields.h"

namespace ipc::cli::client {

void addWalletCommands(CLI::App& app, Context& ctx, Action& action) {
    auto* wallet = addGroup(
        app, "wallet",
        "Keys and balances (keys in ipc-cli's evm_keystore.json at $IPC_DEVNET_KEYSTORE or "
        "~/.ipc/evm_keystore.json; anvil accounts 0..9 always usable)");
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
        auto o = std::make_shared<SubnetOptions>();
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
            Table t({"ADDRESS", "ACCOUNT", "BALANCE"}, {2});
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

}  // namespace ipc::cli::client
