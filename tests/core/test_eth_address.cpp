// EthAddress: EIP-55 checksummed text form.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/eth_address.h"

using namespace ipc;

namespace {

// The test vectors of EIP-55 itself.
const char* const kEip55Vectors[] = {
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
    "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
    "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
};

std::string lower(std::string s) {
    for (auto& c : s) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return s;
}

std::string upperDigits(std::string s) {
    for (std::size_t i = 2; i < s.size(); ++i) {
        s[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[i])));
    }
    return s;
}

}  // namespace

TEST(EthAddress, Eip55Vectors) {
    for (const char* text : kEip55Vectors) {
        const auto a = EthAddress::parse(text);
        EXPECT_EQ(a.toChecksumHex(), text);
        EXPECT_EQ(a.hex(), lower(text));
    }
}

TEST(EthAddress, AllLowerAndAllUpperAreAccepted) {
    for (const char* text : kEip55Vectors) {
        const auto expected = EthAddress::parse(text);
        EXPECT_EQ(EthAddress::parse(lower(text)), expected);
        EXPECT_EQ(EthAddress::parse(upperDigits(text)), expected);
        EXPECT_EQ(EthAddress::parse(upperDigits(text)).toChecksumHex(), text);
    }
    EXPECT_EQ(EthAddress::parse("0X5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED").toChecksumHex(),
              kEip55Vectors[0]);
}

TEST(EthAddress, BadChecksumIsRejected) {
    for (const std::string text : kEip55Vectors) {
        // Flip the case of each letter in turn: every flip breaks the checksum (the result is
        // still mixed case, since every vector has both cases).
        for (std::size_t i = 2; i < text.size(); ++i) {
            if (!std::isalpha(static_cast<unsigned char>(text[i]))) {
                continue;
            }
            std::string bad = text;
            bad[i] = std::islower(static_cast<unsigned char>(bad[i]))
                         ? static_cast<char>(std::toupper(static_cast<unsigned char>(bad[i])))
                         : static_cast<char>(std::tolower(static_cast<unsigned char>(bad[i])));
            EXPECT_THROW(EthAddress::parse(bad), ParseError) << bad;
        }
    }
    try {
        EthAddress::parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD");
        FAIL() << "accepted a bad checksum";
    } catch (const ParseError& e) {
        EXPECT_NE(std::string(e.what()).find("checksum"), std::string::npos) << e.what();
    }
}

TEST(EthAddress, WrongLengthAndGarbageAreRejected) {
    for (const std::string& text : {
             std::string(""),
             std::string("0x"),
             std::string("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beae"),    // 39 digits
             std::string("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed0"),  // 41 digits
             std::string("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed00"),
             std::string("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed00"),  // no 0x, 42 chars
             std::string("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"),
             std::string("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaeg"),
             std::string("0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea d"),
             std::string(" 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"),
         }) {
        EXPECT_THROW(EthAddress::parse(text), ParseError) << text;
    }
}

TEST(EthAddress, BytesAndWords) {
    const auto a = EthAddress::parse(kEip55Vectors[0]);
    EXPECT_EQ(EthAddress::fromBytes(a.view()), a);
    EXPECT_THROW(EthAddress::fromBytes(Bytes(19, 0)), ParseError);
    Hash32 word;
    std::copy(a.view().begin(), a.view().end(), word.bytes.begin() + 12);
    EXPECT_EQ(EthAddress::fromWord(word), a);
    EXPECT_TRUE(EthAddress{}.isZero());
    EXPECT_FALSE(a.isZero());
}
