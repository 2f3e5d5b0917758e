// The EVM's tracer hooks and the two tracers built on them: geth's opcode logger (structLogs)
// and its call tracer.
#include <gtest/gtest.h>

#include "ipc/core/evm/tracers.h"
#include "test_evm_support.h"

namespace ipc::evm {
namespace {

using testing::address;
using testing::code;
using testing::push;
using testing::World;

// PUSH1 1, PUSH1 2, ADD, PUSH1 0, SSTORE, STOP
constexpr const char* kAddAndStore = "600160020160005500";

TEST(StructLogger, ReportsEveryStepWithGasCostStackAndStorage) {
    World w;
    StructLogger logger;
    w.tracer = &logger;
    const auto run = w.call(code(kAddAndStore), 100000);
    ASSERT_TRUE(run.result.success());
    const auto& logs = logger.logs();
    ASSERT_EQ(logs.size(), 6u);
    const char* ops[] = {"PUSH1", "PUSH1", "ADD", "PUSH1", "SSTORE", "STOP"};
    const std::int64_t costs[] = {3, 3, 3, 3, 22100, 0};  // a cold zero-to-non-zero SSTORE
    std::int64_t gas = 100000;
    for (std::size_t i = 0; i < logs.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(opcodeName(logs[i].op), ops[i]);
        EXPECT_EQ(logs[i].gas, gas);
        EXPECT_EQ(logs[i].gasCost, costs[i]);
        EXPECT_EQ(logs[i].depth, 1);
        EXPECT_FALSE(logs[i].error);
        gas -= costs[i];
    }
    EXPECT_EQ(run.gasUsed, 100000 - gas);
    EXPECT_EQ(logs[2].pc, 4u);
    ASSERT_EQ(logs[2].stack.size(), 2u);  // ADD sees 1 and 2, bottom first
    EXPECT_EQ(logs[2].stack[0], Word(1));
    EXPECT_EQ(logs[2].stack[1], Word(2));
    EXPECT_FALSE(logs[2].storage);
    ASSERT_TRUE(logs[4].storage);  // SSTORE shows the slot it writes
    EXPECT_EQ(logs[4].storage->at(Word(0)), Word(3));
    EXPECT_TRUE(logs[0].memory.empty());  // memory only when asked for
}

TEST(StructLogger, OptionsAndLimit) {
    World w;
    StructLogger logger(StructLogOptions{true, true, true, false, 3});
    w.tracer = &logger;
    // MSTORE 0x2a at 0, then SLOAD slot 0.
    w.call(code("602a60005260005400"), 100000);
    EXPECT_EQ(logger.steps(), 6u);
    ASSERT_EQ(logger.logs().size(), 3u);
    EXPECT_TRUE(logger.logs()[1].stack.empty());
    EXPECT_EQ(logger.logs()[2].memory.size(), 0u);  // before MSTORE has run
    EXPECT_FALSE(logger.logs()[2].storage);

    StructLogger withMemory(StructLogOptions{false, false, true, false, 0});
    w.tracer = &withMemory;
    w.call(code("602a60005260005400"), 100000);
    const auto& logs = withMemory.logs();
    ASSERT_EQ(logs.size(), 6u);
    ASSERT_EQ(logs[3].memory.size(), 32u);  // after MSTORE
    EXPECT_EQ(logs[3].memory[31], 0x2a);
    ASSERT_TRUE(logs[4].storage);  // SLOAD shows the value it reads
    EXPECT_EQ(logs[4].storage->at(Word(0)), Word(0));
}

TEST(StructLogger, ExceptionalHaltNamesTheError) {
    World w;
    StructLogger logger;
    w.tracer = &logger;
    const auto run = w.call(code("01"), 100000);  // ADD on an empty stack
    EXPECT_EQ(run.result.status, Status::StackUnderflow);
    ASSERT_EQ(logger.logs().size(), 1u);
    EXPECT_EQ(logger.logs()[0].error, std::string(statusName(Status::StackUnderflow)));

    StructLogger oog;
    w.tracer = &oog;
    w.call(code(kAddAndStore), 5000);  // the SSTORE cannot be paid
    ASSERT_EQ(oog.logs().size(), 5u);
    EXPECT_EQ(oog.logs()[4].error, std::string(statusName(Status::OutOfGas)));
}

TEST(StructLogger, TracingChangesNothingInTheResult) {
    // A loop of 100 KECCAK256 rounds with storage writes, traced and untraced.
    const Bytes loop = code(
        "6064"
        "5b"
        "80600052"
        "60206000"
        "20"
        "8155"
        "600190"
        "03"
        "80"
        "6002"
        "57"
        "00");
    World plain;
    const auto a = plain.call(loop, 5000000);
    World traced;
    StructLogger logger;
    traced.tracer = &logger;
    const auto b = traced.call(loop, 5000000);
    ASSERT_TRUE(a.result.success());
    EXPECT_EQ(a.result.status, b.result.status);
    EXPECT_EQ(a.gasUsed, b.gasUsed);
    EXPECT_EQ(a.refund, b.refund);
    std::int64_t sum = 0;
    for (const auto& l : logger.logs())
        sum += l.gasCost;
    EXPECT_EQ(sum, b.gasUsed);  // every unit of gas is in some step
}

// B: LOG0, then REVERT with 0xdeadbeef.
constexpr const char* kRevertingCallee = "60006000a063deadbeef6000526004601cfd";

TEST(StructLogger, KeepsStepsWithinItsByteBudget) {
    // JUMPDEST, DUP1... an endless loop that grows the stack until it overflows: a few thousand
    // steps whose stacks together take ~50 MB, far past a 1 MiB budget.
    World w;
    StructLogOptions bounded;
    bounded.maxBytes = 1u << 20;
    StructLogger logger(bounded);
    w.tracer = &logger;
    const auto run = w.call(code("60005b8060025600"), 10'000'000);
    EXPECT_FALSE(run.result.success());
    EXPECT_TRUE(logger.overBudget());
    EXPECT_LE(logger.bytes(), bounded.maxBytes);
    EXPECT_GT(logger.bytes(), bounded.maxBytes / 2);
    EXPECT_LT(logger.logs().size(), logger.steps());
    // Kept steps are a prefix of the run: consecutive, from the first.
    for (std::size_t i = 1; i < logger.logs().size(); ++i)
        EXPECT_EQ(logger.logs()[i].gas, logger.logs()[i - 1].gas - logger.logs()[i - 1].gasCost);

    // The same run without a budget keeps every step.
    World again;
    StructLogger unbounded;
    again.tracer = &unbounded;
    again.call(code("60005b8060025600"), 10'000'000);
    EXPECT_FALSE(unbounded.overBudget());
    EXPECT_EQ(unbounded.logs().size(), unbounded.steps());
    EXPECT_EQ(unbounded.steps(), logger.steps());
    EXPECT_GT(unbounded.bytes(), 0u);
}

TEST(CallTracer, NestedCallsRevertDataAndLogs) {
    World w;
    const EthAddress b = address(0xb);
    w.deploy(b, code(kRevertingCallee));
    // A: CALL(gas, B, 0, 0, 0, 0, 0); POP; LOG1(topic 1); STOP
    const Bytes a = code(
        "6000600060006000600"
        "0" +
        push(b) +
        "5af150"
        "600160006000a1"
        "00");
    CallTracer tracer;
    w.tracer = &tracer;
    const auto run = w.call(a, 200000, fromHex("0x1234"));
    ASSERT_TRUE(run.result.success());
    ASSERT_TRUE(tracer.root());
    const CallFrame& root = *tracer.root();
    EXPECT_EQ(root.kind, CallKind::Call);
    EXPECT_EQ(root.from, w.caller);
    EXPECT_EQ(root.to, w.contract);
    EXPECT_EQ(root.gas, 200000);
    EXPECT_EQ(root.gasUsed, run.gasUsed);
    EXPECT_EQ(root.input, fromHex("0x1234"));
    ASSERT_EQ(root.calls.size(), 1u);
    const CallFrame& inner = root.calls[0];
    EXPECT_EQ(inner.from, w.contract);
    EXPECT_EQ(inner.to, b);
    EXPECT_EQ(inner.status, Status::Revert);
    EXPECT_EQ(inner.output, fromHex("0xdeadbeef"));
    EXPECT_TRUE(inner.logs.empty());  // reverted with its frame
    EXPECT_GT(inner.gasUsed, 0);
    EXPECT_LT(inner.gasUsed, inner.gas);
    ASSERT_EQ(root.logs.size(), 1u);
    EXPECT_EQ(root.logs[0].position, 1u);  // after the one call
    EXPECT_EQ(root.logs[0].log.topics.at(0), Word(1).toHash());

    CallTracer top(true);
    w.tracer = &top;
    w.call(a, 200000);
    ASSERT_TRUE(top.root());
    EXPECT_TRUE(top.root()->calls.empty());
}

TEST(CallTracer, CreateReportsTheNewAddressAndCode) {
    World w;
    // Memory[27..31] = initcode RETURN(0, 1) of a zeroed byte: deploys the one-byte code 0x00.
    // PUSH5 600160 00f3; PUSH1 0; MSTORE; CREATE(0, 27, 5); POP; STOP
    const Bytes creator = code(
        "6460016000f3600052"
        "6005601b6000f0"
        "5000");
    CallTracer tracer;
    w.tracer = &tracer;
    const auto run = w.call(creator, 200000);
    ASSERT_TRUE(run.result.success());
    ASSERT_TRUE(tracer.root());
    ASSERT_EQ(tracer.root()->calls.size(), 1u);
    const CallFrame& c = tracer.root()->calls[0];
    EXPECT_EQ(c.kind, CallKind::Create);
    EXPECT_EQ(c.from, w.contract);
    EXPECT_EQ(c.to, createAddress(w.contract, 0));
    EXPECT_EQ(c.input, fromHex("0x60016000f3"));
    EXPECT_EQ(c.output, fromHex("0x00"));
    EXPECT_EQ(c.status, Status::Success);
}

TEST(CallTracer, PrecompilesAndFailedCallsAreFrames) {
    World w;
    // STATICCALL(gas, 0x02 sha256, 0, 0, 0, 0); POP; STOP
    const Bytes a = code(
        "60006000600060006002"
        "5afa"
        "5000");
    CallTracer tracer;
    w.tracer = &tracer;
    w.call(a, 100000);
    ASSERT_TRUE(tracer.root());
    ASSERT_EQ(tracer.root()->calls.size(), 1u);
    EXPECT_EQ(tracer.root()->calls[0].kind, CallKind::StaticCall);
    EXPECT_EQ(tracer.root()->calls[0].to, address(2));
    EXPECT_EQ(tracer.root()->calls[0].output.size(), 32u);  // sha256 of nothing
}

TEST(OpcodeName, NamesAndUndefined) {
    EXPECT_EQ(opcodeName(0x20), "KECCAK256");
    EXPECT_EQ(opcodeName(0x7f), "PUSH32");
    EXPECT_EQ(opcodeName(0x8f), "DUP16");
    EXPECT_EQ(opcodeName(0x9f), "SWAP16");
    EXPECT_EQ(opcodeName(0x5e), "MCOPY");
    EXPECT_EQ(opcodeName(0x0c), "opcode 0x0c");
}

}  // namespace
}  // namespace ipc::evm
