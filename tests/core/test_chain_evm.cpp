// Contracts on a subnet chain: code and storage in AccountState (journal, codec), creation and
// calls through the EVM in blocks (receipts, logs, fees, supply), read-only simulation, and the
// built-in contracts reached from EVM code as native contracts.
#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ipc/core/chain/account_state.h"
#include "ipc/core/chain/evm_bridge.h"
#include "ipc/core/chain/state_io.h"
#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/chain/validator_set.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/evm/executor.h"
#include "ipc/core/evm/tracers.h"
#include "ipc/core/primitives/error.h"
#include "support/test_values.h"

using namespace ipc;
using namespace ipc::chain;

namespace {

using ipc::testing_support::addr;
using ipc::testing_support::kChainId;
using ipc::testing_support::kEther;
using ipc::testing_support::kGwei;

crypto::PrivateKey key(std::uint64_t i) {
    return crypto::PrivateKey::deterministic(11, i);
}

// Runtime: v = calldata[0:32]; v == 0 reverts with the single byte 0xde; otherwise
// sstore(0, v) and LOG1(topic 0x77, data v).
const Bytes kStoreRuntime = {
    0x60, 0x00, 0x35,                          // v = calldataload(0)
    0x80, 0x15, 0x60, 0x17, 0x57,              // if iszero(v) jump 0x17
    0x80, 0x60, 0x00, 0x55,                    // sstore(0, v)
    0x60, 0x00, 0x52,                          // mstore(0, v)
    0x60, 0x77, 0x60, 0x20, 0x60, 0x00, 0xa1,  // log1(0, 32, 0x77)
    0x00,                                      // stop
    0x5b,                                      // 0x17:
    0x60, 0xde, 0x60, 0x00, 0x53,              // mstore8(0, 0xde)
    0x60, 0x01, 0x60, 0x00, 0xfd,              // revert(0, 1)
};

// Initcode that deploys `runtime`: codecopy it to memory and return it.
Bytes deployCode(const Bytes& runtime) {
    Bytes init = {0x60, static_cast<std::uint8_t>(runtime.size()),  // size
                  0x80,                                             // dup
                  0x60, 0x0b,                                       // offset (this prefix)
                  0x60, 0x00,
                  0x39,  // codecopy(0, 0x0b, size)
                  0x60, 0x00,
                  0xf3};  // return(0, size)
    init.insert(init.end(), runtime.begin(), runtime.end());
    return init;
}

// Runtime: STATICCALL `target` with this call's calldata; return its return data, or revert
// with it.
Bytes forwarderRuntime(const EthAddress& target) {
    Bytes c = {0x36, 0x60, 0x00, 0x60, 0x00, 0x37,        // calldatacopy(0, 0, calldatasize)
               0x60, 0x00, 0x60, 0x00, 0x36, 0x60, 0x00,  // ret 0,0; args 0,cds
               0x73};                                     // push20 target
    const ByteView t = target.view();
    c.insert(c.end(), t.begin(), t.end());
    const Bytes rest = {0x5a, 0xfa,                          // gas, staticcall
                        0x3d, 0x60, 0x00, 0x60, 0x00, 0x3e,  // returndatacopy(0, 0, rds)
                        0x60, 0x00,                          // jump target (patched)
                        0x57,                                // jumpi(ok, success)
                        0x3d, 0x60, 0x00, 0xfd,              // revert(0, rds)
                        0x5b, 0x3d, 0x60, 0x00, 0xf3};       // ok: return(0, rds)
    const std::size_t base = c.size();
    c.insert(c.end(), rest.begin(), rest.end());
    c[base + 9] = static_cast<std::uint8_t>(base + 15);
    return c;
}

Bytes word(std::uint64_t v) {
    Bytes b(32, 0);
    for (int i = 0; i < 8; ++i)
        b[31 - static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(v >> (8 * i));
    return b;
}

Validator validator(const EthAddress& a, std::uint64_t power) {
    Validator v;
    v.address = a;
    v.power = power;
    return v;
}

// A built-in contract at 0xc0…01: selector 0x00000001 is a getter answering 42, 0x00000002
// changes state (callGas non-zero), anything else reverts in view().
class StubContracts : public SystemContracts {
public:
    static EthAddress address() { return addr(1, 0xc0); }
    bool isContract(const EthAddress& a) const override { return a == address(); }
    std::vector<EthAddress> addresses() const override { return {address()}; }
    std::uint64_t callGas(const EthAddress&, ByteView data) const override {
        return data.size() >= 4 && data[3] == 2 ? 5000 : 0;
    }
    Bytes call(CallContext&, const EthAddress&, ByteView) override { return {}; }
    Bytes view(const EthAddress&, ByteView data) const override {
        if (data.size() >= 4 && data[3] == 1)
            return word(42);
        throw Revert("unknown getter");
    }
};

class ChainEvmTest : public ::testing::Test {
protected:
    ChainEvmTest() : chain_(params(), ValidatorSet({validator(proposer(), 10)}), &stub_) {
        for (std::uint64_t i = 0; i < 3; ++i)
            chain_.state().setBalance(key(i).ethAddress(), U256(100) * kEther);
        chain_.genesis(1'000);
        supply_ = chain_.state().totalSupply();
    }
    static ChainParams params() {
        ChainParams p;
        p.chainId = kChainId;
        return p;
    }
    static EthAddress proposer() { return addr(0x50, 0x99); }

    TxPtr tx(std::uint64_t k, std::uint64_t nonce, std::optional<EthAddress> to, Bytes data,
             std::uint64_t gas = 300'000, U256 value = U256{}) {
        Transaction t;
        t.type = TxType::Eip1559;
        t.chainId = kChainId;
        t.nonce = nonce;
        t.maxFeePerGas = U256(3) * kGwei;
        t.maxPriorityFeePerGas = kGwei;
        t.gasLimit = gas;
        t.to = to;
        t.value = value;
        t.data = std::move(data);
        const SignedTransaction stx = sign(t, key(k));
        return std::make_shared<const IncludedTx>(
            IncludedTx{stx, key(k).ethAddress(), hash(stx), false});
    }
    const Block& produce() {
        now_ += 1000;
        return chain_.produceBlock(now_, proposer(), {}, {});
    }
    EthAddress deployStore() {
        const EthAddress sender = key(0).ethAddress();
        const std::uint64_t nonce = chain_.state().nonce(sender);
        chain_.submit(tx(0, nonce, std::nullopt, deployCode(kStoreRuntime)));
        const Block& b = produce();
        EXPECT_TRUE(b.receipts.back().success) << b.receipts.back().revertReason;
        return evm::createAddress(sender, nonce);
    }

    StubContracts stub_;
    SubnetChain chain_;
    U256 supply_;
    std::uint64_t now_ = 1'000;
};

}  // namespace

// ---------------------------------------------------------------- AccountState

TEST(AccountStateContracts, CodeAndStorageAreJournaled) {
    AccountState s;
    s.setBalance(addr(1), U256(5));
    const auto mark = s.mark();
    s.setCode(addr(1), evm::Code::make(Bytes{0x00}));
    s.setStorage(addr(1), evm::Word(1), evm::Word(7));
    s.setStorage(addr(1), evm::Word(2), evm::Word(8));
    EXPECT_TRUE(s.hasCode(addr(1)));
    EXPECT_EQ(s.storageAt(addr(1), evm::Word(1)), evm::Word(7));
    const auto inner = s.mark();
    s.setStorage(addr(1), evm::Word(1), evm::Word());  // delete
    s.removeAccount(addr(1));
    EXPECT_FALSE(s.hasStorage(addr(1)));
    EXPECT_EQ(s.accounts().count(addr(1)), 0u);
    s.revertTo(inner);
    EXPECT_EQ(s.storageAt(addr(1), evm::Word(1)), evm::Word(7));
    EXPECT_EQ(s.storageAt(addr(1), evm::Word(2)), evm::Word(8));
    EXPECT_EQ(s.balance(addr(1)), U256(5));
    EXPECT_TRUE(s.hasCode(addr(1)));
    s.revertTo(mark);
    EXPECT_FALSE(s.hasCode(addr(1)));
    EXPECT_FALSE(s.hasStorage(addr(1)));
    EXPECT_EQ(s.code(addr(1))->bytes.size(), 0u);
}

TEST(AccountStateContracts, CodecKeepsCodeAndStorageAndPlainAccountsUnchanged) {
    AccountState plain;
    plain.setBalance(addr(2), U256(9));
    StateWriter pw;
    plain.encodeState(pw);

    AccountState s;
    s.setBalance(addr(2), U256(9));
    s.setCode(addr(3), evm::Code::make(kStoreRuntime));
    s.setStorage(addr(3), evm::Word(1), evm::Word(0xabc));
    s.setStorage(addr(3), evm::Word::max(), evm::Word(1));
    s.takeTouched();
    s.takeTouchedSlots();
    StateWriter w;
    s.encodeState(w);
    const Bytes bytes = w.encoded();
    const rlp::Item root = decodeStateList(bytes, "state");
    StateReader r(root, "state");
    AccountState back = AccountState::decodeState(r);
    r.finish();
    EXPECT_EQ(back.balance(addr(2)), U256(9));
    EXPECT_EQ(back.code(addr(3))->bytes, kStoreRuntime);
    EXPECT_EQ(back.storageAt(addr(3), evm::Word(1)), evm::Word(0xabc));
    EXPECT_EQ(back.storageAt(addr(3), evm::Word::max()), evm::Word(1));
    StateWriter again;
    back.encodeState(again);
    EXPECT_EQ(again.encoded(), bytes);

    // A plain account encodes as before contracts existed (three fields).
    const rlp::Item proot = decodeStateList(pw.encoded(), "state");
    StateReader pr(proot, "state");
    StateReader accounts = pr.list("accounts");
    StateReader one = accounts.list("account");
    EXPECT_EQ(one.remaining(), 3u);
}

// ---------------------------------------------------------------- blocks

TEST_F(ChainEvmTest, CreationDeploysCodeWithExactFeesAndSupply) {
    const EthAddress sender = key(0).ethAddress();
    const U256 before = chain_.state().balance(sender);
    chain_.submit(tx(0, 0, std::nullopt, deployCode(kStoreRuntime)));
    const Block& b = produce();
    ASSERT_EQ(b.receipts.size(), 1u);
    const Receipt& r = b.receipts[0];
    ASSERT_TRUE(r.success) << r.revertReason;
    const EthAddress contract = evm::createAddress(sender, 0);
    EXPECT_EQ(chain_.state().code(contract)->bytes, kStoreRuntime);
    EXPECT_EQ(chain_.state().nonce(contract), 1u);
    EXPECT_EQ(chain_.state().nonce(sender), 1u);
    // 53000 + calldata + 2 initcode words + the init run + 200 per deployed byte.
    const std::uint64_t data = 11 + kStoreRuntime.size();
    std::uint64_t calldata = 0;
    for (std::uint8_t x : deployCode(kStoreRuntime))
        calldata += x == 0 ? 4 : 16;
    const std::uint64_t initRun = 3 + 3 + 3 + 3 + 3 + 3 * 2 + 3 + 3 + 3;  // pushes, copy, mem
    EXPECT_EQ(r.gasUsed,
              53'000 + calldata + 2 * ((data + 31) / 32) + initRun + 200 * kStoreRuntime.size());
    EXPECT_EQ(chain_.state().balance(sender), before - U256(r.gasUsed) * r.effectiveGasPrice);
    EXPECT_EQ(chain_.state().balance(burntFundsAddress()), U256(r.gasUsed) * b.header.baseFee);
    EXPECT_EQ(chain_.state().totalSupply(), supply_);
    EXPECT_TRUE(chain_.runsEvm(contract));
}

TEST_F(ChainEvmTest, CallsStoreLogAndRevertOnlyChargeOnFailure) {
    const EthAddress c = deployStore();
    chain_.submit(tx(1, 0, c, word(0x1234)));
    const Block& b = produce();
    ASSERT_TRUE(b.receipts[0].success) << b.receipts[0].revertReason;
    EXPECT_EQ(chain_.state().storageAt(c, evm::Word(0)), evm::Word(0x1234));
    ASSERT_EQ(b.receipts[0].logs.size(), 1u);
    EXPECT_EQ(b.receipts[0].logs[0].address, c);
    EXPECT_EQ(b.receipts[0].logs[0].topics.at(0), evm::Word(0x77).toHash());
    EXPECT_EQ(b.receipts[0].logs[0].data, word(0x1234));
    EXPECT_EQ(b.receipts[0].gasUsed, b.receipts[0].cumulativeGasUsed);

    // Reverted call: nonce and fee only; revert data kept.
    const EthAddress sender = key(1).ethAddress();
    const U256 before = chain_.state().balance(sender);
    const Hash32 root = chain_.head().header.stateRoot;
    chain_.submit(tx(1, 1, c, word(0), 100'000, U256(5)));
    const Block& failed = produce();
    const Receipt& r = failed.receipts[0];
    EXPECT_FALSE(r.success);
    EXPECT_EQ(r.returnData, Bytes{0xde});
    EXPECT_EQ(r.revertReason, "execution reverted (return data: 0xde)");
    EXPECT_TRUE(r.logs.empty());
    EXPECT_EQ(chain_.state().storageAt(c, evm::Word(0)), evm::Word(0x1234));
    EXPECT_EQ(chain_.state().balance(c), U256{});
    EXPECT_EQ(chain_.state().nonce(sender), 2u);
    EXPECT_EQ(chain_.state().balance(sender), before - U256(r.gasUsed) * r.effectiveGasPrice);
    EXPECT_LT(r.gasUsed, 100'000u);
    EXPECT_NE(failed.header.stateRoot, root);
    EXPECT_EQ(chain_.state().totalSupply(), supply_);
}

TEST_F(ChainEvmTest, HostileBytecodeHaltsAndChargesAllGas) {
    // Initcode 0xfe (INVALID): the creation fails, all gas is used, no account appears.
    const EthAddress sender = key(2).ethAddress();
    chain_.submit(tx(2, 0, std::nullopt, Bytes{0xfe}, 90'000));
    const Block& b = produce();
    EXPECT_FALSE(b.receipts[0].success);
    EXPECT_EQ(b.receipts[0].gasUsed, 90'000u);
    EXPECT_EQ(b.receipts[0].revertReason, "invalid instruction");
    EXPECT_FALSE(chain_.state().hasCode(evm::createAddress(sender, 0)));
    EXPECT_EQ(chain_.state().nonce(sender), 1u);
    EXPECT_EQ(chain_.state().totalSupply(), supply_);
}

TEST_F(ChainEvmTest, PlainTransfersKeepTheirPath) {
    chain_.submit(tx(0, 0, addr(0x42), {}, 21'000, kEther));
    const Block& b = produce();
    EXPECT_TRUE(b.receipts[0].success);
    EXPECT_EQ(b.receipts[0].gasUsed, 21'000u);
    EXPECT_EQ(chain_.state().balance(addr(0x42)), kEther);
}

TEST_F(ChainEvmTest, SimulateLeavesTheStateAlone) {
    const EthAddress c = deployStore();
    const Hash32 root = chain_.head().header.stateRoot;
    EvmCall call;
    call.from = key(1).ethAddress();
    call.to = c;
    call.data = word(5);
    const evm::TxResult ok = chain_.simulate(call, now_ + 1000);
    ASSERT_TRUE(ok.valid);
    EXPECT_EQ(ok.status, evm::Status::Success);
    EXPECT_EQ(ok.logs.size(), 1u);
    EXPECT_EQ(chain_.state().storageAt(c, evm::Word(0)), evm::Word());
    call.data = word(0);
    const evm::TxResult rev = chain_.simulate(call, now_ + 1000);
    EXPECT_EQ(rev.status, evm::Status::Revert);
    EXPECT_EQ(rev.output, Bytes{0xde});
    call.value = U256(1000) * kEther;  // more than the sender has
    EXPECT_FALSE(chain_.simulate(call, now_ + 1000).valid);
    EXPECT_EQ(chain_.head().header.stateRoot, root);
    EXPECT_EQ(chain_.state().nonce(key(1).ethAddress()), 0u);
}

TEST_F(ChainEvmTest, BuiltInContractsAnswerEvmCodeAsNatives) {
    const EthAddress sender = key(0).ethAddress();
    chain_.submit(tx(0, 0, std::nullopt, deployCode(forwarderRuntime(StubContracts::address()))));
    ASSERT_TRUE(produce().receipts[0].success);
    const EthAddress fwd = evm::createAddress(sender, 0);
    EvmCall call;
    call.from = sender;
    call.to = fwd;
    call.data = Bytes{0, 0, 0, 1};
    const evm::TxResult got = chain_.simulate(call, now_ + 1000);
    ASSERT_EQ(got.status, evm::Status::Success) << evm::statusName(got.status);
    EXPECT_EQ(got.output, word(42));
    // An unknown getter reverts with Error(string); a state-changing call through STATICCALL
    // fails as a state write in a static context does: no data.
    call.data = Bytes{0, 0, 0, 9};
    const evm::TxResult bad = chain_.simulate(call, now_ + 1000);
    EXPECT_EQ(bad.status, evm::Status::Revert);
    EXPECT_EQ(errorStringOf(bad.output).value_or(""), "unknown getter");
    call.data = Bytes{0, 0, 0, 2};
    const evm::TxResult write = chain_.simulate(call, now_ + 1000);
    EXPECT_EQ(write.status, evm::Status::Revert);
    EXPECT_TRUE(write.output.empty());
    // The same in a block: the receipt keeps the forwarded revert data.
    chain_.submit(tx(0, 1, fwd, Bytes{0, 0, 0, 9}));
    const Block& b = produce();
    EXPECT_FALSE(b.receipts[0].success);
    EXPECT_EQ(b.receipts[0].revertReason, "execution reverted: unknown getter");
}

// ---------------------------------------------------------------- tracing again

TEST_F(ChainEvmTest, RecentTransactionsRunAgainExactlyAsInTheirBlock) {
    const EthAddress store = deployStore();
    const EthAddress sender = key(1).ethAddress();
    const TxPtr first = tx(1, 0, store, word(7));
    const TxPtr second = tx(1, 1, store, word(9));  // overwrites the slot the first one wrote
    chain_.submit(first);
    chain_.submit(second);
    const Block& b = produce();
    ASSERT_EQ(b.receipts.size(), 2u);
    const Receipt& r = b.receipts[1];
    ASSERT_TRUE(r.success);
    EXPECT_EQ(chain_.state().storageAt(store, evm::Word(0)), evm::Word(9));

    // The second transaction ran after the first: its rerun reads 7 from the slot, not the 9 the
    // chain holds now, and uses exactly the gas it used.
    evm::StructLogger logger;
    const auto rerun = chain_.retrace(second->hash, &logger);
    ASSERT_TRUE(rerun);
    EXPECT_EQ(static_cast<std::uint64_t>(rerun->gasUsed), r.gasUsed);
    EXPECT_EQ(rerun->status, evm::Status::Success);
    ASSERT_EQ(rerun->logs.size(), r.logs.size());
    EXPECT_EQ(rerun->logs[0].data, r.logs[0].data);
    bool sawStore = false;
    for (const evm::StructLog& l : logger.logs()) {
        if (l.op == 0x55) {
            sawStore = true;
            // Over a slot that held 7 before this transaction: non-zero to non-zero, cold.
            EXPECT_EQ(l.gasCost, 5000);
        }
    }
    EXPECT_TRUE(sawStore);
    const auto w = chain_.witness(second->hash);
    ASSERT_TRUE(w);
    EXPECT_EQ(w->storage.at({store, evm::Word(0)}), evm::Word(7));
    ASSERT_TRUE(w->accounts.at(sender));
    // Nothing changed by running it again.
    EXPECT_EQ(chain_.state().storageAt(store, evm::Word(0)), evm::Word(9));
    EXPECT_EQ(chain_.state().nonce(sender), 2u);

    // A reverted transaction reruns as a revert, with its call tree.
    chain_.submit(tx(1, 2, store, word(0)));
    const Block& failed = produce();
    ASSERT_FALSE(failed.receipts[0].success);
    evm::CallTracer calls;
    const auto reverted = chain_.retrace(failed.transactions[0]->hash, &calls);
    ASSERT_TRUE(reverted);
    EXPECT_EQ(reverted->status, evm::Status::Revert);
    ASSERT_TRUE(calls.root());
    EXPECT_EQ(calls.root()->to, store);
    EXPECT_EQ(calls.root()->output, Bytes{0xde});

    EXPECT_FALSE(chain_.retrace(Hash32{}, nullptr));
    EXPECT_FALSE(chain_.witness(Hash32{}));
}

TEST_F(ChainEvmTest, SimulationRecordsThePrestateItRead) {
    const EthAddress store = deployStore();
    chain_.submit(tx(1, 0, store, word(5)));
    produce();
    EvmCall call;
    call.from = key(2).ethAddress();
    call.to = store;
    call.data = word(6);
    TxWitness witness;
    evm::CallTracer tracer;
    const evm::TxResult res = chain_.simulate(call, now_ + 1000, &tracer, &witness);
    ASSERT_TRUE(res.valid);
    EXPECT_EQ(res.status, evm::Status::Success);
    EXPECT_EQ(witness.storage.at({store, evm::Word(0)}), evm::Word(5));
    ASSERT_TRUE(witness.accounts.at(store));
    EXPECT_FALSE(witness.accounts.at(store)->code->bytes.empty());
    ASSERT_TRUE(tracer.root());
    EXPECT_EQ(tracer.root()->input, word(6));
    EXPECT_EQ(chain_.state().storageAt(store, evm::Word(0)), evm::Word(5));
}
