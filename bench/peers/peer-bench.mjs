// The peers' side of the EVM speed benchmarks, on the compute-heavy contracts of tests/contracts:
//  (a) eth_call latency and Mgas/s of each heavy call sized to 10-30 M gas,
//  (b) pre-signed ERC-20 transfers sent with eth_sendRawTransaction, mined per second (automine),
//  (c) @ethereumjs/evm runCall on the same runtime code and calldata, Mgas/s.
// (a) and (b) run against a Hardhat node this script starts on a free loopback port and stops at
// the end, or against any endpoint given with --url (e.g. the devnet), with the same load generator.
//   node peer-bench.mjs [--url URL] [--gas 10000000,28000000] [--calls N] [--txs N] [--window W]
//                       [--no-ejs] [--json FILE]
// JSON lines go to FILE (default: standard output); the readable table goes to standard error.
// The accounts are those of IPC_MNEMONIC (default "test test ... junk"), funded on the endpoint.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const jsDir = path.join(root, 'tests/js');
const hardhatDir = path.join(root, 'tests/hardhat');
const fromJs = createRequire(path.join(jsDir, 'package.json'));
const importFromJs = (name) => import(pathToFileURL(fromJs.resolve(name)).href);

const { ethers } = await importFromJs('ethers');
const { compileContracts } = await import(pathToFileURL(path.join(jsDir, 'compile-contracts.mjs')).href);

// ---- options
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i < 0 ? dflt : argv[i + 1];
};
const positiveInt = (name, dflt) => {
  const v = Number(opt(name, dflt));
  if (!Number.isSafeInteger(v) || v <= 0) throw new Error(`${name}: expected a positive integer`);
  return v;
};
const options = {
  url: opt('--url', null),
  gasTargets: String(opt('--gas', '10000000,28000000')).split(',').map((g) => BigInt(g)),
  calls: positiveInt('--calls', 5),
  txs: positiveInt('--txs', 1000),
  window: positiveInt('--window', 1),
  ejs: !argv.includes('--no-ejs'),
  json: opt('--json', null),
  mnemonic: process.env.IPC_MNEMONIC || 'test test test test test test test test test test test junk',
};
const jsonOut = options.json ? fs.createWriteStream(options.json) : process.stdout;
const rows = [];
function record(obj) {
  jsonOut.write(JSON.stringify(obj) + '\n');
  rows.push(obj);
}

// ---- a Hardhat node of our own, unless --url is given
async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

let hardhatNode = null;
async function startHardhatNode() {
  const cli = path.join(hardhatDir, 'node_modules/hardhat/internal/cli/cli.js');
  if (!fs.existsSync(cli)) throw new Error(`Hardhat is not installed: run npm ci in ${hardhatDir}`);
  const port = await freePort();
  const child = spawn(process.execPath, [cli, 'node', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: hardhatDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HARDHAT_DISABLE_TELEMETRY_PROMPT: 'true' },
  });
  hardhatNode = child;
  let log = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Hardhat node did not start in 120 s:\n${log}`)), 120000);
    child.stdout.on('data', (d) => {
      if (log !== null) {
        log += d;
        if (log.includes('Started HTTP')) {
          clearTimeout(timer);
          log = null; // from now on its request log is read and dropped
          resolve();
        }
      }
    });
    child.stderr.on('data', (d) => { if (log !== null) log += d; });
    child.once('exit', (code) => reject(new Error(`Hardhat node exited with ${code}:\n${log}`)));
  });
  return `http://127.0.0.1:${port}`;
}
function stopHardhatNode() {
  if (hardhatNode && hardhatNode.exitCode === null) hardhatNode.kill('SIGTERM');
}
process.on('exit', stopHardhatNode);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

// ---- a minimal JSON-RPC client (the load generator: plain fetch, keep-alive)
let rpcId = 0;
async function rpc(url, method, params) {
  const request = () => fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: ++rpcId, method, params }),
  });
  let res;
  try {
    res = await request();
  } catch (e) {
    // a kept-alive connection the server closed while idle: one more try on a new connection
    if (!/closed|reset|ECONNRESET|UND_ERR_SOCKET/i.test(`${e.cause?.code} ${e.cause?.message}`)) {
      throw new Error(`${method}: ${e.cause?.message ?? e.message}`);
    }
    res = await request();
  }
  const body = await res.json();
  if (body.error) throw new Error(`${method}: ${body.error.message ?? JSON.stringify(body.error)}`);
  return body.result;
}

const now = () => performance.now();
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(((s.length - 1) * p) / 100)];
};
const HEAVY = [
  ['BenchCompute', 'keccakLoop'],
  ['BenchCompute', 'arithLoop'],
  ['BenchCompute', 'storageLoop'],
  ['BenchToken', 'transferLoop'],
];

const t00 = now();
const step = (what) => console.error(`[${((now() - t00) / 1000).toFixed(1)} s] ${what}`);

// The contracts deployed in a fresh @ethereumjs/evm (Cancun); run() makes a call on that state and
// undoes it, so every run starts from the same state with cold accounts and slots.
async function ejsPeer(artifacts, from) {
  const { createEVM } = await importFromJs('@ethereumjs/evm');
  const { Common, Mainnet, Hardfork } = await importFromJs('@ethereumjs/common');
  const { Account, Address, bytesToHex, hexToBytes } = await importFromJs('@ethereumjs/util');
  const evm = await createEVM({ common: new Common({ chain: Mainnet, hardfork: Hardfork.Cancun }) });
  const sender = new Address(hexToBytes(from.toLowerCase()));
  await evm.stateManager.putAccount(sender, new Account(0n, 10n ** 24n));
  const addresses = {};
  for (const name of ['BenchCompute', 'BenchToken']) {
    const r = await evm.runCall({ caller: sender, data: hexToBytes(artifacts[name].bytecode), gasLimit: 30_000_000n });
    if (r.execResult.exceptionError) throw new Error(`${name} deployment failed in @ethereumjs/evm`);
    addresses[name] = r.createdAddress;
    await evm.journal.cleanup();
  }
  return {
    async run(name, data, gasLimit) {
      await evm.stateManager.checkpoint();
      const t = now();
      const r = await evm.runCall({ caller: sender, to: addresses[name], data: hexToBytes(data), gasLimit, skipNonceIncrement: true });
      const ms = now() - t;
      evm.journal.cleanJournal();
      evm.transientStorage.clear();
      evm.stateManager.originalStorageCache.clear();
      await evm.stateManager.revert();
      if (r.execResult.exceptionError) throw new Error(`${name} call failed in @ethereumjs/evm: ${r.execResult.exceptionError.error}`);
      return { ms, gas: r.execResult.executionGasUsed, output: bytesToHex(r.execResult.returnValue) };
    },
  };
}

async function main() {
  const { artifacts } = compileContracts();
  step('compiled');
  const url = options.url ?? (await startHardhatNode());
  const peer = options.url ? url : 'hardhat-node';
  const provider = new ethers.JsonRpcProvider(url, undefined, { staticNetwork: true, batchMaxCount: 1 });
  const chainId = BigInt(await rpc(url, 'eth_chainId', []));
  const hd = ethers.HDNodeWallet.fromPhrase(options.mnemonic, undefined, "m/44'/60'/0'/0");
  const deployer = hd.deriveChild(0).connect(provider);
  const clientVersion = await rpc(url, 'web3_clientVersion', []).catch(() => 'unknown');
  console.error(`peer ${peer}: ${url}, chain id ${chainId}, ${clientVersion}`);

  // deploy the heavy contracts
  // explicit nonces: a node may report the pending count late right after a block
  let deployerNonce = Number(BigInt(await rpc(url, 'eth_getTransactionCount', [deployer.address, 'latest'])));
  const deployed = {};
  for (const name of ['BenchCompute', 'BenchToken']) {
    const f = new ethers.ContractFactory(artifacts[name].abi, artifacts[name].bytecode, deployer);
    const c = await f.deploy({ nonce: deployerNonce++ });
    await c.waitForDeployment();
    deployed[name] = c;
  }

  step('deployed');
  // @ethereumjs/evm with the same contracts: it sizes each heavy call to each gas target (the
  // loops cost a + b*n gas, so two small runs give a and b exactly) and gives the expected output.
  const ejs = await ejsPeer(artifacts, deployer.address);
  const sized = [];
  for (const [name, fn] of HEAVY) {
    const c = deployed[name];
    const g1 = (await ejs.run(name, c.interface.encodeFunctionData(fn, [100n]), 30_000_000n)).gas;
    const g2 = (await ejs.run(name, c.interface.encodeFunctionData(fn, [1100n]), 30_000_000n)).gas;
    const perIteration = (g2 - g1) / 1000n;
    for (const target of options.gasTargets) {
      const intrinsicOf = (data) => 21000n + ethers.getBytes(data).reduce((sum, b) => sum + (b === 0 ? 4n : 16n), 0n);
      const n = (target - intrinsicOf(c.interface.encodeFunctionData(fn, [0n])) - 300n - (g1 - 100n * perIteration)) / perIteration;
      const callData = c.interface.encodeFunctionData(fn, [n]);
      sized.push({ name, fn, target, n, data: callData, to: await c.getAddress(), intrinsic: intrinsicOf(callData) });
    }
  }
  step('sized the heavy calls');
  // (a) eth_call
  for (const s of sized) {
    const call = { from: deployer.address, to: s.to, data: s.data, gas: ethers.toQuantity(s.target + 2_000_000n) };
    const expected = await ejs.run(s.name, s.data, s.target + 2_000_000n);
    s.gas = expected.gas + s.intrinsic; // what the transaction would use: execution + intrinsic
    s.expectedOutput = expected.output;
    const first = await rpc(url, 'eth_call', [call, 'latest']); // warm-up, and the output check
    if (first !== s.expectedOutput) throw new Error(`${s.name}.${s.fn}(${s.n}): the endpoint returned ${first}, @ethereumjs/evm ${s.expectedOutput}`);
    const lat = [];
    const t0 = now();
    for (let i = 0; i < options.calls; i++) {
      const t = now();
      await rpc(url, 'eth_call', [call, 'latest']);
      lat.push(now() - t);
    }
    const secs = (now() - t0) / 1000;
    record({
      bench: 'eth_call', peer, call: `${s.name}.${s.fn}(${s.n})`, gasPerCall: Number(s.gas), calls: options.calls, outputMatchesEjs: true,
      msMean: +(secs * 1000 / options.calls).toFixed(2), msP50: +percentile(lat, 50).toFixed(2), msMax: +Math.max(...lat).toFixed(2),
      mgasPerSec: +((Number(s.gas) * options.calls) / secs / 1e6).toFixed(1),
    });
  }

  // (b) pre-signed ERC-20 transfers
  step('eth_call done');
  {
    // one sender per request in flight, each sending its own nonces in order (nodes that
    // automine, like Hardhat, reject a nonce ahead of the account's)
    const token = deployed.BenchToken;
    const to = await token.getAddress();
    const senders = Array.from({ length: options.window }, (_, k) => new ethers.Wallet(hd.deriveChild(k).privateKey));
    for (const sender of senders.slice(1)) {
      await (await token.connect(deployer).transfer(sender.address, 10n ** 24n, { nonce: deployerNonce++ })).wait();
    }
    const gasPrice = (BigInt(await rpc(url, 'eth_gasPrice', [])) * 2n) || 1_000_000_000n;
    const queues = [];
    for (const [k, sender] of senders.entries()) {
      const nonce = k === 0 ? deployerNonce : Number(BigInt(await rpc(url, 'eth_getTransactionCount', [sender.address, 'latest'])));
      const queue = [];
      for (let i = k; i < options.txs; i += senders.length) {
        const recipient = ethers.getAddress(ethers.toBeHex(0x5000n + BigInt(i % 64), 20));
        queue.push(await sender.signTransaction({
          type: 0, chainId, nonce: nonce + queue.length, gasPrice, gasLimit: 80_000n, to, value: 0n,
          data: token.interface.encodeFunctionData('transfer', [recipient, 1n]),
        }));
      }
      queues.push(queue);
    }
    const hashes = [];
    const t0 = now();
    await Promise.all(queues.map(async (queue) => {
      for (const raw of queue) hashes.push(await rpc(url, 'eth_sendRawTransaction', [raw]));
    }));
    const raw = { length: options.txs };
    // mined when every transaction has a receipt (the last one sent of each sender)
    for (let i = hashes.length - senders.length; i < hashes.length; i++) {
      while (!(await rpc(url, 'eth_getTransactionReceipt', [hashes[i]]))) {
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    const secs = (now() - t0) / 1000;
    let ok = 0;
    let gasUsed = 0n;
    for (const h of hashes) {
      const r = await rpc(url, 'eth_getTransactionReceipt', [h]);
      if (r && r.status === '0x1') ok++;
      if (r) gasUsed += BigInt(r.gasUsed);
    }
    record({
      bench: 'erc20_transfers', peer, txs: raw.length, window: options.window, succeeded: ok, seconds: +secs.toFixed(3),
      txPerSec: +(raw.length / secs).toFixed(1), mgasPerSec: +(Number(gasUsed) / secs / 1e6).toFixed(2),
    });
    if (ok !== raw.length) console.error(`warning: only ${ok} of ${raw.length} transfers succeeded`);
  }

  step('transfers done');
  // (c) @ethereumjs/evm on the same code and calldata
  if (options.ejs) {
    for (const s of sized) {
      await ejs.run(s.name, s.data, s.target + 2_000_000n); // warm-up
      let total = 0;
      let gas = 0n;
      const lat = [];
      for (let i = 0; i < options.calls; i++) {
        const r = await ejs.run(s.name, s.data, s.target + 2_000_000n);
        lat.push(r.ms);
        total += r.ms;
        gas = r.gas;
      }
      record({
        bench: 'ejs_runCall', peer: '@ethereumjs/evm', call: `${s.name}.${s.fn}(${s.n})`, gasPerCall: Number(gas), calls: options.calls,
        msMean: +(total / options.calls).toFixed(2), msP50: +percentile(lat, 50).toFixed(2), msMax: +Math.max(...lat).toFixed(2),
        mgasPerSec: +((Number(gas) * options.calls) / (total / 1000) / 1e6).toFixed(1),
      });
    }
  }

  // the readable table
  const table = rows.map((r) => ({
    bench: r.bench, peer: r.peer, what: r.call ?? `${r.txs} transfers, window ${r.window}`,
    'gas/call': r.gasPerCall ?? '', 'ms mean': r.msMean ?? '', 'ms p50': r.msP50 ?? '', 'tx/s': r.txPerSec ?? '', 'Mgas/s': r.mgasPerSec,
  }));
  const cols = Object.keys(table[0]);
  const width = cols.map((c) => Math.max(c.length, ...table.map((t) => String(t[c]).length)));
  const line = (vals) => vals.map((v, i) => String(v).padEnd(width[i])).join('  ');
  console.error('\n' + line(cols) + '\n' + line(width.map((w) => '-'.repeat(w))) + '\n' + table.map((t) => line(cols.map((c) => t[c]))).join('\n'));
}

main()
  .then(() => {
    stopHardhatNode();
    if (jsonOut !== process.stdout) jsonOut.end();
  })
  .catch((e) => {
    console.error(`peer-bench: ${e.stack ?? e.message}`);
    stopHardhatNode();
    process.exit(1);
  });
