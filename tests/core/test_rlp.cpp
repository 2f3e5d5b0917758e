// Tests of RLP encoding and strict decoding against the published vectors.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <stdexcept>
#include <string>

#include "ipc/core/encoding/rlp.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/u256.h"

using namespace ipc;

namespace {

Bytes str(std::string_view s) {
    return Bytes(s.begin(), s.end());
}

rlp::Item s(std::string_view text) {
    return rlp::Item::string(str(text));
}

bool sameItem(const rlp::Item& a, const rlp::Item& b) {
    if (a.isList != b.isList)
        return false;
    if (!a.isList)
        return a.bytes == b.bytes;
    if (a.items.size() != b.items.size())
        return false;
    for (std::size_t i = 0; i < a.items.size(); ++i) {
        if (!sameItem(a.items[i], b.items[i]))
            return false;
    }
    return true;
}

void expectRoundTrip(const rlp::Item& item, std::string_view hex) {
    const Bytes encoded = rlp::encode(item);
    EXPECT_EQ(toHex(encoded), hex);
    const rlp::Item back = rlp::decode(encoded);
    EXPECT_TRUE(sameItem(back, item)) << hex;
}

void expectRejected(std::string_view hex) {
    EXPECT_THROW(rlp::decode(fromHex(hex)), ParseError) << hex;
}

const std::string kLorem = "Lorem ipsum dolor sit amet, consectetur adipisicing elit";

}  // namespace

TEST(Rlp, WikiStringVectors) {
    expectRoundTrip(s("dog"), "0x83646f67");
    expectRoundTrip(s(""), "0x80");
    expectRoundTrip(rlp::Item::string(Bytes{0x00}), "0x00");
    expectRoundTrip(rlp::Item::string(Bytes{0x0f}), "0x0f");
    expectRoundTrip(rlp::Item::string(Bytes{0x7f}), "0x7f");
    expectRoundTrip(rlp::Item::string(Bytes{0x80}), "0x8180");
    expectRoundTrip(rlp::Item::string(Bytes{0x04, 0x00}), "0x820400");
    ASSERT_EQ(kLorem.size(), 56u);
    expectRoundTrip(s(kLorem), "0xb838" + toHex(str(kLorem), false));
}

TEST(Rlp, WikiListVectors) {
    expectRoundTrip(rlp::Item::list({s("cat"), s("dog")}), "0xc88363617483646f67");
    expectRoundTrip(rlp::Item::list({}), "0xc0");
    // The set-theoretic representation of three: [ [], [[]], [ [], [[]] ] ].
    const auto empty = rlp::Item::list({});
    const auto one = rlp::Item::list({empty});
    const auto three = rlp::Item::list({empty, one, rlp::Item::list({empty, one})});
    expectRoundTrip(three, "0xc7c0c1c0c3c0c1c0");
}

TEST(Rlp, IntegerVectors) {
    EXPECT_EQ(toHex(rlp::encodeBytes(U256(0).toMinimalBigEndian())), "0x80");
    EXPECT_EQ(toHex(rlp::Encoder().addUint64(0).payload()), "0x80");
    EXPECT_EQ(toHex(rlp::Encoder().addUint64(15).payload()), "0x0f");
    EXPECT_EQ(toHex(rlp::Encoder().addUint64(1024).payload()), "0x820400");
    EXPECT_EQ(toHex(rlp::Encoder().addU256(U256::max()).payload()), "0xa0" + std::string(64, 'f'));

    EXPECT_EQ(rlp::decode(fromHex("0x80")).asUint64(), 0u);
    EXPECT_EQ(rlp::decode(fromHex("0x0f")).asUint64(), 15u);
    EXPECT_EQ(rlp::decode(fromHex("0x820400")).asUint64(), 1024u);
    EXPECT_EQ(rlp::decode(fromHex("0x820400")).asU256(), U256(1024));
    EXPECT_EQ(rlp::decode(fromHex("0xa0" + std::string(64, 'f'))).asU256(), U256::max());
}

TEST(Rlp, IntegerCanonicalForm) {
    // Leading zeros are not a canonical integer (0 is the empty string, not 0x00).
    EXPECT_THROW(rlp::decode(fromHex("0x00")).asUint64(), ParseError);
    EXPECT_THROW(rlp::decode(fromHex("0x820004")).asU256(), ParseError);
    // Too wide for the requested type.
    EXPECT_THROW(rlp::decode(fromHex("0x89010000000000000000")).asUint64(), ParseError);
    EXPECT_EQ(rlp::decode(fromHex("0x89010000000000000000")).asU256().toDecimal(),
              "18446744073709551616");
    EXPECT_THROW(rlp::decode(fromHex("0xa1" + std::string(66, '1'))).asU256(), ParseError);
    // Kind mismatch.
    EXPECT_THROW(rlp::decode(fromHex("0xc0")).asU256(), ParseError);
    EXPECT_THROW(rlp::decode(fromHex("0xc0")).asBytes(), ParseError);
    EXPECT_THROW(rlp::decode(fromHex("0x80")).asList(), ParseError);
}

TEST(Rlp, EncoderBuildsLists) {
    rlp::Encoder e;
    e.addBytes(str("cat")).addRaw(rlp::encodeBytes(str("dog")));
    EXPECT_EQ(toHex(e.list()), "0xc88363617483646f67");
    EXPECT_EQ(e.list(),
              rlp::encodeList({rlp::encodeBytes(str("cat")), rlp::encodeBytes(str("dog"))}));

    rlp::Encoder nested;
    nested.addItem(rlp::Item::list({})).addItem(rlp::Item::list({rlp::Item::list({})}));
    EXPECT_EQ(toHex(nested.list()), "0xc3c0c1c0");

    // A contract-creation preimage: rlp([sender, nonce]).
    const Bytes sender = fromHex("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0");
    rlp::Encoder create;
    create.addBytes(sender).addUint64(1);
    EXPECT_EQ(toHex(create.list()), "0xd6946ac7ea33f8831ea9dcc53393aaa88b25a785dbf001");
}

TEST(Rlp, LongLists) {
    // 60 one-byte items: payload of 60 bytes needs the long list form 0xf8 0x3c.
    std::vector<rlp::Item> items(60, rlp::Item::string(Bytes{0x01}));
    const Bytes encoded = rlp::encode(rlp::Item::list(items));
    ASSERT_EQ(encoded.size(), 62u);
    EXPECT_EQ(encoded[0], 0xf8);
    EXPECT_EQ(encoded[1], 60);
    EXPECT_EQ(rlp::decode(encoded).asList().size(), 60u);

    // A 1024-byte string has a two-byte length.
    const Bytes big(1024, 0xab);
    const Bytes bigEncoded = rlp::encodeBytes(big);
    EXPECT_EQ(toHex(ByteView(bigEncoded).first(3)), "0xb90400");
    EXPECT_EQ(rlp::decode(bigEncoded).asBytes(), big);
}

TEST(Rlp, RejectsTruncation) {
    expectRejected("0x");
    expectRejected("0x83646f");
    expectRejected("0xb838" + toHex(str(kLorem.substr(0, 55)), false));
    expectRejected("0xb8");
    expectRejected("0xb90400");
    expectRejected("0xc88363617483646f");
    expectRejected("0xc3c0c1");
    // The inner item claims more than its enclosing list holds.
    expectRejected("0xc283646f67");
}

TEST(Rlp, RejectsTrailingBytes) {
    expectRejected("0x83646f6700");
    expectRejected("0xc0c0");
    expectRejected("0x0f0f");
}

TEST(Rlp, RejectsNonCanonicalLengths) {
    // A single byte below 0x80 must be encoded as itself.
    expectRejected("0x8100");
    expectRejected("0x817f");
    EXPECT_EQ(rlp::decode(fromHex("0x8180")).asBytes(), Bytes{0x80});
    // Long form for a short string or list.
    expectRejected("0xb803646f67");
    expectRejected("0xb800");
    expectRejected("0xf800");
    expectRejected("0xf803c0c0c0");
    // Leading zero in the length of a long form.
    expectRejected("0xb90038" + toHex(str(kLorem), false));
    expectRejected("0xf90000");
    // Lengths that do not fit the input (and must not be allocated).
    expectRejected("0xbfffffffffffffffff");
    expectRejected("0xffffffffffffffffff");
    expectRejected("0xbb7fffffff00");
}

TEST(Rlp, NestingLimit) {
    auto nested = [](int depth) {
        rlp::Item item = rlp::Item::list({});
        for (int i = 1; i < depth; ++i) {
            item = rlp::Item::list({std::move(item)});
        }
        return rlp::encode(item);
    };
    EXPECT_NO_THROW(rlp::decode(nested(64)));
    EXPECT_THROW(rlp::decode(nested(65)), ParseError);
    // A deep hostile input fails fast instead of overflowing the stack.
    Bytes deep(100000, 0xc1);
    deep.back() = 0xc0;
    EXPECT_THROW(rlp::decode(deep), ParseError);
}

namespace {

rlp::Item randomItem(std::mt19937_64& rng, int depth) {
    std::uniform_int_distribution<int> pick(0, 9);
    const int choice = pick(rng);
    if (depth < 6 && choice < 3) {
        std::vector<rlp::Item> items(std::uniform_int_distribution<std::size_t>(0, 5)(rng));
        for (auto& item : items) {
            item = randomItem(rng, depth + 1);
        }
        return rlp::Item::list(std::move(items));
    }
    // Lengths around the 1-byte, 55/56 and 255/256 boundaries.
    static constexpr std::size_t kLengths[] = {0, 1, 1, 2, 3, 54, 55, 56, 57, 255, 256, 300};
    std::size_t length = kLengths[std::uniform_int_distribution<std::size_t>(0, 11)(rng)];
    Bytes b(length);
    for (auto& byte : b) {
        byte = static_cast<std::uint8_t>(rng());
    }
    return rlp::Item::string(std::move(b));
}

// Decodes arbitrary bytes: only ParseError may escape, and anything accepted is canonical.
void checkDecodeContract(const Bytes& input) {
    try {
        const rlp::Item item = rlp::decode(input);
        ASSERT_EQ(rlp::encode(item), input) << toHex(input);
    } catch (const ParseError&) {
    } catch (const std::exception& e) {
        FAIL() << "unexpected exception " << e.what() << " for " << toHex(input);
    }
}

}  // namespace

TEST(Rlp, RandomItemsRoundTrip) {
    std::mt19937_64 rng(0x5eed1);
    for (int i = 0; i < 2000; ++i) {
        const rlp::Item item = randomItem(rng, 0);
        const Bytes encoded = rlp::encode(item);
        const rlp::Item back = rlp::decode(encoded);
        ASSERT_TRUE(sameItem(back, item)) << toHex(encoded);
        ASSERT_EQ(rlp::encode(back), encoded);
    }
}

TEST(Rlp, FuzzRandomBytes) {
    std::mt19937_64 rng(0xf022);
    std::uniform_int_distribution<std::size_t> length(0, 80);
    // Bias towards header bytes so the inputs reach past the first byte.
    static constexpr std::uint8_t kInteresting[] = {0x00, 0x7f, 0x80, 0x81, 0xb7, 0xb8, 0xb9,
                                                    0xbf, 0xc0, 0xc1, 0xf7, 0xf8, 0xf9, 0xff};
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        Bytes input(length(rng));
        for (auto& b : input) {
            const auto r = rng();
            b = (r & 1) ? kInteresting[(r >> 1) % std::size(kInteresting)]
                        : static_cast<std::uint8_t>(r >> 8);
        }
        checkDecodeContract(input);
        if (HasFatalFailure())
            return;
        try {
            rlp::decode(input);
            ++accepted;
        } catch (const ParseError&) {
        }
    }
    EXPECT_GT(accepted, 0);
}

TEST(Rlp, FuzzMutatedEncodings) {
    std::mt19937_64 rng(0xa11ce);
    for (int i = 0; i < 20000; ++i) {
        Bytes input = rlp::encode(randomItem(rng, 0));
        const int mutations = 1 + static_cast<int>(rng() % 3);
        for (int m = 0; m < mutations; ++m) {
            const std::size_t pos = input.empty() ? 0 : rng() % input.size();
            switch (rng() % 5) {
                case 0:
                    if (!input.empty())
                        input[pos] ^= static_cast<std::uint8_t>(1u << (rng() % 8));
                    break;
                case 1:
                    if (!input.empty())
                        input[pos] = static_cast<std::uint8_t>(rng());
                    break;
                case 2:
                    input.insert(input.begin() + static_cast<std::ptrdiff_t>(pos),
                                 static_cast<std::uint8_t>(rng()));
                    break;
                case 3:
                    if (!input.empty())
                        input.erase(input.begin() + static_cast<std::ptrdiff_t>(pos));
                    break;
                default:
                    input.resize(pos);
                    break;
            }
        }
        checkDecodeContract(input);
        if (HasFatalFailure())
            return;
    }
}

namespace {

// The copying way nested lists used to be built: each list encoded apart, then added whole.
Bytes encodeByCopies(const rlp::Item& item) {
    if (!item.isList)
        return rlp::encodeBytes(item.bytes);
    rlp::Encoder e;
    for (const auto& child : item.items)
        e.addRaw(encodeByCopies(child));
    return e.list();
}

// The same item written in place with beginList()/endList().
void writeInPlace(rlp::Encoder& e, const rlp::Item& item) {
    if (!item.isList) {
        e.addBytes(item.bytes);
        return;
    }
    e.beginList();
    for (const auto& child : item.items)
        writeInPlace(e, child);
    e.endList();
}

Bytes encodeInPlace(const rlp::Item& item) {
    rlp::Encoder e;
    writeInPlace(e, item);
    EXPECT_EQ(e.openLists(), 0u);
    return e.payload();
}

rlp::Item bytesOf(std::size_t n) {
    return rlp::Item::string(Bytes(n, 0xab));
}

}  // namespace

TEST(Rlp, InPlaceListsMatchCopiedLists) {
    const auto empty = rlp::Item::list({});
    std::vector<rlp::Item> cases = {
        empty,
        rlp::Item::list({empty, rlp::Item::list({empty}), empty}),
        // Payloads of 55 bytes (the longest short header) and 56 (the first long one).
        rlp::Item::list({bytesOf(53)}),
        rlp::Item::list({bytesOf(54)}),
        rlp::Item::list({bytesOf(55)}),
        // Lengths of one, two and three bytes in long headers, nested so that a long list
        // inside a long list moves twice.
        rlp::Item::list({rlp::Item::list({bytesOf(300), empty}), bytesOf(1)}),
        rlp::Item::list({rlp::Item::list({rlp::Item::list({bytesOf(70000)})}), empty}),
        rlp::Item::list({empty, rlp::Item::list({bytesOf(100), rlp::Item::list({bytesOf(60)})})}),
    };
    std::mt19937_64 rng(0x1ace);
    for (int i = 0; i < 2000; ++i)
        cases.push_back(randomItem(rng, 0));
    for (const auto& item : cases) {
        const Bytes expected = rlp::encode(item);
        ASSERT_EQ(encodeByCopies(item), expected);
        ASSERT_EQ(encodeInPlace(item), expected) << toHex(expected);
    }
}

TEST(Rlp, InPlaceListsMixWithOtherItems) {
    rlp::Encoder nested;
    nested.addUint64(7).addBytes(str(kLorem));
    rlp::Encoder copied;
    copied.addUint64(1).addRaw(nested.list()).addU256(U256(0)).addRaw(rlp::Encoder().list());
    rlp::Encoder inPlace;
    inPlace.addUint64(1).beginList().addUint64(7).addBytes(str(kLorem)).endList();
    inPlace.addU256(U256(0)).beginList().endList();
    EXPECT_EQ(inPlace.list(), copied.list());
    rlp::Encoder viaAddList;
    viaAddList.addUint64(1).addList(nested.payload()).addU256(U256(0)).addList({});
    EXPECT_EQ(viaAddList.list(), copied.list());
}

TEST(Rlp, TakeListMovesTheListOutAfterHeadroom) {
    for (std::size_t fields : {0u, 3u, 40u, 5000u}) {
        rlp::Encoder e;
        for (std::size_t i = 0; i < fields; ++i)
            e.addUint64(i * 1000);
        const Bytes expected = e.list();
        for (std::size_t headroom : {0u, 44u}) {
            rlp::Encoder copy = e;
            const Bytes taken = copy.takeList(headroom);
            ASSERT_EQ(taken.size(), headroom + expected.size());
            EXPECT_TRUE(std::all_of(taken.begin(), taken.begin() + headroom,
                                    [](std::uint8_t b) { return b == 0; }));
            EXPECT_TRUE(std::equal(expected.begin(), expected.end(), taken.begin() + headroom));
            EXPECT_TRUE(copy.payload().empty());
            EXPECT_EQ(copy.list(), rlp::Encoder().list());
        }
    }
}

TEST(Rlp, UnbalancedInPlaceListsAreProgrammingErrors) {
    rlp::Encoder e;
    EXPECT_THROW(e.endList(), std::logic_error);
    e.beginList().addUint64(1);
    EXPECT_EQ(e.openLists(), 1u);
    EXPECT_THROW(e.list(), std::logic_error);
    EXPECT_THROW(e.takeList(), std::logic_error);
    e.endList();
    EXPECT_EQ(toHex(e.list()), "0xc2c101");
}
