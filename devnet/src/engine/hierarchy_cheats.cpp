// The cheat methods tests rely on (anvil_ / hardhat_ / evm_ over JSON-RPC), on any subnet: set an
// account's balance, nonce, code or storage slot, move block timestamps, and send as an account
// without its key (impersonation). Built-in IPC contracts are refused: IPC keeps their accounts.
// Balances set on a subnet are recorded as minted or burnt so that the supply invariant
// (IPC_PROTOCOL.md §8) keeps holding. A change stays in the chain's journal, so the next block's
// record of what it overwrote carries it: the state of earlier blocks (eth_getBalance at a block
// number) is still what those blocks left.
#include "ipc/devnet/hierarchy.h"

namespace ipc::devnet {

namespace {

SubnetNode& cheatTarget(Hierarchy& h, const SubnetId& subnet, const EthAddress& account) {
    SubnetNode* n = h.node(subnet);
    if (n == nullptr)
        throw Error("no subnet " + subnet.toString());
    if (n->contracts->isContract(account)) {
        throw Error(account.toChecksumHex() +
                    " is a built-in IPC contract: its account is what IPC keeps there");
    }
    return *n;
}

}  // namespace

void Hierarchy::cheatSetBalance(const SubnetId& subnet, const EthAddress& account,
                                const U256& balance) {
    SubnetNode& n = cheatTarget(*this, subnet, account);
    const std::string change =
        "balance of " + account.toChecksumHex() + " set to " + balance.toDecimal() + " atto";
    if (n.parent == nullptr) {
        setRootBalance(account, balance);
        events_.publish(CheatEvent{subnet, change, now()});
        return;
    }
    auto& state = n.chain->state();
    const U256 before = state.balance(account);
    if (balance >= before) {
        const U256 minted = n.cheatMinted + (balance - before);  // throws before any change
        state.setBalance(account, balance);
        n.cheatMinted = minted;
    } else {
        const U256 burnt = n.cheatBurnt + (before - balance);
        state.setBalance(account, balance);
        n.cheatBurnt = burnt;
    }
    events_.publish(CheatEvent{subnet, change + " (recorded as minted/burnt)", now()});
}

void Hierarchy::cheatSetNonce(const SubnetId& subnet, const EthAddress& account,
                              std::uint64_t nonce) {
    SubnetNode& n = cheatTarget(*this, subnet, account);
    auto& state = n.chain->state();
    const std::uint64_t current = state.nonce(account);
    if (nonce < current) {
        throw Error("the nonce of " + account.toChecksumHex() + " is " + std::to_string(current) +
                    "; it can only be raised (transactions already mined used the lower ones)");
    }
    for (std::uint64_t i = current; i < nonce; ++i)
        state.incrementNonce(account);
    events_.publish(CheatEvent{
        subnet, "nonce of " + account.toChecksumHex() + " set to " + std::to_string(nonce), now()});
}

void Hierarchy::cheatSetCode(const SubnetId& subnet, const EthAddress& account, const Bytes& code) {
    SubnetNode& n = cheatTarget(*this, subnet, account);
    if (code.size() > evm::kMaxCodeSize) {
        throw Error("code of " + std::to_string(code.size()) + " bytes is larger than " +
                    std::to_string(evm::kMaxCodeSize) + " (EIP-170)");
    }
    if (!code.empty() && code[0] == 0xef)
        throw Error("code must not begin with 0xef (EIP-3541)");
    auto& state = n.chain->state();
    state.setCode(account, code.empty() ? evm::Code::empty() : evm::Code::make(code));
    events_.publish(CheatEvent{
        subnet,
        "code of " + account.toChecksumHex() + " set (" + std::to_string(code.size()) + " bytes)",
        now()});
}

void Hierarchy::cheatSetStorage(const SubnetId& subnet, const EthAddress& account,
                                const evm::Word& slot, const evm::Word& value) {
    SubnetNode& n = cheatTarget(*this, subnet, account);
    auto& state = n.chain->state();
    state.setStorage(account, slot, value);
    events_.publish(CheatEvent{subnet,
                               "storage of " + account.toChecksumHex() + " slot " +
                                   slot.toU256().toQuantityHex() + " set to " +
                                   value.toU256().toQuantityHex(),
                               now()});
}

void Hierarchy::cheatSetNextTimestamp(const SubnetId& subnet, std::uint64_t timestampMs) {
    SubnetNode* n = node(subnet);
    if (n == nullptr)
        throw Error("no subnet " + subnet.toString());
    const std::uint64_t head = n->chain->head().header.timestampMs;
    if (timestampMs <= head) {
        throw Error("timestamp " + std::to_string(timestampMs / 1000) +
                    " is not later than the head block's (" + std::to_string(head / 1000) + ")");
    }
    n->nextTimestampMs = timestampMs;
    events_.publish(CheatEvent{
        subnet, "next block timestamp set to " + std::to_string(timestampMs / 1000), now()});
}

std::int64_t Hierarchy::cheatIncreaseTime(const SubnetId& subnet, std::uint64_t ms) {
    SubnetNode* n = node(subnet);
    if (n == nullptr)
        throw Error("no subnet " + subnet.toString());
    if (ms > static_cast<std::uint64_t>(INT64_MAX - n->timeOffsetMs))
        throw Error("the time offset would overflow");
    n->timeOffsetMs += static_cast<std::int64_t>(ms);
    if (n->nextTimestampMs)
        *n->nextTimestampMs += ms;
    events_.publish(CheatEvent{subnet,
                               "block time moved " + std::to_string(ms / 1000) + " s ahead (" +
                                   std::to_string(n->timeOffsetMs / 1000) + " s in all)",
                               now()});
    return n->timeOffsetMs;
}

void Hierarchy::cheatImpersonate(const SubnetId& subnet, const EthAddress& account, bool on) {
    SubnetNode& n = cheatTarget(*this, subnet, account);
    if (on)
        n.impersonated.insert(account);
    else
        n.impersonated.erase(account);
    events_.publish(CheatEvent{subnet,
                               (on ? "impersonating " : "stopped impersonating ") +
                                   account.toChecksumHex() + " (it sends without its key)",
                               now()});
}

void Hierarchy::cheatImpersonateAll(const SubnetId& subnet, bool on) {
    SubnetNode* n = node(subnet);
    if (n == nullptr)
        throw Error("no subnet " + subnet.toString());
    n->impersonateAll = on;
    events_.publish(CheatEvent{
        subnet, on ? "impersonating every account" : "stopped impersonating every account", now()});
}

bool Hierarchy::impersonates(const SubnetId& subnet, const EthAddress& account) const {
    const SubnetNode* n = node(subnet);
    if (n == nullptr || n->contracts->isContract(account))
        return false;
    return n->impersonateAll || n->impersonated.contains(account);
}

void Hierarchy::requireImpersonated(const SubnetId& subnet, const EthAddress& account) const {
    if (node(subnet) == nullptr)
        throw Error("no subnet " + subnet.toString());
    if (!impersonates(subnet, account)) {
        throw Error("unknown account " + account.toChecksumHex() +
                    ": the devnet holds no keys for eth_sendTransaction; impersonate it first "
                    "(anvil_impersonateAccount) or sign the transaction and send it with "
                    "eth_sendRawTransaction");
    }
}

Hash32 Hierarchy::sendImpersonated(const SubnetId& subnet, const EthAddress& from,
                                   const chain::Transaction& tx) {
    requireImpersonated(subnet, from);
    const Hash32 hash = submit(subnet, chain::include(chain::impersonated(tx, from), from));
    events_.publish(CheatEvent{
        subnet,
        "transaction " + hash.hex() + " sent as " + from.toChecksumHex() + " (impersonated)",
        now()});
    return hash;
}

}  // namespace ipc::devnet
