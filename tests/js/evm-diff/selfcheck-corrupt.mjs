// For selfcheck.sh: copies result lines from stdin to stdout, corrupting three known cases the way a
// buggy EVM would (one gas count off by one, a storage value changed, a log dropped).
import readline from 'node:readline';

for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  const r = JSON.parse(line);
  if (r.name === 'op/ADD/a0') r.gasUsed = String(BigInt(r.gasUsed) + 1n);
  if (r.name === 'sstore/orig0/1') {
    const acct = Object.values(r.state).find((a) => a.storage['0x0'] !== undefined);
    acct.storage['0x0'] = '0x2';
  }
  if (r.name === 'op/LOG2') r.logs = [];
  process.stdout.write(JSON.stringify(r) + '\n');
}
