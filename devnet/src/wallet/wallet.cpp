// The wallet of a running devnet: the accounts users sign with, sends, transfers and faucet.
#include "ipc/devnet/wallet.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "ipc/core/chain/evm_bridge.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/ipc/calls.h"
#include "ipc/core/ipc/contracts.h"
#include "ipc/core/ipc/gateway.h"
#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/token_amount.h"
#include "ipc/core/storage/store.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/store_key_rows.h"

namespace ipc::devnet {

// ---------------------------------------------------------------- engine-side helpers

namespace {

const SubnetNode& nodeOf(const Hierarchy& h, const SubnetId& subnet) {
    const SubnetNode* n = h.node(subnet);
    if (n == nullptr)
        throw Error("no subnet " + subnet.toString());
    return *n;
}

}  // namespace

std::uint64_t sendGas(const Hierarchy& h, const SubnetId& subnet, const EthAddress& from,
                      const EthAddress& to, const U256& value, const Bytes& data) {
    const SubnetNode& n = nodeOf(h, subnet);
    if (!n.chain->runsEvm(to))
        return n.chain->estimateGas(to, data);
    chain::EvmCall call;
    call.from = from;
    call.to = to;
    call.value = value;
    call.data = data;
    call.gas = chain::GasSchedule::kBlockGasLimit;
    const chain::GasEstimate e =
        n.chain->estimateEvmGas(call, n.chain->head().header.timestampMs + n.blockTimeMs);
    if (!e.failure)
        return e.gas;
    const evm::TxResult& r = *e.failure;
    if (!r.valid)
        throw Error("the call would fail: " + r.error);
    std::string reason = chain::failureReason(r.status, r.output);
    if (!r.unsupported.empty() && r.status != evm::Status::PointEvaluationUnsupported)
        reason += " (" + r.unsupported + ")";
    throw Error("the call would fail: " + reason);
}

FeeQuote quoteFee(const Hierarchy& h, const SubnetId& subnet, const EthAddress& to,
                  const Bytes& data, const EthAddress& from, const U256& value) {
    const SubnetNode& n = nodeOf(h, subnet);
    FeeQuote q;
    try {
        q.gasLimit = sendGas(h, subnet, from, to, value, data);
    } catch (const Error&) {
        // A quote is not where a doomed call is refused (the send says why); it shows the
        // least such a transaction costs.
        q.gasLimit = n.chain->estimateGas(to, data);
    }
    q.baseFee = n.chain->nextBaseFee();
    q.maxFeePerGas = n.maxFeePerGas();
    q.expectedFee = U256(q.gasLimit) * (q.baseFee + SubnetNode::tip());
    q.maxFee = U256(q.gasLimit) * q.maxFeePerGas;
    return q;
}

FeeQuote quoteTransferFee(const Hierarchy& h, const SubnetId& from, const EthAddress& sender,
                          const protocol::IpcAddress& to, const U256& amount) {
    // The call data Hierarchy::fundWith, releaseWith and crossTransferWith send.
    Bytes data;
    switch (transferCall(from, to.subnet)) {
        case TransferCall::Fund:
            data = protocol::calls::fund(to.subnet, to.raw);
            break;
        case TransferCall::Release:
            data = protocol::calls::release(to.raw);
            break;
        case TransferCall::CrossMessage:
            data = protocol::calls::xnetTransfer(to);
            break;
    }
    return quoteFee(h, from, protocol::gatewayAddress(), data, sender, amount);
}

BalanceSheet makeBalanceSheet(const Hierarchy& h, const std::vector<EthAddress>& addresses) {
    BalanceSheet sheet;
    for (const auto& a : addresses) {
        sheet.balances[a].reserve(h.nodes().size());
        sheet.nonces[a].reserve(h.nodes().size());
    }
    for (const auto& n : h.nodes()) {
        sheet.subnets.push_back(n->id);
        sheet.names.push_back(n->name);
        const chain::AccountState& state = n->chain->state();
        // Each address once, however often it was asked for.
        for (auto& entry : sheet.balances)
            entry.second.push_back(state.balance(entry.first));
        for (auto& entry : sheet.nonces)
            entry.second.push_back(state.nonce(entry.first));
    }
    return sheet;
}

CheckedAddress checkAccountAddress(std::string_view text) {
    const auto isSpace = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    CheckedAddress out;
    if (text.empty()) {
        out.problem = AddressProblem::Empty;
        out.detail = "no address given";
        return out;
    }
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        const std::string_view digits = text.substr(2);
        if (digits.size() != 40) {
            out.problem = AddressProblem::HexLength;
            out.detail = "an address is 0x followed by 40 hex digits, this one has " +
                         std::to_string(digits.size());
            return out;
        }
        if (!std::all_of(digits.begin(), digits.end(), [](char c) {
                return std::isxdigit(static_cast<unsigned char>(c)) != 0;
            })) {
            out.problem = AddressProblem::HexDigits;
            out.detail = "only 0-9 and a-f may follow 0x";
            return out;
        }
        try {
            out.address = EthAddress::parse(text);
        } catch (const ParseError& e) {
            out.problem = AddressProblem::Checksum;
            out.detail = e.what();
        }
        return out;
    }
    const char net = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    if ((net != 't' && net != 'f') || text.size() < 3 ||
        !std::isdigit(static_cast<unsigned char>(text[1]))) {
        out.problem = AddressProblem::NotAnAddress;
        out.detail = "expected 0x… or t410f…/f410f…";
        return out;
    }
    try {
        const FvmAddress fvm = FvmAddress::parse(text);
        if (fvm.isDelegated() && fvm.delegatedNamespace() == FvmAddress::kEthNamespace) {
            out.address = fvm.toEth();
        }
        if (!out.address) {
            out.problem = AddressProblem::NotAccount;
            out.detail = "only f410f/t410f addresses have an Ethereum form";
        }
    } catch (const Error& e) {
        out.problem = AddressProblem::FilecoinForm;
        out.detail = e.what();
    }
    return out;
}

EthAddress parseAccountAddress(std::string_view text) {
    CheckedAddress c = checkAccountAddress(text);
    if (!c.address)
        throw ParseError("not an account address: " + c.detail);
    return *c.address;
}

std::string delegatedAddress(const EthAddress& address, Network network) {
    return FvmAddress::fromEth(address).toString(network);
}

TransferCall transferCall(const SubnetId& from, const SubnetId& to) {
    if (to.parent() == from)
        return TransferCall::Fund;
    if (from.parent() == to)
        return TransferCall::Release;
    return TransferCall::CrossMessage;
}

// ---------------------------------------------------------------- the wallet

Wallet::Wallet(const Topology& topology, std::shared_ptr<storage::Store> store,
               KeystoreOptions options)
    : topology_(topology), store_(std::move(store)) {
    if (store_)
        rows_ = std::make_unique<StoreKeyRows>(store_);
    else
        rows_ = std::make_unique<MemoryKeyRows>();
    keystore_ = std::make_unique<Keystore>(*rows_, topology_.mnemonic, options);
    if (keystore_->accounts().empty()) {
        for (std::uint32_t i = 0; i < topology_.accounts; ++i)
            keystore_->addDerived(i, "account " + std::to_string(i));
    }
    if (store_) {
        if (const auto saved = store_->setting(kDefaultAccountSetting)) {
            try {
                default_ = EthAddress::parse(*saved);
            } catch (const ParseError&) {
                default_.reset();  // a damaged setting: fall back to the first account
            }
        }
    }
}

Wallet::~Wallet() = default;

bool isWrongPassword(const std::exception& e) {
    return dynamic_cast<const crypto::WrongPasswordError*>(&e) != nullptr;
}

void Wallet::attach(Runner runner) {
    std::lock_guard lock(mutex_);
    runner_ = std::move(runner);
}

void Wallet::changed() {
    ++revision_;
}

std::uint64_t Wallet::revision() const {
    std::lock_guard lock(mutex_);
    return revision_;
}

WalletAccount Wallet::toWalletAccount(const Account& a) const {
    WalletAccount w;
    w.address = a.address;
    w.label = a.label;
    w.kind = a.kind;
    w.index = a.index;
    w.usable = a.kind == KeyKind::Derived || !keystore_->isLocked();
    return w;
}

std::vector<WalletAccount> Wallet::accounts() const {
    std::lock_guard lock(mutex_);
    std::vector<WalletAccount> out;
    for (const auto& a : keystore_->accounts())
        out.push_back(toWalletAccount(a));
    // The mnemonic's accounts in their order (account 0 first, as the CLI, anvil and Hardhat
    // list them), then imported ones as the keystore keeps them.
    std::stable_sort(out.begin(), out.end(), [](const WalletAccount& a, const WalletAccount& b) {
        const auto rank = [](const WalletAccount& w) {
            return w.index ? static_cast<std::uint64_t>(*w.index) : UINT64_MAX;
        };
        return rank(a) < rank(b);
    });
    // The default is the one set while it exists, else the first.
    auto it = std::find_if(out.begin(), out.end(), [this](const WalletAccount& w) {
        return default_ && w.address == *default_;
    });
    if (it == out.end())
        it = out.begin();
    if (it != out.end())
        it->isDefault = true;
    return out;
}

std::optional<WalletAccount> Wallet::account(const EthAddress& address) const {
    for (auto& a : accounts()) {
        if (a.address == address)
            return a;
    }
    return std::nullopt;
}

std::optional<EthAddress> Wallet::defaultAccount() const {
    for (const auto& a : accounts()) {
        if (a.isDefault)
            return a.address;
    }
    return std::nullopt;
}

EthAddress Wallet::requireAccountLocked(const EthAddress& address) const {
    if (!keystore_->account(address))
        throw Error("no account " + address.toChecksumHex() + " in the wallet");
    return address;
}

void Wallet::setDefaultAccount(const EthAddress& address) {
    std::lock_guard lock(mutex_);
    requireAccountLocked(address);
    if (store_)
        store_->setSetting(kDefaultAccountSetting, address.toChecksumHex());
    default_ = address;
    changed();
}

EthAddress Wallet::newAccount(std::string label) {
    std::lock_guard lock(mutex_);
    std::uint32_t index = topology_.accounts;
    for (const auto& a : keystore_->accounts()) {
        if (a.index && *a.index >= index)
            index = *a.index + 1;
    }
    if (label.empty())
        label = "account " + std::to_string(index);
    const EthAddress address = keystore_->addDerived(index, std::move(label));
    changed();
    return address;
}

EthAddress Wallet::importPrivateKey(std::string_view hex, std::string label) {
    std::lock_guard lock(mutex_);
    const EthAddress a = keystore_->importPrivateKey(hex, std::move(label));
    changed();
    return a;
}

EthAddress Wallet::importKeystoreJson(std::string_view json, std::string_view password,
                                      std::string label) {
    std::lock_guard lock(mutex_);
    const EthAddress a = keystore_->importKeystoreJson(json, password, std::move(label));
    changed();
    return a;
}

EthAddress Wallet::importMnemonic(std::string_view mnemonic, std::uint32_t index,
                                  std::string label) {
    std::lock_guard lock(mutex_);
    const EthAddress a = keystore_->importMnemonic(mnemonic, index, std::move(label));
    changed();
    return a;
}

void Wallet::rename(const EthAddress& address, std::string label) {
    std::lock_guard lock(mutex_);
    keystore_->setLabel(address, std::move(label));
    changed();
}

void Wallet::remove(const EthAddress& address) {
    std::lock_guard lock(mutex_);
    keystore_->remove(address);
    changed();
}

std::string Wallet::exportHex(const EthAddress& address) const {
    std::lock_guard lock(mutex_);
    return keystore_->exportHex(address);
}

std::string Wallet::exportKeystoreJson(const EthAddress& address, std::string_view password) const {
    std::lock_guard lock(mutex_);
    return keystore_->exportKeystoreJson(address, password);
}

std::string Wallet::exportIpcCliEntry(const EthAddress& address) const {
    std::lock_guard lock(mutex_);
    return keystore_->exportIpcCliEntry(address);
}

bool Wallet::hasPassword() const {
    std::lock_guard lock(mutex_);
    return keystore_->hasPassword();
}

bool Wallet::isLocked() const {
    std::lock_guard lock(mutex_);
    return keystore_->isLocked();
}

void Wallet::setPassword(std::string_view password) {
    std::lock_guard lock(mutex_);
    keystore_->setPassword(password);
    changed();
}

void Wallet::changePassword(std::string_view current, std::string_view next) {
    std::lock_guard lock(mutex_);
    keystore_->changePassword(current, next);
    changed();
}

void Wallet::removePassword(std::string_view current) {
    std::lock_guard lock(mutex_);
    keystore_->removePassword(current);
    changed();
}

void Wallet::unlock(std::string_view password) {
    std::lock_guard lock(mutex_);
    keystore_->unlock(password);
    changed();
}

void Wallet::lock() {
    std::lock_guard lock(mutex_);
    keystore_->lock();
    changed();
}

// ---------------------------------------------------------------- transactions

Wallet::EngineSend Wallet::prepareSend(const SubnetId& subnet, const EthAddress& from,
                                       const EthAddress& to, const U256& value,
                                       const Bytes& data) const {
    crypto::PrivateKey key = [&] {
        std::lock_guard lock(mutex_);
        return keystore_->privateKey(from);
    }();
    return [subnet, key, to, value, data](Hierarchy& h) {
        const SubnetNode& n = nodeOf(h, subnet);
        if (!n.chain->runsEvm(to))
            return h.sendWith(subnet, key, to, value, data);
        // A call into code needs the gas its execution takes, not just the intrinsic gas
        // Hierarchy::buildTx gives: the same estimate eth_estimateGas makes.
        const EthAddress sender = key.ethAddress();
        chain::Transaction tx;
        tx.type = chain::TxType::Eip1559;
        tx.chainId = n.chainId();
        tx.nonce = n.pendingNonce(sender);
        tx.maxPriorityFeePerGas = SubnetNode::tip();
        tx.maxFeePerGas = n.maxFeePerGas();
        tx.gasLimit = sendGas(h, subnet, sender, to, value, data);
        tx.to = to;
        tx.value = value;
        tx.data = data;
        return h.submit(subnet, chain::sign(tx, key));
    };
}

Bytes Wallet::publicKey(const EthAddress& address) const {
    std::lock_guard lock(mutex_);
    return keystore_->privateKey(address).publicKey().uncompressed().toBytes();
}

Wallet::EngineSend Wallet::prepareTransfer(const SubnetId& fromSubnet, const EthAddress& from,
                                           const protocol::IpcAddress& to,
                                           const U256& amount) const {
    if (to.subnet == fromSubnet) {
        throw Error("the destination is the sending subnet itself: send within " +
                    fromSubnet.toString() + " instead");
    }
    if (amount.isZero())
        throw Error("a cross-net transfer needs an amount above zero");
    crypto::PrivateKey key = [&] {
        std::lock_guard lock(mutex_);
        return keystore_->privateKey(from);
    }();
    const TransferCall call = transferCall(fromSubnet, to.subnet);
    return [fromSubnet, key, to, amount, call](Hierarchy& h) {
        switch (call) {
            case TransferCall::Fund:
                return h.fundWith(to.subnet, key, to.raw, amount);
            case TransferCall::Release:
                return h.releaseWith(fromSubnet, key, to.raw, amount);
            case TransferCall::CrossMessage:
                break;
        }
        return h.crossTransferWith(fromSubnet, key, to, amount);
    };
}

Wallet::EngineSend Wallet::prepareFaucet(const EthAddress& to, const U256& amount) const {
    if (amount.isZero())
        throw Error("a top-up needs an amount above zero");
    return [to, amount](Hierarchy& h) {
        const SubnetId root = h.root().id;
        const chain::AccountState& state = h.root().chain->state();
        const U256 fee = quoteFee(h, root, to).maxFee;
        const NamedAccount* richest = nullptr;
        for (const auto& a : h.accounts()) {
            if (a.address == to || state.balance(a.address) < amount + fee)
                continue;
            if (richest == nullptr || state.balance(a.address) > state.balance(richest->address))
                richest = &a;
        }
        if (richest == nullptr) {
            throw Error("no prefunded account holds " + TokenAmount::fromAtto(amount).format() +
                        " FIL on the root to give");
        }
        return h.send(root, richest->address, to, amount);
    };
}

std::future<Hash32> Wallet::run(EngineSend fn) {
    std::lock_guard lock(mutex_);
    if (!runner_)
        throw Error("the devnet is not running");
    return runner_(std::move(fn));
}

std::future<Hash32> Wallet::send(const SubnetId& subnet, const EthAddress& from,
                                 const EthAddress& to, const U256& value, const Bytes& data) {
    return run(prepareSend(subnet, from, to, value, data));
}

std::future<Hash32> Wallet::transfer(const SubnetId& fromSubnet, const EthAddress& from,
                                     const protocol::IpcAddress& to, const U256& amount) {
    return run(prepareTransfer(fromSubnet, from, to, amount));
}

std::future<Hash32> Wallet::faucet(const EthAddress& to, const U256& amount) {
    return run(prepareFaucet(to, amount));
}

}  // namespace ipc::devnet
