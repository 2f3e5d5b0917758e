// Per-opcode results and exact gas, with the EIPs' own vectors where they give them (EIP-3529
// SSTORE table, EIP-3855 PUSH0, EIP-5656 MCOPY, EIP-1153 transient storage).
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

Word outputWord(const ipc::evm::testing::Run& run) {
    EXPECT_EQ(run.result.output.size(), 32u);
    return run.result.output.size() == 32 ? Word::load32(run.result.output.data()) : Word();
}

// Appends "return the top of the stack as one word".
std::string returnTop() {
    return "60005260206000f3";
}

TEST(EvmOpcodes, ArithmeticGas) {
    World w;
    // PUSH1 1 PUSH1 2 ADD, then MSTORE/RETURN: 3+3+3 + 3+3(+3 memory) + 3+3.
    auto run = w.call(code("6001600201" + returnTop()), 100000);
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(outputWord(run), Word(3));
    EXPECT_EQ(run.gasUsed, 24);
}

TEST(EvmOpcodes, ExpChargesPerExponentByte) {
    World w;
    auto run = w.call(code("6101006002"
                           "0a00"),
                      100000);  // 2 ** 0x100
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(run.gasUsed, 3 + 3 + 10 + 50 * 2);
    run = w.call(code("600360020a" + returnTop()), 100000);  // 2 ** 3
    EXPECT_EQ(outputWord(run), Word(8));
}

TEST(EvmOpcodes, Keccak256) {
    World w;
    auto run = w.call(code("6000600020" + returnTop()), 100000);
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(outputWord(run), Word::fromHash(keccak256(ByteView())));
    EXPECT_EQ(run.gasUsed, 3 + 3 + 30 + 3 + 6 + 3 + 3);
    // 64 bytes: 30 + 6 * 2 words + 2 words of memory.
    run = w.call(code("6040600020"
                      "00"),
                 100000);
    EXPECT_EQ(run.gasUsed, 3 + 3 + 30 + 12 + 6);
}

TEST(EvmOpcodes, ColdAndWarmAccess) {
    World w;
    const EthAddress other = address(0xabc);
    // SLOAD cold then warm.
    auto run = w.call(code("600054600054"
                           "00"),
                      100000);
    EXPECT_EQ(run.gasUsed, 3 + 2100 + 3 + 100);
    // BALANCE cold then warm; the contract itself is warm.
    run = w.call(code(push(other) + "31" + push(other) + "31" +
                      "3031"
                      "00"),
                 100000);
    EXPECT_EQ(run.gasUsed, 3 + 2600 + 3 + 100 + 2 + 100);
    // EXTCODESIZE / EXTCODEHASH of a missing account: 0; hash of an account with code.
    w.deploy(other, code("6001"));
    run = w.call(code(push(other) + "3f" + returnTop()), 100000);
    EXPECT_EQ(outputWord(run), Word::fromHash(keccak256(ByteView(code("6001")))));
    run = w.call(code(push(address(0xdead)) + "3f" + returnTop()), 100000);
    EXPECT_EQ(outputWord(run), Word());
}

TEST(EvmOpcodes, MemoryExpansionAndMsize) {
    World w;
    // MSTORE at 0x100 needs 9 words: 3*9 + 81/512.
    auto run = w.call(code("600161010052"
                           "00"),
                      100000);
    EXPECT_EQ(run.gasUsed, 3 + 3 + 3 + 27);
    run = w.call(code("600161010052"
                      "59" +
                      returnTop()),
                 100000);
    EXPECT_EQ(outputWord(run), Word(0x120));
    // 1024 words: 3*1024 + 1024*1024/512 = 5120.
    run = w.call(code("6001617fe052"
                      "00"),
                 100000);
    EXPECT_EQ(run.gasUsed, 3 + 3 + 3 + 5120);
}

TEST(EvmOpcodes, CopiesAndCalldata) {
    World w;
    // CALLDATACOPY 40 bytes from offset 4 to memory 0, return 64 bytes.
    const Bytes input = code(
        "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
        "202122232425262728292a2b2c2d2e2f");
    auto run = w.call(code("6028600460003760406000f3"), 100000, input);
    ASSERT_TRUE(run.result.success());
    Bytes expected(input.begin() + 4, input.begin() + 44);
    expected.resize(64, 0);
    EXPECT_EQ(run.result.output, expected);
    EXPECT_EQ(run.gasUsed, 3 + 3 + 3 + 3 + 3 * 2 + 6 + 3 + 3);
    // CALLDATALOAD past the end reads zeros; CALLDATASIZE.
    run = w.call(code("602c35" + returnTop()), 100000, input);
    EXPECT_EQ(outputWord(run), shl(Word::fromBytes(code("2c2d2e2f")), Word(224)));
    run = w.call(code("36" + returnTop()), 100000, input);
    EXPECT_EQ(outputWord(run), Word(48));
    // CODECOPY of the whole code; CODESIZE.
    run = w.call(code("600a60006000396000"
                      "51" +
                      returnTop()),
                 100000);
    EXPECT_EQ(run.result.output[0], 0x60);
    EXPECT_EQ(run.result.output[9], 0x51);
    EXPECT_EQ(run.result.output[10], 0x00);
}

TEST(EvmOpcodes, Eip3529SstoreTable) {
    struct Case {
        const char* bytecode;
        std::int64_t gasUsed;
        std::int64_t refund;
        std::uint64_t original;
    };
    // EIP-3529's table (the slot is warm, as in the EIP's setting).
    const Case cases[] = {
        {"60006000556000600055", 212, 0, 0},
        {"60006000556001600055", 20112, 0, 0},
        {"60016000556000600055", 20112, 19900, 0},
        {"60016000556002600055", 20112, 0, 0},
        {"60016000556001600055", 20112, 0, 0},
        {"60006000556000600055", 3012, 4800, 1},
        {"60006000556001600055", 3012, 2800, 1},
        {"60006000556002600055", 3012, 0, 1},
        {"60026000556000600055", 3012, 4800, 1},
        {"60026000556003600055", 3012, 0, 1},
        {"60026000556001600055", 3012, 2800, 1},
        {"60026000556002600055", 3012, 0, 1},
        {"60016000556000600055", 3012, 4800, 1},
        {"60016000556002600055", 3012, 0, 1},
        {"60016000556001600055", 212, 0, 1},
        {"600160005560006000556001600055", 40118, 19900, 0},
        {"600060005560016000556000600055", 5918, 7600, 1},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.bytecode);
        World w;
        w.backend.setStorage(w.contract, Word(0), Word(c.original));
        const auto run = w.call(code(c.bytecode), 100000, {}, Word(), {Word(0)});
        ASSERT_TRUE(run.result.success());
        EXPECT_EQ(run.gasUsed, c.gasUsed);
        EXPECT_EQ(run.refund, c.refund);
    }
}

TEST(EvmOpcodes, SstoreColdSlotAndSentry) {
    World w;
    auto run = w.call(code("6001600055"), 100000);
    EXPECT_EQ(run.gasUsed, 3 + 3 + 2100 + 20000);
    EXPECT_EQ(w.storage(w.contract, 0), Word(1));
    // With 2300 gas or less left, SSTORE is an exceptional halt even for a no-op.
    run = w.call(code("6001600055"), 2306);
    EXPECT_EQ(run.result.status, Status::OutOfGas);
    EXPECT_EQ(run.gasUsed, 2306);
}

TEST(EvmOpcodes, Eip3855Push0) {
    World w;
    auto run = w.call(code("5f" + returnTop()), 100000);
    EXPECT_EQ(outputWord(run), Word());
    EXPECT_EQ(run.gasUsed, 2 + 3 + 3 + 3 + 3 + 3);
    std::string full;
    for (int i = 0; i < 1024; ++i)
        full += "5f";
    run = w.call(code(full), 100000);
    EXPECT_TRUE(run.result.success());
    EXPECT_EQ(run.gasUsed, 2048);
    run = w.call(code(full + "5f"), 100000);
    EXPECT_EQ(run.result.status, Status::StackOverflow);
    EXPECT_EQ(run.gasUsed, 100000);
}

TEST(EvmOpcodes, Eip5656Mcopy) {
    World w;
    const std::string data = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    // mem[32..64] = data; MCOPY(0, 32, 32); return mem[0..64].
    auto run = w.call(code("7f" + data +
                           "602052"
                           "6020602060005e"
                           "60406000f3"),
                      100000);
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(toHex(run.result.output, false), data + data);
    // Overlapping copy: MCOPY(1, 0, 8) after mem[0..32] = data.
    run = w.call(code("7f" + data +
                      "600052"
                      "600860006001"
                      "5e"
                      "60206000f3"),
                 100000);
    EXPECT_EQ(toHex(run.result.output, false),
              "000001020304050607090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    // Gas: 3 + 3 per word + expansion. MCOPY(0x20, 0, 0x20) on empty memory: 2 words = 6.
    run = w.call(code("602060006020"
                      "5e"
                      "00"),
                 100000);
    EXPECT_EQ(run.gasUsed, 9 + 3 + 3 + 6);
    // Zero length with a huge offset costs nothing more.
    run = w.call(code("6000"
                      "7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
                      "6000"
                      "5e"
                      "00"),
                 100000);
    EXPECT_TRUE(run.result.success());
    EXPECT_EQ(run.gasUsed, 9 + 3);
}

TEST(EvmOpcodes, Eip1153TransientStorage) {
    World w;
    // TSTORE(1, 42); TLOAD(1).
    auto run = w.call(code("602a60015d60015c" + returnTop()), 100000);
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(outputWord(run), Word(42));
    EXPECT_EQ(run.gasUsed, 3 + 3 + 100 + 3 + 100 + 15);
    // Gone in the next transaction.
    run = w.call(code("60015c" + returnTop()), 100000);
    EXPECT_EQ(outputWord(run), Word());
}

TEST(EvmOpcodes, Eip1153RevertAndStatic) {
    World w;
    const EthAddress callee = address(0xb0b);
    // callee: TSTORE(0, 7) then REVERT(0, 0).
    w.deploy(callee, code("60076000"
                          "5d"
                          "60006000fd"));
    // caller: TSTORE(0, 1); CALL callee; TLOAD(0) is still 1.
    auto run = w.call(code("600160005d"
                           "6000600060006000600061"
                           "0b0b"
                           "5af150"
                           "60005c" +
                           returnTop()),
                      1000000);
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(outputWord(run), Word(1));
    // TSTORE inside STATICCALL fails: the call returns 0.
    w.deploy(callee, code("600160005d00"));
    run = w.call(code("60006000600060006000"
                      "610b0b"
                      "5afa" +
                      returnTop()),
                 1000000);
    EXPECT_EQ(outputWord(run), Word());
    // TLOAD inside STATICCALL is allowed.
    w.deploy(callee, code("60005c50"
                          "00"));
    run = w.call(code("60006000600060006000"
                      "610b0b"
                      "5afa" +
                      returnTop()),
                 1000000);
    EXPECT_EQ(outputWord(run), Word(1));
}

TEST(EvmOpcodes, EnvironmentAndBlock) {
    World w;
    w.block.number = 77;
    w.block.timestamp = 1234;
    w.block.blockHash = [](std::uint64_t n) { return Word(n * 1000).toHash(); };
    EXPECT_EQ(outputWord(w.call(code("43" + returnTop()), 100000)), Word(77));
    EXPECT_EQ(outputWord(w.call(code("42" + returnTop()), 100000)), Word(1234));
    EXPECT_EQ(outputWord(w.call(code("46" + returnTop()), 100000)), Word(31337));
    EXPECT_EQ(outputWord(w.call(code("48" + returnTop()), 100000)), Word(7));
    // No blobs on the devnet: BLOBBASEFEE and BLOBHASH (any index) answer zero.
    EXPECT_EQ(outputWord(w.call(code("4a" + returnTop()), 100000)), Word());
    EXPECT_EQ(outputWord(w.call(code("600049" + returnTop()), 100000)), Word());
    EXPECT_EQ(outputWord(w.call(code("600149" + returnTop()), 100000)), Word());
    EXPECT_EQ(outputWord(w.call(code("60004940" + returnTop()), 100000)), Word());
    EXPECT_EQ(outputWord(w.call(code("604c40" + returnTop()), 100000)), Word(76000));
    EXPECT_EQ(outputWord(w.call(code("604d40" + returnTop()), 100000)), Word());  // current
    EXPECT_EQ(outputWord(w.call(code("33" + returnTop()), 100000)), Word::fromAddress(w.caller));
    EXPECT_EQ(outputWord(w.call(code("32" + returnTop()), 100000)), Word::fromAddress(w.caller));
    EXPECT_EQ(outputWord(w.call(code("30" + returnTop()), 100000)), Word::fromAddress(w.contract));
    EXPECT_EQ(outputWord(w.call(code("41" + returnTop()), 100000)),
              Word::fromAddress(w.block.coinbase));
    EXPECT_EQ(outputWord(w.call(code("3a" + returnTop()), 100000)), Word(10));
    EXPECT_EQ(outputWord(w.call(code("34" + returnTop()), 100000, {}, Word(5))), Word(5));
    EXPECT_EQ(outputWord(w.call(code("47" + returnTop()), 100000)), Word(5));  // SELFBALANCE
    // GAS after its own 2: 100000 - 2.
    EXPECT_EQ(outputWord(w.call(code("5a" + returnTop()), 100000)), Word(99998));
    EXPECT_EQ(outputWord(w.call(code("6000600058" + returnTop()), 100000)), Word(4));  // PC
}

TEST(EvmOpcodes, Logs) {
    World w;
    // mem[0..32] = 0xff..; LOG2(0, 32, topic1=1, topic2=2).
    auto run =
        w.call(code("7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600052"
                    "6002600160206000"
                    "a2"
                    "00"),
               100000);
    ASSERT_TRUE(run.result.success());
    ASSERT_EQ(run.logs.size(), 1u);
    EXPECT_EQ(run.logs[0].address, w.contract);
    ASSERT_EQ(run.logs[0].topics.size(), 2u);
    EXPECT_EQ(run.logs[0].topics[0], Word(1).toHash());
    EXPECT_EQ(run.logs[0].topics[1], Word(2).toHash());
    EXPECT_EQ(run.logs[0].data, Bytes(32, 0xff));
    EXPECT_EQ(run.gasUsed, 3 + 3 + 6 + 4 * 3 + 375 * 3 + 8 * 32);
}

TEST(EvmOpcodes, JumpsAndInvalid) {
    World w;
    // PUSH1 4 JUMP INVALID JUMPDEST PUSH1 1 ...
    auto run = w.call(code("600456fe5b6001" + returnTop()), 100000);
    ASSERT_TRUE(run.result.success());
    EXPECT_EQ(outputWord(run), Word(1));
    // Jump into push data (0x5b inside PUSH1) is invalid.
    EXPECT_EQ(outputWord(w.call(code("6001600657fe"
                                     "5b"
                                     "6002" +
                                     returnTop()),
                                100000)),
              Word(2));
    run = w.call(code("600456605b00"), 100000);
    EXPECT_EQ(run.result.status, Status::BadJumpDestination);
    EXPECT_EQ(run.gasUsed, 100000);
    run = w.call(code("fe"), 100000);
    EXPECT_EQ(run.result.status, Status::InvalidInstruction);
    EXPECT_EQ(run.gasUsed, 100000);
    run = w.call(code("0c"), 100000);
    EXPECT_EQ(run.result.status, Status::InvalidInstruction);
    run = w.call(code("01"), 100000);
    EXPECT_EQ(run.result.status, Status::StackUnderflow);
    EXPECT_EQ(run.gasUsed, 100000);
    // JUMPI not taken falls through; a huge destination is a bad jump when taken.
    run = w.call(code("60007f" + std::string(64, 'f') +
                      "57"
                      "00"),
                 100000);
    EXPECT_TRUE(run.result.success());
    run = w.call(code("60017f" + std::string(64, 'f') +
                      "57"
                      "00"),
                 100000);
    EXPECT_EQ(run.result.status, Status::BadJumpDestination);
    // PUSH at the end of the code reads zeros.
    run = w.call(code("7f01"), 100000);
    EXPECT_TRUE(run.result.success());
}

TEST(EvmOpcodes, ReturnAndRevertData) {
    World w;
    auto run = w.call(code("60aa60005360016000fd"), 100000);
    EXPECT_EQ(run.result.status, Status::Revert);
    EXPECT_EQ(run.result.output, code("aa"));
    EXPECT_EQ(run.gasUsed, 3 + 3 + 3 + 3 + 3 + 3);  // reverts keep the rest of the gas
}

}  // namespace
