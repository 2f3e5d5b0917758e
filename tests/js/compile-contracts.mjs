// Compiles the Solidity test contracts of tests/contracts with solc-js (the version pinned in
// package.json; no compiler download): standard JSON, optimizer on, evmVersion cancun, imports
// of @openzeppelin/... resolved from this directory's node_modules. Writes one JSON artifact per
// contract ({contractName, sourceName, abi, bytecode, deployedBytecode}) to the given directory.
//   node compile-contracts.mjs <build-dir> [contracts-dir (default tests/contracts)]
// Exits 1 with the compiler's messages on any compile error.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
export const defaultContractsDir = path.resolve(here, '../contracts');

function importReader(contractsDir) {
  return (importPath) => {
    try {
      if (importPath.startsWith('@openzeppelin/')) {
        return { contents: fs.readFileSync(require.resolve(importPath), 'utf8') };
      }
      const local = path.join(contractsDir, importPath);
      if (local.startsWith(contractsDir + path.sep) && fs.existsSync(local)) {
        return { contents: fs.readFileSync(local, 'utf8') };
      }
      return { error: `import not found: ${importPath}` };
    } catch (e) {
      return { error: `import not readable: ${importPath}: ${e.message}` };
    }
  };
}

// Returns {name: artifact} for every contract of tests/contracts; throws with the compiler's
// error messages when compilation fails.
export function compileContracts(contractsDir = defaultContractsDir) {
  let solc;
  try {
    solc = require('solc');
  } catch {
    throw new Error(`solc-js is not installed: run \`npm ci\` in ${here}`);
  }
  const sources = {};
  for (const file of fs.readdirSync(contractsDir).filter((f) => f.endsWith('.sol')).sort()) {
    sources[file] = { content: fs.readFileSync(path.join(contractsDir, file), 'utf8') };
  }
  if (Object.keys(sources).length === 0) throw new Error(`no .sol files in ${contractsDir}`);
  const input = {
    language: 'Solidity',
    sources,
    settings: {
      evmVersion: 'cancun',
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: importReader(contractsDir) }));
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`solc ${solc.version()} failed:\n` + errors.map((e) => e.formattedMessage ?? e.message).join('\n'));
  }
  const artifacts = {};
  for (const [sourceName, contracts] of Object.entries(output.contracts ?? {})) {
    if (!(sourceName in sources)) continue; // OpenZeppelin's own contracts are not test artifacts
    for (const [contractName, c] of Object.entries(contracts)) {
      if (contractName in artifacts) throw new Error(`contract name ${contractName} is defined twice`);
      artifacts[contractName] = {
        contractName,
        sourceName,
        abi: c.abi,
        bytecode: '0x' + c.evm.bytecode.object,
        deployedBytecode: '0x' + c.evm.deployedBytecode.object,
      };
    }
  }
  return { solcVersion: solc.version(), artifacts };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: node compile-contracts.mjs <build-dir>');
    process.exit(2);
  }
  let result;
  try {
    result = compileContracts(process.argv[3] ? path.resolve(process.argv[3]) : defaultContractsDir);
  } catch (e) {
    console.error(`compile-contracts: ${e.message}`);
    process.exit(1);
  }
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, artifact] of Object.entries(result.artifacts)) {
    fs.writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(artifact, null, 2) + '\n');
  }
  console.log(`compiled ${Object.keys(result.artifacts).length} contracts with solc ${result.solcVersion} into ${outDir}`);
}
