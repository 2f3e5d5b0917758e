// Drives the cross-net example dApp of `ipc-devnet up --template xnet-demo` with ethers v6, as a
// dApp developer would: the contracts at the addresses the template documents, their ABIs from
// examples/xnet-demo/artifacts. Checks every state change and every Result (outcome and return
// data, also through ipc_traceMessage): a Call from the root to the grandchild alpha-1 and back,
// a refused step (ActorErr, the target's state undone, the value refunded), a ping bounced back
// as a pong, and the token bridge's lock/mint/burn/unlock with balances at each step, including
// refused deliveries refunded to their senders on both sides; and a wallet refused with IPC's
// InvalidXnetMessage(Sender) custom error.
// Usage: node xnet-demo-e2e.mjs <root rpc url>
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ethers } from 'ethers';
import { rpc, step, waitFor as waitWithin } from './rpc-client.mjs';

const rootUrl = process.argv[2];
const MNEMONIC = 'test test test test test test test test test test test junk';
const here = path.dirname(fileURLToPath(import.meta.url));
const artifactsDir = path.resolve(here, '../../examples/xnet-demo/artifacts');
const abiOf = (name) => JSON.parse(fs.readFileSync(path.join(artifactsDir, `${name}.json`), 'utf8')).abi;

// Where the template deploys them (resources/templates/xnet-demo.yaml): account 0, nonces 0, 1, 2.
const ADDRESSES = {
  counterRoot: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
  token: '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512',
  bridgeRoot: '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0',
  bridgeAlpha: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
  counterLeaf: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
};
const OK = 0n;
const ACTOR_ERR = 2n;
const GAS = { gasLimit: 3_000_000 };
const coder = ethers.AbiCoder.defaultAbiCoder();
// Calls cross two levels and back: a longer deadline than a single hop needs.
const waitFor = (what, fn, timeoutMs = 90000) => waitWithin(what, fn, timeoutMs);

const subnets = await rpc(rootUrl, 'ipc_listSubnets');
const byName = Object.fromEntries(subnets.map((s) => [s.name, s]));
for (const name of ['root', 'alpha', 'alpha-1']) assert.ok(byName[name], `subnet ${name} is listed`);
const provider = (name) =>
  new ethers.JsonRpcProvider(byName[name].rpcUrl, undefined, { staticNetwork: true, pollingInterval: 100 });
const root = provider('root');
const alpha = provider('alpha');
const leaf = provider('alpha-1');
const subnetId = (name) => {
  const [rootId, ...route] = byName[name].id.slice(1).split('/');
  return { rootId: BigInt(rootId.slice(1)), depth: route.length };
};

const keys = [0, 1, 2].map((i) => ethers.HDNodeWallet.fromPhrase(MNEMONIC, undefined, `m/44'/60'/0'/0/${i}`));
const on = (p) => keys.map((k) => new ethers.NonceManager(new ethers.Wallet(k.privateKey, p)));
const [w0root, , ] = on(root);
const [, w1alpha] = on(alpha);
const [a0, a1, a2] = keys.map((k) => k.address);

// ---- the contracts are there, linked to their peers
for (const [p, addr] of [[root, ADDRESSES.counterRoot], [root, ADDRESSES.token], [root, ADDRESSES.bridgeRoot],
  [alpha, ADDRESSES.bridgeAlpha], [leaf, ADDRESSES.counterLeaf]]) {
  await waitFor(`code at ${addr}`, async () => (await p.getCode(addr)) !== '0x');
}
const pingPong = abiOf('XnetPingPong');
const counterRoot = new ethers.Contract(ADDRESSES.counterRoot, pingPong, w0root);
const counterLeaf = new ethers.Contract(ADDRESSES.counterLeaf, pingPong, leaf);
const token = new ethers.Contract(ADDRESSES.token, abiOf('DemoToken'), w0root);
const bridgeRoot = new ethers.Contract(ADDRESSES.bridgeRoot, abiOf('LinkedTokenParent'), w0root);
const bridgeAlpha = new ethers.Contract(ADDRESSES.bridgeAlpha, abiOf('LinkedTokenChild'), w1alpha);

assert.equal(await counterRoot.peer(), ADDRESSES.counterLeaf);
const rootPeerSubnet = await counterRoot.peerSubnet();
assert.equal(rootPeerSubnet.root, subnetId('alpha-1').rootId);
assert.equal(rootPeerSubnet.route.length, 2);
const leafPeerSubnet = await counterLeaf.peerSubnet();
assert.equal(leafPeerSubnet.route.length, 0); // the root
assert.equal(await counterLeaf.peer(), ADDRESSES.counterRoot);
assert.equal(await bridgeRoot.peer(), ADDRESSES.bridgeAlpha);
assert.equal(await bridgeRoot.token(), ADDRESSES.token);
assert.equal(await bridgeAlpha.peer(), ADDRESSES.bridgeRoot);
assert.equal((await bridgeRoot.peerSubnet()).route.length, 1);
step('the template deployed the five contracts at the documented addresses, linked to their peers');

// ---- a wallet may not send a contract's message: IPC's own custom error, read with IPC's ABI
const GATEWAY = '0x77aa40b105843728088c0132e43fc44348881da8';
const IPC_ADDRESS = '((uint64 root, address[] route) subnetId, (uint8 addrType, bytes payload) rawAddress)';
const gatewayAbi = new ethers.Interface([
  `function sendContractXnetMessage((uint8 kind, uint64 localNonce, uint64 originalNonce, uint256 value, ${IPC_ADDRESS} to, ${IPC_ADDRESS} from, bytes message) envelope) payable`,
  'error InvalidXnetMessage(uint8 reason)',
]);
const f410 = (addr) => ({ addrType: 4, payload: coder.encode(['tuple(uint64,uint128,bytes)'], [[10, 20, addr]]) });
const walletSend = gatewayAbi.encodeFunctionData('sendContractXnetMessage', [{
  kind: 1,
  localNonce: 0,
  originalNonce: 0,
  value: 0,
  to: { subnetId: { root: rootPeerSubnet.root, route: [...rootPeerSubnet.route] }, rawAddress: f410(ADDRESSES.counterLeaf) },
  from: { subnetId: { root: rootPeerSubnet.root, route: [] }, rawAddress: f410(a0) },
  message: coder.encode(['tuple(bytes,bytes)'], [[ethers.id('increment(uint256)').slice(0, 10), '0x']]),
}]);
for (const send of [() => root.call({ from: a0, to: GATEWAY, data: walletSend }),
  () => root.estimateGas({ from: a0, to: GATEWAY, data: walletSend })]) {
  await assert.rejects(send(), (e) => {
    const parsed = gatewayAbi.parseError(e.data);
    assert.equal(parsed?.name, 'InvalidXnetMessage', `${e.shortMessage}: ${parsed?.args?.join(', ')}`);
    assert.equal(parsed.args.reason, 0n); // InvalidXnetMessageReason.Sender
    return true;
  });
}
step('a wallet sending sendContractXnetMessage gets IPC\'s InvalidXnetMessage(Sender), from eth_call and eth_estimateGas');

// ---- counter: root -> alpha-1 -> root
const callIdOf = (receipt, contract) => {
  for (const log of receipt.logs) {
    if (log.address.toLowerCase() !== contract.target.toLowerCase()) continue;
    const parsed = contract.interface.parseLog(log);
    if (parsed?.name === 'CallSent') return parsed.args.id;
  }
  throw new Error('no CallSent event');
};
const answered = (contract, id) => async () => {
  const a = await contract.answerOf(id);
  return a.answered ? a : null;
};

let receipt = await (await counterRoot.sendIncrement(7, GAS)).wait();
const incId = callIdOf(receipt, counterRoot);
// Right after the sending block (the Result may be back by the time we look at the head).
const at = (r) => ({ blockTag: r.blockNumber });
assert.equal(await counterRoot.lastCallId(at(receipt)), incId);
assert.equal(await counterRoot.inflight(incId, at(receipt)), true);
assert.equal(await counterRoot.inflightCount(at(receipt)), 1n);
// The id the contract keeps is the gateway's tracing id: the devnet traces the Call under it.
const callTrace = await waitFor('the Call in ipc_traceMessage', () => rpc(rootUrl, 'ipc_traceMessage', [incId]));
assert.equal(callTrace.kind, 'Call');
assert.equal(callTrace.call.method, counterRoot.interface.getFunction('increment').selector);
assert.equal(callTrace.call.params, coder.encode(['uint256'], [7]));
step(`sendIncrement(7) on the root: Call ${incId.slice(0, 10)}… to alpha-1 in flight`);

let answer = await waitFor('the Result of increment(7)', answered(counterRoot, incId));
assert.equal(await counterLeaf.count(), 7n);
assert.equal(await counterLeaf.callsReceived(), 1n);
assert.equal(await counterLeaf.lastCaller(), ADDRESSES.counterRoot);
assert.equal(answer.outcome, OK);
// handleIpcMessage returned abi.encode(count) as `bytes`: the Result carries that return data.
assert.equal(answer.ret, coder.encode(['bytes'], [coder.encode(['uint256'], [7])]));
assert.equal(answer.refunded, 0n);
assert.equal(await counterRoot.resultsReceived(), 1n);
assert.equal(await counterRoot.lastResultId(), incId);
assert.equal(await counterRoot.inflight(incId), false);
assert.equal(await counterRoot.inflightCount(), 0n);
const okTrace = await waitFor('the Call answered', async () => {
  const t = await rpc(rootUrl, 'ipc_traceMessage', [incId]);
  return t.outcome ? t : null;
});
assert.equal(okTrace.outcome, 'Ok');
assert.equal(okTrace.returnData, answer.ret);
step('the leaf counted 7 and the root recorded the Result: Ok, return data abi.encode(7)');

// ---- a refused step: ActorErr, the leaf's state undone, the value refunded
const oneFil = ethers.parseEther('1');
const rootBalanceBefore = await root.getBalance(ADDRESSES.counterRoot);
receipt = await (await counterRoot.sendIncrement(5000, { ...GAS, value: oneFil })).wait();
const refusedId = callIdOf(receipt, counterRoot);
assert.equal(await root.getBalance(ADDRESSES.counterRoot, receipt.blockNumber), rootBalanceBefore); // the value left with the Call
answer = await waitFor('the Result of increment(5000)', answered(counterRoot, refusedId));
assert.equal(answer.outcome, ACTOR_ERR);
const reason = counterLeaf.interface.parseError(answer.ret);
assert.equal(reason.name, 'StepTooLarge');
assert.equal(reason.args.by, 5000n);
assert.equal(reason.args.countWouldBe, 5007n);
assert.equal(answer.refunded, oneFil);
assert.equal(await root.getBalance(ADDRESSES.counterRoot), rootBalanceBefore + oneFil);
assert.equal(await leaf.getBalance(ADDRESSES.counterLeaf), 0n);
assert.equal(await counterLeaf.count(), 7n);
assert.equal(await counterLeaf.callsReceived(), 1n);
const errTrace = await rpc(rootUrl, 'ipc_traceMessage', [refusedId]);
assert.equal(errTrace.outcome, 'ActorErr');
assert.equal(errTrace.returnData, answer.ret);
step('increment(5000) came back ActorErr with StepTooLarge(5000, 5007); the leaf kept 7; 1 FIL refunded');

// ---- ping-pong: the ping goes down two levels, the pong comes back as a Call of its own
receipt = await (await counterRoot.sendPing(42, GAS)).wait();
const pingId = callIdOf(receipt, counterRoot);
await waitFor('the pong', async () => (await counterRoot.pongsReceived()) === 1n);
assert.equal(await counterRoot.lastPong(), 42n);
assert.equal(await counterLeaf.pingsReceived(), 1n);
answer = await waitFor('the Result of the ping', answered(counterRoot, pingId));
assert.equal(answer.outcome, OK);
assert.equal(answer.ret, coder.encode(['bytes'], [coder.encode(['uint256'], [42])]));
// The leaf sent the pong and got its Result (Ok) back from the root.
await waitFor('the Result of the pong at the leaf', async () => (await counterLeaf.resultsReceived()) === 1n);
const pongAnswer = await counterLeaf.answerOf(await counterLeaf.lastResultId());
assert.equal(pongAnswer.outcome, OK);
assert.equal(await counterLeaf.inflightCount(), 0n);
step('ping(42) to alpha-1 bounced back as pong(42); both Calls answered Ok');

// ---- the bridge: lock on the root, mint on alpha, burn on alpha, unlock on the root
const supply = await token.balanceOf(a0);
await (await token.approve(ADDRESSES.bridgeRoot, 100n, GAS)).wait();
receipt = await (await bridgeRoot.bridge(a1, 100n, GAS)).wait();
assert.equal(await token.balanceOf(a0), supply - 100n);
assert.equal(await token.balanceOf(ADDRESSES.bridgeRoot), 100n);
assert.equal(await bridgeRoot.locked(), 100n);
step('bridge(100): 100 DEMO locked on the root');
await waitFor('the mint on alpha', async () => (await bridgeAlpha.balanceOf(a1)) === 100n);
assert.equal(await bridgeAlpha.totalSupply(), 100n);
await waitFor('the mint confirmed on the root', async () => (await bridgeRoot.confirmed()) === 1n);
assert.equal(await bridgeRoot.refunds(), 0n);
step('100 DEMOA minted to account 1 on alpha; the root saw the Ok Result');

receipt = await (await bridgeAlpha.bridgeBack(a2, 40n, GAS)).wait();
assert.equal(await bridgeAlpha.balanceOf(a1), 60n);
assert.equal(await bridgeAlpha.totalSupply(), 60n);
await waitFor('the unlock on the root', async () => (await token.balanceOf(a2)) === 40n);
assert.equal(await bridgeRoot.locked(), 60n);
assert.equal(await token.balanceOf(ADDRESSES.bridgeRoot), 60n);
await waitFor('the unlock confirmed on alpha', async () => (await bridgeAlpha.confirmed()) === 1n);
step('bridgeBack(40): burnt on alpha, 40 DEMO unlocked to account 2 on the root');

// A mint alpha refuses (to the zero address): ActorErr, the root unlocks back to the sender.
await (await token.approve(ADDRESSES.bridgeRoot, 5n, GAS)).wait();
receipt = await (await bridgeRoot.bridge(ethers.ZeroAddress, 5n, GAS)).wait();
assert.equal(await bridgeRoot.locked(at(receipt)), 65n);
assert.equal(await token.balanceOf(a0, at(receipt)), supply - 105n);
await waitFor('the refund on the root', async () => (await bridgeRoot.refunds()) === 1n);
assert.equal(await bridgeRoot.locked(), 60n);
assert.equal(await token.balanceOf(a0), supply - 100n);
assert.equal(await bridgeAlpha.totalSupply(), 60n);
step('a refused mint came back ActorErr and the 5 DEMO were unlocked to their sender');

// An unlock the root refuses (to the zero address): ActorErr, alpha mints the burnt tokens back.
receipt = await (await bridgeAlpha.bridgeBack(ethers.ZeroAddress, 5n, GAS)).wait();
assert.equal(await bridgeAlpha.balanceOf(a1, at(receipt)), 55n);
await waitFor('the refund on alpha', async () => (await bridgeAlpha.refunds()) === 1n);
assert.equal(await bridgeAlpha.balanceOf(a1), 60n);
assert.equal(await bridgeAlpha.totalSupply(), 60n);
assert.equal(await bridgeRoot.locked(), 60n);
assert.equal(await token.balanceOf(ADDRESSES.bridgeRoot), 60n);
step('a refused unlock came back ActorErr and the 5 DEMOA were minted back on alpha');

console.log('xnet-demo end-to-end: all checks passed');
