// Checks every record kill9-load.mjs logged (receipts and blocks it was given over JSON-RPC)
// against a devnet restarted on the same workspace: the same block hashes at the same heights
// and every receipt still there, in the same block. Usage: node kill9-check.mjs <url> <log>.
import { readFileSync } from "node:fs";
import { rpc as rpcAt } from "./rpc-client.mjs";

const [url, logFile] = process.argv.slice(2);
const rpc = (method, params) => rpcAt(url, method, params);

const lines = readFileSync(logFile, "utf8").split("\n");
const blocks = new Map();
const receipts = [];
for (const line of lines) {
  if (!line.trim()) continue;
  let rec;
  try {
    rec = JSON.parse(line);
  } catch {
    continue; // the last line may be cut by the kill; it was never complete
  }
  if (rec.kind === "block") blocks.set(rec.number, rec.hash);
  else receipts.push(rec);
  if (rec.kind === "receipt") blocks.set(rec.block, rec.blockHash);
}

const problems = [];
for (const [number, hash] of blocks) {
  const b = await rpc("eth_getBlockByNumber", [number, false]);
  if (!b) problems.push(`block ${BigInt(number)} is gone (was ${hash})`);
  else if (b.hash !== hash) problems.push(`block ${BigInt(number)}: ${b.hash}, was ${hash}`);
}
for (const r of receipts) {
  const now = await rpc("eth_getTransactionReceipt", [r.tx]);
  if (!now) problems.push(`receipt of ${r.tx} is gone`);
  else if (now.blockHash !== r.blockHash || now.status !== r.status)
    problems.push(`receipt of ${r.tx} moved: ${now.blockHash}, was ${r.blockHash}`);
}
console.log(`checked ${blocks.size} blocks and ${receipts.length} receipts: ${problems.length} problems`);
for (const p of problems.slice(0, 20)) console.log("  " + p);
process.exit(problems.length === 0 ? 0 : 1);
