// The chain's side of the EVM: state backend and built-in IPC contracts as natives.
#include "ipc/core/chain/evm_bridge.h"

#include <algorithm>
#include <map>
#include <utility>

#include "ipc/core/abi/revert.h"
#include "ipc/core/encoding/abi.h"

namespace ipc::chain {

namespace {

const evm::CodePtr& builtinCode() {
    static const evm::CodePtr code = evm::Code::make(Bytes{0xfe});
    return code;
}

}  // namespace

std::optional<evm::AccountInfo> ChainStateBackend::account(const EthAddress& address) const {
    const auto& accounts = state_.accounts();
    const auto it = accounts.find(address);
    const bool builtin = builtins_ != nullptr && builtins_->isContract(address);
    if (it == accounts.end()) {
        if (builtin)
            return evm::AccountInfo{evm::Word(), 0, builtinCode()};
        return std::nullopt;
    }
    const Account& a = it->second;
    return evm::AccountInfo{evm::Word::fromU256(a.balance), a.nonce,
                            builtin       ? builtinCode()
                            : a.hasCode() ? a.code
                                          : evm::Code::empty()};
}

void ChainStateBackend::dropBuiltinCode(std::vector<evm::AccountChange>& changes) const {
    if (builtins_ == nullptr)
        return;
    for (evm::AccountChange& c : changes) {
        if (builtins_->isContract(c.address) && c.code == builtinCode())
            c.code = nullptr;
    }
}

evm::Word ChainStateBackend::storage(const EthAddress& address, const evm::Word& slot) const {
    return state_.storageAt(address, slot);
}

bool ChainStateBackend::hasStorage(const EthAddress& address) const {
    return state_.hasStorage(address);
}

namespace {

Bytes errorString(const std::string& reason) {
    return abi::encodeCall("Error(string)", {abi::Value::string(reason)});
}

}  // namespace

SystemContractsSession::SystemContractsSession(SystemContracts& contracts, std::uint64_t height,
                                               std::uint64_t timestampMs)
    : readOnly_(&contracts), live_(&contracts), height_(height), timestampMs_(timestampMs) {}

SystemContractsSession::SystemContractsSession(const SystemContracts& contracts,
                                               std::uint64_t height, std::uint64_t timestampMs)
    : readOnly_(&contracts), height_(height), timestampMs_(timestampMs) {}

SystemContractsSession::~SystemContractsSession() = default;

SystemContracts* SystemContractsSession::writable() {
    if (live_ == nullptr) {
        copy_ = readOnly_->clone();
        live_ = copy_.get();
    }
    return live_;
}

void SystemContractsSession::attach(evm::Executor& executor, const AccountState& state) {
    for (const EthAddress& a : contracts().addresses()) {
        natives_.push_back(std::make_unique<SystemContractNative>(*this, a));
        executor.addNativeContract(a, natives_.back().get());
        before_[a] = state.balance(a);
    }
}

void SystemContractsSession::book(const EthAddress& a, const U256& in, const U256& out) {
    Flow& f = booked_[a];
    f.in += in;
    f.out += out;
}

void SystemContractsSession::unbook(const EthAddress& a, const U256& in, const U256& out) {
    Flow& f = booked_[a];
    f.in -= in;
    f.out -= out;
}

void SystemContractsSession::settleForcedBalances(const AccountState& state) {
    if (live_ == nullptr || live_ != readOnly_)
        return;  // a copy (eth_call) is thrown away with its balances
    for (const auto& [a, before] : before_) {
        const auto it = booked_.find(a);
        const U256 in = it == booked_.end() ? U256() : it->second.in;
        const U256 out = it == booked_.end() ? U256() : it->second.out;
        // Every balance change of a built-in is a call's, except what was forced in: balance
        // only grows that way (the EVM cannot take value from an account without its code).
        const U256 now = state.balance(a) + out;
        const U256 expected = before + in;
        if (now > expected)
            live_->acceptForcedBalance(a, now - expected);
    }
}

namespace {

evm::NativeResult fail(std::int64_t gasUsed, Bytes output = {}) {
    evm::NativeResult r;
    r.gasUsed = gasUsed;
    r.output = std::move(output);
    return r;
}

}  // namespace

evm::NativeResult SystemContractNative::call(const evm::NativeCall& call) {
    const std::uint64_t gas = session_.contracts().callGas(address_, call.input);
    if (gas == 0)
        return view(call);
    return change(call, gas);
}

evm::NativeResult SystemContractNative::view(const evm::NativeCall& call) const {
    if (call.gas < kViewGas)
        return fail(call.gas);  // out of gas, as Solidity's would run out: no data
    if (!call.value.isZero()) {
        // Solidity's non-payable check (the contracts have no receive or fallback either): a
        // plain value send reverts.
        return fail(kViewGas, errorString("function is not payable"));
    }
    evm::NativeResult r;
    r.gasUsed = kViewGas;
    try {
        r.output = session_.contracts().view(address_, call.input);
        r.success = true;
    } catch (const Error& e) {
        r.output = revertData(e);
    }
    return r;
}

evm::NativeResult SystemContractNative::change(const evm::NativeCall& call, std::uint64_t gas) {
    // A state write in a static context halts the frame: all its gas, no return data.
    if (call.isStatic)
        return fail(call.gas);
    if (call.gas < 0 || static_cast<std::uint64_t>(call.gas) < gas)
        return fail(call.gas);
    const auto used = static_cast<std::int64_t>(gas);
    // DELEGATECALL and CALLCODE would run the built-in's code on the caller's account, which
    // holds none of its state.
    if (call.address != address_) {
        return fail(used, errorString("a built-in contract's functions cannot run through "
                                      "DELEGATECALL or CALLCODE: call it directly"));
    }
    SystemContracts* contracts = session_.writable();
    if (contracts == nullptr)
        return fail(used, errorString("this built-in contract cannot be changed from EVM code"));

    // Undo first: whatever the call changes in the contracts goes back with this frame (the
    // executor reverts it when the call fails, and so does any enclosing frame's revert).
    std::shared_ptr<const SystemContracts> before = contracts->clone();
    if (before == nullptr)
        return fail(used, errorString("this built-in contract cannot be changed from EVM code"));
    call.state.recordUndo([contracts, before] { contracts->restore(*before); });

    // The built-ins keep balances in an AccountState; here they run against a scratch one that
    // holds the built-ins' balances as the EVM sees them, and what changes there is written back
    // to the EVM's journaled state. Only the built-ins' own accounts are ever debited.
    AccountState scratch;
    std::map<EthAddress, U256> seeded;
    for (const EthAddress& a : contracts->addresses()) {
        const U256 b = call.state.balance(a).toU256();
        scratch.setBalance(a, b);
        seeded[a] = b;
    }
    std::vector<Log> logs;
    CallContext ctx{scratch,     session_.height(),   session_.timestampMs(),
                    call.caller, call.value.toU256(), false,
                    logs};
    evm::NativeResult r;
    r.gasUsed = used;
    try {
        const bool fromContract = !call.state.code(call.caller)->bytes.empty();
        r.output = contracts->call(ctx, address_, call.input, CallOrigin{fromContract, nullptr});
    } catch (const Error& e) {
        r.output = revertData(e);
        return r;
    }
    r.success = true;

    std::map<EthAddress, std::pair<U256, U256>> flows;  // built-in -> (in, out)
    flows[address_].first = call.value.toU256();        // moved in by the executor
    for (const auto& [a, account] : scratch.accounts()) {
        const auto s = seeded.find(a);
        const U256 was = s == seeded.end() ? U256() : s->second;
        if (account.balance == was)
            continue;
        if (account.balance > was) {
            call.state.addBalance(a, evm::Word::fromU256(account.balance - was));
            if (s != seeded.end())
                flows[a].first += account.balance - was;
        } else {
            const U256 now = call.state.balance(a).toU256();
            call.state.setBalance(a, evm::Word::fromU256(now - (was - account.balance)));
            if (s != seeded.end())
                flows[a].second += was - account.balance;
        }
    }
    for (const auto& [a, flow] : flows) {
        session_.book(a, flow.first, flow.second);
        SystemContractsSession* session = &session_;
        call.state.recordUndo(
            [session, a = a, flow = flow] { session->unbook(a, flow.first, flow.second); });
    }
    for (Log& log : logs)
        call.state.addLog(evm::Log{log.address, std::move(log.topics), std::move(log.data)});
    return r;
}

std::optional<std::string> errorStringOf(ByteView output) {
    abi::DecodedRevert r = abi::decodeRevert(output);
    if (r.kind != abi::DecodedRevert::Kind::ErrorString)
        return std::nullopt;
    return std::move(r.reason);
}

Bytes revertData(const Error& e) {
    const auto* revert = dynamic_cast<const Revert*>(&e);
    return revert != nullptr && revert->data() ? *revert->data() : errorString(e.what());
}

std::string failureReason(evm::Status status, ByteView output, const abi::ErrorRegistry* errors) {
    if (status != evm::Status::Revert)
        return std::string(evm::statusName(status));
    return abi::revertMessage(output, errors);
}

}  // namespace ipc::chain
