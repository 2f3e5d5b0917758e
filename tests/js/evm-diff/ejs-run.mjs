// The reference side of the EVM differential test: runs cases in the exchange format (JSON Lines,
// see README.md) through @ethereumjs/evm's runCall under Cancun rules and prints one result line
// per case, in order.
//   node ejs-run.mjs [cases.jsonl]      (reads standard input when no file is given)
// A malformed case stops the run with "line N: <reason>" on stderr and exit status 2.
import fs from 'node:fs';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createCustomCommon, Hardfork, Mainnet } from '@ethereumjs/common';
import { createEVM, EVMError } from '@ethereumjs/evm';
import { SimpleStateManager } from '@ethereumjs/statemanager';
import {
  Account,
  Address,
  bigIntToUnpaddedBytes,
  bytesToBigInt,
  bytesToHex,
  hexToBytes,
  setLengthLeft,
} from '@ethereumjs/util';

const DEFAULT_CALLER_BALANCE = 10n ** 24n;
const BLOCK_DEFAULTS = {
  number: '0x1',
  timestamp: '0x3e8',
  coinbase: '0x000000000000000000000000000000000000c0de',
  gasLimit: '0x1c9c380',
  baseFee: '0x7',
  prevRandao: '0x' + '00'.repeat(32),
  chainId: '0x7a69',
};
// Cancun's precompiles 0x01..0x0a are all warm. 0x0a (KZG point evaluation) stays a precompile
// address but the devnet does not implement it: every call to it halts exceptionally with all its
// gas used, as an invalid point-evaluation input does. ethereumjs gets the same 0x0a here, so both
// sides answer every input alike (and neither needs a KZG trusted setup).
const PRECOMPILES = Array.from({ length: 10 }, (_, i) => '0x' + (i + 1).toString(16).padStart(40, '0'));
const UNSUPPORTED_PRECOMPILES = [
  {
    address: '0x' + '0a'.padStart(40, '0'),
    function: (opts) => ({
      returnValue: new Uint8Array(0),
      executionGasUsed: opts.gasLimit,
      exceptionError: new EVMError(EVMError.errorMessages.INVALID_INPUTS),
    }),
  },
];

class CaseError extends Error {}

function hexBytes(value, field, { length } = {}) {
  if (typeof value !== 'string' || !/^0x([0-9a-fA-F]{2})*$/.test(value)) {
    throw new CaseError(`${field}: expected 0x-prefixed hex bytes, got ${JSON.stringify(value)}`);
  }
  const bytes = hexToBytes(value.toLowerCase());
  if (length !== undefined && bytes.length !== length) {
    throw new CaseError(`${field}: expected ${length} bytes, got ${bytes.length}`);
  }
  return bytes;
}

function quantity(value, field) {
  if (typeof value !== 'string' || !/^0x(0|[1-9a-fA-F][0-9a-fA-F]*)$/.test(value)) {
    throw new CaseError(`${field}: expected a quantity like 0x1f, got ${JSON.stringify(value)}`);
  }
  const v = BigInt(value);
  if (v >= 1n << 256n) throw new CaseError(`${field}: ${value} does not fit in 256 bits`);
  return v;
}

function address(value, field) {
  return new Address(hexBytes(value, field, { length: 20 }));
}

function decimalGas(value, field) {
  if (typeof value !== 'string' || !/^(0|[1-9][0-9]*)$/.test(value)) {
    throw new CaseError(`${field}: expected a decimal string, got ${JSON.stringify(value)}`);
  }
  const v = BigInt(value);
  if (v > (1n << 63n) - 1n) throw new CaseError(`${field}: ${value} exceeds 2^63-1`);
  return v;
}

const toQuantity = (v) => '0x' + v.toString(16);
const slotKey = (slot) => setLengthLeft(bigIntToUnpaddedBytes(slot), 32);

async function putAccount(state, addr, { balance, nonce, code, storage }, field) {
  await state.putAccount(addr, new Account(nonce, balance));
  if (code.length > 0) await state.putCode(addr, code);
  for (const [slotText, valueText] of Object.entries(storage ?? {})) {
    const slot = quantity(slotText, `${field}.storage key`);
    const value = quantity(valueText, `${field}.storage[${slotText}]`);
    if (value !== 0n) await state.putStorage(addr, slotKey(slot), bigIntToUnpaddedBytes(value));
  }
}

function parseBlock(block) {
  if (block !== undefined && (typeof block !== 'object' || block === null || Array.isArray(block))) {
    throw new CaseError('block: expected an object');
  }
  const b = { ...BLOCK_DEFAULTS, ...(block ?? {}) };
  for (const key of Object.keys(block ?? {})) {
    if (!(key in BLOCK_DEFAULTS)) throw new CaseError(`block.${key}: unknown field`);
  }
  return {
    chainId: quantity(b.chainId, 'block.chainId'),
    header: {
      number: quantity(b.number, 'block.number'),
      coinbase: address(b.coinbase, 'block.coinbase'),
      timestamp: quantity(b.timestamp, 'block.timestamp'),
      difficulty: 0n,
      prevRandao: hexBytes(b.prevRandao, 'block.prevRandao', { length: 32 }),
      gasLimit: quantity(b.gasLimit, 'block.gasLimit'),
      baseFeePerGas: quantity(b.baseFee, 'block.baseFee'),
      // The devnet carries no blobs and has no blob gas market: BLOBBASEFEE answers 0 (issue 20).
      // Both sides run in this same block context.
      getBlobGasPrice: () => 0n,
    },
  };
}

const KNOWN_FIELDS = new Set([
  'name', 'code', 'input', 'gas', 'value', 'caller', 'address', 'balance', 'storage', 'accounts',
  'origin', 'gasPrice', 'block',
]);

// Runs one case (a parsed JSON object) and returns its result object, keys in the format's order.
export async function runCase(c) {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) throw new CaseError('expected a JSON object');
  for (const key of Object.keys(c)) if (!KNOWN_FIELDS.has(key)) throw new CaseError(`${key}: unknown field`);
  if (typeof c.name !== 'string') throw new CaseError('name: expected a string');
  const code = hexBytes(c.code, 'code');
  const input = hexBytes(c.input, 'input');
  const gas = decimalGas(c.gas, 'gas');
  const value = quantity(c.value, 'value');
  const caller = address(c.caller, 'caller');
  const to = address(c.address, 'address');
  const balance = c.balance === undefined ? 0n : quantity(c.balance, 'balance');
  const origin = c.origin === undefined ? caller : address(c.origin, 'origin');
  const gasPrice = c.gasPrice === undefined ? 10n : quantity(c.gasPrice, 'gasPrice');
  const { chainId, header } = parseBlock(c.block);
  if (c.storage !== undefined && (typeof c.storage !== 'object' || c.storage === null || Array.isArray(c.storage))) {
    throw new CaseError('storage: expected an object');
  }
  if (c.accounts !== undefined && !Array.isArray(c.accounts)) throw new CaseError('accounts: expected an array');
  if (to.equals(caller)) throw new CaseError('address: must differ from caller');

  if (chainId > BigInt(Number.MAX_SAFE_INTEGER)) throw new CaseError('block.chainId: larger than 2^53-1');
  const common = createCustomCommon({ chainId: Number(chainId) }, Mainnet, { hardfork: Hardfork.Cancun });
  const state = new SimpleStateManager({ common });
  const evm = await createEVM({
    common,
    stateManager: state,
    customPrecompiles: UNSUPPORTED_PRECOMPILES,
  });

  const seen = new Set([to.toString()]);
  let callerListed = false;
  for (const [i, a] of (c.accounts ?? []).entries()) {
    const field = `accounts[${i}]`;
    if (typeof a !== 'object' || a === null) throw new CaseError(`${field}: expected an object`);
    const addr = address(a.address, `${field}.address`);
    if (seen.has(addr.toString())) throw new CaseError(`${field}.address: ${a.address} is listed twice or is the called address`);
    seen.add(addr.toString());
    if (addr.equals(caller)) callerListed = true;
    if (a.nonce !== undefined && !(Number.isSafeInteger(a.nonce) && a.nonce >= 0)) {
      throw new CaseError(`${field}.nonce: expected a non-negative integer`);
    }
    await putAccount(state, addr, {
      balance: a.balance === undefined ? 0n : quantity(a.balance, `${field}.balance`),
      nonce: BigInt(a.nonce ?? 0),
      code: a.code === undefined ? new Uint8Array() : hexBytes(a.code, `${field}.code`),
      storage: a.storage,
    }, field);
  }
  if (!callerListed) {
    await putAccount(state, caller, { balance: DEFAULT_CALLER_BALANCE, nonce: 0n, code: new Uint8Array() }, 'caller');
  }
  await putAccount(state, to, { balance, nonce: 0n, code, storage: c.storage }, 'address');

  // runCall warms nothing by itself for a call (only a CREATE's new address); the transaction-level
  // warm set of EIP-2929 and EIP-3651 is added here.
  for (const warm of [origin, caller, to, header.coinbase].map(String).concat(PRECOMPILES)) {
    evm.journal.addAlwaysWarmAddress(warm);
  }

  const result = await evm.runCall({
    block: { header },
    gasPrice,
    origin,
    caller,
    to,
    value,
    data: input,
    gasLimit: gas,
    skipNonceIncrement: true, // the transaction's nonce bump is not part of the message call
  });
  const exec = result.execResult;
  const success = exec.exceptionError === undefined;

  if (success) {
    // What a transaction does after its call: EIP-6780 deletes only accounts created in it.
    for (const hex of exec.selfdestruct?.keys() ?? []) {
      if (exec.createdAddresses?.has(hex)) await evm.journal.deleteAccount(new Address(hexToBytes(hex)));
    }
  }
  await evm.journal.cleanup(); // EIP-161: touched empty accounts are removed

  return {
    name: c.name,
    success,
    output: success || exec.exceptionError.error === 'revert' ? bytesToHex(exec.returnValue) : '0x',
    gasUsed: exec.executionGasUsed.toString(),
    refund: success ? (exec.gasRefund ?? 0n).toString() : '0',
    logs: success
      ? (exec.logs ?? []).map(([addr, topics, data]) => ({
          address: bytesToHex(addr),
          topics: topics.map((t) => bytesToHex(t)),
          data: bytesToHex(data),
        }))
      : [],
    state: await dumpState(state),
  };
}

async function dumpState(state) {
  const accounts = state.topAccountStack();
  const storage = state.topStorageStack();
  const out = {};
  for (const addrText of [...accounts.keys()].sort()) {
    const account = accounts.get(addrText);
    if (account === undefined) continue;
    const prefix = `${addrText}_`;
    const slots = [];
    for (const [key, value] of storage) {
      if (!key.startsWith(prefix)) continue;
      const v = bytesToBigInt(value);
      if (v !== 0n) slots.push([BigInt(key.slice(prefix.length)), v]);
    }
    slots.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    out[addrText] = {
      balance: toQuantity(account.balance),
      nonce: Number(account.nonce),
      code: bytesToHex(await state.getCode(new Address(hexToBytes(addrText)))),
      storage: Object.fromEntries(slots.map(([k, v]) => [toQuantity(k), toQuantity(v)])),
    };
  }
  return out;
}

async function main() {
  const file = process.argv[2];
  const inputStream = file ? fs.createReadStream(file) : process.stdin;
  const lines = readline.createInterface({ input: inputStream, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let c;
    try {
      c = JSON.parse(line);
    } catch (e) {
      console.error(`line ${lineNo}: not JSON: ${e.message}`);
      process.exit(2);
    }
    let result;
    try {
      result = await runCase(c);
    } catch (e) {
      if (e instanceof CaseError) {
        console.error(`line ${lineNo} (${c?.name ?? 'unnamed'}): ${e.message}`);
        process.exit(2);
      }
      throw e;
    }
    if (!process.stdout.write(JSON.stringify(result) + '\n')) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`ejs-run: ${e.stack ?? e}`);
    process.exit(1);
  });
}
