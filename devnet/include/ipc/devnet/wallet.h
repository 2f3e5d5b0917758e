// The wallet of a running devnet: the accounts a user signs with (the topology's prefunded
// accounts, new ones from the workspace mnemonic, imported keys), kept by a Keystore in the
// workspace store (or in memory), a default account, and sends, cross-net transfers and faucet
// top-ups signed with those keys. Keys are handed to the engine with each transaction and never
// kept there, so a workspace with a password stores no key in plain form. Thread-safe: the GUI,
// RPC and CLI threads call it; transactions run on the engine thread.
#pragma once

#include <cstdint>
#include <exception>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ipc/core/ipc/types.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/fvm_address.h"
#include "ipc/core/primitives/u256.h"
#include "ipc/devnet/keystore.h"
#include "ipc/devnet/topology.h"

namespace ipc::storage {
class Store;
}

namespace ipc::devnet {

class Hierarchy;

struct WalletAccount {
    EthAddress address;
    std::string label;
    KeyKind kind = KeyKind::Derived;
    std::optional<std::uint32_t> index;  // derived accounts only
    bool isDefault = false;
    // Its key can sign right now: derived, or imported and not locked away by the password.
    bool usable = true;
};

// What a transaction will cost, from the subnet's next base fee (the devnet's own rule: max fee
// = 2 × base fee + a tip of 1 atto per gas).
struct FeeQuote {
    std::uint64_t gasLimit = 0;
    U256 baseFee;
    U256 maxFeePerGas;
    U256 expectedFee;  // gas × (base fee + tip): what a transaction included next pays
    U256 maxFee;       // gas × max fee: what the balance must cover besides the value
};
// For a contract creation or a call to code the gas is the EVM's estimate for `from` sending
// `value` (SubnetChain::estimateEvmGas, what eth_estimateGas answers); for anything else the
// intrinsic gas plus a built-in contract's fixed cost. sendGas throws ipc::Error with the reason
// when the call would fail; quoteFee then quotes the intrinsic gas.
FeeQuote quoteFee(const Hierarchy& h, const SubnetId& subnet, const EthAddress& to,
                  const Bytes& data = {}, const EthAddress& from = {}, const U256& value = {});
std::uint64_t sendGas(const Hierarchy& h, const SubnetId& subnet, const EthAddress& from,
                      const EthAddress& to, const U256& value, const Bytes& data);
// The fee of the gateway call that moves `amount` from `sender` on `from` to `to` (see
// transferCall): paid once, on `from`; cross-net messages themselves carry no fee.
FeeQuote quoteTransferFee(const Hierarchy& h, const SubnetId& from, const EthAddress& sender,
                          const protocol::IpcAddress& to, const U256& amount);

// Balances and nonces of some accounts on every subnet (engine thread).
struct BalanceSheet {
    std::vector<SubnetId> subnets;  // parents before children
    std::vector<std::string> names;
    std::map<EthAddress, std::vector<U256>> balances;  // in `subnets` order
    std::map<EthAddress, std::vector<std::uint64_t>> nonces;
};
BalanceSheet makeBalanceSheet(const Hierarchy& h, const std::vector<EthAddress>& addresses);

// An account address as people paste it: 0x… (any case; a mixed-case one must carry a valid
// EIP-55 checksum), or its Filecoin form t410f…/f410f…. What is wrong comes back as a kind, so a
// user interface can say it in its own words.
enum class AddressProblem : std::uint8_t {
    None,
    Empty,
    NotAnAddress,  // neither 0x… nor a Filecoin address
    HexLength,     // 0x but not 40 hex digits
    HexDigits,     // 0x with something that is not a hex digit
    Checksum,      // mixed case with a wrong EIP-55 checksum
    FilecoinForm,  // t/f… that does not parse (length, checksum, case)
    NotAccount,    // a Filecoin address with no Ethereum form (f0 id, f1, f2, f3, other f4)
};
struct CheckedAddress {
    std::optional<EthAddress> address;
    AddressProblem problem = AddressProblem::None;
    std::string detail;  // the parser's own words, for logs and the CLI
};
CheckedAddress checkAccountAddress(std::string_view text);
// The same, throwing ParseError with the reason.
EthAddress parseAccountAddress(std::string_view text);
// True when `e` is the wallet's refusal of a wrong password (unlock, keystore import, export).
bool isWrongPassword(const std::exception& e);
// t410f… (or f410f… for Network::Mainnet) of an account.
std::string delegatedAddress(const EthAddress& address, Network network = Network::Testnet);

// The gateway call a transfer between two subnets uses: one hop down is IPC's fund, one hop up
// its release, anything further one routed message (sendContractXnetMessage).
enum class TransferCall : std::uint8_t { Fund, Release, CrossMessage };
TransferCall transferCall(const SubnetId& from, const SubnetId& to);

class Wallet {
public:
    static constexpr const char* kDefaultAccountSetting = "wallet.default_account";

    // The keystore lives in `store` (a workspace) or in memory when it is null. A keystore
    // without accounts gets the topology's prefunded ones (derived from its mnemonic).
    Wallet(const Topology& topology, std::shared_ptr<storage::Store> store,
           KeystoreOptions options = {});
    ~Wallet();
    Wallet(const Wallet&) = delete;
    Wallet& operator=(const Wallet&) = delete;

    // What runs a prepared send on the engine thread (the owning Devnet hands it in, so the
    // wallet needs no Devnet); an empty one detaches (the devnet stopped: sends throw).
    using EngineSend = std::function<Hash32(Hierarchy&)>;
    using Runner = std::function<std::future<Hash32>(EngineSend)>;
    void attach(Runner runner);
    // The topology the wallet was made for (never changes).
    const Topology& topology() const { return topology_; }

    // ---- accounts ----
    std::vector<WalletAccount> accounts() const;
    std::optional<WalletAccount> account(const EthAddress& address) const;
    // The preselected sender: the one set, else the first account (nullopt: no accounts).
    std::optional<EthAddress> defaultAccount() const;
    void setDefaultAccount(const EthAddress& address);
    // The next account of the workspace mnemonic (the first index no account uses, after the
    // prefunded ones). It holds nothing until funded.
    EthAddress newAccount(std::string label = {});
    EthAddress importPrivateKey(std::string_view hex, std::string label = {});
    EthAddress importKeystoreJson(std::string_view json, std::string_view password,
                                  std::string label = {});
    EthAddress importMnemonic(std::string_view mnemonic, std::uint32_t index,
                              std::string label = {});
    void rename(const EthAddress& address, std::string label);
    void remove(const EthAddress& address);
    std::string exportHex(const EthAddress& address) const;
    std::string exportKeystoreJson(const EthAddress& address, std::string_view password) const;
    std::string exportIpcCliEntry(const EthAddress& address) const;
    // Bumped by every change to the accounts, the default or the lock.
    std::uint64_t revision() const;

    // ---- password ----
    bool hasPassword() const;
    bool isLocked() const;
    void setPassword(std::string_view password);
    void changePassword(std::string_view current, std::string_view next);
    void removePassword(std::string_view current);
    void unlock(std::string_view password);
    void lock();

    // ---- transactions ----
    // Each prepare* signs nothing yet: it takes the account's key now (throwing when it is
    // unknown or locked) and returns what the engine thread runs to sign and submit.
    EngineSend prepareSend(const SubnetId& subnet, const EthAddress& from, const EthAddress& to,
                           const U256& value, const Bytes& data = {}) const;
    // From `from` on `fromSubnet` to `to` (any other subnet of the hierarchy).
    EngineSend prepareTransfer(const SubnetId& fromSubnet, const EthAddress& from,
                               const protocol::IpcAddress& to, const U256& amount) const;
    // The account's uncompressed public key (65 bytes, 0x04…), as a validator joining a subnet
    // registers it; throws when the account is unknown or its key is locked.
    Bytes publicKey(const EthAddress& address) const;
    // A top-up of `to` on the root from whichever prefunded topology account holds the most.
    EngineSend prepareFaucet(const EthAddress& to, const U256& amount) const;

    // The same, run on the attached devnet's engine thread.
    std::future<Hash32> send(const SubnetId& subnet, const EthAddress& from, const EthAddress& to,
                             const U256& value, const Bytes& data = {});
    std::future<Hash32> transfer(const SubnetId& fromSubnet, const EthAddress& from,
                                 const protocol::IpcAddress& to, const U256& amount);
    std::future<Hash32> faucet(const EthAddress& to, const U256& amount);

private:
    std::future<Hash32> run(EngineSend fn);
    WalletAccount toWalletAccount(const Account& a) const;
    EthAddress requireAccountLocked(const EthAddress& address) const;
    void changed();

    Topology topology_;
    std::shared_ptr<storage::Store> store_;
    std::unique_ptr<KeyRows> rows_;
    std::unique_ptr<Keystore> keystore_;
    std::optional<EthAddress> default_;
    std::uint64_t revision_ = 0;
    Runner runner_;
    mutable std::mutex mutex_;
};

}  // namespace ipc::devnet
