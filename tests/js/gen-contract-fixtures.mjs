// Writes the creation bytecode of the Solidity test contracts the C++ tests run without node
// (compiled by the pinned solc-js, exactly as compile-contracts.mjs compiles them), one hex line
// per contract: tests/fixtures/contracts/<Name>.hex. Run after changing one of those contracts:
// `cd tests/js && npm ci && node gen-contract-fixtures.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileContracts } from './compile-contracts.mjs';

// The contracts C++ tests load (tests/core/test_evm_builtin_calls.cpp, test_xnet_calls.cpp,
// tests/devnet/engine/test_contract_gateway.cpp, test_abi_revert.cpp, test_chain_console.cpp).
const wanted = ['ConsoleLog', 'Errors', 'GatewayUser', 'XnetCounter'];

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '../fixtures/contracts');
mkdirSync(outDir, { recursive: true });
const { solcVersion, artifacts } = compileContracts();
for (const name of wanted) {
  const a = artifacts[name];
  if (!a) throw new Error(`no contract ${name} in tests/contracts`);
  writeFileSync(join(outDir, `${name}.hex`), a.bytecode.slice(2) + '\n');
  console.log(`${name}: ${(a.bytecode.length - 2) / 2} bytes (solc ${solcVersion})`);
}
