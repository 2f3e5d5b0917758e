// The Solidity test contracts driven through JSON-RPC with ethers v6: deployment receipts, ERC-20 and
// ERC-721 use, events and their indexed arguments, custom errors, require messages and panics,
// CREATE2 address prediction, Cancun features, eth_getLogs topic filters, polling filters and
// eth_estimateGas, debug_traceTransaction / debug_traceCall, and the hardhat_ / evm_ cheat methods
// (impersonation, balance, code, storage, nonce, mining and time). The opcode logger's shape is checked
// on every network; geth's callTracer and prestateTracer, which Hardhat's network does not offer,
// only where the node has them. The same tests run against Hardhat's in-process network
// (`npx hardhat test`) and any node (`--network ipc` with IPC_RPC_URL).
const { expect } = require('chai');
const { ethers, network } = require('hardhat');

const SIMPLE_TRANSFER_GAS = 21000n;

async function deploy(name, args = [], overrides = {}) {
  const factory = await ethers.getContractFactory(name);
  const contract = await factory.deploy(...args, overrides);
  const receipt = await contract.deploymentTransaction().wait();
  return { contract, receipt };
}

// The revert data of a failing eth_call, decoded with the contract's ABI (custom errors) or as
// Solidity's Error(string) / Panic(uint256).
async function revertOf(promise, iface) {
  let error;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  expect(error, 'the call was expected to revert').to.not.equal(undefined);
  const data = findRevertData(error);
  expect(data, `no revert data in ${error.message}`).to.be.a('string');
  const builtin = new ethers.Interface(['error Error(string)', 'error Panic(uint256)']);
  for (const i of [iface, builtin]) {
    try {
      const parsed = i.parseError(data);
      if (parsed) return { name: parsed.name, args: [...parsed.args] };
    } catch {}
  }
  throw new Error(`revert data ${data} matches no known error`);
}

// Nodes nest revert data differently in JSON-RPC errors ({data: "0x…"}, {data: {data: "0x…"}});
// ethers keeps the node's error under .info / .error. The first hex `data` found is the revert data.
function findRevertData(error, depth = 0) {
  if (error === null || typeof error !== 'object' || depth > 6) return undefined;
  if (typeof error.data === 'string' && /^0x([0-9a-f]{2})*$/i.test(error.data)) return error.data;
  for (const key of ['data', 'error', 'info', 'cause']) {
    const found = findRevertData(error[key], depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

// A signer for an account the node impersonates. Hardhat's HTTP networks sign every
// eth_sendTransaction with their configured accounts and refuse other senders (HH103), so against
// a node the impersonated account talks through ethers' own provider, as it would against anvil;
// getSigner(address) finds it in eth_accounts.
async function impersonatedSigner(address) {
  if (network.name === 'hardhat') return ethers.getImpersonatedSigner(address);
  await ethers.provider.send('hardhat_impersonateAccount', [address]);
  const direct = new ethers.JsonRpcProvider(process.env.IPC_RPC_URL, undefined, { polling: true, pollingInterval: 100 });
  return direct.getSigner(address);
}

async function sendAndWait(txPromise) {
  const tx = await txPromise;
  return tx.wait();
}

describe(`Solidity test contracts on network "${network.name}"`, function () {
  let owner;
  let alice;
  let bob;

  before(async function () {
    [owner, alice, bob] = await ethers.getSigners();
  });

  it('reads the chain id from the node', async function () {
    const fromNode = BigInt(await ethers.provider.send('eth_chainId', []));
    expect((await ethers.provider.getNetwork()).chainId).to.equal(fromNode);
    if (network.name === 'hardhat') expect(fromNode).to.equal(31337n);
  });

  describe('ERC-20 (TestToken on OpenZeppelin)', function () {
    let token;
    let deployReceipt;
    const supply = ethers.parseEther('1000000');

    before(async function () {
      ({ contract: token, receipt: deployReceipt } = await deploy('TestToken', [supply]));
    });

    it('deploys with a receipt naming the contract address', async function () {
      const nonce = (await deployReceipt.getTransaction()).nonce;
      expect(deployReceipt.status).to.equal(1);
      expect(deployReceipt.contractAddress).to.equal(await token.getAddress());
      expect(deployReceipt.contractAddress).to.equal(ethers.getCreateAddress({ from: owner.address, nonce }));
      expect(deployReceipt.gasUsed > SIMPLE_TRANSFER_GAS).to.equal(true);
      expect(await ethers.provider.getCode(deployReceipt.contractAddress)).to.not.equal('0x');
      // the constructor's Transfer from the zero address (the mint) and OwnershipTransferred
      const parsed = deployReceipt.logs.map((l) => token.interface.parseLog(l)).map((l) => l.name);
      expect(parsed).to.have.members(['Transfer', 'OwnershipTransferred']);
    });

    it('has name, symbol, decimals and supply', async function () {
      expect(await token.name()).to.equal('Test Token');
      expect(await token.symbol()).to.equal('TST');
      expect(await token.decimals()).to.equal(18n);
      expect(await token.totalSupply()).to.equal(supply);
      expect(await token.balanceOf(owner.address)).to.equal(supply);
    });

    it('transfers and emits Transfer with indexed from and to', async function () {
      const receipt = await sendAndWait(token.transfer(alice.address, 1234n));
      expect(receipt.status).to.equal(1);
      expect(receipt.contractAddress).to.equal(null);
      expect(receipt.logs).to.have.length(1);
      const log = receipt.logs[0];
      expect(log.address).to.equal(await token.getAddress());
      expect(log.topics[0]).to.equal(ethers.id('Transfer(address,address,uint256)'));
      expect(log.topics[1]).to.equal(ethers.zeroPadValue(owner.address, 32).toLowerCase());
      expect(log.topics[2]).to.equal(ethers.zeroPadValue(alice.address, 32).toLowerCase());
      const parsed = token.interface.parseLog(log);
      expect(parsed.args.from).to.equal(owner.address);
      expect(parsed.args.to).to.equal(alice.address);
      expect(parsed.args.value).to.equal(1234n);
      expect(await token.balanceOf(alice.address)).to.equal(1234n);
    });

    it('approves, then transferFrom by the spender uses up the allowance', async function () {
      const approval = await sendAndWait(token.approve(bob.address, 500n));
      const approvalLog = token.interface.parseLog(approval.logs[0]);
      expect(approvalLog.name).to.equal('Approval');
      expect(approvalLog.args.owner).to.equal(owner.address);
      expect(approvalLog.args.spender).to.equal(bob.address);
      expect(await token.allowance(owner.address, bob.address)).to.equal(500n);
      await sendAndWait(token.connect(bob).transferFrom(owner.address, bob.address, 200n));
      expect(await token.allowance(owner.address, bob.address)).to.equal(300n);
      expect(await token.balanceOf(bob.address)).to.equal(200n);
    });

    it('reverts with ERC20InsufficientBalance and ERC20InsufficientAllowance, decoded by name', async function () {
      const low = await revertOf(token.connect(alice).transfer.staticCall(bob.address, 5000n), token.interface);
      expect(low.name).to.equal('ERC20InsufficientBalance');
      expect(low.args).to.deep.equal([alice.address, 1234n, 5000n]);
      const allowance = await revertOf(token.connect(bob).transferFrom.staticCall(owner.address, bob.address, 301n), token.interface);
      expect(allowance.name).to.equal('ERC20InsufficientAllowance');
      expect(allowance.args).to.deep.equal([bob.address, 300n, 301n]);
      const notOwner = await revertOf(token.connect(alice).mint.staticCall(alice.address, 1n), token.interface);
      expect(notOwner).to.deep.equal({ name: 'OwnableUnauthorizedAccount', args: [alice.address] });
    });

    it('a reverted transaction is mined with status 0 and changes nothing', async function () {
      const before = await token.balanceOf(alice.address);
      const tx = await token.connect(alice).transfer(bob.address, 10n ** 30n, { gasLimit: 100000 });
      let receipt;
      try {
        receipt = await tx.wait();
      } catch (e) {
        receipt = e.receipt;
      }
      expect(receipt.status).to.equal(0);
      expect(receipt.logs).to.have.length(0);
      expect(receipt.gasUsed > SIMPLE_TRANSFER_GAS && receipt.gasUsed <= 100000n).to.equal(true);
      expect(await token.balanceOf(alice.address)).to.equal(before);
    });

    it('eth_estimateGas, then a transaction with exactly that gas succeeds', async function () {
      const estimate = await token.transfer.estimateGas(alice.address, 1n);
      const receipt = await sendAndWait(token.transfer(alice.address, 1n, { gasLimit: estimate }));
      expect(receipt.status).to.equal(1);
      expect(receipt.gasUsed <= estimate).to.equal(true);
      expect(receipt.gasUsed > SIMPLE_TRANSFER_GAS).to.equal(true);
    });
  });

  describe('ERC-721 (TestNFT on OpenZeppelin)', function () {
    let nft;

    before(async function () {
      ({ contract: nft } = await deploy('TestNFT'));
    });

    it('mints with a Transfer event whose three arguments are indexed', async function () {
      const receipt = await sendAndWait(nft.mint(alice.address, 7n));
      expect(receipt.logs).to.have.length(1);
      const log = receipt.logs[0];
      expect(log.topics).to.have.length(4);
      expect(log.topics[0]).to.equal(ethers.id('Transfer(address,address,uint256)'));
      expect(BigInt(log.topics[1])).to.equal(0n);
      expect(ethers.getAddress(ethers.dataSlice(log.topics[2], 12))).to.equal(alice.address);
      expect(BigInt(log.topics[3])).to.equal(7n);
      expect(log.data).to.equal('0x');
      expect(await nft.ownerOf(7n)).to.equal(alice.address);
      expect(await nft.balanceOf(alice.address)).to.equal(1n);
      expect(await nft.tokenURI(7n)).to.equal('ipfs://test/7');
    });

    it('approves and transfers by the approved account', async function () {
      await sendAndWait(nft.connect(alice).approve(bob.address, 7n));
      expect(await nft.getApproved(7n)).to.equal(bob.address);
      await sendAndWait(nft.connect(bob)['safeTransferFrom(address,address,uint256)'](alice.address, bob.address, 7n));
      expect(await nft.ownerOf(7n)).to.equal(bob.address);
      expect(await nft.getApproved(7n)).to.equal(ethers.ZeroAddress);
    });

    it('reverts with the ERC-721 custom errors', async function () {
      expect(await revertOf(nft.ownerOf.staticCall(99n), nft.interface)).to.deep.equal({ name: 'ERC721NonexistentToken', args: [99n] });
      expect((await revertOf(nft.mint.staticCall(alice.address, 7n), nft.interface)).name).to.equal('ERC721InvalidSender');
      // a contract without onERC721Received cannot receive through _safeMint
      const receiver = await nft.getAddress();
      expect(await revertOf(nft.mint.staticCall(receiver, 8n), nft.interface)).to.deep.equal({ name: 'ERC721InvalidReceiver', args: [receiver] });
      expect(await nft.supportsInterface('0x80ac58cd')).to.equal(true);
    });
  });

  describe('reverts (Errors)', function () {
    let errors;

    before(async function () {
      ({ contract: errors } = await deploy('Errors'));
      await sendAndWait(errors.setPositive(5n));
    });

    it('decodes custom errors with arguments by name', async function () {
      expect(await revertOf(errors.withdraw.staticCall(9n), errors.interface)).to.deep.equal({ name: 'InsufficientBalance', args: [5n, 9n] });
      expect(await revertOf(errors.onlyZero.staticCall(), errors.interface)).to.deep.equal({ name: 'Unauthorized', args: [owner.address] });
      expect(await errors.withdraw(3n)).to.equal(2n);
    });

    it('returns a require message as Error(string)', async function () {
      expect(await revertOf(errors.setPositive.staticCall(0n), errors.interface)).to.deep.equal({ name: 'Error', args: ['value must be positive'] });
    });

    it('returns panic codes as Panic(uint256)', async function () {
      const panic = async (p) => (await revertOf(p, errors.interface)).args[0];
      expect(await panic(errors.checkAssert.staticCall(7n))).to.equal(0x01n);
      expect(await panic(errors.overflow.staticCall(1n))).to.equal(0x11n);
      expect(await panic(errors.divide.staticCall(1n, 0n))).to.equal(0x12n);
      expect(await panic(errors.item.staticCall(0n))).to.equal(0x32n);
    });

    it('eth_estimateGas of a reverting call fails with the revert data', async function () {
      const r = await revertOf(errors.setPositive.estimateGas(0n), errors.interface);
      expect(r).to.deep.equal({ name: 'Error', args: ['value must be positive'] });
    });
  });

  describe('events and eth_getLogs (Events)', function () {
    let events;
    let address;
    const tagA = ethers.id('tag-a');
    const tagB = ethers.id('tag-b');
    let firstBlock;
    let lastBlock;

    before(async function () {
      ({ contract: events } = await deploy('Events'));
      address = await events.getAddress();
      const r1 = await sendAndWait(events.deposit(1n, tagA, 'first', { value: 3n }));
      await sendAndWait(events.connect(alice).deposit(2n, tagB, 'second'));
      await sendAndWait(events.connect(alice).deposit(3n, tagA, 'third', { value: 9n }));
      const r4 = await sendAndWait(events.named('alpha', 4));
      await sendAndWait(events.raw(11n, 12n, 13n, 14n));
      firstBlock = r1.blockNumber;
      lastBlock = (await ethers.provider.getBlockNumber());
      expect(r4.status).to.equal(1);
    });

    const getLogs = (topics) => ethers.provider.send('eth_getLogs', [{
      address, fromBlock: ethers.toQuantity(firstBlock), toBlock: ethers.toQuantity(lastBlock), topics,
    }]);

    it('Deposit carries three indexed topics and the rest as data', async function () {
      const logs = await getLogs([events.interface.getEvent('Deposit').topicHash]);
      expect(logs).to.have.length(3);
      const parsed = logs.map((l) => events.interface.parseLog(l));
      expect(parsed.map((p) => p.args.id)).to.deep.equal([1n, 2n, 3n]);
      expect(parsed[0].args.from).to.equal(owner.address);
      expect(parsed[0].args.tag).to.equal(tagA);
      expect(parsed[0].args.amount).to.equal(3n);
      expect(parsed[0].args.note).to.equal('first');
      expect(logs[0].topics[2]).to.equal(ethers.toBeHex(1n, 32));
    });

    it('filters by an indexed address, by OR-ed values and by a later position only', async function () {
      const deposit = events.interface.getEvent('Deposit').topicHash;
      const byAlice = await getLogs([deposit, ethers.zeroPadValue(alice.address, 32)]);
      expect(byAlice.map((l) => BigInt(l.topics[2]))).to.deep.equal([2n, 3n]);
      const idOneOrThree = await getLogs([deposit, null, [ethers.toBeHex(1n, 32), ethers.toBeHex(3n, 32)]]);
      expect(idOneOrThree.map((l) => BigInt(l.topics[2]))).to.deep.equal([1n, 3n]);
      const tagged = await getLogs([null, null, null, tagA]);
      expect(tagged.map((l) => BigInt(l.topics[2]))).to.deep.equal([1n, 3n]);
      const none = await getLogs([deposit, ethers.zeroPadValue(bob.address, 32)]);
      expect(none).to.have.length(0);
    });

    it('an indexed string is stored as its hash; an anonymous event has no signature topic', async function () {
      const named = await getLogs([events.interface.getEvent('Named').topicHash, ethers.id('alpha')]);
      expect(named).to.have.length(1);
      expect(events.interface.parseLog(named[0]).args.kind).to.equal(4n);
      const raw = await getLogs([ethers.toBeHex(11n, 32)]);
      expect(raw).to.have.length(1);
      expect(raw[0].topics).to.deep.equal([11n, 12n, 13n].map((v) => ethers.toBeHex(v, 32)));
      expect(BigInt(raw[0].data)).to.equal(14n);
    });

    it('a polling filter (eth_newFilter / eth_getFilterChanges) returns each new log once', async function () {
      const ping = events.interface.getEvent('Ping').topicHash;
      const id = await ethers.provider.send('eth_newFilter', [{ address, topics: [ping] }]);
      await sendAndWait(events.ping());
      await sendAndWait(events.deposit(5n, tagB, 'not a ping'));
      await sendAndWait(events.ping());
      const changes = await ethers.provider.send('eth_getFilterChanges', [id]);
      expect(changes).to.have.length(2);
      for (const log of changes) {
        expect(log.topics).to.deep.equal([ping]);
        expect(ethers.getAddress(log.address)).to.equal(address);
      }
      expect(await ethers.provider.send('eth_getFilterChanges', [id])).to.have.length(0);
      expect(await ethers.provider.send('eth_uninstallFilter', [id])).to.equal(true);
    });

    it('many events in one transaction keep their order and log indexes', async function () {
      const receipt = await sendAndWait(events.many(4n));
      expect(receipt.logs.map((l) => BigInt(l.topics[2]))).to.deep.equal([0n, 1n, 2n, 3n]);
      const indexes = receipt.logs.map((l) => l.index);
      expect(indexes).to.deep.equal([...indexes].sort((a, b) => a - b));
    });
  });

  describe('CREATE2 factory', function () {
    let factory;
    let factoryAddress;

    before(async function () {
      ({ contract: factory } = await deploy('Create2Factory'));
      factoryAddress = await factory.getAddress();
    });

    it('predicts the child address off-chain and on-chain, and deploys there', async function () {
      const salt = ethers.id('salt-1');
      const child = await ethers.getContractFactory('Child');
      const initCode = ethers.concat([child.bytecode, ethers.AbiCoder.defaultAbiCoder().encode(['uint256'], [42n])]);
      const offChain = ethers.getCreate2Address(factoryAddress, salt, ethers.keccak256(initCode));
      expect(await factory.predict(salt, 42n)).to.equal(offChain);
      const receipt = await sendAndWait(factory.deploy(salt, 42n, { value: 5n }));
      const deployed = factory.interface.parseLog(receipt.logs[0]);
      expect(deployed.args.child).to.equal(offChain);
      expect(deployed.args.salt).to.equal(salt);
      const c = child.attach(offChain);
      expect(await c.value()).to.equal(42n);
      expect(await c.factory()).to.equal(factoryAddress);
      expect(await ethers.provider.getBalance(offChain)).to.equal(5n);
      // the same salt and arguments again collide
      const again = factory.deploy(salt, 42n, { gasLimit: 1_000_000 });
      let status;
      try {
        status = (await (await again).wait()).status;
      } catch (e) {
        status = e.receipt?.status;
      }
      expect(status).to.equal(0);
    });

    it('CREATE from the factory uses its nonce (1 after the first child)', async function () {
      const receipt = await sendAndWait(factory.deployPlain(9n));
      const child = factory.interface.parseLog(receipt.logs[0]).args.child;
      expect(child).to.equal(ethers.getCreateAddress({ from: factoryAddress, nonce: 2 }));
    });
  });

  describe('Cancun: transient storage, MCOPY, blob fields', function () {
    let cancun;

    before(async function () {
      ({ contract: cancun } = await deploy('Cancun'));
    });

    it('TSTORE/TLOAD within a call and across calls of one transaction', async function () {
      expect(await cancun.tstoreThenLoad.staticCall(5n, 77n)).to.equal(77n);
      expect(await cancun.tstoreAcrossCalls.staticCall(99n)).to.equal(99n);
    });

    it('transient storage is empty again in the next transaction', async function () {
      const receipt = await sendAndWait(cancun.tstoreAcrossCalls(123n));
      expect(receipt.status).to.equal(1);
      expect(await cancun.tloadSlot(0x1234n)).to.equal(0n);
    });

    it('a transient reentrancy guard rejects reentry and resets after each transaction', async function () {
      expect(await revertOf(cancun.guarded.staticCall(true), cancun.interface)).to.deep.equal({ name: 'Error', args: ['reentrant call'] });
      await sendAndWait(cancun.guarded(false));
      await sendAndWait(cancun.guarded(false));
      expect(await cancun.entered()).to.equal(2n);
    });

    it('MCOPY moves overlapping bytes like memmove', async function () {
      const data = ethers.hexlify(Uint8Array.from({ length: 75 }, (_, i) => (i * 11 + 1) & 0xff));
      const bytes = ethers.getBytes(data);
      const expected = Uint8Array.from(bytes);
      expected.set(bytes.slice(0, bytes.length - 7), 7);
      expect(await cancun.mcopyOverlap(data, 7n)).to.equal(ethers.hexlify(expected));
      const receipt = await sendAndWait(cancun.concat('0x0102', '0x030405'));
      expect(cancun.interface.parseLog(receipt.logs[0]).args.data).to.equal('0x0102030405');
    });

    it('BLOBBASEFEE and BLOBHASH are readable', async function () {
      const [fee, firstHash] = await cancun.blobInfo();
      // Hardhat's own network answers EIP-4844's minimum blob base fee, 1 wei; the devnet carries
      // no blobs and answers 0 (issue 20).
      if (network.name === 'hardhat') expect(fee >= 1n).to.equal(true);
      else expect(fee).to.equal(0n);
      expect(firstHash).to.equal(ethers.ZeroHash);
    });
  });

  describe('nested calls', function () {
    let nested;

    before(async function () {
      ({ contract: nested } = await deploy('NestedCalls'));
    });

    it('recursion through external calls, DELEGATECALL, STATICCALL and a caught revert', async function () {
      expect(await nested.recurse.staticCall(10n)).to.equal(10n);
      const [self, stored] = await nested.delegateSet.staticCall(11n);
      expect(self).to.equal(await nested.getAddress());
      expect(stored).to.equal(11n);
      await sendAndWait(nested.delegateSet(12n));
      expect(await nested.slot0()).to.equal(12n);
      expect(await nested.staticRead()).to.equal(0n); // Logic's own slot is untouched
      const receipt = await sendAndWait(nested.catchInner(1n));
      expect(nested.interface.parseLog(receipt.logs[0]).args.reason).to.equal('inner failed with code');
    });

    it('forwards value to a new account', async function () {
      const fresh = ethers.Wallet.createRandom().address;
      const estimate = await nested.forward.estimateGas(fresh, { value: 1000n });
      const receipt = await sendAndWait(nested.forward(fresh, { value: 1000n, gasLimit: estimate }));
      expect(receipt.status).to.equal(1);
      expect(await ethers.provider.getBalance(fresh)).to.equal(1000n);
    });
  });
  describe('traces (debug_traceTransaction, debug_traceCall)', function () {
    let nested;
    let callTracer;

    before(async function () {
      ({ contract: nested } = await deploy('NestedCalls'));
      const probe = await sendAndWait(nested.recurse(0n));
      try {
        await ethers.provider.send('debug_traceTransaction', [probe.hash, { tracer: 'callTracer' }]);
        callTracer = true;
      } catch {
        callTracer = false; // Hardhat's in-process network has only the opcode logger
      }
    });

    it('the opcode logger follows recursion through external calls step by step', async function () {
      const receipt = await sendAndWait(nested.recurse(3n));
      const trace = await ethers.provider.send('debug_traceTransaction', [receipt.hash]);
      expect(trace.failed).to.equal(false);
      expect(BigInt(trace.gas)).to.equal(receipt.gasUsed);
      const logs = trace.structLogs;
      expect(logs.length).to.be.greaterThan(100);
      for (const l of logs.slice(0, 50)) {
        expect(l.pc).to.be.a('number');
        expect(l.op).to.be.a('string');
        expect(l.gas).to.be.a('number');
        expect(l.gasCost).to.be.a('number');
        expect(l.depth).to.be.a('number');
        expect(l.stack).to.be.an('array');
      }
      expect(logs[0].depth).to.equal(1);
      expect(Math.max(...logs.map((l) => l.depth))).to.equal(4); // recurse(3) -> 3 nested calls
      expect(logs.filter((l) => l.op === 'CALL').length).to.equal(3);
      expect(logs[logs.length - 1].op).to.equal('RETURN');
      // Within a frame, each step's gas is the previous step's minus its cost.
      for (let i = 1; i < logs.length; i++) {
        if (logs[i].depth === logs[i - 1].depth && !['CALL', 'STATICCALL', 'DELEGATECALL'].includes(logs[i - 1].op)) {
          expect(logs[i].gas, `step ${i}`).to.equal(logs[i - 1].gas - logs[i - 1].gasCost);
        }
      }
      const sstore = logs.find((l) => l.op === 'SSTORE');
      expect(sstore.storage).to.be.an('object');
      const lean = await ethers.provider.send('debug_traceTransaction', [receipt.hash, { disableStack: true }]);
      expect(lean.structLogs[0].stack).to.equal(undefined);
      if (callTracer) {
        // geth's `limit` (Hardhat's network ignores it)
        const limited = await ethers.provider.send('debug_traceTransaction', [receipt.hash, { limit: 10 }]);
        expect(limited.structLogs.length).to.equal(10);
      }
    });

    it('callTracer shows the call tree with a caught revert and its reason', async function () {
      if (!callTracer) this.skip();
      const receipt = await sendAndWait(nested.catchInner(0n));
      const tree = await ethers.provider.send('debug_traceTransaction', [receipt.hash, { tracer: 'callTracer', tracerConfig: { withLog: true } }]);
      expect(tree.type).to.equal('CALL');
      expect(tree.to).to.equal((await nested.getAddress()).toLowerCase());
      expect(BigInt(tree.gasUsed)).to.equal(receipt.gasUsed);
      expect(tree.error).to.equal(undefined);
      expect(tree.calls).to.have.length(1);
      expect(tree.calls[0].to).to.equal((await nested.logic()).toLowerCase());
      expect(tree.calls[0].error).to.equal('execution reverted');
      expect(tree.calls[0].revertReason).to.equal('inner failed');
      expect(tree.logs).to.have.length(1);
      expect(nested.interface.parseLog(tree.logs[0]).args.reason).to.equal('inner failed');

      const delegated = await sendAndWait(nested.delegateSet(5n));
      const d = await ethers.provider.send('debug_traceTransaction', [delegated.hash, { tracer: 'callTracer' }]);
      expect(d.calls[0].type).to.equal('DELEGATECALL');
      const s = await ethers.provider.send('debug_traceCall', [
        { from: owner.address, to: await nested.getAddress(), data: nested.interface.encodeFunctionData('staticRead') },
        'latest',
        { tracer: 'callTracer' },
      ]);
      expect(s.calls[0].type).to.equal('STATICCALL');
      expect(BigInt(s.output)).to.equal(0n);
    });

    it('prestateTracer gives the slots a transaction read and, in diffMode, what it changed', async function () {
      if (!callTracer) this.skip();
      await sendAndWait(nested.delegateSet(6n));
      const receipt = await sendAndWait(nested.delegateSet(7n));
      const address = (await nested.getAddress()).toLowerCase();
      const pre = await ethers.provider.send('debug_traceTransaction', [receipt.hash, { tracer: 'prestateTracer' }]);
      expect(BigInt(pre[address].storage[ethers.zeroPadValue('0x00', 32)])).to.equal(6n);
      const diff = await ethers.provider.send('debug_traceTransaction', [receipt.hash, { tracer: 'prestateTracer', tracerConfig: { diffMode: true } }]);
      expect(BigInt(diff.post[address].storage[ethers.zeroPadValue('0x00', 32)])).to.equal(7n);
      expect(diff.post[owner.address.toLowerCase()].nonce).to.be.a('number');
      let refusal;
      try {
        await ethers.provider.send('debug_traceTransaction', [receipt.hash, { tracer: 'noSuchTracer' }]);
      } catch (e) {
        refusal = e;
      }
      expect(refusal?.message).to.match(/unknown tracer 'noSuchTracer'/);
    });
  });

  describe('cheat methods (hardhat_*, evm_*)', function () {
    const quantity = (v) => ethers.toQuantity(v);

    it('impersonates an account without a key, sends from it, and stops', async function () {
      const who = ethers.Wallet.createRandom().address;
      await ethers.provider.send('hardhat_setBalance', [who, quantity(ethers.parseEther('2'))]);
      expect(await ethers.provider.getBalance(who)).to.equal(ethers.parseEther('2'));
      const { contract: token } = await deploy('TestToken', [1000n]);
      await sendAndWait(token.transfer(who, 300n));

      const signer = await impersonatedSigner(who);
      const receipt = await sendAndWait(token.connect(signer).transfer(alice.address, 120n));
      expect(receipt.status).to.equal(1);
      expect(receipt.from).to.equal(who);
      expect(await token.balanceOf(who)).to.equal(180n);
      expect(await token.balanceOf(alice.address)).to.equal(120n);
      const paid = await sendAndWait(signer.sendTransaction({ to: bob.address, value: 5n }));
      expect((await paid.getTransaction()).from).to.equal(who);
      expect(await ethers.provider.getTransactionCount(who)).to.equal(2);

      await ethers.provider.send('hardhat_stopImpersonatingAccount', [who]);
      let refusal;
      try {
        await signer.sendTransaction({ to: bob.address, value: 5n });
      } catch (e) {
        refusal = e;
      }
      expect(refusal, 'a send after stopping was expected to fail').to.not.equal(undefined);
      expect(await ethers.provider.getTransactionCount(who)).to.equal(2);
    });

    it('sets code, storage and nonce', async function () {
      const { contract: nested } = await deploy('NestedCalls');
      const address = await nested.getAddress();
      await ethers.provider.send('hardhat_setStorageAt', [address, '0x0', ethers.zeroPadValue('0x2a', 32)]);
      expect(await nested.slot0()).to.equal(42n);
      const copy = ethers.Wallet.createRandom().address;
      await ethers.provider.send('hardhat_setCode', [copy, await ethers.provider.getCode(address)]);
      expect(await ethers.provider.getCode(copy)).to.equal(await ethers.provider.getCode(address));
      expect(await nested.attach(copy).slot0()).to.equal(0n); // code, not storage
      const fresh = ethers.Wallet.createRandom().address;
      await ethers.provider.send('hardhat_setNonce', [fresh, '0x7']);
      expect(await ethers.provider.getTransactionCount(fresh)).to.equal(7);
    });

    it('mines blocks and moves block time ahead', async function () {
      const before = await ethers.provider.getBlock('latest');
      await ethers.provider.send('hardhat_mine', ['0x3']);
      const after = await ethers.provider.getBlock('latest');
      expect(after.number >= before.number + 3).to.equal(true);
      await ethers.provider.send('evm_increaseTime', [3600]);
      await ethers.provider.send('evm_mine', []);
      const later = await ethers.provider.getBlock('latest');
      expect(later.timestamp >= after.timestamp + 3600).to.equal(true);
    });
  });
});
