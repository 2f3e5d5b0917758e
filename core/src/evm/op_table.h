// The opcode table the interpreter checks before it dispatches: each opcode's base gas (Cancun),
// how many stack items it takes, and the stack height above which it overflows.
#pragma once

#include <array>
#include <cstdint>

#include "frame.h"

namespace ipc::evm {

// Undefined opcodes keep the zero entry and halt in the switch's default case.
struct OpInfo {
    std::int16_t gas = 0;
    std::int16_t maxHeight = kStackLimit;  // stack height above which the opcode overflows
    std::uint8_t stackIn = 0;
};

constexpr std::array<OpInfo, 256> makeOpTable() {
    std::array<OpInfo, 256> t{};
    auto set = [&t](int op, int gas, int in, int out) {
        t[op] = OpInfo{static_cast<std::int16_t>(gas),
                       static_cast<std::int16_t>(kStackLimit - (out > in ? out - in : 0)),
                       static_cast<std::uint8_t>(in)};
    };
    set(0x00, 0, 0, 0);   // STOP
    set(0x01, 3, 2, 1);   // ADD
    set(0x02, 5, 2, 1);   // MUL
    set(0x03, 3, 2, 1);   // SUB
    set(0x04, 5, 2, 1);   // DIV
    set(0x05, 5, 2, 1);   // SDIV
    set(0x06, 5, 2, 1);   // MOD
    set(0x07, 5, 2, 1);   // SMOD
    set(0x08, 8, 3, 1);   // ADDMOD
    set(0x09, 8, 3, 1);   // MULMOD
    set(0x0a, 10, 2, 1);  // EXP
    set(0x0b, 5, 2, 1);   // SIGNEXTEND
    for (int op = 0x10; op <= 0x14; ++op)
        set(op, 3, 2, 1);  // LT GT SLT SGT EQ
    set(0x15, 3, 1, 1);    // ISZERO
    set(0x16, 3, 2, 1);    // AND
    set(0x17, 3, 2, 1);    // OR
    set(0x18, 3, 2, 1);    // XOR
    set(0x19, 3, 1, 1);    // NOT
    set(0x1a, 3, 2, 1);    // BYTE
    set(0x1b, 3, 2, 1);    // SHL
    set(0x1c, 3, 2, 1);    // SHR
    set(0x1d, 3, 2, 1);    // SAR
    set(0x20, 30, 2, 1);   // KECCAK256
    set(0x30, 2, 0, 1);    // ADDRESS
    set(0x31, 100, 1, 1);  // BALANCE
    set(0x32, 2, 0, 1);    // ORIGIN
    set(0x33, 2, 0, 1);    // CALLER
    set(0x34, 2, 0, 1);    // CALLVALUE
    set(0x35, 3, 1, 1);    // CALLDATALOAD
    set(0x36, 2, 0, 1);    // CALLDATASIZE
    set(0x37, 3, 3, 0);    // CALLDATACOPY
    set(0x38, 2, 0, 1);    // CODESIZE
    set(0x39, 3, 3, 0);    // CODECOPY
    set(0x3a, 2, 0, 1);    // GASPRICE
    set(0x3b, 100, 1, 1);  // EXTCODESIZE
    set(0x3c, 100, 4, 0);  // EXTCODECOPY
    set(0x3d, 2, 0, 1);    // RETURNDATASIZE
    set(0x3e, 3, 3, 0);    // RETURNDATACOPY
    set(0x3f, 100, 1, 1);  // EXTCODEHASH
    set(0x40, 20, 1, 1);   // BLOCKHASH
    set(0x41, 2, 0, 1);    // COINBASE
    set(0x42, 2, 0, 1);    // TIMESTAMP
    set(0x43, 2, 0, 1);    // NUMBER
    set(0x44, 2, 0, 1);    // PREVRANDAO
    set(0x45, 2, 0, 1);    // GASLIMIT
    set(0x46, 2, 0, 1);    // CHAINID
    set(0x47, 5, 0, 1);    // SELFBALANCE
    set(0x48, 2, 0, 1);    // BASEFEE
    set(0x49, 3, 1, 1);    // BLOBHASH
    set(0x4a, 2, 0, 1);    // BLOBBASEFEE
    set(0x50, 2, 1, 0);    // POP
    set(0x51, 3, 1, 1);    // MLOAD
    set(0x52, 3, 2, 0);    // MSTORE
    set(0x53, 3, 2, 0);    // MSTORE8
    set(0x54, 100, 1, 1);  // SLOAD
    set(0x55, 0, 2, 0);    // SSTORE (all dynamic)
    set(0x56, 8, 1, 0);    // JUMP
    set(0x57, 10, 2, 0);   // JUMPI
    set(0x58, 2, 0, 1);    // PC
    set(0x59, 2, 0, 1);    // MSIZE
    set(0x5a, 2, 0, 1);    // GAS
    set(0x5b, 1, 0, 0);    // JUMPDEST
    set(0x5c, 100, 1, 1);  // TLOAD
    set(0x5d, 100, 2, 0);  // TSTORE
    set(0x5e, 3, 3, 0);    // MCOPY
    set(0x5f, 2, 0, 1);    // PUSH0
    for (int op = 0x60; op <= 0x7f; ++op)
        set(op, 3, 0, 1);  // PUSH1..PUSH32
    for (int n = 0; n < 16; ++n) {
        set(0x80 + n, 3, n + 1, n + 2);  // DUP1..DUP16
        set(0x90 + n, 3, n + 2, n + 2);  // SWAP1..SWAP16
    }
    for (int n = 0; n <= 4; ++n)
        set(0xa0 + n, 375 * (n + 1), n + 2, 0);  // LOG0..LOG4
    set(0xf0, 32000, 3, 1);                      // CREATE
    set(0xf1, 100, 7, 1);                        // CALL
    set(0xf2, 100, 7, 1);                        // CALLCODE
    set(0xf3, 0, 2, 0);                          // RETURN
    set(0xf4, 100, 6, 1);                        // DELEGATECALL
    set(0xf5, 32000, 4, 1);                      // CREATE2
    set(0xfa, 100, 6, 1);                        // STATICCALL
    set(0xfd, 0, 2, 0);                          // REVERT
    set(0xff, 5000, 1, 0);                       // SELFDESTRUCT
    return t;
}

inline constexpr std::array<OpInfo, 256> kOps = makeOpTable();

}  // namespace ipc::evm
