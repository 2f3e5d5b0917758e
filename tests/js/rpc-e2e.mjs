// Drives a running `ipc-devnet up` with ethers v6 and only public ethers APIs, the way a wallet
// or script would: accounts from the mnemonic, chain ids, an EIP-1559 transfer, fund and release
// through IPC's gateway ABI with IPC's own FvmAddress encoding, IPC's getters and events, and
// the checkpoint hash the validators signed, recomputed from the getter's answer.
// Usage: node rpc-e2e.mjs <root rpc url>
import assert from 'node:assert/strict';
import { ethers } from 'ethers';
import { rpc, step, waitFor } from './rpc-client.mjs';

const rootUrl = process.argv[2];
const MNEMONIC = 'test test test test test test test test test test test junk';
const GATEWAY = '0x77aa40b105843728088c0132e43fc44348881da8';
const SUBNET_ID = 'tuple(uint64 root, address[] route)';
const FVM = 'tuple(uint8 addrType, bytes payload)';
const DELEGATED = 'tuple(uint64 namespace, uint128 length, bytes buffer)';
const IPC_ADDR = `tuple(${SUBNET_ID} subnetId, ${FVM} rawAddress)`;
const ENVELOPE = `tuple(uint8 kind, uint64 localNonce, uint64 originalNonce, uint256 value, ${IPC_ADDR} to, ${IPC_ADDR} from, bytes message)`;
const CHECKPOINT = `tuple(${SUBNET_ID} subnetID, uint256 blockHeight, bytes32 blockHash, uint64 nextConfigurationNumber, ${ENVELOPE}[] msgs, tuple(tuple(tuple(uint64 totalActiveValidators, uint64 totalNumBlocksCommitted) stats, bytes32 dataRootCommitment) consensus) activity)`;
const GATEWAY_ABI = [
  `function fund(${SUBNET_ID} subnetId, ${FVM} to) payable`,
  `function release(${FVM} to) payable`,
  `function getNetworkName() view returns (${SUBNET_ID})`,
  `function listSubnets() view returns (tuple(uint256 stake, uint256 genesisEpoch, uint256 circSupply, uint64 topDownNonce, uint64 appliedBottomUpNonce, ${SUBNET_ID} id)[])`,
  'function getLatestParentFinality() view returns (tuple(uint256 height, bytes32 blockHash))',
  `function bottomUpCheckpoint(uint256 h) view returns (${CHECKPOINT})`,
  'function bottomUpCheckPeriod() view returns (uint256)',
  'function getCurrentMembership() view returns (tuple(tuple(uint256 weight, address addr, bytes metadata)[] validators, uint64 configurationNumber))',
  `event NewTopDownMessage(address indexed subnet, ${ENVELOPE} message, bytes32 indexed id)`,
];

const coder = ethers.AbiCoder.defaultAbiCoder();
// IPC's FvmAddress for an Ethereum account, as FvmAddressHelper.from builds it: delegated (4),
// payload = abi.encode(DelegatedAddress{namespace: 10, length: 20, buffer: addr}), 192 bytes.
const fvm = (addr) => [4, coder.encode([DELEGATED], [[10, 20, addr]])];
// The three fields as a parameter list, without the struct's offset word: not IPC's encoding.
const headlessFvm = (addr) => [4, coder.encode(['uint64', 'uint128', 'bytes'], [10, 20, addr])];
const evmOf = (rawAddress) => {
  assert.equal(rawAddress.addrType, 4n);
  assert.equal(ethers.dataLength(rawAddress.payload), 192);
  // By position: `length` of an ethers Result is its field count.
  const [[namespace, length, buffer]] = coder.decode([DELEGATED], rawAddress.payload);
  assert.equal(namespace, 10n);
  assert.equal(length, 20n);
  return ethers.getAddress(buffer);
};
// CrossMsgHelper.toTracingId: abi.encode(kind, to, from, value, message, originalNonce).
const tracingId = (m) => ethers.keccak256(coder.encode(
  ['uint8', IPC_ADDR, IPC_ADDR, 'uint256', 'bytes', 'uint64'],
  [m.kind, m.to, m.from, m.value, m.message, m.originalNonce]));

const root = new ethers.JsonRpcProvider(rootUrl, undefined, { staticNetwork: true, pollingInterval: 100 });
const subnets = await rpc(rootUrl, 'ipc_listSubnets');
const child = subnets.find((s) => s.parent !== null);
assert.ok(child, 'a child subnet is listed');
const childProvider = new ethers.JsonRpcProvider(child.rpcUrl, undefined, { staticNetwork: true, pollingInterval: 100 });

// Accounts from the mnemonic, as every wallet derives them.
const wallets = [0, 1, 2].map((i) =>
  ethers.HDNodeWallet.fromPhrase(MNEMONIC, undefined, `m/44'/60'/0'/0/${i}`));
assert.equal(wallets[0].address, '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266');
step('accounts derived from the mnemonic');

const rootNet = await root.getNetwork();
assert.equal(rootNet.chainId, 31337n);
const childNet = await childProvider.getNetwork();
assert.equal(childNet.chainId, BigInt(child.chainId));
step(`chain ids: root ${rootNet.chainId}, child ${childNet.chainId}`);

// An EIP-1559 transfer on the root.
const alice = wallets[0].connect(root);
const bob = ethers.Wallet.createRandom().address;
const tx = await alice.sendTransaction({ to: bob, value: ethers.parseEther('1.5') });
assert.equal(tx.type, 2);
const receipt = await tx.wait();
assert.equal(receipt.status, 1);
assert.equal(await root.getBalance(bob), ethers.parseEther('1.5'));
step(`EIP-1559 transfer mined in block ${receipt.blockNumber}`);

// IPC's getters through ethers.Contract.
const gateway = new ethers.Contract(GATEWAY, GATEWAY_ABI, alice);
const name = await gateway.getNetworkName();
assert.equal(name.root, 31337n);
assert.equal(name.route.length, 0);
const listed = await gateway.listSubnets();
assert.ok(listed.length >= 1);
const childRoute = listed.find((s) => s.id.route.length === 1).id;
step(`getNetworkName and listSubnets (${listed.length} subnets)`);

// fund: root -> child, lands on the child's endpoint after top-down finality.
const carol = wallets[2].connect(root);
const dave = ethers.Wallet.createRandom().address;
const childId = [childRoute.root, [...childRoute.route]];
assert.equal(ethers.dataLength(fvm(dave)[1]), 192);
await assert.rejects(
  gateway.connect(carol).fund.staticCall(childId, headlessFvm(dave), { value: ethers.parseEther('2') }),
  (e) => /bad arguments/.test(e.reason ?? ''),
  'a payload without the DelegatedAddress head is refused');
const fundTx = await gateway.connect(carol).fund(childId, fvm(dave), { value: ethers.parseEther('2') });
const fundReceipt = await fundTx.wait();
assert.equal(fundReceipt.status, 1);
// The top-down message the gateway committed carries IPC's encoding of both addresses.
const topDown = fundReceipt.logs.map((l) => gateway.interface.parseLog(l)).find((l) => l?.name === 'NewTopDownMessage');
assert.ok(topDown, 'fund emits NewTopDownMessage');
const fundMsg = topDown.args.message;
assert.equal(fundMsg.to.rawAddress.payload, fvm(dave)[1]);
assert.equal(fundMsg.from.rawAddress.payload, fvm(carol.address)[1]);
assert.equal(evmOf(fundMsg.to.rawAddress), ethers.getAddress(dave));
assert.equal(fundMsg.value, ethers.parseEther('2'));
assert.equal(topDown.args.id, tracingId(fundMsg));
step('fund with IPC\'s FvmAddress encoding; the head-less payload is refused; NewTopDownMessage matches');
await waitFor('the funded balance in the child',
  async () => (await childProvider.getBalance(dave)) === ethers.parseEther('2'));
step('fund landed in the child subnet');

const childGateway = new ethers.Contract(GATEWAY, GATEWAY_ABI, childProvider);
const finality = await childGateway.getLatestParentFinality();
assert.ok(finality.height > 0n);
step(`getLatestParentFinality: height ${finality.height}`);

// release: child -> root, lands after the checkpoint carrying it is accepted.
const erin = wallets[1].connect(childProvider);
const frank = ethers.Wallet.createRandom().address;
await assert.rejects(
  childGateway.connect(erin).release.staticCall(headlessFvm(frank), { value: ethers.parseEther('0.25') }),
  (e) => /bad arguments/.test(e.reason ?? ''),
  'release refuses a head-less payload too');
const releaseTx = await childGateway.connect(erin).release(fvm(frank), { value: ethers.parseEther('0.25') });
const releaseReceipt = await releaseTx.wait();
assert.equal(releaseReceipt.status, 1);
await waitFor('the released balance in the root',
  async () => (await root.getBalance(frank)) === ethers.parseEther('0.25'));
step('release landed in the root after a checkpoint');

// The checkpoint that carried it: decode it and hash it the way validators sign it.
const period = await childGateway.bottomUpCheckPeriod();
const epoch = (BigInt(releaseReceipt.blockNumber) / period + 1n) * period;
const cp = await childGateway.bottomUpCheckpoint(epoch);
assert.equal(cp.blockHeight, epoch);
assert.ok(cp.msgs.length >= 1);
const encoded = coder.encode([CHECKPOINT], [cp]);
const hash = ethers.keccak256(encoded);
// The release inside it, with IPC's encoding of both addresses.
const carried = cp.msgs.find((m) => m.to.rawAddress.payload === fvm(frank)[1]);
assert.ok(carried, 'the checkpoint carries the release');
assert.equal(evmOf(carried.to.rawAddress), ethers.getAddress(frank));
assert.equal(carried.from.rawAddress.payload, fvm(erin.address)[1]);
assert.equal(carried.value, ethers.parseEther('0.25'));
const inspected = await rpc(child.rpcUrl, 'ipc_getCheckpoint', [child.id, Number(epoch)]);
assert.equal(hash, inspected.abiHash);
const members = (await childGateway.getCurrentMembership()).validators.map((v) => v.addr);
assert.ok(inspected.signatures.length > 0);
for (const s of inspected.signatures) {
  const signer = ethers.recoverAddress(hash, s.signature);
  assert.equal(signer, ethers.getAddress(s.signer));
  assert.ok(members.includes(signer), `${signer} is a validator of the child`);
}
step(`bottomUpCheckpoint(${epoch}) hashes to what ${inspected.signatures.length} validators signed`);
console.log('all ethers checks passed');
