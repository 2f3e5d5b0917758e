// `ipc-devnet util …`: address and key conversions, named as in ipc-cli.
#include <CLI/CLI.hpp>

#include "ipc/cli/cli.h"
#include "ipc/cli/commands.h"
#include "ipc/core/crypto/bip32.h"
#include "ipc/core/crypto/bip39.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/primitives/fvm_address.h"
#include "ipc/core/primitives/subnet_id.h"

namespace ipc::cli {

void addUtilCommands(CLI::App& app, Context& ctx, Action& action) {
    auto* util = app.add_subcommand("util", "Address, chain id and key conversions");
    util->require_subcommand(0, 1);

    auto* e2f = util->add_subcommand("eth-to-f4-addr", "Ethereum 0x address to its f410/t410 form");
    auto addr = std::make_shared<std::string>();
    e2f->add_option("address", *addr, "0x address (40 hex digits)")->required();
    e2f->callback([&, addr] {
        action = [&, addr] {
            const Network net = parseNetwork(ctx.global.network);
            ctx.out << FvmAddress::fromEth(EthAddress::parse(*addr)).toString(net) << "\n";
            return kExitOk;
        };
    });

    auto* f2e = util->add_subcommand("f4-to-eth-addr", "f410/t410 address to its Ethereum form");
    auto f4 = std::make_shared<std::string>();
    f2e->add_option("address", *f4, "t410f… or f410f… address")->required();
    f2e->callback([&, f4] {
        action = [&, f4] {
            const FvmAddress a = FvmAddress::parse(*f4);
            const auto eth = a.toEth();
            if (!eth) {
                throw ParseError("address " + *f4 + " has no Ethereum form (it is not f410 or f0)");
            }
            ctx.out << eth->toChecksumHex() << "\n";
            return kExitOk;
        };
    });

    auto* cid = util->add_subcommand("chain-id", "EVM chain id of a subnet id (IPC's FNV-1a rule)");
    auto subnet = std::make_shared<std::string>();
    cid->add_option("subnet", *subnet, "subnet id, e.g. /r314159/t410f…")->required();
    cid->callback([&, subnet] {
        action = [&, subnet] {
            // The spelling of the id decides the chain id, so it is taken as written.
            ctx.out << SubnetId::parse(*subnet).chainId() << "\n";
            return kExitOk;
        };
    });

    auto* dpk =
        util->add_subcommand("derive-public-key", "Public key and addresses of a private key");
    auto key = std::make_shared<std::string>();
    dpk->add_option("private-key", *key, "32-byte hex private key")->required();
    dpk->callback([&, key] {
        action = [&, key] {
            const auto k = crypto::PrivateKey::fromHex(*key);
            const auto pub = k.publicKey();
            const Network net = parseNetwork(ctx.global.network);
            ctx.out << "public key:   " << pub.uncompressed().hex() << "\n"
                    << "eth address:  " << pub.ethAddress().toChecksumHex() << "\n"
                    << "f410 address: " << FvmAddress::fromEth(pub.ethAddress()).toString(net)
                    << "\n"
                    << "f1 address:   "
                    << FvmAddress::fromSecp256k1PublicKey(pub.uncompressed().view()).toString(net)
                    << "\n";
            return kExitOk;
        };
    });

    auto* ma = util->add_subcommand("mnemonic-address",
                                    "Address of a BIP-39 mnemonic at m/44'/60'/0'/0/<index>");
    auto mnemonic = std::make_shared<std::string>(std::string(crypto::kAnvilMnemonic));
    auto index = std::make_shared<std::uint32_t>(0);
    auto showKey = std::make_shared<bool>(false);
    ma->add_option("--mnemonic", *mnemonic, "the mnemonic (default: the anvil/Hardhat one)");
    ma->add_option("--index", *index, "account index")->check(CLI::Range(0u, 0x7fffffffu));
    ma->add_flag("--private-key", *showKey, "also print the private key");
    ma->callback([&, mnemonic, index, showKey] {
        action = [&, mnemonic, index, showKey] {
            const auto k = crypto::deriveEthereumKey(*mnemonic, *index);
            ctx.out << k.ethAddress().toChecksumHex() << "\n";
            if (*showKey)
                ctx.out << k.secret().hex() << "\n";
            return kExitOk;
        };
    });
}

}  // namespace ipc::cli
