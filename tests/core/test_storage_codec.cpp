// Tests of the stored block form: round trips, determinism, corrupted blobs.
#include <gtest/gtest.h>

#include <memory>
#include <optional>

#include "ipc/core/primitives/error.h"
#include "ipc/core/storage/block_codec.h"
#include "test_storage_fixtures.h"

using namespace ipc;
using namespace ipc::storage;
using namespace ipc::storage::testing;

namespace {

chain::Block roundTrip(const chain::Block& b) {
    return decodeBlock(encodeBlock(b));
}

TEST(BlockCodec, EmptyBlockRoundTrips) {
    const auto b = makeBlock(0);
    expectSameBlock(*b, roundTrip(*b));
    const auto c = makeBlock(3);  // with a system log
    ASSERT_EQ(c->systemLogs.size(), 1u);
    expectSameBlock(*c, roundTrip(*c));
}

TEST(BlockCodec, EveryTransactionKindRoundTrips) {
    auto b = makeBlock(42, {makeTx(Kind::Legacy, 1, 2, 0), makeTx(Kind::Eip155, 2, 3, 5),
                            makeTx(Kind::Eip1559, 3, 4, 9), makeTx(Kind::Create, 4, 0, 1),
                            makeTx(Kind::Eip1559, 5, 6, 2, /*system=*/true)});
    const chain::Block back = roundTrip(*b);
    expectSameBlock(*b, back);
    EXPECT_FALSE(back.transactions[0]->signedTx.tx.chainId.has_value());
    EXPECT_EQ(back.transactions[1]->signedTx.tx.chainId, 31337u);
    EXPECT_EQ(back.transactions[2]->signedTx.tx.type, chain::TxType::Eip1559);
    EXPECT_FALSE(back.transactions[3]->signedTx.tx.to.has_value());
    EXPECT_TRUE(back.transactions[4]->system);
    EXPECT_EQ(chain::hash(back.transactions[2]->signedTx), back.transactions[2]->hash);
}

// What RPC answers reuse: each transaction's encoded size and the block's log bloom are set when a
// block is read back, as when it was sealed.
TEST(BlockCodec, ReadBackBlocksKnowTheirBloomAndTransactionSizes) {
    auto b = makeBlock(10, {makeTx(Kind::Legacy, 1, 2, 0), makeTx(Kind::Eip1559, 3, 4, 9)});
    const chain::Block back = roundTrip(*b);
    for (const auto& tx : back.transactions)
        EXPECT_EQ(tx->encodedSize, chain::encode(tx->signedTx).size());
    ASSERT_NE(back.logsBloom, nullptr);
    EXPECT_EQ(*back.logsBloom, *chain::computeLogsBloom(*b));
    chain::Bloom expected{};
    chain::addToBloom(expected, address(1).view());
    chain::addToBloom(expected, hashOf("Transfer").view());
    chain::addToBloom(expected, hashOf("x").view());
    EXPECT_EQ(*back.logsBloom, expected);
    // No logs: no bloom to keep (the empty bloom).
    const auto empty = makeBlock(1);
    EXPECT_EQ(roundTrip(*empty).logsBloom, nullptr);
}

TEST(BlockCodec, ReceiptDetailsAndForeignReceiptHashRoundTrip) {
    auto b = makeBlock(7, {makeTx(Kind::Eip1559, 1, 2, 0), makeTx(Kind::Legacy, 2, 1, 0)});
    b->receipts[0].success = false;
    b->receipts[0].revertReason = "insufficient balance";
    b->receipts[0].returnData = Bytes{0x08, 0xc3, 0x79, 0xa0};
    b->receipts[0].logs.clear();
    // A receipt whose hash is not its transaction's must keep its own hash.
    b->receipts[1].txHash = hashOf("other");
    // More receipts than transactions (the codec must not assume a pairing).
    chain::Receipt extra;
    extra.txHash = hashOf("extra");
    extra.effectiveGasPrice = U256::max();
    b->receipts.push_back(extra);
    b->header.baseFee = U256::max();
    b->commit.signers.clear();
    expectSameBlock(*b, roundTrip(*b));
}

// Contracts a transaction's code created ride in a ninth receipt field, present only when there
// are any: a receipt without them keeps the eight fields earlier files hold.
TEST(BlockCodec, CreatedContractsRoundTripAndOnlyThenAddAField) {
    auto b = makeBlock(8, {makeTx(Kind::Eip1559, 1, 2, 0), makeTx(Kind::Legacy, 2, 1, 0)});
    const Bytes without = encodeBlock(*b);
    b->receipts[1].created = {{address(7), address(2)}, {address(8), address(7)}};
    const Bytes with = encodeBlock(*b);
    EXPECT_GT(with.size(), without.size());
    const chain::Block back = roundTrip(*b);
    expectSameBlock(*b, back);
    EXPECT_TRUE(back.receipts[0].created.empty());
    ASSERT_EQ(back.receipts[1].created.size(), 2u);
    EXPECT_EQ(back.receipts[1].created[1].creator, address(7));
    b->receipts[1].created.clear();
    EXPECT_EQ(encodeBlock(*b), without);
}

// An impersonated account's transaction (anvil_impersonateAccount) keeps its sender, which its
// marker signature does not recover to.
TEST(BlockCodec, ImpersonatedTransactionsKeepTheirSender) {
    auto b = makeBlock(9, {makeTx(Kind::Eip1559, 1, 2, 0)});
    auto tx = std::make_shared<chain::IncludedTx>(*b->transactions[0]);
    tx->signedTx = chain::impersonated(tx->signedTx.tx, address(0x42));
    tx->sender = address(0x42);
    tx->hash = chain::hash(tx->signedTx);
    b->transactions[0] = tx;
    b->receipts[0].txHash = tx->hash;
    const chain::Block back = roundTrip(*b);
    expectSameBlock(*b, back);
    EXPECT_EQ(back.transactions[0]->sender, address(0x42));
    EXPECT_NE(chain::sender(back.transactions[0]->signedTx),
              std::optional<EthAddress>(address(0x42)));
}

TEST(BlockCodec, EncodingIsDeterministic) {
    auto b = makeBlock(5, {makeTx(Kind::Eip1559, 1, 2, 3)});
    EXPECT_EQ(encodeBlock(*b), encodeBlock(roundTrip(*b)));
}

TEST(BlockCodec, CorruptedBlobsAreRejected) {
    auto b = makeBlock(9, {makeTx(Kind::Eip1559, 1, 2, 3), makeTx(Kind::Legacy, 2, 3, 4)});
    const Bytes good = encodeBlock(*b);

    EXPECT_THROW(decodeBlock({}), Error);
    Bytes truncated(good.begin(), good.end() - 1);
    EXPECT_THROW(decodeBlock(truncated), Error);
    Bytes trailing = good;
    trailing.push_back(0);
    EXPECT_THROW(decodeBlock(trailing), Error);
    EXPECT_THROW(decodeBlock(Bytes{0xc1, 0x02}), Error);  // unknown format version
    EXPECT_THROW(decodeBlock(Bytes{0x80}), Error);        // a string, not a list

    // Flipping any single byte either still decodes (a value inside a field changed) or throws
    // ipc::Error; it never crashes or throws anything else.
    std::size_t rejected = 0;
    for (std::size_t i = 0; i < good.size(); ++i) {
        Bytes bad = good;
        bad[i] ^= 0x5a;
        try {
            decodeBlock(bad);
        } catch (const Error&) {
            ++rejected;
        }
    }
    EXPECT_GT(rejected, 0u);

    try {
        decodeBlock(truncated);
        FAIL() << "truncated blob accepted";
    } catch (const ParseError& e) {
        EXPECT_NE(std::string(e.what()).find("stored block is corrupted"), std::string::npos);
    }
}

TEST(BlockCodec, NullTransactionIsRefused) {
    auto b = makeBlock(1);
    b->transactions.push_back(nullptr);
    EXPECT_THROW(encodeBlock(*b), Error);
}

}  // namespace
