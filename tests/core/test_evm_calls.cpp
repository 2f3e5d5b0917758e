// Calls, creates and transactions: nested frames and what a revert undoes, static-call rules,
// the depth limit, CREATE/CREATE2 (EIP-1014 addresses, EIP-3860, EIP-170, EIP-3541, EIP-6780),
// native contracts, transaction gas and fees, and hostile bytecode.
#include <gtest/gtest.h>

#include "core/test_evm_support.h"
#include "ipc/core/crypto/hash.h"

namespace {

using namespace ipc;
using namespace ipc::evm;
using ipc::evm::testing::address;
using ipc::evm::testing::code;
using ipc::evm::testing::push;
using ipc::evm::testing::World;

std::string returnTop() {
    return "60005260206000f3";
}

Word outputWord(const ipc::evm::testing::Run& run) {
    EXPECT_EQ(run.result.output.size(), 32u);
    return run.result.output.size() == 32 ? Word::load32(run.result.output.data()) : Word();
}

// CALL(gas, to, value, 0, 0, 0, 0) leaving the success flag on the stack.
std::string callTo(const EthAddress& to, const std::string& valueHex = "6000") {
    return "6000600060006000" + valueHex + push(to) + "5af1";
}

TEST(EvmCalls, RevertedCalleeKeepsNothingAndReturnsItsData) {
    World w;
    const EthAddress b = address(0xb);
    // B: SSTORE(0, 1); MSTORE(0, 0xdead); REVERT(30, 2).
    w.deploy(b, code("6001600055"
                     "61dead600052"
                     "6002601efd"));
    w.backend.setStorage(w.contract, Word(0), Word(5));
    // A: CALL B; SSTORE(0, success); RETURNDATACOPY(0, 0, RETURNDATASIZE); RETURN(0, size).
    auto run = w.call(code(callTo(b) + "600055"
                                       "3d60006000"
                                       "3e"
                                       "3d6000f3"),
                      1000000);
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(run.result.output, code("dead"));
    EXPECT_EQ(w.storage(w.contract, 0), Word());
    EXPECT_EQ(w.storage(b, 0), Word());
}

TEST(EvmCalls, CalleeChangesRevertWithTheCaller) {
    World w;
    const EthAddress b = address(0xb);
    w.deploy(b, code("6001600055"
                     "00"));
    // A calls B (which stores), then reverts itself: B's store is undone.
    auto run = w.call(code(callTo(b) + "60006000fd"), 1000000);
    EXPECT_EQ(run.result.status, Status::Revert);
    EXPECT_EQ(w.storage(b, 0), Word());
    // A calls B and stops: B's store stays.
    run = w.call(code(callTo(b) + "00"), 1000000);
    EXPECT_TRUE(run.result.success());
    EXPECT_EQ(w.storage(b, 0), Word(1));
}

TEST(EvmCalls, ValueTransferAndStipend) {
    World w;
    const EthAddress b = address(0xb);
    // B returns GAS: with CALL's gas argument 0 and value 1 it has the 2300 stipend.
    w.deploy(b, code("5a" + returnTop()));
    auto run = w.call(code("6020600060006000"
                           "6001" +
                           push(b) +
                           "6000f1"
                           "50"
                           "60206000f3"),
                      1000000, {}, Word(10));
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(Word::load32(run.result.output.data()), Word(2298));
    EXPECT_EQ(w.backend.accounts().at(b).balance, Word(1));
    EXPECT_EQ(w.backend.accounts().at(w.contract).balance, Word(9));
    // Value to a missing account: 100 + 2500 cold + 9000 value + 25000 new account.
    const EthAddress fresh = address(0xf4e54);
    run = w.call(code(callTo(fresh, "6001") + "00"), 1000000);
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(run.gasUsed, 6 * 3 + 2 + 100 + 2500 + 9000 + 25000 - 2300);
    EXPECT_EQ(w.backend.accounts().at(fresh).balance, Word(1));
    // Not enough balance: the call fails, the gas comes back, nothing moves.
    run = w.call(code(callTo(fresh, "61ffff") + returnTop()), 1000000);
    EXPECT_EQ(outputWord(run), Word());
    EXPECT_EQ(w.backend.accounts().at(fresh).balance, Word(1));
}

TEST(EvmCalls, DelegateCallRunsInTheCallersContext) {
    World w;
    const EthAddress lib = address(0x11b);
    // lib: SSTORE(0, CALLER); SSTORE(1, CALLVALUE).
    w.deploy(lib, code("336000553460015500"));
    auto run = w.call(code("600060006000600061011b5af4"
                           "00"),
                      1000000, {}, Word(3));
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(w.storage(w.contract, 0), Word::fromAddress(w.caller));
    EXPECT_EQ(w.storage(w.contract, 1), Word(3));
    EXPECT_EQ(w.storage(lib, 0), Word());
    // CALLCODE: caller is the contract itself.
    run = w.call(code("6000600060006000600061011b5af2"
                      "00"),
                 1000000);
    EXPECT_EQ(w.storage(w.contract, 0), Word::fromAddress(w.contract));
}

TEST(EvmCalls, StaticCallForbidsStateChanges) {
    World w;
    const EthAddress b = address(0xb);
    const struct {
        const char* callee;
        const char* what;
    } cases[] = {
        {"6001600055", "SSTORE"},     {"60006000a0", "LOG0"},
        {"600060006000f0", "CREATE"}, {"6000ff", "SELFDESTRUCT"},
        {"600160005d", "TSTORE"},     {"6000600060006000600161000b5af1", "CALL with value"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.what);
        w.deploy(b, code(c.callee));
        const auto run = w.call(code("6000600060006000" + push(b) + "5afa" + returnTop()), 100000);
        ASSERT_TRUE(run.result.success());
        EXPECT_EQ(outputWord(run), Word());
    }
    // A zero-value CALL and reads are fine inside a static call.
    w.deploy(b, code("6000600060006000600061bad05af150"
                     "6000545000"));
    const auto run = w.call(code("6000600060006000" + push(b) + "5afa" + returnTop()), 100000);
    EXPECT_EQ(outputWord(run), Word(1));
}

TEST(EvmCalls, DepthLimitIs1024WithoutNativeRecursion) {
    World w;
    // SSTORE(depth, 1); MSTORE(0, depth + 1); CALL(GAS, ADDRESS, 0, 0, 32, 0, 0).
    const Bytes recursive = code(
        "600160003555"
        "6000356001016000"
        "52"
        "60006000602060006000305af1"
        "00");
    const auto run = w.call(recursive, 1'000'000'000'000'000LL, Bytes(32, 0));
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(w.storage(w.contract, 0), Word(1));
    EXPECT_EQ(w.storage(w.contract, 1024), Word(1));
    EXPECT_EQ(w.storage(w.contract, 1025), Word());
}

TEST(EvmCalls, RecursiveCreateStopsAtTheDepthLimit) {
    World w;
    // Initcode that creates a copy of itself: CODECOPY(0, 0, CODESIZE); CREATE(0, 0, CODESIZE).
    const auto run = w.call(code("38600060003938600060"
                                 "00f000"),
                            1'000'000'000'000'000LL);
    ASSERT_TRUE(run.result.success());
    // Depths 1..1024 each created one account; the create at depth 1025 failed.
    EXPECT_EQ(w.backend.accounts().size(), 2u + 1024u);
}

TEST(EvmCalls, ReturnDataBounds) {
    World w;
    const EthAddress b = address(0xb);
    w.deploy(b, code("60aa60005360016000f3"));  // returns one byte
    // RETURNDATACOPY(0, 0, 1) is fine; (0, 1, 1) and (0, 2, 0) are out of bounds.
    auto run = w.call(code(callTo(b) + "6001600060003e"
                                       "00"),
                      1000000);
    EXPECT_TRUE(run.result.success());
    run = w.call(code(callTo(b) + "6001600160003e"
                                  "00"),
                 1000000);
    EXPECT_EQ(run.result.status, Status::ReturnDataOutOfBounds);
    EXPECT_EQ(run.gasUsed, 1000000);
    run = w.call(code(callTo(b) + "6000600260003e"
                                  "00"),
                 1000000);
    EXPECT_EQ(run.result.status, Status::ReturnDataOutOfBounds);
    // Return data is copied into the caller's output area, clipped to its size.
    run = w.call(code("6020600060006000600060"
                      "0b"
                      "5af1"
                      "50"
                      "60206000f3"),
                 1000000);
    EXPECT_EQ(run.result.output[0], 0xaa);
    EXPECT_EQ(run.result.output[1], 0x00);
}

TEST(EvmCalls, PrecompilesAndTheUnsupported0x0a) {
    World w;
    // MSTORE8(0, 0xab); STATICCALL(GAS, 0x04, in 0..1, out 32..33); RETURN(32, 32).
    auto run = w.call(code("60ab600053"
                           "6001602060016000"
                           "6004"
                           "5afa"
                           "50"
                           "60206020f3"),
                      100000);
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(run.result.output[0], 0xab);
    EXPECT_EQ(run.result.output[1], 0x00);
    // SHA-256 of nothing, returned through RETURNDATACOPY.
    run = w.call(code("600060006000600060025afa50"
                      "6020600060003e"
                      "60206000f3"),
                 100000);
    EXPECT_EQ(toHex(run.result.output),
              "0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    // Identity with too little gas fails and takes the gas it was given.
    run = w.call(code("6000600060006000"
                      "6004"
                      "6001"
                      "fa" +
                      returnTop()),
                 100000);
    EXPECT_EQ(outputWord(run), Word());
    EXPECT_EQ(run.gasUsed, 4 * 3 + 3 + 3 + 100 + 1 + 15);
    // 0x0a (point evaluation) is warm but not supported: STATICCALL(0x1000, 0x0a, ...) fails and
    // the 0x1000 gas it forwarded is used up; RETURNDATASIZE stays 0.
    run = w.call(code("6000600060006000"
                      "600a"
                      "611000"
                      "fa"
                      "3d"
                      "01" +
                      returnTop()),
                 100000);
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(outputWord(run), Word());
    EXPECT_EQ(run.gasUsed, 4 * 3 + 3 + 3 + 100 + 0x1000 + 2 + 3 + 3 + 3 + 3 + 3 + 3);
}

TEST(EvmCalls, PointEvaluationNamesItselfInTheResult) {
    World w;
    const EthAddress kzg = address(0x0a);
    // A message straight to 0x0a halts with the reason.
    JournaledState state(w.backend);
    Executor executor(state, w.block, TxContext{w.caller, Word(10)});
    Message m;
    m.kind = CallKind::Call;
    m.gas = 50000;
    m.sender = w.caller;
    m.recipient = kzg;
    m.codeAddress = kzg;
    m.input = Bytes(192, 0);
    const CallResult direct = executor.call(m);
    EXPECT_EQ(direct.status, Status::PointEvaluationUnsupported);
    EXPECT_EQ(direct.gasLeft, 0);
    EXPECT_EQ(statusName(direct.status),
              "precompile 0x0a (KZG point evaluation) is not supported by the devnet");

    // A transaction whose contract calls 0x0a and reverts when that fails carries the reason.
    const auto transact = [&w](Bytes bytecode) {
        w.deploy(w.contract, std::move(bytecode));
        JournaledState txState(w.backend);
        Executor txExecutor(txState, w.block, TxContext{});
        Transaction tx;
        tx.sender = w.caller;
        tx.to = w.contract;
        tx.gasLimit = 100000;
        tx.gasPrice = Word(10);
        return txExecutor.transact(tx);
    };
    TxResult res =
        transact(code("6000600060006000600a5afa"
                      "601457"
                      "60006000fd"
                      "5b00"));
    ASSERT_TRUE(res.valid) << res.error;
    EXPECT_EQ(res.status, Status::Revert);
    EXPECT_EQ(res.unsupported, statusName(Status::PointEvaluationUnsupported));
    // A transaction that never calls it says nothing.
    res = transact(code("00"));
    ASSERT_TRUE(res.valid) << res.error;
    EXPECT_TRUE(res.unsupported.empty());
}

TEST(EvmCalls, GrandchildRevertKeepsTheChildsOwnWrites) {
    World w;
    const EthAddress child = address(0xc1);
    const EthAddress grandchild = address(0xc2);
    w.deploy(grandchild, code("6001600055"
                              "60006000fd"));  // stores, then reverts
    w.deploy(child, code("6002600155" + callTo(grandchild) +
                         "600255"
                         "00"));
    const auto run = w.call(code(callTo(child) + "00"), 1'000'000);
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(w.storage(child, 1), Word(2));
    EXPECT_EQ(w.storage(child, 2), Word());  // the grandchild's call returned 0
    EXPECT_EQ(w.storage(grandchild, 0), Word());
}

TEST(EvmCreate, AddressVectors) {
    EXPECT_EQ(
        createAddress(EthAddress::parse("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0"), 0).hex(),
        "0xcd234a471b72ba2f1ccf0a70fcaba648a5eecd8d");
    EXPECT_EQ(
        createAddress(EthAddress::parse("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0"), 1).hex(),
        "0x343c43a37d37dff08ae8c4a11544c718abb4fcf8");
    // EIP-1014's examples.
    struct Case {
        const char* sender;
        const char* salt;
        const char* initcode;
        const char* address;
    };
    const Case cases[] = {
        {"0x0000000000000000000000000000000000000000", "0x0", "00",
         "0x4d1a2e2bb4f88f0250f26ffff098b0b30b26bf38"},
        {"0xdeadbeef00000000000000000000000000000000", "0x0", "00",
         "0xb928f69bb1d91cd65274e3c79d8986362984fda3"},
        {"0xdeadbeef00000000000000000000000000000000",
         "0x000000000000000000000000feed000000000000000000000000000000000000", "00",
         "0xd04116cdd17bebe565eb2422f2497e06cc1c9833"},
        {"0x0000000000000000000000000000000000000000", "0x0", "deadbeef",
         "0x70f2b2914a2a4b783faefb75f459a580616fcb5e"},
        {"0x00000000000000000000000000000000deadbeef", "0xcafebabe", "deadbeef",
         "0x60f3f640a8508fc6a86d45df051962668e1e8ac7"},
        {"0x00000000000000000000000000000000deadbeef", "0xcafebabe",
         "deadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbee"
         "f",
         "0x1d8bfdc5d46dc4f61d6b6115972536ebe6a8854c"},
        {"0x0000000000000000000000000000000000000000", "0x0", "",
         "0xe33c0c7f7df4809055c3eba6c09cfe4baf1bd9e0"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.address);
        EXPECT_EQ(create2Address(EthAddress::parse(c.sender), Word::fromU256(U256::parse(c.salt)),
                                 code(c.initcode))
                      .hex(),
                  c.address);
    }
}

// Initcode that returns `runtime` (at most 32 bytes).
std::string initcodeReturning(const std::string& runtimeHex) {
    const std::size_t n = runtimeHex.size() / 2;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%02x", static_cast<unsigned>(0x5f + n));
    std::string s = buf + runtimeHex + "600052";
    std::snprintf(buf, sizeof buf, "60%02x60%02xf3", static_cast<unsigned>(n),
                  static_cast<unsigned>(32 - n));
    return s + buf;
}

// Code that CREATEs (or CREATE2s with salt 7) `initcode` (at most 32 bytes) with `value`, and
// stores the result at slot 0.
std::string creator(const std::string& initcodeHex, bool create2, const std::string& value = "00") {
    const std::size_t n = initcodeHex.size() / 2;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%02x", static_cast<unsigned>(0x5f + n));
    std::string s = buf + initcodeHex + "600052";
    std::snprintf(buf, sizeof buf, "60%02x60%02x", static_cast<unsigned>(n),
                  static_cast<unsigned>(32 - n));
    s += create2 ? "6007" + std::string(buf) + "60" + value + "f5"
                 : std::string(buf) + "60" + value + "f0";
    return s + "60005500";
}

TEST(EvmCreate, CreateAndCreate2DeployCode) {
    const std::string runtime = "602a60005260206000f3";  // returns 42
    const std::string init = initcodeReturning(runtime);
    for (bool create2 : {false, true}) {
        SCOPED_TRACE(create2 ? "CREATE2" : "CREATE");
        World w;
        const auto run = w.call(code(creator(init, create2)), 1000000);
        ASSERT_TRUE(run.result.success());
        const EthAddress expected = create2 ? create2Address(w.contract, Word(7), code(init))
                                            : createAddress(w.contract, 0);
        EXPECT_EQ(w.storage(w.contract, 0), Word::fromAddress(expected));
        const auto& accounts = w.backend.accounts();
        ASSERT_TRUE(accounts.count(expected));
        EXPECT_EQ(accounts.at(expected).code->bytes, code(runtime));
        EXPECT_EQ(accounts.at(expected).nonce, 1u);
        EXPECT_EQ(accounts.at(w.contract).nonce, 1u);
        // The same CREATE2 again collides: result 0, the creator's nonce still moves.
        if (create2) {
            const auto again = w.call(code(creator(init, true)), 1000000);
            EXPECT_TRUE(again.result.success());
            EXPECT_EQ(w.storage(w.contract, 0), Word());
            EXPECT_EQ(w.backend.accounts().at(w.contract).nonce, 2u);
        }
    }
}

TEST(EvmCreate, Eip3860InitcodeLimit) {
    World w;
    // CREATE(0, 0, 49152) of zeros (STOP) works; 49153 is an exceptional halt.
    auto run = w.call(code("61c0006000"
                           "6000f0"
                           "60005500"),
                      10'000'000);
    ASSERT_TRUE(run.result.success());
    EXPECT_NE(w.storage(w.contract, 0), Word());
    run = w.call(code("61c0016000"
                      "6000f0"
                      "60005500"),
                 10'000'000);
    EXPECT_EQ(run.result.status, Status::OutOfGas);
    EXPECT_EQ(run.gasUsed, 10'000'000);
    // Word cost: 2 per initcode word (49152 bytes = 1536 words) on top of 32000 + memory.
    World w2;
    run = w2.call(code("61c0006000"
                       "6000f0"
                       "00"),
                  10'000'000);
    const std::int64_t memory = 3 * 1536 + 1536 * 1536 / 512;
    EXPECT_EQ(run.gasUsed, 9 + 32000 + 2 * 1536 + memory);
    // The transaction form: intrinsic gas counts the words, and oversized initcode is invalid.
    Transaction tx;
    tx.data = Bytes(64, 0);
    EXPECT_EQ(intrinsicGas(tx), 21000 + 32000 + 64 * 4 + 2 * 2);
    tx.to = address(1);
    EXPECT_EQ(intrinsicGas(tx), 21000 + 64 * 4);
}

TEST(EvmCreate, Eip170AndEip3541) {
    World w;
    // Initcode returning 24577 zero bytes fails; 24576 deploys (200 gas per byte).
    auto run = w.call(code(creator("6160016000f3", false)), 10'000'000);
    EXPECT_TRUE(run.result.success());
    EXPECT_EQ(w.storage(w.contract, 0), Word());
    run = w.call(code(creator("6160006000f3", false)), 10'000'000);
    EXPECT_NE(w.storage(w.contract, 0), Word());
    // Code starting with 0xEF is rejected; 0xFE is fine.
    run = w.call(code(creator("60ef60005360016000f3", false)), 1'000'000);
    EXPECT_EQ(w.storage(w.contract, 0), Word());
    run = w.call(code(creator("60fe60005360016000f3", false)), 1'000'000);
    EXPECT_NE(w.storage(w.contract, 0), Word());
}

TEST(EvmCreate, CreateRevertReturnsItsDataAndRestoresState) {
    World w;
    // Initcode: SSTORE(0, 1); REVERT with one byte 0xaa.
    const std::string init =
        "6001600055"
        "60aa60005360016000fd";
    // The creator stores the result, then returns RETURNDATASIZE instead of stopping.
    std::string c = creator(init, false);
    c.resize(c.size() - 2);
    const auto run = w.call(code(c + "3d" + returnTop()), 1'000'000);
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(outputWord(run), Word(1));
    EXPECT_EQ(w.storage(w.contract, 0), Word());
}

TEST(EvmCreate, Eip6780SelfDestruct) {
    World w;
    const EthAddress heir = address(0x4e14);
    // A contract created in this transaction and destroyed in it is gone, its value sent on.
    auto run = w.call(code(creator(push(heir) + "ff", false, "05")), 1'000'000, {}, Word(5));
    ASSERT_TRUE(run.result.success());
    const EthAddress created = createAddress(w.contract, 0);
    EXPECT_EQ(w.backend.accounts().count(created), 0u);
    EXPECT_EQ(w.backend.accounts().at(heir).balance, Word(5));
    // A contract that existed before only hands over its balance.
    World v;
    v.backend.put(v.contract).balance = Word(100);
    v.backend.setStorage(v.contract, Word(1), Word(9));
    run = v.call(code(push(heir) + "ff"), 1'000'000);
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(run.gasUsed, 3 + 5000 + 2600 + 25000);
    EXPECT_EQ(v.backend.accounts().at(heir).balance, Word(100));
    EXPECT_EQ(v.backend.accounts().at(v.contract).balance, Word());
    EXPECT_EQ(v.backend.accounts().at(v.contract).code->bytes, code(push(heir) + "ff"));
    EXPECT_EQ(v.storage(v.contract, 1), Word(9));
}

class RecordingNative : public NativeContract {
public:
    NativeResult call(const NativeCall& c) override {
        ++calls;
        lastCaller = c.caller;
        lastValue = c.value;
        lastInput.assign(c.input.begin(), c.input.end());
        if (!c.isStatic)
            c.state.setStorage(c.address, Word(0), Word(77));
        NativeResult r;
        r.success = !fail;
        r.output = code("beef");
        r.gasUsed = 1000;
        return r;
    }
    int calls = 0;
    bool fail = false;
    EthAddress lastCaller;
    Word lastValue;
    Bytes lastInput;
};

TEST(EvmNative, HandlerRunsInsteadOfBytecodeAndIsJournaled) {
    World w;
    RecordingNative native;
    const EthAddress gateway = address(0x64);
    w.natives.emplace_back(gateway, &native);
    // MSTORE8(0, 0x11); CALL(gateway, value 2, in 0..1, out 0..2); RETURN(0, 2).
    const std::string call = "601160005360026000600160006002" + push(gateway) + "5af1";
    auto run = w.call(code(call + "5060026000f3"), 1'000'000, {}, Word(2));
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(native.calls, 1);
    EXPECT_EQ(native.lastCaller, w.contract);
    EXPECT_EQ(native.lastValue, Word(2));
    EXPECT_EQ(native.lastInput, code("11"));
    EXPECT_EQ(run.result.output, code("beef"));
    EXPECT_EQ(w.storage(gateway, 0), Word(77));
    EXPECT_EQ(w.backend.accounts().at(gateway).balance, Word(2));
    // The caller reverts afterwards: the handler's write goes too.
    w.backend.setStorage(gateway, Word(0), Word());
    run = w.call(code(call + "60006000fd"), 1'000'000, {}, Word(2));
    EXPECT_EQ(w.storage(gateway, 0), Word());
    // A failing handler: its write and the value transfer are undone; the call returns 0.
    native.fail = true;
    run = w.call(code(call + returnTop()), 1'000'000, {}, Word(2));
    EXPECT_EQ(outputWord(run), Word());
    EXPECT_EQ(w.storage(gateway, 0), Word());
    EXPECT_EQ(w.backend.accounts().at(gateway).balance, Word(2));
}

// A native contract that forwards its input to a bytecode contract through the executor.
class ForwardingNative : public NativeContract {
public:
    explicit ForwardingNative(EthAddress target) : target_(target) {}
    NativeResult call(const NativeCall& c) override {
        Message m;
        m.kind = CallKind::Call;
        m.depth = c.depth + 1;
        m.gas = c.gas - c.gas / 64;
        m.sender = c.address;
        m.recipient = target_;
        m.codeAddress = target_;
        m.input.assign(c.input.begin(), c.input.end());
        m.isStatic = c.isStatic;
        const CallResult r = c.executor.call(m);
        return NativeResult{r.success(), r.output, m.gas - r.gasLeft};
    }

private:
    EthAddress target_;
};

TEST(EvmNative, HandlerCanCallBackIntoTheEvm) {
    World w;
    const EthAddress target = address(0x7a);
    const EthAddress forwarder = address(0x64);
    // target: SSTORE(0, CALLDATALOAD(0)); return CALLER.
    w.deploy(target, code("600035600055"
                          "33" +
                          returnTop()));
    ForwardingNative native(target);
    w.natives.emplace_back(forwarder, &native);
    // MSTORE(0, 9); CALL(forwarder, in 0..32, out 0..32); RETURN(0, 32).
    const auto run = w.call(code("6009600052"
                                 "6020600060206000600061"
                                 "0064"
                                 "5af1"
                                 "50"
                                 "60206000f3"),
                            1'000'000);
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(w.storage(target, 0), Word(9));
    EXPECT_EQ(Word::load32(run.result.output.data()), Word::fromAddress(forwarder));
}

TEST(EvmTransaction, TransferFeesAndRefundCap) {
    World w;
    const EthAddress to = address(0x70);
    w.block.baseFee = Word(7);
    JournaledState state(w.backend);
    Executor executor(state, w.block, TxContext{});
    Transaction tx;
    tx.sender = w.caller;
    tx.to = to;
    tx.value = Word(1000);
    tx.gasLimit = 50000;
    tx.gasPrice = Word(10);
    auto r = executor.transact(tx);
    ASSERT_TRUE(r.valid) << r.error;
    EXPECT_EQ(r.status, Status::Success);
    EXPECT_EQ(r.gasUsed, 21000);
    w.backend.apply(r.changes);
    const Word start = Word::fromU256(U256::parse("1000000000000000000000000"));
    EXPECT_EQ(w.backend.accounts().at(w.caller).balance, start - Word(1000) - Word(210000));
    EXPECT_EQ(w.backend.accounts().at(w.caller).nonce, 1u);
    EXPECT_EQ(w.backend.accounts().at(to).balance, Word(1000));
    EXPECT_EQ(w.backend.accounts().at(w.block.coinbase).balance, Word(21000 * 3));

    // Clearing a slot refunds 4800, capped at a fifth of the gas used.
    w.deploy(w.contract, code("6000600055"));
    w.backend.setStorage(w.contract, Word(0), Word(1));
    tx.to = w.contract;
    tx.value = Word();
    r = executor.transact(tx);
    ASSERT_TRUE(r.valid);
    const std::int64_t used = 21000 + 6 + 2100 + 2900;
    EXPECT_EQ(r.refund, std::min<std::int64_t>(4800, used / 5));
    EXPECT_EQ(r.gasUsed, used - r.refund);
    w.backend.apply(r.changes);

    // An access list: 2400 per address + 1900 per slot, and the slot is then warm.
    w.backend.setStorage(w.contract, Word(0), Word(1));
    tx.accessList = {{w.contract, {Word(0)}}};
    r = executor.transact(tx);
    ASSERT_TRUE(r.valid);
    EXPECT_EQ(r.gasUsed + r.refund, 21000 + 2400 + 1900 + 6 + 2900);
    w.backend.apply(r.changes);

    // Invalid transactions change nothing.
    tx.gasLimit = 20000;
    r = executor.transact(tx);
    EXPECT_FALSE(r.valid);
    tx.gasLimit = 50000;
    tx.gasPrice = Word(6);
    r = executor.transact(tx);
    EXPECT_FALSE(r.valid);
    tx.gasPrice = Word::max();
    r = executor.transact(tx);
    EXPECT_FALSE(r.valid);
}

TEST(EvmTransaction, ContractCreation) {
    World w;
    JournaledState state(w.backend);
    Executor executor(state, w.block, TxContext{});
    Transaction tx;
    tx.sender = w.caller;
    tx.data = code(initcodeReturning("602a60005260206000f3"));
    tx.gasLimit = 200000;
    tx.gasPrice = Word(7);
    auto r = executor.transact(tx);
    ASSERT_TRUE(r.valid) << r.error;
    ASSERT_EQ(r.status, Status::Success);
    ASSERT_TRUE(r.createdAddress);
    EXPECT_EQ(*r.createdAddress, createAddress(w.caller, 0));
    w.backend.apply(r.changes);
    EXPECT_EQ(w.backend.accounts().at(*r.createdAddress).code->bytes, code("602a60005260206000f3"));
    EXPECT_EQ(w.backend.accounts().at(w.caller).nonce, 1u);
    tx.data = Bytes(kMaxInitcodeSize + 1, 0);
    tx.gasLimit = 10'000'000;
    EXPECT_FALSE(executor.transact(tx).valid);
}

TEST(EvmHostile, ExceptionalHaltsConsumeAllGas) {
    World w;
    const std::int64_t huge = 0x7fffffffffffffffLL;
    const char* programs[] = {
        "6001650100000000005200",                      // MSTORE at 2^40
        "60016fffffffffffffffffffffffffffffffff5100",  // MLOAD at 2^128
        "63ffffffff600020",                            // KECCAK256 of 4 GiB
        "63ffffffff6000600037",                        // CALLDATACOPY of 4 GiB
        "600060006001650100000000006000305af1",        // CALL with input at 2^40
    };
    // 4 GiB would cost ~3.6e13 gas: with 2^63-1 gas the interpreter must still refuse memory
    // past 4 GiB rather than allocate it.
    for (const char* p : {programs[0], programs[1], programs[4]}) {
        SCOPED_TRACE(p);
        const auto run = w.call(code(p), huge);
        EXPECT_EQ(run.result.status, Status::OutOfGas);
        EXPECT_EQ(run.gasUsed, huge);
    }
    for (const char* p : {programs[2], programs[3]}) {
        SCOPED_TRACE(p);
        const auto run = w.call(code(p), 10'000'000);
        EXPECT_EQ(run.result.status, Status::OutOfGas);
        EXPECT_EQ(run.gasUsed, 10'000'000);
    }
    // An endless loop stops when the gas runs out.
    const auto loop = w.call(code("5b600056"), 1'000'000);
    EXPECT_EQ(loop.result.status, Status::OutOfGas);
    EXPECT_EQ(loop.gasUsed, 1'000'000);
    // Gas 0: even STOP-free code halts cleanly.
    const auto none = w.call(code("6001"), 0);
    EXPECT_EQ(none.result.status, Status::OutOfGas);
}

}  // namespace
