// SubnetChain's history: blocks pruned from memory are read back from a BlockArchive, truncate
// drops blocks above a height, and a chain's state codec round-trips accounts, validators and
// mempool (raw transactions, senders recovered, arrival order kept).
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "ipc/core/chain/block_archive.h"
#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/crypto/secp256k1.h"
#include "support/test_values.h"

using namespace ipc;
using namespace ipc::chain;

namespace {

using ipc::testing_support::kChainId;
using ipc::testing_support::kEther;

crypto::PrivateKey key(std::uint64_t i) {
    return crypto::PrivateKey::deterministic(11, i);
}

EthAddress proposer() {
    FixedBytes<20> b;
    b.bytes[19] = 0x99;
    return EthAddress(b);
}

TxPtr transfer(std::uint64_t from, std::uint64_t nonce, const U256& value) {
    Transaction t;
    t.chainId = kChainId;
    t.nonce = nonce;
    t.maxFeePerGas = U256(2'000'000'000);
    t.maxPriorityFeePerGas = U256(1);
    t.gasLimit = GasSchedule::kTransfer;
    t.to = key(9).ethAddress();
    t.value = value;
    const SignedTransaction stx = sign(t, key(from));
    return std::make_shared<const IncludedTx>(IncludedTx{stx, key(from).ethAddress(), hash(stx)});
}

std::unique_ptr<SubnetChain> makeChain() {
    ChainParams p;
    p.chainId = kChainId;
    Validator v;
    v.address = proposer();
    v.power = 10;
    auto c = std::make_unique<SubnetChain>(p, ValidatorSet({v}), nullptr);
    for (std::uint64_t i = 0; i < 4; ++i)
        c->state().setBalance(key(i).ethAddress(), U256(100) * kEther);
    c->genesis(0);
    return c;
}

// A chain whose owner archives every block and prunes to it, keeping 16 in memory.
class ArchivedChain : public ::testing::Test {
protected:
    void SetUp() override {
        chain_ = makeChain();
        archive_ = std::make_shared<InMemoryBlockArchive>();
        chain_->setArchive(archive_, 16);
        archive_->append(chain_->headPtr());
    }
    void produce(std::uint64_t count) {
        for (std::uint64_t i = 0; i < count; ++i) {
            chain_->produceBlock((chain_->height() + 1) * 1000, proposer(), {}, {});
            archive_->append(chain_->headPtr());
            chain_->pruneTo(chain_->height());
        }
    }
    std::unique_ptr<SubnetChain> chain_;
    std::shared_ptr<InMemoryBlockArchive> archive_;
};

TEST_F(ArchivedChain, ThousandBlocksKeepSixteenInMemory) {
    const TxPtr early = transfer(0, 0, kEther);
    chain_->submit(early);
    produce(1000);
    EXPECT_EQ(chain_->height(), 1000u);
    EXPECT_EQ(chain_->blocksInMemory(), 16u);
    EXPECT_EQ(chain_->oldestInMemory(), 985u);
    // Old blocks, by number and by hash, and old transactions come from the archive.
    const BlockPtr b1 = chain_->block(1);
    ASSERT_NE(b1, nullptr);
    EXPECT_EQ(b1, archive_->block(1));
    EXPECT_EQ(chain_->blockByHash(b1->hash), b1);
    const auto loc = chain_->findTx(early->hash);
    ASSERT_TRUE(loc);
    EXPECT_EQ(loc->block, 1u);
    EXPECT_EQ(chain_->block(loc->block)->transactions[loc->index]->hash, early->hash);
    EXPECT_TRUE(chain_->block(1)->receipts.at(0).success);
    // A resubmitted old transaction is still known.
    EXPECT_THROW(chain_->submit(early), TxRejected);
    // Every block is reachable and the hash chain holds across memory and archive.
    for (std::uint64_t n = 1; n <= 1000; ++n)
        ASSERT_EQ(chain_->block(n)->header.parentHash, chain_->block(n - 1)->hash) << n;
    EXPECT_EQ(chain_->block(1001), nullptr);
}

TEST_F(ArchivedChain, PruneNeedsAnArchiveAndKeepsRecentBlocks) {
    auto plain = makeChain();
    EXPECT_THROW(plain->pruneTo(0), Error);
    produce(5);
    EXPECT_EQ(chain_->blocksInMemory(), 6u);  // fewer than 16: nothing pruned
    chain_->setArchive(archive_, 2);
    chain_->pruneTo(3);  // durable up to 3, but only blocks <= 3 may go: 4 and 5 stay
    EXPECT_EQ(chain_->oldestInMemory(), 4u);
    EXPECT_EQ(chain_->blocksInMemory(), 2u);
}

TEST_F(ArchivedChain, TruncateDropsBlocksAndTheirIndexes) {
    produce(40);
    const TxPtr late = transfer(1, 0, kEther);
    chain_->submit(late);
    produce(1);
    ASSERT_TRUE(chain_->findTx(late->hash));
    const Hash32 at30 = chain_->block(30)->hash;
    EXPECT_THROW(chain_->truncate(42), Error);

    chain_->truncate(35);
    archive_->truncate(35);
    EXPECT_EQ(chain_->height(), 35u);
    EXPECT_FALSE(chain_->findTx(late->hash));
    EXPECT_EQ(chain_->block(36), nullptr);
    EXPECT_EQ(chain_->block(30)->hash, at30);

    // Below what memory holds: the head comes back from the archive.
    chain_->truncate(10);
    archive_->truncate(10);
    EXPECT_EQ(chain_->height(), 10u);
    EXPECT_EQ(chain_->blocksInMemory(), 1u);
    EXPECT_EQ(chain_->head().header.number, 10u);
    EXPECT_EQ(chain_->block(3)->header.number, 3u);
    // The chain goes on from there.
    chain_->produceBlock(99'000, proposer(), {}, {});
    EXPECT_EQ(chain_->head().header.parentHash, chain_->block(10)->hash);
}

TEST_F(ArchivedChain, ArchiveBlocksAboveTheHeadAreIgnored) {
    produce(30);
    chain_->truncate(20);  // the archive still has 21..30 (its owner has not truncated yet)
    EXPECT_EQ(chain_->block(25), nullptr);
    EXPECT_EQ(chain_->blockByHash(archive_->block(25)->hash), nullptr);
}

TEST(InMemoryBlockArchive, RefusesGaps) {
    auto c = makeChain();
    c->produceBlock(1000, proposer(), {}, {});
    c->produceBlock(2000, proposer(), {}, {});
    InMemoryBlockArchive a;
    a.append(c->block(1));
    EXPECT_THROW(a.append(c->block(0)), Error);
    EXPECT_THROW(a.append(nullptr), Error);
    a.append(c->block(2));
    EXPECT_EQ(a.height(), 2u);
    EXPECT_EQ(a.block(0), nullptr);
    a.truncate(1);
    EXPECT_EQ(a.size(), 1u);
}

TEST(ChainStateCodec, RoundTripKeepsMempoolOrderAndHead) {
    auto a = makeChain();
    a->submit(transfer(0, 0, kEther));
    a->produceBlock(1000, proposer(), {}, {});
    // Pending: two senders interleaved, one future nonce.
    a->submit(transfer(1, 0, U256(1)));
    a->submit(transfer(0, 1, U256(2)));
    a->submit(transfer(1, 1, U256(3)));
    a->submit(transfer(2, 5, U256(4)));
    StateWriter w;
    a->encodeState(w);
    const Bytes blob = w.encoded();
    const rlp::Item item = rlp::decode(blob);
    StateReader r(item, "chain");
    auto b = SubnetChain::decodeState(r, nullptr);
    r.finish();
    EXPECT_EQ(b->savedHeadNumber(), 1u);
    b->resumeHistory({a->block(0), a->block(1)}, nullptr, 8);
    EXPECT_EQ(b->height(), 1u);
    EXPECT_EQ(b->mempool().size(), 4u);
    EXPECT_EQ(b->nextBaseFee(), a->nextBaseFee());
    StateWriter w2;
    b->encodeState(w2);
    EXPECT_EQ(w2.encoded(), blob);
    // Both produce the same next block.
    const Block& na = a->produceBlock(2000, proposer(), {}, {});
    const Block& nb = b->produceBlock(2000, proposer(), {}, {});
    EXPECT_EQ(na.transactions.size(), 3u);
    EXPECT_EQ(na.hash, nb.hash);
}

TEST(ChainStateCodec, WrongHeadIsRefused) {
    auto a = makeChain();
    a->produceBlock(1000, proposer(), {}, {});
    StateWriter w;
    a->encodeState(w);
    const Bytes blob = w.encoded();
    const rlp::Item item = rlp::decode(blob);
    StateReader r(item, "chain");
    auto b = SubnetChain::decodeState(r, nullptr);
    EXPECT_THROW(b->resumeHistory({a->block(0)}, nullptr, 1), Error);  // head 1 is missing
    auto other = makeChain();
    other->produceBlock(5000, proposer(), {}, {});
    try {
        b->resumeHistory({other->block(1)}, nullptr, 1);
        FAIL() << "accepted another chain's block";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("stands on"), std::string::npos) << e.what();
    }
}

TEST(ChainStateCodec, DamagedMempoolEntryIsAParseError) {
    auto a = makeChain();
    a->submit(transfer(0, 0, kEther));
    StateWriter w;
    a->encodeState(w);
    Bytes blob = w.encoded();
    // The raw transaction starts with its type byte (0x02); an unknown type cannot decode.
    const Bytes raw = encode(a->mempool().all().front()->signedTx);
    auto at = std::search(blob.begin(), blob.end(), raw.begin(), raw.end());
    ASSERT_NE(at, blob.end());
    ASSERT_EQ(*at, 0x02);
    *at = 0x05;
    const rlp::Item item = rlp::decode(blob);
    StateReader r(item, "chain");
    try {
        SubnetChain::decodeState(r, nullptr);
        FAIL() << "decoded a transaction of unknown type";
    } catch (const ParseError& e) {
        EXPECT_NE(std::string(e.what()).find("state: chain: mempool: transaction"),
                  std::string::npos)
            << e.what();
    }
}

}  // namespace
