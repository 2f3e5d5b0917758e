// Runs the EVM differential test: the same cases through a runner under test and through
// @ethereumjs/evm (ejs-run.mjs), compared field by field.
//   node compare.mjs <runner> [cases.jsonl]
// <runner> is an executable called as `<runner> <cases.jsonl>` (the file is also on its standard
// input) that prints one result line per case in the format of README.md. Without a case file,
// the cases of gen-cases.mjs (seed 1) are generated first. Prints each mismatching case with its
// first differing field and both values, then "N passed, N failed"; exits 1 on any mismatch or
// when the runner fails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateCases } from './gen-cases.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const RESULT_KEYS = ['name', 'success', 'output', 'gasUsed', 'refund', 'logs', 'state'];

function run(cmd, args, inputFile) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: [fs.openSync(inputFile, 'r'), 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (d) => chunks.push(d));
    child.on('error', (e) => reject(new Error(`cannot start ${cmd}: ${e.message}`)));
    child.on('close', (code, signal) => {
      if (code !== 0) reject(new Error(`${[cmd, ...args].join(' ')} exited with ${signal ?? code}`));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
  });
}

function parseLines(text, who) {
  return text.split('\n').filter((l) => l.trim() !== '').map((l, i) => {
    try {
      return JSON.parse(l);
    } catch (e) {
      throw new Error(`${who}: output line ${i + 1} is not JSON: ${e.message}`);
    }
  });
}

const show = (v) => {
  const s = JSON.stringify(v);
  return s === undefined ? '(missing)' : s.length > 400 ? s.slice(0, 400) + `… (${s.length} chars)` : s;
};

// The first path at which two JSON values differ, or null. Object key order does not matter.
export function firstDifference(a, b, where) {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) {
    return { where, a, b };
  }
  if (Array.isArray(a)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return { where: `${where}[${i}]`, a: a[i], b: b[i] };
      const d = firstDifference(a[i], b[i], `${where}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a !== null && typeof a === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) {
      if (!(k in a) || !(k in b)) return { where: `${where}.${k}`, a: a[k], b: b[k] };
      const d = firstDifference(a[k], b[k], `${where}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : { where, a, b };
}

async function main() {
  const [runner, casesArg] = process.argv.slice(2);
  if (!runner) {
    console.error('usage: node compare.mjs <runner> [cases.jsonl]');
    process.exit(2);
  }
  let casesFile = casesArg;
  let tmp;
  if (!casesFile) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'evm-diff-'));
    casesFile = path.join(tmp, 'cases.jsonl');
    const cases = await generateCases();
    fs.writeFileSync(casesFile, cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  }
  try {
    const names = parseLines(fs.readFileSync(casesFile, 'utf8'), casesFile).map((c) => c.name);
    const [expectedText, actualText] = await Promise.all([
      run(process.execPath, [path.join(here, 'ejs-run.mjs'), casesFile], casesFile),
      run(path.resolve(runner), [casesFile], casesFile),
    ]);
    const expected = parseLines(expectedText, 'ejs-run.mjs');
    const actual = parseLines(actualText, runner);
    let passed = 0;
    let failed = 0;
    names.forEach((name, i) => {
      const e = expected[i];
      const a = actual[i];
      let d;
      if (a === undefined) d = { where: '(result)', a: undefined, b: e };
      else {
        for (const key of RESULT_KEYS) {
          d = firstDifference(a[key], e[key], key);
          if (d) break;
        }
        if (!d) {
          const extra = Object.keys(a).find((k) => !RESULT_KEYS.includes(k));
          if (extra) d = { where: extra, a: a[extra], b: undefined };
        }
      }
      if (d) {
        failed++;
        console.log(`MISMATCH ${name}: ${d.where}: runner ${show(d.a)}, @ethereumjs/evm ${show(d.b)}`);
      } else passed++;
    });
    if (actual.length > names.length) {
      failed += actual.length - names.length;
      console.log(`MISMATCH: the runner printed ${actual.length} results for ${names.length} cases`);
    }
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed === 0 ? 0 : 1;
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`compare: ${e.message}`);
  process.exit(1);
});
