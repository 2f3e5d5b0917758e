// Load for the kill -9 test: sends signed transfers to a running devnet and, the moment a
// receipt or a block comes back over JSON-RPC, appends it to a log (synchronously, so the record
// exists before the next request). kill9-check.mjs later verifies every logged record against a
// restarted devnet. Usage: node kill9-load.mjs <rpc url> <log file>; runs until killed.
import { appendFileSync } from "node:fs";
import { HDNodeWallet, Mnemonic, parseUnits } from "ethers";
import { rpc as rpcAt } from "./rpc-client.mjs";

const [url, logFile] = process.argv.slice(2);
const mnemonic = Mnemonic.fromPhrase("test test test test test test test test test test test junk");
const wallets = [1, 2, 3].map((i) => HDNodeWallet.fromMnemonic(mnemonic, `m/44'/60'/0'/0/${i}`));

const rpc = (method, params) => rpcAt(url, method, params);

const chainId = BigInt(await rpc("eth_chainId", []));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function sendOne(wallet, n) {
  const nonce = Number(BigInt(await rpc("eth_getTransactionCount", [wallet.address, "pending"])));
  const baseFee = BigInt((await rpc("eth_getBlockByNumber", ["latest", false])).baseFeePerGas);
  const raw = await wallet.signTransaction({
    type: 2,
    chainId,
    nonce,
    to: "0x00000000000000000000000000000000000c0ffe",
    value: parseUnits(String(1 + (n % 7)), "gwei"),
    gasLimit: 21000n,
    maxPriorityFeePerGas: 1000n,
    maxFeePerGas: baseFee * 2n + 1000n,
  });
  const hash = await rpc("eth_sendRawTransaction", [raw]);
  for (;;) {
    const r = await rpc("eth_getTransactionReceipt", [hash]);
    if (r) {
      appendFileSync(
        logFile,
        JSON.stringify({ kind: "receipt", tx: hash, block: r.blockNumber, blockHash: r.blockHash, status: r.status }) + "\n",
      );
      return;
    }
    await sleep(20);
  }
}

async function watchBlocks() {
  for (;;) {
    const b = await rpc("eth_getBlockByNumber", ["latest", false]);
    appendFileSync(logFile, JSON.stringify({ kind: "block", number: b.number, hash: b.hash }) + "\n");
    await sleep(30);
  }
}

let n = 0;
await Promise.all([
  watchBlocks(),
  ...wallets.map(async (w) => {
    for (;;) await sendOne(w, n++);
  }),
]);
