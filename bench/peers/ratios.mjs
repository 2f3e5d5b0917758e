// Reads the results evm-peers.sh wrote to DIR and prints, as Markdown, the side-by-side ratios
// issue 20 sets goals for: the devnet's eth_call against a Hardhat node's and against
// @ethereumjs/evm's runCall on the same bytecode and calldata, ERC-20 transfers mined per second
// against the Hardhat node (same pre-signed batch and load generator), the in-process rates, and
// RSS over 1,000,000 contract calls. Goals are printed next to each ratio, met or not.
//   node ratios.mjs DIR
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node ratios.mjs DIR');
  process.exit(2);
}
const lines = (name) => {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
};
const devnet = lines('devnet.jsonl');
const hardhat = lines('hardhat.jsonl');
const inprocess = lines('inprocess.jsonl');
const fmt = (x, digits = 1) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(digits));
const verdict = (ratio, goal) => (ratio === undefined ? '' : ratio >= goal ? 'met' : 'not met');

const out = [];
out.push('| eth_call (gas per call) | devnet Mgas/s | Hardhat node Mgas/s | @ethereumjs/evm Mgas/s | devnet ÷ Hardhat (goal ≥ 1.0) | devnet ÷ ethereumjs (goal ≥ 20) |');
out.push('|---|---|---|---|---|---|');
for (const d of devnet.filter((r) => r.bench === 'eth_call')) {
  const h = hardhat.find((r) => r.bench === 'eth_call' && r.call === d.call);
  const e = hardhat.find((r) => r.bench === 'ejs_runCall' && r.call === d.call);
  const rh = h ? d.mgasPerSec / h.mgasPerSec : undefined;
  const re = e ? d.mgasPerSec / e.mgasPerSec : undefined;
  out.push(`| ${d.call} (${(d.gasPerCall / 1e6).toFixed(1)} M) | ${fmt(d.mgasPerSec)} | ${fmt(h?.mgasPerSec)} | ${fmt(e?.mgasPerSec)} | ${fmt(rh, 2)}× ${verdict(rh, 1)} | ${fmt(re, 1)}× ${verdict(re, 20)} |`);
}
out.push('');
const dt = devnet.find((r) => r.bench === 'erc20_transfers');
const ht = hardhat.find((r) => r.bench === 'erc20_transfers');
if (dt && ht) {
  const r = dt.txPerSec / ht.txPerSec;
  out.push('| signed ERC-20 transfers via eth_sendRawTransaction | devnet tx/s | Hardhat node (automine) tx/s | devnet ÷ Hardhat (goal ≥ 2.0) |');
  out.push('|---|---|---|---|');
  out.push(`| ${dt.txs} pre-signed, ${dt.window} in flight (succeeded: devnet ${dt.succeeded}, Hardhat ${ht.succeeded}) | ${fmt(dt.txPerSec)} | ${fmt(ht.txPerSec)} | ${fmt(r, 2)}× ${verdict(r, 2)} |`);
  out.push('');
}
const ip = inprocess.find((r) => r.bench === 'inprocess_transfers');
if (ip) {
  out.push(`In-process (engine only, senders already recovered): ${ip.txs} ERC-20 transfers ${fmt(ip.erc20TxPerSec)} tx/s ` +
    `(${ip.erc20Succeeded} succeeded, ${fmt(ip.erc20GasUsed / ip.txs, 0)} gas each), plain transfers ${fmt(ip.plainTxPerSec)} tx/s in the same harness.`);
}
const rss = inprocess.find((r) => r.bench === 'contract_calls_rss');
if (rss) {
  out.push(`${rss.calls.toLocaleString('en')} contract calls with storage writes (${rss.succeeded} succeeded, ${rss.slots} slots in state, ${rss.blocks} blocks, ` +
    `${fmt(rss.txPerSec)} calls/s): RSS every ${(rss.calls / (rss.rssMiB.length - 1)).toLocaleString('en')} calls, MiB: ${rss.rssMiB.map((x) => fmt(x)).join(' → ')}.`);
}
const interp = path.join(dir, 'interpreter.json');
if (fs.existsSync(interp)) {
  const j = JSON.parse(fs.readFileSync(interp, 'utf8'));
  const parts = j.benchmarks.map((b) => `${b.name.replace('BM_Evm', '')} ${fmt(b['Mgas/s'] / 1e0)} Mgas/s`);
  out.push(`Interpreter alone (ipc_bench_evm, hand-written loops, no RPC): ${parts.join(', ')}.`);
}
console.log(out.join('\n'));
