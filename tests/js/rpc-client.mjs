// What the end-to-end scripts share: a bare JSON-RPC call (for the devnet's own ipc_ and devnet_
// methods, which ethers has no names for), a poll with a deadline, and the "ok - " lines a run
// prints for each checked step.
let nextId = 0;

export async function rpc(url, method, params = []) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: ++nextId, method, params }),
  });
  const body = await res.json();
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

// Calls `fn` every 100 ms until it returns something truthy, which it returns; throws after
// `timeoutMs` naming `what`.
export async function waitFor(what, fn, timeoutMs = 60000) {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const step = (s) => console.log(`ok - ${s}`);
