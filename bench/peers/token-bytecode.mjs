// Prints BenchToken's creation bytecode (tests/contracts/Bench.sol, compiled by solc-js) as hex,
// for ipc_bench_evm_chain's in-process ERC-20 transfers.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const jsDir = path.resolve(here, '../../tests/js');
const { compileContracts } = await import(pathToFileURL(path.join(jsDir, 'compile-contracts.mjs')).href);
const { artifacts } = compileContracts();
process.stdout.write(artifacts.BenchToken.bytecode + '\n');
