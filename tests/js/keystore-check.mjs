// Proves that V3 keystores written by IPC Studio open in ethers: runs the devnet keystore test
// binary's export case into a fresh directory, then decrypts every file it wrote with ethers and
// compares the key and address with the manifest. Run (ctest `keystore.ethers` does this):
//   node keystore-check.mjs <path to ipc_test_devnet_keystore>
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const testBinary = process.argv[2];
if (!testBinary) {
    console.error("usage: node keystore-check.mjs <path to ipc_test_devnet_keystore>");
    process.exit(2);
}
if (!existsSync(join(here, "node_modules", "ethers"))) {
    execFileSync("npm", ["ci", "--silent", "--no-audit", "--no-fund"], { cwd: here, stdio: "inherit" });
}
const { ethers } = await import("ethers");

const dir = mkdtempSync(join(tmpdir(), "ipc-keystore-"));
try {
    execFileSync(testBinary, ["--gtest_filter=KeystoreEthersExport.*", "--gtest_brief=1"], {
        env: { ...process.env, IPC_KEYSTORE_EXPORT_DIR: dir },
        stdio: "inherit",
    });
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
    if (!Array.isArray(manifest) || manifest.length === 0) {
        throw new Error("the export wrote no keystores");
    }
    for (const entry of manifest) {
        const text = readFileSync(join(dir, entry.file), "utf8");
        const account = await ethers.decryptKeystoreJson(text, entry.password);
        if (account.privateKey !== entry.privateKey || account.address !== entry.address) {
            throw new Error(`${entry.file}: ethers opened ${account.address} ${account.privateKey}, ` +
                            `expected ${entry.address} ${entry.privateKey}`);
        }
        let rejected = false;
        try {
            await ethers.decryptKeystoreJson(text, entry.password + "x");
        } catch {
            rejected = true;
        }
        if (!rejected) throw new Error(`${entry.file}: ethers accepted a wrong password`);
        console.log(`ok ${entry.file} -> ${account.address}`);
    }
} finally {
    rmSync(dir, { recursive: true, force: true });
}
