// Ethereum transaction encoding, signing and recovery, checked against vectors produced by ethers
// v6 (tests/js/gen-tx-fixtures.mjs -> tests/fixtures/transactions.txt), plus strict-decoding
// rejections and a seeded mutation fuzz of decode().
#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "ipc/core/chain/transaction.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/encoding/rlp.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/u256.h"

using namespace ipc;
using ipc::chain::AccessListEntry;
using ipc::chain::SignedTransaction;
using ipc::chain::Transaction;
using ipc::chain::TxType;

namespace {

// One record of transactions.txt: `key=value` lines; `access=` repeats, one per entry.
struct Fixture {
    std::map<std::string, std::string> fields;
    std::vector<std::string> access;

    const std::string& at(const std::string& key) const {
        auto it = fields.find(key);
        if (it == fields.end()) {
            throw std::runtime_error("fixture '" + name() + "' has no field '" + key + "'");
        }
        return it->second;
    }
    std::string name() const {
        auto it = fields.find("name");
        return it == fields.end() ? "?" : it->second;
    }
    std::string label() const { return name() + " signed by " + at("key"); }
};

std::vector<Fixture> loadFixtures() {
    const std::string path = std::string(IPC_FIXTURES_DIR) + "/transactions.txt";
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("cannot open " + path);
    }
    std::vector<Fixture> out;
    Fixture current;
    std::string line;
    auto flush = [&] {
        if (!current.fields.empty()) {
            out.push_back(std::move(current));
        }
        current = Fixture{};
    };
    while (std::getline(in, line)) {
        if (line.empty()) {
            flush();
            continue;
        }
        if (line[0] == '#') {
            continue;
        }
        const auto eq = line.find('=');
        if (eq == std::string::npos) {
            throw std::runtime_error("malformed fixture line: " + line);
        }
        std::string key = line.substr(0, eq);
        std::string value = line.substr(eq + 1);
        if (key == "access") {
            current.access.push_back(std::move(value));
        } else {
            current.fields[std::move(key)] = std::move(value);
        }
    }
    flush();
    return out;
}

const std::vector<Fixture>& fixtures() {
    static const std::vector<Fixture> all = loadFixtures();
    return all;
}

std::vector<std::string> splitComma(const std::string& s) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const auto comma = s.find(',', start);
        parts.push_back(s.substr(start, comma - start));
        if (comma == std::string::npos) {
            return parts;
        }
        start = comma + 1;
    }
}

std::uint64_t u64(const std::string& decimal) {
    return U256::parse(decimal).toUint64();
}

// The unsigned transaction the fixture's inputs describe.
Transaction inputTransaction(const Fixture& f) {
    Transaction tx;
    tx.type = f.at("type") == "0" ? TxType::Legacy : TxType::Eip1559;
    if (!f.at("chainId").empty()) {
        tx.chainId = u64(f.at("chainId"));
    }
    tx.nonce = u64(f.at("nonce"));
    if (tx.type == TxType::Legacy) {
        tx.gasPrice = U256::parse(f.at("gasPrice"));
    } else {
        tx.maxPriorityFeePerGas = U256::parse(f.at("maxPriorityFeePerGas"));
        tx.maxFeePerGas = U256::parse(f.at("maxFeePerGas"));
    }
    tx.gasLimit = u64(f.at("gasLimit"));
    if (!f.at("to").empty()) {
        tx.to = EthAddress::parse(f.at("to"));
    }
    tx.value = U256::parse(f.at("value"));
    tx.data = fromHex(f.at("data"));
    for (const std::string& line : f.access) {
        const auto parts = splitComma(line);
        AccessListEntry entry{EthAddress::parse(parts[0]), {}};
        for (std::size_t i = 1; i < parts.size(); ++i) {
            entry.storageKeys.push_back(Hash32::fromHexString(parts[i]));
        }
        tx.accessList.push_back(std::move(entry));
    }
    return tx;
}

Bytes rawOf(const Fixture& f) {
    return fromHex(f.at("raw"));
}

const U256& curveOrder() {
    static const U256 n =
        U256::parse("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    return n;
}

// Expects decode() to throw ParseError whose message contains `needle`.
void expectRejected(ByteView raw, const std::string& needle) {
    try {
        chain::decode(raw);
        ADD_FAILURE() << "decode accepted " << toHex(raw) << "; expected an error about '" << needle
                      << "'";
    } catch (const ParseError& e) {
        EXPECT_NE(std::string(e.what()).find(needle), std::string::npos)
            << "message was: " << e.what();
    }
}

// The RLP list of a fixture (payload after the type byte for typed transactions).
rlp::Item fieldsOf(const Bytes& raw) {
    const bool typed = raw[0] < 0xc0;
    return rlp::decode(typed ? ByteView(raw).subspan(1) : ByteView(raw));
}

Bytes reencode(const Bytes& original, const rlp::Item& fields) {
    Bytes out;
    if (original[0] < 0xc0) {
        out.push_back(original[0]);
    }
    append(out, rlp::encode(fields));
    return out;
}

const Fixture& firstFixture(const std::string& name) {
    for (const Fixture& f : fixtures()) {
        if (f.name() == name) {
            return f;
        }
    }
    throw std::runtime_error("no fixture named " + name);
}

const Fixture& legacyEip155() {
    return firstFixture("legacy-eip155-example");
}
const Fixture& legacyPre155() {
    return firstFixture("legacy-pre155-transfer");
}
const Fixture& eip1559WithAccessList() {
    return firstFixture("eip1559-access-list");
}

}  // namespace

// --- fixtures from ethers ---

TEST(TransactionFixtures, CoverTheIntendedVariety) {
    const auto& all = fixtures();
    ASSERT_GE(all.size(), 100u);
    std::size_t pre155 = 0, eip155 = 0, typed = 0, creations = 0, withAccessList = 0;
    for (const Fixture& f : all) {
        const Transaction tx = inputTransaction(f);
        if (tx.type == TxType::Legacy) {
            ++(tx.chainId ? eip155 : pre155);
        } else {
            ++typed;
        }
        creations += tx.to ? 0 : 1;
        withAccessList += tx.accessList.empty() ? 0 : 1;
    }
    EXPECT_GT(pre155, 0u);
    EXPECT_GT(eip155, 0u);
    EXPECT_GT(typed, 0u);
    EXPECT_GT(creations, 0u);
    EXPECT_GT(withAccessList, 0u);
}

TEST(TransactionFixtures, DecodeGivesTheInputFields) {
    for (const Fixture& f : fixtures()) {
        SCOPED_TRACE(f.label());
        const SignedTransaction stx = chain::decode(rawOf(f));
        EXPECT_EQ(stx.tx, inputTransaction(f));
        EXPECT_EQ(stx.sig.r, Hash32::fromHexString(f.at("r")));
        EXPECT_EQ(stx.sig.s, Hash32::fromHexString(f.at("s")));
        EXPECT_EQ(stx.sig.recoveryId, u64(f.at("yParity")));
    }
}

TEST(TransactionFixtures, EncodeOfDecodeIsTheRawBytes) {
    for (const Fixture& f : fixtures()) {
        SCOPED_TRACE(f.label());
        const Bytes raw = rawOf(f);
        EXPECT_EQ(toHex(chain::encode(chain::decode(raw))), toHex(raw));
    }
}

TEST(TransactionFixtures, VInTheRawEncoding) {
    for (const Fixture& f : fixtures()) {
        SCOPED_TRACE(f.label());
        const Bytes raw = rawOf(f);
        const rlp::Item fields = fieldsOf(raw);
        const std::size_t vIndex = fields.items.size() - 3;
        EXPECT_EQ(fields.items[vIndex].asU256(), U256::parse(f.at("v")));
    }
}

TEST(TransactionFixtures, HashesMatch) {
    for (const Fixture& f : fixtures()) {
        SCOPED_TRACE(f.label());
        const SignedTransaction stx = chain::decode(rawOf(f));
        EXPECT_EQ(chain::hash(stx).hex(), f.at("hash"));
        EXPECT_EQ(chain::signingHash(stx.tx).hex(), f.at("unsignedHash"));
        EXPECT_EQ(keccak256(fromHex(f.at("unsignedSerialized"))).hex(), f.at("unsignedHash"));
    }
}

TEST(TransactionFixtures, SenderIsRecovered) {
    for (const Fixture& f : fixtures()) {
        SCOPED_TRACE(f.label());
        const auto from = chain::sender(chain::decode(rawOf(f)));
        ASSERT_TRUE(from.has_value());
        EXPECT_EQ(*from, EthAddress::parse(f.at("from")));
        EXPECT_EQ(*from, crypto::PrivateKey::fromHex(f.at("key")).ethAddress());
    }
}

TEST(TransactionFixtures, SigningInCppReproducesTheRawBytes) {
    for (const Fixture& f : fixtures()) {
        SCOPED_TRACE(f.label());
        const auto key = crypto::PrivateKey::fromHex(f.at("key"));
        const SignedTransaction stx = chain::sign(inputTransaction(f), key);
        EXPECT_EQ(toHex(chain::encode(stx)), f.at("raw"));
    }
}

TEST(TransactionFixtures, HugeValuesOverflowMaxCost) {
    const Transaction tx = inputTransaction(firstFixture("eip1559-value-2^256-1-huge-fees"));
    EXPECT_THROW(chain::maxCost(tx), ArithmeticError);
    // The effective price never overflows, even with fee caps near 2^256.
    EXPECT_EQ(chain::effectiveGasPrice(tx, U256(7)), U256(7) + tx.maxPriorityFeePerGas);
    EXPECT_EQ(chain::effectiveGasPrice(tx, U256::max()), tx.maxFeePerGas);
}

// --- hand-built transactions ---

namespace {

Transaction sample1559() {
    Transaction tx;
    tx.type = TxType::Eip1559;
    tx.chainId = 31337;
    tx.nonce = 7;
    tx.maxPriorityFeePerGas = U256(2'000'000'000);
    tx.maxFeePerGas = U256(50'000'000'000);
    tx.gasLimit = 21000;
    tx.to = EthAddress::parse("0x3535353535353535353535353535353535353535");
    tx.value = U256(1'000'000'000'000'000'000ULL);
    return tx;
}

crypto::PrivateKey anvilKey0() {
    return crypto::PrivateKey::fromHex(
        "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
}

}  // namespace

TEST(Transaction, ExtremeIntegersRoundTrip) {
    Transaction legacy = sample1559();
    legacy.type = TxType::Legacy;
    legacy.gasPrice = U256::max();
    legacy.maxPriorityFeePerGas = U256{};  // not part of a legacy transaction
    legacy.maxFeePerGas = U256{};
    legacy.nonce = UINT64_MAX;
    legacy.gasLimit = UINT64_MAX;
    legacy.chainId = UINT64_MAX;  // v = 2^65 + 33 + recId: does not fit 64 bits
    legacy.value = U256::max();
    Transaction typed = sample1559();
    typed.chainId = UINT64_MAX;
    typed.nonce = UINT64_MAX;
    typed.gasLimit = UINT64_MAX;
    typed.maxFeePerGas = U256::max();
    typed.maxPriorityFeePerGas = U256::max();
    for (const Transaction& tx : {legacy, typed}) {
        const SignedTransaction stx = chain::sign(tx, anvilKey0());
        const Bytes raw = chain::encode(stx);
        const SignedTransaction back = chain::decode(raw);
        EXPECT_EQ(back, stx);
        EXPECT_EQ(chain::sender(back), anvilKey0().ethAddress());
    }
}

TEST(Transaction, UnencodableTransactionsThrow) {
    Transaction noChain = sample1559();
    noChain.chainId.reset();
    EXPECT_THROW(chain::signingHash(noChain), Error);
    Transaction legacyChainZero = sample1559();
    legacyChainZero.type = TxType::Legacy;
    legacyChainZero.chainId = 0;
    EXPECT_THROW(chain::sign(legacyChainZero, anvilKey0()), Error);
}

TEST(Transaction, SenderIsNulloptForAnUnrecoverableSignature) {
    SignedTransaction stx = chain::sign(sample1559(), anvilKey0());
    // r = 0 is no curve point's x coordinate, so nothing recovers.
    stx.sig.r = Hash32{};
    EXPECT_EQ(chain::sender(stx), std::nullopt);
}

TEST(Transaction, EffectiveGasPrice) {
    Transaction tx = sample1559();  // tip 2 gwei, cap 50 gwei
    const U256 gwei(1'000'000'000);
    EXPECT_EQ(chain::effectiveGasPrice(tx, gwei * U256(10)), gwei * U256(12));
    EXPECT_EQ(chain::effectiveGasPrice(tx, gwei * U256(49)), gwei * U256(50));
    EXPECT_EQ(chain::effectiveGasPrice(tx, gwei * U256(50)), gwei * U256(50));
    EXPECT_EQ(chain::effectiveGasPrice(tx, gwei * U256(60)), gwei * U256(50));
    tx.type = TxType::Legacy;
    tx.gasPrice = gwei * U256(3);
    EXPECT_EQ(chain::effectiveGasPrice(tx, gwei * U256(60)), gwei * U256(3));
}

TEST(Transaction, MaxCost) {
    Transaction tx = sample1559();
    EXPECT_EQ(chain::maxCost(tx), U256(21000) * tx.maxFeePerGas + tx.value);
    tx.type = TxType::Legacy;
    tx.gasPrice = U256(3);
    EXPECT_EQ(chain::maxCost(tx), U256(63000) + tx.value);
    tx.value = U256::max();
    EXPECT_THROW(chain::maxCost(tx), ArithmeticError);
}

TEST(Transaction, DecodeAndSenderWorkOnDifferentThreads) {
    // Nothing in a decoded transaction refers back to the input buffer.
    SignedTransaction stx;
    {
        const Bytes raw = chain::encode(chain::sign(sample1559(), anvilKey0()));
        stx = chain::decode(raw);
    }
    EXPECT_EQ(chain::sender(stx), anvilKey0().ethAddress());
}

// --- rejections ---

TEST(TransactionRejects, EmptyAndTruncatedInput) {
    expectRejected({}, "empty input");
    for (const Fixture* f : {&legacyEip155(), &eip1559WithAccessList()}) {
        const Bytes raw = rawOf(*f);
        for (std::size_t len = 1; len < raw.size(); ++len) {
            EXPECT_THROW(chain::decode(ByteView(raw).first(len)), ParseError) << len;
        }
    }
}

TEST(TransactionRejects, UnknownTypeBytes) {
    Bytes raw = rawOf(eip1559WithAccessList());
    for (std::uint8_t type : {0x00, 0x03, 0x04, 0x7f}) {
        raw[0] = type;
        expectRejected(raw, "unsupported type " + toHex(ByteView(&type, 1)));
    }
    raw[0] = 0x01;  // an EIP-1559 body under the EIP-2930 type byte: one field too many
    expectRejected(raw, "EIP-2930");
    raw[0] = 0x80;
    expectRejected(raw, "RLP string header");
    raw[0] = 0xbf;
    expectRejected(raw, "RLP string header");
}

TEST(TransactionRejects, TrailingBytes) {
    for (const Fixture* f : {&legacyEip155(), &eip1559WithAccessList()}) {
        Bytes raw = rawOf(*f);
        raw.push_back(0x00);
        expectRejected(raw, "trailing");
    }
}

TEST(TransactionRejects, WrongFieldCount) {
    for (const Fixture* f : {&legacyPre155(), &eip1559WithAccessList()}) {
        const Bytes raw = rawOf(*f);
        rlp::Item fields = fieldsOf(raw);
        rlp::Item shorter = fields;
        shorter.items.pop_back();
        expectRejected(reencode(raw, shorter), "fields, expected");
        rlp::Item longer = fields;
        longer.items.push_back(rlp::Item::string({}));
        expectRejected(reencode(raw, longer), "fields, expected");
    }
    const Bytes raw = rawOf(eip1559WithAccessList());
    expectRejected(reencode(raw, rlp::Item::string({1, 2, 3})), "expected an RLP list");
}

TEST(TransactionRejects, HighS) {
    for (const Fixture* f : {&legacyPre155(), &legacyEip155(), &eip1559WithAccessList()}) {
        SignedTransaction stx = chain::decode(rawOf(*f));
        const U256 s = U256::fromBigEndian(stx.sig.s.view());
        stx.sig.s = Hash32((curveOrder() - s).toBigEndian());
        stx.sig.recoveryId ^= 1;
        // The malleated signature is still valid for ecrecover; only decoding refuses it.
        EXPECT_EQ(chain::sender(stx), EthAddress::parse(f->at("from")));
        expectRejected(chain::encode(stx), "EIP-2");
    }
}

TEST(TransactionRejects, OutOfRangeROrS) {
    const Bytes raw = rawOf(eip1559WithAccessList());
    const rlp::Item fields = fieldsOf(raw);
    const std::size_t r = fields.items.size() - 2, s = fields.items.size() - 1;
    const auto withField = [&](std::size_t index, const U256& v) {
        rlp::Item copy = fields;
        copy.items[index] = rlp::Item::string(v.toMinimalBigEndian());
        return reencode(raw, copy);
    };
    expectRejected(withField(r, U256(0)), "r is zero");
    expectRejected(withField(s, U256(0)), "s is zero");
    expectRejected(withField(r, curveOrder()), "r is not below the curve order");
    expectRejected(withField(s, curveOrder()), "s is not below the curve order");
    expectRejected(withField(r, U256::max()), "r is not below the curve order");
    rlp::Item tooLong = fields;
    tooLong.items[r] = rlp::Item::string(Bytes(33, 0x01));
    expectRejected(reencode(raw, tooLong), "'r'");
}

TEST(TransactionRejects, BadV) {
    const Bytes raw = rawOf(legacyEip155());
    rlp::Item fields = fieldsOf(raw);
    for (std::uint64_t v : {0, 1, 26, 29, 30, 34, 35, 36}) {
        fields.items[6] = rlp::Item::string(U256(v).toMinimalBigEndian());
        expectRejected(reencode(raw, fields), "'v'");
    }
    // A chain id that does not fit 64 bits.
    fields.items[6] = rlp::Item::string((U256(UINT64_MAX) * U256(4)).toMinimalBigEndian());
    expectRejected(reencode(raw, fields), "chain id above");

    const Bytes typedRaw = rawOf(eip1559WithAccessList());
    rlp::Item typedFields = fieldsOf(typedRaw);
    typedFields.items[9] = rlp::Item::string({2});
    expectRejected(reencode(typedRaw, typedFields), "yParity");
    typedFields.items[9] = rlp::Item::string({27});
    expectRejected(reencode(typedRaw, typedFields), "yParity");
}

TEST(TransactionRejects, NonCanonicalRlp) {
    const Bytes raw = rawOf(legacyEip155());  // nonce 9
    rlp::Item fields = fieldsOf(raw);
    fields.items[0] = rlp::Item::string({0x00, 0x09});
    expectRejected(reencode(raw, fields), "'nonce'");
    fields = fieldsOf(raw);
    fields.items[5] = rlp::Item::list({});  // data as a list
    expectRejected(reencode(raw, fields), "'data'");

    // A single byte below 0x80 wrapped in a string header: 0x81 0x09 instead of 0x09.
    Bytes wrapped = raw;
    ASSERT_EQ(wrapped[2], 0x09);
    wrapped[2] = 0x81;
    wrapped.insert(wrapped.begin() + 3, 0x09);
    wrapped[1] = static_cast<std::uint8_t>(wrapped[1] + 1);
    expectRejected(wrapped, "non-canonical");

    // A length with a leading zero byte: 0xf9 0x00 0x6c instead of 0xf8 0x6c.
    ASSERT_EQ(raw[0], 0xf8);
    Bytes zeroPadded{0xf9, 0x00};
    zeroPadded.insert(zeroPadded.end(), raw.begin() + 1, raw.end());
    expectRejected(zeroPadded, "leading zero");

    // The 20-byte `to` in long form (0xb8 0x14) although 20 is below 56.
    constexpr std::size_t kToHeader = 12;  // after list header, nonce, gasPrice and gasLimit
    ASSERT_EQ(raw[kToHeader], 0x94);
    Bytes longForm = raw;
    longForm[kToHeader] = 0xb8;
    longForm.insert(longForm.begin() + kToHeader + 1, 0x14);
    longForm[1] = static_cast<std::uint8_t>(longForm[1] + 1);
    expectRejected(longForm, "long form");
}

TEST(TransactionRejects, BadToAndAccessList) {
    const Bytes raw = rawOf(eip1559WithAccessList());
    const rlp::Item fields = fieldsOf(raw);
    for (std::size_t size : {1, 19, 21, 32}) {
        rlp::Item copy = fields;
        copy.items[5] = rlp::Item::string(Bytes(size, 0x35));
        expectRejected(reencode(raw, copy), "'to'");
    }
    const auto withAccessList = [&](rlp::Item list) {
        rlp::Item copy = fields;
        copy.items[8] = std::move(list);
        return reencode(raw, copy);
    };
    using rlp::Item;
    const Item address = Item::string(Bytes(20, 0xaa));
    const Item key = Item::string(Bytes(32, 0xbb));
    expectRejected(withAccessList(Item::string({})), "accessList");
    expectRejected(withAccessList(Item::list({Item::list({address})})), "expected [address");
    expectRejected(withAccessList(Item::list({Item::list({address, Item::list({}), key})})),
                   "expected [address");
    expectRejected(
        withAccessList(Item::list({Item::list({Item::string(Bytes(19, 1)), Item::list({})})})),
        "address of 19 bytes");
    expectRejected(withAccessList(Item::list(
                       {Item::list({address, Item::list({key, Item::string(Bytes(31, 1))})})})),
                   "storage key of 31 bytes");
    expectRejected(withAccessList(Item::list({Item::list({address, key})})), "accessList");
    // The well-formed version of the same shape is accepted.
    EXPECT_NO_THROW(
        chain::decode(withAccessList(Item::list({Item::list({address, Item::list({key})})}))));
}

// --- fuzz ---

// Random and mutated inputs: decode() either succeeds on input that re-encodes to itself, or
// throws ParseError. Anything else (another exception type, a crash) is a bug.
TEST(TransactionFuzz, OnlyParseErrorEscapes) {
    std::mt19937_64 rng(0x1bc5'7d10);
    const auto& all = fixtures();
    const auto pick = [&](std::size_t n) {
        return static_cast<std::size_t>(std::uniform_int_distribution<std::size_t>(0, n - 1)(rng));
    };
    const auto randomByte = [&] { return static_cast<std::uint8_t>(rng() & 0xff); };

    std::size_t accepted = 0, rejected = 0;
    constexpr int kIterations = 40000;
    for (int i = 0; i < kIterations; ++i) {
        Bytes input;
        if (i % 10 == 0) {
            input.resize(pick(200));
            for (auto& b : input) {
                b = randomByte();
            }
            // Give random inputs a plausible start half of the time.
            if (!input.empty() && (i % 20 == 0)) {
                input[0] = static_cast<std::uint8_t>(i % 40 == 0 ? 0x02 : 0xf8);
            }
        } else {
            input = rawOf(all[pick(all.size())]);
            const int mutations = 1 + static_cast<int>(pick(4));
            for (int m = 0; m < mutations && !input.empty(); ++m) {
                const std::size_t at = pick(input.size());
                switch (pick(6)) {
                    case 0:
                        input[at] ^= static_cast<std::uint8_t>(1u << pick(8));
                        break;
                    case 1:
                        input[at] = randomByte();
                        break;
                    case 2:
                        input.insert(input.begin() + static_cast<std::ptrdiff_t>(at), randomByte());
                        break;
                    case 3:
                        input.erase(input.begin() + static_cast<std::ptrdiff_t>(at));
                        break;
                    case 4:
                        input.resize(at);
                        break;
                    default: {
                        // Splice a tail from another fixture.
                        const Bytes other = rawOf(all[pick(all.size())]);
                        const std::size_t from = pick(other.size());
                        input.resize(at);
                        input.insert(input.end(), other.begin() + static_cast<std::ptrdiff_t>(from),
                                     other.end());
                        break;
                    }
                }
            }
        }
        try {
            const SignedTransaction stx = chain::decode(input);
            ++accepted;
            ASSERT_EQ(toHex(chain::encode(stx)), toHex(input));
            (void)chain::sender(stx);
        } catch (const ParseError&) {
            ++rejected;
        } catch (const std::exception& e) {
            FAIL() << "decode(" << toHex(input) << ") threw a non-ParseError: " << e.what();
        }
    }
    EXPECT_EQ(accepted + rejected, static_cast<std::size_t>(kIterations));
    EXPECT_GT(rejected, 0u);
    // Single-bit flips inside data, values and r/s keep the encoding valid: some must pass.
    EXPECT_GT(accepted, 0u);
}

TEST(Transaction, Eip2930RoundTripsAndPaysItsGasPrice) {
    chain::Transaction t;
    t.type = chain::TxType::Eip2930;
    t.chainId = 31337;
    t.nonce = 7;
    t.gasPrice = U256(3'000'000'000ULL);
    t.gasLimit = 90'000;
    t.value = U256(5);
    t.data = Bytes{1, 2, 3};
    chain::AccessListEntry e;
    e.address = EthAddress(FixedBytes<20>::fromBytes(Bytes(20, 0x11)));
    e.storageKeys.push_back(Hash32(FixedBytes<32>::fromBytes(Bytes(32, 0x22)).bytes));
    t.accessList.push_back(e);
    const auto key = crypto::PrivateKey::deterministic(3, 1);
    const chain::SignedTransaction stx = chain::sign(t, key);
    const Bytes raw = chain::encode(stx);
    ASSERT_EQ(raw.at(0), 0x01);
    const chain::SignedTransaction back = chain::decode(raw);
    EXPECT_EQ(back, stx);
    EXPECT_EQ(chain::encode(back), raw);
    EXPECT_EQ(chain::sender(back), key.ethAddress());
    EXPECT_EQ(chain::effectiveGasPrice(t, U256(1'000'000'000)), t.gasPrice);
    EXPECT_EQ(chain::maxCost(t), U256(90'000) * t.gasPrice + U256(5));
    t.chainId.reset();
    EXPECT_THROW(chain::signingHash(t), Error);
}

TEST(Transaction, ImpersonatedRoundTripsWithAHashPerSenderAndRecoversToNoOneElse) {
    chain::Transaction t;
    t.type = chain::TxType::Eip1559;
    t.chainId = 31337;
    t.nonce = 2;
    t.maxPriorityFeePerGas = U256(1);
    t.maxFeePerGas = U256(2'000'000'000ULL);
    t.gasLimit = 21'000;
    t.to = EthAddress(FixedBytes<20>::fromBytes(Bytes(20, 0x33)));
    t.value = U256(9);
    for (const std::uint8_t fill : {0x00, 0x7f, 0xff}) {
        const EthAddress who(FixedBytes<20>::fromBytes(Bytes(20, fill)));
        const chain::SignedTransaction stx = chain::impersonated(t, who);
        const Bytes raw = chain::encode(stx);
        const chain::SignedTransaction back = chain::decode(raw);  // strict: r, s in range, low s
        EXPECT_EQ(back, stx);
        EXPECT_EQ(chain::encode(back), raw);
        EXPECT_NE(chain::sender(back), std::optional<EthAddress>(who));
        EXPECT_EQ(U256::fromBigEndian(stx.sig.r.view()), U256::fromBigEndian(who.view()) + U256(1));
    }
    const EthAddress a(FixedBytes<20>::fromBytes(Bytes(20, 0x01)));
    const EthAddress b(FixedBytes<20>::fromBytes(Bytes(20, 0x02)));
    EXPECT_NE(chain::hash(chain::impersonated(t, a)), chain::hash(chain::impersonated(t, b)));
    t.type = chain::TxType::Legacy;
    t.gasPrice = U256(7);
    t.maxFeePerGas = U256();
    t.maxPriorityFeePerGas = U256();
    const Bytes legacy = chain::encode(chain::impersonated(t, a));
    EXPECT_EQ(chain::decode(legacy), chain::impersonated(t, a));
}
