// Generates Ethereum transaction test vectors with a real client (ethers v6) for
// tests/core/test_transaction.cpp. Signing is RFC 6979 deterministic, so every run writes the
// same files. Run: `cd tests/js && npm ci && node gen-tx-fixtures.mjs`.
//
// Outputs:
//   tests/fixtures/transactions.json  for people (and any JSON-capable tool)
//   tests/fixtures/transactions.txt   the same records as `key=value` lines, records separated by
//                                     a blank line, so the C++ test needs no JSON library.
//                                     Repeated `access=` lines are access-list entries in order:
//                                     `access=<address>[,<storageKey>...]`.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { ethers } from "ethers";

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");

const KEYS = [
    // anvil / hardhat accounts 0 and 1
    "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
    "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
    // the EIP-155 example key
    "0x4646464646464646464646464646464646464646464646464646464646464646",
    // smallest and largest valid secrets (1 and n - 1)
    "0x0000000000000000000000000000000000000000000000000000000000000001",
    "0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140",
    // the web3.js documentation key
    "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318",
];

const GWEI = 10n ** 9n;
const ETHER = 10n ** 18n;
const TWO_255 = 2n ** 255n;
const TWO_256 = 2n ** 256n;

const RECIPIENT = "0x3535353535353535353535353535353535353535";
const TOKEN = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const ERC20 = new ethers.Interface(["function transfer(address to, uint256 amount)"]);
const TRANSFER_CALL = ERC20.encodeFunctionData("transfer", [RECIPIENT, 1234n * ETHER]);
// A minimal contract: init code that returns a one-byte runtime (STOP).
const INIT_CODE = "0x600a600c600039600a6000f3602a60005260206000f3";
const LONG_DATA = "0x" + Array.from({ length: 300 }, (_, i) => (i & 0xff).toString(16).padStart(2, "0")).join("");
const DATA_56 = "0x" + "ab".repeat(56); // first length that needs a long-string RLP header

const ACCESS_LIST = [
    {
        address: TOKEN,
        storageKeys: [
            "0x0000000000000000000000000000000000000000000000000000000000000000",
            "0x290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563",
        ],
    },
    { address: RECIPIENT, storageKeys: [] },
];

// Defaults each case overrides; a legacy case without chainId is pre-EIP-155.
const legacy = (name, fields) => ({
    name,
    tx: { type: 0, gasPrice: 20n * GWEI, gasLimit: 21000n, value: 0n, data: "0x", ...fields },
});
const eip1559 = (name, fields) => ({
    name,
    tx: {
        type: 2,
        chainId: 31337n,
        maxPriorityFeePerGas: 1n * GWEI,
        maxFeePerGas: 30n * GWEI,
        gasLimit: 21000n,
        value: 0n,
        data: "0x",
        accessList: [],
        ...fields,
    },
});

// Cases signed with every key.
const CASES = [
    legacy("legacy-pre155-transfer", { nonce: 0, to: RECIPIENT, value: ETHER }),
    legacy("legacy-pre155-create", { nonce: 1, to: null, gasLimit: 100000n, data: INIT_CODE }),
    legacy("legacy-eip155-example", { chainId: 1n, nonce: 9, to: RECIPIENT, value: ETHER }),
    legacy("legacy-chain31337-abi-call", { chainId: 31337n, nonce: 3, to: TOKEN, gasLimit: 60000n, data: TRANSFER_CALL }),
    legacy("legacy-bigchain-large-nonce", { chainId: 2833157499179602n, nonce: Number.MAX_SAFE_INTEGER, to: RECIPIENT, value: 1n }),
    legacy("legacy-chain31337-create", { chainId: 31337n, nonce: 0, to: null, gasLimit: 200000n, data: INIT_CODE }),
    legacy("legacy-zero-price-zero-value", { chainId: 1n, nonce: 0, gasPrice: 0n, to: RECIPIENT }),
    legacy("legacy-huge-value", { chainId: 31337n, nonce: 127, gasPrice: TWO_255, to: RECIPIENT, value: TWO_256 - 1n }),
    eip1559("eip1559-chain1-transfer", { chainId: 1n, nonce: 0, to: RECIPIENT, value: ETHER }),
    eip1559("eip1559-access-list", { nonce: 5, to: TOKEN, gasLimit: 80000n, data: TRANSFER_CALL, accessList: ACCESS_LIST }),
    eip1559("eip1559-create", { nonce: 0, to: null, gasLimit: 300000n, data: INIT_CODE }),
    eip1559("eip1559-create-with-access-list", { nonce: 2, to: null, gasLimit: 300000n, data: INIT_CODE, accessList: ACCESS_LIST.slice(0, 1) }),
    eip1559("eip1559-zero-value-empty-data", { nonce: 128, to: RECIPIENT, maxPriorityFeePerGas: 0n, maxFeePerGas: 0n }),
    eip1559("eip1559-value-2^255", { nonce: 1, to: RECIPIENT, value: TWO_255 }),
    eip1559("eip1559-value-2^255-1", { nonce: 1, to: RECIPIENT, value: TWO_255 - 1n }),
    eip1559("eip1559-value-2^256-1-huge-fees", { nonce: 1, to: RECIPIENT, value: TWO_256 - 1n, maxPriorityFeePerGas: TWO_255, maxFeePerGas: TWO_256 - 1n }),
    eip1559("eip1559-bigchain-large-nonce", { chainId: 2833157499179602n, nonce: Number.MAX_SAFE_INTEGER, to: RECIPIENT, gasLimit: 30000000n, value: 127n }),
    eip1559("eip1559-one-byte-data-below-0x80", { nonce: 55, to: TOKEN, gasLimit: 30000n, data: "0x01", value: 128n }),
    eip1559("eip1559-one-byte-data-0x80", { nonce: 56, to: TOKEN, gasLimit: 30000n, data: "0x80" }),
    eip1559("eip1559-data-56-bytes", { nonce: 256, to: TOKEN, gasLimit: 50000n, data: DATA_56 }),
    eip1559("eip1559-data-300-bytes", { nonce: 65536, to: TOKEN, gasLimit: 90000n, data: LONG_DATA, accessList: ACCESS_LIST }),
];

// Shortest serialization is an edge case worth pinning: search (deterministically) for nonces
// whose signature has r or s below 2^248, so the minimal encoding drops a leading zero byte.
function findShortSignature(makeCase, component) {
    const wallet = new ethers.Wallet(KEYS[0]);
    for (let nonce = 0; ; ++nonce) {
        const c = makeCase(nonce);
        const tx = ethers.Transaction.from(c.tx);
        const sig = wallet.signingKey.sign(tx.unsignedHash);
        if (BigInt(sig[component]) < 2n ** 248n) {
            return { ...c, name: `${c.name}-short-${component}` };
        }
    }
}

const SHORT_SIG_CASES = [
    findShortSignature((n) => legacy("legacy-eip155", { chainId: 1n, nonce: n, to: RECIPIENT, value: ETHER }), "r"),
    findShortSignature((n) => legacy("legacy-eip155", { chainId: 1n, nonce: n, to: RECIPIENT, value: ETHER }), "s"),
    findShortSignature((n) => eip1559("eip1559", { nonce: n, to: RECIPIENT, value: ETHER }), "r"),
    findShortSignature((n) => eip1559("eip1559", { nonce: n, to: RECIPIENT, value: ETHER }), "s"),
];

// The `v` as it appears in the raw encoding, read back with ethers' own RLP decoder.
function rawV(raw, type) {
    const fields = type === 0 ? ethers.decodeRlp(raw) : ethers.decodeRlp("0x" + raw.slice(4));
    const v = type === 0 ? fields[6] : fields[9];
    return v === "0x" ? 0n : BigInt(v);
}

const dec = (x) => BigInt(x).toString(10);

async function makeFixture(c, key) {
    const wallet = new ethers.Wallet(key);
    const raw = await wallet.signTransaction(c.tx);
    const parsed = ethers.Transaction.from(raw);
    const isLegacy = c.tx.type === 0;
    return {
        name: c.name,
        key,
        type: c.tx.type,
        chainId: isLegacy && c.tx.chainId === undefined ? null : dec(c.tx.chainId),
        nonce: dec(c.tx.nonce),
        gasPrice: isLegacy ? dec(c.tx.gasPrice) : null,
        maxPriorityFeePerGas: isLegacy ? null : dec(c.tx.maxPriorityFeePerGas),
        maxFeePerGas: isLegacy ? null : dec(c.tx.maxFeePerGas),
        gasLimit: dec(c.tx.gasLimit),
        to: c.tx.to === null ? null : c.tx.to.toLowerCase(),
        value: dec(c.tx.value),
        data: c.tx.data.toLowerCase(),
        accessList: isLegacy
            ? []
            : c.tx.accessList.map((e) => ({ address: e.address.toLowerCase(), storageKeys: e.storageKeys })),
        raw,
        hash: parsed.hash,
        unsignedSerialized: parsed.unsignedSerialized,
        unsignedHash: parsed.unsignedHash,
        from: parsed.from,
        v: dec(rawV(raw, c.tx.type)),
        r: parsed.signature.r,
        s: parsed.signature.s,
        yParity: parsed.signature.yParity,
    };
}

function toText(f) {
    const lines = [];
    for (const [k, v] of Object.entries(f)) {
        if (k === "accessList") {
            for (const e of v) lines.push(`access=${[e.address, ...e.storageKeys].join(",")}`);
        } else {
            lines.push(`${k}=${v === null ? "" : v}`);
        }
    }
    return lines.join("\n") + "\n";
}

const fixtures = [];
for (const c of CASES) {
    for (const key of KEYS) fixtures.push(await makeFixture(c, key));
}
for (const c of SHORT_SIG_CASES) fixtures.push(await makeFixture(c, KEYS[0]));

const generator = `ethers ${ethers.version}`;
writeFileSync(join(outDir, "transactions.json"), JSON.stringify({ generator, fixtures }, null, 2) + "\n");
writeFileSync(
    join(outDir, "transactions.txt"),
    `# Generated by tests/js/gen-tx-fixtures.mjs with ${generator}; do not edit.\n\n` + fixtures.map(toText).join("\n"),
);
console.log(`wrote ${fixtures.length} transaction fixtures (${generator})`);
