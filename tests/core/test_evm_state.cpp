// JournaledState: every kind of change is undone by revert(), in nested snapshots; the end of a
// transaction reports written slots, deletes self-destructed and touched empty accounts (EIP-161)
// and forgets transient storage and warm sets.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <vector>

#include "core/test_evm_support.h"

namespace {

using namespace ipc;
using namespace ipc::evm;
using ipc::evm::testing::address;

TEST(EvmState, RevertUndoesEveryKindOfChange) {
    MemoryBackend backend;
    const EthAddress a = address(0xa);
    const EthAddress b = address(0xb);
    backend.put(a).balance = Word(100);
    backend.setStorage(a, Word(1), Word(11));
    JournaledState state(backend);

    const std::size_t outer = state.snapshot();
    state.transfer(a, b, Word(40));
    state.setNonce(a, 5);
    state.setStorage(a, Word(1), Word(12));
    const std::size_t inner = state.snapshot();
    state.setCode(b, Code::make({0x60, 0x00}));
    state.setStorage(a, Word(1), Word(13));
    state.setStorage(a, Word(2), Word(22));
    state.setTransientStorage(a, Word(3), Word(33));
    EXPECT_TRUE(state.warmAddress(b));
    EXPECT_TRUE(state.warmSlot(a, Word(1)));
    state.addLog(Log{a, {}, {1}});
    state.addRefund(4800);
    state.revert(inner);

    EXPECT_EQ(state.balance(a), Word(60));
    EXPECT_EQ(state.balance(b), Word(40));
    EXPECT_EQ(state.nonce(a), 5u);
    EXPECT_TRUE(state.code(b)->bytes.empty());
    EXPECT_EQ(state.storage(a, Word(1)), Word(12));
    EXPECT_EQ(state.storage(a, Word(2)), Word());
    EXPECT_EQ(state.transientStorage(a, Word(3)), Word());
    EXPECT_FALSE(state.isWarm(b));
    EXPECT_TRUE(state.warmSlot(a, Word(1)));  // cold again after the revert
    EXPECT_TRUE(state.logs().empty());
    EXPECT_EQ(state.refund(), 0);

    state.revert(outer);
    EXPECT_EQ(state.balance(a), Word(100));
    EXPECT_FALSE(state.exists(b));
    EXPECT_EQ(state.nonce(a), 0u);
    EXPECT_EQ(state.storage(a, Word(1)), Word(11));
    const auto changes = state.finishTransaction();
    // Only `a` exists; its slots are unchanged, so none is reported.
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].address, a);
    EXPECT_TRUE(changes[0].storage.empty());
}

TEST(EvmState, UndoStepsOfOutsideStateRunWithTheRevertNewestFirst) {
    MemoryBackend backend;
    JournaledState state(backend);
    std::vector<int> outside{0};
    auto change = [&](int v) {
        const int was = outside.back();
        outside.push_back(v);
        state.recordUndo([&outside, was] {
            outside.pop_back();
            EXPECT_EQ(outside.back(), was);
        });
    };
    change(1);
    const std::size_t frame = state.snapshot();
    change(2);
    state.addBalance(EthAddress(), Word(5));
    change(3);
    state.revert(frame);
    EXPECT_EQ(outside, (std::vector<int>{0, 1}));
    EXPECT_TRUE(state.balance(EthAddress()).isZero());
    // Kept changes stay: the end of the transaction drops their undo steps.
    state.finishTransaction();
    state.revert(0);
    EXPECT_EQ(outside, (std::vector<int>{0, 1}));
}

TEST(EvmState, OriginalValuesStayAtTheTransactionStart) {
    MemoryBackend backend;
    const EthAddress a = address(0xa);
    backend.put(a);
    backend.setStorage(a, Word(1), Word(7));
    JournaledState state(backend);
    auto& account = state.account(a);
    state.setStorage(a, Word(1), Word(8));
    state.setStorage(a, Word(1), Word(9));
    EXPECT_EQ(state.slot(account, a, Word(1)).original, Word(7));
    EXPECT_EQ(state.slot(account, a, Word(1)).current, Word(9));
    backend.apply(state.finishTransaction());
    EXPECT_EQ(backend.storage(a, Word(1)), Word(9));
    JournaledState next(backend);
    EXPECT_EQ(next.slot(next.account(a), a, Word(1)).original, Word(9));
}

TEST(EvmState, EndOfTransactionCleanup) {
    MemoryBackend backend;
    const EthAddress rich = address(0x1);
    const EthAddress empty = address(0x2);
    const EthAddress created = address(0x3);
    backend.put(rich).balance = Word(10);
    backend.put(empty);
    JournaledState state(backend);
    state.transfer(rich, empty, Word(0));  // touches an empty account: EIP-161 deletes it
    state.createContract(created, rich);
    state.setStorage(created, Word(1), Word(1));
    state.setTransientStorage(rich, Word(1), Word(1));
    state.markSelfDestructed(created);
    state.warmAddress(rich);
    backend.apply(state.finishTransaction());
    EXPECT_EQ(backend.accounts().count(empty), 0u);
    EXPECT_EQ(backend.accounts().count(created), 0u);
    EXPECT_EQ(backend.accounts().count(rich), 1u);
    EXPECT_EQ(state.transientStorage(rich, Word(1)), Word());
    EXPECT_FALSE(state.isWarm(rich));
}

TEST(EvmState, CreatedAccountsNameTheirCreatorAndARevertForgetsThem) {
    MemoryBackend backend;
    const EthAddress factory = address(0x1);
    const EthAddress kept = address(0x2);
    const EthAddress undone = address(0x3);
    JournaledState state(backend);
    state.createContract(kept, factory);
    state.setCode(kept, Code::make({0x00}));
    const std::size_t before = state.snapshot();
    state.createContract(undone, factory);
    state.setCode(undone, Code::make({0x00}));
    state.revert(before);
    std::map<EthAddress, std::optional<EthAddress>> creators;
    for (const AccountChange& c : state.finishTransaction())
        creators[c.address] = c.creator;
    EXPECT_EQ(creators.at(kept), std::optional<EthAddress>(factory));
    EXPECT_FALSE(creators.count(undone) > 0 && creators.at(undone).has_value());
}

TEST(EvmState, CollisionRules) {
    MemoryBackend backend;
    backend.put(address(1)).nonce = 1;
    backend.put(address(2)).code = Code::make({0x00});
    backend.setStorage(address(3), Word(0), Word(1));
    backend.put(address(4)).balance = Word(5);  // only a balance: no collision
    JournaledState state(backend);
    EXPECT_TRUE(state.hasCollision(address(1)));
    EXPECT_TRUE(state.hasCollision(address(2)));
    EXPECT_TRUE(state.hasCollision(address(3)));
    EXPECT_FALSE(state.hasCollision(address(4)));
    EXPECT_FALSE(state.hasCollision(address(5)));
}

}  // namespace
