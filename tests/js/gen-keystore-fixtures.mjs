// Generates Ethereum V3 keystore fixtures with a real client (ethers v6) for
// tests/core/test_keystore_v3.cpp and tests/devnet/wallet/test_keystore.cpp. Salt, IV and UUID are
// fixed, so every run writes the same files. Run: `cd tests/js && npm ci && node
// gen-keystore-fixtures.mjs`.
//
// Outputs, in tests/core/fixtures/keystore/:
//   <name>.json     the V3 files as ethers (or the spec) writes them
//   keystores.txt   the same records as `key=value` lines, records separated by a blank line,
//                   so the core test needs no JSON library
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { ethers } from "ethers";

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "core", "fixtures", "keystore");

const PASSWORD = "ipc-studio keystore test";
// anvil / hardhat accounts 0..3
const ANVIL = [
    "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
    "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
    "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
    "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
];

// Web3 Secret Storage definition, "Test Vectors": both files protect this secret.
const SPEC_SECRET = "0x7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d";
const SPEC_PASSWORD = "testpassword";
const SPEC_PBKDF2 = {
    crypto: {
        cipher: "aes-128-ctr",
        cipherparams: { iv: "6087dab2f9fdbbfaddc31a909735c1e6" },
        ciphertext: "5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46",
        kdf: "pbkdf2",
        kdfparams: {
            c: 262144,
            dklen: 32,
            prf: "hmac-sha256",
            salt: "ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd",
        },
        mac: "517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2",
    },
    id: "3198bc9c-6672-5ab3-d995-4942343ae5b6",
    version: 3,
};
const SPEC_SCRYPT = {
    crypto: {
        cipher: "aes-128-ctr",
        cipherparams: { iv: "83dbcc02d8ccb40e466191a123791e0e" },
        ciphertext: "d172bf743a674da9cdad04534d56926ef8358534d458fffccd4e6ad2fbde479c",
        kdf: "scrypt",
        kdfparams: {
            dklen: 32,
            n: 262144,
            r: 1,
            p: 8,
            salt: "ab0c7876052600dd703518d6fc3fe8984592145b591fc8fb5c6d43190334ba19",
        },
        mac: "2103ac29920d71da29f15d75b4a16dbe95cfd7ff8faea1056c33131d846e3097",
    },
    id: "3198bc9c-6672-5ab3-d995-4942343ae5b6",
    version: 3,
};

// Fixed randomness per file so regenerating changes nothing.
function fixed(tag) {
    const h = (s) => ethers.getBytes(ethers.keccak256(ethers.toUtf8Bytes(`${tag}/${s}`)));
    return { salt: h("salt"), iv: h("iv").slice(0, 16), uuid: h("uuid").slice(0, 16) };
}

async function ethersFile(tag, key, scrypt) {
    const wallet = new ethers.Wallet(key);
    const opts = { ...fixed(tag) };
    if (scrypt) opts.scrypt = scrypt;
    return JSON.parse(await ethers.encryptKeystoreJson(wallet, PASSWORD, opts));
}

// geth writes a lowercase `crypto` key; some tools write the address with 0x.
function gethForm(file) {
    const { Crypto, address, ...rest } = file;
    return { ...rest, address: "0x" + address, crypto: Crypto };
}

const fixtures = [
    // ethers' (and MetaMask's) default scrypt: n = 131072, r = 8, p = 1.
    { name: "ethers-scrypt-default", password: PASSWORD, secret: ANVIL[0],
      json: await ethersFile("default", ANVIL[0]) },
    { name: "ethers-scrypt-light", password: PASSWORD, secret: ANVIL[1],
      json: await ethersFile("light", ANVIL[1], { N: 1024 }) },
    { name: "geth-form-scrypt-light", password: PASSWORD, secret: ANVIL[2],
      json: gethForm(await ethersFile("geth", ANVIL[2], { N: 1024, r: 8, p: 2 })) },
    { name: "ethers-scrypt-light-empty-password", password: "", secret: ANVIL[3],
      json: JSON.parse(await ethers.encryptKeystoreJson(new ethers.Wallet(ANVIL[3]), "",
                                                        { ...fixed("empty"), scrypt: { N: 1024 } })) },
    { name: "web3-spec-pbkdf2", password: SPEC_PASSWORD, secret: SPEC_SECRET, json: SPEC_PBKDF2 },
    // ethers (noble-hashes) enforces RFC 7914's n < 2^(128 * r / 8), which this vector (r = 1)
    // exceeds; geth and Crypto++ accept it, and the C++ test's MAC check confirms the transcription.
    { name: "web3-spec-scrypt", password: SPEC_PASSWORD, secret: SPEC_SECRET, json: SPEC_SCRYPT,
      ethersReads: false },
];

// Every file ethers can read must open with its password and give its secret: this is what
// confirms the PBKDF2 spec vector above was transcribed exactly.
for (const f of fixtures) {
    if (f.ethersReads === false) {
        f.address = ethers.computeAddress(f.secret).toLowerCase();
        continue;
    }
    const account = await ethers.decryptKeystoreJson(JSON.stringify(f.json), f.password);
    if (account.privateKey !== f.secret) {
        throw new Error(`${f.name}: ethers decrypts to ${account.privateKey}, expected ${f.secret}`);
    }
    f.address = account.address.toLowerCase();
}

const lines = [];
for (const f of fixtures) {
    writeFileSync(join(outDir, `${f.name}.json`), JSON.stringify(f.json, null, 2) + "\n");
    const c = f.json.crypto ?? f.json.Crypto;
    const rec = {
        file: `${f.name}.json`,
        password: f.password,
        private_key: f.secret.slice(2),
        address: f.address,
        has_address: f.json.address ? "1" : "0",
        id: f.json.id,
        iv: c.cipherparams.iv,
        ciphertext: c.ciphertext,
        mac: c.mac,
        kdf: c.kdf,
        dklen: c.kdfparams.dklen,
        salt: c.kdfparams.salt,
    };
    if (c.kdf === "scrypt") {
        Object.assign(rec, { n: c.kdfparams.n, r: c.kdfparams.r, p: c.kdfparams.p });
    } else {
        Object.assign(rec, { c: c.kdfparams.c, prf: c.kdfparams.prf });
    }
    lines.push(Object.entries(rec).map(([k, v]) => `${k}=${v}`).join("\n"));
}
writeFileSync(join(outDir, "keystores.txt"), lines.join("\n\n") + "\n");
console.log(`wrote ${fixtures.length} keystores to ${outDir}`);
