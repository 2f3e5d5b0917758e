// Hardhat 2 project over the Solidity test contracts of tests/contracts.
// The compiler is the solc-js of node_modules (the version pinned in package.json): the subtask
// below hands Hardhat its soljson.js, so Hardhat never downloads a compiler.
// Networks: `hardhat` (in-process, Cancun) by default; `ipc` is any JSON-RPC node given by
// IPC_RPC_URL, with the well-known test mnemonic's accounts (signed locally) and the chain id the
// node reports.
require('@nomicfoundation/hardhat-ethers');
const { subtask } = require('hardhat/config');
const { TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD } = require('hardhat/builtin-tasks/task-names');

const SOLC_VERSION = require('solc/package.json').version;
const TEST_MNEMONIC = 'test test test test test test test test test test test junk';

subtask(TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD, async ({ solcVersion }) => {
  if (solcVersion !== SOLC_VERSION) {
    throw new Error(`hardhat.config.js: solc ${solcVersion} requested but only solc-js ${SOLC_VERSION} (node_modules) is available`);
  }
  const longVersion = require('solc').version().replace(/\.Emscripten\.clang$/, '');
  return { compilerPath: require.resolve('solc/soljson.js'), isSolcJs: true, version: solcVersion, longVersion };
});

module.exports = {
  solidity: {
    version: SOLC_VERSION,
    settings: { evmVersion: 'cancun', optimizer: { enabled: true, runs: 200 } },
  },
  paths: {
    sources: './contracts', // a symlink to ../contracts (Hardhat keeps sources inside the project)
  },
  defaultNetwork: 'hardhat',
  networks: {
    // like a real node: a reverting transaction is mined with status 0 instead of throwing
    hardhat: { hardfork: 'cancun', chainId: 31337, throwOnTransactionFailures: false },
    ipc: {
      url: process.env.IPC_RPC_URL || 'http://127.0.0.1:8545',
      accounts: { mnemonic: process.env.IPC_MNEMONIC || TEST_MNEMONIC, count: 4 },
      timeout: 120000,
    },
  },
  mocha: { timeout: 180000 },
};
