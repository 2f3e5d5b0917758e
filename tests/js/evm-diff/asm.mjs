// A tiny EVM assembler for the generated differential-test cases: opcodes by name, PUSH of the
// shortest width (PUSH0 for zero), labels with two-byte jump targets patched at the end.
const NAMES = {
  STOP: 0x00, ADD: 0x01, MUL: 0x02, SUB: 0x03, DIV: 0x04, SDIV: 0x05, MOD: 0x06, SMOD: 0x07,
  ADDMOD: 0x08, MULMOD: 0x09, EXP: 0x0a, SIGNEXTEND: 0x0b,
  LT: 0x10, GT: 0x11, SLT: 0x12, SGT: 0x13, EQ: 0x14, ISZERO: 0x15, AND: 0x16, OR: 0x17, XOR: 0x18,
  NOT: 0x19, BYTE: 0x1a, SHL: 0x1b, SHR: 0x1c, SAR: 0x1d,
  KECCAK256: 0x20,
  ADDRESS: 0x30, BALANCE: 0x31, ORIGIN: 0x32, CALLER: 0x33, CALLVALUE: 0x34, CALLDATALOAD: 0x35,
  CALLDATASIZE: 0x36, CALLDATACOPY: 0x37, CODESIZE: 0x38, CODECOPY: 0x39, GASPRICE: 0x3a,
  EXTCODESIZE: 0x3b, EXTCODECOPY: 0x3c, RETURNDATASIZE: 0x3d, RETURNDATACOPY: 0x3e, EXTCODEHASH: 0x3f,
  BLOCKHASH: 0x40, COINBASE: 0x41, TIMESTAMP: 0x42, NUMBER: 0x43, PREVRANDAO: 0x44, GASLIMIT: 0x45,
  CHAINID: 0x46, SELFBALANCE: 0x47, BASEFEE: 0x48, BLOBHASH: 0x49, BLOBBASEFEE: 0x4a,
  POP: 0x50, MLOAD: 0x51, MSTORE: 0x52, MSTORE8: 0x53, SLOAD: 0x54, SSTORE: 0x55, JUMP: 0x56,
  JUMPI: 0x57, PC: 0x58, MSIZE: 0x59, GAS: 0x5a, JUMPDEST: 0x5b, TLOAD: 0x5c, TSTORE: 0x5d,
  MCOPY: 0x5e, PUSH0: 0x5f,
  LOG0: 0xa0, LOG1: 0xa1, LOG2: 0xa2, LOG3: 0xa3, LOG4: 0xa4,
  CREATE: 0xf0, CALL: 0xf1, CALLCODE: 0xf2, RETURN: 0xf3, DELEGATECALL: 0xf4, CREATE2: 0xf5,
  STATICCALL: 0xfa, REVERT: 0xfd, INVALID: 0xfe, SELFDESTRUCT: 0xff,
};
for (let i = 1; i <= 32; i++) NAMES[`PUSH${i}`] = 0x5f + i;
for (let i = 1; i <= 16; i++) {
  NAMES[`DUP${i}`] = 0x7f + i;
  NAMES[`SWAP${i}`] = 0x8f + i;
}
export const OPCODES = NAMES;

// Stack inputs and outputs of every Cancun opcode but PUSH/DUP/SWAP (computed from their number).
export const STACK = {
  STOP: [0, 0], ADD: [2, 1], MUL: [2, 1], SUB: [2, 1], DIV: [2, 1], SDIV: [2, 1], MOD: [2, 1],
  SMOD: [2, 1], ADDMOD: [3, 1], MULMOD: [3, 1], EXP: [2, 1], SIGNEXTEND: [2, 1], LT: [2, 1],
  GT: [2, 1], SLT: [2, 1], SGT: [2, 1], EQ: [2, 1], ISZERO: [1, 1], AND: [2, 1], OR: [2, 1],
  XOR: [2, 1], NOT: [1, 1], BYTE: [2, 1], SHL: [2, 1], SHR: [2, 1], SAR: [2, 1], KECCAK256: [2, 1],
  ADDRESS: [0, 1], BALANCE: [1, 1], ORIGIN: [0, 1], CALLER: [0, 1], CALLVALUE: [0, 1],
  CALLDATALOAD: [1, 1], CALLDATASIZE: [0, 1], CALLDATACOPY: [3, 0], CODESIZE: [0, 1],
  CODECOPY: [3, 0], GASPRICE: [0, 1], EXTCODESIZE: [1, 1], EXTCODECOPY: [4, 0],
  RETURNDATASIZE: [0, 1], RETURNDATACOPY: [3, 0], EXTCODEHASH: [1, 1], BLOCKHASH: [1, 1],
  COINBASE: [0, 1], TIMESTAMP: [0, 1], NUMBER: [0, 1], PREVRANDAO: [0, 1], GASLIMIT: [0, 1],
  CHAINID: [0, 1], SELFBALANCE: [0, 1], BASEFEE: [0, 1], BLOBHASH: [1, 1], BLOBBASEFEE: [0, 1],
  POP: [1, 0], MLOAD: [1, 1], MSTORE: [2, 0], MSTORE8: [2, 0], SLOAD: [1, 1], SSTORE: [2, 0],
  JUMP: [1, 0], JUMPI: [2, 0], PC: [0, 1], MSIZE: [0, 1], GAS: [0, 1], JUMPDEST: [0, 0],
  TLOAD: [1, 1], TSTORE: [2, 0], MCOPY: [3, 0], PUSH0: [0, 1], LOG0: [2, 0], LOG1: [3, 0],
  LOG2: [4, 0], LOG3: [5, 0], LOG4: [6, 0], CREATE: [3, 1], CALL: [7, 1], CALLCODE: [7, 1],
  RETURN: [2, 0], DELEGATECALL: [6, 1], CREATE2: [4, 1], STATICCALL: [6, 1], REVERT: [2, 0],
  INVALID: [0, 0], SELFDESTRUCT: [1, 0],
};

const toBig = (v) => (typeof v === 'bigint' ? v : BigInt(v));

export function pushBytes(value, width) {
  const v = toBig(value);
  if (v < 0n || v >= 1n << 256n) throw new Error(`push value out of range: ${value}`);
  let hex = v.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  let n = hex.length / 2;
  if (width !== undefined) {
    if (width < n) throw new Error(`push value ${value} does not fit ${width} bytes`);
    n = width;
    hex = hex.padStart(2 * n, '0');
  }
  if (v === 0n && width === undefined) return [NAMES.PUSH0];
  return [0x5f + n, ...Buffer.from(hex, 'hex')];
}

// Program builder: p.op('ADD').push(3).label('x').jumpTo('x')...; p.hex() gives the code.
export class Program {
  constructor() {
    this.bytes = [];
    this.labels = new Map();
    this.fixups = [];
  }
  op(...names) {
    for (const name of names) {
      if (!(name in NAMES)) throw new Error(`unknown opcode ${name}`);
      this.bytes.push(NAMES[name]);
    }
    return this;
  }
  push(value, width) {
    this.bytes.push(...pushBytes(value, width));
    return this;
  }
  raw(...bytes) {
    for (const b of bytes.flat()) {
      if (typeof b === 'string') this.bytes.push(...Buffer.from(b.replace(/^0x/, ''), 'hex'));
      else this.bytes.push(b);
    }
    return this;
  }
  label(name) {
    this.labels.set(name, this.bytes.length);
    return this.op('JUMPDEST');
  }
  pushLabel(name) {
    this.bytes.push(NAMES.PUSH2, 0, 0);
    this.fixups.push([this.bytes.length - 2, name]);
    return this;
  }
  // Store the top of the stack at memory `offset` and return `size` bytes from 0.
  returnTop(size = 32) {
    return this.push(0).op('MSTORE').push(size).push(0).op('RETURN');
  }
  get length() {
    return this.bytes.length;
  }
  hex() {
    for (const [at, name] of this.fixups) {
      const target = this.labels.get(name);
      if (target === undefined) throw new Error(`undefined label ${name}`);
      this.bytes[at] = target >> 8;
      this.bytes[at + 1] = target & 0xff;
    }
    return '0x' + Buffer.from(this.bytes).toString('hex');
  }
}

export const asm = () => new Program();
