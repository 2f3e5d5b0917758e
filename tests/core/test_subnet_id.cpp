// SubnetID text form, tree navigation (parent, commonParent, down) and chain ids.
#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/fvm_address.h"
#include "ipc/core/primitives/subnet_id.h"
#include "support/test_values.h"

using namespace ipc;

namespace {

const char* const kF410 = "f410ff7zdb3ytj4zso5boanhpvyiuupqatwjuply4laa";
const char* const kT410 = "t410ff7zdb3ytj4zso5boanhpvyiuupqatwjuply4laa";

using ipc::testing_support::parseErrorOf;

EthAddress eth(std::uint8_t fill) {
    FixedBytes<20> b;
    b.bytes.fill(fill);
    return EthAddress(b);
}

}  // namespace

TEST(SubnetId, ChainIdVectors) {
    EXPECT_EQ(SubnetId::parse("/r123/f01001").chainId(), 1011873294913613u);
    EXPECT_EQ(SubnetId::parse(std::string("/r314159/") + kT410).chainId(), 2833157499179602u);
    EXPECT_EQ(SubnetId::parse(std::string("/r314159/") + kF410).chainId(), 1436801752233864u);
    // The spelling decides the chain id, and can be chosen explicitly.
    const auto id = SubnetId::parse(std::string("/r314159/") + kT410);
    EXPECT_EQ(id.chainId(Network::Mainnet), 1436801752233864u);
    EXPECT_EQ(id.chainId(Network::Testnet), 2833157499179602u);
    EXPECT_EQ(SubnetId::parse("/r123/f01001").chainId(Network::Testnet),
              SubnetId::parse("/r123/t01001").chainId());
    // A root's chain id is its own.
    EXPECT_EQ(SubnetId::parse("/r314159").chainId(), 314159u);
    EXPECT_EQ(SubnetId(31337).chainId(Network::Mainnet), 31337u);
}

TEST(SubnetId, ParseAndFormatRoundTrip) {
    for (const std::string& text : {
             std::string("/r314159"),
             std::string("/r0"),
             std::string("/r18446744073709551615"),
             std::string("/r123/f01001"),
             std::string("/r123/t01001/t00/t018446744073709551615"),
             std::string("/r314159/") + kT410,
             std::string("/r314159/") + kF410 + "/f0999",
             std::string("/r314159/t410fgalav7yo342zbem3kkqhx4l5d43d3iyswlpwkby"),
         }) {
        const auto id = SubnetId::parse(text);
        EXPECT_EQ(id.toString(), text);
        EXPECT_EQ(SubnetId::parse(id.toString()), id);
    }
    const auto id = SubnetId::parse("/r123/f01001");
    EXPECT_EQ(id.root(), 123u);
    ASSERT_EQ(id.route().size(), 1u);
    EXPECT_EQ(id.route()[0], idMaskedEthAddress(1001));
    EXPECT_EQ(id.network(), Network::Mainnet);
    EXPECT_EQ(id.toString(Network::Testnet), "/r123/t01001");
    EXPECT_EQ(id.withNetwork(Network::Testnet).toString(), "/r123/t01001");
    EXPECT_EQ(SubnetId::parse("/r1").network(), Network::Testnet);
}

TEST(SubnetId, EthElementsAndNetworks) {
    const auto fromEth =
        SubnetId::parse("/r314159/0x2e714a3c385ea88a09998ed74db265dae9853667/t01001");
    EXPECT_EQ(fromEth.toString(), "/r314159/t410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq/t01001");
    EXPECT_EQ(SubnetId::parse("/r1/0x2E714A3C385EA88A09998ED74DB265DAE9853667").network(),
              Network::Testnet);
    EXPECT_EQ(SubnetId::parse("/r1/0x2e714a3c385ea88a09998ed74db265dae9853667/f05").network(),
              Network::Mainnet);
    // The same subnet in either spelling is the same subnet.
    EXPECT_EQ(SubnetId::parse(std::string("/r314159/") + kT410),
              SubnetId::parse(std::string("/r314159/") + kF410));
    const auto built =
        SubnetId(314159, {EthAddress::parse("0x2e714a3c385ea88a09998ed74db265dae9853667")},
                 Network::Mainnet);
    EXPECT_EQ(built.toString(), "/r314159/f410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq");
    EXPECT_EQ(SubnetId(5).toString(), "/r5");
    EXPECT_EQ(SubnetId().toString(), "/r0");
}

TEST(SubnetId, ParentActorAndDepth) {
    const auto root = SubnetId(314159);
    EXPECT_TRUE(root.isRoot());
    EXPECT_EQ(root.depth(), 0u);
    EXPECT_FALSE(root.parent().has_value());
    EXPECT_FALSE(root.actor().has_value());

    const auto a = root.child(eth(0xaa));
    const auto ab = a.child(eth(0xbb));
    EXPECT_FALSE(ab.isRoot());
    EXPECT_EQ(ab.depth(), 2u);
    EXPECT_EQ(ab.actor(), eth(0xbb));
    EXPECT_EQ(ab.parent(), a);
    EXPECT_EQ(ab.parent()->parent(), root);
    EXPECT_TRUE(root.isAncestorOf(ab));
    EXPECT_TRUE(a.isAncestorOf(ab));
    EXPECT_FALSE(ab.isAncestorOf(ab));
    EXPECT_FALSE(ab.isAncestorOf(a));
    EXPECT_FALSE(SubnetId(1).isAncestorOf(ab));
    EXPECT_FALSE(root.child(eth(0xcc)).isAncestorOf(ab));
}

TEST(SubnetId, CommonParentAndDown) {
    const auto root = SubnetId(314159);
    const auto a = root.child(eth(0xaa));
    const auto ab = a.child(eth(0xbb));
    const auto ac = a.child(eth(0xcc));
    const auto abd = ab.child(eth(0xdd));
    const auto x = root.child(eth(0x11));

    EXPECT_EQ(SubnetId::commonParent(ab, ac), a);
    EXPECT_EQ(SubnetId::commonParent(abd, ac), a);
    EXPECT_EQ(SubnetId::commonParent(abd, ab), ab);
    EXPECT_EQ(SubnetId::commonParent(ab, ab), ab);
    EXPECT_EQ(SubnetId::commonParent(ab, x), root);
    EXPECT_EQ(SubnetId::commonParent(root, abd), root);
    EXPECT_FALSE(SubnetId::commonParent(ab, SubnetId(1).child(eth(0xaa))).has_value());

    EXPECT_EQ(SubnetId::down(abd, root), a);
    EXPECT_EQ(SubnetId::down(abd, a), ab);
    EXPECT_EQ(SubnetId::down(abd, ab), abd);
    EXPECT_FALSE(SubnetId::down(abd, abd).has_value());  // already there
    EXPECT_FALSE(SubnetId::down(ab, abd).has_value());   // target is above
    EXPECT_FALSE(SubnetId::down(ab, ac).has_value());    // sibling: not below
    EXPECT_FALSE(SubnetId::down(ab, SubnetId(1)).has_value());
}

TEST(SubnetId, DepthLimit) {
    std::string text = "/r1";
    for (int i = 0; i < 10; ++i) {
        text += "/t0" + std::to_string(100 + i);
    }
    const auto deepest = SubnetId::parse(text);
    EXPECT_EQ(deepest.depth(), SubnetId::kMaxDepth);
    const std::string message = parseErrorOf([&] { SubnetId::parse(text + "/t0999"); });
    EXPECT_NE(message.find("deeper than 10"), std::string::npos) << message;
    EXPECT_THROW(deepest.child(eth(1)), Error);
    EXPECT_THROW(SubnetId(1, std::vector<EthAddress>(11, eth(1))), Error);
    EXPECT_NO_THROW(SubnetId(1, std::vector<EthAddress>(10, eth(1))));
}

TEST(SubnetId, RejectsMalformedText) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"", "starts with /r"},
        {"314159", "starts with /r"},
        {"/314159", "starts with /r"},
        {"r314159", "starts with /r"},
        {"/R314159", "starts with /r"},
        {" /r314159", "starts with /r"},
        {"/r", "missing root"},
        {"/r/t01", "missing root"},
        {"/rabc", "not a decimal"},
        {"/r-1", "not a decimal"},
        {"/r 1", "not a decimal"},
        {"/r0x10", "not a decimal"},
        {"/r007", "leading zero"},
        {"/r18446744073709551616", "64 bits"},
        {"/r314159/", "empty (trailing '/')"},
        {"/r314159//t01", "empty ('//')"},
        {"/r314159/t01/", "route element 2 is empty"},
        {"/r314159/t410ff7zdb3ytj4zso5boanhpvyiuupqatwjuply4lai", "bad checksum"},
        {"/r314159/t410ff7zdb3ytj4zso5boanhpvyiuupqatwjuply4la", "route element 1"},
        {"/r314159/T410ff7zdb3ytj4zso5boanhpvyiuupqatwjuply4laa", "network"},
        {"/r314159/t15ihq5ibzwki2b4ep2f46avlkrqzhpqgtga7pdrq", "not a subnet actor address"},
        {"/r314159/t432f77777777x32lpna", "not a subnet actor address"},
        {"/r314159/t01/f02", "mixes testnet"},
        {"/r314159/0x1234", "route element 1"},
        {"/r314159/0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "EIP-55"},
        {"/r314159/t01:t02", "route element 1"},
        // An f410 spelling of an ID-masked eth address has a canonical f0 form.
        {"/r1/" +
             FvmAddress::delegated(10, idMaskedEthAddress(7).view()).toString(Network::Testnet),
         "write it as t07"},
    };
    for (const auto& [text, fragment] : cases) {
        const std::string message = parseErrorOf([&] { SubnetId::parse(text); });
        EXPECT_NE(message.find(fragment), std::string::npos)
            << "'" << text << "' -> '" << message << "' lacks '" << fragment << "'";
        EXPECT_NE(message.find("invalid subnet id"), std::string::npos) << message;
    }
}

TEST(SubnetId, OrderingEqualityAndHash) {
    const auto a = SubnetId::parse("/r1/t0100");
    const auto b = SubnetId::parse("/r1/t0101");
    const auto c = SubnetId::parse("/r2");
    EXPECT_LT(SubnetId::parse("/r1"), a);
    EXPECT_LT(a, b);
    EXPECT_LT(b, c);
    EXPECT_EQ(a, SubnetId::parse("/r1/f0100"));
    std::unordered_set<SubnetId> set;
    for (int i = 0; i < 100; ++i) {
        set.insert(SubnetId::parse("/r1/t0" + std::to_string(1000 + i)));
    }
    set.insert(SubnetId::parse("/r1/f01000"));
    EXPECT_EQ(set.size(), 100u);
    // ID-masked elements differ only in their last bytes: the hash must still tell them apart.
    std::unordered_set<std::size_t> hashes;
    for (const auto& id : set) {
        hashes.insert(std::hash<SubnetId>{}(id));
    }
    EXPECT_EQ(hashes.size(), 100u);
    std::ostringstream os;
    os << a;
    EXPECT_EQ(os.str(), "/r1/t0100");
}

TEST(SubnetId, FuzzParseOnlyThrowsParseError) {
    std::mt19937_64 rng(314159);
    const std::vector<std::string> seeds = {
        "/r314159",
        "/r123/f01001",
        std::string("/r314159/") + kT410,
        std::string("/r314159/") + kF410 + "/f0999",
        "/r1/t01/t02/t03",
        "/r1/0x2e714a3c385ea88a09998ed74db265dae9853667",
    };
    const std::string pool =
        "/r0123456789ftx"
        "abcdefghijklmnopqrstuvwxyz234567"
        "ABX:. -";
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string s;
        if (i % 4 == 0) {
            const std::size_t len = pick(80);
            s = "/r";
            for (std::size_t j = 0; j < len; ++j) {
                s += pool[pick(pool.size())];
            }
        } else {
            s = seeds[pick(seeds.size())];
            const std::size_t edits = 1 + pick(3);
            for (std::size_t e = 0; e < edits; ++e) {
                const std::size_t at = pick(s.size() + 1);
                switch (pick(4)) {
                    case 0:
                        if (at < s.size()) {
                            s[at] = pool[pick(pool.size())];
                        }
                        break;
                    case 1:
                        s.insert(s.begin() + static_cast<std::ptrdiff_t>(at),
                                 pool[pick(pool.size())]);
                        break;
                    case 2:
                        if (at < s.size()) {
                            s.erase(at, 1);
                        }
                        break;
                    default:
                        s += "/" + seeds[pick(seeds.size())].substr(1 + pick(5));
                        break;
                }
            }
        }
        try {
            const auto id = SubnetId::parse(s);
            ++accepted;
            if (s.find("/0x") == std::string::npos && s.find("/0X") == std::string::npos) {
                ASSERT_EQ(id.toString(), s) << "accepted a non-canonical spelling";
            }
            ASSERT_EQ(SubnetId::parse(id.toString()), id);
        } catch (const ParseError&) {
        }
    }
    EXPECT_GT(accepted, 500);
}
