// Tests of secp256k1 keys and signatures against addresses and signatures ethers produced.
#include <gtest/gtest.h>

#include <cstdint>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/u256.h"

using namespace ipc;
using namespace ipc::crypto;

namespace {

const U256 kOrder =
    U256::parse("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");

Hash32 toHash(const U256& v) {
    return Hash32(v.toBigEndian());
}

Hash32 digestOf(std::uint64_t i) {
    return keccak256(std::string_view("digest-" + std::to_string(i)));
}

}  // namespace

TEST(Secp256k1, KnownAddresses) {
    EXPECT_EQ(
        PrivateKey::fromHex("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
            .ethAddress()
            .toChecksumHex(),
        "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23");
    EXPECT_EQ(
        PrivateKey::fromHex("0x0000000000000000000000000000000000000000000000000000000000000001")
            .ethAddress()
            .toChecksumHex(),
        "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf");
    // Anvil / Hardhat account 0.
    EXPECT_EQ(
        PrivateKey::fromHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
            .ethAddress()
            .toChecksumHex(),
        "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
}

TEST(Secp256k1, KnownPublicKey) {
    // Produced by ethers v6 SigningKey(key).publicKey / .compressedPublicKey.
    const PublicKey pub =
        PrivateKey::fromHex("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
            .publicKey();
    EXPECT_EQ(pub.uncompressed().hex(),
              "0x044e3b81af9c2234cad09d679ce6035ed1392347ce64ce405f5dcd36228a25de6e47fd35c4215d1edf"
              "53e6f83de344615ce719bdb0fd878f6ed76f06dd277956de");
    EXPECT_EQ(pub.compressed().hex(),
              "0x024e3b81af9c2234cad09d679ce6035ed1392347ce64ce405f5dcd36228a25de6e");
}

TEST(Secp256k1, KnownEthersSignatures) {
    // Produced by ethers v6 (6.17.0) `new ethers.SigningKey(key).sign(digest)`; the last byte
    // of `serialized` is v = 27 + recovery id.
    struct Vector {
        const char* key;
        const char* digest;
        const char* serialized;
    };
    const Vector vectors[] = {
        // digest = keccak256("ipc-studio")
        {"0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318",
         "0x4f3a6f5778a5199b71f360ee3a685e0111a0fc3e3f560ed0b0f25e69f377bdde",
         "0xbd6635c2235f449433d3522d08686c89db7aa7614ed25345e5c8beef4908b38812dddb3a19febf137f39"
         "47635316da93705d479aae156ea984b4a72ba29411b71c"},
        // digest = ethers.hashMessage("hello") (EIP-191 personal message)
        {"0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
         "0x50b2c43fd39106bafbba0da34fc430e1f91e3c96ea2acee2bc34119f92b37750",
         "0xf16ea9a3478698f695fd1401bfe27e9e4a7e8e3da94aa72b021125e31fa899cc573c48ea3fe1d4ab61a9"
         "db10c19032026e3ed2dbccba5a178235ac27f94504311c"},
    };
    for (const auto& v : vectors) {
        const PrivateKey key = PrivateKey::fromHex(v.key);
        const Hash32 digest = Hash32::fromHexString(v.digest);
        const Signature sig = key.sign(digest);
        EXPECT_EQ(sig.toBytes().hex(), v.serialized);
        const Signature parsed = Signature::fromBytes(fromHex(v.serialized));
        EXPECT_EQ(parsed, sig);
        EXPECT_EQ(recoverAddress(digest, parsed), key.ethAddress());
        EXPECT_TRUE(verify(digest, parsed, key.publicKey()));
    }
}

TEST(Secp256k1, SignRecoverRoundTrip) {
    const U256 halfOrder = kOrder / 2;
    for (std::uint64_t i = 0; i < 200; ++i) {
        const PrivateKey key = PrivateKey::deterministic(7, i);
        const PublicKey pub = key.publicKey();
        const Hash32 digest = digestOf(i);
        const Signature sig = key.sign(digest);
        SCOPED_TRACE(i);
        EXPECT_EQ(sig, key.sign(digest));                        // RFC 6979: no randomness
        EXPECT_LE(U256::fromBigEndian(sig.s.bytes), halfOrder);  // low-s
        EXPECT_LE(sig.recoveryId, 1);
        EXPECT_EQ(recover(digest, sig), pub);
        EXPECT_EQ(recoverAddress(digest, sig), key.ethAddress());
        EXPECT_TRUE(verify(digest, sig, pub));
        EXPECT_EQ(Signature::fromBytes(sig.toBytes().bytes), sig);
    }
}

TEST(Secp256k1, TamperedDigestOrSignature) {
    const PrivateKey key = PrivateKey::deterministic(3, 3);
    const EthAddress signer = key.ethAddress();
    for (std::uint64_t i = 0; i < 32; ++i) {
        const Hash32 digest = digestOf(i);
        const Signature sig = key.sign(digest);
        SCOPED_TRACE(i);

        Hash32 otherDigest = digest;
        otherDigest.bytes[i % 32] ^= 0x01;
        EXPECT_NE(recoverAddress(otherDigest, sig), std::optional<EthAddress>(signer));
        EXPECT_FALSE(verify(otherDigest, sig, key.publicKey()));

        Signature badR = sig;
        badR.r.bytes[i % 32] ^= 0x80;
        EXPECT_NE(recoverAddress(digest, badR), std::optional<EthAddress>(signer));
        EXPECT_FALSE(verify(digest, badR, key.publicKey()));

        Signature badS = sig;
        badS.s.bytes[31 - i % 32] ^= 0x04;
        EXPECT_NE(recoverAddress(digest, badS), std::optional<EthAddress>(signer));
        EXPECT_FALSE(verify(digest, badS, key.publicKey()));

        Signature flipped = sig;
        flipped.recoveryId ^= 1;
        EXPECT_NE(recoverAddress(digest, flipped), std::optional<EthAddress>(signer));
    }
}

TEST(Secp256k1, RecoverNeverThrowsOnGarbage) {
    const Hash32 digest = digestOf(1);
    Signature zero;
    EXPECT_EQ(recover(digest, zero), std::nullopt);

    Signature overflow = PrivateKey::deterministic(1, 1).sign(digest);
    overflow.r = toHash(kOrder);  // r must be below n
    EXPECT_EQ(recover(digest, overflow), std::nullopt);
    overflow.r = Hash32::fromHexString(std::string(64, 'f'));
    EXPECT_EQ(recover(digest, overflow), std::nullopt);

    Signature badId = PrivateKey::deterministic(1, 1).sign(digest);
    for (std::uint8_t id : {4, 27, 28, 255}) {
        badId.recoveryId = id;
        EXPECT_EQ(recover(digest, badId), std::nullopt);
        EXPECT_EQ(recoverAddress(digest, badId), std::nullopt);
    }

    // Random-looking r/s values: any outcome is fine as long as nothing throws or aborts.
    for (std::uint64_t i = 0; i < 64; ++i) {
        Signature junk;
        junk.r = digestOf(1000 + i);
        junk.s = digestOf(2000 + i);
        junk.recoveryId = static_cast<std::uint8_t>(i % 4);
        EXPECT_NO_THROW((void)recover(digest, junk));
        EXPECT_NO_THROW((void)verify(digest, junk, PrivateKey::deterministic(1, 1).publicKey()));
    }
}

TEST(Secp256k1, HighSRejectedByVerify) {
    const PrivateKey key = PrivateKey::deterministic(5, 5);
    const Hash32 digest = digestOf(5);
    const Signature sig = key.sign(digest);
    Signature high = sig;
    high.s = toHash(kOrder - U256::fromBigEndian(sig.s.bytes));
    high.recoveryId ^= 1;
    EXPECT_GT(U256::fromBigEndian(high.s.bytes), kOrder / 2);
    EXPECT_FALSE(verify(digest, high, key.publicKey()));
    // The EVM's ecrecover accepts the malleated twin, and so does recover().
    EXPECT_EQ(recover(digest, high), key.publicKey());
}

TEST(Secp256k1, InvalidSecretsRejected) {
    EXPECT_THROW(PrivateKey::fromBytes(Hash32().bytes), ParseError);
    EXPECT_THROW(PrivateKey::fromBytes(toHash(kOrder).bytes), ParseError);
    EXPECT_THROW(PrivateKey::fromBytes(toHash(kOrder + 1).bytes), ParseError);
    EXPECT_THROW(PrivateKey::fromHex(std::string(64, 'f')), ParseError);
    EXPECT_THROW(PrivateKey::fromBytes(Bytes(31, 1)), ParseError);
    EXPECT_THROW(PrivateKey::fromBytes(Bytes(33, 1)), ParseError);
    EXPECT_THROW(PrivateKey::fromHex("0x12"), ParseError);
    EXPECT_THROW(PrivateKey::fromHex("0xzz"), ParseError);
    EXPECT_NO_THROW(PrivateKey::fromBytes(toHash(kOrder - 1).bytes));
    try {
        PrivateKey::fromBytes(toHash(kOrder).bytes);
        FAIL();
    } catch (const ParseError& e) {
        EXPECT_NE(std::string(e.what()).find("group order"), std::string::npos);
    }
}

TEST(Secp256k1, PublicKeyParseRoundTrip) {
    for (std::uint64_t i = 0; i < 50; ++i) {
        const PublicKey pub = PrivateKey::deterministic(9, i).publicKey();
        EXPECT_EQ(pub.uncompressed().bytes[0], 0x04);
        EXPECT_EQ(PublicKey::parse(pub.uncompressed().bytes), pub);
        EXPECT_EQ(PublicKey::parse(pub.compressed().bytes), pub);
        EXPECT_EQ(PublicKey::parse(pub.compressed().bytes).compressed(), pub.compressed());
        EXPECT_EQ(PublicKey::parse(pub.compressed().bytes).ethAddress(), pub.ethAddress());
    }
}

TEST(Secp256k1, GarbagePublicKeysRejected) {
    const PublicKey pub = PrivateKey::deterministic(9, 1).publicKey();
    EXPECT_THROW(PublicKey::parse(Bytes{}), ParseError);
    EXPECT_THROW(PublicKey::parse(Bytes(64, 1)), ParseError);  // raw x||y without prefix
    EXPECT_THROW(PublicKey::parse(Bytes(65, 0)), ParseError);
    Bytes u = pub.uncompressed().toBytes();
    u[64] ^= 1;  // no longer on the curve
    EXPECT_THROW(PublicKey::parse(u), ParseError);
    u = pub.uncompressed().toBytes();
    u[0] = 0x06 | (u[64] & 1);  // hybrid form
    EXPECT_THROW(PublicKey::parse(u), ParseError);
    u[0] = 0x05;
    EXPECT_THROW(PublicKey::parse(u), ParseError);
    Bytes c = pub.compressed().toBytes();
    c[0] = 0x04;
    EXPECT_THROW(PublicKey::parse(c), ParseError);
    Bytes xTooBig(33, 0xff);  // x >= field prime
    xTooBig[0] = 0x02;
    EXPECT_THROW(PublicKey::parse(xTooBig), ParseError);
    EXPECT_THROW(PublicKey::parse(Bytes(34, 2)), ParseError);
}

TEST(Secp256k1, DeterministicKeys) {
    EXPECT_EQ(PrivateKey::deterministic(1, 2), PrivateKey::deterministic(1, 2));
    std::set<Hash32> secrets;
    for (std::uint64_t seed = 0; seed < 4; ++seed) {
        for (std::uint64_t index = 0; index < 16; ++index) {
            secrets.insert(PrivateKey::deterministic(seed, index).secret());
        }
    }
    EXPECT_EQ(secrets.size(), 64u);
    // keccak256("ipc-studio/key" || be64(seed) || be64(index) || be32(0)), computed with ethers v6.
    EXPECT_EQ(PrivateKey::deterministic(0, 0).secret().hex(),
              "0xbe6ef1c94d578ebece11d07dce8727c60e7e0ea374eef10aaee6170a781a1b00");
    EXPECT_EQ(PrivateKey::deterministic(1, 0).secret().hex(),
              "0xb10b91708e5e0aa79b3da08223e7bdd86dd1d4740a28c26744d7c7dc291ce5d8");
    EXPECT_EQ(PrivateKey::deterministic(42, 7).secret().hex(),
              "0xa5f9707dc6f0504eb812e33b5ac65b9d128dffe92623f4744c9f6aa1d8566a28");
    EXPECT_EQ(PrivateKey::deterministic(42, 7).ethAddress().toChecksumHex(),
              "0xEf4Af2f3830C2Af35bBF5281dE8C587f09d4DA68");
}

TEST(Secp256k1, RandomKeys) {
    const PrivateKey a = PrivateKey::random();
    const PrivateKey b = PrivateKey::random();
    EXPECT_NE(a, b);
    EXPECT_NO_THROW(PrivateKey::fromBytes(a.secret().bytes));
    const Hash32 digest = digestOf(77);
    EXPECT_EQ(recoverAddress(digest, a.sign(digest)), a.ethAddress());
}

TEST(Secp256k1, TweakAdd) {
    const PrivateKey one = PrivateKey::fromHex(std::string(63, '0') + "1");
    const auto two = one.tweakAdd(toHash(1));
    ASSERT_TRUE(two.has_value());
    EXPECT_EQ(two->secret(), toHash(2));
    // n - 1 + 1 = 0 mod n: invalid; a tweak of n or more is invalid too.
    EXPECT_EQ(PrivateKey::fromBytes(toHash(kOrder - 1).bytes).tweakAdd(toHash(1)), std::nullopt);
    EXPECT_EQ(one.tweakAdd(toHash(kOrder)), std::nullopt);
    // Wraps modulo n.
    EXPECT_EQ(PrivateKey::fromBytes(toHash(kOrder - 1).bytes).tweakAdd(toHash(5))->secret(),
              toHash(4));
}

TEST(Secp256k1, SignatureBytes) {
    const Signature sig = PrivateKey::deterministic(2, 2).sign(digestOf(2));
    for (std::uint8_t id : {0, 1}) {
        Signature s = sig;
        s.recoveryId = id;
        const auto eth = s.toBytes();
        EXPECT_EQ(eth.bytes[64], 27 + id);
        EXPECT_EQ(Signature::fromBytes(eth.bytes), s);
        const auto raw = s.toBytes(0);
        EXPECT_EQ(raw.bytes[64], id);
        EXPECT_EQ(Signature::fromBytes(raw.bytes), s);
        EXPECT_EQ(Bytes(eth.bytes.begin(), eth.bytes.begin() + 32), sig.r.toBytes());
        EXPECT_EQ(Bytes(eth.bytes.begin() + 32, eth.bytes.begin() + 64), sig.s.toBytes());
    }
    Bytes bad = sig.toBytes().toBytes();
    for (std::uint8_t v : {2, 3, 26, 29, 35, 36, 255}) {
        bad[64] = v;
        EXPECT_THROW(Signature::fromBytes(bad), ParseError) << int(v);
    }
    EXPECT_THROW(Signature::fromBytes(Bytes(64, 0)), ParseError);
    EXPECT_THROW(Signature::fromBytes(Bytes(66, 0)), ParseError);
    try {
        bad[64] = 37;
        Signature::fromBytes(bad);
        FAIL();
    } catch (const ParseError& e) {
        EXPECT_NE(std::string(e.what()).find("37"), std::string::npos);
    }
}

TEST(Secp256k1, ConcurrentUseOfTheSharedContext) {
    // The process-wide context is read-only after creation; several threads sign and recover
    // at once (run under TSan to check the claim).
    std::vector<std::thread> threads;
    std::vector<int> failures(4, 0);
    for (std::uint64_t t = 0; t < failures.size(); ++t) {
        threads.emplace_back([t, &failures] {
            for (std::uint64_t i = 0; i < 50; ++i) {
                const PrivateKey key = PrivateKey::deterministic(100 + t, i);
                const Hash32 digest = digestOf(i);
                if (recoverAddress(digest, key.sign(digest)) != key.ethAddress()) {
                    ++failures[t];
                }
            }
        });
    }
    for (auto& th : threads) {
        th.join();
    }
    EXPECT_EQ(failures, std::vector<int>(4, 0));
}
